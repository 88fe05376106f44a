"""Issue 13, round ev157: an agentless quarantine or screening told after a local health official
spoke (a CMO's report) is the place's health department's, not the district administration's
that the jurisdiction guess gives; another agent since, a seal, a district magistrate's report and
another paragraph keep what they had (the official's own sentence is his department's since round
ev202). Sentences from the
allowed corpus day files (DJ-2020-ARP-11.txt, AU-2020-MAR-31.txt), shortened."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-11")

_SAHARANPUR_CMO = (
    "जागरण संवाददाता, सहारनपुर : सीएमओ डा. बीएस सोढ़ी ने बताया कि जिले में अब तक 2920 लोगों को"
    " क्वारंटाइन केंद्र में भर्ती किया गया है । शनिवार को टीम को उन इलाकों में भेजा, जिन्हें"
    " हॉटस्पॉट घोषित कर रखा है । वहां से भी कुछ संदिग्धों को क्वारंटाइन किया गया है ।"
)


def _quarantines(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "quarantine"]


def _last(art: Article, words: str) -> Event:
    [ev] = [e for e in _quarantines(art) if words in art.text[e.evidence_start : e.evidence_end]]
    return ev


def test_a_quarantine_after_the_cmos_report_is_the_health_departments() -> None:
    art = analysed(_SAHARANPUR_CMO)
    ev = _last(art, "संदिग्धों")
    assert ev.source == ["actor:Saharanpur health department"], ev.source
    assert ev.codes[ev.source[0]].endswith(" HLH")


def test_the_officials_own_report_is_his_departments() -> None:
    # the CMO's own sentence: the agentless admission he reports is his health department's
    # (round ev202, `acting.district_body`; was kept as before by round ev157)
    art = analysed(_SAHARANPUR_CMO)
    ev = _last(art, "2920")
    assert ev.source == ["actor:Saharanpur health department"], ev.source


def test_people_sent_for_quarantine_after_the_cmo_spoke() -> None:
    art = analysed(
        "लखनऊ : लखनऊ सीएमओ डॉक्टर नरेंद्र अग्रवाल ने बताया कि अभी तीन लोग ऐसे मिले हैं, इनके सैंपल"
        " लिए गए हैं । इन्हें लोकबंधु अस्पताल में क्वारंटीन के लिए भेजा जा रहा है ।"
    )
    ev = _last(art, "लोकबंधु")
    assert ev.source == ["actor:Lucknow health department"], ev.source


def test_a_district_magistrates_report_stays_the_administrations() -> None:
    art = analysed(
        "जागरण संवाददाता, सहारनपुर : जिलाधिकारी अखिलेश सिंह ने बताया कि जिले में अब तक 2920 लोगों"
        " की जांच हुई है । शनिवार को टीम को उन इलाकों में भेजा गया । वहां से भी कुछ संदिग्धों को"
        " क्वारंटाइन किया गया है ।"
    )
    ev = _last(art, "संदिग्धों")
    assert "actor:Saharanpur health department" not in ev.source, ev.source


def test_another_agent_since_keeps_the_guess() -> None:
    art = analysed(
        "जागरण संवाददाता, सहारनपुर : सीएमओ डा. बीएस सोढ़ी ने बताया कि 48 रिपोर्ट आई हैं । पुलिस ने"
        " मोहल्ले की घेराबंदी कर दी । वहां से भी कुछ संदिग्धों को क्वारंटाइन किया गया है ।"
    )
    ev = _last(art, "संदिग्धों")
    assert "actor:Saharanpur health department" not in ev.source, ev.source


def test_a_new_paragraph_keeps_the_guess() -> None:
    art = analysed(
        "जागरण संवाददाता, सहारनपुर : सीएमओ डा. बीएस सोढ़ी ने बताया कि 48 रिपोर्ट आई हैं ।"
        " एक मरीज पॉजिटिव निकला है ।\n\nमरीज के मोहल्ले को लेकर बैठक हुई । वहां से भी कुछ संदिग्धों को"
        " क्वारंटाइन किया गया है ।"
    )
    ev = _last(art, "संदिग्धों")
    assert "actor:Saharanpur health department" not in ev.source, ev.source


def test_a_seal_after_the_cmo_stays_the_districts() -> None:
    art = analysed(
        "जागरण संवाददाता, सहारनपुर : सीएमओ डा. बीएस सोढ़ी ने बताया कि एक मरीज पॉजिटिव निकला है ।"
        " मरीज के मोहल्ले को सील कर दिया गया है ।"
    )
    [ev] = [e for e in art.events if e.mode == "seal"]
    assert "actor:Saharanpur health department" not in ev.source, ev.source


def test_a_health_team_acting_in_another_clause_quarantines() -> None:
    art = analysed(
        "जागरण संवाददाता, फिरोजाबाद : रिपोर्ट आने के बाद आनन-फानन में स्वास्थ्य विभाग की टीम उनके घर"
        " पहुंची और परिवार के सभी 12 सदस्यों को क्वारंटाइन सेंटर भेज दिया गया ।"
    )
    ev = _last(art, "12 सदस्यों")
    assert ev.source == ["actor:Firozabad health department"], ev.source


def test_a_police_team_in_another_clause_stays_the_polices() -> None:
    art = analysed(
        "जागरण संवाददाता, फिरोजाबाद : रिपोर्ट आने के बाद पुलिस की टीम उनके घर पहुंची और परिवार के"
        " सभी 12 सदस्यों को क्वारंटाइन सेंटर भेज दिया गया ।"
    )
    ev = _last(art, "12 सदस्यों")
    assert "actor:Firozabad health department" not in ev.source, ev.source


def test_a_health_team_in_another_clause_does_not_seal() -> None:
    art = analysed(
        "जागरण संवाददाता, फिरोजाबाद : रिपोर्ट आने के बाद स्वास्थ्य विभाग की टीम गांव पहुंची और पूरे"
        " गांव को सील कर दिया गया ।"
    )
    [ev] = [e for e in art.events if e.mode == "seal"]
    assert "actor:Firozabad health department" not in ev.source, ev.source


def test_a_watch_after_the_health_secretarys_report_is_the_health_departments() -> None:
    art = analysed(
        "स्वास्थ्य सचिव बीला राजेश ने बताया कि तमिलनाडु में कोरोना वायरस के मरीज के संपर्क में"
        " आए 27 लोगों पर नजर रख जा रही है । संक्रमित मरीज 28 फरवरी को मस्कट से भारत आया था ।"
        " संक्रमित व्यक्ति के परिवार के सदस्यों पर भी प्रोटोकॉल के तहत नजर रखी जा रही है ।",
        "2020-03-08",
    )
    [ev] = [
        e for e in art.events
        if e.mode == "surveillance" and "परिवार" in art.text[e.evidence_start : e.evidence_end]
    ]
    assert ev.source == ["actor:Tamil Nadu health department"], ev.source


def test_people_kept_in_a_hospital_are_the_health_departments() -> None:
    art = analysed(
        "गाजियाबाद : बाकी 55 लोगों में फिलहाल कोरोना जैसे लक्षण तो नहीं हैं लेकिन उन्हें भी एहतियातन"
        " संतोष हॉस्पिटल में क्वारंटीन में रखा जाएगा ।",
        "2020-03-29",
    )
    ev = _last(art, "संतोष")
    assert ev.source == ["actor:Ghaziabad health department"], ev.source


def test_a_watch_called_medical_is_the_health_departments() -> None:
    art = analysed(
        "लखनऊ : किंग जॉर्ज मेडिकल कॉलेज में डॉक्टर्स की टीम के दो सदस्यों में संक्रमण के लक्षण मिले हैं ।"
        " इस टीम के सभी सदस्यों को फिलहाल चिकित्सकीय निगरानी में रखा गया है ।",
        "2020-03-19",
    )
    ev = _last(art, "चिकित्सकीय")
    assert ev.source == ["actor:Lucknow health department"], ev.source


def test_a_quarantine_centre_in_a_medical_college_stays_the_administrations() -> None:
    art = analysed(
        "कानपुर : 88 लोगों को नारायणा मेडिकल कॉलेज के क्वारंटाइन सेंटर में रखा गया ।", "2020-04-06"
    )
    [ev] = _quarantines(art)
    assert "actor:Kanpur health department" not in ev.source, ev.source


def test_a_hospital_people_came_from_is_no_place_of_keeping() -> None:
    art = analysed(
        "कानपुर : अस्पताल से लौटे लोगों को क्वारंटाइन किया गया है ।", "2020-04-06"
    )
    [ev] = _quarantines(art)
    assert "actor:Kanpur health department" not in ev.source, ev.source
