"""Find, join and normalise temporal expressions: :func:`tag`, the public entry point.

The grammar finds atoms; :func:`join` glues neighbours into one expression when together they name one
time ("पिछले साल" + "जून", "शुक्रवार" + "सुबह" + "10 बजे", "30 अप्रैल" से "16 मई"); weak atoms left
alone are dropped; each expression is then resolved against the reference date with the tense of its
clause. Offsets are absolute in ``text``; ``Timex.text`` adds the following postposition ("बुधवार को")
while ``head_start``/``head_end`` keep the minimal TIMEX3 extent.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from ..model import Timex
from . import grammar_en, grammar_hi
from .grammar import Atom, Rule, scan
from .leads import with_lead_class
from .lexicon import RB, load
from .spec import Tense, TimeSpec, resolve
from .tense import clause_tense

_JOIN_GAP = {
    "hi": re.compile(r"\s*(?:,\s*)?(?:(?:की|के|को|करीब|लगभग|तकरीबन)\s+)?"),
    "en": re.compile(r"\s*(?:,\s*)?(?:(?:at|in\s+the|on|of)\s+)?", re.IGNORECASE),
}
_RANGE_GAP = re.compile(r"\s*(?:से(?:\s+लेकर)?|[-–—])\s*")
_DATE_FAMILY = frozenset({"date", "month", "weekday", "year", "relyear"})
_TIME_FAMILY = frozenset({"pod", "clock"})


@cache
def _rules(lang: str) -> Sequence[Rule]:
    """The grammar of ``lang``, one tuple per process (``scan`` groups a rule list's rules by
    trigger once per list object), each rule's regex searched for only from the characters a
    match can open with (:func:`~khabar.time.leads.with_lead_class`: the same matches; round
    sp11, issue 16: the time stage 0.817 -> 0.700 G instructions over scale.py --days 16's
    227 allowed articles)."""
    rules = grammar_en.rules() if lang == "en" else [*grammar_hi.rules(),
                                                     *grammar_en.calendar_rules()]
    return tuple(replace(rule, regex=with_lead_class(rule.regex)) for rule in rules)


def _with_time(left: TimeSpec, right: TimeSpec) -> TimeSpec:
    if left.hour == 24 and right.hour == 12 and not right.minute and right.pod is None:
        # "31 मार्च की आधी रात को 12 बजे": the 12 of midnight, not noon (round dt7)
        return left
    return replace(left, pod=right.pod or left.pod,
                   hour=right.hour if right.hour is not None else left.hour,
                   minute=right.minute if right.minute is not None else left.minute,
                   meridiem=right.meridiem or left.meridiem, tz=right.tz or left.tz)


def _combine(left: Atom, right: Atom, gap: str = "") -> Atom | None:
    """One atom for two neighbours that name one time, or None when they do not combine.

    ``gap``: the text between them. A weekday closed by को is its own day, not the date after
    it: "गहलोत ने शनिवार को 31 मार्च तक के लिए …" (round dt7: merged, the act took the bound)."""
    a, b = left.spec, right.spec
    lr, rr = left.role, right.role
    spec: TimeSpec | None = None
    role = "date"
    if lr == "date" and a.rel is not None and a.rel[0] == "W" and a.weekday is None and rr == "weekday":
        # "पिछले हफ्ते मंगलवार को": that weekday of the week named (round dt7; was the week alone)
        spec = replace(a, weekday=b.weekday)
    elif lr in ("date", "weekday") and rr in _TIME_FAMILY:
        spec = _with_time(a, b)
        if b.end is not None:  # "मंगलवार को सुबह 7 से 11 बजे तक": both hours on that day
            spec = replace(spec, end=_with_time(a, b.end))
    elif lr == "pod" and rr == "clock":
        spec, role = _with_time(b, a), "clock"
        if b.end is not None and b.end.pod is None and b.end.hour is not None and b.end.hour >= (b.hour or 0):
            spec = replace(spec, end=_with_time(b.end, a))  # "शाम को 4 से 8 बजे तक": both in the evening
    elif lr == "clock" and rr == "pod":
        spec, role = _with_time(a, b), "clock"
    elif lr == "relyear" and (rr == "month" or (rr == "date" and b.month is not None and b.year is None)):
        # "पिछले साल दिसंबर में", and with its day "पिछले साल 17 नवंबर को" (round dt7: the day
        # was left alone, and a modal "हो सकता है" put it in the coming November)
        spec = replace(a, month=b.month, day=b.day)
    elif lr == "year" and rr == "month":
        spec = replace(b, year=a.year, needs_tense=False)
    elif lr in ("year", "relyear") and rr == "part" and b.rel is None:
        spec = replace(a, part=b.part)
    elif lr == "weekday" and rr == "date" and b.day is not None and "को" not in gap:
        spec = b
    elif lr == "date" and rr == "weekday" and a.day is not None:
        spec = a
    elif lr in _DATE_FAMILY | {"part"} and rr == "position":
        spec, role = replace(a, mod=b.mod), lr
    if spec is None:
        return None
    return Atom(left.start, right.end, right.head_end, spec, f"{left.rule}+{right.rule}", role, 0)


def _range(left: Atom, right: Atom) -> Atom | None:
    same = ({left.role, right.role} <= _DATE_FAMILY and (left.role == right.role or
                                                         {left.role, right.role} <= {"date", "month"})) \
        or {left.role, right.role} <= _TIME_FAMILY \
        or (left.role == "date" and left.spec.has_time() and right.role in _TIME_FAMILY)  # to a clock
    if not same or left.spec.end is not None or right.spec.end is not None:
        return None
    spec = replace(left.spec, end=right.spec)
    return Atom(left.start, right.end, right.head_end, spec, f"{left.rule}~{right.rule}", "other", 0)


def join(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """Glue adjacent atoms left to right (see :func:`_combine`), then A से B ranges in Hindi.

    Two passes, so each end of a range is whole before the range is made: "शाम सात बजे से सुबह
    सात बजे" is evening-seven to morning-seven, not a range ending at सुबह with a stray "सात बजे".
    """
    out: list[Atom] = []
    gap_re = _JOIN_GAP.get(lang, _JOIN_GAP["hi"])
    for current in atoms:
        if out:
            previous = out[-1]
            gap = text[previous.end : current.start]
            if previous.end == previous.head_end and gap_re.fullmatch(gap):
                merged = _combine(previous, current, gap)
                if merged is not None:
                    out[-1] = merged
                    continue
        out.append(current)
    if lang != "hi":
        return out
    ranged: list[Atom] = []
    for current in out:
        if ranged and _RANGE_GAP.fullmatch(text[ranged[-1].end : current.start]):
            merged = _range(ranged[-1], current)
            if merged is not None:
                ranged[-1] = merged
                continue
        ranged.append(current)
    return ranged


def _postposition(text: str, end: int, limit: int) -> int:
    """End of the case postposition right after a Hindi expression (को, में, से...), or ``end``."""
    m = _postposition_re().match(text, end, limit)
    return m.end() if m else end


@cache
def _postposition_re() -> re.Pattern[str]:
    return re.compile(rf"\s*{load('hi').pattern('postpositions')}{RB}")


def _keep(a: Atom, text: str, limit: int) -> bool:
    if a.weak == 0:
        return True
    if a.weak >= 2:
        return False
    return _postposition(text, a.end, limit) > a.end


# "बढ़कर 17 हो गया था": a past perfect tells what stood by then, a bound in the past
_PAST_PERFECT = re.compile(r"(?<![\u0900-\u097F])(?:था|थी|थे|थीं)(?![\u0900-\u097F])")
_CLAUSE_STOP = re.compile(r"[,;।?!|\n]|(?<![\u0900-\u097F])कि(?![\u0900-\u097F])")


def _deadline_tense(spec: TimeSpec, text: str, end: int, limit: int) -> Tense:
    """The tense a month (with or without its day) ending in तक takes in a past clause: a
    deadline a past act set ("पेरिस मैराथन को 18 अक्तूबर तक स्थगित कर दिया गया है", "शादियां
    नवंबर तक टाल दी गई हैं") lies ahead, the future (round dt7: read 2019 by news of March-May
    2020); unless the clause is a past perfect ("15 दिसंबर तक ये आंकड़ा बढ़कर 17 हो गया था"),
    which tells how far a count had gone by then. Any other point takes the nearest reading."""
    if spec.month is None or spec.weekday is not None:
        return "none"
    stop = _CLAUSE_STOP.search(text, end, limit)
    window = text[end : stop.start() if stop else limit]
    return "none" if _PAST_PERFECT.search(window) else "future"


def _unanchored(spec: TimeSpec) -> str | None:
    """Value of an expression that needs a reference date when there is none (XXXX placeholders)."""
    if spec.rel is not None or spec.fuzzy_rel or spec.kind in ("duration", "set", "ref"):
        return None if spec.rel is None and not spec.fuzzy_rel else "XXXX"
    if spec.year is None and spec.month is not None:
        return f"XXXX-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")
    if spec.weekday is not None and spec.year is None:
        return f"XXXX-WXX-{spec.weekday}"
    return None


def tag(text: str, reference: date | None, lang: str = "hi", start: int = 0, end: int | None = None,
        *, reference_source: str = "given",
        present: Collection[str] | None = None) -> list[Timex]:
    """Temporal expressions in ``text[start:end]``, typed and resolved against ``reference``.

    Offsets are absolute in ``text``. ``reference`` is the date relative expressions count from
    (publication date of the article); without one, values that need it are written with X
    placeholders (XXXX-04) and ``reference`` stays None. ``present``: the grammar's triggers
    that may be in the span, by pattern text (:func:`~khabar.time.grammar.triggers_present`),
    when known.
    """
    limit = len(text) if end is None else end
    atoms = join(scan(_rules(lang), text, start, limit, present), text, lang)
    out: list[Timex] = []
    for a in atoms:
        if not _keep(a, text, limit):
            continue
        spec = a.spec
        text_end = a.end if a.end != a.head_end or lang == "en" else _postposition(text, a.end, limit)
        tense: Tense = "none"
        if spec.needs_tense or spec.flip_day or (spec.end is not None and spec.end.needs_tense):
            tense = clause_tense(text, a.start, a.head_end, lang, limit)
            # "31 मई तक बढ़ा दिया है": a deadline (तक) set by a past act lies ahead; take the nearest.
            if tense == "past" and text[a.end : text_end].strip() == "तक":
                tense = _deadline_tense(spec, text, text_end, limit)
            if tense == "none" and a.rule == grammar_en.MONTH_AFTER_PREPOSITION and (
                    tense := grammar_en.hedged_tense(text, a.start, limit)) == "none":
                continue  # round en8: a May or March with no tense cue stays weak (grammar_en)
        anchor = reference or date(2000, 1, 1)
        resolved = resolve(spec, anchor, tense)
        value = resolved.value
        alternatives = list(resolved.alternatives)
        if reference is None:
            placeholder = _unanchored(spec)
            if placeholder is not None:
                value, alternatives = placeholder, []
        if (lang == "hi" and out and out[-1].type == "SET" and not text[out[-1].end : a.start].strip()
                and spec.has_time() and not spec.has_date() and spec.end is None and "T" in value):
            # "रोज सुबह 7 बजे", "प्रतिदिन शाम को": the time of a daily habit, no day of its own
            value, alternatives = "XXXX-XX-XX" + value[value.index("T"):], []
        if spec.flip_day and tense == "none" and reference is not None:
            flipped = resolve(spec, reference, "future").value
            if flipped != value:
                alternatives.append(flipped)
        out.append(Timex(
            start=a.start, end=text_end, text=text[a.start:text_end], type=resolved.type, value=value,
            reference=reference.isoformat() if reference else None,
            reference_source=reference_source if reference else None,
            head_start=a.start, head_end=a.head_end, mod=resolved.mod, alternatives=alternatives,
            rule=a.rule, begin_point=resolved.begin, end_point=resolved.finish,
        ))
    return out
