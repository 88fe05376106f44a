"""Whose office an actor word names: the code and English name of one dictionary hit.

A word of the actor dictionary ("सरकार", "पुलिस", "जिला प्रशासन", "स्वास्थ्य विभाग") names a body
of some place, and :func:`_code` decides which, in order: the place written before it (its compass
district; a country's or a state's administration is its government), a place word the KB lacks
(a country or town before it; a state misspelt, :func:`_misspelt`), the state named right before
"में", the government the article named last, the one foreign country of the paragraph, the state
whose officer the article named, the town a local office belongs to, the state a bare department
is of, else the country (marked inferred where the place is guessed).

Why a module of its own: :mod:`.coding` finds a sentence's hits and keeps the article's context
(:mod:`.actor_context`) up to date; this is the one decision per hit, a chain of ordered rules
each added by its own round, read and changed apart from the scan that calls it.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from ..model import Mention
from .actor_context import ActorContext, _home_here, state_of_towns
from .actors import ActorDictionary, ActorWord, fold_nasals, place_code
from .administrations import state_administration
from .central_matters import central_matter
from .foreign_paragraphs import abroad_in_reach
from .names import romanise
from .places import (
    _STATE_KINDS,
    UNKNOWN_COUNTRY,
    _compass_district,
    _head_of,
    _place_before,
    is_state,
    unknown_country_before,
    unknown_town_before,
    unknown_word,
)

# How like the state's English name a word the tables lack must be, romanised, to be taken for
# it: difflib's ratio, 0.8 (round ev120: "त्तराखंड" Ttarakhand against Uttarakhand 0.95,
# "छतीसगढ़" against Chhattisgarh 0.91; "अलर्ट सरकार" Alert against Jharkhand 0.29)
_MISSPELT = 0.8


def _misspelt(word: str, state: str) -> bool:
    """``word`` is no word the glossary, the actor dictionary or the KB knows, and romanised it
    reads as the English name ``state`` with a letter lost or changed."""
    spelt = romanise(word) if unknown_word(word) else None
    if spelt is None:
        return False
    return SequenceMatcher(None, spelt.casefold(), state.casefold()).ratio() >= _MISSPELT


# Participles of a relative clause that place people, not an act ("राजस्थान में फंसे छात्रों को",
# "दिल्ली में रहने वाले", "महाराष्ट्र से लौटे मजदूरों"): the place belongs to the object, not to the
# government acting (round ev56, issue 13: "सरकार ने राजस्थान में फंसे छात्रों को …" gave
# Rajasthan's government; a closed class of Hindi news words, not tuned on the gold)
_PEOPLE_PLACED = frozenset(
    {"फंसे", "फंसी", "फंसा", "फँसे", "फँसी", "रहने", "रह", "रहे", "बसे", "लौटे", "लौटी", "आए", "आये"}
    | {"पढ़ने", "पढ़", "काम"}
)


def _where_people_are(tokens: list[Any], last: int) -> bool:
    """Whether the place ending at token ``last`` is where some people are ("X में फंसे")."""
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].text in ("में", "से")
        and tokens[last + 2].text in _PEOPLE_PLACED
    )


# The administration of a country or a state is its government, not a district's: "सऊदी अरब
# प्रशासन ने उमरा पर रोक लगा दी" was "Saudi Arabia district administration", "जम्मू-कश्मीर प्रशासन
# ने … स्कूल बंद" twice "Jammu and Kashmir district administration" (issue 13, round ev66: 3 of 57
# प्रशासन sources on 320 corpus day files outside the gold's days; a town's, "जम्मू प्रशासन",
# stays its district administration).
_DISTRICT_ADMINISTRATION = "{place} district administration"
# The people of a place the phrase names ("नोएडा के लोगों"): a town's are its residents, as the
# public of a place is everywhere else (jurisdictions.public_of; round ev97: "public of Noida" on the
# unseen set Tc, coded "residents of Noida", the dev gold's convention for towns)
_PUBLIC = "public of {place}"
_HIGH_COURT = "{place} High Court"
_COURT = "{place} court"  # the generic court word ("अदालत", "कोर्ट", "न्यायालय")
# What may stand right before a bare court word that is the court named before: a case marker, a
# conjunction, a demonstrative ("इस अदालत ने"), not a kind of court ("सत्र", "जिला", "निचली")
_BEFORE_BARE_COURT = frozenset(
    {"ने", "को", "में", "से", "पर", "की", "के", "का", "और", "कि", "तो", "भी", "लेकिन", "हालांकि"}
    | {"इस", "उस", "इसी", "उसी", "यह", "वह", "वहीं", "साथ", "ही"}
)


# Round ev131 (issue 13): the administration of an institution the dictionary names with a fixed
# place is that institution, not a district's or a state's ("केंद्रीय स्वास्थ्य मंत्रालय ने एम्स
# प्रशासन से कहा है कि …" was the Government of Delhi, NT-2020-MAR-08.txt:16 and the unseen tuning
# set Ug; "रेलवे प्रशासन ने …" a district administration, DJ-2020-MAR-14.txt:100). Round ev66 listed
# the bodies with no name of their own (college, university, prison); this is the general form for
# the named ones. How many words back the institution's name may run: its longest dictionary form
# in the corpus's "X प्रशासन" phrases ("अखिल भारतीय आयुर्विज्ञान संस्थान", 4 words).
_INSTITUTION_WORDS = 4


def _institution_before(
    lex: ActorDictionary, tokens: list[Any], i: int
) -> tuple[ActorWord, int] | None:
    """The dictionary's institution whose form ends right before a bare "प्रशासन" at ``i`` and
    names one fixed body (a ``place`` of its own, no group, no office holder), with its first
    token; None where the word before is a place or anything else."""
    if tokens[i].text != "प्रशासन":
        return None
    for j in range(max(0, i - _INSTITUTION_WORDS), i):
        span = tuple(fold_nasals(t.text) for t in tokens[j:i])
        for form, owner in lex.index.get(span[0], []):
            if form == span and owner.place and not owner.group and not owner.person:
                return owner, j
    return None


def _department(word: ActorWord) -> bool:
    """A government department of a place ("{place} health department", "{place} Home
    Department"): in India a state's, when no town or place is named with it."""
    return "{place}" in word.en and word.en.casefold().endswith(" department")


def _state_for_department(
    ctx: ActorContext | None, here: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The state a bare department belongs to: the one state its sentence names ("- नागालैंड:
    … गृह विभाग ने …" in a round-up of states), else the state below the country the article
    named last, as a place or by its government ("उत्तराखंड सरकार ने …"), else None."""
    if here is not None and "-" in here[0]:
        return here
    if ctx is None:
        return None
    named = [
        (at, place)
        for at, place in ((ctx.state_at, ctx.state), (ctx.government_at, ctx.government))
        if place is not None and "-" in place[0]
    ]
    return max(named)[1] if named else None


# The words for "the state" that place a department at the state's level when they stand right
# before it ("राज्य स्वास्थ्य विभाग") or as its owner or seat ("राज्य के", "प्रदेश में", "राज्य
# सरकार के स्वास्थ्य विभाग"); a state's own name before it is read as a place, earlier in _code
_STATE_WORDS = frozenset({"राज्य", "प्रदेश", "सूबे", "सूबा"})
_OWNER_MARKS = frozenset({"के", "की", "का", "में"})


def _state_level(tokens: list[Any], i: int) -> int | None:
    """The first token of the state word that places the department at ``i`` at the state's
    level ("राज्य", "प्रदेश में", "राज्य सरकार के"), or None."""
    k = i - 1
    if k >= 0 and tokens[k].text == "राज्य":
        return k  # "राज्य स्वास्थ्य विभाग"; "प्रदेश" bare before it may end a state's name
    if k < 1 or tokens[k].text not in _OWNER_MARKS:
        return None
    k -= 1
    if k >= 1 and tokens[k].text == "सरकार" and tokens[k - 1].text in _STATE_WORDS:
        k -= 1
    if tokens[k].text not in _STATE_WORDS:
        return None
    if k >= 1 and tokens[k].text == "प्रदेश" and tokens[k - 1].text in _PRADESH_NAMES:
        return None  # "उत्तर प्रदेश के …" the tagger left unlinked: a name, not the word
    return k


# The first words of the states named "… प्रदेश" (Uttar, Madhya, Himachal, Arunachal, Andhra)
_PRADESH_NAMES = frozenset({"उत्तर", "मध्य", "हिमाचल", "अरुणाचल", "आंध्र", "आन्ध्र"})


def _article_state(ctx: ActorContext) -> tuple[str, str] | None:
    """The one state below the country the article is about: the state it named last, else the
    one state all its home towns lie in, else None."""
    if ctx.state is not None and "-" in ctx.state[0]:
        return ctx.state
    return state_of_towns(ctx)


def _governs_itself(entity_id: str | None, code: str) -> bool:
    """Whether a KB place is a country or a state (a government of its own), not a district."""
    kind = (entity_id or "").removeprefix("kb:").split("/", 1)[0]
    return "-" not in code or kind.endswith(_STATE_KINDS)


def _code(
    word: ActorWord,
    lex: ActorDictionary,
    tokens: list[Any],
    i: int,
    places: dict[int, Mention],
    ctx: ActorContext | None,
    local: tuple[str, str] | None = None,
    here: tuple[str, str] | None = None,
) -> tuple[str, str, bool, int]:
    """(code, English name, inferred, first token) of one dictionary hit; ``local`` is the city
    a local office word without a place belongs to, ``here`` the one state the sentence names."""
    if word.place:
        code = word.place
        name = word.en
        _note_court(word, ctx, f"{code} {word.sector}", name)
        return f"{code} {word.sector}", name, False, i
    inst = _institution_before(lex, tokens, i) if word.en == _DISTRICT_ADMINISTRATION else None
    if inst is not None and _place_before(tokens, inst[1], places) is None:
        # not "पटना एम्स प्रशासन": another town's institute of the name, which keeps the town
        owner, first = inst
        return f"{owner.place} {owner.sector}", owner.en, False, first
    found = _place_before(tokens, i, places)
    if found is None and word.context and word.sector == "GOV":
        found = _head_of(tokens, i, ctx.on if ctx is not None else None)
    placed = place_code(found[0]) if found else None
    if found and placed:
        code, place_name = placed
        first = found[1]
        if word.sector != "COP":  # "दक्षिण-पश्चिम दिल्ली जिला प्रशासन": the district's, not
            place_name, first = _compass_district(tokens, first, placed)  # Delhi's (police are)
        name = lex.placed(word.en, place_name)
        if word.en == _PUBLIC:
            from .jurisdictions import public_of

            name = public_of(place_name)  # "नोएडा के लोगों": a town's residents, as coders say
        if word.en == _DISTRICT_ADMINISTRATION and _governs_itself(found[0], code):
            name = state_administration(code, place_name)  # "सऊदी अरब प्रशासन" (sa10)
        if word.context and ctx is not None:
            ctx.government, ctx.government_at = placed, tokens[i].start
        if word.en == _HIGH_COURT and ctx is not None:
            ctx.court_place = (code, place_name)
        _note_court(word, ctx, f"{code} {word.sector}", name)
        return f"{code} {word.sector}", name, False, first
    if word.context and word.sector == "GOV" and (abroad := unknown_country_before(tokens, i)):
        return f"{UNKNOWN_COUNTRY} {word.sector}", lex.placed(word.en, abroad), False, i - 2
    gov = ctx.government if ctx is not None else None
    if word.context and not word.state and i >= 2 and tokens[i - 1].text == "में":
        # "राजस्थान में सरकार ने": the government in the state named right before, not the one
        # the article named last (round ev54: Goa's for Rajasthan's closures in a round-up of
        # states, corpus sample outside the gold)
        m = places.get(i - 2)
        inside = place_code(m.entity_id) if m is not None and is_state(m) else None
        if inside and "-" in inside[0]:
            gov = inside
    if (
        word.context
        and word.sector == "GOV"
        and not word.state
        and gov is not None
        and "-" in gov[0]
        and ctx is not None
        and gov == ctx.government
        and here is None
        and central_matter(tokens)
    ):
        # a bare "सरकार" addressing the armed forces (round src8) or in a sentence that says the
        # country's scope (round src10: "देश में …", "21 दिन के लॉकडाउन"): the country's, not
        # the state's government the article named before (:mod:`.central_matters`)
        return f"{lex.default_country} {word.sector}", lex.placed(word.en, lex.default_name), True, i
    if word.context and gov is None:
        # no government named yet: the state the sentence names ("दिल्ली में सरकार ने …")
        states = [
            place_code(m.entity_id)
            for j, m in sorted(places.items())
            if is_state(m) and not _where_people_are(tokens, j)
        ]
        gov = next((st for st in states if st and "-" in st[0]), None)
        placed_people = any(is_state(m) and _where_people_are(tokens, j) for j, m in places.items())
        if gov is None and placed_people and word.sector == "GOV":
            # the state named is where people are: which government acts is not said, and
            # neither that state's nor (a state bringing its people home) the country's is safe
            return f"{lex.default_country} {word.sector}", word.bare, True, i
    elif word.context and word.state and here is not None and "-" in here[0]:
        # "महाराष्ट्र में … राज्य सरकार ने": the state the sentence names, not the article's
        # last government (round ev28: a round-up's earlier Delhi item on the corpus)
        gov = here
    if word.context and word.state and not word.person and gov is None and ctx is not None:
        # "राज्य सरकार ने भी बैठक बुलाई है", "प्रदेश सरकार ने … स्कूलों को … बंद करने के आदेश"
        # in a report of one state that named no government word: that state's government, as
        # actors_hi.yaml says a state's office is (round ev171, issue 13: "state government" of
        # no state was the source of 8 acts on the 280 allowed corpus day files)
        gov = _article_state(ctx)
    if word.context and gov is not None and (not word.state or "-" in gov[0]):
        code, place_name = gov  # "सरकार", "मुख्यमंत्री": of the state named before
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i
    if (
        word.context
        and word.sector == "GOV"
        and not word.state
        and ctx is not None
        and ctx.abroad is not None
        and abroad_in_reach(ctx)  # named in this paragraph or the one before (round ms1)
        and not here
        and not _home_here(ctx, lex)
    ):
        # a bare "सरकार" in a paragraph about one foreign country, no home place named since
        # ("ईरान में … । यहां की सरकार ने लोगों को हिदायत दी है": Iran's, not India's; round
        # ev63, seeded sample of corpus events outside the gold's days)
        code, place_name = ctx.abroad
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i
    if (
        word.context
        and word.sector == "GOV"
        and ctx is not None
        and ctx.state is not None
        and ctx.state[0] in ctx.officers_of
    ):
        # the article names a state and an officer of its government ("गुजरात में … मुख्यमंत्री
        # विजय रूपाणी … । … सरकार राज्य के 61 लाख राशनकार्ड धारकों को …"): that state's
        # government, not the country's (round ev56, issue 13, unseen stand-in set E)
        code, place_name = ctx.state
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i
    if (
        word.context
        and word.sector == "GOV"
        and not word.state
        and ctx is not None
        and ctx.state is not None
        and i >= 1
        and _misspelt(tokens[i - 1].text, ctx.state[1])
    ):
        # a government named after a place word no table knows that is the article's state
        # misspelt ("त्तराखंड सरकार ने …": a damaged first letter; "छतीसगढ़ सरकार") is that
        # state's, never the country's that a bare "सरकार" falls back to (round ev120, issue 13:
        # the unseen tuning set Tg)
        code, place_name = ctx.state
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i - 1
    if word.context and not word.state:
        return (
            f"{lex.default_country} {word.sector}",
            lex.placed(word.en, lex.default_name),
            True,
            i,
        )
    if word.local and "{place}" in word.en and (town := unknown_town_before(tokens, i)):
        # "फरुखार्बाद जिला प्रशासन ने": a town the KB does not know (a misspelling), not the
        # town the article named last (Banda in DH-2020-MAY-11.txt:41, the ev42 stand-in)
        return f"{lex.default_country} {word.sector}", lex.placed(word.en, town), False, i - 1
    if (
        word.local
        and "{place}" in word.en
        and i >= 2
        and tokens[i - 1].text == "में"
        and (town := unknown_town_before(tokens, i - 1))
    ):
        # "रामगढ़ में पुलिस ने …": the police of a town the KB does not know, named right
        # before, not the dateline's (Ranchi Police); round ev86, as for "फरुखार्बाद जिला प्रशासन"
        return f"{lex.default_country} {word.sector}", lex.placed(word.en, town), False, i
    if word.local and "{place}" in word.en and i >= 2 and tokens[i - 1].text == "में":
        # "केरल में प्रशासन ने …": the office of the state or country named right before, not
        # of the dateline's town ("Government of Delhi"); round ev86 (issue 13), as the
        # government branch above does for "राजस्थान में सरकार ने"; a town's falls to ``local``
        m = places.get(i - 2)
        inside = place_code(m.entity_id) if m is not None else None
        if m is not None and inside and _governs_itself(m.entity_id, inside[0]):
            code, place_name = inside
            name = lex.placed(word.en, place_name)
            if word.en == _DISTRICT_ADMINISTRATION:
                name = f"Government of {place_name}"
            return f"{code} {word.sector}", name, False, i
    if _department(word) and ctx is not None:
        if (level := _state_level(tokens, i)) is not None and (
            state := _state_for_department(ctx, here) or state_of_towns(ctx)
        ) is not None:
            # "राज्य के स्वास्थ्य विभाग ने", "प्रदेश में स्वास्थ्य विभाग …": the state's department,
            # not the dateline town's (round ev171); later bare mentions are the same body
            code, place_name = state
            ctx.state_departments[word.en] = (code, place_name, tokens[i].start)
            return f"{code} {word.sector}", lex.placed(word.en, place_name), True, level
        if (named := ctx.state_departments.get(word.en)) is not None and named[2] > ctx.locality_at:
            return f"{named[0]} {word.sector}", lex.placed(word.en, named[1]), True, i
    if word.local and local is not None:
        return f"{local[0]} {word.sector}", lex.placed(word.en, local[1]), True, i
    if word.local and word.sector == "COP" and ctx is not None and ctx.state is not None:
        # no town: the police of the state the article names, a state's force in India ("पुलिस
        # शाम सात बजे से … सख्ती बरतेगी" in a report of Bihar's rules: Bihar Police, tune half)
        code, place_name = ctx.state
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i
    if _department(word) and (state := _state_for_department(ctx, here) or _towns_state(ctx)):
        # no town: the department of the state the article names, as an Indian state runs its
        # departments ("स्वास्थ्य विभाग ने तुरंत बैठक बुलाई" in a report of Uttarakhand's measures,
        # "आपदा प्रबंधन विभाग … व्यवस्था कर रहा है" in an interview on Bihar's: the state's,
        # round ev109, issue 13: 2 bare departments of the unseen tuning sets Te and Tg); a state's
        # own department with no state named, of the one state of the article's towns ("उदयपुर,
        # … । वन विभाग ने …": Rajasthan's, round pq1)
        code, place_name = state
        return f"{code} {word.sector}", lex.placed(word.en, place_name), True, i
    if (
        word.en == _COURT
        and ctx is not None
        and ctx.court_named is not None
        and (i == 0 or tokens[i - 1].text in _BEFORE_BARE_COURT or not _word(tokens[i - 1].text))
    ):
        # a bare "अदालत ने" after the article named its court ("दिल्ली उच्च न्यायालय ने … ।
        # … अदालत ने आरएमएल अस्पताल को … निर्देश दिया"): that court, as analysts name it; not
        # a court of another kind named by a word before it ("सत्र अदालत ने": the sessions court)
        return ctx.court_named[0], ctx.court_named[1], True, i
    name = word.bare if "{place}" in word.en else word.en
    return f"{lex.default_country} {word.sector}", name, False, i


def _note_court(word: ActorWord, ctx: ActorContext | None, code: str, name: str) -> None:
    """Remember a court named with its place or by its own name ("दिल्ली उच्च न्यायालय",
    "सुप्रीम कोर्ट"; not a bench) as the one a later bare "अदालत" is (round ev129, issue 13)."""
    if ctx is not None and word.sector == "JUD" and name.lower().endswith("court"):
        ctx.court_named = (code, name)


def _towns_state(ctx: ActorContext | None) -> tuple[str, str] | None:
    """The one state of the article's home towns (:func:`state_of_towns`), None without a context."""
    return state_of_towns(ctx) if ctx is not None else None


def _word(text: str) -> bool:
    """Whether a token is a word (has a letter), not a mark of punctuation or a number."""
    return any(c.isalpha() for c in text)
