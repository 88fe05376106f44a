"""Round sp16 (issue 16): the lang stage's cue words counted from a per-process word table, and
the time stage's trigger groups looked for only where their rest can open; the same results.

No timings: :func:`~khabar.lang.langid.cue_counts` gives the word-by-word counts (also after its
table is cleared), and each trigger group with its lookahead matches exactly where the group
without it does, so :func:`~khabar.time.grammar.triggers_present` gives each sentence the same
triggers, on news-like text and on corpus articles (day files 3 and 4 of each outlet).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from conftest import corpus_day_articles, danda_spans
from khabar.lang import langid
from khabar.model import CONTENT_LABELS, Article
from khabar.time.grammar import _pass_groups, triggers_present
from khabar.time.leads import lead_class
from khabar.time.tagger import _rules

TEXT = (
    "ज़िला प्रशासन ने बताया कि पिछले हफ़्ते सोमवार से मंडी बंद है। सदस्यों ने 15/08/2020 की "
    "बैठक में सितंबर के सन् 2019 वाले आंकड़े रखे। मंगलवार सुबह 10:30 बजे नवंबर की तरह भीड़ थी। "
    "आज अस्पतालों ने कहा कि दो साल पहले ऐसा नहीं हुआ था, WHO ने कहा।"
)


def _articles(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet, cleaned and split into sentences."""
    return corpus_day_articles(shared_data)


def _word_by_word(words: list[str]) -> dict[str, int]:
    """cue_counts before round sp16: each distinct word's language looked up in Python."""
    counts = dict.fromkeys(langid._CUES, 0)
    for w in words[: langid._MAX_CUE_WORDS]:
        lang = langid._CUE_OF.get(w)
        if lang is not None:
            counts[lang] += 1
        elif len(w) > 4 and w[-1] in langid._SUFFIX_LAST:
            for lang, suffixes in langid._SUFFIX_CUES.items():
                if w.endswith(suffixes):
                    counts[lang] += 1
    return counts


def test_cue_counts_from_the_word_table_are_the_word_by_word_counts(shared_data, monkeypatch):
    made_up = ["आहे", "आणि", "त्यांच्या", "लोकांना", "छ", "मान्छेहरू", "है", "में", "सप्लाई", "है"]
    assert langid.cue_counts(made_up) == _word_by_word(made_up) == {"hi": 3, "mr": 4, "ne": 2}
    blocks = [langid.letter_counts(a.text[b.start : b.end])[0]
              for a in _articles(shared_data) for b in a.blocks if b.label in CONTENT_LABELS]
    assert sum(map(len, blocks)) > 5_000
    for words in blocks:
        assert langid.cue_counts(words) == _word_by_word(words)
    # a small table, cleared again and again, counts the same
    monkeypatch.setattr(langid, "_MAX_WORD_CUES", 50)
    langid._WORD_CUES.clear()
    for words in blocks[:200]:
        assert langid.cue_counts(words) == _word_by_word(words)
        assert len(langid._WORD_CUES) <= max(50, len(set(words)))


def test_lead_class_reads_the_first_characters_or_gives_up():
    assert lead_class("\u093c?(?:ाल|ोम|दी)") == "[\u093cाोद]"
    assert lead_class("(?:[ंँ]ब|ल)") == "[ंँल]"
    for unsure in (r"\w+", "[^a]b", "a?", "(?i:a)b", "(?:)", "x*"):
        assert lead_class(unsure) is None, unsure
    assert lead_class("ab", re.IGNORECASE) is None


def _unled(rules) -> list[tuple[re.Pattern[str] | None, list]]:
    """The groups as they were before round sp16: the lookahead taken out."""
    out = []
    for group, members in _pass_groups(rules):
        if group is not None:
            group = re.compile(re.sub(r"^(.)\(\?=\[[^\]]*\]\)", r"\1", group.pattern), group.flags)
        out.append((group, members))
    return out


def _present_before(groups, text: str, spans: list[tuple[int, int]]) -> list[set[str]]:
    """triggers_present with ``groups`` (its loop, as written before round sp16)."""
    ends = [e for _, e in spans]
    present: list[set[str]] = [set() for _ in spans]
    low, high = spans[0][0], spans[-1][1]

    def mark(name: str, start: int, end: int) -> None:
        k = bisect_right(ends, start)
        while k < len(spans) and spans[k][0] < end:
            present[k].add(name)
            k += 1

    for group, members in groups:
        if group is None:
            part, name = members[0]
            for m in part.finditer(text, low, high):
                mark(name, m.start(), m.end())
            continue
        found = group.search(text, low, high)
        while found is not None:
            at = found.start()
            for part, name in members:
                here = part.match(text, at, high)
                if here is not None:
                    mark(name, at, here.end())
            found = group.search(text, at + 1, high)
    return present


def test_groups_with_their_lookahead_match_where_they_did(shared_data):
    rules = _rules("hi")
    led = [g for g, _ in _pass_groups(rules) if g is not None and g.pattern[1:5] == "(?=["]
    assert len(led) >= 20  # every group of passes that open with a letter
    before = _unled(rules)
    assert not any(g is not None and g.pattern[1:5] == "(?=[" for g, _ in before)
    for (group, _), (old, _) in zip(_pass_groups(rules), before, strict=True):
        if group is None:
            continue
        for k in range(len(TEXT) + 1):
            now, then = group.match(TEXT, k), old.match(TEXT, k)
            assert (now and now.span()) == (then and then.span()), (group.pattern[:20], k)
    articles = [a for a in _articles(shared_data) if a.sentences]
    assert len(articles) >= 20
    checked = 0
    for text, spans in [(TEXT, danda_spans(TEXT))] + [
            (a.text, [(s.start, s.end) for s in a.sentences]) for a in articles]:
        assert triggers_present(rules, text, spans) == _present_before(before, text, spans)
        checked += len(spans)
    assert checked > 500
