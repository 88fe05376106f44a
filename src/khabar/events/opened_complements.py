"""What a permission or an instruction to open lets open: the bare object of its "खोलने".

Why a module of its own: a government lets things open with a permission or an instruction whose
complement is "<things> खोलने की इजाजत/अनुमति", "… खोलने का निर्देश/आदेश" ("मुख्यमंत्री उद्धव
ठाकरे ने … राज्य में आज से 24 घंटे दुकानें खोलने का निर्देश दिया है", "जॉर्जिया और ओकलाहामा ने
सैलून, स्पा और नाई की दुकानें खोलने की इजाजत दे दी"). The easing's markers read only a को-object
("दुकानों को खोलने की इजाजत", the common form) and :func:`khabar.events.closed_things.
opened_thing` only a thing before the verb "खोले जाएंगे"; with the object written bare before the
infinitive the easing had no target, though the dev gold's rules code the things opened (a closed
set of shops or services reopened) as its target. Round tg1 (issue 13, empty targets with the
party in the same sentence): the tuning set Vj's Maharashtra shops (AU-2020-MAR-27.txt); on the
280 allowed corpus day files 2 easings and 1 permission withheld ("… अभी रेस्तरां खोलने की भी
इजाजत नहीं", a ban) wrote their things so and had no target at main e6c7578e; this rule gives all
3 the things opened (read, all right; "सैलून, स्पा और नाई की दुकानें" is read from "दुकानें").
An easing whose entry took a में-place for its target where no thing was read ("इन इलाकों में नाई
की दुकानें और सैलून भी खोलने की अनुमति होगी": "the areas") gets the things, the place becoming
where they open, as :func:`khabar.events.closed_things.opened_thing` does (1 on the allowed files,
right); a ban keeps its place: "हॉटस्पॉट इलाकों में दुकानें खोलने की इजाजत नहीं है" read so became
"shops in Delhi", a city's shops (tried, the one such change, dropped).

The rule reads back from the permission or order noun over a particle and its link (का/की/के)
to the infinitive "खोलने" (or the passive "खोले जाने"), past dates and the adverbials of a
measure, and takes the noun phrase that ends there when the glossary can say every conjunct's
head and names a place, business or service with it (:func:`khabar.events.objects.glossed_span`,
:func:`khabar.events.glossary.names_actor`), as a measure's bare object is taken. It runs only
when no other rule gave the act a target.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _NP_STOPS
from .clause import SentenceView, Unit
from .gloss import gloss
from .glossary import names_actor
from .objects import _MEASURE_ADVERBS, glossed_span

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The nouns of a permission or an instruction whose complement says what opens (Hindi usage)
_LETTING = frozenset(
    {"इजाजत", "इजाज़त", "अनुमति", "मंजूरी", "निर्देश", "निर्देशों", "आदेश", "आदेशों"}
)
_LINK = frozenset({"का", "की", "के"})
_PARTICLES = frozenset({"भी", "ही"})
# The infinitive of opening, active or passive ("खोलने", "खोले जाने", "खुलवाने")
_OPENING = (("खोलने",), ("खुलवाने",), ("खोले", "जाने"))


def opened_by_permission(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """Add as the target the things a "<things> खोलने की इजाजत/का निर्देश" lets open (see the
    module's docstring); a में-place the entry took for the target becomes the location. Nothing
    when the act has another target (a को-addressee, an object pronoun: whom it is given to) or
    its complement is no such one."""
    if cand.trig.type not in {"CONCEDE", "COERCE"} or roles.pronoun_target:
        return
    toks = sv.tokens
    placed = [a for a in roles.args if a.role == "target"]
    if placed and (cand.trig.type != "CONCEDE" or not _places(sv, placed)):
        # a को-addressee or a pronoun standing for one is whom it is given to; a ban keeps its
        # place ("हॉटस्पॉट इलाकों में दुकानें खोलने की इजाजत नहीं है": the shops there, not
        # a city's shops, the English would say)
        return
    if toks[cand.first].text not in _LETTING:
        return
    i = cand.first - 1
    while i > start and toks[i].text in _PARTICLES:
        i -= 1
    if i <= start or toks[i].text not in _LINK:
        return
    words = tuple(t.text for t in toks[max(start, i - 2) : i])
    opening = next((o for o in _OPENING if words[-len(o) :] == o), None)
    if opening is None:
        return
    end = i - len(opening) - 1
    while end >= start:
        if end in sv.dated or toks[end].text in _PARTICLES:
            end -= 1
            continue
        if toks[end].text in {"से", "तक"} and end - 1 in sv.dated:
            end -= 2  # "आज से", "31 मार्च तक"
            continue
        before = tuple(t.text for t in toks[max(start, end - 2) : end + 1])
        adverb = next((a for a in _MEASURE_ADVERBS if before[-len(a) :] == a), None)
        if adverb is None:
            break
        end -= len(adverb)
    if end < start:
        return
    first = glossed_span(sv, start, end, units, _NP_STOPS)
    if first is None:
        return
    text = sv.text_of(first, end)
    if not names_actor(text):
        return
    if placed:  # "इन इलाकों में नाई की दुकानें … खोलने की अनुमति": where they open
        roles.args[:] = [a for a in roles.args if a.role != "target"]
        roles.target.clear()
        for a in placed:
            roles.args.append(replace(a, role="location"))
            if a.entity_id is not None and not a.entity_id.startswith("text:"):
                roles.location.append(a.entity_id)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident, gloss(text)))
    roles.target.append(ident)


def _places(sv: SentenceView, placed: list[Argument]) -> bool:
    """Whether every target found so far is a place marked में ("हॉटस्पॉट इलाकों में", "इन
    इलाकों में"), which the easing's entry took for its target where no thing was read: where
    the things open, as :func:`khabar.events.closed_things.opened_thing` reads such a place."""
    toks = sv.tokens
    ends = {t.end: k for k, t in enumerate(toks)}
    return all(
        a.entity_id is not None
        and a.end in ends
        and ends[a.end] + 1 < len(toks)
        and toks[ends[a.end] + 1].text == "में"
        for a in placed
    )
