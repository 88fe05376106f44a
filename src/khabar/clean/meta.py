"""Metadata read off page text: crawl header, byline, wire credit, dateline.

Each parser takes plain text and returns offsets as well as values, so the stage can cut a header
or a trailing credit out of a block's span and record where every field came from. Time zones
are resolved to UTC offsets (IST -> +05:30); a byline without a zone keeps a naive time rather
than guessing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import (
    BYLINE_DATETIME,
    HINDI_STOPWORDS,
    MONTHS,
    OUTLET_ALIASES,
    OUTLET_IN_TEXT,
    WIRES,
    ZONES,
)

# Seed/crawl header: " date 2026-02-04 <rest>" on line 1.
HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*")
# A topic label closing with a colon at the start of the header rest: "Xi Jinping: ...".
_TOPIC = re.compile(r"^[ \t]*([^:।.\n]{1,40}?)[ \t]*:[ \t]+(?=\S)")
_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))
# Closing credit: "(ANI)", "(इनपुट: भाषा)", "- PTI", "—आईएएनएस", or a bare credit after a
# sentence end ("... की। भाषा"): bare only after punctuation, since भाषा is also a common word.
_WIRE_SUFFIX = re.compile(
    r"(?:\s*\(\s*(?:(?:इनपुट|input|with\s+inputs\s+from)\s*[:-]?\s*)?(?P<a>" + _WIRE_ALT
    + r")\s*\)|\s*[-–—]\s*(?P<b>" + _WIRE_ALT + r")|(?<=[।.?!])\s*(?P<c>" + _WIRE_ALT
    + r"))\s*$",
    re.IGNORECASE,
)
# Devanagari letters with the zero-width joiners some outlets put inside a conjunct (दिल्‍ली).
_DEVA_WORD = r"[\u0900-\u097F\u200c\u200d]+"
# "बरेली :", "नई दिल्ली, एजेंसी ।", "नयी दिल्ली (भाषा)", "पटना, 4 फरवरी :", "शाहजहांपुर ।"
_DATELINE = re.compile(
    r"(?P<place>" + _DEVA_WORD + r"(?:[ \t]+" + _DEVA_WORD + r"){0,2})[ \t]*"
    r"(?:[,(][ \t]*(?P<wire>" + _WIRE_ALT + r"|\d{1,2}[ \t]+" + _DEVA_WORD + r")[ \t]*\)?[ \t]*)?"
    r"(?P<sep>[:।]|(?<=\))|,(?=[ \t]*\S))[ \t]*"
)
# Places that open a paragraph with a bare comma ("नई दिल्ली, ...") often enough to trust: a
# comma alone also follows discourse words ("दरअसल, ..."), so other places need ":" / "।" / agency.
_COMMA_DATELINES = frozenset(
    [
        "नई दिल्ली", "नयी दिल्ली", "दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु", "हैदराबाद",
        "लखनऊ", "पटना", "भोपाल", "जयपुर", "रांची", "चंडीगढ़", "अहमदाबाद", "देहरादून", "शिमला",
        "श्रीनगर", "जम्मू", "वाराणसी", "प्रयागराज", "कानपुर", "आगरा", "मेरठ", "गोरखपुर", "इंदौर",
        "रायपुर", "वॉशिंगटन", "वाशिंगटन", "न्यूयॉर्क", "लंदन", "बीजिंग", "मॉस्को", "मास्को",
        "इस्लामाबाद", "काठमांडू", "ढाका", "कोलंबो", "टोक्यो", "पेरिस", "बर्लिन", "दुबई",
        "संयुक्त राष्ट्र", "जेनेवा",
    ]
)
_BYLINE_NOISE = re.compile(
    r"(?:updated|published|posted|edited|written|reported|last\s+updated|by|on|at|"
    r"लेखक|द्वारा|अपडेटेड|प्रकाशित|संपादित|रिपोर्ट)\s*:?|[|:•·,]",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Header:
    """The crawl header of line 1: the date, and what the rest of the line turned out to be."""

    date: str
    end: int  # offset just after the header (and topic label) where content may start
    line_end: int
    topic_label: str | None = None
    site_name: str | None = None

    @property
    def whole_line(self) -> bool:
        """True when nothing but header is on line 1 (the content starts on a later line)."""
        return self.end >= self.line_end


def parse_header(text: str, header_end: int | None = None) -> Header | None:
    """Interpret a ``date YYYY-MM-DD <rest>`` first line.

    ``rest`` is a topic label when it opens with a short ``label:`` followed by more text (the
    label is cut, the text after it is content); a site name when it is short, has no sentence
    punctuation and fills the line; otherwise content that starts right after the date.
    """
    match = HEADER.match(text)
    if not match:
        return None
    end = header_end if header_end is not None else match.end()
    nl = text.find("\n")
    line_end = len(text) if nl < 0 else nl
    rest = text[end:line_end]
    header = Header(match.group(1), end, line_end)
    topic = _TOPIC.match(rest)
    if topic and len(topic.group(1).split()) <= 5:
        header.topic_label = topic.group(1).strip()
        header.end = end + topic.end()
        return header
    words = rest.split()
    if not words:
        header.end = line_end
    elif len(words) <= 6 and not re.search(r"[।.?!]\s*$", rest.strip()):
        header.site_name = rest.strip()
        header.end = line_end
    else:
        header.end = end + (len(rest) - len(rest.lstrip()))
    return header


def canonical_outlet(name: str) -> str | None:
    """The canonical outlet for a site name or alias, or None when the name is not known."""
    return OUTLET_ALIASES.get(name.strip().casefold())


def find_outlet(text: str) -> str | None:
    """The first known outlet alias written in ``text``, as its canonical name."""
    match = OUTLET_IN_TEXT.search(text)
    return canonical_outlet(match.group(0)) if match else None


@dataclass(slots=True)
class Byline:
    published: str | None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published_as_written: str = ""


def _iso(m: re.Match[str]) -> str | None:
    mon = (m.group("mon1") or m.group("mon2") or "").lower().rstrip(".")
    day = m.group("day1") or m.group("day2")
    year = m.group("year1") or m.group("year2")
    if mon not in MONTHS or not day or not year:
        return None
    month, d = MONTHS[mon], int(day)
    if not 1 <= d <= 31:
        return None
    date = f"{int(year):04d}-{month:02d}-{d:02d}"
    if m.group("hour") is None:
        return date
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date
    zone = ZONES.get((m.group("zone") or "").upper(), "")
    return f"{date}T{hour:02d}:{minute:02d}:00{zone}"


def parse_byline(line: str) -> Byline | None:
    """Publication time, author(s) and outlet from a byline such as
    ``Feb 04, 2026 08:42 pm ISTDevendra Kasyap लाइव हिन्दुस्तान``; None when ``line`` is no byline
    (no dated time stamp, or too long to be one: 200 chars, twice the longest byline seen).
    """
    if len(line) > 200:
        return None
    m = BYLINE_DATETIME.search(line)
    if not m:
        return None
    published = _iso(m)
    if published is None:
        return None
    rest = line[: m.start()] + " " + line[m.end():]
    outlet = None
    om = OUTLET_IN_TEXT.search(rest)
    if om:
        outlet = canonical_outlet(om.group(0))
        rest = rest[: om.start()] + " " + rest[om.end():]
    authors = []
    for part in re.split(r"\s*(?:,|;|\band\b|\bऔर\b|&)\s*", _BYLINE_NOISE.sub(" ", rest)):
        name = " ".join(part.split())
        words = name.split()
        if 1 <= len(words) <= 4 and not any(w in HINDI_STOPWORDS for w in words):
            authors.append(name)
    return Byline(published, authors, outlet, m.group(0).strip())


@dataclass(slots=True)
class Wire:
    start: int  # where the credit (with its leading blank) begins; the block ends here
    name: str  # canonical
    as_written: str


# What every credit _WIRE_SUFFIX finds ends with, blanks aside: its bracket or the wire's name
# (case folding keeps a Latin name's length); the longest name, in characters.
_WIRE_END = re.compile(r"(?:\)|" + _WIRE_ALT + r")\Z", re.IGNORECASE)
_WIRE_LONGEST = max(map(len, WIRES))


def find_wire_suffix(text: str, start: int, end: int) -> Wire | None:
    """A wire credit closing ``text[start:end]`` (a paragraph), or None.

    The paragraph is searched only when its last characters before the closing blanks are a
    bracket or a wire's name (:data:`_WIRE_END`), as every credit's are: the search tries the
    credit's alternatives at every position of the paragraph, and most paragraphs end in "।"
    (round sc53, issue 16: 5% of the clean stage on ``benchmarks/scale.py --days 16``)."""
    stop = start + len(text[start:end].rstrip())
    if not _WIRE_END.search(text, max(start, stop - _WIRE_LONGEST), stop):
        return None
    m = _WIRE_SUFFIX.search(text, start, end)
    if not m or m.end() != end:
        return None
    word = m.group("a") or m.group("b") or m.group("c")
    canon = next((v for k, v in WIRES.items() if k.casefold() == word.casefold()), word)
    return Wire(m.start(), canon, text[m.start():end].strip())


@dataclass(slots=True)
class Dateline:
    place: str
    start: int
    end: int  # just after the separator
    wire: str | None = None


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline opening the paragraph ``text[start:end]``: ``नई दिल्ली, एजेंसी ।``, ``बरेली :``.

    A bare comma ends a dateline only when an agency or a date follows or the place is a common
    dateline city; stop words and discourse words are never places (``वहीं, ...``).
    """
    m = _DATELINE.match(text, start, end)
    if not m:
        return None
    place = m.group("place")
    words = place.split()
    if any(w in HINDI_STOPWORDS for w in words) or place in ("वहीं", "इधर", "उधर", "हालांकि"):
        return None
    wire = m.group("wire")
    plain = " ".join(words).replace("\u200d", "").replace("\u200c", "")
    if m.group("sep") == "," and not wire and plain not in _COMMA_DATELINES:
        return None
    canon = None
    if wire:
        canon = next((v for k, v in WIRES.items() if k.casefold() == wire.casefold()), None)
    return Dateline(place, m.start(), m.end(), canon)
