"""Our own CRF decoder gives crfsuite's tags (issue 16): on corpus and IL-NER dev sentences with
the shipped model, on a model of another attribute set trained here, on ties, and on bad input."""

from __future__ import annotations

import json

import numpy as np
import pycrfsuite
import pytest
from click.testing import CliRunner

from conftest import corpus_sample
from khabar import pipeline
from khabar.cli import cli
from khabar.config import Config
from khabar.entities import crfdecode, tagger
from khabar.entities.crfdecode import CrfWeights, ModelFormatError, SentenceDecoder, read_model
from khabar.entities.kb import load_kb
from khabar.entities.stage import content_spans
from khabar.ingest.readers import Failure, read_paths


def _crfsuite(sentences: list[list[str]], kb) -> list[list[str]]:
    return [list(tagger._crfsuite_tags(words, id(kb), tagger.MODEL_PATH)) for words in sentences]


def _ours(sentences: list[list[str]], kb) -> list[list[str] | None]:
    tagger.gazetteer(kb)
    decoder = tagger._decoder(id(kb), tagger.MODEL_PATH)
    assert decoder is not None
    return decoder.tag(sentences)


def _corpus_sentences(shared_data, days: int) -> list[list[str]]:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, days), config)
            if not isinstance(a, Failure)]
    articles = pipeline.run_local(read, config, ["clean", "lang"])
    return [words for a in articles for s, e in content_spans(a)
            if (words := [t.text for t in tagger.tokenize(a.text[s:e])])]


def test_decoder_gives_crfsuites_tags_on_corpus_sentences(shared_data):
    kb = load_kb(Config())
    sentences = _corpus_sentences(shared_data, 2)
    assert len(sentences) > 500
    ours = _ours(sentences, kb)
    theirs = _crfsuite(sentences, kb)
    undecided = sum(tags is None for tags in ours)
    assert undecided <= len(sentences) // 100  # left to crfsuite (none on this sample)
    assert all(o == t for o, t in zip(ours, theirs, strict=True) if o is not None)
    assert sum(t != "O" for tags in theirs for t in tags) > 500  # names were found
    tagger._tagged.cache_clear()
    assert tagger.tag_sentences(sentences, kb) == theirs


def test_decoder_gives_crfsuites_tags_on_il_ner_dev(shared_data):
    path = shared_data / "ner" / "il-ner-hindi" / "Hindi-dev.txt"
    if not path.exists():
        pytest.skip(f"IL-NER dev not found at {path}")
    kb = load_kb(Config())
    sentences = [words for words, _ in tagger.read_conll(path, tagger.TAGSET)]
    ours = _ours(sentences, kb)
    theirs = _crfsuite(sentences, kb)
    assert sum(tags is None for tags in ours) <= len(sentences) // 100
    assert all(o == t for o, t in zip(ours, theirs, strict=True) if o is not None)


def test_model_weights_are_the_files_exact_doubles():
    weights = read_model(tagger.MODEL_PATH)
    model = pycrfsuite.Tagger()
    model.open(str(tagger.MODEL_PATH))
    info = model.info()
    assert weights.labels == model.labels()
    ids = {label: n for n, label in enumerate(weights.labels)}
    # the dump rounds to six decimals: every weight is within half a millionth of it
    for (attr, label), w in list(info.state_features.items())[:2000]:
        assert abs(weights.state[weights.attrs[attr], ids[label]] - w) <= 5e-7
    for (a, b), w in info.transitions.items():
        assert abs(weights.trans[ids[a], ids[b]] - w) <= 5e-7
    assert not weights.state[weights.zero].any()


def _toy_groups(w: str) -> tuple[list[str], list[str]]:
    """A featuriser of another design: a word's own attributes (word, last letter) and the one
    it lends the word before it (its length)."""
    return [f"w={w}", f"s={w[-1:]}"], [f"nlen={len(w)}"]


def _toy_attrs(sentence: str) -> list[list[str]]:
    """The toy attributes of each word as crfsuite gets them: its own, its next word's lent."""
    words = sentence.split()
    return [_toy_groups(w)[0] + (_toy_groups(words[n + 1])[1] if n + 1 < len(words) else [])
            for n, w in enumerate(words)]


