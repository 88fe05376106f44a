"""Round sc38 (issue 16): speed changes in the entities stage that must leave the output as it was.

No timings here: each test checks that the faster path gives exactly what the slower one gave,
or that repeated work is no longer done (call counts), on text written like the news.
"""

from __future__ import annotations

import cProfile
import pstats

from khabar.config import Config
from khabar.entities import tagger
from khabar.entities.crfdecode import read_model
from khabar.entities.kb import load_kb
from khabar.entities.tagger import _TOKEN, Tok, tokenize
from khabar.entities.wordrows import WordRows

from .conftest import corpus_sample

NEWS = [
    "नई दिल्ली, 12 अप्रैल (भाषा) केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने रविवार को कहा कि देश में "
    "कोविड-19 के 1,234 नए मामले सामने आए हैं।",
    "लखनऊ  :  उत्तर प्रदेश सरकार ने\tलॉकडाउन के दौरान राशन वितरण की व्यवस्था — जिला स्तर पर — तय की।",
    "WHO के महानिदेशक Tedros Adhanom Ghebreyesus ने कहा, 'यह महामारी अभी ख़त्म नहीं हुई है'।",
    "\u00a0पटना\u2003में आईसीएमआर की टीम पहुँची\u200c, जाँच 3.5 लाख‐पार; रूस-चीन सीमा बंद।  ",
    "",
    "   ",
    "-",
]


def _tokenize_by_match_objects(text: str, offset: int = 0) -> list[Tok]:
    """The tokens as the match objects of ``_TOKEN`` give them (hyphens and dashes dropped)."""
    return [Tok(m.start() + offset, m.end() + offset, m.group())
            for m in _TOKEN.finditer(text) if m.group() not in "-‐‑–—"]


def test_tokenize_gives_the_match_objects_offsets_on_news_text() -> None:
    """The offsets counted from the whitespace before each word are the regex's own."""
    for text in NEWS:
        for offset in (0, 7):
            assert tokenize(text, offset) == _tokenize_by_match_objects(text, offset), text
    assert [t.text for t in tokenize(NEWS[0])][:3] == ["नई", "दिल्ली", ","]
    # each token's text is the text at its offsets
    assert all(NEWS[1][t.start:t.end] == t.text for t in tokenize(NEWS[1]))


def test_tokenize_gives_the_match_objects_offsets_on_corpus_text(shared_data) -> None:
    lines = [line for path in corpus_sample(shared_data, 1)
             for line in path.read_text(encoding="utf-8", errors="replace").split("\n")]
    assert len(lines) > 300
    for line in lines:
        assert tokenize(line, 3) == _tokenize_by_match_objects(line, 3)
    # the whole day file at once too (newlines are whitespace between words)
    text = corpus_sample(shared_data, 1)[0].read_text(encoding="utf-8", errors="replace")
    assert tokenize(text) == _tokenize_by_match_objects(text)


def _rows() -> tuple[WordRows, dict[str, int]]:
    """The decoder's word rows, and the attributes they are built from (those tagging passes on)."""
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    fz = tagger._featuriser(id(kb), tagger.MODEL_PATH)
    weights = read_model(tagger.MODEL_PATH)
    kept = weights.attrs if fz.active is None else {
        a: weights.attrs[a] for a in fz.active if a in weights.attrs}
    return WordRows(weights.attrs, fz.gaz, fz.lexicon, fz.clusters, fz.active, weights.zero), kept


def test_word_rows_ask_each_value_once() -> None:
    """A new word's rows take one lookup per value (key, gazetteer class, shape, cluster,
    two-letter suffix, label) for all the families that see it: 20.7 dict lookups a word on
    these sentences (the gazetteer up to three times, the lexicon, the cluster, the joined
    tables, the affixes, the length, marks and cluster class), where each family asked for
    itself took 37.3."""
    rows, _ = _rows()
    words = list(dict.fromkeys(t.text for text in NEWS for t in tokenize(text)))
    profile = cProfile.Profile()
    profile.enable()
    for w in words:
        rows(w)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    gets = sum(calls for (_, _, name), (calls, *_rest) in stats.items()
               if name == "<method 'get' of 'dict' objects>")
    assert 0 < gets <= 22 * len(words)


