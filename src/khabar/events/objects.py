"""Targets that are no entity, read where Hindi news leaves them implicit or unmarked.

Why: the targets of everyday measures and appeals are mostly common nouns, and news often writes
them without the postposition the clause analysis keys on ("सभी मॉल बंद रहेंगे", "सभी बार,
कैफे … तत्काल प्रभाव से बंद करने के आदेश"), behind a parenthetical aside ("सभी मॉल (… को
छोड़कर) को बंद"), or not at all ("पीएम ने … पालन करने के लिए कहा": the public is addressed).
The helpers here complete :func:`khabar.events.targets._object_target`; the glossary
(:mod:`khabar.events.glossary`) decides what counts as a common noun of people, places, businesses
or services, so a subject, an adverb or an activity is never taken for an object.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from ..model import Argument
from .actors import entity_code
from .clause import SentenceView, Token, Unit, is_break
from .gloss import gloss
from .gloss_phrases import AGE
from .glossary import known_word, modifier_at, names_actor
from .jurisdictions import joint_places, jurisdiction, public_of
from .public_place import bare_office, unplaced_name

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate


# The last word of an adverbial participle ("देखते हुए"): no object runs across it.
PARTICIPLE_ENDS = frozenset({"हुए", "हुई", "हुआ"})


def adverbial_end(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` ends an adverbial participle "<verb>ते हुए" ("खतरे को देखते हुए
    सभी स्कूल … बंद", "… का हवाला देते हुए दुकानें बंद"): the object begins after it. A
    perfective participle's हुए ("फंसे हुए लोगों") is part of the phrase it describes. Round
    ev104 (issue 13): 4 bare objects on the 278 allowed corpus day files began "हुए …"."""
    return toks[k].text in PARTICIPLE_ENDS and k > 0 and toks[k - 1].text.endswith("ते")


def before_aside(toks: list[Token], end: int, start: int) -> int:
    """The last token before a parenthetical aside that ends at ``end`` ("सभी मॉल (किराना …
    को छोड़कर) को बंद"): the object is the phrase before the aside, not its last words."""
    if toks[end].text != ")":
        return end
    depth = 0
    for k in range(end, start - 1, -1):
        depth += {")": 1, "(": -1}.get(toks[k].text, 0)
        if depth == 0:
            return k - 1
    return start - 1


# Appeals and advice that name nobody they address ("पीएम ने … पालन करने के लिए कहा",
# "लोगों से" left out): addressed to the public.
PUBLIC_MODES = frozenset({"appeal", "advise", "tell_to"})


def public_addressee(
    sv: SentenceView, cand: Candidate, roles: Roles, said: tuple[int, int] | None = None
) -> None:
    """An appeal with no addressee named is addressed to the public of the jurisdiction of
    its named source (the coders' convention: "public of India" for the prime minister's
    appeal), marked inferred (``target_inferred``). Where words address it without naming it
    (``said``: the tokens of "आप सभी से आग्रह"), they are its text and evidence, so a reader of
    the Hindi sees who was asked, and the public is the target even when the source's place is
    unknown; otherwise it has no text of its own (its English name stands in)."""
    if not roles.explicit_source and not roles.source and said is None:
        return
    coded = {
        m.entity_id: m.role
        for u in sv.units
        for m in u.mentions
        if m.source == "actors" and m.entity_id and m.role
    }
    bare = False
    placed: list[tuple[str, bool]] = []
    for ident in roles.source:
        code = coded.get(ident) if ident.startswith("actor:") else entity_code(ident)
        where = None if bare_office(ident) else jurisdiction(code)  # round ti1: bare, none
        if where:
            placed.append((where, "-" in (code or "").split(" ")[0]))
        elif not placed:
            bare = bare or bare_office(ident)
    # no source placed yet: a group the article places later ("पुलिस … सख्ती बरतेगी": Bihar
    # Police), an issuer inferred after the roles; :func:`khabar.events.naming.name_actors`
    # names the public there, or drops it when no place is found (``unplaced``). Sources of
    # several states act each for its own public (:func:`.jurisdictions.joint_places`).
    place = placed[0][0] if placed else None
    publics = joint_places(placed) or ([place] if place else [])
    names = [f"actor:{public_of(p)}" for p in publics] or ["actor:public"]
    for name in names:
        if said is not None:
            first, last = sv.tokens[said[0]], sv.tokens[said[1]]
            text, at, end = sv.text_of(*said), first.start, last.end
        else:
            text, at = name.removeprefix("actor:"), sv.tokens[cand.first].start
            end = at
        en = unplaced_name(cand.trig.mode, PUBLIC_MODES) if bare and not place else ""
        roles.args.append(Argument("target_inferred", text, at, end, name, en or None))
        roles.target.append(name)


