"""Who acted, where the clause names its doer with no case marker: unmarked and dropped subjects.

Why a module of its own: an agent with ने is read by :mod:`khabar.events.roles`, but Hindi
news also names the doer of a progressive, inceptive, completive or future act as the clause's
unmarked (nominative) subject ("प्रदर्शनकारी … प्रदर्शन कर रहे थे", "स्वास्थ्य विभाग की टीम …
क्वारंटाइन में रखेगी"), a request in the copula by its genitive holder, and drops a subject it
just named. These rules read where such a subject stands in its clause, for
:func:`khabar.events.parties.fallback_source` (and :func:`khabar.events.hindi.extract_sentence`
for an office holder's dropped subject), only where no agent was found, and cut a target
phrase that took such a subject in. The other agent modules (:mod:`.agents`, :mod:`.meetings`,
:mod:`.speakers`, :mod:`.conjoined`) read the animate test, the word sets of a subject's clause
(postpositions, relatives, the first person, "but") and ``_MARKED_OR_BY`` from here, and this
module reads none of them.
"""

from __future__ import annotations

from ..entities.structure import ORG_HEAD_WORDS
from ..model import Argument
from .anaphora import people_head
from .announced_content import announced_perfect
from .arguments import Roles
from .candidates import Candidate
from .clause import PARTICLES, DocContext, SentenceView, Unit, is_place, unit_actors
from .glossary import names_actor
from .objects import glossed_span
from .timexowner import _clause_start
from .verbforms import _FUTURE
from .voice import (
    _AGENT_MARKED,
    _PERFECT,
    _WENT,
    _ends_finite,
    _passive,
    _transitive_perfect,
    told_perfect,
)

# Sectors of an official who issues orders (an officer of the administration or the police).
_AUTHORITY_SECTORS = frozenset({"GOV", "COP"})


def _office_holder_dropped(
    cand: Candidate, sv: SentenceView, ctx: DocContext, text: str = ""
) -> bool:
    """A dropped subject whose antecedent is an office holder named with a title ("डीसी मुकेश
    कुमार आहूजा ने तुरंत संज्ञान लिया है । … को कंटेनमेंट जोन घोषित किया है"): the order is
    that official's, not the guessed authority of the place (checked before the agentless rule,
    which would otherwise answer for an active perfect with no ने)."""
    officials = {
        m.entity_id for w, m in ctx.actors.holders.items() if w.sector in _AUTHORITY_SECTORS
    }
    if not ctx.last_agents or not officials.issuperset(ctx.last_agents):
        return False
    # any passive ("घोषित किए जा चुके हैं", "बंद कर दिया जाए") names no agent: left to the rules
    # of the agentless order
    passive = _passive(cand) or any(t.startswith("जा") for t in cand.verb[:4])
    return not passive and _dropped_subject(cand, sv, ctx, text)


def _dropped_subject(cand: Candidate, sv: SentenceView, ctx: DocContext, text: str = "") -> bool:
    """A perfect transitive act with no agent anywhere before it, right after a sentence that
    named one ("मुख्यमंत्री ने … बैठक की । साथ ही लोगों से अपील की कि …"): Hindi drops the
    subject it just named, so the act is that agent's (anaphoric, like उन्होंने). A passive
    ("अपील की गई") names no agent and is left to the agentless rule."""
    # a verb trigger that is the clause's own active perfect ("… को कहा है ।") is one too, and
    # ends its sentence as a finite act (round ev195)
    told = told_perfect(cand, sv)
    # an act announced or decided in the perfect is one too, and finite ("… बंद करने की भी
    # घोषणा की है ।", "… बंद रखने का फैसला किया है": round ms1, :mod:`.announced_content`)
    announced = announced_perfect(cand)
    if not ctx.last_agents or not (_transitive_perfect(cand) or told or announced):
        return False
    if told and (not text or "\n" in text[ctx.agents_end : sv.start]):
        return False  # ... within its paragraph: a break starts another item of a list
    finite = told or announced or _ends_finite(cand)
    # the sentence right before, or the one before that when the sentence ends in a plain finite
    # act ("… ने बैठक की । इसमें 20 मामले मिले । साथ ही अपील की"): a count or a quote between
    # does not change who is acting, and Hindi reports drop the subject across it
    near = 0 < sv.index - ctx.agents_sentence <= (2 if finite else 1)
    # or within two sentences of an "उन्होंने" that carried the agent on, for the sentence's own
    # finite act only ("उन्होंने … रोक लगा दी है । यह रोक … रहेगी । इसके साथ ही … निर्देश
    # दिया ।"), not a genitive read as a light verb ("लॉकडाउन की अवधि"); round ev58
    near = near or (finite and 0 < sv.index - ctx.carried_at <= 2)
    if not near:
        return False
    before = sv.tokens[: cand.first]
    return not any(t.text in _AGENT_MARKED or t.text in {"द्वारा", "कि"} for t in before)


