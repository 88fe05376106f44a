"""The list a closure falls on when a resumptive "सब" sums it up before the verb.

Why a module of its own: Hindi news lists the things a lockdown closes and then sums them up
with "सब" ("all of them") or "ये सब" right before the verb: "इस दौरान सभी बाजार, व्यापारिक
प्रतिष्ठान, दुकानें, पब्लिक ट्रांसपोर्ट सब बंद रहेंगे", "17 तारीख तक देश में हवाई, रेल, मेट्रो
सब बंद कर दिया गया है". The reader of a closure's bare thing
(:func:`khabar.events.closed_things.closed_thing`) stops at "सब", a quantifier that names no
thing on its own ("सब कुछ बंद"), and :func:`khabar.events.objects.bare_object` reads only the
phrase that ends right before the trigger; so the list the "सब" stands for was lost and the
closure had no target. Round tg1 (issue 13, empty targets with the party in the same sentence):
on the 280 allowed corpus day files 5 sentences sum a closed list up so; 4 of them were closures
with no target at main e6c7578e (the fifth, "… बाजार आदि सब बंद रहते हैं", says what a lockdown
is: no event), and this rule gives 3 of them their list (read, all right; one loses its first two
conjuncts, whose nouns the glossary lacks); a list of eight ("शॉप्स, …, साप्ताहिक बाजार ये सब")
is longer than a glossed object is read.

The rule reads back over the resumptive word (and an "आदि", "etc.", before it) to the list the
glossary can say, conjunct by conjunct (:func:`khabar.events.objects.glossed_span`), and takes it
only when it is a list (a conjunction in it: "सरकार सब बंद करेगी" sums up nothing) whose last
head is a glossary noun of places, businesses or services (:func:`khabar.events.glossary.
names_actor`), as a measure's bare object is taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _NP_STOPS
from .clause import SentenceView, Unit
from .gloss import gloss
from .glossary import names_actor
from .objects import CONJ, glossed_span

if TYPE_CHECKING:
    from .arguments import Roles

# The resumptive quantifier and the demonstratives that may stand before it ("ये सब", "यह सब").
_ALL = frozenset({"सब"})
_THESE = frozenset({"ये", "यह"})
_ETC = frozenset({"आदि", "इत्यादि"})


def resumed_list(sv: SentenceView, end: int, start: int, units: list[Unit], roles: Roles) -> None:
    """Add as the target the list that a "(ये) सब" ending at ``end`` sums up (see the module's
    docstring); nothing when ``end`` is no such word or no glossary list stands before it."""
    toks = sv.tokens
    if roles.target or end - 2 < start or toks[end].text not in _ALL:
        return
    last = end - 1
    if toks[last].text in _THESE:
        last -= 1
    if last > start and toks[last].text in _ETC:
        last -= 1
    if last <= start:
        return
    first = glossed_span(sv, start, last, units, _NP_STOPS)
    if first is None or not any(toks[k].text in CONJ for k in range(first, last)):
        return  # one noun, or none: a "सब" that sums no list up
    text = sv.text_of(first, last)
    if not names_actor(text):
        return
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[last].end, ident, gloss(text)))
    roles.target.append(ident)
