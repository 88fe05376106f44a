"""Round dt5 (issue 13): an undated act takes the day of the next sentence of its paragraph when
that sentence tells, with its day beside its subject, the occasion the same actor told the act
at ("… अपील की है … । … शनिवार को प्रधानमंत्री ने यह ट्वीट किया", "… सलाह दी … । वे शुक्रवार को
… बात कर रहे थे") (`events.neighbour_dates`); another actor's sentence, a day not beside the
subject, a sentence that points nowhere back, a plan, the past perfect and a new paragraph leave
the act undated."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event

# AU-2020-MAR-21.txt (allowed corpus day file), the lead's first two sentences
_APPEAL = (
    "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से अपील की है कि कोरोना के डर से शहर छोड़कर गांवों"
    " की तरफ न भागें ।"
)
_TWEETED = (
    " रविवार को देशभर में होने वाले जनता कर्फ्यू से एक दिन पहले शनिवार को प्रधानमंत्री ने यह"
    " ट्वीट किया ।"
)
# DJ-2020-MAR-08.txt (allowed corpus day file)
_ADVICE = (
    "योगगुरु स्वामी रामदेव ने देशवासियों को कोरोना वायरस से आतंकित नहीं होने की सलाह देते हुए"
    " कहा कि प्राणायाम से इस बीमारी से दूर रहा जा सकता है ।"
)
_TALKING = (
    " वे शुक्रवार को कोडरमा जिले के मरकच्चो में चल रहे यज्ञ कार्यक्रम में भाग लेने के बाद"
    " पत्रकारों से बात कर रहे थे ।"
)


def _request(events: list[Event], trigger: str) -> Event:
    [ev] = [e for e in events if e.type == "REQUEST" and e.trigger == trigger]
    return ev


def test_the_tweet_the_next_sentence_dates_dates_the_appeal() -> None:
    _, events = article_events(_APPEAL + _TWEETED, "2020-03-21")
    ev = _request(events, "अपील")
    assert ev.date == "2020-03-21"
    assert ev.date_basis == "neighbour: 'प्रधानमंत्री ने' (शनिवार को)"


def test_the_talk_going_on_that_day_dates_the_advice() -> None:
    _, events = article_events(_ADVICE + _TALKING, "2020-03-08")
    ev = _request(events, "सलाह")
    assert ev.date == "2020-03-06"
    assert ev.date_basis == "neighbour: 'वे' (शुक्रवार को)"


def test_another_actors_sentence_leaves_the_act_undated() -> None:
    # written: a travel agent tells the day he heard the news (AU-2020-MAR-02's construction)
    other = " ट्रेवेल्स के प्रोपराइटर हाजी हुसैन ने बुधवार को यह जानकारी दी ।"
    _, events = article_events(_APPEAL + other, "2020-03-21")
    assert _request(events, "अपील").date is None


def test_a_day_away_from_the_subject_is_not_the_occasions() -> None:
    # written: the only day stands inside a phrase, not beside the subject
    inside = " प्रधानमंत्री ने शनिवार को होने वाले जनता कर्फ्यू के बारे में यह ट्वीट किया ।"
    _, events = article_events(_APPEAL + inside, "2020-03-20")
    assert _request(events, "अपील").date is None


def test_a_sentence_that_points_nowhere_back_is_another_occasion() -> None:
    # written: the PM's Saturday, but no word ties it to the appeal
    elsewhere = " शनिवार को प्रधानमंत्री ने दिल्ली में योग किया ।"
    _, events = article_events(_APPEAL + elsewhere, "2020-03-21")
    assert _request(events, "अपील").date is None


def test_a_new_paragraph_is_another_occasion() -> None:
    _, events = article_events(_APPEAL + "\n" + _TWEETED.strip(), "2020-03-21")
    assert _request(events, "अपील").date is None


def test_a_plan_and_the_past_perfect_stay_undated() -> None:
    # written: a plan's day is when it will be done; a past-perfect act is told as background
    plan = "प्रधानमंत्री नरेंद्र मोदी देशवासियों से घर में रहने की अपील करेंगे ।"
    before = "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से घर में रहने की अपील की थी ।"
    for text in (plan, before):
        _, events = article_events(text + _TWEETED, "2020-03-21")
        assert all(e.date is None for e in events if e.type == "REQUEST"), text


# DJ-2020-ARP-15.txt (allowed corpus day file): a case reported with its day, the district's
# answer told as following the report
_CASE = "बुधवार को इंदिरापुरम के एक डॉक्टर कोरोना पॉजिटिव पाए गए हैं ।"
_STICKER = (
    " सूचना मिलते ही प्रशासन एवं स्वास्थ्य विभाग की टीम ने उक्त डॉक्टर के घर पर होम अंडर"
    " क्वारंटाइन का स्टीकर लगा दिया है ।"
)
# DH-2020-MAR-31.txt (allowed corpus day file)
_CONFIRMED = (
    "बिहार में कोरोना वायरस संक्रमण के एक अन्य मामले की मंगलवार को पुष्टि होने के बाद प्रदेश में"
    " संक्रमितों की संख्या बढ़कर 16 हो गयी ।"
)
_SEALED = (
    " गोपालगंज में एक मरीज का कोरोना पॉजिटिव रिपोर्ट आने के बाद थावे के बेदू टोला गांव को सील"
    " किया गया ।"
)


def _coerce(events: list[Event]) -> Event:
    [ev] = [e for e in events if e.type == "COERCE"]
    return ev


def test_the_step_on_a_case_takes_the_reports_day() -> None:
    _, events = article_events(_CASE + _STICKER, "2020-04-15")
    ev = _coerce(events)
    assert ev.date == "2020-04-15"
    assert ev.date_basis == "neighbour: case reported (बुधवार को)"
    _, events = article_events(_CONFIRMED + _SEALED, "2020-03-31")
    assert _coerce(events).date == "2020-03-31"


def test_a_day_that_tells_no_case_leaves_the_step_undated() -> None:
    # written after DJ-2020-MAY-10: the day before is another step's, not the report's
    other = "शुक्रवार को इलाके में और अधिक सख्ती बढ़ा दी गई ।"
    _, events = article_events(other + _SEALED, "2020-05-10")
    assert all(e.date != "2020-05-08" for e in events if "सील" in e.trigger)


def test_a_step_told_in_the_past_perfect_or_a_new_paragraph_stays_undated() -> None:
    # written after PK-2020-MAY-07: the people were caught before, on an earlier report
    caught = " इस सूचना पर सक्रिय होकर प्रशासन ने इन लोगों को पकड़कर कोविड केयर सेंटर में भर्ती कराया था."
    _, events = article_events(_CASE + caught, "2020-05-07")
    assert all(e.date is None for e in events if e.type == "COERCE")
    _, events = article_events(_CASE + "\n" + _STICKER.strip(), "2020-04-15")
    assert _coerce(events).date is None


# AU-2020-ARP-26.txt (allowed corpus day file): the lead's dated statement, then a paragraph on
# the same visit whose act follows the minister's own review
_MINISTER = (
    "केंद्रीय स्वास्थ्य मंत्री डॉक्टर हर्षवर्धन ने रविवार को कहा कि देश में कोरोना वायरस की"
    " स्थिति में धीरे-धीरे सुधार आ रहा है ।\n"
)
_PRAISED = (
    "एम्स में इंतजामातों की विस्तृत समीक्षा करने के बाद हर्षवर्धन ने एम्स द्वारा मरीजों की 24 घंटे"
    " निगरानी के इंतजामों की सराहना की ।"
)


def _support(events: list[Event]) -> Event:
    [ev] = [e for e in events if e.type == "SUPPORT"]
    return ev


def test_the_actors_own_review_before_the_act_is_the_same_occasion() -> None:
    _, events = article_events(_MINISTER + _PRAISED, "2020-04-26")
    ev = _support(events)
    assert ev.date == "2020-04-26"
    assert ev.date_basis is not None and ev.date_basis.startswith("lead: ")


def test_a_later_step_still_closes_the_sentence() -> None:
    # written: "इसके बाद" tells a later step, another day for all the text says
    later = "इसके बाद हर्षवर्धन ने एम्स द्वारा मरीजों की 24 घंटे निगरानी के इंतजामों की सराहना की ।"
    _, events = article_events(_MINISTER + later, "2020-04-26")
    assert _support(events).date is None
