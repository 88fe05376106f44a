"""Targets that are no party: an abstract noun or a bare pronoun left as an event's target.

Why a module of its own (round nm5, issue 13): the English output names every actor slot; a
target the parser took from the words near a trigger that is a matter, not a party ("इस बात पर
चिंता जताई": the matter; "धीमी प्रगति पर असंतोष जताया": the slow progress; "वेतन में कटौती को
मंजूरी दी": the cut approved) or a bare correlative or reflexive pronoun nothing resolved ("केवल
उन्हीं को … अनुमति दी जाएगी, जिनमें …"; "खुद को आइसोलेट करने की सलाह") has no English name,
and the product showed its raw Hindi words where a user expects a party. The dev gold's rules
never name such words as a target, so the event stays and only the slot is emptied: an honest
empty slot beats junk. :func:`khabar.events.stage.analyse` calls :func:`drop_unnamed_targets`
after the pronoun targets are resolved and before the actors are named.

Only unresolved phrase targets (``text:`` ids) are looked at: a KB entity, a dictionary actor or
a resolved pronoun is never dropped, nor the matter a protest is against (round targets10 names it
the protest's target: "बिजली कटौती के खिलाफ प्रदर्शन"). Activities a closure stops ("मूल्यांकन का काम बंद",
"निर्माण कार्य बंद") are closure objects the gold may name, so "काम", "कार्य" and "प्रक्रिया"
are not in the word class.
"""

from __future__ import annotations

from ..model import Event

# Head nouns of a matter, never a party, as the last word of a target phrase (Hindi direct and
# oblique forms). Tuned on the 280 allowed corpus day files at main e17dea82: 11 targets end in
# one of these words, none of them with an English name; 10 outside protests, none a party.
_ABSTRACT_HEADS = frozenset(
    [
        "बात",
        "बातों",
        "संख्या",
        "प्रगति",
        "फैसला",
        "फैसले",
        "फैसलों",
        "निर्णय",
        "निर्णयों",
        "जानकारी",
        "जानकारियां",
        "जानकारियों",
        "मानवता",
        "कटौती",
        "ढील",
        "आरक्षण",
        "वित्तपोषण",
        "चिंता",
        "चिंताओं",
        "समस्या",
        "समस्याओं",
        "मुद्दा",
        "मुद्दे",
        "मुद्दों",
        "सवाल",
        "सवालों",
        "सिरे",
    ]
)

# A target made only of these words is a bare correlative ("उन्हीं को …, जिनमें …") or reflexive
# ("खुद को") pronoun that no rule resolved to a party: 3 targets on the allowed files.
_BARE_PRONOUN_WORDS = frozenset(["उन्हीं", "खुद", "केवल", "सिर्फ"])
_LIMITERS = frozenset(("केवल", "सिर्फ"))


def _no_party(phrase: str) -> bool:
    """Whether a target phrase names a matter or is a bare pronoun, never a party."""
    words = phrase.split()
    if not words:
        return False
    if words[-1] in _ABSTRACT_HEADS:
        return True
    # a limiter alone ("केवल") is no pronoun: one pronoun word at least
    return all(w in _BARE_PRONOUN_WORDS for w in words) and not set(words) <= _LIMITERS


def drop_unnamed_targets(events: list[Event]) -> None:
    """Empty each event's target slots that hold a matter or a bare pronoun (module docstring);
    events are changed in place (``target``, codes, the target's arguments), never dropped."""
    for ev in events:
        if ev.type == "PROTEST":
            continue  # the matter protested is the protest's target ("बिजली कटौती के खिलाफ प्रदर्शन")
        gone = {t for t in ev.target if t.startswith("text:") and _no_party(t[5:])}
        if not gone:
            continue
        ev.target = [t for t in ev.target if t not in gone]
        ev.arguments = [a for a in ev.arguments if not (a.role == "target" and a.entity_id in gone)]
        for ident in gone:
            ev.codes.pop(ident, None)
