"""Issue 13, round ev163: a group target's English says what the Hindi says of the group before
the words its argument holds (a possessor body, a modifier, an age, a people's adjective, an
origin), and never places people "in P" where the Hindi says they are of P. Sentences short and
quoted or written like the news of corpus/hindi-covid-2020's allowed day files."""

from __future__ import annotations

from khabar.events.group_words import _read, group_said
from khabar.model import Argument

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-28")


def _target(text: str, span: str, ident: str, en: str | None) -> Argument:
    start = text.index(span)
    return Argument("target", span, start, start + len(span), ident, en)


def test_a_possessor_body_says_whose_officials_they_are() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने मुख्यमंत्री सचिवालय के अधिकारियों को इन लोगों से संपर्क करने"
        " का निर्देश दिया ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["officials of the Bihar Chief Minister's Secretariat"]
    art = analysed(
        "नीतीश कुमार ने कहा कि अन्य राज्यों की सरकारों को प्रवासी मजदूरों की स्क्रीनिंग जरूर करानी चाहिए ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["governments of other states"]


def test_modifiers_before_the_head_are_said() -> None:
    art = analysed("सीआईआई ने अपनी सदस्य कंपनियों से आग्रह किया है कि वे कर्मचारियों की छंटनी नहीं करें ।")
    [ev] = _events(art, "REQUEST")
    # round ev192: the reflexive says whose they are (the named body acting's own)
    assert _names(art, ev, "target") == ["member companies of CII"]
    art = analysed(
        "जिलाधिकारी ने नगर निगम एवं अन्य संबंधित अधिकारियों को विशेष सफाई अभियान चलाने का निर्देश दिया है ।"
    )
    [ev] = _events(art, "COERCE")
    assert "other concerned officials" in _names(art, ev, "target")


def test_the_age_said_before_of_the_same_person_is_kept() -> None:
    art = analysed(
        "भारत से डरबन लौटी 55 वर्षीय एक महिला ने दावा किया कि उसे संक्रमण है । डरबन पुलिस ने बताया"
        " कि महिला को गिरफ्तार कर लिया गया है ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["55-year-old woman in Durban"]


def test_the_words_before_read_as_english() -> None:
    assert _read(["भारत", "से", "डरबन", "लौटी", "55", "वर्षीय", "भारतीय", "मूल", "की"]) == (
        ["55-year-old"], ["of Indian origin"], set(), False
    )
    assert _read(["फंसे", "हुए", "बिहारी"]) == (["stranded", "Bihari"], [], {"Bihar"}, False)
    assert _read(["क्वारंटाइन", "किए", "गए"])[0] == ["quarantined"]


def test_a_peoples_adjective_is_no_place_they_are_in() -> None:
    text = "उन्होंने फंसे हुए बिहारी मजदूरों के लिए भोजन की व्यवस्था की ।"
    arg = _target(text, "मजदूरों", "actor:workers", "workers in Bihar")
    assert group_said(arg, text, "workers in Bihar", "workers") == "stranded Bihari workers"


def test_what_is_not_the_groups_own_stays_out() -> None:
    # coordinated owners: the last is not all of them
    text = "मालदीव, म्यांमार और पेरु के 48 नागरिकों को भी एयरलिफ्ट किया गया है ।"
    arg = _target(text, "48 नागरिकों", "text:48 नागरिकों", "48 citizens")
    assert group_said(arg, text, "48 citizens", "48 citizens") is None
    # a genitive of the relative clause in the span, not of the head
    text = "टीम ने उक्त मरीज के संपर्क वाले सदस्यों को भी क्वारंटाइन किया ।"
    arg = _target(text, "संपर्क वाले सदस्यों", "text:संपर्क वाले सदस्यों", "members in Baghpat")
    assert group_said(arg, text, "members in Baghpat", "members") is None
    # the public of a place is everyone there; a place's participle is a phrase of its own
    text = "डीजीपी ने ऐसे सभी लोगों को चेताया था ।"
    arg = _target(text, "लोगों", "actor:public of India", None)
    assert group_said(arg, text, "public of India", "public") is None
    text = "सरकार बिहार में फंसे मजदूरों की मदद करेगी ।"
    arg = _target(text, "मजदूरों", "actor:workers", "workers in Bihar")
    assert group_said(arg, text, "workers in Bihar", "workers") is None
    # quantified states' governments are named by their own rule (round ev87)
    art = analysed("केंद्र सरकार ने सभी राज्य सरकारों से सख्त कदम उठाने को कहा है ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["Indian state governments"]
