"""Round sp4 (issue 16): the time stage's trigger groups search for less and find the same.

No timings: each group of :func:`~khabar.time.grammar._pass_groups` matches wherever one of its
members does (with the optional nukta written once, the digit class first, a Latin run as a
class and its repeat), and the triggers each sentence gets hold every trigger a search of the
sentence finds, so the atoms are those of a scan of every rule, on news-like and corpus text.
"""

from __future__ import annotations

import dataclasses
import re

from conftest import corpus_sample, danda_spans
from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.time.grammar import _group_rest, _pass_groups, scan, trigger_passes, triggers_present
from khabar.time.tagger import _rules

# Nukta spellings (हफ़्ते, ज़िला, बड़ी), words that open like a trigger and are none (सदस्य,
# मंडी, बजट, हफ्तावार), dates, clock times, a year range and Latin letters.
TEXT = (
    "ज़िला प्रशासन ने बताया कि पिछले हफ़्ते सोमवार से मंडी बंद है। सदस्यों ने 15/08/2020 की "
    "बैठक में बजट पर बात की और हफ्तावार रिपोर्ट मांगी। मंगलवार सुबह 10:30 बजे बड़ी संख्या में "
    "लोग पहुंचे, जबकि सितम्बर 2019-20 के आंकड़े बाद में आए। WHO ने कहा, COVID-19 का ख़तरा "
    "बना है। दुकानदारों ने राहत की सांस ली।"
)


def test_group_rest_writes_a_shared_optional_letter_once():
    assert _group_rest(["\u093c?ाल\u093c?", "(?:\u093c?ोम|\u093c?ैट)", "दी"]) == (
        "\u093c?(?:ाल\u093c?|ोम|ैट|दी)")
    assert _group_rest(["ज", "ाद", "ज"]) == "(?:ज|ाद)"  # each alternative once
    # two different optional letters, a quantified one, a class: as written
    assert _group_rest(["a?b", "c?d"]) == "(?:a?b|c?d)"
    assert _group_rest(["a??b", "a?c"]) == "a?(?:a??b|c)"
    assert _group_rest(["[ab]?c", "(?:x)?y"]) == "(?:[ab]?c|(?:x)?y)"


def test_every_group_matches_where_a_member_does():
    text = TEXT + " 1990 के दशक में 3 - 4 दिन, २०२० के अप्रैल में १५.०८ को।"
    groups = [(g, m) for g, m in _pass_groups(_rules("hi")) if g is not None]
    assert len(groups) >= 20
    # the nukta written once after the first letter (since round sp16 behind a lookahead for
    # the rest's first characters: tests/test_speed_sp16.py)
    assert any(g.pattern.startswith("स(?=[") and "])\u093c?(?:" in g.pattern for g, _ in groups)
    for group, members in groups:
        for k in range(len(text) + 1):
            if any(part.match(text, k) for part, _ in members):
                assert group.search(text, k) is not None and group.search(text, k).start() == k, (
                    group.pattern[:20], text[k : k + 10])
    digits = next(g for g, _ in groups if g.pattern.startswith("[0-9०-९](?<="))
    line = "कुल 12 मामले, 2020 में 10:30 बजे"  # a year and a clock time; 12 is a count
    assert [m.start() for m in digits.finditer(line)] == [line.index("2020"), line.index("0:30")]


def test_a_latin_run_pass_finds_the_runs_of_the_class():
    (run,) = trigger_passes(r"[^\u0900-\u097F\W\d_]", 0)
    assert [m.group() for m in run.finditer("WHO ने कहा, COVID-19 और ICMR")] == ["WHO", "COVID", "ICMR"]
    assert [m.group() for m in run.finditer("कोई लैटिन अक्षर नहीं 123")] == []


def _check(text: str, spans: list[tuple[int, int]], full: list) -> int:
    """Triggers per span: every one a search of the span finds is there; atoms as a full scan's."""
    rules = _rules("hi")
    present = triggers_present(rules, text, spans)
    assert present is not None
    triggers = {r.trigger.pattern: r.trigger for r in rules if r.trigger is not None}
    found = 0
    for (start, end), here in zip(spans, present, strict=True):
        searched = {name for name, t in triggers.items() if t.search(text, start, end)}
        assert searched <= here, text[start:end]
        atoms = scan(rules, text, start, end, here)
        assert atoms == scan(full, text, start, end), text[start:end]
        found += len(atoms)
    return found


def test_news_like_sentences_get_the_triggers_and_atoms_of_the_slow_path():
    full = [dataclasses.replace(rule, trigger=None) for rule in _rules("hi")]
    assert _check(TEXT, danda_spans(TEXT), full) >= 5  # सोमवार, पिछले हफ़्ते, the date, the clock ...
    for odd in ("ऩ़़़ स़ ़? 2020", "\u093c" * 50, "स" * 300, "१२३४५६७८९०-१"):
        _check(odd, [(0, len(odd))], full)


def test_corpus_sentences_get_the_triggers_and_atoms_of_the_slow_path(shared_data):
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config) if not isinstance(a, Failure)]
    articles = list(pipeline.run_local(read, config, ["clean", "lang"]))
    full = [dataclasses.replace(rule, trigger=None) for rule in _rules("hi")]
    found = sentences = 0
    for article in articles:
        spans = [(s.start, s.end) for s in article.sentences]
        if spans:
            found += _check(article.text, spans, full)
            sentences += len(spans)
    assert sentences > 200 and found > 100
    assert re.search("\u093c", "".join(a.text for a in articles))  # nukta spellings were read


def test_tense_windows_skip_the_subs_whose_word_they_lack():
    """_judge reads a window with its passive futures and "के लिए" taken out only where their
    words are; the tense is the one of both subs always done."""
    from khabar.time import tense

    def always(window: str) -> str:
        future, past, nouns = tense._cues("hi")
        window = tense._HI_FOR.sub("", tense._HI_PASSIVE_FUTURE.sub("", window))
        f, p = future.search(window), past.search(window)
        if f and (not p or f.start() <= p.start()):
            return "future"
        return "past" if p else ("future" if nouns.search(window) else "none")

    windows = ["को दुकानें बंद कर दी जाएंगी", "को केरल के लिए होंगी", "को सभी ने लिए थे",
               "को स्कूल खोले गए", "से लॉकडाउन लागू होगा", "को बैठक हुई", "", "जा", "के लिए",
               "को राशन दिया जाएगा और केंद्र के लिए भेजा गया"]
    for window in windows:
        assert tense._judge(window, "hi") == always(window), window
    assert {tense._judge(w, "hi") for w in windows} >= {"future", "past", "none"}