# Modes of measures taken on places and things (a zone declared, a building sealed, a school
# closed, a programme cancelled): a pronoun object of theirs points at no person, and the को
# phrase before it is their object ("146 परिसरों को सील कर उन्हें … जोन घोषित"); round ev23,
# read on corpus day files outside the event gold.
MEASURES_ON_THINGS = frozenset({"seal", "close", "restrict", "cancel", "lockdown", "curfew"})
# Pronoun subjects a noun phrase read backwards from its postposition may run into.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"हम", "मैं", "वह", "वे", "यह", "ये", "आप", "उन्होंने", "हमने"})


def _kind_genitive(toks: list[Token], k: int, start: int) -> bool:
    """Whether the genitive at ``k`` joins a kind word to the object ("शराब की दुकानें")."""
    return toks[k].text in {"के", "की", "का"} and k - 1 >= start and known_word(toks[k - 1].text)


# The last word of a :data:`.gloss_phrases.AGE` phrase (its pattern's final alternatives).
_GENITIVE_WORDS = frozenset({"के", "की", "का"})
_TEXT = attrgetter("text")  # a token's text, read in C


def age_before(toks: list[Token], k: int, start: int, blocked: set[int]) -> int | None:
    """First token of an age phrase ending right before ``k`` ("65 साल से ज्यादा आयु के
    बुजुर्गों"): its से is no boundary of the object (gloss_phrases.AGE, round ev34). The phrase ends in
    a genitive word of its own, so only a genitive before ``k`` is read further (round sc55,
    issue 16: the five joins and matches per object were 2% of the events stage)."""
    if k < 1 or toks[k - 1].text not in _GENITIVE_WORDS:
        return None
    for n in range(5, 10):
        # the blocked test and the words read in C, no generator per length (round sp26)
        if k - n < start or not blocked.isdisjoint(range(k - n, k)):
            continue
        text = " ".join(map(_TEXT, toks[k - n : k]))
        m = AGE.fullmatch(text)
        if m is not None:
            return k - n
    return None


# Adverbials between a measure's object and its trigger ("सभी बार … तत्काल प्रभाव से बंद").
_MEASURE_ADVERBS: tuple[tuple[str, ...], ...] = (
    ("तत्काल", "प्रभाव", "से"),
    ("पूरी", "तरह", "से"),
    ("अस्थायी", "रूप", "से"),
    ("पूरी", "तरह"),
    ("तत्काल",),
    ("फिलहाल",),
    ("भी",),
    # round ev62 (issue 13): adverbials before closures with no target on corpus day files
    # outside the gold's days ("अपनी उड़ानें अस्थाई रूप से बंद", "… आदि पहले ही 31 मार्च तक बंद
    # किए जा चुके", "… सार्वजनिक परिवहन इस दौरान बंद रहेंगे", "… धार्मिक स्थल भी पूर्णतः बंद")
    ("अस्थाई", "रूप", "से"),
    ("अस्थायी", "तौर", "पर"),
    ("अस्थाई", "तौर", "पर"),
    ("इस", "दौरान"),
    ("पहले", "ही"),
    ("पूर्णतः",),
    ("पूर्णत", ":"),
    ("एहतियातन",),
)
_ADVERB_ENDS = frozenset(a[-1] for a in _MEASURE_ADVERBS)


def past_adverbs(toks: list[Token], end: int, start: int) -> int:
    """The last token before the adverbials of :data:`_MEASURE_ADVERBS` that end at ``end``
    ("… का प्रवेश पूरी तरह से बंद", "… का प्रवेश भी बंद"), read back as far as ``start``;
    ``end`` itself when none ends there."""
    while end >= start:
        before = tuple(t.text for t in toks[max(start, end - 2) : end + 1])
        adverb = next((a for a in _MEASURE_ADVERBS if before[-len(a) :] == a), None)
        if adverb is None:
            return end
        end -= len(adverb)
    return end


