"""English temporal grammar over ``data/time/en.yaml``, in the TimeBank/TempEval-3 conventions.

Used for English articles and, restricted to its calendar rules (:func:`calendar_rules`), for the
Latin-script bylines and datelines inside Hindi pages ("Feb 04, 2026 08:42 pm IST"). Spans follow
TIMEX3: "last month", "two years ago", "the past three months", "Friday's"; the preposition ("on",
"in") stays outside. Matching is case-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .grammar import NON_DEVANAGARI_LETTER, Atom, Rule, atom, day_of, hour_minute, year_of
from .lexicon import alternation, fold, load, parse_number
from .spec import FINER, Tense, TimeSpec

_B = r"\b"
_TZ = {"ist": "+05:30", "gmt": "Z", "utc": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
       "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00", "et": "-05:00", "pt": "-08:00", "bst": "+01:00"}


def _lk(key: str, written: str | None) -> str | None:
    if written is None:
        return None
    lex = load("en")
    return lex.lookup(key, written) or lex.lookup(key, written.rstrip("."))


@cache
def _p() -> dict[str, str]:
    lex = load("en")
    full = [forms[0] for forms in lex.data["months"].values()]
    short = [w for forms in lex.data["months"].values() for w in forms[1:]]
    return {
        # Abbreviations take an optional full stop; a full name's following stop ends the sentence.
        "MONTH": rf"(?:{alternation(full)}|{alternation(short)}\.?)",
        "FULLMONTH": alternation(full),
        "WEEKDAY": lex.pattern("weekdays"),
        "NUM": rf"(?:\d+(?:\.\d+)?|{alternation(lex.words('numbers') + lex.words('fractions'))})",
        "FUZZY": lex.pattern("fuzzy"),
        "UNIT": lex.pattern("units"),
        "REL": lex.pattern("relative"),
        "POD": lex.pattern("parts_of_day"),
        "SEASON": lex.pattern("seasons"),
        "REFS": lex.pattern("refs"),
        "SETS": lex.pattern("sets"),
        "ORD": lex.pattern("ordinals"),
        "POS": lex.pattern("position"),
        "HOLIDAY": lex.pattern("holidays"),
        "YEAR": r"(?:1[0-9]|20)\d\d",
        "BAREYEAR": r"(?:1[89]|20)\d\d",
        "DAY": r"(?:[0-3]?\d)(?:st|nd|rd|th)?",
        # Upper case only, and not glued to a lower-case word ("ISTDevendra" in a byline is IST).
        "TZ": r"(?-i:(?:IST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|PT|BST)(?![a-z]))",
        "CLOCK": r"(?P<h>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)",
    }


def _unit(written: str) -> str:
    return _lk("units", written) or "D"


def _amount(written: str | None) -> float | None:
    return None if written is None else parse_number(written, "en")


def _clock_fields(m: re.Match[str]) -> TimeSpec | None:
    """The clock part of a match as a spec (empty when the match has no clock), None when invalid."""
    if not m.groupdict().get("h"):
        return TimeSpec()
    hm = hour_minute(m["h"], m["mi"])
    if hm is None:
        return None
    meridiem = "pm" if m["ap"] and m["ap"].lower().startswith("p") else ("am" if m["ap"] else None)
    tz = _TZ.get((m.groupdict().get("tz") or "").lower())
    return TimeSpec(hour=hm[0], minute=hm[1], meridiem=meridiem, tz=tz)


def _date(m: re.Match[str]) -> Atom | None:
    g = m.groupdict()
    month = int(_lk("months", g["m"]) or 0) if g.get("m") else int(g.get("mo") or 0)
    if not 1 <= month <= 12:
        return None
    day = day_of(g["d"]) if g.get("d") else None
    if g.get("d") and day is None:
        return None
    year = year_of(g["y"]) if g.get("y") else None
    clock = _clock_fields(m)
    if clock is None:
        return None
    rel = _lk("relative", g.get("rel"))
    mod = _lk("position", g.get("pos")) if g.get("pos") else None
    spec = replace(clock, year=year, month=month, day=day, needs_tense=year is None, mod=mod,
                   direction=int(rel) if rel else 0)
    role = "date" if day is not None or year is not None else "month"
    weak = 1 if (role == "month" and not rel and not mod and
                 fold(g["m"] or "").rstrip(".") in ("may", "mar", "march")) else 0
    if weak and _month_after_preposition(m):
        return atom(m, spec, MONTH_AFTER_PREPOSITION, role)
    return atom(m, spec, "en.date", role, weak=weak)


# Round en8 (issue 13): "will travel to Tokyo in May" was no date (a bare May or March is weak, a
# modal verb or a protest march, and English has no postposition to confirm it). A capitalised
# month right after a preposition of time is the month, kept where its clause has a tense cue
# (the tagger drops it otherwise: with no tense the nearest March of an October story is the next
# one, and 14 NGEC stories' "In March, X expelled ..." came out a year ahead). English grammar;
# checked on the TempEval-3 and MEANTIME gates (tests/test_eval_time_gate.py) and NGEC.
MONTH_AFTER_PREPOSITION = "en.month_after_preposition"
_TIME_PREPOSITION = re.compile(
    r"\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid)[\s-]+$",
    re.IGNORECASE,
)


def _month_after_preposition(m: re.Match[str]) -> bool:
    """The month of ``m`` is capitalised and follows "in", "since", "by", "mid-"..."""
    written = m["m"] or ""
    return written[:1].isupper() and bool(
        _TIME_PREPOSITION.search(m.string, max(0, m.start("m") - 12), m.start("m"))
    )


# Round en10 (issue 13): an agency brief's "will attend the APEC summit in Nov." and "is expected
# to visit the PRC in Apr." gave no date: a month alone was read only when written in full (an
# abbreviation is a month only before a day or a year). A capitalised abbreviation with its full
# stop right after a preposition of time ("in Nov.", "by Sept.", "since Jan.") is the month, read
# as a full name is (its tense gives the year); without the preposition it stays none ("Gen. Jan.
# Smith", "Mar. 5" is a date rule's). English grammar; checked on the time gates and NGEC.
_ABBREVIATED = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"


def _abbreviated_month(m: re.Match[str]) -> Atom | None:
    return _date(m) if _month_after_preposition(m) else None


# Round en10 (left by en9): "Modi may visit Japan in March" kept no date, for a weak month wants a
# tense cue and a modal was none. A lower-case "may"/"might"/"could" before a verb's base form
# (not "have": "may have met in March" is the past) hedges an act not yet done: the future.
# Lower case only, so the month "May" is no cue; English grammar, checked on NGEC.
_HEDGED_VERB = re.compile(r"(?-i:\b(?:may|might|could)\s+(?:not\s+|also\s+|still\s+)?(?!have\b|be\b)[a-z]+)")


def hedged_tense(text: str, start: int, limit: int) -> Tense:
    """"future" when the clause of the month at ``text[start:]`` hedges its act with a modal
    ("may visit", "could meet"), else "none"."""
    left = max(max(text.rfind(c, 0, start) for c in ".,;\n") + 1, 0)
    right = min([k for k in (text.find(c, start, limit) for c in ",;\n") if k >= 0] + [limit])
    return "future" if _HEDGED_VERB.search(text, left, right) else "none"


def _clock(m: re.Match[str]) -> Atom | None:
    clock = _clock_fields(m)
    if clock is None or clock.hour is None:
        return None
    return atom(m, clock, "en.clock", "clock")


def _year(m: re.Match[str]) -> Atom | None:
    year = year_of(m["y"])
    return None if year is None else atom(m, TimeSpec(year=year), "en.year", "year")


def _decade(m: re.Match[str]) -> Atom | None:
    year = year_of(m["y"] or "'" + m["yy"])
    return None if year is None else atom(m, TimeSpec(decade=year // 10), "en.decade")


def _weekday(m: re.Match[str]) -> Atom:
    rel = _lk("relative", m["rel"])
    spec = TimeSpec(weekday=int(_lk("weekdays", m["w"]) or 1), needs_tense=True,
                    direction=0 if rel is None else int(rel))
    return atom(m, spec, "en.weekday", "weekday")


def _deictic(m: re.Match[str]) -> Atom:
    offset = int(_lk("deictic_days", m["w"]) or 0)
    pod = "NI" if fold(m["w"]) == "tonight" else None
    return atom(m, TimeSpec(rel=("D", offset), pod=pod), "en.deictic", "date")


def _pod(m: re.Match[str]) -> Atom:
    pod = _lk("parts_of_day", m["p"]) or "MO"
    if m["this"]:
        return atom(m, TimeSpec(rel=("D", 0), pod=pod), "en.this_pod", "date")
    return atom(m, TimeSpec(pod=pod), "en.pod", "pod", weak=2)


def _rel_unit(m: re.Match[str]) -> Atom | None:
    rel = int(_lk("relative", m["rel"]) or 0)
    unit = _unit(m["u"])
    if m["n"] is not None or m["f"] is not None or m["u"].lower().endswith("s"):
        amount = _amount(m["n"]) if m["n"] is not None else None
        return atom(m, TimeSpec(kind="duration", amount=amount, unit=unit), "en.rel_duration")
    if unit in ("H", "MIN", "S"):
        return None
    mod = _lk("position", m["pos"]) if m["pos"] else None
    return atom(m, TimeSpec(rel=(unit, rel), mod=mod), "en.rel_unit", "relyear" if unit == "Y" else "date")


def _ago(m: re.Match[str]) -> Atom | None:
    unit = _unit(m["u"])
    direction = fold(m["dir"]) in load("en").words("ago")
    amount = _amount(m["n"]) if m["n"] is not None else None
    if amount is None:
        return atom(m, TimeSpec(fuzzy_rel=-1 if direction else 1), "en.ago_vague")
    if amount != int(amount) and unit in FINER:
        unit, factor = FINER[unit]
        amount *= factor
    if unit in ("H", "MIN", "S"):
        return atom(m, TimeSpec(kind="duration", amount=amount, unit=unit), "en.ago_time")
    sign = -1 if direction else 1
    return atom(m, TimeSpec(rel=(unit, sign * int(amount)), ago=True), "en.ago")


def _duration(m: re.Match[str]) -> Atom | None:
    amount = _amount(m["n"]) if m["n"] is not None else None
    if m["n"] is None and m["f"] is None:
        return None
    return atom(m, TimeSpec(kind="duration", amount=amount, unit=_unit(m["u"])), "en.duration")


def _vague_plural(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(kind="duration", amount=None, unit=_unit(m["u"])), "en.plural_vague")


def _set(m: re.Match[str]) -> Atom:
    if m.groupdict().get("w"):
        value = f"XXXX-WXX-{_lk('weekdays', m['w'])}"
    elif m.groupdict().get("u"):
        unit = _unit(m["u"])
        value = f"PT1{'M' if unit == 'MIN' else unit}" if unit in ("H", "MIN", "S") else f"P1{unit}"
    else:
        value = _lk("sets", m["s"]) or "P1D"
    return atom(m, TimeSpec(kind="set", set_value=value), "en.set")


def _quarter_ref(m: re.Match[str]) -> Atom:
    """Financial news: "the quarter", "the latest quarter" = the last completed one; "year-ago" = a year before that."""
    back = 5 if m["ago"] else (0 if m["cur"] else 1)
    return atom(m, TimeSpec(rel=("Q", -back)), "en.quarter_ref", "date")


def _weekend(m: re.Match[str]) -> Atom:
    offset = 0 if m["rel"] and fold(m["rel"]) == "this" else (1 if m["rel"] and fold(m["rel"]) == "next" else -1)
    return atom(m, TimeSpec(rel=("W", offset), part="WE"), "en.weekend", "date")


def _year_mod(m: re.Match[str]) -> Atom | None:
    year = year_of(m["y"])
    mod = _lk("position", m["pos"])
    return None if year is None else atom(m, TimeSpec(year=year, mod=mod), "en.year_mod", "year")


def _century(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(century=int(m["c"]) - 1), "en.century")


def _last_night(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(rel=("D", -1), pod="NI"), "en.last_night", "date")


def _ref(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(kind="ref", ref=_lk("refs", m["r"]) or "PRESENT_REF"), "en.ref")


def _quarter(m: re.Match[str]) -> Atom:
    n = int(_lk("ordinals", m["o"]) or 1)
    year = year_of(m["y"]) if m["y"] else None
    spec = TimeSpec(part=f"Q{n}", year=year, rel=None if year else ("Y", 0))
    return atom(m, spec, "en.quarter", "part")


def _season(m: re.Match[str]) -> Atom:
    rel = _lk("relative", m["rel"])
    year = year_of(m["y"]) if m["y"] else None
    part = _lk("seasons", m["s"]) or "SU"
    if year is not None:
        spec = TimeSpec(year=year, part=part)
    else:
        spec = TimeSpec(part=part, rel=("Y", int(rel)) if rel is not None else None)
    return atom(m, spec, "en.season", "part", weak=0 if (rel is not None or year) else 2)


def _holiday(m: re.Match[str]) -> Atom:
    month, day = (int(x) for x in (_lk("holidays", m["h"]) or "01-01").split("-"))
    return atom(m, TimeSpec(month=month, day=day, needs_tense=True), "en.holiday", "date")


@cache
def calendar_rules() -> list[Rule]:
    """Rules for absolute dates and clock times only: safe on any script (bylines in Hindi pages)."""
    p = _p()
    clock = rf"(?:\s*,?\s*(?:at\s+)?{p['CLOCK']}(?:\s*(?P<tz>{p['TZ']}))?)?(?!\d)"
    table: list[tuple[str, str, object]] = [
        ("mdy", rf"{_B}(?P<m>{p['MONTH']})\s+(?P<d>{p['DAY']})(?:\s*,\s*|\s+)(?P<y>{p['YEAR']}){clock}", _date),
        ("dmy", rf"{_B}(?P<d>{p['DAY']})\s+(?:of\s+)?(?P<m>{p['MONTH']}),?\s+(?P<y>{p['YEAR']}){clock}",
         _date),
        ("iso", rf"{_B}(?P<y>{p['YEAR']})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d))?"
                r"(?P<ap>)?\b", _date),
        ("clock", rf"{_B}{p['CLOCK']}(?:\s*(?P<tz>{p['TZ']}))?", _clock),
        ("clock24", rf"{_B}(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?P<ap>)\s*(?P<tz>{p['TZ']})", _clock),
    ]
    # A month name, am/pm or a time zone is in every match but an ISO date's: Hindi sentences
    # without a Latin letter skip those rules (about a fifth of the time stage on Hindi text).
    # An ISO date has a hyphen before its month's two digits, and one after (round sc39: "-[01]"
    # alone, in every "COVID-19", let the rule run over 161 of the 5,676 sentences of
    # scale.py --days 16 for no match).
    return [Rule(f"en.{name}", re.compile(regex, re.IGNORECASE), read,  # type: ignore[arg-type]
                 _ISO_MONTH if name == "iso" else NON_DEVANAGARI_LETTER)
            for name, regex, read in table]


_ISO_MONTH = re.compile(r"-[01]\d-[0-3]\d")


@cache
def rules() -> list[Rule]:
    """All English rules, compiled once per process, most specific first."""
    p = _p()
    table: list[tuple[str, str, object]] = [
        ("md", rf"{_B}(?P<m>{p['MONTH']})\s+(?P<d>{p['DAY']})\b(?!\s*(?:%|percent))", _date),
        ("dm", rf"{_B}(?P<d>{p['DAY']})\s+(?:of\s+)?(?P<m>{p['MONTH']})\b", _date),
        ("my", rf"{_B}(?P<m>{p['MONTH']})(?:\s+of)?,?\s+(?P<y>{p['YEAR']})\b", _date),
        ("month", rf"{_B}(?:(?P<pos>early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]*)?"
                  rf"(?:(?P<rel>last|next|this)\s+)?(?P<m>{p['FULLMONTH']})(?![\w-])", _date),
        ("month_abbr", rf"{_B}(?P<m>{_ABBREVIATED})\.(?!\s*\d)", _abbreviated_month),
        ("numeric", r"\b(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b", _date),
        ("decade", rf"{_B}(?:the\s+)?(?:(?P<y>{p['YEAR']})|'?(?P<yy>\d0))'?s\b", _decade),
        ("year", rf"(?<![$\d.,/:-])\b(?P<y>{p['BAREYEAR']})\b(?![\d%]|\s*(?:percent|%))", _year),
        ("weekday", rf"{_B}(?:(?P<rel>{p['REL']})\s+)?(?P<w>{p['WEEKDAY']})(?![\w-])", _weekday),
        ("deictic", r"\b(?P<w>today|yesterday|tomorrow|tonight)\b", _deictic),
        ("pod", rf"{_B}(?:(?P<this>this)\s+)?(?P<p>{p['POD']})\b", _pod),
        ("rel_unit", rf"{_B}(?:(?P<pos>early|late|mid|earlier|later)\s+)?(?:the\s+)?(?P<rel>{p['REL']})\s+"
                     rf"(?:(?P<n>{p['NUM']})\s+|(?P<f>{p['FUZZY']})\s+)?(?P<u>{p['UNIT']})\b", _rel_unit),
        ("ago", rf"{_B}(?:(?P<n>{p['NUM']})|(?P<f>{p['FUZZY']}))[\s-]+(?P<u>{p['UNIT']})\s+"
                r"(?P<dir>ago|earlier|before|later|from now|hence)\b", _ago),
        ("duration", rf"{_B}(?:(?P<n>{p['NUM']})|(?P<f>{p['FUZZY']}))[\s-]+(?P<u>{p['UNIT']})\b"
                     r"(?:\s+long)?(?!-old|\s+old)", _duration),
        ("plural_vague", r"(?<=\bfor\s)(?P<u>years|decades|months|weeks|days|hours)\b", _vague_plural),
        ("set", rf"{_B}(?:(?:every|each|per)\s+(?:(?P<u>{p['UNIT']})|(?P<w>{p['WEEKDAY']}))|(?P<s>{p['SETS']}))\b",
         _set),
        ("ref", rf"{_B}(?P<r>{p['REFS']})\b", _ref),
        ("quarter", rf"{_B}(?:the\s+)?(?P<o>{p['ORD']})[\s-]+quarter(?:\s+(?:of\s+)?(?P<y>{p['YEAR']}))?\b",
         _quarter),
        ("season", rf"{_B}(?:(?P<rel>{p['REL']})\s+)?(?P<s>{p['SEASON']})(?:\s+(?:of\s+)?(?P<y>{p['YEAR']}))?\b",
         _season),
        ("holiday", rf"{_B}(?P<h>{p['HOLIDAY']})\b", _holiday),
        ("quarter_ref", r"\bthe\s+(?:(?P<ago>year-ago|year-earlier)\s+|(?P<cur>current)\s+|"
                        r"(?:latest|most\s+recent|just-ended|past|previous)\s+)?quarter\b(?!\s+of)", _quarter_ref),
        ("weekend", r"\b(?:(?P<rel>the|this|last|next|past)\s+)weekend\b", _weekend),
        ("year_mod", rf"{_B}(?P<pos>early|mid|late)[\s-]+(?P<y>{p['YEAR']})\b", _year_mod),
        ("century", r"\b(?:the\s+)?(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century\b", _century),
        ("last_night", r"\blast\s+night\b", _last_night),
    ]
    compiled = [Rule(f"en.{name}", re.compile(regex, re.IGNORECASE), read)  # type: ignore[arg-type]
                for name, regex, read in table]
    return calendar_rules() + compiled