def test_joint_tables_hold_each_familys_rows() -> None:
    """Each joined table holds, per family, exactly that family's rows (the zero row for a value
    the family lacks, since round sp15), so a lookup in it gives what the family itself would."""
    rows, kept = _rows()
    for table, prefixes in ((rows.by_key, ("w:", "w-3:", "w3:", "w-2:", "w2:", "w-1:", "w1:")),
                            (rows.by_gaz, ("gaz:", "gaz-2:", "gaz2:", "gaz-1:", "gaz1:")),
                            (rows.by_shape, ("shape:", "shape-1:", "shape1:")),
                            (rows.by_cluster, ("cl:", "cl-1:", "cl1:")),
                            (rows.by_suf2, ("suf2:", "w+1suf2:")),
                            (rows.by_label, ("lex0:", "lex-1:", "lex1:"))):
        assert table
        for n, prefix in enumerate(prefixes):
            family = {a[len(prefix):]: r for a, r in kept.items() if a.startswith(prefix)}
            assert family
            assert {v: found[n] for v, found in table.items() if found[n] != rows.zero} == family


def test_stage_hands_the_batch_tags_to_the_recogniser(monkeypatch) -> None:
    """The entities stage gives each sentence the tags its batch found (``pretag``) to the
    recogniser, which no longer looks them up again by the sentence's words (no ``tag_with``
    call), and the mentions are those of the article read alone, each sentence looked up."""
    import dataclasses

    from khabar import pipeline
    from khabar.entities import recognize
    from khabar.entities.stage import extract_mentions
    from khabar.model import Article

    config = Config()
    text = "\n\n".join([
        "कोरोना: लखनऊ में नौ नए मरीज",
        *NEWS[:3],
        "The district administration in Patna said the lockdown will be extended by two weeks.",
        "मुख्यमंत्री योगी आदित्यनाथ ने गुरुवार को अधिकारियों के साथ बैठक की और जांच बढ़ाने के निर्देश दिए।",
    ])
    articles = list(pipeline.run_local([Article(id="sc38", text=text)], config, ["clean", "lang"]))
    given = [*pipeline.get_stage("clean").assigns, *pipeline.get_stage("lang").assigns]
    asked: list[int] = []
    tag_with = recognize.tag_with

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(1)
        return tag_with(*args, **kwargs)

    monkeypatch.setattr(recognize, "tag_with", counted)
    staged = [dataclasses.astuple(m) for a in pipeline.run_local(
        [dataclasses.replace(a) for a in articles], config, ["entities"], given=given)
        for m in a.mentions]
    assert not asked
    alone = [dataclasses.astuple(m) for m in extract_mentions(articles[0], load_kb(config))]
    assert asked  # read alone, the recogniser asks the tagger itself
    assert staged == alone and len(staged) > 5


def test_recogniser_stops_at_a_sentence_without_candidates(monkeypatch) -> None:
    """A sentence no source finds anything in (KB, rules, structure, tagger) gives no mention
    without the steps that only work on candidates (the list and acronym steps); a sentence
    with names still goes through them."""
    from khabar.entities import recognize

    kb = load_kb(Config())
    calls: list[str] = []
    agree = recognize._agree_in_lists

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("agree")
        return agree(*args, **kwargs)

    monkeypatch.setattr(recognize, "_agree_in_lists", counted)
    empty = tokenize("उन्होंने कहा कि सभी लोग घर में रहें और बाहर न निकलें।")
    assert recognize.known_candidates(empty, kb, set()).kbc == []
    assert recognize.recognise(empty, kb, set()) == []
    assert recognize.recognise(empty, kb, set(), use_crf=False) == []
    assert not calls
    named = tokenize("मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में अधिकारियों के साथ बैठक की।")
    found = recognize.recognise(named, kb, set())
    assert calls and {named[c.i].text for c in found} >= {"लखनऊ"}
