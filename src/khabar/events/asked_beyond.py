"""Whom a request is made of when its से-addressee stands where the addressee rules do not look.

Why a module of its own: :func:`khabar.events.addressees._asked_from` reads the से-phrase right
after a ने-agent and :func:`khabar.events.addressees._asked_in_passive` the first से-phrase of a
passive request. Two active clauses fall between them and left requests with no target though
the sentence writes whom they ask (round tg3, issue 13; the audit au6 and the tuning sets'
reference listings: "स्वास्थ्य मंत्रालय ने यात्रा परामर्श जारी करते हुए … की यात्रा करने वाले
लोगों से … आइसोलेशन में रखने को कहा है", "मोहल्ले के लोगों से इन परिवार से दूर रहने को कहा है"):

* an adverbial participle of simultaneity ("… करते हुए/हुये") between the agent and the
  addressee: the participle's clause is the agent's other act, and the addressee stands right
  after it (:func:`_after_participle`);
* the addressee of the order, letter or mail the request is told in, written before it ("सभी
  खंड शिक्षाधिकारियों को जारी आदेश में बीएसए ने कहा है कि …", "… कंपनियों को भेजे एक ईमेल
  में कहा है कि …": :func:`_document_addressee`);
* an agentless active clause, the doer dropped after a sentence that names it ("… को कहा है",
  "हम लोगों से … को कह रहे हैं"): the first से- or को-phrase of the clause, when it is a से
  that opens the clause (:func:`_without_agent`).

The phrase must be people or a body (an entity that is no place, or a glossary phrase of people),
never a से of origin, of a verb's object ("डॉक्टर से संपर्क"), of a date or of an agent ("की ओर
से"), so the reach of both rules is the one :func:`_asked_from` has after its agent.
:mod:`khabar.events.roles` calls :func:`asked_elsewhere` where it called the passive rule alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .addressees import _FROM_VERBS, _ON_BEHALF, _PASSIVE_ASK, _asked_in_passive
from .arguments import _NP_STOPS, Roles, _animate, add_role
from .clause import GENITIVES, PARTICLES, SentenceView, Unit, is_break, is_place, unit_actors
from .glossary import names_actor
from .objects import PUBLIC_MODES, glossed_span, public_addressee
from .target_guards import _FROM_OBJECT
from .targets import _AGENT_MARKS

if TYPE_CHECKING:
    from .candidates import Candidate

# The end of an adverbial participle of simultaneity ("व्यक्त करते हुये", "जारी करते हुए"): its
# first word ends in "ते".
_WHILE = frozenset({"हुए", "हुये"})


def asked_elsewhere(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The passive request's addressee (:func:`_asked_in_passive`), then, for an active request
    still without a target, the से-addressee after a participle clause or of an agentless
    clause, else the addressee of the document it is told in. ``start`` is the first token of
    the trigger's clause window."""
    _asked_in_passive(sv, cand, start, units, roles)
    if roles.target or roles.pronoun_target or cand.trig.type != "REQUEST":
        return
    if cand.trig.mode not in PUBLIC_MODES or any(a.role == "target" for a in roles.args):
        return
    found = _after_participle(sv, cand)
    if found is None:
        found = _without_agent(sv, cand, start)
    if found is not None:
        _take(sv, cand, found[0], found[1], roles)
    if not roles.target:
        _document_addressee(sv, cand, roles)


def _from_marker(sv: SentenceView, cand: Candidate, first: int) -> int | None:
    """The first "से" from token ``first`` up to the trigger that can mark whom one asks: not a
    date's, not an agent's ("की ओर से"), not one of origin or of a verb's own object ("चीन से
    आने", "बीमारी से बचने"); None when a "को" comes first (that one is the addressee, read by
    the को rules) or a clause break stands before it."""
    toks = sv.tokens
    dated = sv.dated
    for j in range(first, cand.first - 1):
        if is_break(toks, j):
            return None
        if toks[j].text == "को" and j - 1 not in dated:
            return None
        if toks[j].text != "से" or j == first or j - 1 in dated:
            continue
        if toks[j - 1].text in _ON_BEHALF or toks[j + 1].text.startswith(_FROM_VERBS + _FROM_OBJECT):
            return None
        return j
    return None


