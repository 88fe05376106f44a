"""Round dt8 (issue 13): an undated act of the lead takes the day the next paragraph's opening
sentence gives the same actor's occasion ("सोनिया गांधी ने … मांग की है । … \\n सोनिया गांधी ने
सोमवार को पीएम मोदी को पत्र लिखकर …") (`events.lead_restated`); another actor, another occasion
("रविवार को भी"), the past perfect, a day not opening the sentence beside its agent, and an act
outside the lead leave the act undated."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event

# AU-2020-ARP-13.txt (allowed corpus day file): the lead and the next paragraph's opening
_LEAD = (
    "कांग्रेस की अंतरिम अध्यक्ष सोनिया गांधी ने प्रधानमंत्री नरेंद्र मोदी को पत्र लिखकर गरीबों को"
    " अनाज उपलब्ध कराने की मांग की है ।"
)
_NEXT = (
    "\nसोनिया गांधी ने सोमवार को पीएम मोदी को पत्र लिखकर सरकार को इस साल सितंबर तक राष्ट्रीय खाद्य"
    " सुरक्षा अधिनियम (एनएफएसए) के लाभार्थियों को प्रति व्यक्ति 10 किलो अनाज प्रदान करने के लिए"
    " कहा है ।"
)
# DJ-2020-MAR-11.txt (allowed corpus day file): the lead's act, the next paragraph's address
_CONTE = (
    "इटली के प्रधान मंत्री गिउसेप कोंटे ने सभी खुदरा दुकानों, कॉफी बार, पब, रेस्तरां और ब्यूटी"
    " सैलून को बंद करने की घोषणा की है ।"
    "\nइटली के प्रधानमंत्री ने बुधवार को राष्ट्र को दिए गए एक संदेश में कहा कि आगे एक कदम उठाने का"
    " समय आ गया है ।"
)


def _demand(events: list[Event]) -> Event:
    [ev] = [e for e in events if e.type == "REQUEST" and e.trigger == "मांग"]
    return ev


def test_the_next_paragraphs_day_dates_the_leads_demand() -> None:
    _, events = article_events(_LEAD + _NEXT, "2020-04-13")
    ev = _demand(events)
    assert ev.date == "2020-04-13"
    assert ev.date_basis == "next paragraph: 'सोनिया गांधी ने' (सोमवार को)"


def test_the_address_dates_the_leads_closure() -> None:
    _, events = article_events(_CONTE, "2020-03-11")
    [ev] = [e for e in events if e.type == "COERCE" and e.trigger == "बंद"]
    assert ev.date == "2020-03-11"
    assert (ev.date_basis or "").startswith("next paragraph: ")


def test_another_actors_day_leaves_the_lead_undated() -> None:
    # written: the next paragraph opens with another party's Monday
    other = "\nराहुल गांधी ने सोमवार को सरकार को पत्र लिखकर गरीबों की मदद करने के लिए कहा है ।"
    _, events = article_events(_LEAD + other, "2020-04-13")
    assert _demand(events).date is None


def test_another_occasion_also_on_a_day_is_not_the_leads() -> None:
    # written: "रविवार को भी" recalls an earlier occasion of the same actor
    also = "\nसोनिया गांधी ने रविवार को भी पीएम मोदी को पत्र लिखकर अनाज देने के लिए कहा है ।"
    _, events = article_events(_LEAD + also, "2020-04-13")
    assert _demand(events).date is None


def test_the_past_perfect_is_an_earlier_occasion() -> None:
    # written after PK-2020-MAR-16's "रविवार को भी … ने सरकार को आड़े हाथ लिया था"
    before = "\nसोनिया गांधी ने रविवार को पीएम मोदी को पत्र लिखकर अनाज देने के लिए कहा था ।"
    _, events = article_events(_LEAD + before, "2020-04-13")
    assert _demand(events).date is None


def test_a_day_before_the_agent_opening_a_scene_is_not_a_restatement() -> None:
    # written: the sentence opens with another time's scene; the actor enters later
    scene = (
        "\nरविवार को होने वाली बैठक से एक दिन पहले सोमवार को सोनिया गांधी ने पीएम मोदी को पत्र"
        " लिखकर अनाज देने के लिए कहा है ।"
    )
    _, events = article_events(_LEAD + scene, "2020-04-13")
    assert _demand(events).date is None


def test_an_act_after_the_lead_is_left_to_the_lead_pass() -> None:
    # written: the demand stands in the second paragraph, the day in the third
    opening = (
        "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने अधिकारियों को राशन बांटने का निर्देश दिया"
        " है । राज्य में लॉकडाउन लागू है ।\n"
    )
    _, events = article_events(opening + _LEAD + _NEXT, "2020-04-13")
    assert _demand(events).date is None
