"""Round ner24: the CRF's KB gazetteer features come from snapshots committed next to the model.

``khabar train ner`` writes ``crf.gazetteer.tsv`` (what the tagger reads) next to the model, and
``crf.train-gazetteer.tsv`` where the features were trained with another one (the committed
model's history: trained with the KB of its own commit, tagged since with a KB that grew), with
their sha256 in the model's metadata; the tagger reads the snapshot, never the live KB, so a KB
that gains aliases changes no tag and the committed command rebuilds the committed model. The
sentences here are written like the news, not taken from any gold set.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities import tagger
from khabar.entities.crffeatures import Featuriser
from khabar.entities.kb import load_kb
from khabar.entities.tagger import (
    MODEL_PATH,
    gazetteer,
    gazetteer_path,
    model_gazetteer,
    read_gazetteer,
    tag_words,
    train_gazetteer_path,
    write_gazetteer,
)
from khabar.entities.translit import deva_key

# "पुलिस ने बताया कि सुनारिया गांव के पास राकेश मेहरा की गाड़ी पलट गई"
WORDS = ["पुलिस", "ने", "बताया", "कि", "सुनारिया", "गांव", "के", "पास", "राकेश", "मेहरा", "की",
         "गाड़ी", "पलट", "गई"]


def _metadata() -> dict:
    meta: dict = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    return meta


def test_the_snapshots_digests_are_the_models_metadata() -> None:
    meta = _metadata()
    snap = gazetteer_path(MODEL_PATH)
    assert hashlib.sha256(snap.read_bytes()).hexdigest() == meta["gazetteer_sha256"]
    assert len(read_gazetteer(snap)) == meta["gazetteer_words"]
    trained = train_gazetteer_path(MODEL_PATH)
    digest = hashlib.sha256(trained.read_bytes()).hexdigest() if trained.is_file() else None
    assert (digest or meta["gazetteer_sha256"]) == meta["train_gazetteer_sha256"]


def test_a_snapshot_is_sorted_word_tab_class_lines(tmp_path: Path) -> None:
    for path in (gazetteer_path(MODEL_PATH), train_gazetteer_path(MODEL_PATH)):
        lines = path.read_text(encoding="utf-8").splitlines()
        keys = [line.split("\t")[0] for line in lines]
        assert keys == sorted(set(keys))
        assert {line.split("\t")[1] for line in lines} <= {"PER", "LOC", "ORG", "ADJ", "TITLE"}
        # written again from what it reads, the same bytes
        again = tmp_path / path.name
        write_gazetteer(again, dict(reversed(list(read_gazetteer(path).items()))))
        assert again.read_bytes() == path.read_bytes()


def _kb_with_village(tmp_path: Path) -> Config:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: 1\nentities:\n"
        "  - {id: place/test-sunariya, type: LOCATION, name: Sunariya, hi: [सुनारिया]}\n"
        "  - {id: person/test-mehra, type: PERSON, name: Rakesh Mehra, hi: [राकेश मेहरा]}\n",
        encoding="utf-8",
    )
    return Config(user_kb_paths=(path,))


def test_a_kb_alias_added_at_run_time_changes_no_tag(tmp_path: Path) -> None:
    base = load_kb(Config())
    grown = load_kb(_kb_with_village(tmp_path))
    key = deva_key("सुनारिया")
    # the live gazetteer does change, and with it the features a live-KB tagger would read ...
    assert key not in gazetteer(base) and gazetteer(grown)[key] == "LOC"
    lexicon = tagger._model_lexicon(MODEL_PATH)
    assert Featuriser(gazetteer(base), lexicon).sentence(WORDS) != Featuriser(
        gazetteer(grown), lexicon
    ).sentence(WORDS)
    # ... but the tagger reads the model's snapshot, for either KB
    assert model_gazetteer(id(grown), MODEL_PATH) is model_gazetteer(id(base), MODEL_PATH)
    assert tag_words(WORDS, grown) == tag_words(WORDS, base)
    assert tagger.tag_sentences([WORDS], grown) == tagger.tag_sentences([WORDS], base)


def test_a_model_without_a_snapshot_reads_the_live_kb(tmp_path: Path) -> None:
    kb = load_kb(Config())
    assert model_gazetteer(id(kb), tmp_path / "old.model") is gazetteer(kb)


def _tiny_sources(config: object) -> dict[str, list[tuple[list[str], list[str]]]]:
    """Six training sentences written like the news (stand in for IL-NER and HiNER)."""
    il = [
        (WORDS, ["O"] * 4 + ["B-LOC", "O", "O", "O", "B-PER", "I-PER"] + ["O"] * 4),
        (["दिल्ली", "में", "बारिश", "हुई"], ["B-LOC", "O", "O", "O"]),
        (["जिला", "प्रशासन", "ने", "राहत", "शिविर", "लगाए"], ["B-ORG", "I-ORG", "O", "O", "O", "O"]),
    ]
    hi = [
        (["सुनीता", "देवी", "ने", "नगर", "निगम", "को", "पत्र", "लिखा"],
         ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "O"]),
        (["मुंबई", "से", "उड़ानें", "रद्द"], ["B-LOC", "O", "O", "O"]),
        (["पटना", "में", "गंगा", "का", "जलस्तर", "बढ़ा"], ["B-LOC", "O", "B-LOC", "O", "O", "O"]),
    ]
    return {"il-ner-train": il, "hiner-train-half": hi}


def test_training_twice_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger, "training_sentences", _tiny_sources)
    runs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        summary = tagger.train_ner(Config(), tmp_path / name / "crf.model")
        runs.append({p.name: p.read_bytes() for p in sorted((tmp_path / name).iterdir())
                     if p.name != "crf.json"})  # its "seconds" is a clock's
        assert summary["gazetteer_sha256"] == _metadata()["gazetteer_sha256"]
        assert summary["train_gazetteer_sha256"] == _metadata()["train_gazetteer_sha256"]
    assert runs[0] == runs[1]
    assert set(runs[0]) >= {"crf.model", "crf.gazetteer.tsv", "crf.lexicon.json", "crf.attrs.txt"}
    # the snapshots written next to the model are the committed ones
    assert runs[0]["crf.gazetteer.tsv"] == gazetteer_path(MODEL_PATH).read_bytes()


def test_refreshing_takes_the_live_kbs_gazetteer_for_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagger, "training_sentences", _tiny_sources)
    summary = tagger.train_ner(Config(), tmp_path / "crf.model", refresh_gazetteer=True)
    assert read_gazetteer(tmp_path / "crf.gazetteer.tsv") == gazetteer(load_kb(Config()))
    assert not (tmp_path / "crf.train-gazetteer.tsv").exists()
    assert summary["train_gazetteer_sha256"] == summary["gazetteer_sha256"]


def test_train_ner_offers_refreshing_the_gazetteer() -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    result = CliRunner().invoke(cli, ["train", "ner", "--help"])
    assert result.exit_code == 0 and "--refresh-gazetteer" in result.output
