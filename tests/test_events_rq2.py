"""Issue 13, round rq2 (demands with no addressee): a demand whose object names the owner of the
act demanded ("केंद्र के हस्तक्षेप की मांग", "गृह मंत्रालय के हाल के आदेश पर और स्पष्टता की
मांग") is made of that owner. A genitive before an act that is not its owner's alone ("कर्मियों
की चिकित्सा स्क्रीनिंग की … व्यवस्था करने की मांग"), a demand against someone ("चीन के खिलाफ
जांच की मांग") and a demand whose addressee only a neighbouring sentence names keep no target;
a marked addressee ("प्रधानमंत्री से … की मांग") stays. All sentences are from the 280 allowed
corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-04-27")


def test_the_centre_whose_intervention_is_demanded_is_asked() -> None:
    # AU-2020-ARP-27.txt (the tuning pool POOL_X's AU-2020-04-27-L1-e19: the Government of India)
    text = (
        "पुडुचेरी के मुख्यमंत्री वी नारायणसामी ने राज्य के कोरोना योद्धाओं के लिए व्यक्तिगत सुरक्षा"
        " उपकरण (पीपीई) और अन्य चिकित्सा उपकरण प्रदान करने के लिए केंद्र के हस्तक्षेप की मांग की  ।"
    )
    art = analysed(text)
    ev = one_event(art.events, "मांग")
    assert ev.type == "REQUEST"
    assert _names(art, ev, "target") == ["Government of India"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "केंद्र"


def test_the_ministry_whose_order_is_to_be_clarified_is_asked() -> None:
    # AU-2020-ARP-27.txt (POOL_X's AU-2020-04-27-L1-e04: the Ministry of Home Affairs)
    text = (
        "बैठक के बाद मुख्यमंत्री ममता बनर्जी ने केंद्र सरकार पर लॉकडाउन को लेकर विरोधाभासी बयान देने"
        " का आरोप लगाया  । उन्होंने दुकानें खोलने को लेकर गृह मंत्रालय के हाल के आदेश पर और"
        " स्पष्टता की मांग की  ।"
    )
    art = analysed(text)
    ev = one_event(art.events, "मांग")
    assert _names(art, ev, "source") == ["Mamata Banerjee"]
    assert _names(art, ev, "target") == ["Ministry of Home Affairs of India"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "गृह मंत्रालय"


def test_a_genitive_before_an_act_not_its_owners_alone_is_no_addressee() -> None:
    # AU-2020-MAR-10.txt: the workers' screening is what is asked, not who is asked
    text = "रेलवे कर्मचारियों ने स्टेशन पर कर्मियों की चिकित्सा स्क्रीनिंग की पर्याप्त व्यवस्था करने की मांग उठाई ।"
    ev = one_event(analysed(text, "2020-03-10").events, "मांग")
    assert ev.target == []


def test_a_demand_against_someone_is_not_made_of_them() -> None:
    # NT-2020-APR-26.txt: an inquiry against China is demanded, not of China
    text = "फॉरन अफेयर्स सिलेक्ट कमिटी के चेयरमैन टॉम टुगनढट ने चीन के खिलाफ जांच की मांग की ।"
    ev = one_event(analysed(text, "2020-04-26").events, "मांग")
    assert ev.target == []


def test_a_marked_addressee_stays() -> None:
    # AU-2020-ARP-27.txt: Jai Ram Thakur asked the prime minister
    text = (
        "हिमाचल प्रदेश के मुख्यमंत्री जयराम ठाकुर ने प्रधानमंत्री मोदी को तीन मई के बाद भी लॉकडाउन"
        " बढ़ाने का सुझाव दिया है  । उन्होंने प्रधानमंत्री से पर्याप्त संख्या में वेंटिलेटर की मांग"
        " की  ।"
    )
    art = analysed(text)
    ev = one_event(art.events, "मांग")
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"] == ["प्रधानमंत्री"]
