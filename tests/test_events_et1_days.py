"""Issue 13, round et1: a bare day of the month before a closure's or cancellation's verb ("31
तक") is passed as a marked date is, so the thing closed before it is the target
(:func:`khabar.events.bare_days.bare_day`, read by ``closed_things._past_adverbs``). Real
sentences, with negatives."""

from __future__ import annotations

from khabar.events.bare_days import bare_day
from khabar.events.clause import Token

from .hindi_events import analyser

analysed = analyser("2020-03-22")


def _tokens(words: str) -> list[Token]:
    out, at = [], 0
    for w in words.split():
        out.append(Token(at, at + len(w), w))
        at += len(w) + 1
    return out


def _targets(text: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.type == "COERCE"]
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"]


def test_board_examinations_cancelled_until_the_31st() -> None:
    # AU-2020-MAR-22.txt (the tuning set Vr-Vv)
    assert _targets("सीबीएसई ने बोर्ड परीक्षाएं 31 तक रद्द कर दी हैं ।") == ["बोर्ड परीक्षाएं"]


def test_no_day_of_the_month() -> None:
    # written: 45 is no day, the read stops at its तक as before
    assert _targets("सीबीएसई ने बोर्ड परीक्षाएं 45 तक रद्द कर दी हैं ।") == []


def test_bare_day_bounds() -> None:
    toks = _tokens("परीक्षाएं 31 तक रद्द")
    assert bare_day(toks, 2, 0)
    assert not bare_day(toks, 1, 0)  # a number, not its postposition
    assert not bare_day(_tokens("परीक्षाएं 0 तक रद्द"), 2, 0)
    assert not bare_day(_tokens("परीक्षाएं 100 तक रद्द"), 2, 0)
    assert not bare_day(_tokens("31 तक रद्द"), 1, 0)  # no word before the day: nothing to read
    assert not bare_day(_tokens("परीक्षाएं 31 बजे रद्द"), 2, 0)
