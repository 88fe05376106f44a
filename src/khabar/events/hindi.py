"""Native Hindi event extraction: lexicon triggers, case-marker arguments, date, place, modality.

Why rules and not a model: no Hindi event-annotated political news exists to train on, and a
wrong event on a timeline is worse than a missing one. Each event comes from a trigger in the
lexicon (``data/events/triggers_hi.yaml``): a verb, or a noun with its light verb (बात की,
मुलाकात हुई, निमंत्रण दिया, आलोचना की); its arguments from the postposition after each noun phrase
(ने agent, से/के साथ partner, को recipient, की/के possessor, में place), anaphors resolved to
the last agents named; its date from the time expression that precedes it in the same clause
(Hindi puts adverbials before what they modify); its modality from the verb complex after it
(-गा/-गी/-गे planned, की उम्मीद है expected, की संभावना possible, नहीं denied) or a word before it
(प्रस्तावित proposed). An event without an actor is dropped.

The work is split by concern: :mod:`khabar.events.candidates` finds triggers with their light
verbs, :mod:`khabar.events.verbforms` reads the verb complex (modality, voice, the date owned),
:mod:`khabar.events.agents` holds the rules for an agent the case markers do not name; this module
decides what each candidate becomes. Their underscored names are private to this package.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..model import Argument, Article, Event
from .agents import (
    _BODIES,
    _WE_DID,
    _body_met,
    _by_glossed,
    _conjoined_agent,
    _convened,
    _current_speaker,
    _decider,
    _dropped_subject,
    _first_person,
    _glossed_agent,
    _held,
    _infinitive,
    _meeting_agent,
    _meeting_head,
    _met_in,
    _nominative_agent,
    _note_speaker,
    _obliged_agent,
    _office_holder_dropped,
    _officials_told,
    _on_orders_of,
    _participle_agent,
    _reciprocated,
    _speaker,
    _urges,
    _we_do,
    _we_speaker,
    _while_doing,
)
from .anaphora import people_head
from .candidates import Candidate, find_candidates
from .clause import (
    DocContext,
    SentenceView,
    is_break,
    is_place,
    place_of,
    unit_actors,
)
from .gloss import day_of
from .issuer import (
    LOCAL_MODES,
    POLICE_MODES,
    PROMISED,
    authority,
    authority_goes_on,
    central_rule,
    goes_on,
    health_issuer,
    national_government,
    national_matter,
    official_speaking,
    sentence_issuer,
    sports_fixture,
)
from .lexicon import TriggerLexicon, hindi_triggers
from .roles import PASSIVE, Roles, add_role, assign_roles, case_count
from .verbforms import (
    _AGENT_MARKED,
    _FUTURE,
    _HO_FUTURE,
    _NEGATION,
    _PLANNED,
    _agentless,
    _asks_to,
    _clause_start,
    _closed_until,
    _demanded,
    _imperative_clause,
    _participle,
    _passive,
    _present_request,
    _purposed,
    _since_duration,
    _stays,
    _time_args,
    _timex_owner,
    _transitive_perfect,
    granted_passive,
    modality_of,
)


@dataclass(frozen=True)
class Fate:
    """What became of one candidate trigger: ``kept`` (the type of the event made) or the rule
    that dropped it. Recorded only inside :func:`tracing`, for tools/why_missed.py, which counts
    why gold events are missed without printing the sentences of the held-out half."""

    article: str
    sentence: str
    trigger: str
    type: str
    fate: str


_TRACE: ContextVar[list[Fate] | None] = ContextVar("khabar_event_trace", default=None)


@contextmanager
def tracing() -> Iterator[list[Fate]]:
    """Record the fate of every candidate trigger extracted inside the block (off by default:
    extraction without it records nothing)."""
    fates: list[Fate] = []
    token = _TRACE.set(fates)
    try:
        yield fates
    finally:
        _TRACE.reset(token)


def note(article: Article, sv: SentenceView, cand: Candidate, fate: str, type_: str = "") -> None:
    """Record ``cand``'s fate when tracing is on."""
    fates = _TRACE.get()
    if fates is None:
        return
    toks = sv.tokens
    text = article.text[toks[cand.first].start : toks[cand.last].end]
    sentence = article.text[sv.start : sv.end]
    fates.append(Fate(article.id, sentence, text, type_ or cand.trig.type, fate))


# Zones (red, orange, green) are set by the Centre or a state, never by a district (round ev35,
# issue 13): "राज्य के पांच जिला रेड जोन में रखे गये है" under a Patna dateline is Bihar's, not
# Patna's administration's (tune half of the event gold; DH-2020-MAY-02.txt, PK-2020-MAY-04.txt
# outside it). An agentless placement guessed as a town's goes to the state the article names,
# else the country.
ZONE_MODES = frozenset({"zone"})


def _zone_issuer(ctx: DocContext) -> tuple[str, str, str]:
    gov = ctx.actors.government
    own = gov if gov and "-" in gov[0] else ctx.actors.state
    if own is None:
        return national_government()
    name = f"Government of {own[1]}"
    return f"actor:{name}", f"{own[0]} GOV", name


_POSTPOSITIONS = frozenset({"की", "के", "का", "को", "से", "में", "पर", "ने", "तक", "और", ","})


def _next_kind(sv: SentenceView, cand: Candidate) -> str:
    """The word after a trigger as a class (a postposition itself, a stop, a light verb of
    another entry, a passive or future verb, else "a word"), so a trace can say which
    construction dropped it without quoting the sentence."""
    k = cand.last + 1
    if k >= len(sv.tokens) or is_break(sv.tokens, k):
        return "a stop"
    text = sv.tokens[k].text
    if text in _POSTPOSITIONS:
        return text
    if text in hindi_triggers().light_verbs:
        return "another light verb"
    if _FUTURE.search(text) or text in PASSIVE:
        return "a future or passive verb"
    return "a word"


def note_heading(article: Article, sv: SentenceView) -> None:
    """Record the triggers of a heading, which the stage skips, when tracing is on."""
    if _TRACE.get() is not None:
        for cand in find_candidates(sv, hindi_triggers()):
            note(article, sv, cand, "heading")


def event_id(article_id: str, trigger_start: int) -> str:
    return hashlib.sha1(f"{article_id}:{trigger_start}".encode()).hexdigest()[:16]


# One's own office closed, oneself quarantined ("खुद को होम क्वारंटाइन कर लिया", "सेल्फ
# क्वारंटाइन"): no coercion of anyone.
_REFLEXIVE = frozenset({"अपना", "अपनी", "अपने", "खुद", "ख़ुद", "स्वयं", "सेल्फ"})
# "खुद को 14 दिनों के लिए आइसोलेशन में रखा", "खुद ही 14 दिन तक आइसोलेशन में रखने को कहा"
# (PK-2020-MAR-18.txt, NT-2020-MAR-11.txt, round ev13): oneself as the object anywhere in the clause
_SELF = frozenset({"खुद", "ख़ुद", "स्वयं"})


