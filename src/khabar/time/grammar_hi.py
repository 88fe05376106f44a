"""Hindi temporal grammar: regex rules over the lexicon ``data/time/hi.yaml`` that produce atoms.

Rules go from specific to general (the scan keeps the longest match, ties to the earlier rule). Spans
follow TIMEX3 with the ILTIMEX2012 conventions for Hindi: the head leaves out the case postposition
(को, में, से; the tagger adds it to ``Timex.text``) but keeps पहले in "चार साल पहले" (ago), while the
बाद of "कुछ घंटों बाद" stays outside the head, as in the seeds gold (a duration anchored on an event).
Words that are often not temporal (मार्च = a protest march, गर्मी = heat, रात) are *weak*: kept only
next to a postposition or joined to another atom.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .grammar import Atom, Rule, atom, day_of, hour_minute, year_of
from .lexicon import DEVANAGARI_DIGITS, LB, RB, alternation, fold, load, parse_number
from .spec import FINER, TimeSpec

_SINGULAR_SEASONS = frozenset(fold(w) for w in ("गर्मी", "सर्दी", "ठंड", "मानसून", "बरसात", "बसंत", "वसंत",
                                               "पतझड़", "ग्रीष्म", "जाड़े", "शीतकाल"))
# Two-word written amounts like "साढ़े चार" and Devanagari or ASCII digits with a decimal part.
_DIG = "[0-9०-९]"


@cache
def _p() -> dict[str, str]:
    lex = load("hi")
    numwords = alternation(lex.words("numbers") + lex.words("fractions"))
    day_words = alternation([w for n, forms in lex.data["numbers"].items() if 1 <= int(n) <= 31 for w in forms])
    number = (rf"(?:{lex.pattern('fraction_prefixes')}\s+(?:{_DIG}+|{alternation(lex.words('numbers'))})"
              rf"|{_DIG}+(?:[.,]{_DIG}+)?|{numwords})")
    return {
        "MONTH": lex.pattern("months"),
        "WEEKDAY": lex.pattern("weekdays"),
        "NUM": number,
        "FUZZY": lex.pattern("fuzzy"),
        "UNIT": lex.pattern("units"),
        "PLURAL": alternation([w for forms in lex.data["plural_units"].values() for w in forms]),
        "REL": lex.pattern("relative"),
        "POD": lex.pattern("parts_of_day"),
        "SEASON": lex.pattern("seasons"),
        "REFS": lex.pattern("refs"),
        "SETS": lex.pattern("sets"),
        "EVERY": lex.pattern("every"),
        "ORD": lex.pattern("ordinals"),
        "POS": lex.pattern("position"),
        "HOLIDAY": lex.pattern("holidays"),
        "FESTIVAL": lex.pattern("festivals"),
        "COUNTED": lex.pattern("counted_nouns"),
        "YEARKW": lex.pattern("year_words"),
        "MONTHKW": lex.pattern("month_words"),
        "YEAR": rf"(?:1[0-9]|20|१[०-९]|२०){_DIG}{{2}}",
        "BAREYEAR": rf"(?:1[89]|20|१[८-९]|२०){_DIG}{{2}}",
        # a day of the month in digits or in words ("सात मई से", 172 times in the corpus day files)
        "DAY": rf"(?:{_DIG}{{1,2}}|{day_words})",
        "HOUR": rf"(?:{_DIG}{{1,2}}|{alternation(lex.words('numbers'))})",
    }


def _lk(key: str, written: str | None) -> str | None:
    return None if written is None else load("hi").lookup(key, written)


def _month(written: str) -> int:
    return int(_lk("months", written) or 0)


def _rel(written: str | None) -> int | None:
    found = _lk("relative", written)
    return None if found is None else int(found)


def _unit(written: str) -> str:
    return _lk("units", written) or "D"


def _is_plural(written: str) -> bool:
    return fold(written) in _plural_units()


# The folded forms of two word lists the rules ask about per match, folded once per process
# (round sc50, issue 16: each match folded the whole list again, 817 folds over scale.py's
# --days 16 sample for 144 matches).
@cache
def _plural_units() -> frozenset[str]:
    return frozenset(fold(w) for forms in load("hi").data["plural_units"].values() for w in forms)


@cache
def _midnight() -> frozenset[str]:
    return frozenset(fold(w) for w in load("hi").words("midnight"))


def _amount(m: re.Match[str]) -> float | None:
    n = m.groupdict().get("n")
    return None if n is None else parse_number(n, "hi")


_ROTI = re.compile(r"\s*की\s+रोटी")


def _day(written: str) -> int | None:
    """A day of the month written in digits or as a number word (सात = 7)."""
    day = day_of(written)
    if day is None:
        number = parse_number(written, "hi")
        day = int(number) if number is not None and number == int(number) and 1 <= number <= 31 else None
    return day


def _month_and(m: re.Match[str]) -> bool:
    """"जनवरी और फरवरी में", "मार्च, अप्रैल, मई के लिए": a month joined or listed before another
    month is a month, not a march."""
    follows = re.compile(rf"\s*(?:और|व|एवं|तथा|या|,)\s*{_p()['MONTH']}{RB}")
    return follows.match(m.string, m.end()) is not None


def _date(m: re.Match[str]) -> Atom | None:
    day = _day(m["d"]) if m.groupdict().get("d") else None
    if m.groupdict().get("d") and day is None:
        return None
    year = year_of(m["y"]) if m.groupdict().get("y") else None
    month = _month(m["m"]) if m.groupdict().get("m") else int(m["mo"].translate(DEVANAGARI_DIGITS))
    if not 1 <= month <= 12:
        return None
    spec = TimeSpec(year=year, month=month, day=day, needs_tense=year is None)
    if m.groupdict().get("d2"):
        day2 = _day(m["d2"])
        if day2 is None:
            return None
        return atom(m, TimeSpec(year=year, month=month, day=day, needs_tense=year is None,
                                end=TimeSpec(year=year, month=month, day=day2, needs_tense=year is None)),
                    "hi.day_range")
    role = "date" if day is not None or year is not None else "month"
    weak = 1 if role == "month" and not m.groupdict().get("mw") and not _month_and(m) else 0
    if year is None and m.groupdict().get("d") and day_of(m["d"]) is None:
        # a day in words is a date before a postposition ("सात मई से"), not in "चार मार्च निकाले"
        # (four marches) nor in the idiom "दो जून की रोटी" (a square meal)
        weak = 2 if _ROTI.match(m.string, m.end()) else 1
    return atom(m, spec, "hi.date", role, weak=weak)


def _year_range(m: re.Match[str]) -> Atom | None:
    y1, y2 = year_of(m["y1"]), year_of(m["y2"])
    if y1 is None or y2 is None:
        return None
    if y2 < 100 or len(m["y2"]) == 2:
        y2 = y1 // 100 * 100 + int(m["y2"].translate(DEVANAGARI_DIGITS))
    if y2 <= y1:
        return None
    return atom(m, TimeSpec(year=y1, end=TimeSpec(year=y2)), "hi.year_range")


def _year(m: re.Match[str]) -> Atom | None:
    year = year_of(m["y"])
    return None if year is None else atom(m, TimeSpec(year=year), "hi.year", "year")


def _decade(m: re.Match[str]) -> Atom | None:
    year = year_of(m["y"])
    return None if year is None else atom(m, TimeSpec(decade=year // 10), "hi.decade")


def _century(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(century=int(m["c"].translate(DEVANAGARI_DIGITS)) - 1), "hi.century")


def _tareekh(m: re.Match[str]) -> Atom | None:
    day = _day(m["d"])
    return None if day is None else atom(m, TimeSpec(day=day), "hi.tareekh", "date")


def _weekday(m: re.Match[str]) -> Atom:
    rel = _rel(m["rel"])
    spec = TimeSpec(weekday=int(_lk("weekdays", m["w"]) or 1), needs_tense=True,
                    direction=0 if rel is None else rel)
    return atom(m, spec, "hi.weekday", "weekday")


def _deictic(m: re.Match[str]) -> Atom:
    offset = int(_lk("deictic_days", m["w"]) or 0)
    spec = TimeSpec(rel=("D", offset), flip_day=offset != 0, needs_tense=offset != 0)
    return atom(m, spec, "hi.deictic", "date")


def _clock(m: re.Match[str]) -> Atom | None:
    hour_text = m["h"]
    if not re.fullmatch(rf"{_DIG}+", hour_text):
        number = parse_number(hour_text, "hi")
        if number is None:
            return None
        hour_text = str(int(number))
    minute_text = m["mi"] or m["mi2"]
    if minute_text and not re.fullmatch(rf"{_DIG}+", minute_text):  # "दो बजकर पांच मिनट"
        number = parse_number(minute_text, "hi")
        if number is None or number != int(number):
            return None
        minute_text = str(int(number))
    hm = hour_minute(hour_text, minute_text)
    if hm is None:
        return None
    hour, minute = hm
    frac = _lk("fraction_prefixes", m["fp"])
    if frac is not None:
        total = hour * 60 + int(float(frac) * 60)
        hour, minute = divmod(total % (24 * 60), 60)
    return atom(m, TimeSpec(hour=hour, minute=minute), "hi.clock", "clock")


def _hour_of(written: str) -> int | None:
    if re.fullmatch(rf"{_DIG}+", written):
        return int(written.translate(DEVANAGARI_DIGITS))
    number = parse_number(written, "hi")
    return None if number is None or number != int(number) else int(number)


def _clock_range(m: re.Match[str]) -> Atom | None:
    """"सुबह 7 से 11 बजे तक", "शाम छह से नौ बजे": shop or curfew hours whose first hour has no बजे
    of its own; both hours are in the part of day written before the first ("सुबह 10 से 2 बजे":
    past noon when the second hour is smaller). The stage splits it into its two points."""
    h1, h2 = _hour_of(m["h"]), _hour_of(m["h2"])
    if h1 is None or h2 is None or not (0 <= h1 <= 24 and 0 <= h2 <= 24) or h1 == h2:
        return None
    pod = _lk("parts_of_day", m["p"]) if m["p"] else None
    pod2 = pod
    if h2 < h1 and pod in (None, "MO"):
        h2, pod2 = h2 + 12, None
    spec = TimeSpec(hour=h1, minute=0, pod=pod, end=TimeSpec(hour=h2, minute=0, pod=pod2))
    return atom(m, spec, "hi.clock_range", "clock")


def _last_pod(m: re.Match[str]) -> Atom:
    """"बीती रात" (last night), "पिछली शाम": the part of day of the day before the reference."""
    spec = TimeSpec(rel=("D", -1), pod=_lk("parts_of_day", m["p"]) or "NI")
    return atom(m, spec, "hi.last_pod", "date")


def _pod_clock(m: re.Match[str]) -> Atom | None:
    """"दोपहर करीब 11.30", "रात 23:59": a part of day then a clock time written without बजे."""
    hm = hour_minute(m["h"], m["mi"])
    if hm is None:
        return None
    spec = TimeSpec(hour=hm[0], minute=hm[1], pod=_lk("parts_of_day", m["p"]))
    return atom(m, spec, "hi.pod_clock", "clock")


def _pod(m: re.Match[str]) -> Atom:
    if fold(m["p"]) in _midnight():
        return atom(m, TimeSpec(hour=24, minute=0), "hi.midnight", "pod")
    # Two-word parts of day ("देर रात", late night) are unambiguous; "रात", "शाम" alone need context.
    weak = 0 if len(m["p"].split()) > 1 else 1
    return atom(m, TimeSpec(pod=_lk("parts_of_day", m["p"]) or "NI"), "hi.pod", "pod", weak=weak)


def _rel_unit(m: re.Match[str]) -> Atom | None:
    rel = _rel(m["rel"])
    unit = _unit(m["u"])
    if rel is None:
        return None
    if m["f"] is not None and rel > 0 and _is_plural(m["u"]):
        # "आगामी कुछ दिनों में" (in the coming few days) is "in future", as "आने वाले दिनों में"
        return atom(m, TimeSpec(kind="ref", ref="FUTURE_REF"), "hi.rel_vague")
    if m["n"] is not None or m["f"] is not None:
        amount = None if m["f"] is not None else _amount(m)
        spec = TimeSpec(kind="duration", amount=amount, unit=unit, decimal=_decimal(m))
        return atom(m, spec, "hi.rel_duration")
    if _is_plural(m["u"]) and fold(m["u"]) not in (fold("वर्ष"), fold("सप्ताह"), fold("दशक")):
        if rel == 0:
            return None  # "इन दिनों" is a vague reference, matched by the refs rule
        return atom(m, TimeSpec(kind="ref", ref="PAST_REF" if rel < 0 else "FUTURE_REF"), "hi.rel_vague")
    if unit in ("H", "MIN", "S") or (unit == "D" and rel == 0):
        return None  # "इस दिन" points back to a day in the text, not to the reference
    role = "relyear" if unit == "Y" else "date"
    return atom(m, TimeSpec(rel=(unit, rel)), "hi.rel_unit", role)


def _ago(m: re.Match[str]) -> Atom | None:
    unit = _unit(m["u"])
    later = fold(m["dir"]) in (fold("बाद"), fold("पश्चात"))
    amount = _amount(m)
    if later:
        return atom(m, TimeSpec(kind="duration", amount=amount, unit=unit), "hi.later", head_group="u")
    if amount is None:
        return atom(m, TimeSpec(fuzzy_rel=-1), "hi.ago_vague")
    if amount != int(amount) and unit in FINER:
        unit, factor = FINER[unit]
        amount *= factor
    if unit in ("H", "MIN", "S"):
        return atom(m, TimeSpec(kind="duration", amount=amount, unit=unit), "hi.ago_time")
    return atom(m, TimeSpec(rel=(unit, -int(amount)), ago=True), "hi.ago")


def _plural_vague(m: re.Match[str]) -> Atom:
    unit = _unit(m["u"])
    if m["after"] and fold(m["after"]) == fold("पहले"):
        return atom(m, TimeSpec(fuzzy_rel=-1), "hi.ago_vague")
    return atom(m, TimeSpec(kind="duration", amount=None, unit=unit), "hi.plural_vague", head_group="u")


def _long_time(m: re.Match[str]) -> Atom:
    """"लंबे समय" (a long time) = PXY; "कुछ समय" (a while) = PXD; with पहले it is a past reference."""
    if m["dir"] and fold(m["dir"]) == fold("पहले"):
        return atom(m, TimeSpec(fuzzy_rel=-1), "hi.ago_vague")
    unit = "D" if fold(m["q"]) in (fold("कुछ"), fold("थोड़े")) else "Y"
    head = "t" if m["dir"] else None
    return atom(m, TimeSpec(kind="duration", amount=None, unit=unit), "hi.long_time", head_group=head)


def _this_time(m: re.Match[str]) -> Atom:
    """"इस समय" (now) = PRESENT_REF; "उस समय" (then) = PAST_REF: news narrates the past."""
    ref = "PRESENT_REF" if fold(m["d"]) in (fold("इस"), fold("इसी")) else "PAST_REF"
    return atom(m, TimeSpec(kind="ref", ref=ref), "hi.this_time")


def _decimal(m: re.Match[str]) -> bool:
    """The amount is written in digits with a decimal point ("7.5 दिन"), see ``duration_value``."""
    n = m.groupdict().get("n")
    return n is not None and re.fullmatch(rf"{_DIG}+\.{_DIG}+", n) is not None


# Age limits are not durations: "65 वर्ष से अधिक आयु के", "10 साल के कम उम्र के" (a typo for से),
# and "एक 72 साल की ... महिला" (an indefinite article before the digits). The event gold's tune half
# had 9 such false timexes in 3 articles; the corpus day files hold "N वर्ष/साल से अधिक" 32 times.
# ILTIMEX2012 tags plain ages ("25 साल की उम्र में", "उम्र 14 साल"; 12 of them), which the event gold
# does not: those readings are left as they were, so neither scorer moves on them.
_AGE_LIMIT = r"\s*(?:से|के)\s+(?:अधिक|ज्यादा|ज़्यादा|कम|ऊपर|नीचे)\s+"
# "65 साल से ज्यादा और 10 साल से कम उम्र के": the first limit shares the second one's उम्र
_AGE_AFTER = re.compile(rf"{_AGE_LIMIT}(?:और\s+\S+\s+(?:साल|वर्ष){_AGE_LIMIT})?(?:आयु|उम्र)")
_AGE_BEFORE = re.compile(r"(?<![\w\u0900-\u097F])एक\s+$")


# An age by the person it describes or by the word उम्र/आयु (the event gold's rule: ages are not
# timexes): "छह साल की बच्ची", "46 साल के एक युवक", "आठ महीने का बच्चा", "उसकी उम्र 17 वर्ष",
# "उम्र करीब 60 साल से अधिक", "72 वर्ष की आयु में". Found on tx1's hand set A (3 false timexes in
# one Dainik Jagran article) and the event gold's tune half (1); the corpus day files hold "N साल
# की/के/का" + a person noun about 70 times and "उम्र/आयु N साल" about 40 times, all ages.
@cache
def _age_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = load("hi").pattern("age_nouns")
    after = re.compile(rf"\s*(?:तक\s+)?(?:की|के|का)\s+(?:एक\s+|{_DIG}+\s+)?(?:{nouns}){RB}")
    before = re.compile(r"(?<![\w\u0900-\u097F])(?:उम्र|आयु)\s+(?:(?:करीब|लगभग|तकरीबन|महज|मात्र|सिर्फ)\s+)?$")
    return after, before


def _is_age(m: re.Match[str]) -> bool:
    unit = _unit(m["u"])
    if unit not in ("Y", "M"):
        return False
    after, before = _age_patterns()
    text = m.string
    if after.match(text, m.end()) is not None or before.search(text, max(0, m.start() - 24), m.start()):
        return True
    if unit != "Y":
        return False
    if _AGE_AFTER.match(m.string, m.end()) is not None:
        return True
    digits = m["n"] is not None and re.fullmatch(rf"{_DIG}+", m["n"]) is not None
    return digits and _AGE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) is not None


def _duration(m: re.Match[str]) -> Atom | None:
    amount = None if (m["f"] is not None or m["n2"] is not None) else _amount(m)
    if m["f"] is None and amount is None and m["n2"] is None:
        return None
    if _is_age(m):
        return None
    spec = TimeSpec(kind="duration", amount=amount, unit=_unit(m["u"]), decimal=_decimal(m))
    return atom(m, spec, "hi.duration")


def _whole(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(kind="duration", amount=1, unit=_unit(m["u"])), "hi.whole")


def _set_every(m: re.Match[str]) -> Atom:
    if m["w"]:
        value = f"XXXX-WXX-{_lk('weekdays', m['w'])}"
    elif m["p"]:  # "हर शाम": every evening
        value = f"XXXX-XX-XXT{_lk('parts_of_day', m['p']) or 'EV'}"
    else:
        amount = _amount(m) or 1
        unit = _unit(m["u"])
        value = f"P{'T' if unit in ('H', 'MIN', 'S') else ''}{amount:g}{'M' if unit == 'MIN' else unit}"
    return atom(m, TimeSpec(kind="set", set_value=value), "hi.set_every")


def _set_word(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(kind="set", set_value=_lk("sets", m["s"]) or "P1D"), "hi.set_word")


def _ref(m: re.Match[str]) -> Atom:
    found = atom(m, TimeSpec(kind="ref", ref=_lk("refs", m["r"]) or "PRESENT_REF"), "hi.ref")
    trailing = re.search(r"\s+में$", m.group(0))  # "अतीत में": the head is अतीत, as in ILTIMEX
    return replace(found, head_end=m.start() + trailing.start()) if trailing else found


def _that_day(m: re.Match[str]) -> Atom:
    """"उस दिन", "उसी दिन": a day the text named before; the time stage gives it that day's value
    (:func:`~khabar.time.stage.resolve_that_day`), alone it is an unknown day."""
    return atom(m, TimeSpec(kind="ref", ref="XXXX-XX-XX"), "hi.that_day", "date")


def _festival(m: re.Match[str]) -> Atom:
    """Lunar-calendar festivals: a date we cannot compute without an almanac, so XXXX-XX-XX."""
    return atom(m, TimeSpec(kind="ref", ref="XXXX-XX-XX"), "hi.festival")


def _half(m: re.Match[str]) -> Atom | None:
    n = int(_lk("ordinals", m["o"]) or 1)
    half = fold(m["pu"]) == fold("छमाही")
    if half and n > 2:
        n = 2
    part = f"H{n}" if half else f"Q{n}"
    rel = _rel(m["rel"])
    spec = TimeSpec(part=part, rel=("Y", rel) if rel is not None else None)
    return atom(m, spec, "hi.part", "part")


def _first_months(m: re.Match[str]) -> Atom:
    first = fold(m["o"]) in (fold("पहले"), fold("शुरुआती"))
    six = fold(m["n"]) in (fold("छह"), fold("छः"), "6")
    part = ("H1" if first else "H2") if six else ("Q1" if first else "Q4")
    rel = _rel(m["rel"])
    return atom(m, TimeSpec(part=part, rel=("Y", 0 if rel is None else rel)), "hi.first_months", "date")


def _position(m: re.Match[str]) -> Atom:
    rel = _rel(m["rel"])
    mod = _lk("position", m["pos"])
    unit = _unit(m["u"])
    return atom(m, TimeSpec(rel=(unit, 0 if rel is None else rel), mod=mod), "hi.position", "date")


def _tail_position(m: re.Match[str]) -> Atom:
    return atom(m, TimeSpec(mod=_lk("position", m["pos"])), "hi.tail_position", "position", weak=2)


def _season(m: re.Match[str]) -> Atom:
    rel = _rel(m["rel"])
    part = _lk("seasons", m["s"]) or "SU"
    weak = 0 if rel is not None else (2 if fold(m["s"]) in _SINGULAR_SEASONS else 1)
    spec = TimeSpec(part=part, rel=("Y", rel) if rel is not None else None)
    return atom(m, spec, "hi.season", "part", weak=weak)


def _holiday(m: re.Match[str]) -> Atom:
    month, day = (int(x) for x in (_lk("holidays", m["h"]) or "01-01").split("-"))
    return atom(m, TimeSpec(month=month, day=day, needs_tense=True), "hi.holiday", "date")


_PAPERS = r"(?:जागरण|भास्कर|हिन्दुस्तान|हिंदुस्तान|ट्रिब्यून|सवेरा|नवज्योति|पायनियर|राष्ट्रीय\s+सहारा)"


@cache
def rules() -> list[Rule]:
    """The Hindi rules, compiled once per process, most specific first."""
    p = _p()
    post = r"(?=\s*(?:में|से|तक|का|की|के|को|,|।|\.|\)|\n|$))(?!\s*से\s+(?:ज्यादा|ज़्यादा|अधिक|कम|ऊपर))"
    table: list[tuple[str, str, object]] = [
        ("day_range", rf"{LB}(?P<d>{p['DAY']})\s*(?:से|-|–)\s*(?P<d2>{p['DAY']})\s+(?P<m>{p['MONTH']})"
                      rf"(?:\s*,?\s*(?P<y>{p['YEAR']}))?{RB}", _date),
        ("dmy", rf"{LB}(?P<d>{p['DAY']})\s*(?P<m>{p['MONTH']})(?:\s*,?\s*(?P<y>{p['YEAR']}))?{RB}", _date),
        ("mdy", rf"{LB}(?P<m>{p['MONTH']})\s+(?P<d>{p['DAY']}),\s*(?P<y>{p['YEAR']}){RB}", _date),
        ("my", rf"{LB}(?P<m>{p['MONTH']})(?:\s+{p['MONTHKW']})?\s*,?\s*(?P<y>{p['YEAR']}){RB}", _date),
        ("month", rf"{LB}(?P<m>{p['MONTH']})(?P<mw>\s+{p['MONTHKW']})?{RB}", _date),
        ("numeric", rf"{LB}(?P<d>{p['DAY']})[/.\-](?P<mo>{_DIG}{{1,2}})[/.\-](?P<y>{p['YEAR']}|{_DIG}{{2}}){RB}",
         _date),
        ("iso", rf"{LB}(?P<y>{p['YEAR']})-(?P<mo>{_DIG}{{2}})-(?P<d>{_DIG}{{2}}){RB}", _date),
        ("year_range", rf"{LB}(?:{p['YEARKW']}\s+)?(?P<y1>{p['YEAR']})\s*[-–—]\s*(?P<y2>{p['YEAR']}|{_DIG}{{2}}){RB}",
         _year_range),
        ("decade", rf"{LB}(?P<y>{p['YEAR']}|{_DIG}{{2}})\s*(?:के|का)\s+दशक{RB}", _decade),
        ("century", rf"{LB}(?P<c>{_DIG}{{1,2}})\s*(?:वीं|वी)\s+(?:सदी|शताब्दी){RB}", _century),
        ("year_kw", rf"{LB}{p['YEARKW']}\s+(?P<y>{p['YEAR']}){RB}", _year),
        # "कुल 1992 ... मरीज" (1,992 in all) is a count, not a year.
        ("year", rf"{LB}(?<![.,:/\-])(?<!कुल\s)(?P<y>{p['BAREYEAR']}){RB}{post}", _year),
        # A recent year before a noun ("2012 विधानसभा चुनाव", "लंदन ओलिंपिक 2012"), unless the noun counts
        # things (2000 लोग, 2012 रुपये).
        ("year_noun", rf"{LB}(?<![.,:/])(?<!कुल\s)(?P<y>(?:19[5-9]|20[0-3]|१९[५-९]|२०[०-३]){_DIG}){RB}"
                      rf"(?![.,:/]?{_DIG})"
                      rf"(?!\s*{p['COUNTED']})", _year),
        ("tareekh", rf"{LB}(?P<d>{p['DAY']})\s+तारीख{RB}", _tareekh),
        ("weekday", rf"{LB}(?:(?P<rel>{p['REL']})\s+)?(?P<w>{p['WEEKDAY']}){RB}", _weekday),
        # Not the reduplicated sound word "कल-कल" (the murmur of water).
        ("deictic", rf"{LB}(?<!-)(?<!-\s)(?P<w>आज|कल|परसों){RB}(?!\s?-)", _deictic),
        ("clock", rf"{LB}(?:(?P<fp>साढ़े|सवा|पौने)\s+)?(?P<h>{p['HOUR']})(?:[:.](?P<mi>{_DIG}{{2}}))?\s*"
                  rf"बज(?:े|कर)(?:\s*(?P<mi2>{_DIG}{{1,2}}|{p['HOUR']})\s+मिनट)?{RB}", _clock),
        # "बीती रात छापा मारा" (tx1's corpus probe: the day files write बीती/पिछली रात, बीती शाम)
        ("last_pod", rf"{LB}(?:बीती|बीते|पिछली|पिछले|गत)\s+(?P<p>रात|रात्रि|शाम|सुबह|दोपहर){RB}", _last_pod),
        # the first day of "21 और 22 मार्च को" takes the month of the second (10 such pairs in the
        # corpus day files; tx1's corpus probe); not after a comma, which lists counts as well
        ("day_and", rf"{LB}(?P<d>{p['DAY']})(?=\s*(?:और|व|एवं|तथा)\s*{p['DAY']}\s+(?P<m>{p['MONTH']}){RB})",
         _date),
        # "सुबह 7 से 11 बजे तक" (8 times in the corpus day files; tx1 probe sentences)
        ("clock_range", rf"{LB}(?:(?P<p>{p['POD']})\s+)?(?P<h>{p['HOUR']})\s*(?:से|-|–)\s*(?P<h2>{p['HOUR']})\s*"
                        rf"बज(?:े|कर){RB}", _clock_range),
        ("pod_clock", rf"{LB}(?P<p>{p['POD']})\s+(?:(?:करीब|लगभग|तकरीबन)\s+)?(?P<h>{_DIG}{{1,2}})[.:]"
                      rf"(?P<mi>{_DIG}{{2}}){RB}(?!\s*(?:बज|[-–]|लाख|करोड़|रुपये|रुपए|प्रतिशत|फीसदी))", _pod_clock),
        ("pod", rf"{LB}(?P<p>{p['POD']}){RB}", _pod),
        ("rel_unit", rf"{LB}(?P<rel>{p['REL']})\s+(?:(?P<n>{p['NUM']})\s+|(?P<f>{p['FUZZY']})\s+)?"
                     rf"(?P<u>{p['UNIT']}){RB}", _rel_unit),
        ("ago", rf"{LB}(?:(?P<n>{p['NUM']})|(?P<f>{p['FUZZY']}))\s+(?P<u>{p['UNIT']})\s+"
                rf"(?P<dir>पहले|पूर्व|बाद|पश्चात){RB}", _ago),
        ("plural_vague", rf"{LB}(?P<u>{p['PLURAL']})(?=\s+(?P<after>से|तक|पहले|बाद|पुराने|पुराना|पुरानी){RB})",
         _plural_vague),
        ("long_time", rf"{LB}(?:पिछले\s+)?(?P<q>लंबे|लम्बे|काफी|कुछ|थोड़े)\s+(?P<t>समय|अरसे|अर्से)"
                      rf"(?:\s+(?P<dir>पहले|बाद))?{RB}", _long_time),
        ("this_time", rf"{LB}(?P<d>इस|इसी|उस|उसी)\s+समय{RB}", _this_time),
        ("that_day", rf"{LB}(?:उस|उसी|इसी)\s+दिन{RB}", _that_day),
        ("duration", rf"{LB}(?:(?P<n>{p['NUM']})|(?P<f>{p['FUZZY']}))(?:\s*(?:[-–]|से)\s*(?P<n2>{p['NUM']}))?\s+"
                     rf"(?P<u>{p['UNIT']}){RB}", _duration),
        ("whole", rf"{LB}(?P<u>साल|दिन|महीने|हफ्ते|सप्ताह)\s*भर{RB}", _whole),
        ("set_every", rf"{LB}{p['EVERY']}\s+(?:(?P<n>{p['NUM']})\s+)?(?:(?P<u>{p['UNIT']})|(?P<w>{p['WEEKDAY']})|(?P<p>{p['POD']})(?!\s+{p['HOUR']}\s*बज)){RB}",
         _set_every),
        # Not the newspaper names "दैनिक जागरण", "दैनिक भास्कर", "दैनिक ‘हिन्दुस्तान’" (a Dainik Jagran
        # byline on tx1's hand set A; 27 of the 121 "दैनिक" of the corpus day files are such names),
        # nor "मासिक धर्म" (menstruation; a corpus health article, tx1's sample of tagged spans).
        ("set_word", rf"{LB}(?P<s>{p['SETS']}){RB}(?!\s*['‘\"]?\s*{_PAPERS})(?!\s+धर्म)", _set_word),
        ("ref", rf"{LB}(?P<r>{p['REFS']}){RB}", _ref),
        ("part", rf"{LB}(?:(?P<rel>{p['REL']})\s+)?(?:(?:साल|वर्ष)\s+(?:की|के)\s+)?(?P<o>{p['ORD']})\s+"
                 rf"(?P<pu>छमाही|तिमाही){RB}", _half),
        ("first_months", rf"{LB}(?:(?P<rel>{p['REL']})\s+)?(?:साल|वर्ष)\s+(?:के|की)\s+"
                         rf"(?P<o>पहले|शुरुआती|आखिरी|आख़िरी|अंतिम)\s+(?P<n>छह|छः|6|तीन|3)\s+महीनों{RB}",
         _first_months),
        ("position", rf"{LB}(?:(?P<rel>{p['REL']})\s+)?(?P<u>साल|वर्ष|महीने|माह|हफ्ते|सप्ताह)\s+(?:के|की)\s+"
                     rf"(?P<pos>{p['POS']}){RB}", _position),
        ("tail_position", rf"{LB}(?:के|की)\s+(?P<pos>{p['POS']}){RB}", _tail_position),
        ("season", rf"{LB}(?:(?P<rel>{p['REL']})\s+)?(?P<s>{p['SEASON']}){RB}", _season),
        ("holiday", rf"{LB}(?P<h>{p['HOLIDAY']}){RB}", _holiday),
        ("festival", rf"{LB}{p['FESTIVAL']}{RB}", _festival),
    ]
    gates = _triggers()
    return [Rule(f"hi.{name}", re.compile(regex), read, gates[_TRIGGER_OF[name]])  # type: ignore[arg-type]
            for name, regex, read in table]


# Which trigger gates each rule (see ``grammar.Rule``): a piece every match of the rule contains,
# written with the very sub-pattern the rule uses, so a sentence where the trigger finds nothing
# cannot hold a match. Every rule starts with a lookbehind, which keeps ``re`` from skipping ahead
# to a possible first character, so each rule costs a full try at every position of a sentence;
# a trigger is a plain alternation that ``re`` skips through, and rules sharing one are gated by
# one search. On the corpus most sentences hold no month, weekday or unit word, and the time
# stage took a third of the CPU it took with every rule run over every sentence.
_TRIGGER_OF = {
    "day_range": "MONTH", "dmy": "MONTH", "mdy": "MONTH", "my": "MONTH", "month": "MONTH",
    "numeric": "NUMERIC", "iso": "RANGE", "year_range": "RANGE", "decade": "दशक",
    "century": "CENTURY", "year_kw": "YEARKW", "year": "BAREYEAR", "year_noun": "RECENT_YEAR",
    "tareekh": "तारीख", "weekday": "WEEKDAY", "deictic": "DEICTIC", "clock": "बज", "clock_range": "बज",
    "last_pod": "POD", "day_and": "MONTH", "pod": "POD",
    # "सुबह 10.30", "शाम 7:15": the clock digits, not the part of day (round sc39: of the 5,676
    # sentences of scale.py --days 16, 325 hold a part-of-day word and 63 these digits; the rule
    # ran over each of the 325, a tenth of the time stage's rule time, for no match)
    "pod_clock": "CLOCK_DIGITS",
    "rel_unit": "UNIT", "ago": "DIR", "plural_vague": "PLURAL", "long_time": "TIME_WORD",
    "this_time": "TIME_WORD", "that_day": "THAT_DAY", "duration": "UNIT", "whole": "भर", "set_every": "EVERY",
    "set_word": "SETS", "ref": "REFS", "part": "PART", "first_months": "महीनों",
    "position": "POS", "tail_position": "POS", "season": "SEASON", "holiday": "HOLIDAY",
    "festival": "FESTIVAL",
}


@cache
def _triggers() -> dict[str, re.Pattern[str]]:
    """The compiled triggers of :data:`_TRIGGER_OF`, one object per trigger (shared by its rules)."""
    p = _p()
    pieces = {**p, "DEICTIC": "आज|कल|परसों", "DIR": "पहले|पूर्व|बाद|पश्चात",
              "TIME_WORD": "समय|अरसे|अर्से", "PART": "छमाही|तिमाही", "CENTURY": "सदी|शताब्दी",
              "NUMERIC": rf"{_DIG}[/.\-]{_DIG}", "CLOCK_DIGITS": rf"{_DIG}[.:]{_DIG}",
              # "उस दिन" itself, not any unit word (round sc39: the rule ran over 670 of the 5,676
              # sentences of scale.py --days 16 for 3 matches)
              "THAT_DAY": r"उसी?\s+दिन|इसी\s+दिन", "RANGE": rf"{_DIG}\s*[-–—]\s*{_DIG}",
              "RECENT_YEAR": rf"(?:19[5-9]|20[0-3]|१९[५-९]|२०[०-३]){_DIG}"}
    return {name: re.compile(pieces.get(name, name)) for name in sorted(set(_TRIGGER_OF.values()))}
