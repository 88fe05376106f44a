"""Issue 13, round ev167: an agentless act in a paragraph about one foreign country, no home place
named since, whose issuer fell to the home country's default government, is that country's
government's; a sentence naming a home state ("राज्य से") is back home. Sentences quoted short from
the allowed day files of corpus/hindi-covid-2020 (DJ-2020-MAR-09.txt, DJ-2020-MAY-06.txt)."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import role_names as _names

analysed = analyser("2020-03-09")

_ITALY = (
    "चीन से बाहर जानलेवा कोरोना वायरस से सबसे ज्यादा प्रभावित इटली में संक्रमण की रोकथाम के लिए "
    "बेहद सख्त कदम उठाए गए हैं । "
)


def _sources(text: str) -> list[list[str]]:
    art = analysed(text)
    return [_names(art, e, "source") for e in art.events]


def test_a_closure_in_italys_paragraph_is_italys() -> None:
    sources = _sources(
        _ITALY + "साथ ही पूरे देश में तीन अप्रैल तक स्कूल, सिनेमाघर, थियेटर, नाइट क्लब और म्यूजियम "
        "बंद कर दिए गए हैं ।"
    )
    assert ["Government of Italy"] in sources
    assert all("Government of India" not in s for s in sources)


def test_the_closure_after_a_new_paragraph_stays_home() -> None:
    sources = _sources(
        _ITALY + "\nसाथ ही पूरे देश में तीन अप्रैल तक स्कूल, सिनेमाघर, थियेटर, नाइट क्लब और म्यूजियम "
        "बंद कर दिए गए हैं ।"
    )
    assert all("Government of Italy" not in s for s in sources)


def test_a_home_states_act_after_stranded_tourists_stays_home() -> None:
    sources = _sources(
        "वहीं मालदीव में फंसे पर्यटकों को लाने के लिए दो जहाज रवाना हो चुके हैं । उधर, राज्‍य से "
        "अब तक करीब 83 हजार श्रमिकों को भी ट्रेनों से उनके प्रदेशों को रवाना किया जा चुका है ।"
    )
    assert all("Government of Maldives" not in s for s in sources)
