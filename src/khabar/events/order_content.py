"""Whom an order binds when it names no addressee but says, in its content, who must act.

Why a module of its own: an order is often reported by its content, not by whom it was given to:
"बीएमसी द्वारा जारी आदेश में कहा गया, …", "… ने आदेश दिया कि …", "… ने निर्देश जारी करके कहा है कि
…", "… ने कड़े निर्देश जारी किए हैं कि …". The annotation rules name an order's target whom it is
given to, else what it binds; with no को-phrase or addressee written, the party the content clause
makes act is the one bound: "… आदेश जारी कर कहा है कि कोई मकान मालिक किराया नहीं लेगा" binds
landlords, "… निर्देश दिया है कि यात्रियों को भेजने वाले राज्य …" the sending states. Round ta4
(issue 13): round ta1's target audit found the target empty for 30 of 146 real measures, arrests,
threats and protests; the subject of an order's content clause was 3 of them (#24, #27, #60) and
the place the order holds in 3 more (#64, #76, #112). Of the 81 orders of the 280 allowed corpus
day files with no target, 22 report their content after "कहा कि" or "दिया कि" and 24 hold an
"X में" before the order noun.

Only what the Hindi itself names (:func:`bound_by_content`): the clause's unmarked subject when it
is an actor or a phrase the glossary names as people or a body (the readers of a request's urged
subject, :func:`khabar.events.addressees.urged_subject` and
:func:`khabar.events.urged.subject_in_clause`), in a clause with no condition or relative, never
the first part of a list that runs into a postposition; never a thing ("… कि जरूरी चीजों को
छोड़कर सब कुछ बंद रहेगा"), never the public for a clause that names no doer. And
(:func:`held_in`) the areas or institutions the ordered act is to be done in, when the order's
own content names them with में ("दोनों इलाकों में … लॉकडाउन का पालन करने के निर्देश", "नए
मेडिकल कॉलेजों में भी कोरोना टेस्ट की व्यवस्था करने का आदेश"), or the public of a whole
territory written so ("राज्य में पूर्ण लॉकडाउन का निर्देश"). Both are tried last, when no other rule found a target,
so an order with a को- or से-addressee keeps its own. Neither reads an order told with no agent:
its fate hangs on its target (an order naming neither issuer nor addressee is dropped, and a
target read here would make one where none was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .addressees import urged_subject
from .arguments import _NP_STOPS, Roles, add_role
from .clause import MARKERS_1, PARTICLES, SentenceView, is_break, is_place, unit_actors
from .correlatives import relative_bound
from .gloss import gloss
from .glossary import modifier_at
from .objects import glossed_span, public_addressee
from .urged import subject_in_clause

if TYPE_CHECKING:
    from .candidates import Candidate
    from .clause import Unit

# The modes of an order reported by its content (the order, direction and notification nouns)
_ORDER_MODES = frozenset({"order"})
# Words between the order noun and the कि or the comma of its content: "आदेश में कहा है कि",
# "आदेश में कहा गया है,", "निर्देश दिए कि", "निर्देश जारी करके कहा है कि", "निर्देश जारी किए हैं
# कि", "यह भी निर्देश दिया है कि", "ऐसा निर्देश जारी किया है कि"
_TO_CONTENT = frozenset(
    {
        "में", "कहा", "है", "हैं", "था", "थे", "गया", "गई", "गयी", "गए", "दिया", "दिए", "दिये",
        "दी", "जारी", "किया", "किए", "किये", "की", "कर", "करके", "करते", "हुए", "भी",
    }
)  # fmt: skip
_CONTENT_REACH = 6  # "[आदेश] में कहा गया है कि": the longest such stretch on the 280 allowed files
# A comma or colon opens the content only after the speech verb ("आदेश में कहा गया, …"); after
# "जारी किया है," it ends a clause of its own
_SAID = frozenset({"कहा"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
_SUBJECT_REACH = 4  # modifiers before the subject's head: "सभी जिलाधिकारी", "कोई भी" (as speakers)
# A condition, a relative or a correlative in the content: its subject is whom the condition
# speaks of, not necessarily who is bound ("… कि अगर …", "… कि जो भी परिवार … लौटे हैं …")
_NOT_BOUND = frozenset(
    {"अगर", "यदि", "जब", "तो", "जो", "जिन", "जिस", "जिन्हें", "जिनके", "जिनकी", "जिनका", "जहां", "जहाँ"}
)
_DOER_PARTICIPLE = frozenset({"वाले", "वाली", "वाला"})


def _doer_after_object(sv: SentenceView, k: int) -> tuple[int, int] | None:
    """The span of a content clause led by "<object> को <verb>ने वाले <noun>" ("… कि यात्रियों को
    भेजने वाले राज्य …"): the noun the doer participle describes is the subject, its object no
    party (as :func:`khabar.events.speakers._doer_noun_after` reads a request's clause), or None."""
    toks = sv.tokens
    for j in range(k + 2, min(k + 1 + _SUBJECT_REACH, len(toks) - 3)):
        if is_break(toks, j):
            return None
        if toks[j].text != "को":
            continue
        if not toks[j + 1].text.endswith("ने") or toks[j + 2].text not in _DOER_PARTICIPLE:
            return None
        noun = toks[j + 3].text
        if is_break(toks, j + 3) or not noun[0].isalpha() or noun in MARKERS_1 | PARTICLES:
            return None
        return k + 1, j + 3
    return None


def _content_start(sv: SentenceView, cand: Candidate) -> int:
    """The token that opens the order's content (its कि, or the comma, colon or quote after the
    speech verb), or -1 when the order's words run into anything else first."""
    toks = sv.tokens
    said = False
    for k in range(cand.last + 1, min(cand.last + 1 + _CONTENT_REACH, len(toks))):
        word = toks[k].text
        if word == "कि":
            break
        if said and word in {",", ":"}:
            break
        if word not in _TO_CONTENT:
            return -1
        said = said or word in _SAID
    else:
        return -1
    while k + 1 < len(toks) and toks[k + 1].text in _QUOTES:
        k += 1
    return k if k + 2 < len(toks) else -1


# Postpositions that make a list of nouns an object or an owner, not the clause's subject
_LIST_MARKS = frozenset({"को", "से", "का", "के", "की", "में", "पर", "द्वारा", "ने"})
_LIST_REACH = 5  # tokens of the rest of a list: ", छात्रों और दिव्यांगजनों को" (Hindi usage, not fitted)


def _list_runs_on(sv: SentenceView, end: int) -> bool:
    """Whether the phrase ending at character ``end`` is the first part of a list that runs on
    (after a comma or a conjunction) into a postposition: then it was no subject of its own."""
    toks = sv.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    if k >= len(toks) or toks[k].text not in _LIST_JOINTS:
        return False
    for i in range(k + 1, min(k + 1 + _LIST_REACH, len(toks))):
        if toks[i].text in _LIST_MARKS:
            return True
        if is_break(toks, i):
            return False
    return False


def bound_by_content(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """Add to ``roles`` as target the party an order's content clause makes act when the order
    has no target (see the module docstring): the clause's leading actor with no postposition
    (after its quantifiers, "सभी जिलाधिकारी"), else the people or body the glossary names at its
    start or after an adverbial."""
    if cand.trig.type != "COERCE" or cand.trig.mode not in _ORDER_MODES or roles.target:
        return
    if not roles.source:
        return  # an order told with no agent stays as it was (its source is inferred later)
    k = _content_start(sv, cand)
    if k < 0:
        return
    toks = sv.tokens
    if any(t.text in _NOT_BOUND for t in toks[k + 1 :]):
        relative_bound(sv, k, roles)  # "… कि जो भी परिवार … लौटे हैं …, उन्हें …" (ta9)
        return  # "… कि किसी भी व्यक्ति … द्वारा … बरती गयी, तो …": a condition's party
    lead = k + 1
    while lead < min(k + 1 + _SUBJECT_REACH, len(toks)) and modifier_at(toks, lead):
        lead += 1
    head = next((u for u in sv.units if u.first == lead), None)
    if (
        head is not None
        and head.marker is None
        and not head.anaphor
        and not is_place(head)
        and unit_actors(head)
        and not any(is_break(toks, j) for j in range(k + 1, head.last + 1))
    ):
        add_role(roles, "target", head, sv, unit_actors(head))
        return
    doer = _doer_after_object(sv, k)
    if doer is not None:
        text = sv.text_of(*doer)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[doer[0]].start, toks[doer[1]].end, ident))
        roles.target.append(ident)
        return
    urged_subject(sv, cand, k, roles)
    if not roles.target:
        subject_in_clause(sv, cand, k, roles)
    if roles.target and _list_runs_on(sv, roles.args[-1].end):
        roles.target.pop()  # "… मरीजों, छात्रों और दिव्यांगजनों को रियायत देने वाली …": a part
        roles.args.pop()


# The heads of the areas and institutions an order may be carried out in ("दोनों इलाकों में …
# लॉकडाउन का पालन करने के निर्देश", "हर अस्पताल में आइसोलेशन सेंटर बनाने का निर्देश", "नए
# मेडिकल कॉलेजों में भी कोरोना टेस्ट की व्यवस्था करने का आदेश"), by the glossary's English head;
# never a home ("लोगों को अपने घरों में ही रहने का आदेश": where they stay, not whom it binds), an
# office of the government ("मंत्रियों से मंत्रालयों में कामकाज संभालने का निर्देश") or a vehicle
_HELD_IN = frozenset(
    {
        "area", "areas", "district", "districts", "village", "villages", "zone", "zones",
        "neighbourhood", "neighbourhoods", "colony", "colonies", "sector", "sectors",
        "hospital", "hospitals", "college", "colleges", "school", "schools",
    }
)  # fmt: skip
# The issuer's whole territory ("राज्य में पूर्ण लॉकडाउन का निर्देश"): its public, as
# :func:`khabar.events.closed_things.territory_public` names a lockdown's
_TERRITORY = frozenset({"देश", "राज्य", "प्रदेश", "देशभर", "राज्यभर", "प्रदेशभर"})
_WHOLE = frozenset({"पूरे", "समूचे", "सारे", "संपूर्ण"})
# Words that end the order's own clause, read back from its noun: a finite verb, a कि, a stop
_CLAUSE_ENDS = frozenset({"कि", "है", "हैं", "था", "थे", "थी", "कहा", "बताया", ":", "।", "ने", "द्वारा"})
# The link from the ordered content to the order noun ("… करने का निर्देश", "… देने के लिए …
# दिशानिर्देश"), particles after it ("का भी निर्देश")
_LINKS = frozenset({"का", "के", "की", "लिए"})
_PARTICLES_AFTER = frozenset({"भी", "ही"})
# After the place, words that make it a participle's place, not the order's ("प्रदेश में एक मार्च
# के बाद से आए हर नागरिक की निगरानी": those who came into it) or a comparison ("देश में सबसे पहले")
_NOT_HELD_AFTER = frozenset(
    {"आए", "आये", "आई", "आयी", "गए", "गये", "रहने", "रह", "रहे", "वाले", "वाली", "वाला", "सबसे"}
)
_PEOPLE_MARKS = frozenset({"को", "से"})
_LIST_JOINTS = frozenset({",", "और", "व", "एवं", "तथा"})


def _order_link(sv: SentenceView, cand: Candidate, start: int) -> int:
    """The index of the genitive (or "लिए") that links the ordered content to the order noun, or
    -1 when the order noun does not close a content phrase."""
    toks = sv.tokens
    j = cand.first - 1
    while j > start and toks[j].text in _PARTICLES_AFTER:
        j -= 1
    return j if j > start and toks[j].text in _LINKS else -1


def held_in(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """Add to ``roles`` as target the areas or institutions an order with no addressee is to be
    carried out in ("प्रशासन की ओर से … दोनों इलाकों में सख्ती के साथ लॉकडाउन का पालन करने के
    निर्देश दिए गए", "… ने … नए मेडिकल कॉलेजों में भी … व्यवस्था करने का आदेश"), else the
    public of the issuer's whole territory written so ("… ने … राज्य में पूर्ण लॉकडाउन का
    निर्देश दिया"). The "X में" must stand in the order's own content, after its agent and before
    the genitive that links the content to the order noun, with no finite verb between; an
    addressee written with को or से, a participle's place ("… में आए हर नागरिक") or a home leave
    it alone."""
    if cand.trig.type != "COERCE" or cand.trig.mode not in _ORDER_MODES or roles.target:
        return
    if not roles.source:
        return  # "सभी जिलों में आइसोलेशन वॉर्ड बनाने के आदेश दिए गए हैं": no issuer, no addressee
    link = _order_link(sv, cand, start)
    if link < 0:
        return
    toks = sv.tokens
    first = link
    while first > start and toks[first - 1].text not in _CLAUSE_ENDS:
        first -= 1
    if any(
        u.marker in _PEOPLE_MARKS and first <= u.first < link and gloss(sv.text_of(u.first, u.last))
        for u in sv.units
    ):
        return  # "मंत्रियों से … संभालने का निर्देश": an addressee of its own kind
    units: list[Unit] = [u for u in sv.units if first <= u.first and u.last < link]
    places: list[tuple[int, int]] = []
    held: list[Unit] = []
    territory: tuple[int, int] | None = None
    lo = first
    for j in range(first + 1, link):
        if toks[j].text != "में":
            continue
        after, lo = lo, j + 1
        while lo < link and (toks[lo].text in _LIST_JOINTS or toks[lo].text.isdigit()):
            lo += 1  # "एसएन मेडिकल कॉलेज में 100, जिला अस्पताल में 50, …": the next place
        if any(t.text in _NOT_HELD_AFTER for t in toks[j + 1 : link]):
            continue
        head = toks[j - 1].text.removesuffix("भर")
        if head in _TERRITORY or toks[j - 1].text in _TERRITORY or toks[j - 1].text == "भर":
            at = j - 2 if toks[j - 1].text == "भर" else j - 1
            if toks[at].text in _TERRITORY and not (at > first and toks[at - 1].text in _LINKS):
                lead = at - 1 if at > first and toks[at - 1].text in _WHOLE else at
                territory = territory or (lead, j - 1)
            continue
        named = next((u for u in units if u.last == j - 1 and u.first >= after), None)
        if named is not None and unit_actors(named):
            held.append(named)  # "एसएन मेडिकल कॉलेज में", "नोएडा में": a named place or body
            continue
        span = glossed_span(sv, after, j - 1, units, _NP_STOPS)
        if span is None:
            continue
        said = gloss(sv.text_of(span, j - 1))
        if said is None or said.split()[-1] not in _HELD_IN:
            continue
        places.append((span, j - 1))
    for u in held:
        add_role(roles, "target", u, sv, unit_actors(u))
    for lead, end in places:
        text = sv.text_of(lead, end)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[lead].start, toks[end].end, ident))
        roles.target.append(ident)
    if (
        not places
        and not held
        and territory is not None
        and sum(t.text == "में" for t in toks[first:link]) == 1
    ):
        public_addressee(sv, cand, roles, territory)
