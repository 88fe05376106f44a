"""Issue 13, round ev103: a patient kept in, shifted or sent to an isolation ward with no agent
named is the hospital's act, coded as the place's health department (as an admission, "भर्ती",
already was), not the place's district administration or government; a quarantine centre, a
seal, a named agent and an official reporting it in the sentence keep theirs. Sentences written like the local news of
corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

import pytest

from khabar.events.issuer import health_issuer
from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _isolations(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "quarantine"]


@pytest.mark.parametrize(
    "sentence",
    [
        "देवघर में संक्रमित पाए गए दोनों मरीजों को सदर अस्पताल के आइसोलेशन वार्ड में शिफ्ट किया गया है ।",
        "देवघर में बुखार की शिकायत के बाद युवक को आइसोलेशन वॉर्ड में रखा गया है ।",
        "देवघर में मरीज के परिजनों को भी आइसोलेशन वार्ड भेज दिया गया है ।",
    ],
)
def test_a_ward_placement_is_the_health_departments(sentence: str) -> None:
    [ev] = _isolations(analysed(sentence))
    assert ev.source == ["actor:Deoghar health department"], ev.source


def test_a_quarantine_centre_stays_the_administrations() -> None:
    art = analysed("देवघर में बाहर से लौटे 40 मजदूरों को क्वारंटाइन सेंटर में रखा गया है ।")
    [ev] = _isolations(art)
    assert ev.source == ["actor:Deoghar district administration"], ev.source


def test_a_named_agent_keeps_the_ward_placement() -> None:
    art = analysed("देवघर में पुलिस ने विदेश से लौटे दो लोगों को आइसोलेशन वार्ड में शिफ्ट कर दिया ।")
    [ev] = _isolations(art)
    assert not any("health department" in s for s in ev.source), ev.source


def test_a_ward_placement_an_official_reports_keeps_the_reporters_authority() -> None:
    art = analysed(
        "देवघर में उपायुक्त ने एक नए मरीज की पुष्टि की है । उन्होंने जारी बयान में कहा है- मरीज को"
        " बेहतर इलाज के लिए आइसोलेशन वार्ड में रखा गया है ।"
    )
    [ev] = _isolations(art)
    assert ev.source and not any("health department" in s for s in ev.source), ev.source


def test_only_a_ward_or_an_admission_makes_it_the_health_departments() -> None:
    issued = ("actor:Deoghar district administration", "IND-Jharkhand-Deoghar GOV", "Deoghar district administration")
    assert health_issuer("क्वारंटाइन सेंटर में शिफ्ट", issued) == issued
    assert health_issuer("आइसोलेशन वार्ड में शिफ्ट", issued)[2] == "Deoghar health department"
    assert health_issuer("आइसोलेशन वार्ड में शिफ्ट", issued, reported=True) == issued
