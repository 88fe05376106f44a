"""Issue 13, round tg9 (requests whose addressee is lost): a suggestion the participants of a
meeting make in it goes to its chair ("इस बैठक में कुछ मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव
दिया था": the Prime Minister, inferred), and a demand made by filing a plea with a court goes to
the court ("… ने सुप्रीम कोर्ट में याचिका दायर कर … का निवेदन किया है"). The chair's own request,
two meetings of different conveners, a meeting told after the request, a suggestion with no
meeting as its scene, a first report lodged at a police station and a plea filed in a sentence
of its own keep their requests without a target."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-05-10")

# AU-2020-MAY-10.txt: the Prime Minister's meeting with the chief ministers, then what some of
# them proposed in it
_MEETING = (
    "गौरतलब है कि प्रधानमंत्री नरेंद्र मोदी ने 27 अप्रैल को भी सभी मुख्यमंत्रियों के साथ वीडियो"
    " कॉन्फ्रेंस के जरिए बातचीत की थी । "
)
_PROPOSED = "इस बैठक में कुछ मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया था ।"


def _suggestion_target(text: str) -> list[str]:
    art = analysed(text)
    return _names(art, one_event(art.events, "सुझाव"), "target")


def test_a_suggestion_made_in_the_meeting_goes_to_its_chair() -> None:
    art = analysed(_MEETING + _PROPOSED)
    ev = one_event(art.events, "सुझाव")
    assert _names(art, ev, "target") == ["Narendra Modi"]
    [arg] = [a for a in ev.arguments if a.role == "target_inferred"]
    # the inferred chair points at the chair's mention in the meeting's sentence
    assert art.text[arg.start : arg.end] in {"प्रधानमंत्री नरेंद्र मोदी", "नरेंद्र मोदी"}


def test_many_people_in_the_meeting_ask_the_chair_too() -> None:
    # PK-2020-APR-03.txt: "कई लोगों" in the Prime Minister's video conference
    text = (
        "पीएम मोदी ने भी गुरुवार को मुख्यमंत्रियों के साथ हुई वीडियो कान्फ्रेसिंग में कुछ इस तरह"
        " के संकेत दिए हैं. इस बैठक में कई लोगों ने सुझाव दिया कि पूर्ण लॉकडाउन से बेहतर है उन"
        " क्षेत्रों की पहचान करना जहां कोरोना सबसे ज्यादा है."
    )
    assert _suggestion_target(text) == ["Narendra Modi"]


def test_without_a_meeting_told_before_the_suggestion_keeps_no_target() -> None:
    assert _suggestion_target(_PROPOSED) == []


def test_a_meeting_told_after_the_suggestion_is_not_its_scene() -> None:
    assert _suggestion_target(_PROPOSED + " " + _MEETING) == []


def test_a_suggestion_with_no_meeting_as_its_scene_keeps_no_target() -> None:
    text = _MEETING + "कुछ मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया था ।"
    assert _suggestion_target(text) == []


def test_two_conveners_leave_the_chair_unsaid() -> None:
    other = "महाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने भी सोमवार को जिलाधिकारियों के साथ बैठक की । "
    assert _suggestion_target(_MEETING + other + _PROPOSED) == []


def test_the_chairs_own_request_in_the_meeting_is_not_given_to_himself() -> None:
    text = _MEETING + "इस बैठक में प्रधानमंत्री ने लॉकडाउन बढ़ाने का सुझाव दिया था ।"
    assert "Narendra Modi" not in _suggestion_target(text)


# AU-2020-MAR-29.txt and DH-2020-ARP-16.txt: pleas filed with a court and what they ask
def test_a_petition_filed_in_the_supreme_court_asks_the_court() -> None:
    art = analysed(
        "सामाजिक कार्यकर्ता व एडवोकेट अमित साहनी ने सुप्रीम कोर्ट में याचिका दायर कर बेसहारा,"
        " मजदूरों और भिखारियों के जीने के अधिकार पर तुरंत सुनवाई का निवेदन किया है ।",
        "2020-03-29",
    )
    ev = one_event(art.events, "निवेदन")
    assert _names(art, ev, "target") == ["Supreme Court of India"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "सुप्रीम कोर्ट"


def test_an_appeal_filed_in_a_sessions_court_asks_the_court() -> None:
    art = analysed(
        "फिर दिल्ली पुलिस ने सत्र अदालत में अपील दाखिल कर आरोपी की जमानत रद्द करने की मांग की ।",
        "2020-04-16",
    )
    assert _names(art, one_event(art.events, "मांग"), "target") == ["sessions court"]


def test_a_first_report_at_a_police_station_is_left() -> None:
    # PK-2020-MAR-08.txt: the bare station's place is the article's guess, left
    art = analysed(
        "इस संबंध में पीड़िता ने महिला थाने में शनिवार को प्राथमिकी दर्ज कर न्याय की गुहार लगायी है.",
        "2020-03-08",
    )
    assert _names(art, one_event(art.events, "गुहार"), "target") == []


def test_a_plea_filed_in_a_sentence_of_its_own_is_left() -> None:
    art = analysed(
        "अमित साहनी ने सुप्रीम कोर्ट में याचिका दायर की है । साहनी ने तुरंत सुनवाई की मांग की है ।",
        "2020-03-29",
    )
    assert _names(art, one_event(art.events, "मांग"), "target") == []
