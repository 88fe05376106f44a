"""Issue 13, round ev195: a request told in the active perfect of कहना ("… को कहा है ।") whose
subject Hindi drops because the sentence before named it ("केंद्र सरकार ने … निर्देश दिए हैं ।
कर्मचारियों को … उपस्थिति दर्ज कराने को कहा है ।"). The dropped-subject rule read only light verbs
("अपील की"), so such a request was dropped for want of an agent. Sentences are written like the
news (the corpus day files' constructions), not taken from any gold.

Negatives: a passive ("को कहा गया है") names no doer and is not carried; a new agent in between
takes the act; a paragraph break ends the carry; "कहा कि …" is a speaker's report, no act of its
own carried here."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-03-20")


def _told(art: Article, words: str) -> list[Event]:
    """The REQUEST events whose evidence holds ``words``."""
    return [
        e
        for e in art.events
        if e.type == "REQUEST" and words in art.text[e.evidence_start : e.evidence_end]
    ]


_CENTRE = (
    "केंद्र सरकार ने सभी मंत्रालयों और विभागों को 31 मार्च तक बायोमीट्रिक उपस्थिति दर्ज न कराने के"
    " निर्देश दिए हैं ।"
)


def test_the_centre_told_employees_a_sentence_after_its_order() -> None:
    art = analysed(_CENTRE + " कर्मचारियों को रजिस्टर पर हस्ताक्षर कर उपस्थिति दर्ज कराने को कहा है ।")
    told = _told(art, "हस्ताक्षर")
    assert told and told[0].source == ["actor:Government of India"]


def test_a_health_team_told_the_neighbours() -> None:
    art = analysed(
        "स्वास्थ्य विभाग की टीम ने तीनों परिवारों के घरों के बाहर नोटिस चस्पा करके सभी को क्वारंटाइन"
        " कर दिया है । मोहल्ले के लोगों से इन परिवारों से दूर रहने को कहा है ।"
    )
    told = _told(art, "दूर रहने")
    assert told and told[0].source and "health" in told[0].source[0].lower()


def test_a_state_government_two_sentences_back() -> None:
    art = analysed(
        "त्रिपुरा सरकार ने सभी स्कूलों और कॉलेजों को 31 मार्च तक बंद कर दिया है । हालांकि बोर्ड"
        " परीक्षाएं जारी रहेंगी । संस्थानों से जुड़े हॉस्टलों को 21 से 31 मार्च तक खाली करने के लिए"
        " कहा है ।"
    )
    told = _told(art, "हॉस्टलों")
    assert told and told[0].source == ["actor:Government of Tripura"]


def test_a_passive_request_is_not_carried() -> None:
    art = analysed(_CENTRE + " कर्मचारियों को रजिस्टर पर हस्ताक्षर कर उपस्थिति दर्ज कराने को कहा गया है ।")
    assert all(e.source != ["actor:Government of India"] for e in _told(art, "हस्ताक्षर"))


def test_a_new_agent_in_between_takes_the_request() -> None:
    art = analysed(
        _CENTRE + " दिल्ली पुलिस ने बाजार में भीड़ लगाने वाले दस लोगों को गिरफ्तार किया ।"
        " दुकानदारों को दुकानें बंद करने को कहा है ।"
    )
    told = _told(art, "दुकानदारों")
    assert all(e.source != ["actor:Government of India"] for e in told)


def test_a_paragraph_break_ends_the_carry() -> None:
    art = analysed(
        _CENTRE + "\n\nकर्मचारियों को रजिस्टर पर हस्ताक्षर कर उपस्थिति दर्ज कराने को कहा है ।"
    )
    assert all(e.source != ["actor:Government of India"] for e in _told(art, "हस्ताक्षर"))
