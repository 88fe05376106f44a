"""Who issued an agentless measure ("इलाके को सील कर दिया गया", "कर्फ्यू लगाया गया"): the
inferred source of a passive or subject-dropped order.

Why a module of its own: the issuer is a judgement of jurisdiction, not of grammar. Hindi news
leaves the agent of most orders unsaid, and analysts code it as the authority whose business the
measure is: the country's for a national matter, the speaker's while their report goes on, an
authority that just acted in the paragraph, else the authority of the place the sentence or the
article names, at the level the measure belongs to (a district seals, the police register a case).
:mod:`khabar.events.hindi` finds the measure and asks here who issued it.
"""

from __future__ import annotations

from .actors import actor_dictionary, place_code
from .clause import DocContext, SentenceView
from .roles import Roles

# Measures a district takes (sealing a village, a curfew around a hospital, a containment zone).
LOCAL_MODES = frozenset({"seal", "curfew", "restrict"})
# Acts of the police: an unnamed agent of these is the place's police, not its government.
POLICE_MODES = frozenset({"charge", "arrest", "fine", "seize", "raid"})

# Modalities of a measure announced, not reported done: "कार्रवाई की जायेगी" is a threat or a
# promise, and in reported speech the speaker's
PROMISED = frozenset({"planned", "expected"})
# What only the country's government runs: flights (civil aviation), trains (the railways),
# anything international or nationwide. Read in the measure's own words (its trigger and what it
# acts on), never in a place the people came from: "ट्रेन से आए मजदूरों" is a district's business.
_NATIONAL = frozenset(
    {"उड़ान", "उड़ानों", "उड़ानें", "फ्लाइट", "फ्लाइट्स", "फ्लाइटों", "विमान", "विमानों", "विमानसेवा"}
    | {"ट्रेन", "ट्रेनें", "ट्रेनों", "रेलगाड़ियों", "रेलगाड़ियां", "रेलगाड़ियाँ", "रेलगाड़ी", "रेलवे"}
    | {"हवाई"}
    | {"अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "इंटरनेशनल", "देशभर", "राष्ट्रव्यापी"}
)
# Sectors whose agent issues orders and measures (see data/actors/actors_hi.yaml)
AUTHORITIES = frozenset({"GOV", "COP", "MIL", "JUD"})
# How many sentences back an agent may have acted and still be the one a later agentless measure
# goes on with: 3, the reach of a local crime report's police paragraph in corpus/hindi-covid-2020
# (DJ-2020-MAY-05.txt, tune half: "पुलिस ने घेर लिया" three sentences before "रोक दिया गया")
_GOES_ON = 3
# Words that name a measure's jurisdiction without a place name ("राज्य में", "पूरे देश में",
# "जिले में"): the measure is that level's, not the agent's who acted before
_JURISDICTIONS = frozenset({"राज्य", "राज्यों", "प्रदेश", "देश", "देशभर", "जिले", "जिला", "जिलों"})
# Openers by which the writer turns from the report to another thread ("वहीं, …", "इधर, …")
_SWITCH = frozenset({"वहीं", "वहीँ", "इधर", "उधर", "हालांकि"})
# Nationals of the home country ("यूएई में फंसे भारतीयों"): a foreign country named with them is
# where they are, not who acts for them
_HOME_NATIONALS = ("भारतीय",)


def national_matter(trigger_text: str, roles: Roles) -> bool:
    """The measure's own words (trigger, target) name a national matter (see ``_NATIONAL``)."""
    texts = [trigger_text] + [a.text for a in roles.args if a.role == "target"]
    for text in texts:
        words = text.split()
        for k, word in enumerate(words):
            if word in _NATIONAL and (k + 1 == len(words) or words[k + 1] != "से"):
                return True
    return False


def goes_on(at: tuple[int, int], sv: SentenceView, ctx: DocContext, text: str) -> bool:
    """The agents last named (in sentence ``at``) are still the ones acting here: at most
    ``_GOES_ON`` sentences back, in the same paragraph, no other agent since, and this sentence
    opens no new thread (``_SWITCH``)."""
    said, end = at
    if sv.tokens and sv.tokens[0].text.rstrip(",") in _SWITCH:
        return False  # "वहीं, भारत आने के बाद …": the writer turns to another thread
    return (
        bool(ctx.last_agents)
        and said >= ctx.agents_sentence
        and 0 < sv.index - said <= _GOES_ON
        and "\n" not in text[end : sv.start]
    )


def authority_goes_on(sv: SentenceView, ctx: DocContext, text: str) -> bool:
    """An authority acted shortly before in the paragraph ("इनमें से एक वृद्ध को पुलिस ने घेर
    लिया … डिगिहा तिराहे पर बैरियर लगाकर उसे रोक दिया गया") and this sentence names no place
    of its own: the agentless measure goes on with the same agent. A sentence that names a place
    is left to the jurisdiction rule (``authority``), as is one naming its scope in a word
    (``_JURISDICTIONS``)."""
    places = any(m.type in {"COUNTRY", "REGION", "CITY"} for u in sv.units for m in u.mentions)
    scope = any(t.text in _JURISDICTIONS for t in sv.tokens)  # "राज्य में … कर्फ्यू लगाया गया"
    return not places and not scope and goes_on(ctx.actors.authority_at, sv, ctx, text)


def authority(
    sv: SentenceView,
    ctx: DocContext,
    local: bool,
    police: bool = False,
    national: bool = False,
) -> tuple[str, str, str]:
    """(id, code, name) of who issues an agentless order: the country's government for a
    ``national`` measure (flights, trains, the whole country: not the city the story is from),
    else the government of the place the sentence names (not a foreign country where the home
    country's nationals are), else the district administration of the town the article last named
    (for a ``local`` measure: sealing, a curfew zone; or when no government was named), else the
    government the article last named, else the country's. A ``police`` act (a case registered,
    an arrest, a fine, a seizure) is the police of that place below the country, as analysts code
    an FIR ("मामला दर्ज किया गया": COP, not GOV)."""
    lex = actor_dictionary()
    nationals = any(t.text.startswith(_HOME_NATIONALS) for t in sv.tokens)
    for u in sv.units:
        for m in u.mentions:
            placed = place_code(m.entity_id) if m.type in {"COUNTRY", "REGION", "CITY"} else None
            if placed and m.type == "COUNTRY" and nationals and placed[0] != lex.default_country:
                continue  # "यूएई में फंसे भारतीयों": where they are stranded, not who acts
            if national and not police and (not placed or m.type != "COUNTRY"):
                continue  # a national matter: only a country the sentence names decides
            if placed and police and m.type != "COUNTRY":
                return police_of(placed)
            if placed:  # a city's orders come from its district administration
                name = (
                    f"{placed[1]} district administration"
                    if m.type == "CITY"
                    else f"Government of {placed[1]}"
                )
                return f"actor:{name}", f"{placed[0]} GOV", name
    if national and not police:
        name = f"Government of {lex.default_name}"
        return f"actor:{name}", f"{lex.default_country} GOV", name
    gov, town = ctx.actors.government, ctx.actors.locality
    place = town or gov
    if police and place is not None:
        return police_of(place)
    if town is not None and (local or gov is None):
        name = f"{town[1]} district administration"
        return f"actor:{name}", f"{town[0]} GOV", name
    if gov is not None:
        name = f"Government of {gov[1]}"
        return f"actor:{name}", f"{gov[0]} GOV", name
    name = f"Government of {lex.default_name}"
    return f"actor:{name}", f"{lex.default_country} GOV", name


def police_of(place: tuple[str, str]) -> tuple[str, str, str]:
    """The police of a place (code, English name): "Punjab Police", IND-Punjab COP."""
    name = f"{place[1]} Police"
    return f"actor:{name}", f"{place[0]} COP", name
