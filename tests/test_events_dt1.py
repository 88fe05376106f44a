"""Round dt1 (issue 13, item 4): an act its own sentence leaves undated takes the day an earlier
sentence of its paragraph tells, told by the same actor or named again by "इस <noun>"
(`events.paragraph_dates`); a new paragraph, a later step, a cited count, a plan, a background
in the past perfect or a sentence of its own day stays as it was."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event


def _one(events: list[Event], type_: str, trigger: str) -> Event:
    [ev] = [e for e in events if e.type == type_ and e.trigger == trigger]
    return ev


# AU-2020-ARP-13.txt (allowed corpus day file, au3's audit): the second sentence goes on with the
# Monday statement
_RAHUL = (
    "वहीं, कांग्रेस के पूर्व अध्यक्ष राहुल गांधी ने सोमवार को आरोप लगाया कि पूरे देश में एक ही तरह"
    " का लॉकडाउन लागू करने से करोड़ों किसानों, मजदूरों और कारोबारियों को बहुत पीड़ा हुई है ।"
)
_LEAD = (
    "देश में कोरोना वायरस के संक्रमण के मामले लगातार बढ़ रहे हैं और अब तक दस हजार से ज्यादा"
    " लोग संक्रमित हो चुके हैं ।"
)
_RAHUL_TOO = (
    "उन्होंने यह भी कहा कि कोरोना वायरस से ज्यादा प्रभावित इलाकों (हॉटस्पॉट) के अलावा दूसरे"
    " क्षेत्रों में कारोबार धीरे-धीरे खुलने दिया जाए ।"
)


def test_same_speaker_goes_on_that_day() -> None:
    _, events = article_events(f"{_RAHUL} {_RAHUL_TOO}", "2020-04-13")
    ev = _one(events, "REQUEST", "कहा")
    assert ev.date == "2020-04-13"
    assert ev.date_basis == "paragraph: 'आरोप' (clause: सोमवार को)"


def test_a_new_paragraph_is_another_occasion() -> None:
    # (a lead paragraph of its own before them: the lead's occasion reaches later paragraphs,
    # round dt4's `lead_dates`; a paragraph inside the article stays its own)
    _, events = article_events(f"{_LEAD}\n{_RAHUL}\n{_RAHUL_TOO}", "2020-04-13")
    assert _one(events, "REQUEST", "कहा").date is None


def test_directive_given_at_the_dated_meeting() -> None:
    # PK-2020-MAR-08.txt (au3: the directive given at Saturday's meeting)
    _, events = article_events(
        "इस बीच, प्रधानमंत्री नरेंद्र मोदी ने शनिवार को देश में कोरोना वायरस से उत्पन्न स्थिति की"
        " स्वास्थ्य एवं परिवार कल्याण मंत्रालय सहित अन्य मंत्रालयों के साथ उच्च स्तरीय बैठक कर"
        " समीक्षा की. उन्होंने अधिकारियों को सभी आवश्यक उपाय करने के निर्देश दिये हैं.",
        "2020-03-08",
    )
    assert _one(events, "COERCE", "निर्देश").date == "2020-03-07"


def test_background_in_the_past_perfect_keeps_no_date() -> None:
    # PK-2020-MAR-08.txt: the area was closed before Saturday's reopening
    _, events = article_events(
        "सऊदी अरब ने शनिवार को मक्का की जामा मस्जिद में पवित्र काबा के चारों ओर के क्षेत्र को फिर"
        " से खोल दिया. इस इलाके को कोरोना फैलने से रोकने के लिए उठाये गये कदमों के तहत बंद कर दिया"
        " गया था.",
        "2020-03-08",
    )
    assert _one(events, "CONCEDE", "खोल").date == "2020-03-07"
    assert _one(events, "COERCE", "बंद").date is None


_ARREST = "दिल्ली पुलिस ने 9 अप्रैल को आरोपी को गिरफ्तार कर अदालत में पेश किया ।"
_APPEAL = "दिल्ली पुलिस ने सत्र अदालत में अपील दाखिल कर आरोपी की जमानत रद्द करने की मांग की ।"


def test_a_later_step_is_not_that_day() -> None:
    # written after DH-2020-ARP-16.txt
    _, events = article_events(f"{_ARREST} {_APPEAL}", "2020-04-16")
    assert _one(events, "REQUEST", "मांग").date == "2020-04-09"
    _, events = article_events(f"{_ARREST} फिर {_APPEAL}", "2020-04-16")
    assert _one(events, "REQUEST", "मांग").date is None


def test_a_cited_count_is_not_the_statement_day() -> None:
    # written after DH-2020-MAR-15.txt: a bulletin's running count
    _, events = article_events(
        "जम्मू कश्मीर प्रशासन ने रविवार को कहा कि प्रदेश में 2,157 लोगों को निगरानी में रखा गया है ।"
        " दैनिक मीडिया बुलेटिन के अनुसार 1829 लोगों को घरों पर पृथक रखा गया है ।",
        "2020-03-15",
    )
    assert [e.date for e in events if e.trigger == "पृथक"] == [None]


def test_a_plan_keeps_its_own_day() -> None:
    # written: what the speaker says will be allowed is not done on the day it is said
    _, events = article_events(
        "मुख्यमंत्री अमरिंदर सिंह ने बुधवार को राज्य में कर्फ्यू की अवधि बढ़ाने का एलान किया । उन्होंने"
        " कहा कि दुकानें खोलने की अनुमति दी जाएगी ।",
        "2020-04-29",
    )
    assert all(e.date is None for e in events if e.modality != "happened")
    assert any(e.modality != "happened" for e in events)


_TRAIN = "रेलवे ने पहली ऐसी ट्रेन शुक्रवार सुबह 4.50 बजे हैदराबाद से झारखंड को रवाना की ।"


def test_this_train_is_the_one_sent_that_morning() -> None:
    # AU-2020-MAY-01.txt (the tuning set's AU-2020-05-01-L22-e03)
    _, events = article_events(f"{_TRAIN} इस ट्रेन से 1200 यात्री भेजे गए ।", "2020-05-01")
    ev = _one(events, "AID", "ट्रेन")
    assert ev.date == "2020-05-01"
    assert ev.date_basis == "paragraph: this ट्रेन (शुक्रवार सुबह 4.50 बजे)"


def test_a_train_not_pointed_back_to_stays_undated() -> None:
    _, events = article_events(f"{_TRAIN} एक ट्रेन से 1200 यात्री भेजे गए ।", "2020-05-01")
    assert _one(events, "AID", "ट्रेन").date is None


def test_this_meeting_only_when_its_day_is_one() -> None:
    # NT-2020-MAR-18.txt: the meeting held today; written: a range is no day of the meeting
    chaired = "इस बैठक की अध्यक्षता रेल मंत्री पीयूष गोयल ने की ।"
    _, events = article_events(f"इसका फैसला आज एक उच्चस्तरीय बैठक में लिया गया । {chaired}", "2020-03-18")
    assert _one(events, "CONSULT", "बैठक").date == "2020-03-18"
    _, events = article_events(
        f"इसका फैसला 15 से 31 मार्च तक एक उच्चस्तरीय बैठक में लिया गया । {chaired}", "2020-03-18"
    )
    assert _one(events, "CONSULT", "बैठक").date is None


# AU-2020-ARP-09.txt (au3's audit): the flights' ban extended until 30 April, announced Tuesday
_NEPAL = (
    "नेपाल ने कोरोना वायरस की रोकथाम के लिए अंतरराष्ट्रीय उड़ानों पर लगी रोक को 30 अप्रैल तक बढ़ा दिया है ।"
)


def test_these_decisions_taken_on_a_later_told_day() -> None:
    text = f"{_NEPAL} उच्चस्तरीय सरकार समन्वय समिति ने मंगलवार को ये फैसले लिये ।"
    _, events = article_events(text, "2020-04-09")
    ev = _one(events, "COERCE", "रोक")
    assert ev.date == "2020-04-07"
    assert ev.date_basis == "paragraph: announced after (मंगलवार को)"


def test_who_told_the_news_does_not_date_the_act() -> None:
    # the tuning sets' gold leaves such acts undated (PK-2020-03-09-L1-e10)
    text = f"{_NEPAL} एक अधिकारी ने मंगलवार को यह जानकारी दी ।"
    _, events = article_events(text, "2020-04-09")
    assert _one(events, "COERCE", "रोक").date is None


def test_the_announcement_in_the_next_paragraph_does_not_reach_back() -> None:
    text = f"{_NEPAL}\nउच्चस्तरीय सरकार समन्वय समिति ने मंगलवार को ये फैसले लिये ।"
    _, events = article_events(text, "2020-04-09")
    assert _one(events, "COERCE", "रोक").date is None
