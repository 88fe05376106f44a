"""Issue 13, round tg8 (meetings whose other party is lost): the party a meeting was held with,
marked by "के साथ"/"संग" before its trigger, is its target, not a second source
(:func:`khabar.events.with_parties.with_parties`). Real sentences of the allowed corpus day
files, with the near-misses the rule must leave alone."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-04-12")


def _meeting(text: str, trigger: str, dct: str | None = None) -> tuple[Event, list[str], list[str]]:
    art = analysed(text, dct) if dct else analysed(text)
    [ev] = [e for e in art.events if e.type == "CONSULT" and e.trigger.startswith(trigger)]
    return ev, role_names(art, ev, "source"), role_names(art, ev, "target")


def test_companies_met_the_secretary() -> None:
    # AU-2020-ARP-12.txt: the companies (nominative subject) met the secretary "के साथ"
    text = (
        "सूत्र ने बताया कि उपभोक्ता मामलों के सचिव पवन कुमार अग्रवाल के साथ रोजमर्रा के उपभोक्ता"
        " उत्पाद बनाने वाली शीर्ष कंपनियां एक दौर की बैठक कर चुकी हैं ।"
    )
    ev, sources, targets = _meeting(text, "बैठक")
    assert sources == ["companies"]
    assert targets == ["Pawan Kumar Agarwal"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end].endswith("पवन कुमार अग्रवाल")


def test_committee_meets_with_the_chief_secretary() -> None:
    # AU-2020-MAR-03.txt: a body's meeting "with" an office: the office is whom it met
    text = "मामले पर मुख्य सचिव के साथ मंगलवार शाम को हाई पावर कमेटी की बैठक भी होगी ।"
    ev, sources, targets = _meeting(text, "बैठक", "2020-03-03")
    assert sources == ["high-power committee"]
    assert [t.lower() for t in targets] == [
        "chief secretary"
    ]  # no state named in the sentence alone
    assert ev.modality in {"planned", "expected"}


def test_ergative_agent_keeps_its_partner() -> None:
    # AU-2020-MAR-22.txt: a ने-agent's partner was already the target (unchanged)
    text = "गहलोत ने शीर्ष अधिकारियों के साथ एक उच्च स्तरीय बैठक में यह निर्णय लिया ।"
    _, sources, targets = _meeting(text, "बैठक", "2020-03-22")
    assert len(sources) == 1 and sources[0].endswith("Gehlot")
    assert targets and "officials" in targets[0]


def test_meeting_between_two_stays_joint() -> None:
    # PK-2020-MAR-09.txt: "X और Y के बीच बैठक हुई": no partner marker, both hold it
    text = (
        "कोरोना वायरस के बढ़ते संक्रमण के मद्देनजर दिल्ली सीएम अरविंद केजरीवाल और केंद्रीय स्वास्थ्य"
        " मंत्री डॉ. हर्षवर्धन के बीच बैठक हुई."
    )
    ev, sources, targets = _meeting(text, "बैठक", "2020-03-09")
    assert not ev.target
    assert len(sources) == 2


def test_team_going_with_police_is_no_partner() -> None:
    # DH-2020-MAY-13.txt: a visit's "पुलिस के साथ" is company, not the one visited
    art = analysed("इसके बाद स्वास्थ्य विभाग की टीम पुलिस के साथ रुकनपुर पहुंची ।", "2020-05-13")
    for ev in art.events:
        if ev.type == "CONSULT":
            assert "Police" not in " ".join(role_names(art, ev, "target"))


def test_conjunction_with_is_no_partner() -> None:
    # DH-2020-MAR-06.txt: "… जानकारी देने के साथ ही …": "along with giving", no partner
    text = (
        "शुक्रवार को उप जिला चिकित्सालय की ओर से ग्रामीण स्वच्छता समिति के सदस्यों की बैठक आयोजित"
        " कर उन्हें कोरोना की जानकारी देने के साथ ही बचाव के उपाय बताए गए ।"
    )
    art = analysed(text, "2020-03-06")
    for ev in art.events:
        if ev.type == "CONSULT":
            assert not any(a.role == "target" and "देने" in a.text for a in ev.arguments)


# ---- all-party meetings (events.all_party) ------------------------------------------------


def test_all_party_meeting_convened_by_a_chief_minister() -> None:
    # AU-2020-MAR-22.txt: the parties the adjective names are whom she met
    text = (
        "पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने कोरोना महामारी की रोकथाम के लिए उठाए गए कदमों पर"
        " चर्चा के लिए 23 मार्च को एक सर्वदलीय बैठक बुलाई है ।"
    )
    ev, sources, targets = _meeting(text, "बैठक", "2020-03-22")
    assert sources == ["Mamata Banerjee"]
    assert targets == ["political parties in West Bengal"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "सर्वदलीय"


def test_all_party_meeting_held_by_the_prime_minister() -> None:
    # NT-2020-APR-08.txt
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने कोरोना वायरस (Coronavirus) के मद्देनजर पैदा हुए हालात को लेकर"
        " सर्वदलीय बैठक की ।"
    )
    _, sources, targets = _meeting(text, "बैठक", "2020-04-08")
    assert sources == ["Narendra Modi"]
    assert targets == ["political parties in India"]


def test_speaking_in_an_all_party_meeting_adds_no_parties() -> None:
    # NT-2020-APR-08.txt: "सर्वदलीय बैठक के दौरान … ने कहा": the meeting is the setting
    text = "सर्वदलीय बैठक के दौरान प्रधानमंत्री मोदी ने जोर देकर कहा कि देश के हालात सामाजिक आपातकाल जैसे हैं ।"
    art = analysed(text, "2020-04-08")
    for ev in art.events:
        assert not any(a.text == "सर्वदलीय" for a in ev.arguments)


def test_other_meetings_get_no_parties() -> None:
    # PK-2020-MAR-16.txt: a plain meeting names no participants: no target is made up
    text = (
        "इधर, रांची के उपायुक्त राय महिमापत रे ने भी कोरोना (COVID-19) के बढ़ते प्रकोप को रोकने के"
        " लिए एक बैठक की."
    )
    art = analysed(text, "2020-03-16")
    assert all(not e.target for e in art.events if e.type == "CONSULT")


# ---- the partner "से" of a nominative subject (events.with_parties) ------------------------


def test_chief_minister_meets_the_health_minister() -> None:
    # PK-2020-MAR-09.txt: a place between the partner and the meeting changes nothing
    text = (
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल सोमवार को केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन से"
        " राजभवन में मुलाकात करेंगे."
    )
    _, sources, targets = _meeting(text, "मुलाकात", "2020-03-09")
    assert sources == ["Arvind Kejriwal"]
    assert targets == ["Harsh Vardhan"]


def test_health_minister_calls_on_the_president() -> None:
    # PK-2020-MAR-18.txt
    text = (
        "दूसरी ओर कोरोना के बढ़ते प्रकोप को लेकर केंद्रीय स्वास्थ्य मंत्री डॉ हर्षवर्धन आज राष्ट्रपति"
        " राम नाथ कोविंद से भेंट करेंगे."
    )
    _, sources, targets = _meeting(text, "भेंट", "2020-03-18")
    assert sources == ["Harsh Vardhan"]
    assert targets == ["Ram Nath Kovind"]


# ---- a body's meeting chaired or convened by one party (events.chaired.chaired_bodies) -------


def test_cabinet_meeting_convened_by_the_prime_minister() -> None:
    # PK-2020-APR-06.txt: the ने-agent convened the cabinet
    text = "पीएम मोदी ने आज वीडियो कॉन्फ्रेंसिंग के जरिए कैबिनेट की बैठक बुलायी है."
    ev, sources, targets = _meeting(text, "बैठक", "2020-04-06")
    assert sources == ["Narendra Modi"]
    assert len(targets) == 1 and targets[0].startswith("cabinet")
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "कैबिनेट"


def test_body_meeting_of_its_own_keeps_its_body() -> None:
    # AU-2020-MAR-05.txt: the task force met among its members: no chair, no target
    text = "दिल्ली सचिवालय में बुधवार को टास्क फोर्स की पहली बैठक हुई ।"
    art = analysed(text, "2020-03-05")
    assert all(not e.target for e in art.events if e.type == "CONSULT")
