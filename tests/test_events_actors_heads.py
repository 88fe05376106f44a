"""Actor dictionary heads of round ev39 (issue 13): bodies, offices, forces and working groups that
acted with "ने" in the corpus but were not in the dictionary, so their events were dropped as "no
agent". Sentences written like the news, not copied from any gold."""

from __future__ import annotations

import pytest

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def coded(art: Article) -> dict[str, str]:
    return {i: c for ev in art.events for i, c in ev.codes.items()}


# (sentence, event type, actor id the event's source must be, its code)
HEADS = [
    ("पंजाब मंत्रिमंडल ने कर्मचारियों के वेतन में कटौती के प्रस्ताव को मंजूरी दे दी है ।",
     "CONCEDE", "actor:Cabinet of Punjab", "IND-Punjab GOV"),
    ("बिहार पब्लिक सर्विस कमीशन ने मई में होने वाली मुख्य परीक्षा को स्थगित कर दिया है ।",
     "COERCE", "actor:Bihar Public Service Commission", "IND-Bihar GOV"),
    ("मेट्रोपोलिटन मजिस्ट्रेट ने दोनों आरोपियों को जमानत पर रिहा कर दिया ।",
     "RETREAT", "actor:magistrate court", "IND JUD"),
    ("सभी केंद्रीय बलों ने अपने जवानों की छुट्टियां रद्द कर दी हैं ।",
     "COERCE", "actor:Central Armed Police Forces of India", "IND COP"),
    ("बिजली विभाग के मीटर रीडरों ने जिलाधिकारी को ज्ञापन देकर सुरक्षा किट की मांग की है ।",
     "REQUEST", "actor:workers", "IND LAB"),
    ("मुख्य चिकित्साधिकारी ने सभी निजी अस्पतालों को बुखार के मरीजों की सूचना देने का निर्देश दिया है ।",
     "COERCE", "actor:Chief Medical Officer", "IND HLH"),
    ("कई कॉरपोरेट घरानों ने प्रधानमंत्री राहत कोष में योगदान की घोषणा की है ।",
     "AID", "actor:business people", "IND BUS"),
    ("गांव के ग्राम प्रधान ने बाहर से आने वाले लोगों के प्रवेश पर रोक लगा दी है ।",
     "COERCE", "actor:village head", "IND GOV"),
    ("वार्ड पार्षद ने नगर निगम से पूरे मोहल्ले को सैनिटाइज कराने की मांग की है ।",
     "REQUEST", "actor:ward councillor", "IND GOV"),
    ("पटना के मेयर ने लोगों से घरों में ही रहने की अपील की है ।",
     "REQUEST", "actor:Mayor of Patna", "IND-Patna GOV"),
    ("सीडीओ ने सभी विभागों के अधिकारियों को कार्यालय में मौजूद रहने का निर्देश दिया है ।",
     "COERCE", "actor:Chief Development Officer", "IND GOV"),
    ("पीएमओ ने सभी मंत्रालयों को रोजाना रिपोर्ट भेजने के निर्देश दिए हैं ।",
     "COERCE", "actor:Prime Minister's Office of India", "IND GOV"),
    ("मरीज की मौत के बाद उसके परिजनों ने अस्पताल में जमकर हंगामा किया ।",
     "PROTEST", "actor:family members", "IND CVL"),
    ("अस्पताल प्रबंधन ने वार्ड में मरीजों के परिजनों के प्रवेश पर रोक लगा दी है ।",
     "COERCE", "actor:hospital management", "IND HLH"),
]


@pytest.mark.parametrize(("text", "etype", "actor", "code"), HEADS)
def test_head_acts(text: str, etype: str, actor: str, code: str) -> None:
    art = analysed(text)
    sources = [s for ev in art.events if ev.type == etype for s in ev.source]
    assert actor in sources, [(e.type, e.source) for e in art.events]
    assert coded(art)[actor] == code


def test_state_cabinet_is_the_states() -> None:
    """"राज्य कैबिनेट" is the cabinet of the state the article names, never the country's."""
    art = analysed("महाराष्ट्र में संक्रमण बढ़ा है । राज्य कैबिनेट ने विधायकों के वेतन में कटौती को"
                   " मंजूरी दे दी है ।")
    sources = [s for ev in art.events if ev.type == "CONCEDE" for s in ev.source]
    assert sources and all("India" not in s for s in sources), sources


def test_cabinet_meeting_is_no_actor() -> None:
    """"कैबिनेट की बैठक" and "कैबिनेट सचिव" are a meeting and a title, not the cabinet acting."""
    art = analysed("प्रधानमंत्री ने बुधवार को कैबिनेट की बैठक बुलाई और कैबिनेट सचिव ने सभी राज्यों से"
                   " सख्ती बरतने को कहा ।")
    # round ev68: the title is an office of its own now ("Cabinet Secretary of India"), never the
    # cabinet acting
    assert not any(
        s.startswith("actor:Cabinet") and s != "actor:Cabinet Secretary of India"
        for ev in art.events
        for s in ev.source
    )