# One's own jurisdiction or one's own officials is no private affair of the agent: "उत्तर कोरिया
# ने अपनी सीमाएं बंद कर ली", "सेना ने अपने सैन्य एरिया को पूरी तरह सील कर दिया", "अपने राज्यों
# में जारी लॉकडाउन की अवधि को बढ़ा चुके हैं", "मुख्यमंत्री ने अपने मंत्रियों को निर्देश दिया है"
# (round ev47: of the 51 "reflexive" drops on 321 corpus/hindi-covid-2020 day files outside the
# event gold, read by hand, the 5 whose possessed noun is one of these heads are measures on a
# territory or an order to subordinates (3 now kept, 2 still lack an agent); none of the other
# 46 has one). A head only when a postposition or the trigger follows it ("अपने शहर वाले नंबर
# को" is a phone number). Offices: "पार्टी ने अपना दफ्तर बंद कर दिया" is one's own affair.
_OWN_DOMAIN = frozenset(
    {"सीमा", "सीमाएं", "सीमाएँ", "सीमाओं", "राज्य", "राज्यों", "देश", "प्रदेश", "जिले", "जिलों"}
    | {"क्षेत्र", "क्षेत्रों", "इलाके", "इलाकों", "एरिया", "शहर", "शहरों"}
    | {"मंत्रियों", "अधिकारियों", "अफसरों"}
)
_POSSESSIVE_SELF = frozenset({"अपना", "अपनी", "अपने"})
_HEAD_END = frozenset({"को", "में", "की", "के", "का", "पर", "से"})


def _own_domain(sv: SentenceView, start: int, end: int) -> bool:
    """Every reflexive of the clause before the trigger at ``end`` is a possessive whose head,
    within three words, is a territory or one's officials (``_OWN_DOMAIN``), and no खुद/स्वयं."""
    toks = sv.tokens
    seen = False
    for k in range(start, end):
        w = toks[k].text
        if w in _REFLEXIVE - _POSSESSIVE_SELF:
            return False
        if w not in _POSSESSIVE_SELF:
            continue
        heads = [
            j
            for j in range(k + 1, min(k + 4, end))
            if toks[j].text in _OWN_DOMAIN and (j + 1 == end or toks[j + 1].text in _HEAD_END)
        ]
        if not heads:
            return False
        seen = True
    return seen


# An agent marker not of "we/I" (the set built once, not per token: round sc36, issue 16).
_OTHERS_DID = _AGENT_MARKED - _WE_DID


def _self_object(sv: SentenceView, start: int, end: int) -> bool:
    """Oneself is the object of the clause's act: खुद/स्वयं followed by को or ही before it."""
    toks = sv.tokens
    return any(
        toks[k].text in _SELF and toks[k + 1].text in {"को", "ही"} for k in range(start, end - 1)
    )
_FROM_IT = frozenset({"इससे", "इनसे", "उससे", "उनसे"})
# Words of a medical test in the clause of a "जांच" ("कोविड-19 की जांच", "चिकित्सकों ने … की जांच
# की", "सैंपल की जांच"): all ten "investigations" made in corpus/hindi-covid-2020 outside the event
# gold were tests of people (round ev18)
_MEDICAL = frozenset(
    {"कोविड", "कोविड-19", "कोविड19", "कोरोना", "सैंपल", "सैंपलों", "नमूने", "नमूनों", "संक्रमण"}
    | {"संक्रमित", "लक्षण", "टेस्ट", "थर्मल", "मेडिकल", "चिकित्सकों", "डॉक्टरों", "स्वास्थ्य"}
)


# The head nouns of bodies and offices (a closed class of Hindi news words): a ने-agent ending in
# one acts as an institution even where neither the tagger nor the actor dictionary names it
# ("श्राइन बोर्ड (एसएमवीडीएसबी) ने … नहीं आने को कहा", "आयोग ने … कदम उठाने को कहा है"): round
# ev22, from the "no agent" drops of 381 day files
# of corpus/hindi-covid-2020 outside the event gold, where such agents were the largest group;
# the 48 events it adds there (41 bodies, then 7 offices), read by hand: 44 right, 4 wrong
# (मान्यता प्रदान read as aid, a concern about a virus, a conditional "नहीं चलाई तो", a prediction
# read as a request)
_INSTITUTIONS = frozenset(
    {"मंत्रालय", "विभाग", "बोर्ड", "आयोग", "प्राधिकरण", "परिषद", "संगठन", "निगम", "निदेशालय"}
    | {"कॉर्पोरेशन", "कॉरपोरेशन", "समिति", "बैंक", "संस्थान", "अदालत", "न्यायालय"}
    | {"दूतावास", "उच्चायोग", "एसोसिएशन", "फेडरेशन", "महासंघ", "यूनियन", "ब्यूरो", "केंद्र"}
    | {"प्रशासन", "टीम", "महानिदेशालय", "विश्वविद्यालय", "यूनिवर्सिटी", "मिशन"}
    # offices ("मुंबई के नगर निकाय के आयुक्त ने … बंद करने का निर्देश दिया", "कैबिनेट सचिव ने");
    # not police units ("क्राइम ब्रांच"): police words are the actor dictionary's (COP), and the
    # one such event in the disaster stories gold, an article's first, split it from its story
    | {"आयुक्त", "उपायुक्त", "सचिव", "निदेशक", "महानिदेशक", "कलेक्टर"}
    # round ev26 (the "no agent" drops with a ने-agent of 381 corpus day files outside the gold):
    # UP's "शासन" (the state government), a trade body (व्यापार मंडल), regulators, local bodies;
    # 4 events there, read by hand, all right
    | {"शासन", "मंडल", "नियामक", "महानियंत्रक", "निकाय", "पालिका", "महापालिका"}
    # round ev29 (unseen articles self-annotated outside the gold, /tmp/ev27 and /tmp/ev29; the
    # "no agent" drops with a ने-agent of the corpus day files outside the gold): firms ("निजी
    # फर्म ने … देने से मना कर दिया", "कंपनी ने") and a head office unnamed ("यूएन महासचिव ने …
    # आग्रह किया है"). Not अधिकारी ("एक अधिकारी ने", "शीर्ष अधिकारी ने … सलाह दी"): right on the
    # COVID articles, but such events joined unrelated stories (the disaster stories gate fell)
    | {"फर्म", "कंपनी", "महासचिव", "प्रशासक"}
)
# Plural bodies and organised groups acting together (round ev29, same source): "यूनियनों ने
# … विरोध किया", "व्यापारी संगठनों ने", "कर्मचारियों ने … मांग की है" heads like these; a plural
# of an institution noun above counts too (मंत्रालयों, विभागों, कंपनियों).
# Not people at large (लोगों, मरीजों) nor countries/states, whose acts are the entities' to name.
# Both additions: 11 events more on the 340 corpus day files outside the gold, read by hand: 10
# right, 1 wrong (experts' concern about a disease); +1 core on ev27's self-annotated unseen test.
_GROUPS = frozenset(
    {"कर्मचारियों", "कर्मियों", "मजदूरों", "श्रमिकों", "व्यापारियों", "दुकानदारों", "किसानों"}
    | {"डॉक्टरों", "चिकित्सकों", "शिक्षकों", "वकीलों", "कार्यकर्ताओं", "पदाधिकारियों", "सदस्यों"}
    | {"नेताओं", "विधायकों", "सांसदों", "विशेषज्ञों", "वैज्ञानिकों", "आयोजकों"}
)


