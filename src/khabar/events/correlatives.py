"""Whom a request's or an order's content binds when a relative clause leads it.

Why a module of its own: the rules that read whom a content clause makes act (the urged subject,
:func:`khabar.events.addressees.urged_subject`, :func:`khabar.events.urged.subject_in_clause`;
the bound party of an order, :func:`khabar.events.order_content.bound_by_content`) stop at a
relative word, since a relative clause's subject is not always the party bound. Hindi often
names that party by the relative clause itself and takes it up with a correlative pronoun as the
main clause's subject or dative: "बाबा रामदेव ने कहा कि जिन्हें कोरोना वायरस का अटैक हो गया है
वे सुबह और शाम इस औषधीय काढ़ा का जरूर सेवन करें", "उन्होंने कहा कि जिन राज्यों में ज्यादा
मामले हैं, वे लॉकडाउन का कड़ाई से पालन सुनिश्चित कराएं", "झारखंड सरकार ने ऐसा निर्देश जारी
किया है कि जो भी परिवार या व्यक्ति विदेश से वापस लौटे हैं …, उन्हें हाउस क्वारेंटाइन किया
जायेगा". The annotation rules name a request's target whom it asks and an order's whom it binds:
those the relative clause describes. Round ta9 (issue 13): of 150 events with no target drawn
from the 280 allowed corpus day files, 9 named their target as the subject of a content clause,
3 of them this way; on those files 9 such content clauses of events with no target, 5 with a
correlative subject or dative (the other 4 a genitive, "उनकी परीक्षाएं", "उनके प्रति आभार",
whose owner is no one asked: left alone).

Only the correlatives that make the described the main clause's subject or dative
(:data:`CORRELATIVES`); the relative clause's people or body noun when one follows the relative
word ("जिन राज्यों", "जो भी परिवार या व्यक्ति", kept with it as other rules keep "जिन 61
लोगों"), else the whole relative clause ("जिन्हें … हो गया है") when its relative word can
only be people (the dative "जिन्हें") or its noun is people at large ("जो लोग बाहर से आए हैं":
the clause, not "लोग", says who); never a thing ("जो सामान बचा है उसे …") nor a place.
"""

from __future__ import annotations

from ..model import Argument
from .arguments import Roles
from .clause import SentenceView, is_place, unit_actors
from .gloss import gloss, names_people

# Relative words that open the content clause, and those of them that can only be people
RELATIVES = frozenset({"जो", "जिन", "जिन्हें", "जिनको"})
_PEOPLE_RELATIVES = frozenset({"जिन्हें", "जिनको"})
# The correlative that takes up the described as the main clause's subject or dative; a
# genitive ("उनकी परीक्षाएं", "उनके प्रति") makes them an owner or a beneficiary, no one asked
CORRELATIVES = frozenset({"वे", "वह", "उन्हें", "उनको", "उसे", "उसको"})
# What ends the content clause before a correlative is found
_STOPS = frozenset({"कि", "।", "॥", "?", "!", "|"})
# Words of the described's noun phrase after the relative word ("जो भी परिवार या व्यक्ति"): the
# longest reading that names people or a body is taken (Hindi noun phrases, not fitted)
_HEAD_REACH = 5
_PARTICLES = frozenset({"भी", "ही"})
# What ends the relative clause itself: a correlative of any case ("जिन लोगों की पहले से बुकिंग
# है उनके लिए अगर संभव हो तो वे …") or a consequence; not a comma, which also joins a list
# inside it ("जिन लोगों में सर्दी, बुखार या … लक्षण दिख रहा है उन्हें")
_CLAUSE_ENDS = CORRELATIVES | frozenset(
    {"तो", "उनके", "उनकी", "उनका", "उसके", "उसकी", "उसका", "इनके", "इनकी", "इनका"}
)
# Nouns of people at large: the relative clause, not the noun, says who is meant
_PEOPLE_AT_LARGE = frozenset({"people", "those people", "everyone", "person"})


def _correlative(sv: SentenceView, rel: int) -> int | None:
    """The index of the first correlative after the relative word at ``rel`` in its clause (at
    least one word after it), else None."""
    toks = sv.tokens
    for j in range(rel + 2, len(toks)):
        if toks[j].text in _STOPS:
            return None
        if toks[j].text in CORRELATIVES:
            return j
    return None


def _head(sv: SentenceView, rel: int, corr: int) -> int | None:
    """The last word of the people or body noun phrase right after the relative word ("जिन
    राज्यों", "जो भी परिवार या व्यक्ति"), else None; never a place."""
    toks = sv.tokens
    first = rel + 1
    while first < corr and toks[first].text in _PARTICLES:
        first += 1
    best = None
    for e in range(first, min(first + _HEAD_REACH, corr)):
        text = sv.text_of(first, e)
        if names_people(text) and gloss(text) is not None:
            best = e
    units = [u for u in sv.units if u.first == first and u.last < corr]
    if best is None and units and unit_actors(units[0]):
        best = units[0].last  # "जिन राज्यों": an actor the dictionary knows (a body)
    if best is None or any(is_place(u) for u in units):
        return None  # "जो सामान …" (a thing); "जिन जिलों में …" (a place, another rule's)
    return best


def relative_bound(sv: SentenceView, k: int, roles: Roles) -> bool:
    """Add to ``roles`` as target those the relative clause right after token ``k`` (the
    content's कि, comma or quote) describes, when a correlative subject or dative takes them up
    in the main clause (see the module docstring); True when one was added."""
    toks = sv.tokens
    rel = k + 1
    if rel >= len(toks) or toks[rel].text not in RELATIVES:
        return False
    corr = _correlative(sv, rel)
    if corr is None:
        return False
    end = _head(sv, rel, corr)
    if end is not None and gloss(sv.text_of(rel + 1, end)) in _PEOPLE_AT_LARGE:
        end = None  # "जो लोग बाहर से आए हैं": the clause says which people, the noun does not
    if end is None:
        people = _head(sv, rel, corr) is not None  # "जिन लोगों की …": people, said by the clause
        if toks[rel].text not in _PEOPLE_RELATIVES and not people:
            return False  # "जो सामान बचा है उसे …": a thing, not whom the speech asks
        end = next(j for j in range(rel + 1, corr + 1) if toks[j].text in _CLAUSE_ENDS) - 1
        while end > rel and not any(c.isalnum() for c in toks[end].text):
            end -= 1  # the comma that closes the relative clause
        if end <= rel:
            return False
    text = sv.text_of(rel, end)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[rel].start, toks[end].end, ident))
    roles.target.append(ident)
    return True
