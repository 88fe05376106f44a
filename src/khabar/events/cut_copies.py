"""A line a page prints twice, the first time cut short: its events are the full line's.

Navbharat Times' agency pages print a summary line that is the first 500-odd characters of the
body's next line, cut off mid-sentence ("नयी दिल्ली, 23 मार्च (भाषा) केन्द्रीय नागर विमानन मंत्रालय ने
… विमानन कंपनियों को अपना संचालन इस प्रकार", then the whole report on the next line). The events
stage read both lines, and the repeated-sentence rule (:func:`.retold.drop_repeated_sentences`)
kept the first telling, so the act stood on the cut line (its evidence a copy, not where the
report tells it), and the cut-off last sentence, no longer word for word the full one, told its act
a second time. Tuning set Vn (round pr3, issue 13) takes such acts from the complete line (its
notes on NT-2020-03-23-L1 and NT-2020-04-15-L17); the development gold's rules say one event per
real action per article.

Why a module of its own: it is a question about the layout of the page (which line repeats which),
not about any act's words, asked once per article after extraction, like :mod:`.nonacts`' tests.
"""

from __future__ import annotations

from ..model import Event

# The shortest line read as a cut copy. Tuned on the 280 allowed corpus day files (round pr3): 18
# lines there are a strict prefix of the next non-blank line, every one an agency page's summary
# cut at 500-555 characters; a short line repeated at the start of the next one is a heading or a
# lead told again, which the repeated-sentence rule already judges sentence by sentence.
_MIN_CUT = 300


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line of ``text`` holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _is_cut_copy(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is the next non-blank line cut short: at least
    ``_MIN_CUT`` characters, all of them the next line's beginning, the next line longer."""
    cut = text[start:end].strip().rstrip("\ufffd").rstrip()
    if len(cut) < _MIN_CUT:
        return False
    rest = text[end:].lstrip()
    full = rest.split("\n", 1)[0].strip()
    return len(full) > len(cut) and full.startswith(cut)


def drop_cut_copies(events: list[Event], text: str) -> list[Event]:
    """Drop the events told on a line that the next line repeats in full (``_is_cut_copy``): the
    full line tells each of them, with its whole sentence. Run before the repeated-sentence rule,
    which then keeps the full line's telling. ``events`` keep their order."""
    verdicts: dict[int, bool] = {}
    out = []
    for e in events:
        start, end = _line_bounds(text, e.evidence_start)
        if start not in verdicts:
            verdicts[start] = _is_cut_copy(text, start, end)
        if not verdicts[start]:
            out.append(e)
    return out
