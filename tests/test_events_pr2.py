"""Issue 13, round pr2: precision, dates and modality on the tuning sets Vf-Vj. Six kinds:

- the last day of a range written "… से <day> के बीच" dates no act (the time stage takes "के बीच"
  into that timex);
- a day followed by "खत्म/समाप्त हो…" is the day a state ends ("जिसकी अवधि 14 अप्रैल को समाप्त हो
  रही है"), no act's date;
- a measure's start told with its day and hour ("सोमवार को सुबह 10 बजे से") dates it as a day
  start does; a clock time alone dates nothing;
- a measure put in force in the present perfect from a weekday ("शनिवार से … बंद कर दिया गया है")
  runs from the coming such day, not the one six days back (a simple past, a past perfect, चुका and
  "से ही" keep the day before);
- a person's visit called off ("… मोदी की बेल्जियम यात्रा स्थगित कर दी गयी है") is a CONSULT denied,
  no coercion; a pilgrimage closed to the public stays a closure;
- an act in the consequence of a condition (अगर/यदि … तो) is possible, not planned, unless the
  measure is kept (negated) or it is a punishment (a warning, THREATEN).

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-06")


def test_a_weekday_start_in_the_present_perfect_is_the_coming_day() -> None:
    # PK-2020-MAR-06.txt (a Friday)
    art = analysed(
        "उधर, राष्ट्रपति भवन का मशहूर मुगल गार्डन भी शनिवार से आम लोगों के लिए बंद कर दिया गया है."
    )
    [ev] = events_of(art, "COERCE")
    assert (ev.date, ev.date_basis) == ("2020-03-07", "start: शनिवार से")
    # AU-2020-ARP-12.txt (a Sunday)
    art = analysed(
        "इधर, सरकार ने सोमवार से मैन्युफैक्चरिंग और कंस्ट्रक्शन सेक्टर के कर्मचारियों को काम पर लौटने की"
        " अनुमति दे दी है  ।",
        dct="2020-04-12",
    )
    [ev] = events_of(art, "CONCEDE")
    assert ev.date == "2020-04-13"


def test_a_weekday_start_told_as_past_keeps_the_day_before() -> None:
    # AU-2020-MAR-22.txt (a Sunday): the simple past
    art = analysed(
        "महाराष्ट्र में नासिक प्रशासन ने शनिवार से अगले आदेश तक शराब की बिक्री पर प्रतिबंध लगा दिया ।",
        dct="2020-03-22",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.date == "2020-03-21"
    # NT-2020-MAR-23.txt (a Monday): चुका
    art = analysed(
        "भारत पहले ही रविवार से सभी अंतरराष्ट्रीय उड़ानों पर रोक लगा चुका है ।", dct="2020-03-23"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.date == "2020-03-22"
    # written after round ev84's test: a weekday two days back is since then (the coming one is
    # five days ahead)
    art = analysed("प्रशासन ने बुधवार से अगले आदेश तक शहर में शराब की बिक्री पर रोक लगा दी है ।")
    [ev] = events_of(art, "COERCE")
    assert ev.date == "2020-03-04"
    # written: "से ही", since then already
    art = analysed("पुलिस ने रविवार से ही गांव को सील कर दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert ev.date == "2020-03-01"


def test_a_persons_visit_called_off_is_a_visit_denied() -> None:
    # PK-2020-MAR-06.txt: a CONSULT denied, the visitor's government its source
    art = analysed(
        "वायरस के बढ़ते प्रकोप को देखते हुए प्रधानमंत्री नरेंद्र मोदी की बेल्जियम यात्रा स्थगित कर दी गयी है."
    )
    assert events_of(art, "COERCE") == []
    [ev] = events_of(art, "CONSULT")
    assert (ev.modality, ev.source) == ("denied", ["actor:Government of India"])
    # DJ-2020-MAR-18.txt: a pilgrimage closed to the public stays a closure
    art = analysed(
        "कोरोना वायरस के बढ़ते प्रकोप को देखते हुए श्री माता वैष्णो देवी यात्रा आज से बंद कर दी गई है ।",
        dct="2020-03-18",
    )
    assert len(events_of(art, "COERCE")) == 1
    # written: a state calling off exams stays a cancellation
    art = analysed("राज्य सरकार ने सभी परीक्षाएं स्थगित कर दी हैं ।")
    assert len(events_of(art, "COERCE")) == 1


def test_an_act_on_a_condition_is_possible() -> None:
    # AU-2020-MAR-18.txt
    art = analysed(
        "लेकिन मुख्यमंत्री उद्धव ठाकरे ने कहा है कि यदि स्थिति बिगड़ी तो मुंबई की लोकल ट्रेन और बेस्ट"
        " उपक्रम की लाल बसों का परिचालन बंद किया जाएगा ।",
        dct="2020-03-18",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.modality == "possible"
    # PK-2020-MAR-19.txt
    art = analysed("अगर जरूरत ना हो तो मिटिंग रद्द की जायेगी और बाद में बैठक होगी.")
    assert [e.modality for e in events_of(art, "COERCE")] == ["possible"]
    # written: no condition, planned
    art = analysed("जिलाधिकारी ने कहा कि गांव को सील कर दिया जाएगा ।")
    assert [e.modality for e in events_of(art, "COERCE")] == ["planned"]


def test_a_measure_kept_and_a_warning_are_not_possible() -> None:
    # DJ-2020-ARP-11.txt: a condition on anyone is possible too
    art = analysed(
        "यदि किसी की भी तबियत बिगड़ेगी तो उसे तुरंत मेडिकल कॉलेज में बने कोविड लेवल-टू आइसोलेशन वार्ड"
        " में शिफ्ट किया जाएगा ।",
        dct="2020-04-11",
    )
    assert [e.modality for e in events_of(art, "COERCE")] == ["possible"]
    # NT-2020-APR-06.txt: the lockdown kept
    art = analysed(
        "अवनीश अवस्थी ने कहा है कि अगर कोरोना वायरस का एक भी मामला प्रदेश में रहेगा तो लॉकडाउन नहीं"
        " खोला जाएगा ।",
        dct="2020-04-06",
    )
    assert [e.modality for e in events_of(art, "COERCE")] == ["planned"]
    # AU-2020-ARP-05.txt: a punishment promised is a warning made
    art = analysed("अगर ऐसा होगा तो आयोजकों को जेल भेजा जाएगा  ।")
    [ev] = events_of(art, "THREATEN")
    assert ev.modality == "happened"


def test_a_start_told_with_its_day_and_hour_dates_the_measure() -> None:
    # AU-2020-MAR-22.txt (a Sunday)
    art = analysed(
        "दिल्ली में सोमवार को सुबह 10 बजे से शाम 4 बजे तक मेट्रो सेवा बंद रहेगी ।", dct="2020-03-22"
    )
    [ev] = events_of(art, "COERCE")
    assert (ev.date, ev.date_basis) == ("2020-03-23", "start: सोमवार को सुबह 10 बजे से")
    # DJ-2020-MAY-06.txt
    art = analysed(
        "दवाई व दूध की दुकानें खुली रहेंगी लेकिन अन्‍य सभी तरह की दुकानें छह मई रात 12 बजे से 15 मई तक"
        " बंद रहेंगी ।",
        dct="2020-05-06",
    )
    assert [e.date for e in events_of(art, "COERCE")] == ["2020-05-06"]
    # written: a clock time that names no day dates nothing
    art = analysed("जिलाधिकारी ने कहा कि सुबह 7 बजे से सभी दुकानें बंद रहेंगी ।", dct="2020-03-22")
    [ev] = events_of(art, "COERCE")
    assert ev.date is None


def test_the_day_a_state_ends_dates_no_act() -> None:
    # AU-2020-ARP-08.txt: the lockdown's end, not its imposition
    art = analysed(
        "बता दें कि कोरोना वायरस संक्रमण को रोकने के लिए पूरे देश में 21 दिन का लॉकडाउन लगाया गया था,"
        " जिसकी अवधि 14 अप्रैल को समाप्त हो रही है  ।",
        dct="2020-04-08",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.date is None
    # written: the day of the act itself
    art = analysed("केंद्र सरकार ने 24 मार्च को पूरे देश में लॉकडाउन लगा दिया था ।", dct="2020-04-08")
    [ev] = events_of(art, "COERCE")
    assert ev.date == "2020-03-24"


def test_a_ranges_last_day_with_ke_beech_dates_no_act() -> None:
    # AU-2020-MAR-22.txt: the order is not dated by the lockdown's last day
    art = analysed(
        "साथ ही अकोला जिला प्रशासन ने 22 मार्च से 24 मार्च के बीच तालाबंदी के आदेश दिए हैं जिस दौरान"
        " आवश्यक सामग्री बेचने वालों को छोड़कर सभी प्रतिष्ठान बंद रहेंगे ।",
        dct="2020-03-22",
    )
    assert [(e.trigger, e.date) for e in events_of(art, "COERCE")] == [("आदेश", None)]
    # AU-2020-MAY-12.txt: the flights run from the range's first day
    art = analysed(
        "वहीं, सात मई से 14 मई के बीच इस मिशन के पहले चरण में एयर इंडिया 12 देशों में फंसे करीब 15"
        " हजार भारतीयों को वापस लाने के लिए 64 उड़ानों को संचालित कर रही है ।",
        dct="2020-05-12",
    )
    [ev] = events_of(art, "AID")
    assert ev.date == "2020-05-07"
    # written: a single day dates the order
    art = analysed("अकोला जिला प्रशासन ने 22 मार्च को तालाबंदी के आदेश दिए ।", dct="2020-03-24")
    assert [e.date for e in events_of(art, "COERCE") if e.trigger == "आदेश"] == ["2020-03-22"]