def test_decoder_reads_any_crfsuite_model(tmp_path):
    """A model over other attributes and labels, trained here: the decoder reads its weights
    from the file and tags as crfsuite does (no feature list is built in)."""
    train = ["the cat sat", "a dog ran far", "the dog sat", "cat ran", "a cat sat far away"]
    tags = {"the": "D", "a": "D", "cat": "N", "dog": "N", "sat": "V", "ran": "V"}
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        trainer.append(_toy_attrs(s), [tags.get(w, "X") for w in s.split()])
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50,
                        "feature.possible_transitions": True})
    model = tmp_path / "toy.model"
    trainer.train(str(model))
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    # group 1, what a word lends the word before it, is seen from offset +1
    decoder = SentenceDecoder(read_model(model), lambda w: (w, _toy_groups(w)), (0, 1),
                              ((), ()), ())
    for s in ["the cat sat", "a dog ran far", "far away the cat", "cat", "zebra ran"]:
        assert decoder.tag([s.split()]) == [crf.tag(_toy_attrs(s))]


def test_ties_are_left_to_crfsuite(monkeypatch):
    """With all weights equal every path ties: the decoder calls none, and tag_sentences asks
    crfsuite, whose own tie rule (the first label) then decides."""
    zero = CrfWeights(["O", "B-PER"], {}, np.zeros((1, 2)), np.zeros((2, 2)))
    decoder = SentenceDecoder(zero, lambda w: (w, ((),)), (0,), ((),), ())
    assert decoder.tag([["क", "ख"], ["ग"]]) == [None, None]
    assert decoder.tag([]) == [] and decoder.tag([[]]) == [[]]
    kb = load_kb(Config())
    words = ["नरेंद्र", "मोदी", "ने", "दिल्ली", "में", "कहा"]
    expected = _crfsuite([words], kb)[0]
    monkeypatch.setattr(crfdecode, "MARGIN", 1e9)  # every decision "too close": crfsuite decides
    tagger._tagged.cache_clear()
    assert tagger.tag_sentences([words, [], words], kb) == [expected, [], expected]
    tagger._tagged.cache_clear()


def test_a_model_file_of_another_layout_is_refused_and_crfsuite_tags(tmp_path):
    for data in [b"", b"lCRF", b"not a model at all" * 10, tagger.MODEL_PATH.read_bytes()[:5000]]:
        bad = tmp_path / "bad.model"
        bad.write_bytes(data)
        with pytest.raises(ModelFormatError):
            read_model(bad)


def test_odd_and_long_sentences_tag_as_crfsuite_does(monkeypatch):
    kb = load_kb(Config())
    long = ("भारत के प्रधानमंत्री नरेंद्र मोदी ने कहा , " * 400).split()  # over BATCH_CELLS alone
    odd = [["\x00"], ["ऑ" * 300], ["-", "।", "१२३"], ["Delhi", "में", "WHO"], ["के"] * 50]
    sentences = [long, *odd, long[:7]]
    monkeypatch.setattr(crfdecode, "BATCH_CELLS", 100)  # many small batches, one sentence over
    ours = _ours(sentences, kb)
    assert all(tags is not None for tags in ours)
    assert ours == _crfsuite(sentences, kb)
    # a word table over its bound starts afresh before the next batch: the same tags
    monkeypatch.setattr(crfdecode.SentenceDecoder, "MAX_WORDS", 20)
    assert [_ours([words], kb)[0] for words in sentences] == ours


def test_ingest_of_odd_text_reports_bad_files_in_one_line(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"id": "x", "text": "नरेंद्र मोदी ने दिल्ली में कहा। " * 300
                               + "\x00 ऑऑऑ १२३ -- ।।"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff" * 50)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "ingest", str(good),
                                      str(bad)])
    lines = [ln for ln in result.stderr.splitlines() if "E003" in ln]
    assert len(lines) == 1 and "b.txt" in lines[0] and "Traceback" not in result.stderr
    listed = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "articles"])
    assert "x" in listed.stdout  # the good file is stored, with its mentions


def test_stage_tagging_in_batches_gives_the_mentions_of_one_sentence_at_a_time(shared_data,
                                                                              monkeypatch):
    """The stage tags 32 articles' sentences at once (``pretag``); each article read alone,
    every sentence tagged on its own by crfsuite, gives the same mentions."""
    import dataclasses

    from khabar.entities.stage import extract_mentions

    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config)
            if not isinstance(a, Failure)]
    articles = list(pipeline.run_local(read, config, ["clean", "lang"]))
    given = [*pipeline.get_stage("clean").assigns, *pipeline.get_stage("lang").assigns]
    tagger._tagged.cache_clear()
    batched = [[dataclasses.astuple(m) for m in a.mentions]
               for a in pipeline.run_local(articles, config, ["entities"], given=given)]
    kb = load_kb(config)
    tagger._tagged.cache_clear()
    monkeypatch.setattr(tagger, "_decoder", lambda kb_id, model: None)  # crfsuite alone
    alone = [[dataclasses.astuple(m) for m in extract_mentions(a, kb)] if a.status == "ok"
             else [] for a in articles]
    tagger._tagged.cache_clear()
    assert batched == alone
    assert sum(map(len, batched)) > 300
