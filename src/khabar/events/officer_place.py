"""The district a district's officer acts for, when the actor code of the source holds none.

Why a module of its own: :func:`khabar.events.naming.name_actors` names a target in the
jurisdiction of its source's actor code, and a person the KB does not know ("जिलाधिकारी कौशलराज
शर्मा ने अधिकारियों को निर्देश दिए", a tagged name with no code) or a district's office said bare
("डीएम ने …") has no place there: the groups and things such an officer acts on were named with no
place at all ("general public", "other vehicles", "municipal corporation"), where the Hindi says
whose officer he is. Issue 13, round ev192 (names that drop what the Hindi says): the tuning set
Uk's Varanasi magistrate named seven targets so.

The office is one of the actor dictionary's local offices held by one person (district
magistrate, deputy commissioner, superintendent of police, chief medical officer: ``local`` and
``person`` with a ``{place}``), written in the source's span or right before it. Its district is
the place written before the office word ("नोएडा के डीएम बीएन सिंह"), else the place the event is
said to happen in ("वाराणसी में किए गए लॉकडाउन का पालन के लिए जिलाधिकारी … ने"), else the one
district whose administration the report's other events name (the actor context's town: "Dehradun
district administration"); a state or a country is no district's, so neither is taken. Once found, it is the officer's on the report's
later events too ("उन्होंने जन सामान्य से अपील भी की", "डीएम ने क्षेत्रीय मजिस्ट्रेट को …").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Argument, Event
from .actors import _kb, actor_dictionary, place_code
from .clause import GENITIVES
from .glossary import _TOKEN, _kb_place

# Characters before a source's span read for the office it is named with: "जिलाधिकारी डॉ. आशीष
# कुमार " is 23; further back the word belongs to another phrase of the sentence
_OFFICE_REACH = 30
# a sentence's end; the full stop of a title's abbreviation ("जिलाधिकारी डॉ. आशीष …") is none
_BOUNDARY = re.compile(r"[।!?\n;|]|(?<!डॉ)(?<!प्रो)(?<!मो)\.")
# A district's own bodies, the end of their placed ``actor:`` ids: the district an officer named
# with no place of his own serves where the report names one of them alone
_LOCAL_BODIES = ("district administration", "District Magistrate")
# KB ids of places that are no district: a country, a state or a province (their own government)
_ABOVE_DISTRICT = ("country/", "in-state/")


@cache
def _offices() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The Hindi forms of the dictionary's local offices held by one person, by first word (a
    word starts no office unless it is some form's first: one lookup a word, not a scan of every
    form, as every source of every event asks)."""
    forms = sorted(
        {
            form
            for w in actor_dictionary().words
            if w.local and w.person and "{place}" in w.en
            for form in w.forms
        }
    )
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    return {first: tuple(group) for first, group in by_first.items()}


def _district(kb_id: str | None) -> str | None:
    """The English name of a KB place below a state (a city or a district), else None."""
    if not kb_id or not kb_id.startswith("kb:") or kb_id[3:].startswith(_ABOVE_DISTRICT):
        return None
    entry = _kb().get(kb_id[3:])
    if entry is None or entry.type not in {"CITY", "REGION"}:
        return None
    placed = place_code(kb_id)
    return placed[1] if placed else None


def _office_at(words: list[str]) -> int | None:
    """Where in ``words`` the last office form starts, or None."""
    offices = _offices()
    for i in range(len(words) - 1, -1, -1):
        for form in offices.get(words[i], ()):
            if tuple(words[i : i + len(form)]) == form:
                return i
    return None


def _written_before(words: list[str]) -> str | None:
    """The district named right before the office word: "<place> के" or "<place>"."""
    if words and words[-1] in GENITIVES:
        words = words[:-1]
    for k in (3, 2, 1):
        if len(words) >= k and (found := _district(_kb_place(words[-k:]))):
            return found
    return None


def _event_place(ev: Event) -> str | None:
    for loc in ev.arguments:
        if loc.role == "location" and (found := _district(loc.entity_id)):
            return found
    return None


def _office_place(ev: Event, arg: Argument, text: str) -> str | None:
    """The district of the office the source ``arg`` is named with, or None when no office."""
    window = _BOUNDARY.split(text[max(0, arg.start - _OFFICE_REACH) : arg.start])[-1]
    before = _TOKEN.findall(window)
    own = _TOKEN.findall(arg.text)
    at = _office_at(own)
    if at is not None:
        return _written_before([*before, *own[:at]]) or _event_place(ev) or ""
    at = _office_at(before)
    if at is None:
        return None
    sentence = _BOUNDARY.split(text[max(0, arg.start - 200) : arg.start])[-1]
    head = _TOKEN.findall(sentence)
    return _written_before(head[: len(head) - len(before) + at]) or _event_place(ev) or ""


def _one_district(events: list[Event]) -> str:
    """The one district whose administration or office the report's events name as a source
    ("Dehradun district administration", placed by the actor context's town), else ""."""
    ends = tuple(f" {office}" for office in _LOCAL_BODIES)
    found = {
        s[len("actor:") : -len(end)]
        for ev in events
        for s in ev.source
        for end in ends
        if s.startswith("actor:") and s.endswith(end) and len(s) > len("actor:") + len(end)
    }
    return found.pop() if len(found) == 1 else ""


def officer_districts(events: list[Event], text: str | None) -> dict[str, str]:
    """Source id -> the district its office is of, over the report's events in order (the first
    found is kept: an officer serves one district in one report)."""
    found: dict[str, str] = {}
    if text is None:
        return found
    article: str | None = None  # read only for an office whose district is not written
    for ev in events:
        for arg in ev.arguments:
            ident = arg.entity_id or ""
            if arg.role != "source" or ident in found or arg.end <= arg.start:
                continue
            if ev.codes.get(ident) and not ident.startswith("actor:"):
                continue  # a coded person or body: its code says its place
            place = _office_place(ev, arg, text)
            if place == "" and article is None:
                article = _one_district(events)  # (round sp25, issue 16: once, where needed)
            if place is not None and (place or article):
                found[ident] = place or article or ""
    return found


def officer_place(ev: Event, districts: dict[str, str]) -> str | None:
    """The district the event's first source found in ``districts`` acts for, or None."""
    return next((districts[s] for s in ev.source if s in districts), None)