def _institution_head(word: str) -> bool:
    """Whether a ने-agent's head word names a body, an office or an organised group."""
    if word in _INSTITUTIONS or word in _GROUPS or _ACRONYM.fullmatch(word):
        return True
    for plural, singular in (("ियों", "ी"), ("ियों", "िया"), ("ों", ""), ("ओं", "")):
        if word.endswith(plural) and word[: -len(plural)] + singular in _INSTITUTIONS:
            return True  # "यूनियनों", "कंपनियों", "मंत्रालयों", "विभागों"
    return False


# An abbreviation written out in the Hindi names of Latin letters ("डीजीसीए ने … गाइडलाइंस जारी की",
# "एनडीएमए ने"): an organisation's or office's name, two to eight letters (round ev22; the 8 events
# it adds on the 381 corpus day files outside the event gold, read by hand: all 8 right)
_LETTERS = ["ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ"]
_LETTERS += ["पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड"]
_ACRONYM = re.compile("(?:" + "|".join(sorted(_LETTERS, key=len, reverse=True)) + "){2,8}")
# Words that end the agent phrase going left: postpositions, conjunctions, the complementiser
_PHRASE_STOPS = frozenset({"की", "के", "का", "को", "से", "में", "पर", "ने", "तक", "द्वारा", "कि"})
_PHRASE_STOPS |= frozenset({"और", "तथा", "व", ",", ":", "-", "'", '"', "‘", "’"})
# ... and the particles and linking adverbs a sentence opens with ("इसके साथ ही मंत्रालय ने")
_PHRASE_STOPS |= frozenset({"ही", "भी", "तो", "साथ", "बाद", "अलावा", "उधर", "इधर", "वहीं", "अब"})
# ... and the participle closing an adverbial ("खतरे को देखते हुए शासन ने", round ev26)
_PHRASE_STOPS |= frozenset({"हुए"})


