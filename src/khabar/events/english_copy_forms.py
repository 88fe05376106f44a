"""Forms of English news copy that shorthand, chronologies and explainers use (round en19).

Round en19 (issue 13) wrote the seeds' story blind as a question-and-answer explainer, a weekly
round-up, a dated chronology and a radio script. What they lost came in general forms of the
language. The first is read on a sentence's triggers (``released_information``), the others on
the events ``extract_english`` made (``copy_forms``), their evidence offsets kept:

* "released a statement / few details / the names": information made public, no one freed (a
  RETREAT release sense; 43 such objects after "releas-" in 40 of the 4,500 NGEC synthetic
  stories);
* "the Modi-Kishida video call": two named people joined by a hyphen before a reciprocal act
  are its two participants (the act kept only the name next to it);
* "Modi visit to Tokyo expected", "Modi's visit to Tokyo is expected": a trip noun whose clause
  ends in a plan word is a visit not yet made (PLOVER codes it AGREE), not a visit that happened;
* "November 2026 - G20 summit in Berlin. Macron to attend.": a chronology entry's date label
  dates the entry's undated acts (a plan only when the entry lies after the report's date);
* "later this year, in November": a month set off after a year is that year's month (the
  month alone was read as the last November, and the act kept the bare year).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Article, Event
from .clause import date_part

# Nouns of information a body makes public ("released a statement", "released the names of the
# dead"): counted in the NGEC synthetic stories, the object noun right after "releas-" or after
# up to two closed-class words: statement 14, report 6, names 6, video 4, details 3, documents 4,
# list 2, and others once or twice (43 in 40 stories; 27 of them the sentence's act)
_INFORMATION = frozenset({
    "statement", "statements", "details", "detail", "report", "reports", "names", "video",
    "videos", "footage", "list", "document", "documents", "figures", "data", "information",
    "findings", "results", "photos", "photographs", "images", "pictures", "transcript",
    "readout", "communique", "text", "record", "records", "recording", "guidelines", "update",
})
# closed-class words that may stand between the verb and its object noun
_OBJECT_WORDS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "few", "no", "new", "more", "further",
    "additional", "any", "little", "official", "joint", "written", "brief", "detailed", "short",
    "some", "several", "full", "final", "first", "preliminary",
})
_RELEASE_VERBS = frozenset({"release", "releases", "released", "releasing"})


def released_information(toks: list[tuple[int, int, str]], trig: Any, first: int,
                         last: int) -> bool:
    """Whether a RETREAT trigger at tokens ``first``..``last`` is "released" with information
    as its object ("released few details"): nothing and no one is freed there."""
    if trig.type != "RETREAT" or first != last or toks[first][2].lower() not in _RELEASE_VERBS:
        return False
    k = last + 1
    while k < len(toks) and k <= last + 2 and toks[k][2].lower() in _OBJECT_WORDS:
        k += 1
    return k < len(toks) and toks[k][2].lower() in _INFORMATION


# Reciprocal acts whose participants a hyphenated pair of names can give (english._RECIPROCAL).
_PAIR_MODES = frozenset({"discuss", "phone", "video_call", "meeting"})
# between the pair and the act: at most one word ("the Modi-Kishida video call", "phone talks")
_PAIR_GAP = re.compile(r"\s+(?:[A-Za-z]+\s+)?$")
_PERSON = ("kb:person/", "name:person:")


def _hyphen_pair(article: Article, ev: Event) -> list[str] | None:
    """The two people of "<Name>-<Name> <act>" right before ``ev``'s trigger, when the act has
    only one of them as its source."""
    if ev.type != "CONSULT" or ev.mode not in _PAIR_MODES or len(ev.source) != 1:
        return None
    people = sorted((m for m in article.mentions if m.type == "PERSON" and m.end <= ev.trigger_start
                     and (m.entity_id or "").startswith(_PERSON)), key=lambda m: m.start)
    if len(people) < 2:
        return None
    one, two = people[-2], people[-1]
    gap = article.text[two.end : ev.trigger_start] + " "
    if (article.text[one.end : two.start] != "-" or one.entity_id == two.entity_id
            or not _PAIR_GAP.fullmatch(" " + gap.lstrip())
            or ev.source[0] not in {one.entity_id, two.entity_id}):
        return None
    return [one.entity_id or "", two.entity_id or ""]


_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour"})
_PLAN_END = {"expected": "expected", "planned": "planned", "scheduled": "planned"}
# the rest of the trip noun's clause: a place or date phrase, an optional "be", the plan word,
# then the clause's end ("Modi visit to Tokyo expected.", "... is expected in April.")
_PLANNED_TAIL = re.compile(
    r"(?:\s+(?:to|in|for|on|next)\b[^,;.!?]{0,60}?)?\s+(?:(?:is|was|are|were|now|still)\s+)?"
    r"(expected|planned|scheduled)(?:\s+(?:in|for|on|next|later)\b[^,;.!?]{0,30})?\s*(?:[.;!?]|$)")


def _planned_noun(article: Article, ev: Event) -> str | None:
    """The modality of a trip noun told with a plan word at its clause's end, or None."""
    if ev.mode != "visit" or ev.modality != "happened" or ev.trigger.lower() not in _TRIP_NOUNS:
        return None
    m = _PLANNED_TAIL.match(article.text, ev.trigger_end, ev.evidence_end)
    return _PLAN_END[m.group(1)] if m else None