def _after_participle(sv: SentenceView, cand: Candidate) -> tuple[int, int] | None:
    """"A ने <…> करते हुए X से … करने को कहा / का आह्वान किया": the token after the participle
    and the से of the phrase there, when the sentence's ने-agent stands before the participle
    with no clause break or "कि" between it and the trigger."""
    toks = sv.tokens
    ne = next((j for j in range(cand.first - 1, -1, -1) if toks[j].text in _AGENT_MARKS), None)
    if ne is None or any(is_break(toks, j) for j in range(ne, cand.first)):
        return None
    h = next(
        (
            j
            for j in range(cand.first - 1, ne + 1, -1)
            if toks[j].text in _WHILE and toks[j - 1].text.endswith("ते")
        ),
        None,
    )
    if h is None:
        return None
    opening = h + 2 if toks[h + 1].text == "," else h + 1
    k = _from_marker(sv, cand, opening)
    return None if k is None else (opening, k)


def _without_agent(sv: SentenceView, cand: Candidate, start: int) -> tuple[int, int] | None:
    """An active request whose clause writes no agent (the doer is a sentence before's, or an
    unmarked "हम" of an ongoing form): the clause window's start and its first से, when no
    agent mark, "कि" or break stands in the window. Passives are :func:`_asked_in_passive`'s."""
    if not _PASSIVE_ASK.isdisjoint(cand.verb):
        return None
    toks = sv.tokens
    if any(toks[j].text in _AGENT_MARKS or is_break(toks, j) for j in range(start, cand.first)):
        return None
    k = _from_marker(sv, cand, start)
    return None if k is None else (start, k)


# Adverbs of time that may open the clause before the addressee ("अभी तो हम लोगों से"), and
# the compound postposition of an adverbial "besides" ("दवाओं के अलावा हम लोगों से").
_LEADING = PARTICLES | {"अभी", "अब", "फिलहाल"}
_BESIDES = frozenset({"अलावा", "अतिरिक्त"})


def _opens(sv: SentenceView, opening: int, first: int) -> bool:
    """Whether the phrase starting at ``first`` opens the stretch from ``opening``: only
    particles and time adverbs before it ("अभी तो"), a "besides" adverbial ("दवाओं के
    अलावा"), a first-person subject of an ongoing form ("हम लोगों से"), or one genitive
    modifier ("मोहल्ले के लोगों")."""
    rest = [t.text for t in sv.tokens[opening:first] if t.text not in _LEADING and t.text != "'"]
    if len(rest) >= 3 and rest[1] in GENITIVES and rest[2] in _BESIDES:
        rest = rest[3:]
    if not rest or rest == ["हम"]:
        return True
    return len(rest) == 2 and rest[1] in GENITIVES and not rest[0].isdigit()


# The participle that makes a clause before a people noun its description ("… की यात्रा करने
# वाले लोगों"), and the case markers that would make a word before it some other clause part.
_DESCRIBING = frozenset({"वाले", "वाली", "वालों"})
_CASE = frozenset({"ने", "को", "से", "में", "पर", "द्वारा"})


def _described(sv: SentenceView, opening: int, first: int) -> int:
    """The start of a people phrase whose noun a participle clause describes ("चीन, इटली … की
    यात्रा करने वाले लोगों"): ``opening`` when the words from it up to the noun end in "वाले"
    and hold no case marker but genitives (the whole stretch is the phrase), else ``first``."""
    toks = sv.tokens
    if first - 1 <= opening or toks[first - 1].text not in _DESCRIBING:
        return first
    if any(toks[j].text in _CASE or is_break(toks, j) for j in range(opening, first)):
        return first
    return opening


