"""The health ministry or department a health minister or secretary reports a passive measure of.

Why a module of its own: round ev120/ev202 (:func:`khabar.events.acting.district_body`) and
round sa11 (:mod:`khabar.events.carried_bodies`) read an agentless passive that a district
officer, a chief medical officer or a chief minister reports ("जिलाधिकारी ने बताया कि … क्वारंटाइन
कर दिया गया था") as the body he speaks for, in the measure's own sentence and carried over into
the next ones. A health minister or health secretary the KB knows (Union or state) kept being
the source himself: "केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन ने … कहा कि देश में 29,607 लोगों को …
निगरानी में रखा गया है", "… बताया कि … । विदेशों से आने वाले सभी यात्रियों की 21 एयरपोर्ट … पर
स्क्रीनिंग की जा रही है", while the event gold names his ministry or department for such
passives (round sa12, issue 13: the tuning sets' Vf-Vq gold codes the Union Health Minister's
reported screening, his "निर्देश दिए गए हैं" and the national surveillance figures as the
Ministry of Health and Family Welfare, a state health minister's "राज्य में … निगरानी पर रखा गया
है" and "PMCH को … दिशा-निर्देश दिया जा चुका है" as the state's health department; a person
named where the body acts fails even the lenient rule). Only the KB's health offices count,
held on the article's day (an office written in the article is ``district_body``'s); a minister
of another portfolio names no body the KB knows and keeps what he was, and a foreign health
minister too (his ministry's name is no entry of the actor dictionary).

The same body keeps people under medical observation. An agentless "… लोगों को निगरानी में रखा
गया है" ("ऑब्जर्वेशन में", "सर्विलांस पर"; "… की निगरानी की जा रही है") whose issuer was guessed
is the health body of the guessed place (:func:`observed_issuer`), as rounds ev45/ev103/ev147
(``issuer.health_issuer``) made ward admissions and contact tracing: the tuning sets' gold codes
such passives as the state's or district's health department (Kerala's, Nagaland's, Indore's,
SBS Nagar's) and the national figures as the Ministry of Health and Family Welfare (1,600 people
watched, 33,599 travellers), where khabar gave the state's government, the district's
administration or the Government of India, each wrong even by the lenient rule.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from .acting import _PUNISHMENTS
from .actors import _kb, actor_dictionary, place_code
from .issuer import health_department_of

# The KB's titles of a health office (curated.yaml: the Union and state health ministers, the
# Union health secretary; its state health secretaries carry no ``of`` and name no state, so
# they count only where a KB gives the place); "Joint Secretary" and the like name no ministry
_HEALTH_TITLES = frozenset({"Health Minister", "Health Secretary", "Principal Secretary (Health)"})
# The actor dictionary's form of the home country's health ministry (actors_hi.yaml)
_MINISTRY_FORM = ("स्वास्थ्य", "मंत्रालय")


@cache
def _home_ministry() -> tuple[str, str, str] | None:
    """(id, code, name) of the home country's health ministry as the actor dictionary names and
    codes it ("Ministry of Health and Family Welfare of India", IND HLH), looked up once."""
    lex = actor_dictionary()
    for word in lex.words:
        if _MINISTRY_FORM in word.forms and word.place == lex.default_country:
            return f"actor:{word.en}", f"{word.place} {word.sector}", word.en
    return None


def health_office(
    speaker: list[str], on: date | None, act: tuple[str, str] = ("", "")
) -> tuple[str, str, str] | None:
    """(id, code, name) of the body a lone KB person of ``speaker`` speaks for as a health
    minister or secretary ``on`` the article's day: the home country's health ministry for a
    Union office, "<state> health department" (``<state code> HLH``) for a state's; None for
    anyone else (another office, a foreign one, an office of no place, two offices at once) and
    for a punishment to come (``act``: the trigger's mode and the modality; the speaker's own
    warning, as ``district_body`` keeps it)."""
    if act[0] in _PUNISHMENTS and act[1] == "planned":
        return None
    entry = _kb().get(speaker[0].removeprefix("kb:")) if len(speaker) == 1 else None
    held = {r.of for r in entry.roles_on(on) if r.title in _HEALTH_TITLES} if entry else set()
    placed = place_code(f"kb:{next(iter(held))}") if len(held) == 1 and None not in held else None
    if placed is None:
        return None
    code, name = placed
    home = actor_dictionary().default_country
    if code == home:
        return _home_ministry()
    if not code.startswith(home + "-"):
        return None
    own = f"{name} health department"
    return f"actor:{own}", f"{code} HLH", own


# Words of medical observation in a trigger ("निगरानी में रखा गया", "ऑब्जर्वेशन में", "सर्विलांस
# पर"): the modes the trigger lexicon gives them, people kept under watch or watched
_OBSERVED = ("निगरानी", "ऑब्जर्वेशन", "आब्जर्वेशन", "ऑब्जरवेशन", "सर्विलांस", "सर्विलेंस")
_OBSERVATION_MODES = frozenset({"quarantine", "surveillance"})
# Words of a sentence that leave the guessed issuer as it is: a ने-agent (a reporter: "ने", "उन्होंने",
# "उसने", "इन्होंने", "इसने", parties' ``_AGENT_NE``) or an administration named ("प्रशासन"; the
# one such sentence among the 43 observations this rule met on the allowed corpus day files)
_KEPT_AS_GUESSED = frozenset({"ने", "उन्होंने", "उसने", "इन्होंने", "इसने", "प्रशासन"})


def observed_issuer(
    mode: str, trigger_text: str, issued: tuple[str, str, str], words: frozenset[str]
) -> tuple[str, str, str]:
    """The guessed issuer ``issued`` (id, code, name) of an agentless observation of people
    (``mode`` quarantine or surveillance, ``trigger_text`` a word of :data:`_OBSERVED`) as the
    health body of its place: "<place> health department" for a state's government or a
    district's administration, the home country's health ministry for its government. Any other
    act, a foreign or unplaced issuer, or a sentence (its ``words``) with a ने-agent who reported
    it (the reporter's body, as ``health_issuer`` keeps a reported ward) or naming an
    administration ("जैसे ही प्रशासन को … जानकारी … फैसला लिया गया कि … निगरानी की जाएगी": its
    decision) is returned as it is."""
    if mode not in _OBSERVATION_MODES or not _KEPT_AS_GUESSED.isdisjoint(words):
        return issued
    if not any(w in trigger_text for w in _OBSERVED):
        return issued
    _, code, name = issued
    place, _, sector = code.partition(" ")
    home = actor_dictionary().default_country
    if sector != "GOV" or not (place == home or place.startswith(home + "-")):
        return issued
    if place == home:
        return _home_ministry() or issued
    return health_department_of(name, place) or issued