def _ahead(date: str | None, basis: str | None, dct: str | None) -> str | None:
    """A plan's month read in the past ("April", written in March) is next year's month; a
    month written with its year stays."""
    if date and len(date) == 7 and dct and date < dct[:7] and not re.search(r"\d{4}", basis or ""):
        return str(int(date[:4]) + 1) + date[4:]
    return date


_LABEL_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _entry_label(article: Article, ev: Event) -> Any | None:
    """The date label opening the paragraph of ``ev`` ("Feb. 4, 2026 - ..."), or None."""
    block = next((b for b in article.blocks if b.start <= ev.evidence_start < b.end), None)
    if block is None:
        return None
    label = next((t for t in article.timexes if t.start == block.start and t.type == "DATE"
                  and date_part(t.value)), None)
    if label is None or not _LABEL_DASH.match(article.text, label.end):
        return None
    return label


_SET_OFF = re.compile(r",\s*(?:in\s+)?")
_MONTH_VALUE = re.compile(r"\d{4}-(\d{2})")


def _month_of_year(article: Article, ev: Event) -> str | None:
    """The month set off after the year an act is dated by ("later this year, in November"),
    in that year; None when the sentence has no such month."""
    if not ev.date or len(ev.date) != 4:
        return None
    for year in (t for t in article.timexes if ev.evidence_start <= t.start < ev.evidence_end
                 and date_part(t.value) == ev.date):
        month = next((t for t in article.timexes if t.start > year.end
                      and _SET_OFF.fullmatch(article.text, year.end, t.start)), None)
        value = _MONTH_VALUE.fullmatch(date_part(month.value) or "") if month else None
        if value:
            return f"{ev.date}-{value.group(1)}"
    return None


def copy_forms(article: Article, events: list[Event]) -> list[Event]:
    """``events`` with the participants, plans and dates the forms above give."""
    out = []
    for ev in events:
        if (pair := _hyphen_pair(article, ev)) is not None:
            ev = replace(ev, source=pair)
        if (modality := _planned_noun(article, ev)) is not None:
            ev = replace(ev, type="AGREE", modality=modality,  # PLOVER: a future visit is AGREE
                         date=_ahead(ev.date, ev.date_basis, article.dct))
        if ev.date is None and (label := _entry_label(article, ev)) is not None and (
            ev.modality == "happened" or article.dct and date_part(label.value) > article.dct[:10]
        ):
            ev = replace(ev, date=date_part(label.value), date_basis=f"entry label: {label.text}")
        if (month := _month_of_year(article, ev)) is not None:
            ev = replace(ev, date=month, date_basis=f"{ev.date_basis}, set-off month")
        out.append(ev)
    return out
