"""Which people a phrase describes, when the clause reader named the public of a place instead
(issue 13, round ta15: targets that are the wrong party).

Why a module of its own: two constructions describe the people an act falls on by a clause, and
both lost it for the bare noun "लोग"/"लोगों", named by the act's jurisdiction ("public of
<place>", "residents of <town>", "people in <state>"): the wrong party.

A quantifier between a relative participle and its head ("विदेश से आने वाले सभी लोगों", "3
किलोमीटर के भीतर आने वाले सभी लोगों"): :func:`khabar.events.arguments._people_who` reads the
participle right before the head only ("विदेश से आने वाले लोगों" = "people arriving from
abroad"), and the quantifier hid it (the tuning sets' "residents within 3 km of the mosque" was
"residents of Aligarh"). :func:`all_who` reads past it. 14 such phrases (``वाले (सभी|सारे|तमाम)
लोग(ों)``) on the 280 allowed corpus day files, 3 of them contacts that
:func:`khabar.events.arguments._contacts_of` reads already; the others are mostly no target of an
event or say no place the glossary can name.

A request's relative clause whose own noun is people at large ("जो लोग आर्थिक रूप से संपन्न हैं
वो … ध्यान रखें", "जो लोग ईरान, इटली … से आये हैं, उन्हें … सूचित करना चाहिए"):
:func:`khabar.events.runs._relative_head` kept "लोग", glossed "people in India", where the
clause says who (the tuning sets' "well-off people and employers in India"). :func:`relative_clause`
keeps the whole clause, as :func:`khabar.events.correlatives.relative_bound` does for a content
clause. 39 "(जो|जिन) (भी) लोग(ों)" on the allowed files; the two that lead a request's
correlative are both read so now.

Precision first: a participle's phrase is read back only as far as the glossary can say it as
people who move, stay or are stranded somewhere, or within a distance ("everyone arriving from
abroad", "everyone within 3 km"); a phrase whose English says no such thing ("घर वापसी करने वाले
सभी लोगों" = "home everyone", "यहां आने वाले" where "यहां" is no place) keeps the public it had.
A relative clause's named group ("जो भी वरिष्ठ नागरिक हैं") stays the group. Counts and every
changed event: docs/events-rounds.md, round ta15.
"""

from __future__ import annotations

import re
from functools import cache

from .clause import SentenceView, Unit, is_break
from .gloss import gloss
from .glossary import glossary

# The quantifiers a relative participle's head may take ("आने वाले सभी लोगों", "सारे लोगों").
_ALL = frozenset({"सभी", "सारे", "तमाम"})
# The relative participle's वाले, whose phrase the quantifier cut off.
_WHO = frozenset({"वाले", "वाली", "वालों"})
# Tokens that end the phrase read back from the participle: a clause's subject or object
# marker, a conjunction or a genitive (whose owner the glossary cannot say, as in
# :func:`khabar.events.arguments._people_who`), a pronoun's genitive or agent.
_STOPS = frozenset(
    {"ने", "कि", "।", "को", "पर", "लेकिन", "जबकि", ",", "और", "व", "तथा", "एवं", "की", "का", "के"}
    | {"इनके", "उनके", "इसके", "उसके", "उन्होंने", "इन्होंने", "खिलाफ", "द्वारा"}
)
# ... but a genitive before a word of distance is the phrase's own ("3 किलोमीटर के भीतर",
# "एक किलोमीटर के दायरे में": :func:`khabar.events.gloss._within` says it).
_INSIDE = frozenset({"भीतर", "अंदर", "दायरे"})
# How far back the phrase is read: "दक्षिण कोरिया , ईरान और इटली की यात्रा करने" is 9 tokens
# (the reach of :func:`khabar.events.arguments._people_who`).
_REACH = 12


@cache
def _says_who() -> re.Pattern[str]:
    """The English of a quantified head that says which people: "everyone" followed by one of
    the glossary's relative participles (kind ``rel``: arriving, living, returning, stranded)
    or by "within" (a distance)."""
    rel = sorted({e.en for e in glossary().entries if e.kind == "rel" and e.en.isalpha()})
    return re.compile(r"^everyone (?:" + "|".join(rel + ["within"]) + r")\b")


def all_who(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of "… <participle> वाले सभी लोगों" when the unit is the public after a
    quantifier after a relative participle and the glossary says the phrase as people arriving,
    living, returning, stranded or within a distance (the longest such phrase); None
    otherwise, the public kept."""
    if not any(a.startswith("actor:public") for a in actors):
        return None
    toks = sv.tokens
    q = unit.first - 1
    if q < 2 or toks[q].text not in _ALL or toks[q - 1].text not in _WHO:
        return None
    best = None
    for k in range(q - 2, max(-1, q - 2 - _REACH), -1):
        word = toks[k].text
        if word in _STOPS and not (word == "के" and toks[k + 1].text in _INSIDE):
            break
        if is_break(toks, k) or k in sv.dated:
            break
        said = gloss(sv.text_of(k, unit.last))
        if said is not None and _says_who().match(said):
            best = k
    while best is not None and best < q - 2:
        # leading words that add nothing to the English are no part of the phrase ("इसके साथ
        # ही 3 किलोमीटर के भीतर …" = "3 किलोमीटर के भीतर …")
        if gloss(sv.text_of(best + 1, unit.last)) != gloss(sv.text_of(best, unit.last)):
            break
        best += 1
    return best


# What a relative clause's people at large are said by ("जो लोग …"): the clause says who.
_AT_LARGE = frozenset({"people", "everyone", "person"})
# The correlatives that take the described up after the clause ("… हैं वो …", "…, उन्हें …").
_TAKEN_UP = frozenset({"वे", "वो", "वह", "उन्हें", "उनको", "उसे", "उसको"})


def relative_clause(sv: SentenceView, span: tuple[int, int]) -> tuple[int, int]:
    """The whole relative clause (relative word to the word before its correlative) when the
    people a request's relative clause names (``span``, :func:`khabar.events.runs._relative_head`)
    are people at large ("जो लोग आर्थिक रूप से संपन्न हैं वो … ध्यान रखें": the well-off, not
    "people in India"); else ``span`` as it is. Round ta15: the tuning set's "well-off people
    and employers in India" was "people in India"."""
    toks = sv.tokens
    first, last = span
    if gloss(sv.text_of(first, last)) not in _AT_LARGE:
        return span
    rel = first - 1
    while rel > 0 and toks[rel].text in {"भी", "ही"}:
        rel -= 1
    end = next((k for k in range(last + 1, len(toks)) if toks[k].text in _TAKEN_UP), None)
    if end is None:
        return span
    end -= 1
    while end > last and not any(c.isalnum() for c in toks[end].text):
        end -= 1  # the comma that closes the relative clause
    return rel, end
