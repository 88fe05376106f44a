"""Issue 13, round src4 (sources: the wrong party and the wrong name): a bare institution agent
("मंत्रालय ने", "कंपनी ने") whose body the article named further back than the three sentences
the near rule reads, or a firm the KB knows with no sector code, is that body; two different
bodies of the kind before it, a body named only after it, or a government actor leave it bare."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-03-08")

# PK-2020-MAR-08.txt: the health ministry named in a paragraph four sentences before
_FAR_MINISTRY = (
    "केंद्रीय स्वास्थ्य मंत्रालय ने एम्स प्रशासन से कहा है कि संदिग्ध रोगियों के लिए पृथक बिस्तर"
    " तैयार रखा जाए. {between}आधिकारिक सूत्रों ने कहा कि पृथक केंद्र में करीब 20 रोगियों को रखने"
    " की व्यवस्था होगी. एक अलग से प्रवेश द्वार बनाया गया है. रोगियों को लाल, पीले एवं हरे मामले"
    " के तौर पर चिह्नित किया जाएगा. इसके अलावा मंत्रालय ने झज्जर में राष्ट्रीय कैंसर संस्थान"
    " (एनसीआई) से कहा है कि वह अपनी पृथक बिस्तर क्षमता को 25 सीटों से बढ़ाकर 125 कर दे."
)


def test_a_ministry_named_paragraphs_before() -> None:
    art = analysed(_FAR_MINISTRY.format(between=""))
    [ev] = [e for e in art.events if art.text[e.evidence_start :].startswith("इसके अलावा")]
    assert _names(art, ev, "source") == ["Ministry of Health and Family Welfare of India"]


def test_two_ministries_before_leave_it_bare() -> None:
    art = analysed(_FAR_MINISTRY.format(between="गृह मंत्रालय के अधिकारियों ने भी बैठक की. "))
    [ev] = [e for e in art.events if art.text[e.evidence_start :].startswith("इसके अलावा")]
    assert _names(art, ev, "source") == ["ministry"]


def test_a_ministry_named_only_after_leaves_it_bare() -> None:
    art = analysed(
        "मंत्रालय ने लोगों से यात्रा इतिहास बताने की अपील की है. रोगियों को चिह्नित किया जाएगा. एक"
        " अलग से प्रवेश द्वार बनाया गया है. पृथक केंद्र तैयार है. केंद्रीय स्वास्थ्य मंत्रालय ने एम्स"
        " प्रशासन से कहा है कि पृथक बिस्तर तैयार रखा जाए."
    )
    ev = one_event(art.events, "अपील")
    assert _names(art, ev, "source") == ["ministry"]


# DH-2020-MAR-04.txt: "डिजिटल पेमेंट ऐप पेटीएम के एक कर्मचारी …" then "कंपनी ने … सलाह दी है"
_FIRM = "बुधवार शाम को {who} के एक कर्मचारी के संक्रमित होने की पुष्टि हुई है । कंपनी ने एहतियातन"
_FIRM += " अपने सभी कर्मचारियों को अगले कुछ दिनों के लिए घर से काम करने की सलाह दी है ।"


def test_the_company_is_the_firm_named_before() -> None:
    art = analysed(_FIRM.format(who="डिजिटल पेमेंट ऐप पेटीएम"))
    ev = one_event(art.events, "सलाह")
    assert _names(art, ev, "source") == ["Paytm"]


def test_two_firms_leave_the_company_bare() -> None:
    art = analysed(_FIRM.format(who="पेटीएम और इंफोसिस"))
    ev = one_event(art.events, "सलाह")
    assert _names(art, ev, "source") == ["company"]


def test_a_government_is_no_company() -> None:
    art = analysed(_FIRM.format(who="उत्तर प्रदेश सरकार"))
    ev = one_event(art.events, "सलाह")
    assert _names(art, ev, "source") == ["company"]


# AU-2020-MAR-27.txt: the health ministry's joint secretary speaks for the ministry ("हमने")
_JOINT_SECRETARY = (
    "केंद्रीय स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि हमने 10,000 वेंटिलेटर बनाने के"
    " लिए एक पीएसयू को आदेश दिया है । अस्पतालों में ओपीडी बंद होने के को लेकर कहा कि हमने"
    " टेली-मेडिसिन सुविधा के लिए दिशा-निर्देश जारी किए हैं, मरीजों से अनुरोध है कि वे उसका लाभ उठाएं ।"
)
_HEALTH_MINISTRY = ["Ministry of Health and Family Welfare of India"]


def test_a_ministry_officials_we_is_the_ministry() -> None:
    art = analysed(_JOINT_SECRETARY, "2020-03-27")
    for trigger in ("आदेश", "दिशा-निर्देश", "अनुरोध"):  # the later sentence too, and its request
        assert _names(art, one_event(art.events, trigger), "source") == _HEALTH_MINISTRY
    [arg] = [a for a in one_event(art.events, "अनुरोध").arguments if a.role == "source"]
    assert art.text[arg.start : arg.end] == "केंद्रीय स्वास्थ्य मंत्रालय"  # its evidence


def test_the_home_ministrys_joint_secretary() -> None:
    # AU-2020-MAR-29.txt
    art = analysed(
        "गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने शनिवार को कहा कि हमने राज्यों से निवेदन"
        " किया है कि वे अपने स्तर पर मजदूरों के लिए राहत शिविर लगाएं ।",
        "2020-03-29",
    )
    ev = one_event(art.events, "निवेदन")
    assert _names(art, ev, "source") == ["Ministry of Home Affairs of India"]


def test_a_minister_an_officials_own_act_and_another_body_keep_the_person() -> None:
    art = analysed(
        "केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन ने कहा कि हम लोगों से गुजारिश कर रहे हैं कि भीड़भाड़ वाली"
        " जगहों पर कम जाएं ।"
    )  # a minister by his own title is no ministry's official (AU-2020-MAR-10.txt)
    assert _names(art, one_event(art.events, "गुजारिश"), "source") == ["Harsh Vardhan"]
    art = analysed(
        "गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने कहा कि मैंने राज्यों से निवेदन किया है"
        " कि वे राहत शिविर लगाएं ।"
    )  # the singular: her own act
    assert _names(art, one_event(art.events, "निवेदन"), "source") == ["Punya Salila Srivastava"]
    art = analysed("बीसीसीआई के अध्यक्ष सौरव गांगुली ने कहा कि हमने दोनों मैचों को स्थगित कर दिया है ।")
    assert _names(art, one_event(art.events, "स्थगित"), "source") == ["Sourav Ganguly"]
