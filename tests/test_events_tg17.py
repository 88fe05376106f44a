"""Issue 13, round tg17 (meetings with no target): the partner a meeting's clause marks right
before its noun ("टीम 11 के साथ बैठक में …", "डीआरएम के साथ … ने आज मीटिंग की", "जिला
मैजिस्ट्रेट्स संग बैठक की", "… आफिसर से मुलाकात कर") and the body whose meeting another party held
("मंत्रिमंडल की एक विशेष बैठक", "कैबिनेट बैठक", "… की अध्यक्षता में मंत्रियों के समूह GoM की बैठक")
are the meeting's target where they came out as no argument. A marker that is a verb's or a
sender's ("… खतरों से निपटने के लिए", "… की ओर से"), a joint meeting ("X और Y के बीच बैठक"), a
body meeting alone ("टास्क फोर्स की पहली बैठक हुई") and a meeting whose other party is never
named keep no target. All sentences are from the 280 allowed corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-03-16")


def _targets(text: str, trigger: str, dct: str = "2020-03-16") -> list[str]:
    art = analysed(text, dct)
    ev = one_event(art.events, trigger)
    assert ev.type == "CONSULT"
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"]


def test_a_team_met_before_the_agent_is_the_target() -> None:
    # DH-2020-ARP-18.txt (the tuning pool POOL_Y's DH-2020-04-18-L1-e04: Team 11)
    text = (
        "अवनीश अवस्थी ने बताया कि लोक भवन में टीम 11 के साथ बैठक में  मुख्यमंत्री योगी आदित्यनाथ"
        " ने कहा है कि सभी जरूरतमंदों को 01 हजार रुपए के भरण-पोषण भत्ते का लाभ दिया जाए ।"
    )
    art = analysed(text, "2020-04-18")
    ev = one_event(art.events, "बैठक")
    assert _names(art, ev, "source") == ["Yogi Adityanath"]
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"] == ["टीम 11"]
    assert ev.target == ["text:टीम 11"]


def test_an_office_met_before_the_agents_is_the_target() -> None:
    # PK-2020-MAY-01.txt: the DC and the SSP of Ranchi met the DRM
    text = "इस मुद्दे पर डीआरएम के साथ रांची डीसी और एसएसपी ने आज मीटिंग की."
    assert _targets(text, "मीटिंग", "2020-05-01") == ["डीआरएम"]


def test_partner_marked_with_sang_after_the_means() -> None:
    # NT-2020-MAR-16.txt: the chief secretary sat with the chief minister; the DMs were met
    text = (
        "सीएम उद्धव ठाकरे और स्वास्थ्य मंत्री राजेश टोपे ने कोरोना वायरस पर समीक्षा के लिए चीफ"
        " सेक्रटरी के साथ विडियो कॉन्फ्रेंसिंग के जरिए जिला मैजिस्ट्रेट्स संग बैठक की ।"
    )
    assert _targets(text, "बैठक") == ["जिला मैजिस्ट्रेट्स"]


def test_an_officer_met_with_se_is_the_target() -> None:
    # AU-2020-MAR-10.txt: the workers met the railways' assistant divisional medical officer
    text = (
        "नॉर्दर्न रेलवे मेंस यूनियन के शाखा प्रधान शैम्बर सिंह के नेतृत्व में कर्मचारियों ने रेलवे के"
        " असिस्टेंट डिवीजनल मेडिकल आफिसर से मुलाकात कर मांगों को उठाया ।"
    )
    assert _targets(text, "मुलाकात", "2020-03-10") == ["रेलवे के असिस्टेंट डिवीजनल मेडिकल आफिसर"]


def test_glossed_people_met_are_the_target() -> None:
    # AU-2020-MAR-10.txt: Portugal's president had met the school's children
    text = (
        "राष्ट्रपति कार्यालय ने बताया कि 71 वर्षीय मार्सेलो रेबेलो डे सूसा ने हाल में उस स्कूल के"
        " बच्चों से मुलाकात की थी ।"
    )
    assert _targets(text, "मुलाकात", "2020-03-10") == ["उस स्कूल के बच्चों"]


def test_the_cabinet_a_chief_minister_met_is_the_target() -> None:
    # PK-2020-MAR-10.txt and AU-2020-MAR-18.txt
    text = (
        "विजयन ने मंत्रिमंडल की एक विशेष बैठक के बाद संवाददाताओं से कहा कि प्रभावित लोगों में तीन इटली से आये थे ।"
    )
    assert _targets(text, "बैठक", "2020-03-10") == ["मंत्रिमंडल"]
    text = (
        "उद्धव ने कैबिनेट बैठक के बाद देर शाम पत्रकारों से बातचीत में कहा कि ट्रेन और बस अत्यावश्यक सेवाओं में शुमार हैं ।"
    )
    assert _targets(text, "बैठक", "2020-03-18") == ["कैबिनेट"]


def test_a_chaired_group_of_ministers_is_the_target() -> None:
    # PK-2020-APR-21.txt
    text = "साउथ ब्लॉक में रक्षा मंत्री राजनाथ सिंह की अध्यक्षता में मंत्रियों के समूह GoM की बैठक होगी."
    assert _targets(text, "बैठक", "2020-04-21") == ["मंत्रियों के समूह GoM"]


def test_a_senders_or_a_verbs_se_is_no_partner() -> None:
    # DH-2020-MAR-06.txt: the hospital held the meeting of the committee's members
    text = (
        "शुक्रवार को उप जिला चिकित्सालय की ओर से ग्रामीण स्वच्छता समिति के सदस्यों की बैठक आयोजित"
        " कर उन्हें कोरोना की जानकारी देने के साथ ही बचाव के उपाय बताए गए ।"
    )
    assert not any("चिकित्सालय" in t for t in _targets(text, "बैठक", "2020-03-06"))
    # PK-2020-MAR-03.txt: "से निपटने", a verb's
    text = (
        "दरअसल, कोरोना वायरस के संभावित खतरों से निपटने के लिए कैबिनेट सचिव ने रविवार को एक उच्च"
        " स्तरीय बैठक बुलायी थी."
    )
    assert _targets(text, "बैठक", "2020-03-03") == []


def test_joint_and_body_meetings_and_unnamed_partners_keep_no_target() -> None:
    # PK-2020-MAR-09.txt: the two met jointly
    text = (
        "कोरोना वायरस के बढ़ते संक्रमण के मद्देनजर दिल्ली सीएम अरविंद केजरीवाल और केंद्रीय"
        " स्वास्थ्य मंत्री डॉ. हर्षवर्धन के बीच बैठक हुई."
    )
    assert _targets(text, "बैठक", "2020-03-09") == []
    # AU-2020-MAR-05.txt: the task force met, no one else
    text = "दिल्ली सचिवालय में बुधवार को टास्क फोर्स की पहली बैठक हुई ।"
    assert _targets(text, "बैठक", "2020-03-05") == []
    # AU-2020-MAR-29.txt: whom the home minister called is not said here
    text = "केंद्रीय गृह मंत्री अमित शाह ने शनिवार को उच्च स्तरीय बैठक बुलाई ।"
    assert _targets(text, "बैठक", "2020-03-29") == []
