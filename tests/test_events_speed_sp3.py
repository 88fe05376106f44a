"""Speed round sp3 of the events stage (issue 16): find_candidates tries, before a word that is
no particle, only a first word's one-word forms and the forms that word continues
(``TriggerLexicon.by_next``), not every form with a test of its second word. The candidates
must be the ones every form gives, on lines written like the news, negatives included."""

from __future__ import annotations

import dataclasses

from khabar.config import Config
from khabar.events.candidates import Candidate, find_candidates
from khabar.events.clause import sentences_of, view
from khabar.events.lexicon import TriggerLexicon, hindi_triggers
from khabar.model import Article
from khabar.pipeline import run_local

_LINES = (
    # forms of several words, whole
    "प्रधानमंत्री शिखर सम्मेलन में भाग लेंगे और दोनों देशों ने समझौते पर सहमति जताई।",
    "राज्य सरकार ने केंद्र से मदद मांगी है और किसानों के लिए राहत पैकेज की घोषणा की।",
    # a particle inside a form ("में भी भाग लेंगे"), and one right after a first word
    "मुख्यमंत्री भी शिखर सम्मेलन में भी भाग लेंगे, अधिकारी भी बैठक में शामिल होंगे।",
    # negatives: a form's first word, but not followed by its second
    "शिखर पर बर्फ जमी है, राहत की बात है कि सहायता के बिना भी गांव वाले डटे रहे।",
    "भाग दौड़ में मांग बढ़ी तो करार टूट गया; सम्मेलन स्थगित हुआ।",
    # a first word that ends the sentence
    "संगठन ने कहा कि वह इस बार भी सहायता",
)


def _every_form(lex: TriggerLexicon) -> TriggerLexicon:
    """``lex`` with every entry of a first word tried before any next word (the loop before
    round sp3 tried them all, each after a test its second word now replaces)."""
    full = dataclasses.replace(lex)
    object.__setattr__(full, "by_next", {w: (list(e), {}) for w, e in lex.index.items()})
    return full


def _candidates(text: str, lex: TriggerLexicon) -> list[list[Candidate]]:
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time"]))
    return [find_candidates(view(art, n, s), lex) for n, s in enumerate(sentences_of(art))]


def test_candidates_as_with_every_form_tried() -> None:
    lex = hindi_triggers()
    full = _every_form(lex)
    found = 0
    for line in _LINES:
        got = _candidates(line, lex)
        assert got == _candidates(line, full), line
        found += sum(map(len, got))
    assert found >= 8  # the lines do hold forms of several words
    # the negatives hold first words of such forms but none of the forms
    assert all(
        c.last == c.first
        for cands in _candidates(_LINES[3], lex)
        for c in cands
        if c.trig.type in {"CONSULT", "AID"}
    )


def test_by_next_keeps_the_entries_the_second_word_test_kept() -> None:
    lex = hindi_triggers()
    seconds = {f[1] for e in lex.index.values() for f, _ in e if len(f) > 1}
    nexts: list[str | None] = [None, "और", "ने", "गांव", *sorted(seconds)]
    for first, entries in lex.index.items():
        alone, after = lex.by_next[first]
        for nxt in nexts:
            if nxt is not None and nxt in lex.particles:
                continue  # before a particle find_candidates reads lex.index
            kept = [
                (f, t) for f, t in entries
                if len(f) == 1 or nxt == f[1]
            ]
            assert (alone if nxt is None else after.get(nxt, alone)) == kept, (first, nxt)


def test_tokens_from_gaps_as_from_match_objects() -> None:
    """tokenize reads each token's offsets off the gap before it (``_GAPPED_TOKEN``); the
    brackets _TOKEN skips count in the gap, at either end of the span too."""
    from khabar.events.clause import _TOKEN, _ZERO_WIDTH, tokenize

    lines = (
        "[अपडेट] जिलाधिकारी ने {आदेश} जारी किया <पढ़ें>",
        "  <<नोट>>  मंडी   [[बंद]]  रहेगी ।।  ",
        "हेल्\u200dपलाइन नंबर [1075] पर \u095dताल की सूचना दें।",
        "डीएम ने कहा, 'दुकानें (सुबह 7 से 11 बजे तक) खुलेंगी'",
        "[]{}<>",
    )
    for line in lines:
        text = f"पिछली खबर। {line} अगली खबर।"
        start = len("पिछली खबर। ")
        for lo, hi in ((start, start + len(line)), (start + 1, start + len(line) - 1), (0, len(text))):
            want = [(m.start(), m.end(), m.group().translate(_ZERO_WIDTH))
                    for m in _TOKEN.finditer(text, lo, hi)]
            assert [(t.start, t.end, t.text) for t in tokenize(text, lo, hi)] == want, (line, lo, hi)