def _animate_unit(unit: Unit) -> bool:
    return any(m.type in {"PERSON", "GROUP", "ORGANIZATION"} for m in unit.mentions)


# Intransitive light verbs ("बंद रहेंगे", "बैठक होगी", "बंद हो रहे हैं"): their subject is what
# undergoes or hosts the act, not who does it
_UNDERGONE = frozenset({"हुई", "हुआ", "हुए", "हो", "होगी", "होगा", "होंगे", "होने", "होती", "होता"})
_UNDERGONE |= frozenset({"होते", "रहेंगे", "रहेगी", "रहेगा", "रहेंगी", "बनी", "बना", "बने", "बनेगी"})


# The aspects whose subject is nominative whatever the verb: progressive (कर रहे हैं), inceptive
# (करने लगे), completive (कर चुकी है); a future (करेगी, चलाएगा) too. A habitual ("सलाह देते
# हैं"), a subjunctive ("छूट दे") or a modal ("दान कर सकते हैं") is a generality, a demand or a
# possibility (all three seen as wrong agents in a spot check of corpus/hindi-covid-2020, ev16).
_ASPECT_NOMINATIVE = frozenset({"रहा", "रही", "रहे", "रहीं", "लगे", "लगा", "लगी", "लगीं"})
_ASPECT_NOMINATIVE |= frozenset({"चुका", "चुकी", "चुके", "चुकीं"})
# The speaker as subject ("मैं … की मांग करता हूं"): not the unit that follows
_FIRST_PERSON = frozenset({"मैं", "हम", "मै"})


# What may not follow a bare name that is a subject: a postposition, a genitive, a list's join
_NOT_SUBJECT_AFTER = frozenset({"में", "से", "के", "की", "का", "को", "पर", "ने", "तक", "और", "व", ",", "-"})


def _country_alone(sv: SentenceView, u: Unit, start: int) -> bool:
    """A bare country name opening its clause, the next word not a postposition or genitive
    ("रूस चीन के साथ …": the subject; not "भारत में", "चीन के वुहान", "भारत-चीन"), round ev27;
    one country of two words too ("साउथ कोरिया … क्वारंटाइन पर भेज रहा है", "सऊदी अरब … रोक
    लगाएगा", round ev112: were no subject), not two countries named bare side by side."""
    if not u.mentions or any(m.type != "COUNTRY" for m in u.mentions):
        return _states_listed(sv, u)
    if u.last != u.first and len(u.mentions) != 1:
        return False
    nxt = sv.tokens[u.last + 1].text if u.last + 1 < len(sv.tokens) else ""
    return nxt not in _NOT_SUBJECT_AFTER


# The words that join the items of a list ("पंजाब, पश्चिम बंगाल, तेलंगाना, महाराष्ट्र और ओडिशा")
_LIST_JOINS = frozenset({",", "और", "व", "तथा", "एवं"})


def _states_listed(sv: SentenceView, u: Unit) -> bool:
    """A list of two or more bare states or countries joined by commas and "और", opening the
    clause with no postposition after it ("पंजाब, पश्चिम बंगाल, तेलंगाना, महाराष्ट्र और ओडिशा
    पहले ही … लॉकडाउन की अवधि को बढ़ा चुके हैं"): the states did it, as a country alone does.
    Round ev139 (issue 13), a core miss of tuning set Uk; a state alone stays no subject
    ("दिल्ली अभी …" is as often where as who), the list words between the names only."""
    if len(u.mentions) < 2 or any(m.type not in {"COUNTRY", "REGION"} for m in u.mentions):
        return False
    named = [(m.start, m.end) for m in u.mentions]
    joins = [
        t.text for t in sv.tokens[u.first : u.last + 1]
        if not any(a <= t.start < b for a, b in named)
    ]
    if not joins or any(j not in _LIST_JOINS for j in joins):
        return False
    nxt = sv.tokens[u.last + 1].text if u.last + 1 < len(sv.tokens) else ""
    return nxt not in _NOT_SUBJECT_AFTER


