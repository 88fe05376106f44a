"""The Centre as whom the states' demand is made of (issue 13, round ta12).

Why a module of its own: a demand with no addressee written keeps an empty target unless its
कि-clause names who is to act (:func:`khabar.events.addressees.asked_in_clause`). When the states
of the home country demand something together ("इस दौरान सभी राज्यों ने लॉकडाउन को दो हफ्ते और
बढ़ाने की मांग की थी", "केंद्र की गाइडलाइन के बाद बिहार, राजस्थान, महाराष्ट्र, झारखंड समेत कई
राज्यों ने स्पेशल ट्रेन चलाने की मांग की थी"), whom they ask is the Centre: the states' demands
of the 280 allowed corpus day files that write an addressee write the Centre or the prime
minister ("कई राज्यों ने केंद्र सरकार से लॉकडाउन बढ़ाने की सिफारिश की", "बैठक में कुछ राज्यों ने
प्रधानमंत्री से … बढ़ाने के लिए कहा"), and the tuning sets Vj and Vo code it so. Only the states
as a group (one state's government may ask its election commission: "राज्य सरकार ने निकाय चुनाव
टालने का आग्रह किया था", Vg) and only a demand (an appeal of the states goes to their public).
The Centre is marked inferred, as the public of an appeal is
(:func:`khabar.events.objects.public_addressee`): no words of the sentence name it.
"""

from __future__ import annotations

from ..model import Argument, Event
from .actors import actor_dictionary
from .gloss import gloss
from .jurisdictions import _governments

# The mode of a demand ("मांग", "मांग की"); appeals and advice go to the public
_DEMAND = "request"
# The sector code of a government, as the Centre written in a sentence is coded ("IND GOV")
_GOVERNMENT = "GOV"


def asked_of_centre(events: list[Event]) -> None:
    """Give the home country's government as the target of each demand with none whose every
    source is the home country's states as a group; events are changed in place."""
    lex = actor_dictionary()
    if not lex.default_adjective or not lex.default_name:
        return
    home = f"{lex.default_adjective} state governments"
    for ev in events:
        if ev.type != "REQUEST" or ev.mode != _DEMAND or ev.target or ev.negated or not ev.source:
            continue
        told = {a.entity_id: a for a in ev.arguments if a.role == "source" and a.entity_id}
        if not all(i in told and _states(told[i], home) for i in ev.source) and not _listed_states(
            ev, lex.default_country
        ):
            continue
        ask_centre(ev)


def ask_centre(ev: Event) -> None:
    """Make the home country's government the event's inferred target (no words name it: the
    argument stands at the trigger, empty), coded as the Centre written in a sentence is; also
    for one state's chief minister asking the extension of the lockdown (round rq1)."""
    lex = actor_dictionary()
    if not lex.default_adjective or not lex.default_name:
        return
    centre = f"actor:Government of {lex.default_name}"
    at = ev.trigger_start
    ev.arguments.append(Argument("target_inferred", centre.removeprefix("actor:"), at, at, centre))
    ev.target = [centre]
    ev.codes[centre] = f"{lex.default_country} {_GOVERNMENT}"


def _listed_states(ev: Event, country: str) -> bool:
    """Whether the sources are several of the home country's state governments, as a list of states
    before "समेत/सहित कई राज्यों ने" is named (:mod:`khabar.events.included_members`, round sa10):
    the states as a group still, each by its name."""
    codes = [ev.codes.get(i, "") for i in ev.source]
    return len(codes) > 1 and all(
        c.startswith(f"{country}-") and c.endswith(f" {_GOVERNMENT}") for c in codes
    )


def _states(arg: Argument, home: str) -> bool:
    """Whether a source names the home country's states as a group ("कई राज्यों", "सभी
    राज्यों", the actor dictionary's "राज्य सरकारों"), not one state or another country's."""
    ident = arg.entity_id or ""
    if ident.startswith("actor:"):
        return ident.endswith(home)
    return ident.startswith("text:") and (_governments(gloss(arg.text)) or "").endswith(home)
