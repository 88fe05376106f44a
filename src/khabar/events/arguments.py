"""The argument record of a Hindi trigger and how a clause unit becomes one of its arguments.

Why a module of its own: :class:`Roles` (the arguments of one candidate, by role) and
:func:`add_role` (a clause unit written as an argument: a group with its whole noun phrase, the
people a demonstrative, a contact or a demonym names) are shared by the clause reader
(:mod:`khabar.events.roles`), the readers of targets that are no entity
(:mod:`khabar.events.targets`, :mod:`khabar.events.possessors`, :mod:`khabar.events.addressees`),
the agent rules and the issuer; so are the tests that bound a
noun phrase read back from its postposition (``_NP_STOPS``, :func:`_relative_start`,
:func:`_with_participle`) and say what a word or unit is (an oblique infinitive, a glossary
activity, a conjunctive participle, an animate unit). They sit below both readers, so that
neither imports the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..model import Argument
from .actors import _kb, actor_dictionary, fold_nasals
from .clause import SentenceView, Token, Unit, is_break, unit_actors
from .described_groups import with_owner
from .described_people import all_who
from .gloss import gloss, names_people
from .glossary import glossary, modifier, modifier_at, names_actor
from .objects import age_before, glossed_span
from .place_lists import listed_start


@dataclass
class Roles:
    """The arguments of one candidate, by role, with the evidence of each (``args``)."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    args: list[Argument] = field(default_factory=list)
    possessor: bool = False
    anaphoric: bool = False
    explicit_source: bool = False
    pronoun_target: bool = False  # the target is a pronoun ("उसके खिलाफ"), not resolved
    active: bool = False  # an active finite clause with no ने-agent (set for _object_target)

    def addressed(self, objects: bool = True) -> bool:
        """Whether the candidate has a target, named or a pronoun standing for one: "उसके
        खिलाफ" (``pronoun_target``) or, with ``objects``, an object pronoun ("उन्हें … धमकी
        दी"), whose antecedent :mod:`.anaphora` finds once the article is read. Round ev139
        (issue 13): a deed that needs a target (`requires_target`) was dropped as having none
        when its target was an object pronoun, so "उन्हें जान से मारने की धमकी भी दी" (tuning set
        Uk) made no threat. The caller leaves ``objects`` off for agentless measures: "उसे
        आइसोलेशन वार्ड में भर्ती कराया गया" retells a patient's admission (the 17 such on the 280
        allowed corpus day files), unless their agent is named (round ev206: "डॉक्टरों ने उसे
        आइसोलेशन वार्ड में भर्ती किया है", 3 such admissions on those files)."""
        return bool(self.target) or self.pronoun_target or (
            objects and any(a.role == "target" and a.entity_id is None for a in self.args)
        )


# Demonstratives before "लोगों" that point back at people named before ("भारत आने के बाद इन
# लोगों को … क्वारंटीन", "इन सभी लोगों को"): these people, not the public of a place (round ev25,
# read on every 3rd corpus day file outside the event gold).
_BACK_POINTING = frozenset({"इन", "उन"})