def _take(sv: SentenceView, cand: Candidate, opening: int, k: int, roles: Roles) -> None:
    """Make the phrase before the से at ``k`` the request's target (the public of the source's
    jurisdiction for "लोगों से", as :func:`_asked_from` names it), when it opens the stretch
    from ``opening`` and names people or a body."""
    toks = sv.tokens
    asked = next((u for u in sv.units if u.last == k - 1 and u.marker == "से"), None)
    if asked is not None:
        actors = unit_actors(asked)
        if is_place(asked) or not _animate(asked) or not actors or asked.first < opening:
            return
        first = asked.first
    else:
        if any(u.first <= k - 1 <= u.last for u in sv.units):
            return  # a name that is no actor (a place, a thing) ends right there
        span = glossed_span(sv, opening, k - 1, sv.units, _NP_STOPS)
        if span is None or not names_actor(sv.text_of(span, k - 1)):
            return
        first = span
    described = _described(sv, opening, first)
    if described != first:
        asked, first = None, described  # the whole described group, as text
    if not _opens(sv, opening, first):
        return
    head = first - 2 if first >= opening + 2 and toks[first - 1].text in GENITIVES else first
    roles.args[:] = [a for a in roles.args if a.role not in {"target", "target_inferred"}]
    roles.target.clear()
    if asked is not None:
        if all(a.startswith("actor:public") for a in actors):
            public_addressee(sv, cand, roles, (head, asked.last))
            return
        add_role(roles, "target", asked, sv, actors)
        return
    text = sv.text_of(first, k - 1)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[k - 1].end, ident))
    roles.target.append(ident)


# A document issued, sent or written to someone and what it is ("सभी खंड शिक्षाधिकारियों को जारी
# आदेश में", "कंपनियों को भेजे एक ईमेल में"): the participle after the addressee's को and the
# nouns of documents a request is told in. A day before "को जारी" is a date ("शनिवार को जारी
# आंकड़ों में"), and figures, bulletins or releases address nobody, so neither is read.
_ISSUED = frozenset({"जारी", "भेजे", "भेजी", "लिखे", "लिखी"})
_DOCUMENTS = frozenset(
    {"आदेश", "आदेशों", "निर्देश", "निर्देशों", "पत्र", "चिट्ठी", "ईमेल", "ई-मेल", "मेल"}
    | {"परामर्श", "एडवाइजरी", "परिपत्र", "सर्कुलर", "अधिसूचना"}
)


def _document_at(sv: SentenceView, k: int) -> int | None:
    """The index of the "में" after "को <issued> (एक) <document>" when token ``k`` is such a
    को, else None."""
    toks = sv.tokens
    j = k + 1
    if j + 2 >= len(toks) or toks[j].text not in _ISSUED or k - 1 in sv.dated:
        return None
    j += 1
    if toks[j].text == "एक":
        j += 1
    if j + 1 >= len(toks) or toks[j].text not in _DOCUMENTS or toks[j + 1].text != "में":
        return None
    return j + 1


def _document_addressee(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """Whom a request told in a document is made of: the people or body before the document's
    "को जारी/भेजे/लिखे" ("सभी खंड शिक्षाधिकारियों को जारी आदेश में बीएसए ने कहा है कि … कराई
    जाये"). Only when no clause break stands between the document and the trigger, and the
    addressee is an entity that is no place or a glossary phrase of people or bodies (never a
    day: "शनिवार को जारी")."""
    if roles.target or any(a.role == "target" for a in roles.args):
        return
    toks = sv.tokens
    for k in range(1, cand.first - 3):
        if toks[k].text != "को":
            continue
        inside = _document_at(sv, k)
        if inside is None or inside >= cand.first:
            continue
        if any(is_break(toks, j) for j in range(inside, cand.first)):
            return
        unit = next((u for u in sv.units if u.last == k - 1 and u.marker == "को"), None)
        if unit is not None:
            actors = unit_actors(unit)
            if actors and _animate(unit) and not is_place(unit):
                add_role(roles, "target", unit, sv, actors)
            return
        opening = max((j + 1 for j in range(k) if is_break(toks, j)), default=0)
        first = glossed_span(sv, opening, k - 1, sv.units, _NP_STOPS)
        if first is None or not names_actor(sv.text_of(first, k - 1)):
            return
        text = sv.text_of(first, k - 1)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[first].start, toks[k - 1].end, ident))
        roles.target.append(ident)
        return
