"""Issue 13, round ev100 (session 10): kinds of false positives on the unseen tuning sets Ta, Tc
and Td (articles of allowed corpus days, annotated by people who never ran khabar) that recur on
other corpus text:

- a pandemic or an emergency declared by a body of many states (the WHO), read as a government's
  emergency measure (Td);
- a talk with the press (an interview, a briefing) read as a consultation with journalists (Te);
- an act or a request hedged with "perhaps" in the subjunctive, read as done or asked (Td, Te);
- a sum sanctioned ("… करोड़ की राशि मंजूर की"), read as an offer accepted (a corpus sample).

Sentences are written like the news, each kind with negatives beside it (the acts still found)."""

from __future__ import annotations

from khabar.events.actors import above_countries
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-03-12")


def _modes(art: Article) -> list[str | None]:
    return [e.mode for e in art.events]


# ---- a pandemic declared by a body of many states ------------------------------------------------


def test_a_body_of_many_states_is_above_countries() -> None:
    assert above_countries("kb:org/who")
    assert above_countries("kb:org/un")
    assert not above_countries("kb:country/IN")
    assert not above_countries("actor:Government of Haryana")
    assert not above_countries("kb:person/donald-trump")


def test_a_pandemic_declared_by_the_who_is_no_emergency_measure() -> None:
    art = analysed("विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) ने बुधवार को कोरोना को वैश्विक महामारी घोषित कर दिया ।")
    assert "emergency" not in _modes(art)
    art = analysed("डब्ल्यूएचओ ने इस वायरस को लेकर अंतरराष्ट्रीय स्वास्थ्य आपातकाल घोषित किया है ।")
    assert "emergency" not in _modes(art)
    # a rating dropped still ends its clause: the WHO is no agent of what the states did after it
    art = analysed(
        "WHO द्वारा इसे महामारी घोषित किए जाने के बाद से कई राज्य इसे महामारी घोषित कर स्कूल, कॉलेज और"
        " सिनेमा घर 31 मार्च तक बंद रखने के आदेश दे चुके हैं ।"
    )
    assert not [e for e in art.events if "kb:org/who" in e.source]


def test_a_government_declaring_an_epidemic_is_still_an_emergency_measure() -> None:
    art = analysed("हरियाणा सरकार ने बुधवार को कोरोना वायरस को महामारी घोषित कर दिया है ।")
    assert _modes(art) == ["emergency"]
    art = analysed("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने देश में राष्ट्रीय आपातकाल घोषित कर दिया है ।")
    assert _modes(art) == ["emergency"]


# ---- a talk with the press ------------------------------------------------------------------------


def test_a_talk_with_the_press_is_no_consultation() -> None:
    art = analysed("पत्रकारों से बातचीत में स्वास्थ्य मंत्री ने कहा कि राज्य में संक्रमितों की संख्या 40 हो गई है ।")
    assert not [e for e in art.events if e.type == "CONSULT"]
    art = analysed("सरकार के प्रवक्ता अली रहमानी ने टेलीकॉन्फ्रेंस के जरिए पत्रकारों से इस बीमारी के बारे में बात की ।")
    assert not [e for e in art.events if e.type == "CONSULT"]


def test_a_talk_between_leaders_is_still_a_consultation() -> None:
    art = analysed("मुख्यमंत्री ने प्रधानमंत्री से फोन पर बातचीत की ।")
    assert [e.type for e in art.events] == ["CONSULT"]
    art = analysed("सरकार के प्रवक्ता अली रहमानी ने टेलीकॉन्फ्रेंस के जरिए स्वास्थ्य मंत्री से इस बीमारी के बारे में बात की ।")
    assert [e.type for e in art.events] == ["CONSULT"]
    # a meeting told to the press afterwards: the meeting stays
    art = analysed("मुख्यमंत्री ने मंत्रिमंडल की विशेष बैठक के बाद संवाददाताओं से कहा कि सभी स्कूल बंद रहेंगे ।")
    assert "CONSULT" in [e.type for e in art.events]


# ---- "perhaps" ----------------------------------------------------------------------------------


def test_an_act_or_request_hedged_with_perhaps_is_a_guess() -> None:
    art = analysed("संक्रमण के मामले सबसे ज्यादा हैं, इसलिए यहां प्रदेश सरकार शायद कम ही छूट दे ।")
    assert not art.events
    art = analysed("स्वास्थ्य मंत्री ने कहा कि शायद हम इस महीने सभी की जांच न कर पाएं ।")
    assert not art.events
    art = analysed("मुख्य वैज्ञानिक सुनीता राव ने कहा कि शायद हम कभी कोरोना का टीका ना खोज पायें.")
    assert not art.events


def test_an_act_or_request_without_perhaps_stays() -> None:
    art = analysed("प्रदेश सरकार ने दुकानदारों को कुछ छूट दी है ।")
    assert [e.mode for e in art.events] == ["ease"]
    art = analysed("स्वास्थ्य मंत्री ने कहा कि लोग घर से बाहर न निकलें ।")
    assert [e.type for e in art.events] == ["REQUEST"]


# ---- a sum sanctioned ---------------------------------------------------------------------------


def test_a_sum_sanctioned_is_a_grant() -> None:
    art = analysed("वित्त मंत्री ने जिला अस्पताल में आइसोलेशन वार्ड के लिए 50 करोड़ की राशि मंजूर की है ।")
    # one AID act: since round ev101 the support word makes it with the fund noun (mode "aid")
    assert [e.type for e in art.events] == ["AID"]
    art = analysed("एशियाई विकास बैंक ने महामारी से निपटने के लिए भारत को 20 करोड़ डॉलर का ऋण मंजूर किया है ।")
    assert "AGREE" not in [e.type for e in art.events]


def test_an_offer_or_plea_granted_is_still_accepted() -> None:
    art = analysed("पाकिस्तान ने चीन की यह पेशकश स्वीकार कर ली ।")
    assert [(e.type, e.mode) for e in art.events] == [("AGREE", "accept")]
    art = analysed("सरकार ने प्रवासी मजदूरों का यह प्रस्ताव मंजूर कर लिया है ।")
    assert ("AID", "grant") not in [(e.type, e.mode) for e in art.events]