def _these_people(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of "इन (सभी) लोगों" when the unit is the public after a demonstrative."""
    if not any(a.startswith("actor:public") for a in actors):
        return None
    k = unit.first - 1
    if k >= 0 and sv.tokens[k].text in {"सभी", "सब"}:
        k -= 1
    return k if k >= 0 and sv.tokens[k].text in _BACK_POINTING else None


_CONTACT_VERBS = (("आए",), ("आये",), ("आने", "वाले"), ("आने", "वालों"))


def _contacts_of(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token ("संपर्क") of "संपर्क में आए (सभी) लोगों" when the unit is the public
    after it: who came in contact with a case, not the public of the place (issue 13, round ev43:
    the quarantines and isolations of "संपर्क में आए लोगों" on corpus day files outside the
    event gold were coded as the country's or a town's public)."""
    if not any(a.startswith("actor:public") for a in actors):
        return None
    toks = sv.tokens
    k = unit.first - 1
    while k >= 0 and (toks[k].text in {"सभी", "सब"} or toks[k].text[:1].isdigit()):
        k -= 1
    if k >= 1 and toks[k].text in {"के", "वाले"} and toks[k - 1].text == "संपर्क":
        return k - 1  # "उनके संपर्क के लोगों", "इनके संपर्क वाले लोगों" (round ev183)
    for verb in _CONTACT_VERBS:
        n = len(verb)
        at = k - n + 1
        said = tuple(t.text for t in toks[at : k + 1]) if at >= 2 else ()
        if said == verb and (toks[at - 2].text, toks[at - 1].text) == ("संपर्क", "में"):
            return at - 2
    return None


# A relative participle before "लोगों" ("अन्य देशों से आने वाले लोगों", "… की यात्रा करने वाले
# लोगों", "सील वाले इलाकों में जबरन घुसने का प्रयास करने वाले लोगों") says which people: they are
# no public of a place. Issue 13, round ev62: all 6 such targets on the 312 corpus day files
# outside the gold's days were named "public of <place>".
_WHO = frozenset({"वाले", "वाली", "वालों"})
_WHO_REACH = 12  # tokens before "वाले": "दक्षिण कोरिया , ईरान और इटली की यात्रा करने" is 9
# a conjunction or a genitive ends the phrase: "दक्षिण कोरिया, ईरान और इटली की यात्रा करने वाले
# लोगों" are travellers, "अपनी यात्रा और संक्रमण की जानकारी छिपाने वाले लोगों" people hiding
# information (the glossary cannot say what their genitive owns)
_WHO_STOPS = frozenset(
    {"ने", "कि", "।", "को", "पर", "लेकिन", "जबकि", ",", "और", "व", "तथा", "एवं", "की", "का", "के"}
    | {"इनके", "उनके", "इसके", "उसके", "उन्होंने", "इन्होंने", "हमने", "मैंने", "खिलाफ", "द्वारा"}
    # the second word of a compound postposition ("लॉकडाउन के कारण फंसे हुए लोगों", "… के दौरान
    # … लौट रहे लोगों"): the phrase began after it (round ev104, was "कारण फंसे हुए लोगों")
    | {"कारण", "दौरान", "चलते", "तहत"}
)


# Participles and counts that make "लोगों" some people, not the public: "सीमाएं पार कर चुके
# लोगों", "विदेश से लौटे लोगों", "9 अन्य लोगों" (round ev62: 3 of them "public of India" on a
# sample of corpus targets outside the gold's days). Only an English that says no more than
# people, where they are from or how many is taken ("borders people" is none).
# + रहे, फंसे and the glossary's modifiers ("आंदोलन कर रहे लोगों", "बिहार के बाहर फंसे लोगों",
# "वरिष्ठ नागरिकों" = "senior citizens", "संक्रमित लोगों"), lakh/crore counts ("72 लाख लोगों")
_PARTICIPLES = frozenset(
    {"चुके", "हुए", "लौटे", "आए", "आये", "गए", "गये", "अन्य", "रहे", "फंसे", "ऐसे", "जिन"}
)
_COUNT_WORDS = frozenset({"लाख", "करोड़", "हजार", "सौ"})
# "N से अधिक/ज्यादा लोगों": more than a count of people (round ev118)
_MORE = frozenset({"अधिक", "ज्यादा", "ज़्यादा", "ज्‍यादा"})
# Not where they are the genitive doer of a banned activity ("20 से अधिक लोगों के एकत्रित होने पर
# पाबंदी"): a ban on gatherings binds the public (the dev gold's tune half codes the public)
_GENITIVE = frozenset({"के", "की", "का"})


def _more_than_a_count(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` ends "<number> से अधिक/ज्यादा" ("1,400 से ज्यादा", "एक लाख से
    अधिक"): the people after it are counted, not the public of a place (issue 13, round ev118:
    "100 से ज्यादा लोगों को क्वारंटाइन" was the public of Gujarat; 8 such confinements and aid
    recipients on the allowed corpus day files were named the public of a place)."""
    if k < 2 or toks[k].text not in _MORE or toks[k - 1].text != "से":
        return False
    count = toks[k - 2].text
    return count[:1].isdigit() or count in _COUNT_WORDS


# Round ev168 (issue 13): "X से अधिक/ज्यादा/कम" compares with X ("1 लाख से अधिक ऑक्सीजन
# सिलेंडरों के ऑर्डर दिए गए हैं", "यहां दो करोड़ से ज्यादा मास्क के आर्डर दिये गये हैं"): its से
# marks no seller, partner or one asked. On the 280 allowed corpus day files a first version of
# the purchase-order entry read both such counts as the seller; no other event changed.
_COMPARED = _MORE | {"कम"}


def compared(toks: list[Token], k: int) -> bool:
    """Whether token ``k``, right after a से, says more or less: the से is a comparison's."""
    return 0 <= k < len(toks) and toks[k].text in _COMPARED


@cache
def _people_en() -> re.Pattern[str]:
    """English that says only who some people are: a count, one modifier of the glossary
    ("other", "senior", "infected", "stranded"), people or citizens, where they are from or in;
    not a noun before them ("culprits people" is no English)."""
    mods = sorted(
        {e.en for e in glossary().entries if e.kind == "mod" and re.fullmatch(r"[a-z-]+", e.en)}
        | {"other", "stranded", "such", "those"}
    )
    return re.compile(
        r"^((more|fewer) than )?(\d[\d,.]* )?((lakh|crore|thousand|hundred) )?((" + "|".join(mods) + r") )?"
        r"(people|citizens)( (from|in|arriving|returning|returned|stranded)\b.*)?$"
    )


def _people_who(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of the longest phrase "… <participle> वाले लोगों" the glossary can say, when
    the unit is the public after a relative participle (or after a participle or a count, when
    the English says only who they are, :func:`_people_en`); None otherwise."""
    if not any(a.startswith("actor:public") for a in actors) or unit.first < 2:
        return None
    toks = sv.tokens
    before = toks[unit.first - 1].text
    counted = (
        before == "अन्य"
        or before[:1].isdigit()
        or before in _COUNT_WORDS
        or (_more_than_a_count(toks, unit.first - 1) and unit.marker not in _GENITIVE)
    )
    qualified = modifier(before) and before not in {"सभी", "सब", "आम", "हर", "इन", "उन"}
    if before not in _WHO and before not in _PARTICIPLES and not counted and not qualified:
        return None
    best = None
    best_said = ""
    dated = sv.dated
    for k in range(unit.first - 1, max(-1, unit.first - 2 - _WHO_REACH), -1):
        if (
            k >= 2
            and toks[k].text == ","
            and toks[k - 1].text[:1].isdigit()
            and toks[k + 1].text[:1].isdigit()
        ):
            continue  # "6,700": one number the tokens split at its comma
        if toks[k].text in _WHO_STOPS or is_break(toks, k) or k in dated:
            break
        said = gloss(sv.text_of(k, unit.last))
        if said is None or (before not in _WHO and not _people_en().match(said)):
            continue
        if counted and len(said.split()) < len(best_said.split()):
            break  # "फाउंडेशन 12 लाख से अधिक लोगों" = "people": past the count, its subject
        if k < unit.first - 1 or before not in _WHO:
            best, best_said = k, said
    if best is not None and counted and _more_than_a_count(toks, unit.first - 1) and not re.search(
        r"\d", best_said
    ):
        return None  # "दो सौ से अधिक लोगों": a count the English does not say is left as it was
    while counted and best is not None and best < unit.first - 1:
        # leading words that add nothing to the English are no part of the phrase ("साथ ही 9
        # अन्य लोगों" = "9 अन्य लोगों")
        if gloss(sv.text_of(best + 1, unit.last)) != gloss(sv.text_of(best, unit.last)):
            break
        best += 1
    return best


def _demonym_people(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of the phrase that names a country's people by its demonym ("विदेश में फंसे
    119 भारतीयों"): they are the target, not the country (the KB links the demonym to it, and
    "India" is no name for Indians stranded in Japan). Issue 13, round ev43: 7 targets named
    "India" for "भारतीयों" on corpus day files outside the event gold, none of them the
    country. None unless the glossary can say the phrase."""
    if len(actors) != 1 or not actors[0].startswith("kb:country/") or unit.first != unit.last:
        return None
    entry = _kb().get(actors[0][3:])
    if entry is None or sv.tokens[unit.first].text not in getattr(entry, "demonym", ()):
        return None
    first = unit.first
    while first - 1 >= 0 and modifier_at(sv.tokens, first - 1):
        first -= 1  # "119 भारतीयों", "सभी भारतीयों"
    wider = _with_participle(sv, 0, first, unit.last)  # "ईरान में फंसे 58 भारतीयों"
    if sv.tokens[wider].text not in {"में", "से"}:  # not "(… प्रिंसेज) में फंसे 119 भारतीयों"
        first = wider
    return first if gloss(sv.text_of(first, unit.last)) else None


def add_role(roles: Roles, role: str, unit: Unit, sv: SentenceView, actors: list[str]) -> None:
    these = _these_people(sv, unit, actors) if role == "target" else None
    if these is None and role == "target":
        these = with_owner(sv, _contacts_of(sv, unit, actors), unit.last)  # nm10
    if these is None and role == "target":
        these = _demonym_people(sv, unit, actors)
    if these is not None and gloss(sv.text_of(these, unit.last)):
        text = sv.text_of(these, unit.last)
        ident = f"text:{text}"
        first, last = sv.tokens[these], sv.tokens[unit.last]
        roles.args.append(Argument(role, text, first.start, last.end, ident, gloss(text)))
        roles.target.append(ident)
        return
    at = _group_phrase(sv, unit) if role in {"target", "partner"} else unit.first
    conjuncts = _text_conjunct(sv, at) if role == "target" else None
    if conjuncts is not None and _coordinated_target(sv, conjuncts, at, unit, roles):
        return  # the whole coordination is one target
    who = _people_who(sv, unit, actors) if role == "target" else None
    if role == "target" and who is None:
        who = all_who(sv, unit, actors)  # "… आने वाले सभी लोगों" (round ta15)
    if who is not None:
        at = who  # the public's own id kept (stories share it), its words and English theirs
    first, last = sv.tokens[at], sv.tokens[unit.last]
    text = sv.text_of(at, unit.last)
    en = gloss(text) if at < unit.first else None
    for actor in actors:
        roles.args.append(Argument(role, text, first.start, last.end, actor, en))
    if role == "source":
        roles.source.extend(actors)
    elif role in {"target", "partner", "participants"}:
        roles.target.extend(actors) if role == "target" else roles.source.extend(actors)
    elif role == "location":
        roles.location.extend(actors)


# The conjunctions of a coordinated target ("करदाताओं और कारोबारियों को", "सरकारी अधिकारियों,
# परिवहन कर्मचारियों और पुलिसकर्मियों को").
_TARGET_CONJ = frozenset({"और", "व", "एवं", "तथा", ","})


def _text_conjunct(sv: SentenceView, at: int) -> int | None:
    """First token of the conjuncts before a target unit (starting at ``at``) that name no
    entity but that the glossary can say ("गरीबों, महिलाओं और श्रमिकों को … सहायता": the needy and
    the women besides the workers the actor dictionary knows), or None: the unit's postposition
    marks the whole coordination, whose earlier conjuncts were lost (issue 13, round ev93: 12
    targets on the corpus day files outside the gold's days and the held-out sets kept only their
    last conjunct, "करदाताओं और कारोबारियों को राहत" = business people). A conjunct inside an entity
    is the clause reader's (conjoined mentions are one unit); a verb or a clause before the
    conjunction is no conjunct."""
    toks = sv.tokens
    end = at - 2
    if at < 2 or toks[at - 1].text not in _TARGET_CONJ:
        return None
    if any(u.first <= end <= u.last for u in sv.units) or is_break(toks, end):
        return None
    first = glossed_span(sv, 0, end, sv.units, _NP_STOPS)
    if first is None or not names_actor(sv.text_of(first, end)):
        return None
    return first


def _coordinated_target(sv: SentenceView, first: int, at: int, unit: Unit, roles: Roles) -> bool:
    """The target of a coordination whose earlier conjuncts (from ``first``) name no entity and
    whose last (from ``at``) is a unit: one target for the whole phrase where the glossary can
    say it ("गरीबों, महिलाओं और श्रमिकों" = "needy people, women and workers"), as a list of
    glossary nouns is one ("सभी स्कूलों, कॉलेजों और जिमों"); else the earlier conjuncts as a target
    of their own beside the unit's actors ("करदाताओं" = taxpayers beside the business people).
    True when the whole coordination is the one target (the unit adds no actor of its own)."""
    toks = sv.tokens
    end = unit.last if gloss(sv.text_of(first, unit.last)) is not None else at - 2
    text = sv.text_of(first, end)
    ident = f"text:{text}"
    if ident not in roles.target:
        roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident, gloss(text)))
        roles.target.append(ident)
    return end == unit.last


# Targets whose own words the gold keeps with a group word ("38 संसद सदस्यों", "इन सांसदों",
# "गृह विभाग और पुलिस के आला अधिकारियों"): the group named by the actor dictionary is the
# actor, its modifiers say which of them (tune half of round ev20: 6 of 16 lenient-only targets).
_GROUP_REACH = 8  # tokens before a group word: "गृह विभाग और पुलिस के आला" is 6


def _group_phrase(sv: SentenceView, unit: Unit) -> int:
    """First token of a group target's whole noun phrase: its numbers, demonstratives and
    modifiers ("38 संसद सदस्यों", "इस चौकी के सभी पुलिसकर्मियों") and a genitive owner the
    glossary can say ("गृह विभाग और पुलिस के आला अधिकारियों"); the unit's own first token when
    it names no group, is the public (coded as the public of a place), or nothing can be said."""
    ids = unit_actors(unit)
    if not unit.mentions or any(m.type != "GROUP" for m in unit.mentions) or unit.anaphor:
        return unit.first
    toks = sv.tokens
    # "60 साल से ज्यादा उम्र के लोगों": an age says which people, the public's too (round ev34)
    aged = age_before(toks, unit.first, 0, set())
    if aged is not None and gloss(sv.text_of(aged, unit.last)) is not None:
        return aged
    if any(i.startswith("actor:public") for i in ids):
        return unit.first
    floor = max(0, unit.first - _GROUP_REACH)
    first = unit.first
    while first - 1 >= floor and modifier_at(toks, first - 1):
        first -= 1
    if first - 2 >= floor and toks[first - 1].text in {"के", "की", "का"}:
        owner = glossed_span(sv, floor, first - 2, [], _NP_STOPS)
        if owner is not None and gloss(sv.text_of(owner, unit.last)) is not None:
            first = owner
    if first == unit.first or gloss(sv.text_of(first, unit.last)) is None:
        return unit.first
    return first


def _animate(unit: Unit) -> bool:
    """Whether a unit can travel or meet: a person, group or organisation (or an anaphor)."""
    return unit.anaphor or any(m.type in {"PERSON", "GROUP", "ORGANIZATION"} for m in unit.mentions)


# Words that end a noun phrase when reading it backwards from its postposition.
_NP_STOPS = frozenset(
    {"ने", "से", "को", "में", "पर", "और", "तथा", "व", "या", ",", "कि", "'", "‘", "’", "कर", "ही"}
    | {"अब", "भी", "साथ", "बाद", "पहले", "तक", "है", "हैं", "था", "थे", "थी", "तो", "इसलिए"}
    | {"द्वारा"}  # "प्रशासन द्वारा सभी दुकानों को": the agent ends before the object
    # "के लिए पूरे देश को", "के कारण मुसलमानों को": a purpose or cause ends before the object
    | {"लिए", "कारण"}
    # "जानकारी के पश्चात मरीज को", "लॉकडाउन के दौरान काम करने वाली कंपनियों", "बाहर निकलते
    # समय हर किसी को": a time adverbial ends before the object (tune half, round ev19)
    | {"पश्चात", "उपरांत", "दौरान", "समय"}
    # "पत्र लिखकर बदलावों पर चिंता": the letter that carries the act is no part of its object
    | {"लिखकर", "भेजकर", "करके"}
    # "योजना के तहत राज्यों को", "वहीं छह मरीजों को", "उनके अनुसार पांचों पर्यटकों": a
    # framing word ends before the object (round ev43: leading words of corpus target phrases)
    | {"तहत", "वहीं", "अनुसार", "मद्देनजर", "साथ-साथ"}
    # "… ने बताया नेशनल कैडेट कोर की भी मदद ली जा रही है": a speech verb before its unmarked
    # clause ends it (round ev107; the target was "बताया नेशनल कैडेट कोर")
    | {"कहा", "बताया"}
    # "इसे लेकर कुछ न्यूज चैनलों को": a topic ("X को लेकर", about X) ends before the object
    # (round rv35; the target was "इसे लेकर कुछ न्यूज चैनलों")
    | {"लेकर"}
)


_NP_MAX = 5  # tokens: "सभी बार, कैफे …" is cut at the comma; longer runs are rarely one phrase


# -कर words that are postpositions or adverbs, no clause of their own ("लॉकडाउन को लेकर": about
# the lockdown; "मिलकर": together; "खासकर": especially; "X से होकर": via X).
_NOT_PARTICIPLES = frozenset({"लेकर", "मिलकर", "खासकर", "खासतौर", "बढ़कर", "होकर", "हटकर"})


def _conjunctive(word: str) -> bool:
    """A conjunctive participle written as one word ("लगाकर", "पहुंचकर"): the clause it ends
    has its own arguments, so a "पर" before it is its place, not what a ban is on."""
    return len(word) >= 4 and word.endswith("कर") and word not in _NOT_PARTICIPLES


def _activity(word: str) -> bool:
    """An oblique infinitive ("होने", "करने"): a -ने word that neither the glossary (as a word
    of its own: करने is only part of "उल्लंघन करने वालों") nor the actor dictionary knows as a
    noun (not थाने)."""
    if not (word.endswith("ने") and len(word) >= 3):
        return False  # cheap first: the lookups only for a -ने word
    return (
        not any(form == (word,) for form, _ in glossary().index.get(word, ()))
        and fold_nasals(word) not in actor_dictionary().index
    )


# Unmarked words between a से phrase and the infinitive it belongs to ("साबुन से हाथ धोने" has 1,
# "घर से बाहर निकलने" 1); read on the tuning set Uh's advice and the allowed corpus day files
_INSTRUMENT_REACH = 2


def infinitives_own(sv: SentenceView, start: int, at: int, trigger: int) -> bool:
    """Whether the से phrase whose postposition is at ``at`` belongs to an infinitive after it,
    before the trigger, because whom the act asks stands before it marked को: "महिलाओं को …
    दिन में कई बार साबुन से हाथ धोने की सलाह दी" washes hands with soap, "कर्मियों को घर से काम
    करने की सलाह" works from home; the women and the staff are advised (round ev136, issue 13,
    the tuning set Uh). With no such को phrase a से phrase is whom an appeal asks ("सभी से एकजुट
    होने की अपील"). Only up to :data:`_INSTRUMENT_REACH` unmarked words stand between the
    phrase and the infinitive."""
    toks = sv.tokens
    if toks[at].text != "से":
        return False
    ends = {u.last for u in sv.units}
    if not any(
        toks[k].text == "को" and (k - 1 in ends or names_people(toks[k - 1].text))
        for k in range(start + 1, at)
    ):
        return False
    for j in range(at + 1, min(trigger, at + 2 + _INSTRUMENT_REACH)):
        if _activity(toks[j].text):
            return j > at + 1  # right after the से: "बीमारों से मिलने" is read by the caller
        if toks[j].text in _NP_STOPS or toks[j].text in {"के", "की", "का"} or is_break(toks, j):
            return False
    return False


def _act(word: str) -> bool:
    """Whether a word is an activity of the glossary (kind ``act``: प्रवेश, एंट्री, आवाजाही)."""
    return any(e.kind == "act" and f == (word,) for f, e in glossary().index.get(word, ()))


def _with_participle(sv: SentenceView, start: int, first: int, end: int) -> int:
    """First token of the object ``first..end`` with the relative participle phrase before it
    ("पंजाब से लौटे 115 मजदूरों"), leading words that add nothing to its English left out;
    ``first`` when there is none or the glossary cannot say it."""
    wider = _relative_start(sv.tokens, start, end)
    wider = None if wider is None else listed_start(sv.tokens, start, wider)  # round nm1
    if wider is None or wider >= first:
        return first
    english = gloss(sv.text_of(wider, end))
    if english is None or english == gloss(sv.text_of(first, end)):
        return first
    while wider < first and gloss(sv.text_of(wider + 1, end)) == english:
        wider += 1
    return wider


@cache
def _participle_words() -> frozenset[str]:
    """First words of the glossary's relative participles ("फंसे", "लौटे"), read once per
    process, not from the whole glossary at every object (round sc47)."""
    return frozenset(f[0] for e in glossary().entries if e.kind == "rel" for f in e.forms)


_RELATIVE_STOPS = _NP_STOPS - {"में", "से"} | {"के लिए"}  # a participle's place read across


def _relative_start(toks: list[Token], start: int, end: int) -> int | None:
    """First token of a noun phrase ending at ``end`` that may hold a relative participle with
    its place ("दूसरे राज्यों में फंसे लोगों"): read back to a stop word, across the
    postposition of a participle the glossary knows; None when the phrase would be empty."""
    rel = _participle_words()
    stops = _RELATIVE_STOPS
    first = end
    while first - 1 >= start and end - first + 1 < 2 * _NP_MAX:
        word = toks[first - 1].text
        if word in {"में", "से"} and toks[first].text not in rel:
            break
        if word in stops or is_break(toks, first - 1):
            break
        first -= 1
    return first if first <= end else None
