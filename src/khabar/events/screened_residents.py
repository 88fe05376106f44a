"""Residents being screened, told as a state of affairs, are no act (round ty2, issue 13).

The lexicon codes "<people> की स्क्रीनिंग की जाएगी/की जा रही है" as COERCE screen (round ev206):
travellers screened at an airport, a port, a station or a border before they may go on ("उड़ान से
पहले यात्रियों की मेडिकल स्क्रीनिंग की जाएगी", COERCE core in the dev gold's tune half; airport
screening is COERCE in the tuning pools X and Y too). A screening of the people of an area, house to
house, or of those who show symptoms, told in the passive present progressive ("यहां सभी घरों में
सभी लोगों की स्क्रीनिंग की जा रही है", "जिनमें थोड़े भी लक्षण दिख रहे हैं, उनकी स्क्रीनिंग की जा
रही है") describes how things stand in a place, with no one acting and nothing decided: the tuning
pool Y codes no event there, as the dev gold's tune half codes none for Bhilwara's screening of
hospital patients in a list of measures whose curfew and sealing it codes.

Screenings of residents announced or done by someone keep their event and their type: the golds
do not agree on one (pool Y codes them ACCUSE investigate with COERCE or AID also right, pool X
COERCE or AID with COERCE also right), so the lexicon's COERCE, right for all three of the
tuning golds' planned or ongoing ones, stays.

Why a module of its own: the test reads one finished event against its own sentence (the words
of residence or symptoms before the trigger, of travel anywhere in it, the passive progressive
after it), like :mod:`.care_watch`, and its word lists belong to no other rule.
"""

from __future__ import annotations

import re

from ..model import Event

_SCREEN_MODE = "screen"  # the lexicon's COERCE screen entry (triggers_hi.yaml)
# The people of an area, house to house, or the ones with symptoms: "सभी घरों में सभी लोगों",
# "क्षेत्र के सभी लोगों", "3 किलोमीटर के भीतर", "डोर-टू-डोर", "जिनमें … लक्षण दिख रहे हैं, उनकी".
# Tuned on the 110 sentences with "स्क्रीनिंग" of the 280 allowed corpus day files (round ty2):
# 16 hold one of these words and no word of travel, screenings of residents or of the sick;
# 9 of the 110 are in the passive progressive: these 2 (dropped), 6 of travellers and 1 of
# visitors to the Supreme Court (kept).
_RESIDENTS = re.compile(
    r"घरों|घर-घर|घर घर|डोर-टू-डोर|डोर टू डोर|किलोमीटर|क्षेत्र के|इलाके|इलाकों|मोहल्ले|मोहल्लों"
    r"|गांव|कॉलोनी|कोलोनि|हॉटस्पॉट|लक्षण"
)
# Travel or arrival from afar anywhere in the sentence keeps the measure (56 of the 110): the
# check of travellers before or after a journey ("एयरपोर्ट पर सभी … यात्रियों की स्क्रीनिंग की जा
# रही है", core COERCE misses of the tuning sets Vf and Vg), which every gold codes COERCE.
_TRAVEL = re.compile(
    r"यात्री|यात्रियों|यात्रा|एयरपोर्ट|हवाई|बंदरगाह|स्टेशन|प्लेटफार्म|प्लेटफॉर्म|ट्रेन|उड़ान|विदेश"
    r"|बॉर्डर|सीमा|लौट"
)
# The passive in progress right after the trigger: "(स्क्रीनिंग) की जा रही है", "हो रही है". An
# active one names its doer ("हमने … डोर-टू-डोर स्क्रीनिंग कर रहे हैं": Bihar's campaign, kept).
_PASSIVE_ONGOING = re.compile(r"\s*(?:की|कराई|करायी)\s+जा\s+(?:रही|रहा|रहे)(?!\S)|\s*हो\s+रही(?!\S)")


def screened_residents(events: list[Event], text: str) -> list[Event]:
    """Drop a COERCE screen of residents or of the sick (``_RESIDENTS`` before the trigger in its
    sentence, no ``_TRAVEL`` in it) told in the passive progressive. ``events`` keep their
    order."""
    return [e for e in events if not _state_of_affairs(e, text)]


def _state_of_affairs(e: Event, text: str) -> bool:
    """Whether ``e`` is such a screening of residents going on, nobody named doing it."""
    if e.type != "COERCE" or e.mode != _SCREEN_MODE:
        return False
    if not _RESIDENTS.search(text, e.evidence_start, e.trigger_start):
        return False
    if _TRAVEL.search(text, e.evidence_start, e.evidence_end):
        return False
    return _PASSIVE_ONGOING.match(text, e.trigger_end, e.evidence_end) is not None
