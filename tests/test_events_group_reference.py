"""Issue 13, round ev201: a group said by a demonstrative ("इस व्यक्ति", "इस टीम") or by its bare
noun ("अधिकारियों ने …") is named with what its nearest earlier mention in the article says of it
(an age, a modifier, an owner), on both sides; never one of them for all, a count, a kind of owner,
nor across a bare mention of the noun. Sentences short and quoted or written like the news of
corpus/hindi-covid-2020's allowed day files."""

from __future__ import annotations

from khabar.events.group_reference import _bare, _demonstrative_at, said_before
from khabar.model import Argument

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-28")


def _side(text: str, span: str, at: str, role: str = "target") -> Argument:
    """The argument ``span`` found at the last occurrence of ``at`` (which begins with it)."""
    start = text.rindex(at)
    return Argument(role, span, start, start + len(span), None)


def test_a_bare_group_takes_the_earlier_mentions_owner_and_modifier() -> None:
    art = analysed(
        "चीन के शहर वुहान के अधिकारियों ने कहा कि सभी बड़ी निर्माण परियोजनाएं शुरू होंगी । अधिकारियों ने"
        " करीब ढाई महीने के लॉकडाउन के बाद फैक्ट्रियों में उत्पादन बहाल कर दिया है ।"
    )
    [ev] = _events(art, "CONCEDE")
    assert _names(art, ev, "source") == ["officials of Wuhan"]
    art = analysed(
        "मेडिकल विशेषज्ञों का मानना है कि अगला महीना अहम होगा । विशेषज्ञों ने यह भी सुझाव दिया है कि"
        " मॉल और धार्मिक स्थल मई महीने तक बंद रखे जाएं ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["medical experts"]
    art = analysed("बुधवार को प्रवासी मजदूरों का आक्रोश फूट पड़ा. मजदूरों का आरोप था कि सुबह में नाश्ता नहीं मिलता है.")
    [ev] = _events(art, "ACCUSE")
    assert _names(art, ev, "source") == ["migrant workers"]


def test_a_demonstrative_takes_the_age_and_the_team_its_owner() -> None:
    text = (
        "ईटानगर में कोरोना वायरस से संक्रमित एक 31 वर्षीय व्यक्ति पूरी तरह से ठीक होकर अपने घर जा"
        " चुका है । रिहा होने के तुरंत बाद, इस व्यक्ति को क्वारंटाइन सेंटर ले जाया गया ।"
    )
    side = _side(text, "इस व्यक्ति", "इस व्यक्ति")
    assert said_before(side, text, "the person in Itanagar") == "the 31-year-old person in Itanagar"
    text = "डॉक्टरों की टीम गांव पहुंची । इस टीम ने सभी लोगों की जांच की ।"
    side = _side(text, "टीम", "टीम ने", "source")
    assert _demonstrative_at(side, text) == text.index("इस टीम")
    assert said_before(side, text, None) == "team of doctors"


def test_no_one_of_them_no_count_no_kind_of_owner() -> None:
    # one student's home is not all the students'
    art = analysed(
        "समस्तीपुर के एक छात्र ने बताया कि अब खाने की दिक्कत बढ़ने लगी है । छात्रों का कहना है कि बिहार"
        " सरकार को हमें वापस लाने के लिए व्यवस्था करनी चाहिए ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["students"]
    # a count says how many were named then ("सैकड़ों"), "नौ राज्यों के" only a kind of owner
    text = "दूसरे राज्यों से यहां आए सैकड़ों मजदूर एकत्र हो गए । ये मजदूर घर भेजने की मांग कर रहे थे ।"
    assert said_before(_side(text, "ये मजदूर", "ये मजदूर", "source"), text, "workers") is None
    text = "बैठक में नौ राज्यों के मुख्यमंत्रियों ने अपनी बात रखी । उन्होंने मुख्यमंत्रियों से आग्रह किया ।"
    side = _side(text, "मुख्यमंत्रियों", "मुख्यमंत्रियों से")
    assert said_before(side, text, None) is None


def test_only_a_bare_noun_that_begins_its_phrase_and_the_nearest_mention() -> None:
    text = "प्रवासी मजदूरों को खाना दिया गया । मजदूरों ने हंगामा किया । मजदूरों को घर भेजा गया ।"
    # the nearest mention is bare: it says nothing, and nothing further back is read
    assert said_before(_side(text, "मजदूरों", "मजदूरों को घर"), text, "workers") is None
    text = "कंटेनमेंट जोन में पुलिस अधिकारियों को पर्याप्त नाके लगाने के निर्देश दिए गए हैं ।"
    assert not _bare(_side(text, "अधिकारियों", "अधिकारियों को"), text)  # "पुलिस अधिकारियों"
    text = "आउटसोर्स कर्मियों के साथ साथ यूनिसेफ व यूएनडीपी के कर्मियों को भी जीवन बीमा मिलेगा ।"
    assert not _bare(_side(text, "कर्मियों", "कर्मियों को"), text)  # an owner's genitive before