# A country or state named bare and followed by "भी" ("कतर के पहले कुवैत भी … उड़ानों पर रोक
# लगा चुका है", "ओडिशा भी कोरोना को आपदा घोषित कर चुका है"): "X too has done it" compares X
# with another actor that did the same, so X is the subject, never a place where it happened.
# Round ev58, from the "no agent" drops of the unseen stand-in sets D-H and 80 corpus day
# files outside the gold's days (2 such subjects lost there, no wrong one gained).
_ALSO = "भी"


def _place_also(sv: SentenceView, u: Unit) -> bool:
    """A bare country or state name (no postposition) followed by "भी": the subject."""
    if u.marker is not None or not u.mentions or u.anaphor:
        return False
    if any(m.type not in {"COUNTRY", "REGION"} for m in u.mentions):
        return False
    k = u.last + 1
    return k < len(sv.tokens) and sv.tokens[k].text == _ALSO


def _preparing(sv: SentenceView, cand: Candidate) -> bool:
    """An act being prepared ("पुलिस विधायक को रिमांड पर लेने की तैयारी कर रही है", "सरकार … पर
    सख्त कार्रवाई करने की तैयारी में है"): an infinitive light verb, then "की तैयारी" and a
    progressive or "में है"; its subject is nominative (round ev29, from a miss on ev27's
    self-annotated unseen articles; of the 10 such clauses on the corpus day files outside the
    gold, 2 become events, both right; the others have no act of the lexicon or no actor)."""
    toks = sv.tokens
    k = cand.last + 2  # the infinitive right after the trigger, then की तैयारी
    if not cand.light or cand.finite or k + 3 >= len(toks):
        return False
    if not toks[k - 1].text.endswith("ने") or toks[k].text != "की" or toks[k + 1].text != "तैयारी":
        return False
    nxt = toks[k + 2].text
    return nxt == "में" or (nxt == "कर" and toks[k + 3].text in _ASPECT_NOMINATIVE)


# Words between an owner's के and the subject it owns ("विभाग के सभी कर्मचारी": "सभी")
_OWNED_GAP = 2


