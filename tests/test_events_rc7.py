"""Issue 13, round rc7 (teams sent to assess): a team formed or sent for an assessment ("इन
शहरों की स्थिति का आंकलन करने और … पता लगाने के लिए … 4 केंद्रीय टीमें गठित करके यहां भेजी जा
रही हैं") is an inspection visit, CONSULT/visit as the development gold's tune half and the tuning
pool code it, not a deployment (`events/team_visits.sent_team`). Sentences from the allowed corpus
day files; the negatives are the near-misses the rule must leave alone: teams formed to survey
("… टीमें गठित कर घर-घर सर्वे कराने के साथ ही यह पता लगाया जा रहा है …"), a team formed to
collect details ("… ब्यौरा इकठ्ठा करने के लिए … एक जांच दल का गठन किया है") and teams sent
with no purpose told ("विशेषज्ञों की 10 टीमों को 9 राज्यों में भेजा गया है")."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-25")


def _teams(text: str, dct: str) -> list[tuple[str, str, str]]:
    art = analysed(text, dct)
    return [
        (e.type, e.mode, e.trigger)
        for e in art.events
        if e.type in {"MOBILIZE", "CONSULT"}
        and e.trigger.split()[0] in {"टीमें", "टीमों", "दल", "टीम"}
    ]


def test_teams_sent_to_assess_are_a_visit() -> None:
    # NT-2020-APR-25.txt:29: the assessment coordinated with a second purpose ("… पता लगाने के लिए")
    text = (
        "हमदाबाद, सूरत, हैदराबाद और चेन्नै में नए उभरते हॉटस्पॉट में"  # the file's line, as written
        " हालत बेहद गंभीर और चिंताजनक हैं । इन शहरों की स्थिति का आंकलन करने और लॉकडाउन नियमों"
        " को सही से पालन हो रहा है या नहीं इसका पता लगाने के लिए अंतर मंत्रालयों (आईएमसीटी) की 4"
        " केंद्रीय टीमें गठित करके यहां भेजी जा रही हैं ।"
    )
    assert _teams(text, "2020-04-25") == [("CONSULT", "visit", "टीमें")]


def test_teams_formed_to_survey_stay_a_deployment() -> None:
    # DJ-2020-ARP-28.txt:44: a survey and tracing, no assessment noun
    text = (
        "जिलाधिकारी दिनेश कुमार सिंह के निर्देश पर टीमें गठित कर घर-घर सर्वे कराने के साथ ही यह"
        " पता लगाया जा रहा है कि पीड़ित जिले में प्रवास के दौरान किसके-किसके संपर्क में रहे ।"
    )
    assert _teams(text, "2020-04-28") == [("MOBILIZE", "mobilize", "टीमें")]


def test_team_formed_to_collect_details_stays_a_deployment() -> None:
    # PK-2020-MAR-22.txt:5: "ब्यौरा इकठ्ठा करने के लिए": a purpose, no assessment
    text = (
        "जिस मरीज की शनिवार को मौत हुई उसके मुंगेर स्थित चुरम्बा गांव आने की तिथि, उसके दैनिक"
        " क्रियाकलापों का ब्यौरा इकठ्ठा करने के लिए मुंगेर के जिलाधिकारी राजेश मीणा ने जिला"
        " भविष्य निधि पदाधिकारी देवेंद्र कुमार के नेतृत्व में एक जांच दल का गठन किया है."
    )
    assert [t for t, _, _ in _teams(text, "2020-03-22")] == ["MOBILIZE"]


def test_teams_sent_with_no_purpose_stay_a_deployment() -> None:
    # NT-2020-APR-09.txt:31
    text = (
        "केंद्रीय स्वास्थ्य मंत्रालय ने गुरुवार को कहा कि कोरोनावायरस विशेषज्ञों की 10 टीमों को 9"
        " राज्यों में भेजा गया है ।"
    )
    assert _teams(text, "2020-04-09") == [("MOBILIZE", "mobilize", "टीमों")]
