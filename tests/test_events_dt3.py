"""Round dt3 (issue 13): an isolation or watch its own sentence leaves undated takes the day of
the admission its paragraph told a few sentences before (`events.admission_dates`); a later step,
a new paragraph, a later day or another act told between, and a plan stay as they were."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event


def _kept(events: list[Event]) -> Event:
    [ev] = [e for e in events if e.mode == "quarantine" and "वार्ड" in e.trigger]
    return ev


# AU-2020-MAR-11.txt (allowed corpus day file; the tuning set Vh's AU-2020-03-11-L1-e01): the
# couple admitted on Monday is kept in the isolation ward, an arrival day told between
_ADMITTED = (
    "चंडीगढ़ पीजीआई में सोमवार को बलटाना निवासी एक दंपती को कोरोना वायरस के संदिग्ध होने पर भर्ती"
    " कराया गया है ।"
)
_BETWEEN = "जांच के नमूने ले लिए गए हैं । दंपती एक मार्च को स्विट्जरलैंड से लौटे हैं ।"
_KEPT = "दोनों को आइसोलेशन वार्ड में रखा गया है ।"


def test_isolation_takes_the_admission_day() -> None:
    _, events = article_events(f"{_ADMITTED} {_BETWEEN} {_KEPT}", "2020-03-11")
    ev = _kept(events)
    assert ev.date == "2020-03-09"
    assert ev.date_basis == "paragraph: admitted (सोमवार को)"


def test_next_sentence_isolation() -> None:
    # AU-2020-MAR-15.txt (the tuning set Vz's AU-2020-03-15-L1-e19)
    _, events = article_events(
        "बता दें कि रविवार दोपहर को ऋषिकेश में लक्ष्मण झूला के पास कोरोना से संदिग्ध इटली से आई"
        " महिला को स्वास्थ्य विभाग की टीम ने एम्स में भर्ती कराया है । महिला को अभी आईसोलेशन"
        " वार्ड में रखा गया है ।",
        "2020-03-15",
    )
    assert _kept(events).date == "2020-03-15"


def test_a_new_paragraph_is_another_occasion() -> None:
    _, events = article_events(f"{_ADMITTED} {_BETWEEN}\n{_KEPT}", "2020-03-11")
    assert _kept(events).date is None


def test_a_later_day_between_is_another_occasion() -> None:
    _, events = article_events(
        f"{_ADMITTED} दंपती के बेटे को मंगलवार को दिल्ली से लाया गया । {_KEPT}", "2020-03-11"
    )
    assert _kept(events).date is None


def test_a_later_step_keeps_no_date() -> None:
    # DJ-2020-MAR-17.txt: the patient's admission "फिर 09 मार्च 2020 को", then the doctor's
    # family kept at home: another group, another day
    _, events = article_events(
        "फिर 09 मार्च 2020 को कलबुर्गी में एक निजी अस्पताल में भर्ती कराया गया । जिस डॉक्टर ने"
        " इस शख्स का इलाज किया था, उनका भी टेस्ट पॉजिटिव आया है । उन्हें और उनकी फैमली को घर में"
        " निगरानी में रखा गया है ।",
        "2020-03-17",
    )
    [ev] = [e for e in events if e.mode in {"quarantine", "surveillance"}]
    assert ev.date is None


def test_another_act_between_keeps_no_date() -> None:
    _, events = article_events(
        f"{_ADMITTED} प्रशासन ने पूरे सेक्टर को सील कर दिया है । {_KEPT}", "2020-03-11"
    )
    assert _kept(events).date is None


def test_a_planned_isolation_keeps_no_date() -> None:
    _, events = article_events(f"{_ADMITTED} दोनों को आइसोलेशन वार्ड में रखा जाएगा ।", "2020-03-11")
    ev = _kept(events)
    assert ev.modality == "planned" and ev.date is None


# PK-2020-APR-06.txt (allowed corpus day file; the tuning set Vz's PK-2020-04-06-L1-e08, dated by
# "said 'सोमवार को' after the inauguration"): the directive goes on with the Monday statement
_YOGI = (
    "मुख्यमंत्री योगी आदित्यनाथ ने सोमवार को यहां राहत आयुक्त कार्यालय में स्थापित एकीकृत आपदा"
    " नियंत्रण केंद्र का लोकार्पण करने के बाद कहा कि आपदा की स्थिति में नियंत्रण कक्ष राहत"
    " कार्यों की रीढ़ होता है."
)
_YOGI_ASKS = (
    "उन्होंने कहा कि सभी जिलाधिकारी अपने-अपने जिलों के नियंत्रण कक्ष में एक जिम्मेदार नोडल"
    " अधिकारी की नियुक्ति कर 24 घंटे उसका संचालन सुनिश्चित कराएं."
)


def test_statement_day_dates_what_it_goes_on_to_ask() -> None:
    _, events = article_events(f"{_YOGI} {_YOGI_ASKS}", "2020-04-06")
    [ev] = [e for e in events if e.type == "REQUEST"]
    assert ev.date == "2020-04-06"
    assert ev.date_basis == "statement: कहा (सोमवार को)"


def test_statement_in_another_paragraph_keeps_no_date() -> None:
    # (a lead paragraph of its own before them: the lead's occasion reaches later paragraphs,
    # round dt4's `lead_dates`; a paragraph inside the article stays its own)
    lead = (
        "देश में कोरोना वायरस के संक्रमण के मामले लगातार बढ़ रहे हैं और अब तक दस हजार से ज्यादा"
        " लोग संक्रमित हो चुके हैं ।"
    )
    _, events = article_events(f"{lead}\n{_YOGI}\n{_YOGI_ASKS}", "2020-04-06")
    [ev] = [e for e in events if e.type == "REQUEST"]
    assert ev.date is None


def test_ban_restated_after_a_press_conference() -> None:
    # PK-2020-APR-27.txt (au5's #95)
    _, events = article_events(
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने रविवार को प्रेस कॉन्फ्रेंस करके कहा कि राजधानी में"
        " लॉकडाउन लागू रहेगा. इसके साथ ही कोरोना हॉटस्पॉट इलाकों में दुकानें खोलने की इजाजत नहीं है.",
        "2020-04-27",
    )
    [ev] = [e for e in events if e.trigger == "इजाजत"]
    assert ev.date == "2020-04-26"


def test_an_earlier_demand_in_the_past_perfect_keeps_no_date() -> None:
    # DH-2020-MAY-09.txt: the demand was made before the Saturday statement
    _, events = article_events(
        "शनिवार को निजी फर्म फ्लूऐंट ग्रिड में काम करने वाले कर्मचारी पंकज वार्ष्णेय ने कहा कि कोरोना"
        " संक्रमण के दौर में सभी मीटर रीडर खुद को असुरक्षित महसूस कर रहे हैं । उन्होंने फर्म से"
        " कर्मचारियों का बीमा कराने और उन्हें मास्क, सेनेटाइजर आदि सुविधाएं मुहैया कराने की मांग की"
        " थी ।",
        "2020-05-09",
    )
    [ev] = [e for e in events if e.trigger == "मांग"]
    assert ev.date is None


def test_acts_recounted_in_the_first_person_keep_no_date() -> None:
    # PK-2020-APR-24.txt: what the ministry had asked and ordered, told at today's bulletin
    _, events = article_events(
        "गृहमंत्रालय की ओर से आज हेल्थ बुलेटिन जारी करने के दौरान यह बताया गया है कि हमने कई तरह की"
        " छूट लॉकडाउन के दौरान दे दी है. हमने राज्य को यह कहा है कि वे बुजुर्गों की सेवा को आवश्यक"
        " सेवा में शामिल करें. साथ ही स्वास्थ्य कर्मियों को पर्याप्त सुरक्षा मुहैया कराने के लिए हमने"
        " आदेश दिये हैं.",
        "2020-04-24",
    )
    told = [e for e in events if e.trigger in {"कहा", "आदेश"}]
    assert len(told) == 2 and all(e.date is None for e in told)


def test_a_statement_before_the_news_keeps_no_date() -> None:
    # DJ-2020-MAR-07.txt: "इससे पहले सोमवार को WHO ने कहा था" is background
    _, events = article_events(
        "इससे पहले सोमवार को WHO ने कहा था कि अभी तक कोविड-19 के व्यवहार के बारे में हमें कुछ भी"
        " नहीं मालूम है । WHO ने इस बात पर भी चिंता जताई है कि कोविड-19 को लेकर कई देशों की"
        " तैयारियां आधी-अधूरी है ।",
        "2020-03-07",
    )
    assert all(e.date is None for e in events)


def test_a_day_inside_the_quoted_words_is_not_the_statement_day() -> None:
    # NT-2020-MAR-11.txt: "सात मार्च को" is the arrival the official tells of
    _, events = article_events(
        "मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी डॉक्टर प्रवीण जड़िया ने बताया कि 24 वर्षीय युवक सात"
        " मार्च को इटली से भारत की राजधानी दिल्ली आया था । उन्होंने बताया कि कोरोना वायरस संक्रमण के"
        " संदिग्ध मरीज को शहर के एक सरकारी अस्पताल के पृथक वॉर्ड में डॉक्टरों की निगरानी में रखा गया"
        " है ।",
        "2020-03-11",
    )
    [ev] = [e for e in events if e.mode == "quarantine"]
    assert ev.date is None