def _nominative_agent(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The unmarked subject of a verb that takes no ने, leading its clause ("ये मजदूर शहर के …
    इलाके में सड़क पर बैठ गए और मांग करने लगे", "प्रदर्शनकारी … प्रदर्शन कर रहे थे"): a
    progressive, an inceptive (करने लगे), a completive or a future has a nominative subject, even
    where a place or an intransitive verb before "और" stands between it and the trigger (corpus
    sentences of "<group> … मांग करने लगे / कर रहे थे" outside the event gold, round ev16). Not
    for a perfect transitive (its agent takes ने: an unmarked noun there is its object), a
    passive, an infinitive nested in another act, nor past a ने or द्वारा agent. Only places
    and dates may stand before the subject in the clause; it names a person, group or body."""
    toks = sv.tokens
    if not _preparing(sv, cand):
        if not cand.finite or _passive(cand) or _transitive_perfect(cand):
            return None
        verb = [t for t in cand.verb if t not in PARTICLES]
        if not cand.light or not verb or verb[0] in _NOT_NOMINATIVE_VERB:
            return None
        # ... or went off to it ("हड़ताल पर चले गए / चले जाएंगे": intransitive, round ev26)
        if not (_ASPECT_NOMINATIVE & set(verb[1:3]) or _FUTURE.search(verb[0]) or verb[0] in _WENT):
            return None
    before = {t.text for t in toks[start : cand.first]}
    relative = start > 0 and toks[start - 1].text == "जो"
    if relative or before & _MARKED_OR_SPEAKER:
        return None  # "… जो डॉक्टर … का समर्थन नहीं कर रहे": the relative pronoun is the subject
    found = _subject_in(sv, start, cand.first)
    if found is None and _no_subject(sv, start, cand.first) and (
        lo := _conjunct_before(sv, start)
    ) is not None:
        found = _subject_in(sv, lo, start - 1)  # the first conjunct's subject (round ev58)
    return found


# "X एक तरफ तो … पर जोर देती है लेकिन दूसरी तरफ … आदेश दे रही है": the clause after "लेकिन"
# that names no subject of its own shares the first conjunct's, when that conjunct ends in a
# verb whose subject is nominative too (a present, progressive or future; a ने-agent's perfect
# is left to the shared-agent rules). Round ev58, from the "no agent" drops of 186 corpus day
# files outside the gold's days. The words of "but" with the spellings परन्तु, किन्तु (round
# ev50's set, the one in force for both rules), which conjoined.py's shared agent reads too.
_BUT = frozenset({"लेकिन", "मगर", "परंतु", "परन्तु", "किंतु", "किन्तु"})
_NOMINATIVE_END = frozenset({"है", "हैं", "रहा", "रही", "रहे", "गा", "गी", "गे"})


def _conjunct_before(sv: SentenceView, start: int) -> int | None:
    """Where the first conjunct starts, when the clause at ``start`` follows "लेकिन" after a
    verb with a nominative subject; None otherwise."""
    toks = sv.tokens
    if start < 3 or start > len(toks) or toks[start - 1].text not in _BUT:
        return None
    end = toks[start - 2].text
    if end not in _NOMINATIVE_END and not _FUTURE.search(end):
        return None
    lo = _clause_start(sv, start - 1)
    if any(t.text in _MARKED_OR_BY for t in toks[lo : start]):
        return None
    return lo


_PRONOUN_SUBJECTS = frozenset({"यह", "वह", "ये", "वे", "वो", "इसे", "उसे", "यहां", "वहां"})


def _no_subject(sv: SentenceView, start: int, end: int) -> bool:
    """No unmarked noun or pronoun in tokens ``start``..``end`` could be a subject of its own
    ("लेकिन यह योजना … मदद करेगी": the plan helps, not the first conjunct's subject)."""
    if not _PRONOUN_SUBJECTS.isdisjoint(sv.texts[start:end]):
        return False
    return not any(
        u.marker is None and start <= u.first and u.last < end and u.mentions for u in sv.units
    )


def _subject_in(sv: SentenceView, start: int, end: int) -> Unit | None:
    """The nominative subject leading tokens ``start``..``end``: places and dates may stand
    before it; it names a person, group or body (or a country alone or with "भी"). A को-phrase
    may be fronted before a country alone, the recipient put first (round ev114: "श्रीलंका को भी
    भारत … टेबलेट भेजेगा"): the country right after it (and a भी) is the subject, nothing else
    ("पोर्टल जनता को अधिकारियों तक पहुंचने में मदद करेगा": no subject after "जनता को")."""
    lead = start
    for u in sv.units:
        if u.first < start or u.last >= end:
            continue
        if lead == start and u.marker == "को" and u.marker_end < end:
            # the first phrase of the clause, fronted: a country may follow it (and a भी)
            lead = u.marker_end + (sv.tokens[u.marker_end].text == _ALSO)
            continue
        if lead != start:
            fronted = u.first == lead and u.marker is None and _country_alone(sv, u, lead)
            return u if fronted else None
        if u.first == start and u.marker is None and _country_alone(sv, u, start):
            return u  # "रूस … चीन के साथ … सहयोग करेगा": a country's own future act (round ev27)
        if _place_also(sv, u) and unit_actors(u):
            return u  # "कुवैत भी … रोक लगा चुका है": the country too did it (round ev58)
        if is_place(u) and u.marker in {"में", "पर", None, "के", "की", "का"}:
            continue  # "शहर के वारछा इलाके में", "बांद्रा में": where, not who
        if u.marker in {"के", "की", "का"} and _team_of(sv, u, end):
            return u  # "स्वास्थ्य विभाग की टीम … क्वारंटाइन में रखेगी": the department acts
        if u.marker in {"के", "की", "का"} and any(
            u.marker_end <= o.first <= u.marker_end + _OWNED_GAP and o.marker is None
            for o in sv.units
        ):
            # "बिजली विभाग के सभी कर्मचारी … हड़ताल पर चले जाएंगे": the owner of the subject
            # that follows (round ev42: departments became actors of the dictionary)
            continue
        ok = u.marker is None and not u.anaphor and _animate_unit(u) and bool(unit_actors(u))
        return u if ok else None
    return None


# Round ev70 (issue 13): a body's team or officers act for it ("स्वास्थ्य विभाग की टीम … क्वारंटाइन
# में रखेगी", "प्रशासन के अधिकारी … सील करेंगे"), unlike its employees, who may strike on their own
# ("बिजली विभाग के सभी कर्मचारी … हड़ताल पर चले जाएंगे", kept as the employees above). From the
# "no agent" drops of stand-ins C-J (J: "स्थानीय स्वास्थ्य अधिकारी … रखेंगे") and of 320 corpus day
# files outside the gold's days.
_ACTS_FOR = frozenset({"टीम", "टीमें", "अधिकारी", "अफसर", "अधिकारीगण", "पदाधिकारी"})
_POSTPOSITIONS = frozenset({"के", "की", "का", "को", "से", "में", "पर", "ने", "द्वारा", "तक"})
# what may end the adverbial before a leading subject ("… पहुंचने के बाद स्थानीय अधिकारी")
_LEAD_ENDS = _POSTPOSITIONS | {"बाद", "दौरान", "पहले", ","}
_RELATIVES = frozenset({"जो", "जिन", "जिस", "जिसे", "जिन्हें"})


def _team_of(sv: SentenceView, u: Unit, end: int) -> bool:
    """Whether the genitive unit ``u`` owns a team or officers that lead the clause as its
    unmarked subject: a body named as an actor, then (a modifier or two and) the team word,
    not followed by a postposition ("विभाग की टीम को", "टीम के साथ": not the subject)."""
    if not unit_actors(u) or not _animate_unit(u):
        return False
    toks = sv.tokens
    for k in range(u.marker_end, min(u.marker_end + _OWNED_GAP + 1, end)):
        if toks[k].text in _ACTS_FOR:
            return k + 1 < end and toks[k + 1].text not in _POSTPOSITIONS
        if toks[k].text in _POSTPOSITIONS or any(o.first == k for o in sv.units):
            return False
    return False


def _request_holder(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """Whose request in the copula is it, when a body leads the clause in the genitive
    ("प्रशासन की आम लोगों से भी अपील है कि …": the administration's appeal; round ev70, from
    the "no agent" drops of stand-ins C-J, sets D and F). Places before it are where; the first
    other unit must be that genitive actor (a person, group or body), no anaphor."""
    for u in sv.units:
        if u.first < start or u.last >= cand.first:
            continue
        if is_place(u) and u.marker in {"में", "पर", None}:
            continue
        ok = u.marker in {"की", "का", "के"} and not u.anaphor and _animate_unit(u)
        return u if ok and unit_actors(u) else None
    return None


def after_subject(sv: SentenceView, subject: Argument, roles: Roles, target: list[str]) -> list[str]:
    """The target ``text:`` phrases cut to begin after an unmarked glossed subject they took in
    (the object reader runs back over it: "स्थानीय अधिकारी इस गांव को सील कर रहे हैं" seals "इस
    गांव", not "स्थानीय अधिकारी इस गांव"; "गांव के लोग इस मुद्दे पर सवाल उठा रहे हैं" has no
    target "लोग इस मुद्दे"), or left out when nothing of them is left; the new target. Round
    ev112: seen on the subjects :func:`_official_subject` reads."""
    toks = sv.tokens
    renamed: dict[str, str] = {}
    for a in roles.args:
        ident = a.entity_id or ""
        if a.role != "target" or not ident.startswith("text:") or ident == subject.entity_id:
            continue
        if not (a.start < subject.end and subject.start < a.end):
            continue
        last, k = sv.token_at(a.end - 1), sv.token_at(subject.end - 1) + 1
        if k > last or subject.end >= a.end:
            renamed[ident] = ""
            continue
        text = sv.text_of(k, last)
        renamed[ident] = f"text:{text}"
        a.text, a.start, a.entity_id = text, toks[k].start, f"text:{text}"
    out = [renamed.get(t, t) for t in target]
    return [t for t in out if t]


def trim_team(sv: SentenceView, subject: Unit, roles: Roles, target: list[str]) -> list[str]:
    """The target ``text:`` phrases without the team word of a body's team that is the subject
    ("पुलिस की टीम इलाके को सील करेगी": the area is sealed, not "टीम इलाके"); the new target."""
    toks = sv.tokens
    team = next(
        (k for k in range(subject.marker_end, min(subject.marker_end + _OWNED_GAP + 1, len(toks)))
         if toks[k].text in _ACTS_FOR),
        None,
    )
    if team is None:
        return target
    renamed: dict[str, str] = {}
    for a in roles.args:
        if a.role != "target" or not (a.start <= toks[team].start < a.end):
            continue
        last = sv.token_at(a.end - 1)
        if not (a.entity_id or "").startswith("text:") or last <= team:
            continue
        text = sv.text_of(team + 1, last)
        renamed[a.entity_id or ""] = f"text:{text}"
        a.text, a.start, a.entity_id = text, toks[team + 1].start, f"text:{text}"
    return [renamed.get(t, t) for t in target]


# Round ev112 (issue 13): any group or calling the glossary knows as people leads such a clause
# as officials do ("नागरिक लगातार छिड़काव की मांग कर रहे हैं", "गांव के किसान … मुआवजे की मांग
# करेंगे"), in its direct form only: an oblique plural ("लोगों", "मजदूरों") is never an unmarked
# subject. From the "no agent" drops of 250 corpus day files outside the gold's days and the
# held-out sets ("मांग" and "मदद" with a nominative subject no entity names).
# a body's head word after a people word makes the people word its modifier ("किसान संगठन सरकार से
# … मांग कर रहे हैं": the organisations ask; review of round ev112)
_BODY_HEADS = frozenset(ORG_HEAD_WORDS) | {"यूनियन", "यूनियनों", "संगठनों", "समितियां", "मंच"}


def _subject_head(word: str) -> bool:
    """A word that may head the unmarked subject of :func:`_official_subject`: a team or
    officers word, or a glossary noun of people not in the oblique plural."""
    if word in _ACTS_FOR:
        return True
    return not word.endswith(("ों", "ओं")) and people_head([word]) is not None


def _official_subject(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """Officials, a team or a group of people with no body named, leading the clause as the
    unmarked subject of a future or progressive act ("… पहुंचने के बाद स्थानीय स्वास्थ्य अधिकारी …
    होम क्वारंटीन में रखेंगे", "मेडिकल टीम … जांच कर रही है", "नागरिक … मांग कर रहे हैं"): the
    glossed phrase as the source (``text:``), as :func:`.agents._glossed_agent` reads "अधिकारियों ने". Only an active transitive future or progressive
    (not "टीमें तैनात रहेंगी": the teams are what is deployed), no ने or द्वारा agent in the
    clause, the phrase right after the clause start or a postposition (it leads the clause), its
    head not followed by a postposition (then it is no subject: "अधिकारियों को")."""
    toks = sv.tokens
    if not cand.finite or _passive(cand) or _transitive_perfect(cand) or not cand.light:
        return None
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not verb or verb[0].startswith(("रह", "हो", "हु")) or verb[0] in _PERFECT:
        return None
    if not (_FUTURE.search(verb[0]) or _ASPECT_NOMINATIVE & set(verb[1:3])):
        return None
    if any(t.text in _MARKED_SPEAKER_OR_RELATIVE for t in toks[start : cand.first]):
        return None
    heads = [k for k in range(start, cand.first) if _subject_head(toks[k].text)]
    if not heads:
        return None
    k = heads[0]
    if k + 1 >= cand.first or toks[k + 1].text in _POSTPOSITIONS:
        return None
    if names_actor(toks[k + 1].text) or toks[k + 1].text in _BODY_HEADS:
        return None  # the phrase goes on ("जरूरतमंद वकीलों को", "किसान संगठन"): its head is further on
    if start > 0 and toks[start - 1].text in _RELATIVES:
        return None  # "जो लोग … सलाह दे रहे हों": a relative clause, whoever they are
    if any(u.first <= k <= u.last for u in sv.units):
        return None  # a named mention there: the unit rules above answer for it
    first = glossed_span(sv, start, k, sv.units, frozenset())
    if first is None:
        return None
    # the phrase starts after the last postposition before its head ("गाजियाबाद में स्वास्थ्य
    # अधिकारी": the place is where, not part of who)
    first = max([first] + [j + 1 for j in range(first, k) if toks[j].text in _LEAD_ENDS])
    lead = first == start or toks[first - 1].text in _LEAD_ENDS
    if not lead or not names_actor(sv.text_of(first, k)):
        return None
    text = sv.text_of(first, k)
    return Argument("source", text, toks[first].start, toks[k].end, f"text:{text}")


# The unions the agent rules test words against, built once here, after the last of their parts,
# not again for every word (round sc47); _AGENT_MARKED is ने and the pronouns that fuse with it
# ("हमने गांव को सील कर दिया है" names its agent)
_NOT_NOMINATIVE_VERB = _PERFECT | {"की", "कीं"} | _UNDERGONE
_MARKED_OR_SPEAKER = _AGENT_MARKED | _FIRST_PERSON | {"द्वारा"}
_MARKED_SPEAKER_OR_RELATIVE = _AGENT_MARKED | _FIRST_PERSON | {"द्वारा", "जो", "जिन्हें"}
_MARKED_OR_BY = _AGENT_MARKED | {"द्वारा"}
