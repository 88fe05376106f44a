"""Who issued an agentless measure ("इलाके को सील कर दिया गया", "कर्फ्यू लगाया गया") by
jurisdiction: the inferred source of a passive or subject-dropped order where the text shows no
one acting.

Why a module of its own: the issuer is a judgement of jurisdiction, not of grammar. Hindi news
leaves the agent of most orders unsaid, and analysts code it as the authority whose business the
measure is: the country's for a national matter (flights, trains, a rule of the Centre), else
the authority of the place the sentence or the article names (a district named by compass
words included: the locality and compass tables are here), at the level the measure belongs to
(a district seals and quarantines, the police register a case; a measure the sentence scopes to
the country or the state is theirs; an admission to a ward is the place's health department's,
a metro's closure its operator's). A place people came from ("X से लौटे") and a dateline are
not the measure's place. Before this guess, :mod:`.acting` reads the issuer the text itself
shows: an authority acting in another clause, one cited, the speaker's while their report goes
on, an authority that just acted in the paragraph. :mod:`khabar.events.hindi` finds the measure
and :func:`khabar.events.parties.guessed_issuer` asks both who issued it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, repeat
from pathlib import Path

import yaml

from ..config import Config
from ..entities.kb import load_kb
from ..errors import E, KhabarError
from ..model import Mention
from ..yamlload import safe_load
from .actors import (
    actor_dictionary,
    check_command,
    country_name,
    place_code,
    sector_of,
    territory_of_city,
)
from .arguments import Roles
from .capital_briefing import union_briefing
from .clause import DocContext, SentenceView, Unit, is_break
from .clause_places import own_clause_first
from .home_states import states_beside_home
from .named_district import district_after_state
from .paragraph_state import around_town_state, paragraph_state, scope_word_state
from .places import LIST_OF_TOWNS, UNKNOWN_COUNTRY, is_state, origin_places
from .police_place import bare_force
from .roads import names_a_road
from .scenes import capital_dateline_only, home_scene
from .stale_places import current_places, foreign_province

# Measures a district takes (sealing a village, a curfew around a hospital, a containment zone,
# quarantining people of the place: the district administration runs the quarantine centres; in
# the tune half of the event gold every inferred issuer of a quarantine of residents is a
# district's, never the state government the article named for another act)
LOCAL_MODES = frozenset({"seal", "curfew", "restrict", "quarantine"})
# Acts of the police: an unnamed agent of these is the place's police, not its government.
POLICE_MODES = frozenset({"charge", "arrest", "fine", "seize", "raid"})

# Modalities of a measure announced, not reported done: "कार्रवाई की जायेगी" is a threat or a
# promise, and in reported speech the speaker's
PROMISED = frozenset({"planned", "expected"})
# What only the country's government runs: flights (civil aviation), trains (the railways),
# anything international or nationwide. Read in the measure's own words (its trigger and what it
# acts on), never in a place the people came from: "ट्रेन से आए मजदूरों" is a district's business.
TRAIN_WORDS = frozenset(
    {"ट्रेन", "ट्रेनें", "ट्रेनों", "रेलगाड़ियों", "रेलगाड़ियां", "रेलगाड़ियाँ", "रेलगाड़ी", "रेलवे"}
)
NATIONAL_WORDS = frozenset(
    {"उड़ान", "उड़ानों", "उड़ानें", "फ्लाइट", "फ्लाइट्स", "फ्लाइटों", "विमान", "विमानों", "विमानसेवा"}
    | TRAIN_WORDS
    | {"हवाई", "एयरलिफ्ट"}  # an airlift brings people home (round ev24, seeds 2626/2727)
    | {"अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "इंटरनेशनल", "देशभर", "राष्ट्रव्यापी"}
)


# Nationals of the home country ("यूएई में फंसे भारतीयों"): a foreign country named with them is
# where they are, not who acts for them
_HOME_NATIONALS = ("भारतीय",)


# Compass words that make a city's name a district of it, as Delhi's districts are named ("वेस्ट
# दिल्ली", "दक्षिणी दिल्ली", "उत्तर पूर्वी दिल्ली"): a measure there is that district's. "उत्तर"
# (also "answer") and "पूर्व" (also "former") only count before another compass word. Only for
# the cities whose districts are named so (Delhi's eleven: North, South West, Shahdara …); "दक्षिण
# मुंबई" is a part of Mumbai, not a district (seen in a spot check of 179 day files outside the
# event gold, round ev15).
_COMPASS_CITIES = frozenset({"IND-Delhi"})
_COMPASS = {
    "पूर्वी": "East", "ईस्ट": "East", "पश्चिमी": "West", "पश्चिम": "West", "वेस्ट": "West",
    "उत्तरी": "North", "नॉर्थ": "North", "दक्षिणी": "South", "दक्षिण": "South", "साउथ": "South",
    "मध्य": "Central", "सेंट्रल": "Central",
}
_COMPASS_FIRST = {"उत्तर": "North", "पूर्व": "East"}
COMPASS_WORDS = frozenset(_COMPASS) | frozenset(_COMPASS_FIRST)
WORD_RE = re.compile(r"[^\s।॥,.|:;!?()\[\]\"'‘’“”]+")
# A word of _COMPASS as a whole word of ``WORD_RE``'s (the text between its separators or a
# hyphen): the exact test before an article is read word by word. The substring test alone
# ("मध्य" in "मध्यम" or "मध्यप्रदेश", "ईस्ट" in "ईस्टर") sent a quarter more articles to the full
# reading (65 against 48 of the 420 of `scale.py --days 16`, round sc48); it stays first, as
# the regex alone costs three times as much an article (20 against 7 us).
# Each alternative opens with its first letter and asks after it that the character before that
# letter is a separator (or that there is none): alternatives that open with a literal let
# ``re`` scan for those letters, where a leading lookbehind was tried at every character (round
# sp7, issue 16: 0.030 -> 0.017 s over the 649 allowed articles of scale.py's --days 40 sample;
# the same matches, checked on all of them). Longest first, as before.
_SEP = r"\s।॥,.|:;!?()\[\]\"'‘’“”-"
_COMPASS_WORD = re.compile(
    "(?:"
    + "|".join(
        f"{re.escape(w[0])}(?<![^{_SEP}].){re.escape(w[1:])}"
        for w in sorted(_COMPASS, key=len, reverse=True)
    )
    + rf")(?![^{_SEP}])"
)


# ---- localities the KB lists as towns ----------------------------------------------------------

LOCALITIES = "localities.yaml"


@dataclass(frozen=True)
class Locality:
    """A locality's city (code, English name), whose police act there, and its district
    (None where the corpus does not confirm one: the city's, or the compass district the
    article names, decides, as for the city itself)."""

    city: tuple[str, str]
    district: str | None


def read_localities(path: Path) -> dict[str, Locality]:
    """Place code of a locality ("IND-Nizamuddin") -> its city and district; a bad entry is an
    E061 error naming the file and the locality."""
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise KhabarError(E.E061, detail=f"{where}: {str(exc).splitlines()[0]}") from None
    items = data.get("localities") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(items, dict):
        raise KhabarError(E.E061, detail=f"{path}: expected 'version: 1' and a 'localities' map")
    out: dict[str, Locality] = {}
    for ident, item in items.items():
        where = f"{path}: {ident}"
        own = place_code(f"kb:{ident}")
        city = place_code(f"kb:{item.get('city')}") if isinstance(item, dict) else None
        district = item.get("district") if isinstance(item, dict) else None
        if (
            own is None
            or city is None
            or (district is not None and (not isinstance(district, str) or not district.strip()))
        ):
            raise KhabarError(
                E.E061, detail=f"{where}: needs a KB place, {{city: KB place[, district: name]}}"
            )
        out[own[0]] = Locality(city, district.strip() if district else None)
    return out


@cache
def localities() -> dict[str, Locality]:
    """The built-in locality table, loaded once per process."""
    return read_localities(Path(str(resources.files("khabar") / "data" / "actors" / LOCALITIES)))


@lru_cache(maxsize=4096)
def _city(word: str) -> tuple[str, str] | None:
    """(code, English name) of a city of ``_COMPASS_CITIES`` named by one word, or None."""
    for entry, kind in load_kb(Config()).lookup(word):
        placed = place_code(f"kb:{entry.id}") if entry.type == "CITY" else None
        if kind == "name" and placed and placed[0] in _COMPASS_CITIES:
            return placed
    return None


def compass_districts(text: str) -> list[tuple[tuple[str, str], str]]:
    """Districts named by a compass word and a city of ``_COMPASS_CITIES``, in the order written:
    ((code, city name), district name), e.g. (("IND-Delhi", "Delhi"), "West Delhi")."""
    return [named for _, named in _compass_districts_at(text)]


def _compass_districts_before(text: str, start: int) -> list[tuple[tuple[str, str], str]]:
    """``compass_districts(text[:start])`` for a ``start`` between words (a sentence's), from
    one reading of the whole article per process and article, not one per sentence (that was
    quadratic in the article's length). A pair ending before ``start`` in the whole text is
    exactly a pair of the prefix: each reads only the words up to its city."""
    cut = start - text.count("\u200d", 0, start) - text.count("\u200c", 0, start)
    return [named for end, named in _compass_districts_at(text) if end <= cut]


@lru_cache(maxsize=8)
def _compass_districts_at(text: str) -> tuple[tuple[int, tuple[tuple[str, str], str]], ...]:
    """(end of the city's word in ``text`` without joiners, district) of each compass pair."""
    plain = text.replace("\u200d", "").replace("\u200c", "")
    if not any(map(plain.__contains__, _COMPASS)) or not _COMPASS_WORD.search(plain):
        return ()  # a pair opens with a word of _COMPASS: nothing to read (rounds sc30, sc48)
    # The words, each part of a hyphened one apart, read in C: joined by hyphens and split at
    # them they are the parts of each word in order (empty ones dropped, as before). Only the
    # word after a compass word is looked up (visited in C), and the words' ends are read from
    # match objects only for an article where one names a city (round sp7, issue 16: the list
    # of every word with its end was 3% of the events stage over the allowed files of
    # scale.py's --days 40 sample, where "मध्य", "दक्षिण", … stand in a quarter of the articles)
    words = list(filter(None, "-".join(WORD_RE.findall(plain)).split("-")))
    ends: list[int] | None = None
    out: list[tuple[int, tuple[tuple[str, str], str]]] = []
    for k in compress(range(1, len(words)), map(_COMPASS.__contains__, words)):
        city = _city(words[k])
        if city is None:
            continue
        if ends is None:
            ends = [m.end() for m in WORD_RE.finditer(plain) for w in m.group().split("-") if w]
        side = _COMPASS[words[k - 1]]
        if k >= 2 and words[k - 2] in _COMPASS_FIRST | _COMPASS and side in {"East", "West"}:
            side = f"{(_COMPASS_FIRST | _COMPASS)[words[k - 2]]} {side}"
        out.append((ends[k], (city, f"{side} {city[1]}")))
    return tuple(out)


def _district(place: tuple[str, str], named: list[tuple[tuple[str, str], str]]) -> str:
    """The district of ``place`` last named by a compass word, else the place itself."""
    return next((d for p, d in reversed(named) if p == place), place[1])


# A measure the sentence says comes from the Centre (round ev33, issue 13): "केंद्र सरकार के
# दिशा-निर्देशों के अनुसार", "गृह मंत्रालय की गाइडलाइन के तहत", "आईसीएमआर द्वारा जारी": the
# national body's rule, not the article's district or state (PK-2020-MAY-04 gave Bihar for a
# central rule; counted by hand on corpus/hindi-covid-2020 day files outside the event gold, seed
# 3333). A central body ("केंद्र" only as "केंद्र सरकार" or "केंद्र की/के" before a rule word:
# "क्वारंटीन केंद्र" is a facility), an optional rule word, then a citing postposition.
_CENTRAL_BODY = (
    r"(?:केंद्र|केन्द्र)(?:ीय)?\s+सरकार|(?:केंद्रीय\s+|केन्द्रीय\s+)?(?:गृह|स्वास्थ्य)\s+(?:एवं\s+"
    r"परिवार\s+कल्याण\s+)?मंत्रालय|भारत\s+सरकार|आईसीएमआर|आइसीएमआर|एनडीएमए|ICMR|NDMA"
    r"|(?:केंद्र|केन्द्र)(?=\s+(?:की|के)\s+(?:ओर|नई\s+|नए\s+|जारी\s+)?(?:दिशा|गाइड|निर्देश|आदेश|एडवाइजरी))"
)
_RULE_WORD = r"(?:(?:की|के|का)\s+)?(?:नई\s+|नए\s+|ताजा\s+|जारी\s+)?(?:दिशा-?\s*निर्देशों|दिशा-?\s*निर्देश|गाइडलाइंस|गाइडलाइन्स|गाइडलाइन|निर्देशों|निर्देश|आदेशों|आदेश|एडवाइजरी|नियमों|नियम)?"
_CITING = (
    r"(?:के\s+अनुसार|के\s+मुताबिक|के\s+तहत|की\s+ओर\s+से|के\s+आधार\s+पर|के\s+निर्देश\w*\s+पर"
    r"|पर\s+अमल|का\s+पालन|द्वारा\s+(?:जारी|अधिकृत|तय|निर्धारित|मान्यता))"
)
# or the central body as the measure's agent, a few words on ("भारत सरकार के स्वास्थ्य मंत्रालय
# और डीजीसीए की ओर से", "गृह मंत्रालय द्वारा … वीजा रद्द कर दिया गया"): no case word between
_CENTRAL_AGENT = r"(?:\s+(?!(?:ने|को|में|से|पर|का|है|हैं)(?:\s|$))\S+){0,5}?\s+(?:की\s+ओर\s+से|द्वारा)"
_CENTRAL_RULE = re.compile(
    rf"(?:{_CENTRAL_BODY})(?:\s*{_RULE_WORD}\s*{_CITING}|{_CENTRAL_AGENT}(?=\s))"
)


def central_rule(sentence: str) -> bool:
    """The sentence says its measure follows a rule of the Centre ("केंद्र सरकार के दिशा-निर्देशों
    के अनुसार", "गृह मंत्रालय की गाइडलाइन के तहत", "आईसीएमआर द्वारा अधिकृत लैब में"): the
    measure's guessed issuer is the country's government, as for a ``national_matter``, and
    before the place's police or administration (``national_government``)."""
    return _CENTRAL_RULE.search(sentence) is not None


_THIS_ONE = frozenset({"इस", "उस"})
_COUNTRY_WORDS = frozenset({"देश", "मुल्क", "राष्ट्र"})


def _this_country(sv: SentenceView) -> bool:
    """"इस (यूरोपीय) देश" in the sentence: a country pointed back to, not the home one."""
    toks = sv.texts
    return any(
        w in _THIS_ONE and _COUNTRY_WORDS & set(toks[k + 1 : k + 3]) for k, w in enumerate(toks)
    )


def national_government() -> tuple[str, str, str]:
    """(id, code, name) of the home country's government: "Government of India", IND GOV."""
    lex = actor_dictionary()
    name = f"Government of {lex.default_name}"
    return f"actor:{name}", f"{lex.default_country} GOV", name


# Postpositions after a vehicle word that make it no subject of the clause ("स्टेशन तक बसें",
# "ट्रेनों से आए"): what follows them is the service, not the vehicle the word names.
_NOT_SUBJECT = frozenset({"को", "से", "में", "पर", "तक", "ने", "द्वारा"})


def service_subject(sv: SentenceView, first: int, vehicles: frozenset[str]) -> str:
    """The vehicle words of the subject of the clause a "नहीं चलेगी" at token ``first`` closes
    (round ev135): each of ``vehicles`` (the trigger's cues) from the clause's start (a break
    or a comma) to the trigger, unless a postposition other than the genitive follows it. "मुंबई में
    लॉकडाउन के दौरान ट्रेनें 31 मार्च तक नहीं चलेंगी" gives "ट्रेनें", wherever its date stands; a
    clause before the comma does not count. Whose the service is follows from these words
    (:func:`national_matter`: trains and flights are the country's, buses and metros the place's)."""
    toks = sv.tokens
    start = next(
        (k + 1 for k in range(first - 1, -1, -1) if toks[k].text == "," or is_break(toks, k)), 0
    )
    return " ".join(
        toks[k].text
        for k in range(start, first)
        if toks[k].text in vehicles and (k + 1 >= first or toks[k + 1].text not in _NOT_SUBJECT)
    )


def national_matter(trigger_text: str, roles: Roles) -> bool:
    """The measure's own words (trigger, target) name a national matter (see ``NATIONAL_WORDS``)."""
    texts = [trigger_text] + [a.text for a in roles.args if a.role == "target"]
    for text in texts:
        words = text.split()
        for k, word in enumerate(words):
            if word in NATIONAL_WORDS and (k + 1 == len(words) or words[k + 1] != "से"):
                return True
    return False


# Visas (round sa1, issue 13): only a country grants or suspends its visas, so an agentless
# suspension ("सभी देशों का वीजा निरस्त करने का फैसला", "ईरान, इटली … के वीजा भी रद्द कर
# दिया गया है") is the home country's, whatever city or foreign country the sentence names (the
# countries named are whose citizens' visas). Counted on the 280 allowed corpus day files of
# hindi-covid-2020: 16 events act on a visa; the two agentless ones not already the country's had
# Delhi's and China's government (an unbiased draw of 150 corpus events, seed 3431, found the first).
# A visa seized with a passport is a police act and keeps the police (:data:`POLICE_MODES`).
_VISA_STEMS = ("वीजा", "वीज़ा", "वीसा")


def visa_measure(trigger_text: str, roles: Roles) -> bool:
    """The measure's own words (trigger, targets) name a visa ("वीजा", "ई-वीजा", "वीजा/ई-वीजा")."""
    texts = [trigger_text] + [a.text for a in roles.args if a.role == "target"]
    return any(stem in text for text in texts for stem in _VISA_STEMS)


# Homecoming modes (round sa1, issue 13): bringing people home ("वापस लाया गया", "एयरलिफ्ट").
HOMECOMING_MODES = frozenset({"repatriate", "evacuate"})


def from_abroad(sv: SentenceView) -> bool:
    """The sentence names a foreign country as where people come from ("चीन से वापस लाया गया")
    or are stranded ("अमेरिका में फंसे 118 लोग"): bringing them home is the home country's
    business, as flights are (:data:`NATIONAL_WORDS`), not the state the sentence or the story
    names. On the 280 allowed corpus day files two agentless homecomings from abroad had a state's
    government guessed (Maharashtra's for a student of Latur brought back from China, Telangana's
    for a Vande Bharat flight), both wrong; a homecoming from another state ("कोटा से छात्रों को
    वापस लाया गया") names no foreign country and keeps the place's authority."""
    lex = actor_dictionary()
    came_from = origin_places(sv.tokens, [m for u in sv.units for m in u.mentions])
    for u in sv.units:
        for m in u.mentions:
            if m.type != "COUNTRY":
                continue
            placed = place_code(m.entity_id)
            if placed is None or placed[0] == lex.default_country:
                continue
            if m.start in came_from or _stranded_or_citizens(sv, u):
                return True
    return False


# Sports fixtures (round ev30): a tournament, match or games called off is its organiser's act
# (a sports federation, a league, the IOC, FIFA), not a government's; a fixture abroad or between
# nations has no national issuer to guess. Counted on all 357 corpus/hindi-covid-2020 day files
# outside the event gold: 44 sentences call a fixture off ("तोक्यो ओलंपिक स्थगित", "विश्व कप
# क्वालीफायर मुकाबले स्थगित", "पोलिश ओपन को स्थगित कर दिया गया"); the 27 agentless ones got a
# guessed government (India's, Japan's from the article's Tokyo, Jammu's from a dateline), all
# wrong but where the sentence lists the fixtures with schools a government closed. So a fixture
# called off (the cancel mode) whose sentence names one gets no guessed issuer; under another mode
# ("सभी खेल आयोजनों को रद करने के साथ ही स्कूलों … को बंद कर दिया गया") only a measure whose own
# words name an international fixture is left without one.
_FIXTURES = frozenset(
    {"टूर्नामेंट", "टूर्नामेंटों", "मैच", "मैचों", "मुकाबले", "मुकाबलों", "मुकाबला", "सीरीज"}
    | {"लीग", "चैंपियनशिप", "चैंपियनशिपों", "प्रतियोगिता", "प्रतियोगिताओं", "प्रतियोगिताएं"}
    | {"खेल", "खेलों", "गेम्स", "कप", "ओपन", "क्वालीफायर", "क्वालिफायर", "क्वालीफायर्स"}
    | {"क्वालीफाइंग", "क्वालिफाइंग", "ग्रां", "ओलंपिक", "ओलंपिक्स", "ओलिंपिक", "पैरालंपिक"}
)
# names that make a fixture international by themselves
_WORLD_FIXTURES = frozenset(
    {"ओलंपिक", "ओलंपिक्स", "ओलिंपिक", "पैरालंपिक", "क्वालीफायर", "क्वालिफायर", "क्वालीफायर्स"}
    | {"क्वालीफाइंग", "क्वालिफाइंग", "ओपन", "ग्रां", "फीफा", "फीबा", "आईसीसी", "विश्व", "वर्ल्ड"}
    | {"एशियाई", "एशियन", "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "इंटरनेशनल"}
)
FIXTURE_OFF = frozenset({"cancel"})  # the trigger modes that call a fixture off


def sports_fixture(trigger_text: str, roles: Roles, sv: SentenceView, mode: str) -> bool:
    """The measure calls off a sports fixture ("पोलिश ओपन को स्थगित कर दिया गया", "तोक्यो
    ओलंपिक को टाल दिया गया"): under a mode of ``FIXTURE_OFF`` its sentence names a fixture
    (``_FIXTURES``); under another, its own words (trigger, target) name an international one (a
    fixture with a word of ``_WORLD_FIXTURES``). Such a measure gets no guessed issuer: its
    organiser acts, not the home country's or the story's government."""
    if mode in FIXTURE_OFF:
        return not _FIXTURES.isdisjoint(sv.words)
    own = " ".join([trigger_text] + [a.text for a in roles.args if a.role == "target"])
    words = set(WORD_RE.findall(own))
    return bool(words & _FIXTURES) and bool(words & _WORLD_FIXTURES)


def authority(
    sv: SentenceView,
    ctx: DocContext,
    local: bool,
    police: bool = False,
    national: bool = False,
    text: str = "",
    at: int = -1,
) -> tuple[str, str, str]:
    """(id, code, name) of who issues an agentless order: the country's government for a
    ``national`` measure (flights, trains, the whole country: not the city the story is from),
    else the government of the place the sentence names (not a foreign country where the home
    country's nationals are), else the district administration of the town the article last named
    (for a ``local`` measure: sealing, a curfew zone; or when no government was named), else the
    government the article last named, else the country's. A ``police`` act (a case registered,
    an arrest, a fine, a seizure) is the police of that place below the country, as analysts code
    an FIR ("मामला दर्ज किया गया": COP, not GOV). A city named with a compass word in the
    sentence, or earlier in the article ``text`` for the town it last named ("वेस्ट दिल्ली"),
    is that district ("West Delhi district administration"): Delhi's districts are named so.
    ``at``: the measure's trigger token, whose own clause's places are read first
    (:func:`.clause_places.own_clause_first`, round src8)."""
    lex = actor_dictionary()
    here = compass_districts(text[sv.start : sv.end]) if text else []
    before = _compass_districts_before(text, sv.start) if text else []
    nationals = any(map(str.startswith, sv.texts, repeat(_HOME_NATIONALS)))  # C (round sp26)
    came_from = origin_places(sv.tokens, [m for u in sv.units for m in u.mentions])
    police = police or _own_men(sv)
    listed = {
        m.entity_id
        for u in sv.units
        for m in u.mentions
        if m.entity_id
        and m.start not in came_from
        and (m.type == "CITY" or (m.type == "REGION" and not is_state(m)))
    }  # a district the KB files as a region is a town of the list ("गौतमबुद्ध नगर", round dl2)
    own = ctx.actors.government if ctx.actors.government and "-" in ctx.actors.government[0] else None
    state = own or ctx.actors.state
    if not (police or national) and (some := states_beside_home(sv, _some_states(sv))):
        return f"actor:{some}", f"{lex.default_country} GOV", some  # "देश के कई राज्यों में" (sa6)
    if len(listed) >= LIST_OF_TOWNS and not police and not national and state is not None:
        name = f"Government of {state[1]}"  # "मुंबई, ठाणे, … पुणे … और नागपुर में … बंद"
        return f"actor:{name}", f"{state[0]} GOV", name
    for u in own_clause_first(sv, at):  # the measure's own clause first (round src8)
        for m in u.mentions:
            if m.start in came_from or _dateline(sv, u) or _among(sv, u) or names_a_road(sv, m):
                continue  # "यूएई से आने वाले यात्रियों", "रांची : … झारखंड को लॉकडाउन", "हापुड़ रोड"
            placed = place_code(m.entity_id) if m.type in {"COUNTRY", "REGION", "CITY"} else None
            abroad = placed and m.type == "COUNTRY" and placed[0] != lex.default_country
            if abroad and (nationals or _stranded_or_citizens(sv, u)):
                continue  # "यूएई में फंसे भारतीयों": where they are stranded, not who acts
            if abroad and home_scene(sv, u, came_from, lex.default_country):
                continue  # "भूटान के भीतर … भारत में … निगरानी में रखा गया": the home country's
            if national and not police and (not placed or m.type != "COUNTRY"):
                continue  # a national matter: only a country the sentence names decides
            if placed and m.type == "CITY" and not police and (wide := around_town_state(sv, m)):
                name = f"Government of {wide[1]}"  # "मुंबई के आसपास के जिलों से" (round dl2)
                return f"actor:{name}", f"{wide[0]} GOV", name
            up = localities().get(placed[0]) if placed and m.type == "CITY" else None
            if up is not None:  # "जहांगीरपुरी": Delhi's police, the North district's order
                if police:
                    return police_of(up.city)
                return _administration(up.city, up.district or _district(up.city, before + here))
            if placed and not police and district_after_state(sv, m):
                continue  # "उत्तर प्रदेश में वाराणसी जिले के …": the district's (round sa5)
            if placed and police and m.type != "COUNTRY":
                if is_state(m) and _town_of_state_after(sv, m):
                    continue  # "महाराष्ट्र के पुणे स्थित …": the town's police (round ev174)
                return police_of(placed)
            if placed:  # a city's orders come from its district administration
                if m.type == "CITY":
                    return _administration(placed, _district(placed, here))
                if m.type == "REGION" and not is_state(m):  # "गौतमबुद्ध नगर में": a district
                    return _administration(placed, placed[1])
                name = f"Government of {placed[1]}"
                return f"actor:{name}", f"{placed[0]} GOV", name
    if here and not national:  # "दक्षिणी दिल्ली": often one unlinked name; a district
        city, district = here[0]
        if police:
            return police_of(city)
        name = f"{district} district administration"
        return f"actor:{name}", f"{city[0]} GOV", name
    there, at = ctx.actors.abroad, ctx.actors.abroad_at
    if (
        not police and there is not None
        and 0 <= at < sv.start and "\n" not in text[at : sv.start]
        and _this_country(sv)
    ):
        # a measure of "this country" in a paragraph about one foreign country: "इटली में … ।
        # … छह करोड़ की आबादी वाले इस यूरोपीय देश में राष्ट्रव्यापी पाबंदियां लगाई गई हैं" was
        # India's (round ev69, seeded sample of corpus events outside the gold's days)
        name = f"Government of {there[1]}"
        return f"actor:{name}", f"{there[0]} GOV", name
    if national and not police:
        return national_government()
    scope = None if police else _scope(sv)
    some = _some_states(sv) if scope == "country" else None
    if some is not None:  # "देशभर में … कई राज्यों को लॉकडाउन किया गया है": the states' own
        return f"actor:{some}", f"{lex.default_country} GOV", some
    if scope == "country":  # "सोनभद्र : … देश में लॉकडाउन किया गया है": the country's
        return national_government()
    countries = _countries_in(sv) if not police else None
    if countries is not None:  # "ज़्यादातर देशों में लॉकडाउन लगाया गया है": each country's own
        return f"actor:{countries}", f"{UNKNOWN_COUNTRY} GOV", countries
    states = _states_in(sv) if not police else None
    if states is not None:  # "कई राज्यों में … बंद कर दिए गए": the states' own measures
        return f"actor:{states}", f"{lex.default_country} GOV", states
    if not police and (province := foreign_province(sv, ctx.actors)) is not None:
        name = f"Government of {province[1]}"  # "सिंध प्रांत की राजधानी कराची में …" (sa2)
        return f"actor:{name}", f"{province[0]} GOV", name
    there, at = ctx.actors.abroad, ctx.actors.abroad_at
    if there is not None and not police and 0 <= at < sv.start and "\n" not in text[at : sv.start]:
        # the one foreign country the paragraph named last, nothing at home since: a measure
        # there is its government's ("इटली में … । ऐसे में बुजुर्गों को घरों में ही रहने की
        # अपील की गई है" was the Government of India's; round ev63, seeded sample of corpus
        # events outside the gold's days; a comparison "जैसे अभी इटली में …" in a quote two
        # paragraphs before a Delhi measure, stand-in C, keeps out)
        name = f"Government of {there[1]}"
        return f"actor:{name}", f"{there[0]} GOV", name
    gov, town = ctx.actors.government, story_town(ctx)
    # the state the article names ("कोरोना: उत्तराखंड में …", "केरल में 3,910 लोग"): its
    # government, rather than the country's, when no government word was read
    state = ctx.actors.state
    town, state = current_places(sv, ctx.actors, town, state)  # a foreign one named before (sa2)
    own = gov if gov and "-" in gov[0] else state
    if state is not None and ctx.actors.state_at > ctx.actors.government_at:
        own = state  # "गुजरात ने … पुष्टि की है । राज्य में …": the state named since (ev90)
    if scope == "state" and own is not None:
        name = f"Government of {own[1]}"  # "राज्य में … सभी कलेक्टरों को गाइडलाइन जारी की गई"
        return f"actor:{name}", f"{own[0]} GOV", name
    if town is None and before:  # the tagger took "उत्तर-पश्चिमी दिल्ली" as one unlinked name
        town = before[-1][0]
    up = localities().get(town[0]) if town is not None else None
    place = (up.city if up else town) or gov or state
    if town is not None and state is not None and _state_of_paragraph(ctx, state):
        # "नई दिल्ली, एजेंसियां । … ¶ आज तेलंगाना में … मामला सामने आया है । … मरीज को … आइसोलेशन
        # वार्ड में भर्ती कराया गया है": a round-up's item about another state is that state's,
        # not the dateline town's (round ev129, issue 13: the unseen tuning set Uf)
        if police:
            return police_of(state)
        name = f"Government of {state[1]}"
        return f"actor:{name}", f"{state[0]} GOV", name
    if not police and town is not None and (para := paragraph_state(sv, ctx.actors)) is not None:
        name = f"Government of {para[1]}"  # "… प्रयागराज में … ¶ यूपी में … । इन्हें … रखा गया" (pl1)
        return f"actor:{name}", f"{para[0]} GOV", name
    if not police and town is not None and (word := scope_word_state(sv, ctx.actors, text)):
        name = f"Government of {word[1]}"  # "लखनऊ, जेएनएन । … प्रदेश में स्वास्थ्य विभाग … ।" (dl2)
        return f"actor:{name}", f"{word[0]} GOV", name
    if police and (force := bare_force(ctx.actors, lex, place)) is not None:
        return police_of(force)  # the force named since, abroad, the state of the story (ev174)
    if not police and town is not None and (
        capital_dateline_only(text, sv.end, ctx, town)
        or (not local and union_briefing(text, sv.end, ctx, town))  # round pl2
    ):
        return national_government()  # "नई दिल्ली" alone on its line: a wire's, no Delhi story
    if town is not None and (local or gov is None):
        if up is not None:
            return _administration(up.city, up.district or _district(up.city, before))
        return _administration(town, _district(town, before))
    named = gov or state
    if gov and state and "-" in gov[0] and "-" in state[0] and own == state:
        named = state  # "उत्तराखंड : … ¶ ओडिशा में … । सिनेमा हॉल … बंद रहेंगे": Odisha's (pl3)
    if named is not None:
        name = f"Government of {named[1]}"
        return f"actor:{name}", f"{named[0]} GOV", name
    if police:
        # no place at all: the police, unnamed ("लॉकडाउन का उल्लंघन करने पर 50 लोगों के खिलाफ
        # मुकदमा दर्ज किया गया"), as a bare "पुलिस ने" is coded; never the country's government,
        # which registers no case and arrests nobody (round ev109, issue 13)
        return police_of_nowhere()
    return national_government()


def _state_of_paragraph(ctx: DocContext, state: tuple[str, str]) -> bool:
    """Whether the state last named was named in the measure's own paragraph, after any town and
    government the article named, and no town the article named lies in it (each town's state
    known): the paragraph is about that state, not about the story's town."""
    actors = ctx.actors
    if "-" not in state[0] or actors.state_at < actors.paragraph_at or not actors.state_seat:
        return False
    if actors.state_at < max(actors.locality_at, actors.government_at):
        return False
    if not actors.town_states or not all(s.startswith("in-state/") for s in actors.town_states):
        return False
    codes = {place_code(f"kb:{s}") for s in actors.town_states}
    return all(code is not None and code[0] != state[0] for code in codes)


# Round ev174 (issue 13): a state named as the owner of the town after it ("महाराष्ट्र के पुणे
# स्थित एक … अस्पताल के फर्मासिस्ट को … गिरफ्तार किया गया", PK-2020-MAR-09.txt) places the
# police act in the town, as the same article's next act is the Pune Police's; the state only
# says where the town lies
_OWNER_OF_TOWN = frozenset({"के", "की", "का"})


def _town_of_state_after(sv: SentenceView, state: Mention) -> bool:
    """Whether a linked town (or a district the KB files as a region) follows the state
    ``state`` after its genitive ("महाराष्ट्र के पुणे …")."""
    later = sorted(
        (m for u in sv.units for m in u.mentions if m.start > state.end and m.entity_id),
        key=lambda m: m.start,
    )
    if not later or (later[0].type != "CITY" and (later[0].type != "REGION" or is_state(later[0]))):
        return False
    between = [t.text for t in sv.tokens if state.end <= t.start and t.end <= later[0].start]
    return len(between) == 1 and between[0] in _OWNER_OF_TOWN


def police_of_nowhere() -> tuple[str, str, str]:
    """(id, code, name) of the police of no place known: "police", the home country's COP."""
    lex = actor_dictionary()
    return "actor:police", f"{lex.default_country} COP", "police"


def story_town(ctx: DocContext) -> tuple[str, str] | None:
    """The town whose authority an unplaced local measure is: the town last named, unless it was
    named in an earlier paragraph than the measure's and the story has a town of its own (a
    credit dateline's, else the first town the article or its round-up item named) that differs:
    then the story's. "गाजियाबाद … । … दिल्ली के मैक्स अस्पताल में … ¶ पूरे परिवार को होम
    क्वारंटाइन कर दिया गया है" is Ghaziabad's order, not Delhi's; "बरेली, जेएनएन । … मुंबई के
    नागपाड़ा इलाके में ठेला लगाता है … ¶ … रिश्तेदारों को क्वारंटाइन किया गया" Bareilly's (round
    ev72, issue 13: sources of the unseen stand-ins H and J; a town named in the measure's own
    paragraph is still the last one's: "वहीं, बदायूं में … । गांव को सील कर दिया गया"). On the
    320 corpus/hindi-covid-2020 day files outside the gold's days 21 inferred issuers changed,
    each read: 10 wrong ones now right, 2 nearer (Ranchi for RIMS, Lucknow for the UP health
    department, were a foreign government), 9 wrong either way, none right made wrong."""
    actors = ctx.actors
    town, home = actors.locality, actors.dateline_town or actors.home_town
    if town is None or home is None or town == home:
        return town
    return home if 0 <= actors.locality_at < actors.paragraph_at else town


# Words that scope a measure to the whole country or state: "देश में", "पूरे देश में", "देशभर में";
# "राज्य में", "प्रदेश के सभी कलेक्टरों", "राज्यभर में" (a hand check of inferred issuers in
# corpus/hindi-covid-2020 day files outside the event gold, round ev21: "देश में लॉकडाउन किया
# गया है" under a district's dateline was given the district)
_SCOPES = {
    "country": (frozenset({"देश"}), frozenset({"देशभर", "राष्ट्रव्यापी"})),
    "state": (frozenset({"राज्य", "प्रदेश"}), frozenset({"राज्यभर", "प्रदेशभर"})),
}
# ... and as the measure's object ("देश को लॉकडाउन किया गया है": a national lockdown recap in a
# Bhagalpur report was the district's; round ev63, a check sample of corpus events outside the
# gold's days)
_SCOPE_AFTER = frozenset({"में", "भर", "के", "को"})
# ... and the whole's own units ("देश के जिलों को रेड, ऑरेंज और ग्रीन जोन में बांटा गया है": all the
# country's districts, the Centre's zoning under a New Delhi dateline was the Delhi government's;
# round ev206, DJ-2020-MAY-01.txt:5, a core miss of the tuning set Vg)
_UNITS = frozenset({"जिलों", "राज्यों"})


def _scope(sv: SentenceView) -> str | None:
    """"country" or "state" where the sentence scopes its measure to the whole country or state
    ("पूरे देश में", "राज्य में", "प्रदेश के सभी") or addresses the states ("सभी राज्यों को", a
    letter of the Centre's: tune half of the event gold), else None. "देश के दूसरे हिस्सों से": a
    place people came from, not a scope; "राज्य सरकार": a government word, read by the actors."""
    toks = sv.tokens
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if tok.text in _STATES and nxt == "को":
            return "country"  # "सभी राज्यों को पत्र लिखकर … कहा गया है": only the Centre does
        for name, (nouns, whole) in _SCOPES.items():
            if tok.text in whole or (tok.text in nouns and nxt in _SCOPE_AFTER):
                after = toks[k + 2].text if k + 2 < len(toks) else ""
                if nxt == "के" and after != "सभी" and after not in _UNITS:
                    continue  # "देश के मंदिरों", "राज्य के मुख्यमंत्री": no scope
                return name
    return None


def _own_men(sv: SentenceView) -> bool:
    """The measure is on police officers ("चौकी के सभी पुलिसकर्मियों को क्वारंटीन किया गया",
    "तैनात 3,000 पुलिस कर्मियों को सलाह दी गई है"): a measure on a force's own men is the
    force's, not the district's (tune half of the event gold; corpus/hindi-covid-2020 outside it,
    AU-2020-MAR-27.txt, round ev21)."""
    return any(
        u.marker == "को" and u.mentions and all(sector_of(m.role) == "COP" for m in u.mentions)
        for u in sv.units
    )


# Plural states as where a measure was taken ("कई राज्यों में … बंद कर दिए गए हैं"): each state
# took it, as "कई राज्यों ने" is coded (the gloss's "several Indian state governments")
_STATES = frozenset({"राज्यों", "प्रदेशों"})
_SEVERAL = frozenset({"कई", "अनेक", "कुछ"})


def _states_in(sv: SentenceView) -> str | None:
    """The English name of the states a sentence names as where a measure was taken ("कई
    राज्यों में" = "several Indian state governments"), or None."""
    toks = sv.tokens
    adjective = actor_dictionary().default_adjective
    for k in range(len(toks) - 1):
        if toks[k].text in _STATES and toks[k + 1].text == "में" and adjective:
            several = "several " if k > 0 and toks[k - 1].text in _SEVERAL else ""
            return f"{several}{adjective} state governments"
    return None


# Round ev197 (issue 13): SOME states, counted or quantified ("कई राज्यों", "21 राज्यों"), as
# where a measure was taken or as what it locked down ("कई राज्यों को लॉकडाउन किया गया है"),
# are the states' own acts even where the sentence also scopes it to the country ("देशभर में
# …", which read alone is the Centre's): the Centre's own measures on the states address all of
# them ("सभी राज्यों को …", left to ``_scope``) or are written to them (a letter, an advice: "को"
# not followed by a lockdown word). The tuning set Un's Ranchi round-up of 24 March 2020 gave
# the Government of India; on the 280 allowed corpus day files the construction stands twice.
_LOCKED = frozenset({"लॉकडाउन", "लाकडाउन", "लॉक", "सील", "बंद"})


def _some_states(sv: SentenceView) -> str | None:
    """The English name of some states (not all) a sentence names as where a measure was taken
    or as what it locked down, quantified by ``_SEVERAL`` or a number, or None."""
    toks = sv.tokens
    adjective = actor_dictionary().default_adjective
    for k in range(1, len(toks) - 2):
        if toks[k].text not in _STATES or not adjective:
            continue
        before, after = toks[k - 1].text, toks[k + 1].text
        if before not in _SEVERAL and not before.isdigit():
            continue
        if after == "में" or (after == "को" and toks[k + 2].text in _LOCKED):
            several = "several " if before in _SEVERAL else ""
            return f"{several}{adjective} state governments"
    return None


# Plural countries as where a measure was taken ("दुनियाभर में … ज़्यादातर देशों में लॉकडाउन लगाया
# गया है", DJ-2020-ARP-27.txt:3, round ev42: given the district administration of the dateline's
# city; "कई देशों में … बंद": the Centre's): each country's government took it. The quantifier
# before it, in English.
_COUNTRIES = frozenset({"देशों", "मुल्कों", "राष्ट्रों"})
_HOW_MANY = {
    "कई": "several", "अनेक": "many", "कुछ": "some", "सभी": "all", "ज़्यादातर": "most",
    "ज्यादातर": "most", "अधिकतर": "most", "अधिकांश": "most", "दर्जनों": "dozens of",
}


def _countries_in(sv: SentenceView) -> str | None:
    """The English name of the countries a sentence names as where a measure was taken ("कई
    देशों में" = "governments of several countries"), or None."""
    toks = sv.tokens
    for k in range(len(toks) - 1):
        if toks[k].text in _COUNTRIES and toks[k + 1].text == "में":
            many = _HOW_MANY.get(toks[k - 1].text, "") if k > 0 else ""
            return f"governments of {many} countries".replace("  ", " ")
    return None


def _dateline(sv: SentenceView, u: Unit) -> bool:
    """The unit is the dateline opening the sentence ("रांची : …", "पटना / …"): where the report
    was filed, not the place of the measure the sentence names ("रांची : … झारखंड को भी लॉकडाउन
    कर दिया गया है" is the state's; corpus/hindi-covid-2020, PK-2020-MAR-22.txt, round ev21)."""
    toks = sv.tokens
    return u.first < _DATELINE and u.last + 1 < len(toks) and toks[u.last + 1].text in {":", "/"}


# "X सहित", "X समेत": X is one of a larger set the measure is taken in ("दिल्ली सहित कई राज्यों
# में … रोक लगा दी गयी है": the states', not Delhi's district administration; round ev24, hand
# sample of corpus/hindi-covid-2020 day files outside the event gold, seed 2525)
_INCLUDING = frozenset({"सहित", "समेत"})


def _among(sv: SentenceView, u: Unit) -> bool:
    """The unit is a place named as one of a larger set ("दिल्ली सहित कई राज्यों में")."""
    k = u.last + 1
    return k < len(sv.tokens) and sv.tokens[k].text in _INCLUDING


# A foreign country as where people are stranded ("मालदीव में फंसे पर्यटकों") or whose citizens
# a measure moves ("मालदीव, म्यांमार … के 48 नागरिकों को भी एयरलिफ्ट किया गया"): not who acts
# (round ev24, hand samples of corpus/hindi-covid-2020 day files outside the event gold, seeds
# 2626 and 2727: three airlifts to India given to the Maldives' or the Philippines' government)
_STRANDED = ("फंस", "फँस")
_CITIZENS = ("नागरिक",)


def _stranded_or_citizens(sv: SentenceView, u: Unit) -> bool:
    """The unit is followed by "में फंसे" or by "के [N] नागरिकों"."""
    toks, k = sv.tokens, u.marker_end
    if u.marker == "में":
        return k < len(toks) and toks[k].text.startswith(_STRANDED)
    if u.marker in {"के", "की"}:
        return any(t.text.startswith(_CITIZENS) for t in toks[k : k + 2])
    return False


# How far into a sentence a dateline may end: "जागरण संवाददाता, सोनभद्र :" (DJ-2020-ARP-06.txt)
_DATELINE = 4


def _administration(place: tuple[str, str], district: str) -> tuple[str, str, str]:
    """A district's administration in the place's code: "West Delhi district administration";
    for a place outside the home country, that country's government ("बीजिंग" -> Government of
    China): districts and their administrations are India's, and a foreign city's measures are
    reported as its country's (round ev24: "Tokyo/Beijing district administration" in hand
    samples of corpus/hindi-covid-2020 day files outside the event gold)."""
    country = place[0].split("-", 1)[0]
    if country != actor_dictionary().default_country and (own := country_name(country)):
        name = f"Government of {own}"
        return f"actor:{name}", f"{country} GOV", name
    if district == place[1] and (whole := territory_of_city(place)) is not None:
        # Delhi with no compass district: the NCT's government, a "Delhi district
        # administration" does not exist (round ev64, issue 13: 2 core sources of unseen
        # stand-ins C and G, "दिल्ली में … 1800 लोगों को क्‍वारंटाइन किया गया है")
        name = f"Government of {whole[1]}"
        return f"actor:{name}", f"{whole[0]} GOV", name
    name = f"{district} district administration"
    return f"actor:{name}", f"{place[0]} GOV", name


# A patient admitted to a ward ("आइसोलेशन वार्ड में भर्ती कराया गया", round ev45): the hospital's
# act, coded as the place's health department (the event gold's convention, "Deoghar health
# department"; round ev41 left the trigger out because the district administration came out)
_ADMITTED = ("भर्ती",)
# ... and a patient kept in, shifted or sent to an isolation ward with any verb (round ev103,
# issue 13: "… दोनों को आइसोलेशन वार्ड में शिफ्ट किया गया है" on the unseen set Te was the district
# administration, the gold the place's health department; on the 230 allowed corpus day files
# outside the tuning sets 9 agentless ward placements with रख, शिफ्ट or भेज had the place's
# administration or government, read by hand: all a hospital's act). Not one a ने-agent of the
# sentence reports ("उपायुक्त … ने … पुष्टि की है । उन्होंने जारी बयान में कहा है- … मरीज को …
# आइसोलेशन वार्ड में रखा गया है": the tune half of the event gold codes the reporting DC's
# district administration)
_WARDS = frozenset({"वार्ड", "वॉर्ड"})
# ... and people searched for or traced with no agent named ("युवक के संपर्क में आने वाले लोगों का
# पता लगाया जा रहा है", round ev147): contact tracing, the place's health department's work (the
# event gold's tune half codes it "Deoghar health department", where the district administration
# came out)
_TRACED = frozenset({"पता", "तलाश"})


def health_issuer(
    trigger_text: str, issued: tuple[str, str, str], reported: bool = False
) -> tuple[str, str, str]:
    """The inferred issuer of an admission to an isolation ward (``trigger_text`` names "भर्ती",
    or a ward where no ने-agent of the sentence ``reported`` it) or of a search for people
    (``पता``, ``तलाश``, :data:`_TRACED`): the health department of the
    place whose authority ``issued`` (id, code, name) is ("Deoghar district administration" ->
    "Deoghar health department", ``… HLH``); any other measure, or an issuer of no place below
    the country, is returned as it is."""
    words = trigger_text.split()
    ward = not reported and not _WARDS.isdisjoint(words)
    if not any(w.startswith(_ADMITTED) for w in words) and not ward and _TRACED.isdisjoint(words):
        return issued
    _, code, name = issued
    place = code.split()[0]
    if "-" not in place or not code.endswith(" GOV"):
        return issued
    return health_department_of(name, place) or issued


def health_department_of(name: str, place: str) -> tuple[str, str, str] | None:
    """(id, code, name) of the health department of the place whose administration is named
    ``name`` ("Deoghar district administration", or "Government of Delhi" for a city with no
    districts) and coded at ``place``: "Deoghar health department", ``{place} HLH``; None for
    any other issuer. One mapping for every rule that hands a place's medical work to its health
    department (this module's wards and tracing, ``health_body``'s reports, clauses, hospitals)."""
    for prefix, suffix in (("", " district administration"), ("Government of ", "")):
        if name.startswith(prefix) and name.endswith(suffix):
            own = f"{name[len(prefix) : len(name) - len(suffix)]} health department"
            return f"actor:{own}", f"{place} HLH", own
    return None




def police_of(place: tuple[str, str]) -> tuple[str, str, str]:
    """The police of a place (code, English name): "Punjab Police", IND-Punjab COP."""
    name = f"{place[1]} Police"
    return f"actor:{name}", f"{place[0]} COP", name


def _localities_size(path: Path) -> str:
    return f"{len(read_localities(path))} localities"


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.events.issuer check [FILE]``: check a locality table, print its size."""
    default = Path(str(resources.files("khabar") / "data" / "actors" / LOCALITIES))
    return check_command(argv, "khabar.events.issuer", default, _localities_size)


if __name__ == "__main__":
    raise SystemExit(main())
