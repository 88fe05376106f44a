"""Round dt6 (issue 13): an act its clause tells beside a sibling act of the same actor takes the
day the clause gives right after the agent's "ने" ("केजरीवाल सरकार ने शनिवार को … मदद के एलान के
साथ ही … पर रोक लगा दी है"), and an act told as following a case report takes the report's day
its sentence gives ("रविवार की शाम … सूचना आने के बाद … अस्पताल भेजा गया") (`events.sentence_days`);
a content or relative clause, a later step, a noun's time, another actor, and the past perfect
leave the act undated."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event

# AU-2020-MAR-21.txt (allowed corpus day file)
_BAN = (
    "इसी स्थिति से निपटने के लिए केजरीवाल सरकार ने शनिवार को कुछ आर्थिक मदद के एलान के साथ ही"
    " एक जगह पर 5 लोगों से ज्यादा के इकट्ठा होने पर रोक लगा दी है ।"
)
# NT-2020-MAR-11.txt (allowed corpus day file)
_VISAS = (
    "वैश्विक स्तर पर कोविड-19 के बढ़ते प्रकोप के बीच भारत ने मंगलवार को फ्रांस, जर्मनी और स्पेन के"
    " नागरिकों के प्रवेश पर पाबंदी लगा दी और उनके अब तक जारी नियमित और ई-वीजा को स्थगित कर दिया ।"
)
# AU-2020-MAR-21.txt (allowed corpus day file): the day is the curfew's, not the request's
_CURFEW = (
    "भारत में इसके बढ़ते खतरे को देखते हुए प्रधानमंत्री मोदी ने पूरे देश से रविवार को सुबह सात से"
    " रात के नौ बजे तक 14 घंटे का जनता कर्फ्यू लागू करने के लिए कहा है ।"
)
# AU-2020-MAR-29.txt (allowed corpus day file): the request told in the order's relative clause
_ORDER = (
    "मध्यप्रदेश सरकार ने शनिवार को एक नया आदेश जारी किया, जिसमें शराब की दुकानों के मालिकों को"
    " कोरोना वायरस के मद्देनजर देशव्यापी तालाबंदी के दौरान अपने आउटलेट बंद रखने के लिए कहा गया ।"
)


def _one(events: list[Event], type_: str, trigger: str) -> Event:
    [ev] = [e for e in events if e.type == type_ and e.trigger == trigger]
    return ev


def test_the_ban_told_with_the_aid_takes_its_saturday() -> None:
    _, events = article_events(_BAN, "2020-03-21")
    assert _one(events, "AID", "मदद").date == "2020-03-21"
    ev = _one(events, "COERCE", "रोक")
    assert ev.date == "2020-03-21"
    assert ev.date_basis == "clause: shared with 'मदद' (शनिवार को)"


def test_the_visa_suspension_coordinated_with_the_entry_ban_takes_its_tuesday() -> None:
    _, events = article_events(_VISAS, "2020-03-11")
    assert _one(events, "COERCE", "पाबंदी").date == "2020-03-10"
    ev = _one(events, "COERCE", "स्थगित")
    assert ev.date == "2020-03-10"
    assert ev.date_basis == "clause: shared with 'पाबंदी' (मंगलवार को)"


def test_a_day_with_its_hours_is_the_curfews_not_the_requests() -> None:
    _, events = article_events(_CURFEW, "2020-03-21")
    assert _one(events, "REQUEST", "के लिए कहा").date is None


def test_a_request_in_the_orders_relative_clause_stays_undated() -> None:
    _, events = article_events(_ORDER, "2020-03-29")
    assert _one(events, "COERCE", "आदेश जारी").date == "2020-03-28"
    assert _one(events, "REQUEST", "के लिए कहा").date is None


def test_the_past_perfect_stays_undated() -> None:
    text = _BAN.replace("रोक लगा दी है", "रोक लगा दी थी")
    _, events = article_events(text, "2020-03-21")
    assert _one(events, "COERCE", "रोक").date is None


def test_a_later_step_stays_undated() -> None:
    text = _BAN.replace("एलान के साथ ही", "एलान के बाद")
    _, events = article_events(text, "2020-03-21")
    assert _one(events, "COERCE", "रोक").date is None


def test_another_actors_act_stays_undated() -> None:
    text = "जिला प्रशासन ने शनिवार को कुछ आर्थिक मदद का एलान किया लेकिन पुलिस ने बाजारों पर रोक लगा दी ।"
    _, events = article_events(text, "2020-03-21")
    assert _one(events, "AID", "मदद").date == "2020-03-21"
    assert _one(events, "COERCE", "रोक").date is None


# AU-2020-MAR-11.txt (allowed corpus day file)
_SENT = (
    "रविवार की शाम कंट्रोल रूम पर सूचना आने के बाद चेन्नई से लौटे दो टीटीई को स्क्रीनिंग के लिए"
    " जिला अस्पताल भेजा गया, लेकिन वहां जांच की पर्याप्त सुविधा नहीं थी ।"
)
# DJ-2020-ARP-05.txt (allowed corpus day file)
_SEALED = (
    "रविवार को सात जमातियों की रिपोर्ट पॉजिटिव आने के बाद सुरक्षा के लिहाज से मस्जिद के आसपास के"
    " इलाके को सील किया गया है ।"
)
# DJ-2020-MAR-15.txt (allowed corpus day file): told in the past perfect, some day after the cases
_ORDERED = (
    "03 मार्च को मेरठ में स्वाइन फ्लू के दो नए मामले सामने आने के बाद मुख्यमंत्री कार्यालय ने मेरठ"
    " प्रशासन को फ्लू से निपटने के पुख्ता इंतजाम करने के निर्देश दिए थे ।"
)


def test_the_examiners_sent_after_sundays_information_take_its_day() -> None:
    _, events = article_events(_SENT, "2020-03-11")
    ev = _one(events, "COERCE", "अस्पताल")
    assert ev.date == "2020-03-08"
    assert ev.date_basis == "clause: case reported (रविवार की शाम)"


def test_the_sealing_after_the_reports_of_the_publication_day_takes_it() -> None:
    _, events = article_events(_SEALED, "2020-04-05")
    ev = _one(events, "COERCE", "सील")
    assert ev.date == "2020-04-05"
    assert ev.date_basis == "clause: case reported (रविवार को)"


def test_the_sealing_after_an_earlier_days_reports_stays_undated() -> None:
    # the reports came on Sunday, the news on Monday: the sealing may be Sunday's or Monday's
    _, events = article_events(_SEALED, "2020-04-06")
    assert _one(events, "COERCE", "सील").date is None


def test_an_act_after_the_case_in_the_past_perfect_stays_undated() -> None:
    _, events = article_events(_ORDERED, "2020-03-15")
    assert _one(events, "COERCE", "निर्देश").date is None
    text = _SEALED.replace("सील किया गया है", "सील किया गया था")
    _, events = article_events(text, "2020-04-05")
    assert _one(events, "COERCE", "सील").date is None


def test_an_act_in_a_content_clause_after_the_case_stays_undated() -> None:
    text = (
        "रविवार को सात जमातियों की रिपोर्ट पॉजिटिव आने के बाद अधिकारियों ने बताया कि मस्जिद के"
        " आसपास के इलाके को सील किया जाएगा ।"
    )
    _, events = article_events(text, "2020-04-05")
    assert all(e.date is None for e in events if e.trigger == "सील")
