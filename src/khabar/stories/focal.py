"""Focal terms: one day's developing story told through acts that share only a name.

A live blog files a congregation's evacuation, the FIR against its cleric, the nationwide checks
and leaders' statements about it as separate items of a few lines each; they share no topic
words but the congregation's name, so the text channel keeps them apart, while a state's own
count of attendees, which names the congregation too, is a story of its own (the COVID day-1
gold's granularity). This module reads what the focal channel of
:mod:`khabar.stories.cluster` compares:

* focal terms (:func:`focal_terms`): rare terms of the headline and lead (the background
  document frequency of :func:`~.features.background_df` at most :data:`FOCAL_DF`), kept three
  ways on the signature: those of the lead, those of the headline, those inside a name the
  entities stage found;
* own places (:func:`own_places`): the places a report is about, which tell the state's count
  from the congregation's story;

* running tallies (:func:`tally_keys`): the count a report leads with, as a measure (cases,
  deaths, tests) and the place it is counted in ("देश में मृतक संख्या 38", "भारत में 2000 के करीब
  पहुंचा संक्रमितों का आंकड़ा"): two outlets' reports of the day's national count share no rare
  term, but they report one number of one place;

and decides when two sides share a focus (:func:`focal_shared`). Incident reports are left to
their event signature. A story spanning days forgets its focal terms and tallies
(:func:`forget_focal`): a running tally is one story per day, not one per measure forever.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from ..model import Article, Mention
from .features import background_df, content_terms, normalise

if TYPE_CHECKING:
    from .signature import Signature
    from .state import Member, Story

# A focal term (see focal_shared) is a term of the headline or lead that at most this many of the
# background's 3,739 Hindi news articles use: a name of its own (a congregation, its leader, a
# quarter), not an everyday word. Tuned on COVID day 1 (tests/data/stories/hindi-covid-2020-04-01,
# focal weight 0.5, B-cubed / pairwise F1): 50-80 -> 0.845 / 0.320 (no change: "मरकज" is in 91
# articles), 100-200 -> 0.911 / 0.765. Within that plateau the lowest was chosen with day 2's ten
# one-at-a-time orders in view (day 2 is otherwise the held-out check): at 150 an army chief's
# headline word "प्रमुख" (115) drew a foreign report into a defence-lab story in some orders
# (mean B-cubed 0.919 vs 0.934 at 100). The COVID background makes everyday words of other news
# look rare ("रक्षा" 21): the country and place checks, the headline, and the names of the
# entities stage keep most of those from joining.
FOCAL_DF = 100
# A place the headline names that is followed, within this many characters of "के", by a named
# person is that person's affiliation ("आंध्र प्रदेश के डेप्युटी सीएम अमजद बाशा"), not a place the
# report is about. Not tuned: a title of two or three words.
AFFILIATION_CHARS = 30
# A count and its measure word must lie this close (characters, within one clause): "59 की मौत",
# "मृतक संख्या 38", "मामलों की संख्या बुधवार को 1637". Not tuned: the widest of these phrasings
# on COVID day 1 (tests/data/stories/hindi-covid-2020-04-01.yaml) with a few characters to spare.
TALLY_WINDOW = 30
# What "देश" (the country) means in a report that names no other country in its lead: the
# corpus's outlets are Indian, and their domestic news counts India's cases as "देश में".
HOME_COUNTRY = "kb:country/IN"
# Measure words of a running tally, normalised (features.normalise: no nukta), by measure.
_MEASURES: dict[str, str] = {
    **dict.fromkeys(
        """मामले मामलों मामला केस केसों संक्रमित संक्रमितों पॉजिटिव पाजिटिव पीडित पीडितों मरीज
        मरीजों""".split(),  # noqa: SIM905 (a word list reads as words)
        "cases",
    ),
    **dict.fromkeys("मौत मौतें मौतों मृतक मृतकों मृत्यु".split(), "deaths"),  # noqa: SIM905
    **dict.fromkeys("टेस्ट सैंपल सैंपलों नमूने नमूनों".split(), "tests"),  # noqa: SIM905
}
# ... and the phrase of the death toll ("मरने वालों की संख्या 3452"), two words.
_DIED = re.compile(r"(?<![\u0900-\u097F])मरने\s+वाल(?:ों|े)(?![\u0900-\u097F])")
_CLAUSE = re.compile(r"[^।|?!\n]+?(?:[।|?!\n]|\.(?=\s|$)|$)")
_COUNT = re.compile(r"(?<![0-9\u0966-\u096F.,])[0-9\u0966-\u096F][0-9\u0966-\u096F,]*")
_HOME = re.compile(r"(?<![\u0900-\u097F])देश(?:भर)?\s+में(?![\u0900-\u097F])")
_TERM = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0966-\u097F])+")
_DIGITS = {0x0966 + i: str(i) for i in range(10)}
_AT_PLACE = re.compile(r"\s+में(?![\u0900-\u097F])")
_OF_PLACE = re.compile(r"\s+के\s")


def focal_terms(
    article: Article,
    lead_end: int,
    evidence: dict[str, tuple[int, int]],
    own: list[Mention],
    *,
    named: bool = False,
) -> frozenset[str]:
    """The rare terms (:data:`FOCAL_DF`) of the headline and lead, as stems, with their offsets;
    the words of the report's own places (:func:`own_places`) are left to the place check.
    ``named``: only the words of a name the entities stage found (a person, a place, a body)."""
    df = background_df()[1]
    # Which offsets of the lead a mention covers, marked once: asking each mention about each
    # term of the lead was 60% of this function (round sc37, issue 16: 530k generator steps
    # over the 420 articles of scale.py --days 16, three calls an article).
    mine = _covered(own, lead_end)
    names = _covered([m for m in article.mentions if m.kind == "name"], lead_end) if named else b""
    out: set[str] = set()
    for found in _TERM.finditer(article.text, 0, lead_end):
        at = found.start()
        if mine[at] or (named and not names[at]):
            continue
        term = _rare_stem(found.group())
        if term is None or df.get(term, 0) > FOCAL_DF:
            continue
        out.add(term)
        evidence.setdefault(f"focal {term}", found.span())
    return frozenset(out)


def _covered(mentions: list[Mention], end: int) -> bytearray:
    """One byte per offset before ``end``: 1 where a mention of ``mentions`` covers it
    (``m.start <= offset < m.end``), else 0."""
    marks = bytearray(max(end, 0))
    for m in mentions:
        start, stop = max(m.start, 0), min(m.end, end)
        if start < stop:
            marks[start:stop] = b"\x01" * (stop - start)
    return marks


@functools.lru_cache(maxsize=1 << 16)
def _rare_stem(word: str) -> str | None:
    """The one stem a word of the lead stands for, or ``None`` (a stopword, a fragment, a
    number). Cached: :func:`focal_terms` reads the lead three times per article and the same
    words recur across articles (stemming every word was a third of the story preparation's
    time, cProfile of ``benchmarks/growth.py``); the size bounds memory, not tuned."""
    terms = content_terms(word)
    # a stem of one or two letters is a fragment (a glued postposition), not a name
    if len(terms) != 1 or len(terms[0]) < 3 or terms[0].isdigit():
        return None
    return terms[0]


@functools.lru_cache(maxsize=1 << 16)
def _measure(word: str) -> str | None:
    """The tally measure a word names (:data:`_MEASURES`), or ``None``; cached as
    :func:`_rare_stem` is."""
    return _MEASURES.get(normalise(word))


def tally_keys(
    article: Article,
    lead_end: int,
    places: list[Mention],
    head: tuple[int, frozenset[str]],
    lead_countries: frozenset[str],
    evidence: dict[str, tuple[int, int]],
) -> frozenset[str]:
    """The running tally a report leads with, as ``measure@place`` keys: the first clause of
    the headline and lead that writes a count within :data:`TALLY_WINDOW` of a measure word,
    each count placed in the nearest place said to be where it happened ("X में"; "देश में" is
    the home country) before it in the clause, else after it. Only the first such clause
    counts: a state's report that quotes the national figure further down is the state's
    tally, and a count with no place (a hospital's, a congregation's) is no running tally.
    ``head``: where the headline ends and the places it names; a headline that names places
    says where the report's count is ("पुणे में ... तीन लोगों की मौत" is Pune's, whatever
    national figure its lead writes first)."""
    text = article.text
    head_end, head_places = head
    home = HOME_COUNTRY if not lead_countries or HOME_COUNTRY in lead_countries else None
    if home is None and len(lead_countries) == 1:
        home = next(iter(lead_countries))
    for clause in _CLAUSE.finditer(text, 0, lead_end):
        start, end = clause.span()
        anchors = sorted(
            [(m.start, m.entity_id) for m in places
             if start <= m.start < end and m.entity_id and _AT_PLACE.match(text, m.end)]
            + ([(h.start(), home) for h in _HOME.finditer(text, start, end)] if home else [])
        )  # fmt: skip
        keys: dict[str, tuple[int, int]] = {}
        words = [
            (w.span(), _measure(w.group()))
            for w in _TERM.finditer(text, start, end)
        ]
        words += [(w.span(), "deaths") for w in _DIED.finditer(text, start, end)]
        for (w_start, w_end), measure in sorted(words):
            if measure is None or not _counted(text, max(start, w_start - TALLY_WINDOW),
                                               min(end, w_end + TALLY_WINDOW)):  # fmt: skip
                continue
            before = [p for at, p in anchors if at < w_start]
            after = [p for at, p in anchors if at > w_start]
            place = before[-1] if before else after[0] if after else None
            if place and (not head_places or place in head_places or start < head_end):
                keys.setdefault(f"{measure}@{place}", (w_start, w_end))
        if keys:
            for key, span in keys.items():
                evidence.setdefault(f"tally {key}", span)
            return frozenset(keys)
    return frozenset()


def _counted(text: str, start: int, end: int) -> bool:
    """A count written in digits between ``start`` and ``end`` (a year is no count)."""
    for found in _COUNT.finditer(text, start, end):
        value = found.group().translate(_DIGITS).replace(",", "")
        if value and not (len(value) == 4 and value[:2] in ("19", "20")):
            return True
    return False


def own_places(
    article: Article, lead_end: int, head_end: int, places: list[Mention]
) -> list[Mention]:
    """The mentions of the places a report is about: those its headline names (not a named
    person's affiliation) and those its lead says something happened in ("पुणे में"). ``places``:
    the report's linked place names."""
    persons = [m.start for m in article.mentions if m.type == "PERSON"]
    out = []
    for m in places:
        if m.start >= lead_end:
            continue
        if _AT_PLACE.match(article.text, m.end):
            out.append(m)
        elif m.start < head_end:
            of = _OF_PLACE.match(article.text, m.end)
            if not (of and any(0 <= p - of.end() <= AFFILIATION_CHARS for p in persons)):
                out.append(m)
    return out


def focal_shared(a: Signature, b: Signature) -> frozenset[str]:
    """The focal terms two reports (or a report and a story) share when they may be one
    developing story told through several acts: a day's evacuation, FIR, tracing and leaders'
    statements about one congregation share no words but its name. Incident reports have their
    own signature (a second flood is another flood, however rare its district's name), so only
    other news counts; and a report about a place of its own (a state's count of attendees) is
    its own story unless the other side is about that place too. A shared term counts when one
    side's headline has it, or when it is part of a name (the entities stage's) in both leads:
    a word two leads merely share is too often an everyday word the COVID background lacks."""
    if a.types or b.types:
        return frozenset()
    if a.lead_countries and b.lead_countries and not (a.lead_countries & b.lead_countries):
        return frozenset()  # a word in common across two countries' news is no focus
    # one day's count of one measure in one place is one running tally, however the reports
    # word it ("देश में" on one side, "भारत में" on the other: a place of its own on one only)
    tallies = frozenset(f"tally:{k}" for k in a.tallies & b.tallies)
    if (a.own_places or b.own_places) and not (a.own_places & b.own_places):
        return tallies
    terms = (a.head_focal & b.focal) | (a.focal & b.head_focal) | (a.named_focal & b.named_focal)
    return terms | tallies


def forget_focal(story: Story) -> None:
    """The focal channel joins one day's reports only: a story spanning days has no use for its
    focal terms and tallies, which would grow with every member (and its index keys with them)."""
    if story.first != story.last and (story.signature.focal or story.signature.tallies):
        story.signature = dataclasses.replace(
            story.signature, focal=frozenset(), head_focal=frozenset(), named_focal=frozenset(),
            tallies=frozenset(),
        )  # fmt: skip


def focal_pair(a: Member, b: Member) -> bool:
    """Two members of one day's developing story (the focal channel's bond), which a split
    must not cut however few words they share. A member reloaded from the store has no
    signature to judge by: it keeps its bonds of that day (it may have joined by one)."""
    if a.date is None or a.date != b.date:
        return False
    if a.signature is None or b.signature is None:
        return True
    return bool(focal_shared(a.signature, b.signature))