def _institution_agent(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """The clause's last ने-agent when its head is a body or an office (:data:`_INSTITUTIONS`)
    and no entity stands there: a ``text:`` source with the phrase as evidence (up to four words
    before ने, a bracketed abbreviation skipped). Only for an active, finite act of the agent's
    own clause; not when a named agent stands at that ने (the roles chose not to take it)."""
    toks = sv.tokens
    if _passive(cand) or not cand.finite or cand.trig.type == "CONSULT":
        return None
    ne = [k for k in range(start + 1, cand.first) if toks[k].text == "ने"]
    if not ne:
        return None
    k = ne[-1]
    if any(u.last < k < u.marker_end and unit_actors(u) for u in sv.units):
        return None
    head = k - 1
    if toks[head].text == ")":  # "श्राइन बोर्ड (एसएमवीडीएसबी) ने"
        head = next((j - 1 for j in range(head, start, -1) if toks[j].text == "("), -1)
    if head < start or not _institution_head(toks[head].text):
        return None
    return _source_phrase(sv, start, head)


# Personal pronouns a held target may be ("उसे प्रशासन ने पकड़कर"): people, unlike इसे (it).
_HELD_PRONOUNS = frozenset({"उसे", "उन्हें", "इन्हें", "उनको", "उसको", "इनको"})


def _people(arg: Argument) -> bool:
    """Whether an argument names people: a person or group an entity or the actor dictionary
    names, a personal pronoun, or a phrase ending in a people noun of the glossary."""
    ident = arg.entity_id or ""
    if ident.startswith(("actor:", "kb:person/", "name:person:")):
        return True
    return arg.text in _HELD_PRONOUNS or people_head(arg.text.split()) is not None


def _source_phrase(sv: SentenceView, start: int, head: int) -> Argument:
    """A ``text:`` source ending at the word ``head``: the phrase of up to three words before it,
    from no earlier than ``start`` and not across a clause break or a phrase stop."""
    toks = sv.tokens
    first = head
    while first - 1 >= start and head - first < 3 and toks[first - 1].text not in _PHRASE_STOPS:
        if is_break(toks, first - 1):
            break
        first -= 1
    text = sv.text_of(first, head)
    return Argument("source", text, toks[first].start, toks[head].end, f"text:{text}")


def _body_agent(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """The body whose meeting it is, named by no entity ("मंत्रिमंडल की बैठक में … फैसला लिया
    गया", "राज्य कार्यकारी समिति की बैठक में"): a ``text:`` source for a meeting noun right after
    "<body> की", the phrase up to three words before the body word (round ev26: the "symmetric,
    one party" drops of meetings with no named party on the corpus day files outside the gold)."""
    toks = sv.tokens
    if cand.trig.mode != "meeting" or cand.first - 2 < start or toks[cand.first - 1].text != "की":
        return None
    head = cand.first - 2
    if toks[head].text not in _BODIES:
        return None
    return _source_phrase(sv, start, head)


def _medical_test(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> bool:
    """A "जांच" of the public or in medical words is a test, not an investigation of anyone."""
    if any(t.startswith("actor:public") for t in roles.target):
        return True
    return any(t.text in _MEDICAL for t in sv.tokens[start : cand.last + 4])


def _named_actor(sv: SentenceView, roles: Roles) -> bool:
    """A source of the clause's own (ने-agent or possessor) named as a person or organisation,
    not a group of people ("लोगों", "मजदूरों") nor one taken from the reporter (round ev27)."""
    spans = [(a.start, a.end) for a in roles.args if a.role == "source"]
    return any(
        m.type in {"PERSON", "ORGANIZATION"} and any(m.start < e and s < m.end for s, e in spans)
        for u in sv.units
        for m in u.mentions
    )


# A meeting named by its participle, not its light verb ("मुख्यमंत्री की अधिकारियों के साथ सोमवार
# को हुई बैठक में तय किया गया", "प्रधानमंत्री की मुख्यमंत्रियों के साथ हुई बैठक के बाद"): the
# genitive opening the phrase held it with the partner before हुई, a meeting that took place
# (round ev37, issue 13: "noun without light verb" drops of tools/why_missed.py on the event
# gold; on corpus/hindi-covid-2020 outside the gold's days, read by hand)
_MET_PARTICIPLE = frozenset({"हुई", "हुए", "हुयी"})
_MEETINGS = frozenset({"बैठक", "मीटिंग"})
_GENITIVE = frozenset({"की", "के", "का"})


def _participle_meeting(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> bool:
    """A meeting noun right after हुई whose phrase opens with an actor's genitive and names a
    partner with के साथ or से ("X की Y के साथ हुई बैठक"), or opens with a body's genitive
    ("राज्य कार्यकारी समिति की सोमवार को हुई बैठक": a body meets among its members): adds X or
    the body to ``roles``' source. Not for a place's meeting ("मुख्यालय में हुई बैठक"), nor past
    an agent (ने), a break or a second genitive."""
    toks = sv.tokens
    if cand.trig.type != "CONSULT" or not cand.trig.symmetric or cand.first < 3:
        return False
    if toks[cand.first - 1].text not in _MET_PARTICIPLE:
        return False
    if toks[cand.first].text not in _MEETINGS:
        return _talk_agent(sv, cand, start, roles)  # "X ने Y से फोन पर हुई बातचीत में"

    def plain(lo: int) -> list[str] | None:
        """The words from ``lo`` to हुई, or None past an agent, a break or a genitive."""
        words = [t.text for t in toks[lo : cand.first - 1]]
        if "ने" in words or _GENITIVE & set(words) - {"के"}:
            return None
        if words.count("के") != words.count("साथ") or any(
            is_break(toks, k) for k in range(lo, cand.first)
        ):
            return None  # "X के Y के साथ": the first के is a genitive
        return words

    owner = next(
        (u for u in sv.units if u.first >= start and u.marker in _GENITIVE and u.last < cand.first),
        None,
    )
    actors = unit_actors(owner) if owner is not None and not is_place(owner) else []
    if owner is not None and actors and owner.first - start <= 2:
        words = plain(owner.marker_end)  # the owner opens the clause, a title at most before
        if words is not None and ("से" in words or "साथ" in words):
            add_role(roles, "source", owner, sv, actors)
            roles.possessor = True
            return True
    for h in range(start, cand.first - 2):
        if toks[h].text in _BODIES and toks[h + 1].text == "की":
            words = plain(h + 2)
            if words is None or len(words) > 4 or h - start > 4:
                return False
            body = _source_phrase(sv, start, h)
            roles.args.append(body)
            roles.source.append(body.entity_id or "")
            roles.explicit_source = True
            return True
    return _talk_agent(sv, cand, start, roles)  # "X ने Y के साथ हुई बैठक में कहा"


# The talks one has with a partner, named by their participle in the clause of the agent's own
# act ("नेतन्याहू ने मोदी से फोन पर हुई बातचीत के दौरान अनुरोध किया", "ठाकरे ने प्रधानमंत्री के साथ
# हुए वीडियो कॉन्फ्रेंस में यह मुद्दा उठाया"; corpus/hindi-covid-2020 outside the gold's days,
# round ev37): the partner stands a few words before हुई
_TALKS = frozenset({"बातचीत", "वार्ता", "मुलाकात", "मुलाक़ात", "वीडियो"})
_TALK_GAP = 4  # words between the partner's postposition and हुई ("इस सप्ताह फोन पर")


def _talk_agent(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> bool:
    """Talks right after हुई with a partner (से, के साथ) a few words before and one ने-agent,
    an actor, in the clause: adds the agent to ``roles``' source (the partner is read by the
    trigger's markers)."""
    toks = sv.tokens
    if toks[cand.first].text not in _TALKS and not any(
        t.text in _MEETINGS for t in toks[cand.first : cand.last + 1]
    ):
        return False
    hui = cand.first - 1
    marks = [
        k
        for k in range(max(start, hui - _TALK_GAP - 2), hui)
        if toks[k].text == "से" or (toks[k].text == "साथ" and toks[k - 1].text == "के")
    ]
    if not marks or any(is_break(toks, k) for k in range(marks[-1], cand.first)):
        return False
    if hui - marks[-1] - 1 > _TALK_GAP:
        return False
    end = next((j for j in range(cand.last + 1, len(toks)) if is_break(toks, j)), len(toks))
    agents = [
        u
        for u in sv.units
        if u.marker == "ने" and start <= u.first and u.marker_end <= end
        and (u.last < marks[-1] or u.first > cand.last)
    ]
    if len(agents) != 1 or not (actors := unit_actors(agents[0])):
        return False
    add_role(roles, "source", agents[0], sv, actors)
    roles.explicit_source = True
    return True


# "बंद होंगे" closes by order ("सभी मॉल बंद होंगे"), but after an infinitive it says an activity
# stops ("संक्रमण फैलना बंद नहीं होगा"): round ev37, corpus/hindi-covid-2020 outside the gold's
# days (2 of the 4 new "बंद होंगे/होगा" events were such)
_HO_FUTURE_FORMS = frozenset({"होंगे", "होंगी", "होगी", "होगा"})
# A permission or entry withheld from now on: "… की अनुमति नहीं होगी", "प्रवेश नहीं दिया जाएगा"
# (round ev55: the passive future of a refusal, DJ-2020-MAR-29.txt:5, is a rule set, planned)
_WITHHELD_FUTURE = _HO_FUTURE | frozenset(
    {"जाएगा", "जाएगी", "जाएंगे", "जाएंगी", "जायेगा", "जायेगी", "जायेंगे", "जायेंगी"}
)


def _stops_doing(sv: SentenceView, cand: Candidate) -> bool:
    """A closure in the future of हो right after an infinitive (-ना): an activity stopping."""
    if cand.trig.mode != "close" or cand.first == 0 or cand.fronted:
        return False
    particles = hindi_triggers().particles
    verb = [t for t in cand.verb if t not in particles]
    return bool(verb) and verb[0] in _HO_FUTURE_FORMS and (
        sv.tokens[cand.first - 1].text.endswith("ना")
    )


# A curb put on the disease itself ("संक्रमण पर रोक लगाने में लॉकडाउन कारगर", "कोरोना वायरस के प्रसार पर
# अंकुश लगाने के रोड मैप पर चर्चा"): fighting an epidemic, no ban on anyone. Round ev52 (issue 13):
# of the 8 "<disease> (के प्रसार) पर रोक/अंकुश लगा-" of corpus/hindi-covid-2020 outside the gold's
# days, read by hand, 4 made COERCE ban events, all 4 wrong (one an unseen stand-in set E sentence,
# DJ-2020-MAY-06.txt:7); a ban on a place or trade "कोरोना के चलते" keeps its own पर-object
_DISEASES = frozenset(
    {"संक्रमण", "कोरोना", "कोरोनावायरस", "वायरस", "महामारी", "बीमारी", "कोविड", "कोविड-19", "कोविड19"}
)
_SPREAD = frozenset({"प्रसार", "फैलाव", "फैलने", "प्रकोप", "रफ्तार", "मामलों"})


def _curbs_disease(sv: SentenceView, cand: Candidate) -> bool:
    """A ban whose पर-object is a disease or its spread ("संक्रमण पर रोक लगाने")."""
    if cand.trig.mode != "ban" or cand.first < 2 or sv.tokens[cand.first - 1].text != "पर":
        return False
    head = cand.first - 2
    if sv.tokens[head].text in _SPREAD and head >= 2 and sv.tokens[head - 1].text in {"के", "की", "का", "से"}:
        head -= 2  # "कोरोना वायरस के प्रसार पर" ("वायरस से प्रसार पर", AU-2020-MAY-10.txt:76)
    return sv.tokens[head].text in _DISEASES


# An approval given to a restriction is the restriction, not an easing: "मंत्रिमंडल ने 30 अप्रैल
# तक लॉकडाउन बढ़ाने को मंजूरी दे दी है" (DH-2020-ARP-13.txt:40), "राज्यपाल ने कोरोना वायरस को आपदा
# घोषित करने को मंजूरी दी है" (NT-2020-MAR-24.txt:14, unseen stand-in set E). Round ev52 (issue 13):
# of the 16 "<infinitive> को/की मंजूरी/अनुमति/इजाजत/स्वीकृति दी" of corpus/hindi-covid-2020 outside
# the gold's days, read by hand, 4 approve a restriction: 3 were CONCEDE ease events, all wrong
# (now COERCE), the fourth makes no event; the others permit travel, work or a service (easings,
# unchanged). Lifting one ("लॉकडाउन हटाने की मंजूरी") stays an easing.
_APPROVALS = frozenset({"मंजूरी", "अनुमति", "इजाजत", "इजाज़त", "स्वीकृति", "अप्रूवल"})
_RESTRICTIONS = {
    "लॉकडाउन": "lockdown",
    "तालाबंदी": "lockdown",
    "कर्फ्यू": "curfew",
    "आपदा": "emergency",
    "प्रतिबंध": "ban",
    "पाबंदी": "ban",
    "रोक": "ban",
}


def _approved_measure(sv: SentenceView, cand: Candidate) -> str:
    """The mode of the restriction an approval is given to ("लॉकडाउन बढ़ाने को मंजूरी"), or ""."""
    toks, i = sv.tokens, cand.first
    if toks[i].text not in _APPROVALS or i < 3 or toks[i - 1].text not in {"को", "की"}:
        return ""
    verb, k = toks[i - 2].text, i - 3
    if verb == "करने" and toks[k].text in {"घोषित", "लागू"}:
        k -= 1  # "आपदा घोषित करने को", "कर्फ्यू लागू करने की"
    elif verb not in {"लगाने", "बढ़ाने"}:
        return ""
    return _RESTRICTIONS.get(toks[k].text, "") if k >= 0 else ""


def extract_sentence(
    article: Article, sv: SentenceView, ctx: DocContext, lex: TriggerLexicon | None = None
) -> list[Event]:
    """Events of one sentence; ``ctx`` carries the agents of earlier sentences for anaphors."""
    lex = lex or hindi_triggers()
    for u in sv.units:
        if u.anaphor:
            u.actors = ctx.resolve(u, sv.tokens)
    cands = find_candidates(sv, lex)
    dates = _timex_owner(sv, cands)
    events: list[Event] = []
    prev_end = 0
    prev_sources: list[str] = []
    prev_first = -1
    prev_while = ""  # the type of the previous act when an adverbial participle ("करते हुए")
    made: list[tuple[Event, int]] = []  # each event with its candidate index
    for ci, cand in enumerate(cands):
        trig = cand.trig
        modality, negated = modality_of(cand, sv)
        if modality == "happened" and _since_duration(sv, cand):
            modality = "ongoing"  # "सालों से दबाव डाला है": perfect + "for years" = still going on
        if trig.withheld:  # "… की अनुमति नहीं होगी": the prohibition is the act
            if not negated:
                note(article, sv, cand, "not withheld")
                continue
            if not cand.finite:  # "क्रूज जहाजों को प्रवेश न देने के … निर्देश": the order's
                note(article, sv, cand, "withheld infinitive")  # content (round ev55)
                continue
            modality = "planned" if _WITHHELD_FUTURE & set(cand.verb) - _NEGATION else "happened"
            negated = False
        if _speculated(sv, cand):
            note(article, sv, cand, "speculated")
            continue  # "माना जा रहा है कि … उद्योगों को फिर से खोला जाएगा": a guess, no act
        if _stops_doing(sv, cand):
            note(article, sv, cand, "stops doing")
            continue  # "संक्रमण फैलना बंद नहीं होगा": the spread stops, nobody closes anything
        if _curbs_disease(sv, cand):
            note(article, sv, cand, "curbs the disease")
            continue  # "संक्रमण पर रोक लगाने में लॉकडाउन कारगर": an epidemic fought, no ban
        if trig.requires_modality and modality not in trig.requires_modality:
            note(article, sv, cand, "modality required")
            continue
        if trig.passive_only and not _passive_rule(cand, sv):
            note(article, sv, cand, "not a passive rule")
            continue  # "लॉकडाउन नहीं खोला जाएगा", "जैसे ही लॉकडाउन खोला जाएगा", "खाता खोल दिया"
        if trig.subjunctive and not _asks_to(sv, cand) and _imperative_clause(sv, cand) < 0:
            note(article, sv, cand, "not a request clause")
            continue
        if trig.after_infinitive and not (
            cand.first > 0 and sv.tokens[cand.first - 1].text.endswith("ने")
        ):
            note(article, sv, cand, "no infinitive before")
            continue
        start = max(_clause_start(sv, cand.first), prev_end)
        roles = assign_roles(sv, cand, start)
        first_tok = sv.tokens[cand.first]
        ok = (
            cand.light
            or trig.verbal
            or (trig.nominal and (roles.possessor or bool(trig.requires_modality)))
        )
        after = sv.tokens[cand.last + 1].text if cand.last + 1 < len(sv.tokens) else ""
        if not ok and trig.symmetric and after == "में" and roles.source:
            ok = _meeting_agent(sv, cand, roles)  # "X के साथ बैठक में Y ने कहा"
        # (also with a light verb read further on, "… हुई बैठक में यह फैसला लिया गया", that
        # names no agent)
        took_place = (not ok or not roles.source) and _participle_meeting(sv, cand, start, roles)
        if took_place:
            ok, modality, negated = True, "happened", False  # "… के साथ हुई बैठक"
        met_in = not ok and not ctx.meetings and _met_in(sv, cand, start, roles)
        ok = ok or met_in  # "प्रधानमंत्री ने बैठक में कहा": the meeting the agent took part in
        if not ok:
            note(article, sv, cand, f"noun without light verb, then {_next_kind(sv, cand)}")
            continue
        if not cand.light and not trig.verbal and after == "से":
            note(article, sv, cand, "noun before से")
            continue  # "चीन की यात्रा से लौटे": a trip named as where one came from, not an event
        if trig.verbal and after in _PLANNED - {"तय", "निर्धारित"}:
            note(article, sv, cand, "participle")
            continue  # "कोच्चि आने वाली उड़ान": a participle describing a noun, not an event
        if _demanded(sv, cand):
            note(article, sv, cand, "demanded")
            continue  # "अधिसूचना को रद्द करने की अपील की गई": the appeal is the act, not the quashing
        if _purposed(sv, cand):
            note(article, sv, cand, "purpose")
            continue  # "ताकि उन्हें क्वारंटाइन किया जा सके": what the act is for, not done
        if _participle(cand):
            note(article, sv, cand, "participle")
            continue  # "आरोप लगाने वाले वैज्ञानिक", "मांग करने वाली याचिका"
        if trig.type == "CONCEDE" and cand.first > 0 and sv.tokens[cand.first - 1].text in _FROM_IT:
            note(article, sv, cand, "exempt from it")
            continue  # "दुकानों को इससे छूट दी जाएगी": exempt from the measure just named, no easing
        k = cand.last + len(cand.verb) + 1
        if trig.mode == "accept" and k < len(sv.tokens) and sv.tokens[k].text == "कि":
            note(article, sv, cand, "admits a fact")
            continue  # "स्वीकार किया कि …" admits a fact; it accepts no offer
        if trig.mode == "investigate" and _medical_test(sv, cand, start, roles):
            note(article, sv, cand, "medical test")
            continue  # "लोगों की कोविड-19 की जांच की गई": a test of people, no investigation
        if case_count(sv, cand, start, roles):
            note(article, sv, cand, "case count")
            continue  # "संक्रमण के 35 और मामले दर्ज किए गए": infections counted, no charge
        if (
            trig.requires_target
            and not roles.target
            and not roles.pronoun_target
            and not _urges(sv, cand, roles)
        ):
            note(article, sv, cand, "no target")
            continue
        if trig.cues and not roles.target and not trig.cues & {t.text for t in sv.tokens}:
            note(article, sv, cand, "no cue")
            continue  # "संक्रमण के 3,089 मामले दर्ज किए गए हैं": cases counted, nobody charged
        if trig.type in {"COERCE", "ASSAULT"} and (
            _REFLEXIVE & {t.text for t in sv.tokens[max(start, cand.first - 3) : cand.first]}
            or any(a.role == "target" and _REFLEXIVE & set(a.text.split()[:2]) for a in roles.args)
            or _self_object(sv, _clause_start(sv, cand.first), cand.first)
        ) and not _own_domain(sv, _clause_start(sv, cand.first), cand.first):
            note(article, sv, cand, "reflexive")
            continue  # "पार्टी ने अपना दफ्तर बंद कर दिया", "ने अपने सभी सार्वजनिक कार्यक्रमों
            # को रद्द कर दिया" (AU-2020-MAR-10.txt:40): calling off one's own is no coercion; an
            # adverb may stand first ("ऐहतियातन खुद को … आइसोलेशन में रखा", PK-2020-MAR-18.txt)
        source = list(dict.fromkeys(roles.source))
        inherited = False
        adverbial = False
        same_clause = _clause_start(sv, cand.first) <= prev_first
        own_agent = any(t.text == "ने" for t in sv.tokens[max(prev_first, 0) : cand.first])
        # a conjoined perfect transitive act shares the first one's agent even with its own
        # target ("गांव को सील कर दिया और आवाजाही पर रोक लगा दी"): its subject is the ने-agent
        shared = not roles.target or _transitive_perfect(cand)
        # ... and so does the main act after an adverbial participle ("… जारी करते हुए सभी
        # राज्यों से … के लिए कहा है": one subject for both verbs), not an infinitive (asked, not
        # done) nor an act of the participle's own type ("अपील करते हुए कहा कि …": one appeal)
        shared = shared or (
            prev_while not in {"", trig.type} and not _passive(cand) and not _infinitive(cand)
        )
        if not source and shared and prev_sources and same_clause and not own_agent:
            source, inherited = list(prev_sources), True
        if not source and not trig.symmetric and (shared_by := _conjoined_agent(sv, cand)):
            add_role(roles, "source", shared_by, sv, unit_actors(shared_by))  # "… दिया और कहा"
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
        if not source and not trig.symmetric and (doer := _participle_agent(sv, cand)):
            add_role(roles, "source", doer, sv, unit_actors(doer))  # "… अपील करते हुए X ने कहा"
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
            adverbial = True  # its verb complex runs on into the main clause: not skipped
        target = [t for t in dict.fromkeys(roles.target) if t not in source]
        convened = trig.symmetric and _convened(roles)
        if convened:
            target = list(dict.fromkeys(convened))
            source = [s for s in source if s not in target]
        elif trig.symmetric:
            source, target = list(dict.fromkeys(source + target)), []
            head = None if source else _meeting_head(sv, cand, start)
            if head is not None:
                add_role(roles, "source", head, sv, unit_actors(head))  # "X की अध्यक्षता में"
                source = list(dict.fromkeys(roles.source))
            body = None if source or head is not None else _body_agent(sv, cand, start)
            if body is not None:  # "मंत्रिमंडल की बैठक में": the body met
                source = [body.entity_id or ""]
                roles.args.append(body)
                roles.explicit_source = True
            held = head is not None or body is not None or met_in or took_place
            held = held or _held(sv, cand, roles)
            if len(source) < 2 and not _body_met(sv, cand, source) and not held:
                note(article, sv, cand, "symmetric, one party")
                continue
        codes: dict[str, str] = {}
        if not source and not trig.symmetric:
            source = _speaker(sv, cand)  # "X ने कहा कि … बंद रहेंगे": X's act, as reported
        if not source and not trig.symmetric and (orderer := _on_orders_of(sv, cand)):
            add_role(roles, "source", orderer, sv, unit_actors(orderer))  # said in words
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
        # a passive order gets its issuer inferred, unless its target too is only a pronoun
        # ("उनके खिलाफ केस दर्ज किया गया": nobody named on either side, nothing to show), or
        # an order says nobody it binds ("जांच के आदेश दे दिए गए हैं": the guessed issuer
        # would be all the event says, and it joined unrelated disaster stories), nor an arrest
        # of nobody named ("उसे गिरफ्तार कर लिया गया": the police guessed and a pronoun; ev22)
        if not source and not trig.symmetric and _office_holder_dropped(cand, sv, ctx):
            source, inherited = list(ctx.last_agents), True
        scheduled = _stays(cand) and ci in dates and dates[ci][2] >= 0
        scheduled = scheduled or _closed_until(sv, cand)  # "31 मार्च तक … बंद रहेंगे"
        scheduled = scheduled or trig.rule  # a rule stated: "… की अनुमति नहीं होगी"
        # a concession granted in the passive ("उद्योगों को छूट दी गई है"): narrow (verbforms);
        # once a paragraph: a list of relaxations ("ई-कॉमर्स को मंजूरी दी गई है. उद्योगों को
        # मंजूरी दी गई.") is one announcement, its items no events of their own (round ev32:
        # the tune half of the event gold codes such a list as one event)
        paragraph = article.text.rfind("\n", 0, sv.start)
        granted = (
            trig.type == "CONCEDE" and trig.mode == "ease" and bool(roles.target)
            and paragraph not in ctx.granted_in
            and granted_passive(cand, sv)
        )
        if (
            not source
            and (trig.agentless or granted)
            and (_agentless(cand, sv) or scheduled or granted)
            # "… पर भी कोई पाबंदी नहीं लगाई गई है": a measure nobody took, no issuer to guess
            # (round ev55; the one such ban of the 320 corpus day files outside the gold's days)
            and not negated
            and not roles.pronoun_target
            and (roles.target or trig.mode not in {"order", "arrest"})
            and not sports_fixture(
                article.text[first_tok.start : sv.tokens[cand.last].end], roles, sv, trig.mode
            )  # "पोलिश ओपन को स्थगित कर दिया गया": the organiser's act, no guessed issuer
        ):
            if granted:
                ctx.granted_in.add(paragraph)
            # a national matter is the country's whoever reports it; else a measure announced
            # while a speaker's report goes on is the speaker's; else the place's authority
            national = national_matter(
                article.text[first_tok.start : sv.tokens[cand.last].end], roles
            )
            # a measure the sentence says follows the Centre's rule ("केंद्र सरकार के दिशा-
            # निर्देशों के अनुसार") is the country's, unless an authority acts in the sentence
            central = not national and central_rule(article.text[sv.start : sv.end])
            told = modality in PROMISED or official_speaking(ctx, day_of(article.dct))
            speech = told and goes_on(ctx.actors.speaker_at, sv, ctx, article.text)
            here = None if national else sentence_issuer(
                sv, ctx, (cand.first, cand.last), target, article.text, day_of(article.dct)
            )
            if here is not None:  # an authority acting in another clause of the sentence
                source, found, said = here
                inherited = True
                codes.update(found)
                roles.args.extend(said)
            elif not (national or central) and (
                speech or authority_goes_on(sv, ctx, article.text)
            ):
                source, inherited = list(ctx.last_agents), True
                at, end = ctx.actors.agent_span  # the evidence: where the agent was named
                roles.args.extend(
                    Argument("source_inferred", article.text[at:end], at, end, ident)
                    for ident in source
                )
            else:
                ident, code, name = national_government() if central else authority(
                    sv, ctx, trig.mode in LOCAL_MODES, trig.mode in POLICE_MODES, national,
                    article.text,
                )
                if trig.mode in ZONE_MODES and name.endswith(" district administration"):
                    ident, code, name = _zone_issuer(ctx)
                ident, code, name = health_issuer(  # a ward admission: the health department
                    article.text[first_tok.start : sv.tokens[cand.last].end], (ident, code, name)
                )
                source, codes[ident] = [ident], code
                roles.args.append(
                    Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
                )
        if (
            not source
            and (trig.mode == "appeal" or (trig.mode == "tell_to" and _officials_told(sv, cand, roles)))
            and _passive(cand)
            and roles.target
            and not any(t.startswith("actor:public") for t in roles.target)
        ):
            # "बुजुर्गों को घरों में ही रहने की अपील की गई है" (NT-2020-MAR-06.txt:34), "राज्यों
            # को सलाह दी गई थी कि" (AU-2020-MAR-31.txt:52): a passive appeal to a named group is
            # the authority's. Not one to the public at large ("लोगों से अपील की गई"): its guessed
            # issuer and "the public" would be all it says, and such events joined unrelated
            # stories (the disaster stories gate)
            ident, code, name = authority(sv, ctx, False, text=article.text)
            source, codes[ident] = [ident], code
            roles.args.append(
                Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
            )
        if not source and not trig.symmetric and _dropped_subject(cand, sv, ctx):
            source, inherited = list(ctx.last_agents), True
        if not source and trig.type == "REQUEST" and _present_request(cand):
            source, inherited = _current_speaker(sv, ctx), True
        if not source and not trig.symmetric and (agent := _glossed_agent(sv, cand, start)):
            source = [agent.entity_id or ""]
            roles.args.append(agent)
            roles.explicit_source = True
        if not source and not trig.symmetric and (agent := _institution_agent(sv, cand, start)):
            source = [agent.entity_id or ""]  # "मंत्रालय ने राज्यों को … पालन कराने के लिए कहा"
            roles.args.append(agent)
            roles.explicit_source = True
            target = [t for t in target if t not in source]
        if not source and (agent := _by_glossed(sv, cand, start)):
            source = [agent.entity_id or ""]  # "कई देशों द्वारा … अनुरोध किया गया"
            roles.args.append(agent)
            roles.explicit_source = True
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (agent := _obliged_agent(sv, cand, start)):
            source = [agent.entity_id or ""]  # "पुलिस को लाठियां चलानी पड़ी": the police had to
            roles.args.append(agent)
            roles.explicit_source = True
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (subject := _nominative_agent(sv, cand, start)):
            add_role(roles, "source", subject, sv, unit_actors(subject))  # "मजदूर … मांग करने लगे"
            source = list(dict.fromkeys(roles.source))
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (decider := _decider(sv, cand)) is not None:
            add_role(roles, "source", decider, sv, unit_actors(decider))
            source = list(dict.fromkeys(roles.source))
        if not source and not trig.symmetric and _first_person(sv, cand, start):
            source, inherited = _current_speaker(sv, ctx), True  # "हमने गांव को सील कर दिया"
        if not source and not trig.symmetric and _we_do(sv, cand, start):
            source, inherited = _we_speaker(sv, ctx, article.text), True  # "मैं … अपील करता हूं"
        if not target and trig.mode == "reciprocate" and events:
            target = _reciprocated(sv, cand, events, source, roles)
        if not source and not trig.symmetric:
            note(article, sv, cand, "passive, no agent" if _passive(cand) else "no agent")
            continue
        if trig.named_source and not _named_actor(sv, roles):
            note(article, sv, cand, "no named traveller")
            continue  # "करीब 5 हजार लोगों ने यात्रा की": a journey, no visit
        if trig.source_heads and not (
            roles.explicit_source
            and source
            and all(s.lower().rsplit(" ", 1)[-1].rsplit(":", 1)[-1] in trig.source_heads for s in source)
            and any(a.role == "target" for a in roles.args)  # someone held, a pronoun too
        ):
            note(article, sv, cand, "agent not of the kind")
            continue  # "यात्रियों ने ट्रेन पकड़ी": only the police or an administration arrest
        if trig.held_people and not any(_people(a) for a in roles.args if a.role == "target"):
            note(article, sv, cand, "holds no people")
            continue  # "पुलिस ने बैरिकेड को हटा दिया": a thing removed, no one held
        type_, mode = trig.type, trig.mode
        if type_ == "CONCEDE" and (approved := _approved_measure(sv, cand)):
            type_, mode = "COERCE", approved  # "लॉकडाउन बढ़ाने को मंजूरी दी": the measure approved
        if _stays(cand):  # "मॉल बंद रहेंगे": a closure in force; said by someone, their order
            modality = "happened" if roles.explicit_source or _speaker(sv, cand) else "ongoing"
            # "रविवार को दिल्ली मेट्रो बंद रहेगी": a closure set for a day in its own clause is
            # a measure taken for that day (its issuer inferred), not a list of what stays shut
            modality = "planned" if scheduled and codes else modality
        if type_ == "SANCTION" and not any(t.startswith("kb:country/") for t in target):
            type_, mode = "COERCE", "ban"  # a ban on gatherings or traffic, not on a state
        for tok in sv.tokens[_clause_start(sv, cand.first) : cand.last + 1]:
            if tok.text in trig.mode_cues:
                mode = trig.mode_cues[tok.text]
                break
        if type_ == "CONSULT" and modality in {"planned", "expected", "proposed", "possible"}:
            type_ = "AGREE"  # PLOVER: future meetings, visits and summits are coded AGREE
        first, last = sv.tokens[cand.first], sv.tokens[cand.last]
        date, basis = None, None
        if ci in dates:
            date, text, at = dates[ci]
            basis = f"clause: {text}" if at >= 0 else f"sentence: {text}"
        confidence = 0.5 + (0.2 if roles.explicit_source or roles.possessor else 0.0)
        confidence += 0.1 if (cand.light or trig.verbal) else 0.0
        confidence += 0.1 if (target or trig.symmetric) else 0.0
        confidence -= 0.15 if (roles.anaphoric or inherited) else 0.0
        events.append(
            Event(
                type=type_,
                mode=mode,
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=source,
                target=target,
                date=date,
                date_basis=basis,
                location=list(dict.fromkeys(roles.location)),
                modality=modality,
                negated=negated,
                arguments=roles.args + _time_args(dates.get(ci)),
                sentence=sv.index,
                confidence=round(min(confidence, 0.95), 2),
                id=event_id(article.id, first.start),
                codes=codes,
            )
        )
        made.append((events[-1], ci))
        ctx.meetings += mode == "meeting" or trig.mode == "meeting"
        note(article, sv, cand, "kept", type_)
        if cand.finite and not adverbial:
            # a fronted verb complex lies before the trigger: the next clause starts right after
            # it ("हेमंत सोरेन ने की उच्चस्तरीय बैठक, रांची के डीसी ने दिये … निर्देश")
            prev_end = cand.last + 1 + (0 if cand.fronted else len(cand.verb))
            prev_sources, prev_first = source, cand.first
            prev_while = trig.type if _while_doing(cand) else ""
    events.extend(_accepted_visits(article, sv, cands, made, dates))
    for u in sv.units:  # the agents this sentence names, for the next sentence's anaphors
        if u.marker == "ने" and not u.anaphor:
            ctx.note(unit_actors(u))
            ctx.agents_sentence = sv.index
            ctx.named_at = sv.index if unit_actors(u) else ctx.named_at
    if any(t.text in _AGENT_MARKED for t in sv.tokens):
        ctx.ne_at = sv.index  # any agent, named or not ("एक अधिकारी ने पुष्टि की")
        named = {
            k
            for u in sv.units
            if u.marker == "ने" and unit_actors(u)
            for k in range(u.first, u.marker_end)
        }
        if any(
            t.text in _OTHERS_DID and k not in named for k, t in enumerate(sv.tokens)
        ):
            ctx.unnamed_at = sv.index  # an agent nobody can name ("एक अधिकारी ने")
    _note_speaker(sv, ctx)
    for ev in events:
        if len(ev.source) >= 2:
            ctx.last_pair = list(ev.source)
    return events


def _accepted_visits(
    article: Article,
    sv: SentenceView,
    cands: list[Candidate],
    made: list[tuple[Event, int]],
    dates: dict[int, tuple[str, str, int]],
) -> list[Event]:
    """ "X ने Y को <place> आने का निमंत्रण दिया … Y ने स्वीकार किया": an accepted invitation to
    visit is a planned visit by the invitee, to the place and at the date inside the invitation
    (PLOVER codes a future visit as AGREE)."""
    accepted = {a for e, _ in made if e.mode == "accept" for a in e.source}
    out: list[Event] = []
    for inv, ci in made:
        if inv.mode != "invite" or not inv.target or not set(inv.target) <= accepted:
            continue
        start = _clause_start(sv, cands[ci].first)
        visits = [
            k for k, c in enumerate(cands[:ci]) if c.trig.mode == "visit" and c.first >= start
        ]
        if not visits:
            continue
        vi = visits[-1]
        visit = cands[vi]
        places = [u for u in sv.units if is_place(u) and 0 <= visit.first - u.marker_end <= 1]
        first, last = sv.tokens[visit.first], sv.tokens[visit.last]
        owned = dates.get(vi)
        place_ids = [place_of(m) for u in places for m in u.mentions]
        out.append(
            Event(
                type="AGREE",
                mode="visit",
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=list(inv.target),
                target=place_ids,
                date=owned[0] if owned else None,
                date_basis=f"sentence: {owned[1]}" if owned else None,
                location=place_ids,
                modality="planned",
                arguments=_time_args(owned),
                sentence=sv.index,
                confidence=round(min(inv.confidence, 0.8), 2),
                id=event_id(article.id, first.start),
            )
        )
    return out


# round ev41 (issue 13): a rule stated in the passive is the news only when it is asserted, not
# negated (a ban: "दुकानें नहीं खोली जाएंगी") nor the condition of something else ("अगर … तो
# लॉकडाउन नहीं खोला जाएगा", "जैसे ही लॉकडाउन खोला जाएगा तो …": read on corpus/hindi-covid-2020
# outside the gold's days)
_CONDITIONAL = frozenset({"अगर", "यदि", "जैसे", "जब", "जबतक"})


def _passive_rule(cand: Candidate, sv: SentenceView) -> bool:
    """The verbal trigger is a passive ("खोल दिया गया", "खोली जा सकेंगी"), not negated just before
    it and not inside a conditional or temporal clause that opens its sentence's clause."""
    if not _passive(cand):
        return False
    toks = sv.tokens
    if any(t.text in _NEGATION for t in toks[max(0, cand.first - 2) : cand.first]):
        return False
    start = _clause_start(sv, cand.first)
    return not any(t.text in _CONDITIONAL for t in toks[: cand.first][max(0, start - 8) :])


# round ev41 (issue 13): an act in the कि-clause of a guess ("माना जा रहा है कि प्रधानमंत्री …
# लॉकडाउन को बढ़ा सकते हैं", "केंद्र को उम्मीद है कि … अंकुश लगाया जा सकता है", "इस बात की भी
# संभावना है कि … कैदी रिहा कर दिए जाएं") is nobody's act yet; the event gold codes none (its
# modalities: no "expected"). The 4 such events of ~370 corpus day files outside the gold's days,
# read by hand, were all guesses.
_GUESS_NOUNS = frozenset({"संभावना", "उम्मीद", "आशंका", "अनुमान", "आसार", "कयास"})
_GUESS_COPULA = frozenset({"है", "हैं", "थी", "था", "थे"})


def _speculated(sv: SentenceView, cand: Candidate) -> bool:
    """A "कि" before the trigger closes a guess: "<guess noun> (…) है कि" or "माना जा रहा है कि"."""
    toks = sv.tokens
    # cheap first: the tokens before the trigger are read only back from a "कि"
    for c in range(len(range(len(toks))[: cand.first]) - 1, 0, -1):
        if toks[c].text != "कि":
            continue
        before = [t.text for t in toks[max(0, c - 4) : c]]
        if before[-4:] == ["माना", "जा", "रहा", "है"]:
            return True
        return before[-1] in _GUESS_COPULA and bool(_GUESS_NOUNS & set(before[:-1]))
    return False
