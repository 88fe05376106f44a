"""Issue 13, round sa1: an unbiased source audit (150 random corpus events) found agentless
national matters given a city's, a state's or a foreign government: a visa suspension ("सभी देशों
का वीजा निरस्त") got Delhi's, people brought home from China Maharashtra's. Only the country
grants visas and brings its people home from abroad. Real sentences of corpus/hindi-covid-2020
day files outside the event gold, each with a negative."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_issuer.py

# PK-2020-MAR-04.txt: visas of four countries cancelled, China named for the order of events
_VISAS = "चीन के बाद अब ईरान, इटली, दक्षिण कोरिया और जापान के वीजा भी रद्द कर दिया गया है."
# PK-2020-MAR-30.txt: a visa seized with a passport, in Ranchi: the police's, not the country's
_SEIZED = (
    "रांची पुलिस ने तमाड़ से 11 मौलवियों को पकड़ा है. 19 मार्च, 2020 को सभी दिल्ली से रांची पहुंचे थे."
    " इनके पासपोर्ट और वीजा जब्त कर लिये गये हैं."
)
# PK-2020-MAR-06.txt: a student of Latur (Maharashtra) brought back from China
_FROM_CHINA = (
    "महाराष्ट्र में लातूर जिला निवासी आशीष कुर्मे भी उन भारतीयों में शुमार थे, जिन्हें वायरस का"
    " खतरा बढ़ने के बाद चीन से वापस लाया गया था."
)
_INDIA = "actor:Government of India"


def _sources(art: Article, mode: str) -> list[list[str]]:
    return [e.source for e in art.events if e.mode == mode]


def test_an_agentless_visa_suspension_is_the_countrys_not_a_country_named_with_it() -> None:
    art = analysed(_VISAS, dct="2020-03-04")
    assert _sources(art, "cancel") == [[_INDIA]]


def test_a_visa_seized_with_a_passport_stays_the_polices() -> None:
    art = analysed(_SEIZED, dct="2020-03-30")
    [source] = _sources(art, "seize")
    assert source and _INDIA not in source


def test_people_brought_home_from_abroad_are_the_countrys_not_their_states() -> None:
    art = analysed(_FROM_CHINA, dct="2020-03-06")
    assert _sources(art, "repatriate") == [[_INDIA]]