# Whom a closure says it is for when it names the public ("सभी धार्मिक स्थल पब्लिक के लिए ये बंद
# रहेंगे", "मुगल गार्डन आम लोगों के लिए बंद"): the public of the place, not the places closed.
_PUBLIC_WORDS = frozenset({"पब्लिक", "जनता", "आमजन", "आम", "लोगों", "नागरिकों"})
# Words between "X के लिए" and the closure it limits ("पब्लिक के लिए ये बंद", "… भी बंद").
_PARTICLES = frozenset({"ये", "यह", "वे", "वह", "भी", "ही"})


def closed_for(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The people a measure is said to be for when nothing before names its object ("… सभी
    धार्मिक स्थल पब्लिक के लिए ये बंद रहेंगे": the gold codes the public of Bihar; "देश की
    सीमाएं विदेशी पर्यटकों के लिए … बंद": foreign tourists): the phrase before the "के लिए" that
    stands right before the trigger, past particles, adverbials and dates (a duration's own "के
    लिए" left aside: "दो सप्ताह के लिए"). The public in words is the public of the jurisdiction
    (:func:`public_addressee`, its words the evidence); other people a glossed noun phrase. 8
    closures "X के लिए … बंद" in corpus/hindi-covid-2020 (round ev20), 6 of them for people."""
    toks = sv.tokens
    dated = sv.dated
    k = cand.first - 1
    while k >= start + 2:
        word = toks[k].text
        if k in dated or word in _PARTICLES:
            k -= 1
        elif (adverb := _adverb_ending(toks, k)) is not None:
            k -= len(adverb)
        elif word == "लिए" and toks[k - 1].text == "के" and k - 2 in dated:
            k -= 2  # "दो सप्ताह के लिए": how long, not for whom
        elif word == "लिए" and toks[k - 1].text == "के":
            break
        else:
            return
    else:
        return
    end = k - 2
    first = end
    while first - 1 >= start and toks[first - 1].text in _PUBLIC_WORDS:
        first -= 1
    owned = first - 1 >= start and toks[first - 1].text in {"के", "की", "का"}
    if toks[end].text in _PUBLIC_WORDS and (first == end or toks[first].text == "आम") and not owned:
        public_addressee(sv, cand, roles, (first, end))
        return
    first = _modified(toks, start, end)  # "विदेशी पर्यटकों", not the thing closed before them
    if first - 2 >= start and toks[first - 1].text in {"के", "की", "का"}:
        owner = _modified(toks, start, first - 2)  # "दूसरे देशों के नागरिकों": whose
        if gloss(sv.text_of(owner, end)) is not None:
            first = owner
    if names_actor(sv.text_of(first, end)):
        text = sv.text_of(first, end)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
        roles.target.append(ident)


def _adverb_ending(toks: list[Token], k: int) -> tuple[str, ...] | None:
    """The adverbial of :data:`_MEASURE_ADVERBS` that ends at token ``k``, or None; its last
    word is tested before any words are compared (round sc47)."""
    if toks[k].text not in _ADVERB_ENDS:
        return None
    return next(
        (a for a in _MEASURE_ADVERBS if tuple(t.text for t in toks[k - len(a) + 1 : k + 1]) == a),
        None,
    )


def _modified(toks: list[Token], start: int, end: int) -> int:
    """First token of the head noun at ``end`` with the glossary modifiers before it."""
    first = end
    while first - 1 >= start and modifier_at(toks, first - 1):
        first -= 1
    return first


_OBJECT_MAX = 12  # tokens of a coordinated object: "सभी बार, कैफे, हेयर सैलून और ब्यूटी पार्लर"


def bare_object(
    sv: SentenceView,
    cand: Candidate,
    start: int,
    units: list[Unit],
    roles: Roles,
    np_stops: frozenset[str],
) -> None:
    """The object of a measure written without को ("सभी मॉल बंद रहेंगे", "सभी बार, कैफे …
    बंद करने के आदेश"): the phrase right before the trigger (past adverbials and dates), taken
    only when the glossary knows the head of each of its conjuncts: common nouns of places,
    services and people, so a subject or an adverb is never taken for an object."""
    toks = sv.tokens
    skip = sv.dated
    end = cand.first - 1
    while end >= start:
        if end in skip:
            end -= 1
            continue
        if end - 2 >= start and toks[end].text == "लिए" and toks[end - 1].text == "के" and (
            end - 2 in skip
        ):
            end -= 2  # "14 अप्रैल तक के लिए", "सात दिनों के लिए": how long (round ev62)
            continue
        before = [t.text for t in toks[max(start, end - 2) : end + 1]]
        adverb = next((a for a in _MEASURE_ADVERBS if tuple(before[-len(a) :]) == a), None)
        if adverb is None:
            break
        end -= len(adverb)
    first = glossed_span(sv, start, end, units, np_stops)
    if first is None:
        return
    text = sv.text_of(first, end)
    if names_actor(text) or (cand.trig.mode == "cancel" and _an_occasion(text)):
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
        roles.target.append(ident)


# Occasions a cancellation or postponement falls on, written with no postposition ("निकाय चुनाव
# टाल दिए गए", "सभी परीक्षाएं रद्द कर दी गईं"): the glossary activities (kind ``act``) that are
# held, not those people do (यात्रा, प्रवेश: no object of their own); flights, trains and
# functions are glossary nouns already (round ev98, issue 13).
_OCCASIONS = frozenset({"elections", "examinations", "election", "examination"})  # + the singular (nm1)


def _an_occasion(text: str) -> bool:
    """Whether a phrase the glossary can say ends in an occasion of :data:`_OCCASIONS`."""
    english = gloss(text)
    # "महाराष्ट्र के सभी निकाय चुनाव" = "all local body elections in Maharashtra": the head is
    # before the phrase's own place (round ev127: such postponements had no target)
    return english is not None and english.rsplit(" in ", 1)[0].split()[-1] in _OCCASIONS


CONJ = frozenset({",", "और", "व", "तथा"})

# A letter or call by which an act is addressed ("X को पत्र लिखकर मांग की", "X को चिट्ठी लिख कर
# कहा", "X को फोन करके"): X is whom the act is addressed to. 22 times "को पत्र/चिट्ठी लिखकर"
# in corpus/hindi-covid-2020 (round ev19), always before the act it carries.
LETTERS = frozenset({"पत्र", "चिट्ठी", "खत", "फोन", "फ़ोन", "ई-मेल", "ईमेल"})
BY_WRITING = frozenset({"लिखकर", "लिख", "भेजकर", "भेज", "करके", "कर"})


# ... and the letter named by its participle, the act told "in" it ("प्रधानमंत्री नरेंद्र मोदी को
# लिखे पत्र में, उन्होंने यह भी मांग की कि …", "मोदी को लिखे पत्र में, मुख्यमंत्री ने कहा कि …"), or
# counted ("फेडरेशन ने प्रधानमंत्री को एक पत्र लिखकर … अवगत कराया"). Round ev170 (issue 13): a
# demand of the tuning set Uk kept no target; 2 "को लिखे पत्र में" and 1 "को एक पत्र लिखकर" on
# the 280 allowed corpus day files, each carrying the act after it.
_WRITTEN = frozenset({"लिखे", "लिखी", "भेजे", "भेजी"})


def letter_after(sv: SentenceView, k: int) -> bool:
    """Whether a letter or call is written as a conjunctive participle from token ``k`` on, right
    after a को ("केरल सरकार को पत्र लिखकर", "मुख्यमंत्री को चिट्ठी लिख कर"), a date or "एक"
    between them left aside ("केरल सरकार को कल पत्र लिखकर", "प्रधानमंत्री को एक पत्र लिखकर"), or
    named by its participle with the act in it ("मोदी को लिखे पत्र में")."""
    toks = sv.tokens
    dated = sv.dated
    while k in dated:
        k += 1
    if k + 2 < len(toks) and toks[k].text in _WRITTEN and toks[k + 1].text in LETTERS:
        return toks[k + 2].text == "में"
    if k < len(toks) and toks[k].text == "एक":
        k += 1
    if k + 1 >= len(toks) or toks[k].text not in LETTERS:
        return False
    verb = toks[k + 1].text
    if verb in {"लिखकर", "भेजकर", "करके"}:
        return True
    return verb in BY_WRITING and k + 2 < len(toks) and toks[k + 2].text in {"कर", "के"}


def letter_addressee(
    sv: SentenceView,
    cand: Candidate,
    start: int,
    units: list[Unit],
    roles: Roles,
    np_stops: frozenset[str],
) -> None:
    """Whom a letter carrying the act is written to when they are no entity ("सभी राज्यों को
    पत्र लिखकर … पालन करने के लिए कहा गया", "मुख्य सचिवों को पत्र लिखकर"): the glossed noun
    phrase before its को, the act's target, though a को-object of the act itself may stand
    nearer the trigger (its object, not its addressee). 13 of the 22 letters of
    corpus/hindi-covid-2020 are written to such a group ("सभी राज्यों", "सभी कलेक्टरों")."""
    toks = sv.tokens
    for k in range(start + 1, cand.first - 2):
        if toks[k].text != "को" or not letter_after(sv, k + 1):
            continue
        if any(u.marker_end == k + 1 for u in units):
            return  # an entity: the clause analysis has it (``letter_to``)
        first = glossed_span(sv, start, k - 1, units, np_stops)
        if first is None or not names_actor(sv.text_of(first, k - 1)):
            return
        text = sv.text_of(first, k - 1)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[first].start, toks[k - 1].end, ident))
        roles.target.append(ident)
        return


def glossed_span(
    sv: SentenceView, start: int, end: int, units: list[Unit], np_stops: frozenset[str]
) -> int | None:
    """First token of the longest run of whole conjuncts ending at ``end`` whose heads the
    glossary all knows ("सभी बार, कैफे, हेयर सैलून और ब्यूटी पार्लर"), leading unknown words
    left out; None when not even the last conjunct has a known head."""
    toks = sv.tokens
    skip = sv.dated
    # a name the tagger found inside the object is part of it when the glossary knows all its
    # words: a common noun misread as a name ("हेयर सैलून" tagged PERSON)
    in_unit = {
        i
        for u in units
        if not all(known_word(t.text) for t in toks[u.first : u.last + 1])
        for i in range(u.first, u.marker_end)
    }
    if end < start or end in in_unit or end in skip:
        return None
    stops = (np_stops | {"के", "की", "का", "(", ")", "लेकिन", "परंतु", "मगर"}) - CONJ
    first = end
    aged = 0  # tokens of age phrases taken in (no part of the object's length limit)
    # commas and "और" between conjuncts are no words of the object: a list of six closed things
    # ("स्कूल, कालेज, जिम, स्वीमिंग पूल, थिएटर, मॉल्स आदि") is 14 tokens, 9 of them words (round
    # ev62, issue 13: 3 of the closures changed on corpus day files outside the gold's days lost
    # their first conjuncts, the gold names the whole list)
    joints = 0
    blocked = in_unit | skip  # the union once, not once a token read (round sp7)
    while True:
        while (
            first - 1 >= start
            and end - first + 1 - aged - joints < _OBJECT_MAX
            and (toks[first - 1].text not in stops or _kind_genitive(toks, first - 1, start))
            and first - 1 not in blocked
            and not is_break(toks, first - 1)
            and not adverbial_end(toks, first - 1)
        ):
            first -= 1
            joints += toks[first].text in CONJ
        age = age_before(toks, first, start, blocked)
        if age is None:
            break
        aged += first - age - 1
        first = age
    starts = [first] + [k + 1 for k in range(first, end) if toks[k].text in CONJ]
    for k in starts:
        if _listed_names(sv, k, end):
            return k  # round nm3: "थुआ, डाहौला तथा कुचराना कलां गांवों"
        while k < end and not known_word(toks[k].text):
            k += 1  # leading words the glossary does not know belong to no object
        if gloss(sv.text_of(k, end)) is not None:
            return k
    return None


def _listed_names(sv: SentenceView, k: int, end: int) -> bool:
    """Whether the run from an unknown word ``k`` to ``end`` is a list whose English names
    more than the run with its leading unknown words left out: the earlier conjuncts are names
    sharing the last conjunct's head ("थुआ, डाहौला तथा कुचराना कलां गांवों" = "Thua, Dahaula
    and Kuchrana Kalan villages", :func:`khabar.events.place_lists.listed_localities`), no
    words of another phrase (the gloss leaves unknown words unsaid, so an English that grew is
    said by them). Round nm3, issue 13: such lists were cut to their last name."""
    toks = sv.tokens
    if known_word(toks[k].text) or not any(toks[j].text in CONJ for j in range(k, end)):
        return False
    whole = gloss(sv.text_of(k, end))
    if whole is None:
        return False
    j = k
    while j < end and not known_word(toks[j].text):
        j += 1
    part = (gloss(sv.text_of(j, end)) or "").split()
    said = whole.split()
    # the English must grow, keeping every word the part said ("इसके जरिए 65 वर्ष से अधिक आयु
    # के बुजुर्गों और …" lost "over 65" from the start at "इसके": no list of names, the tune half)
    return len(said) > len(part) and all(said.count(w) >= part.count(w) for w in set(part))
