"""A talk's partner, an entity, is its target, not a second source (issue 13, round rv27: the
precision audit of 100 random events on the allowed corpus day files). "X ने Y से बात की" and "Y के
साथ … X ने" are coded source X, target Y by the dev gold; joint talks ("X और Y ने बात की", "X और Y
के बीच बैठक हुई") keep both parties as sources. Sentences of the corpus day files (short quotes)."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names

events = partial(article_events, dct="2020-05-09")


def test_the_partner_of_a_ne_agents_call_with_ke_saath_is_the_target() -> None:
    # DH-2020-MAY-09.txt
    art, evs = events("चीनी राष्ट्रपति शी चिनफिंग ने रूसी राष्ट्रपति व्लादिमीर पुतिन के साथ फोन पर बातचीत की ।")
    ev = one_event(evs, "बातचीत")
    assert ev.type == "CONSULT"
    assert role_names(art, ev, "source") == ["Xi Jinping"]
    assert role_names(art, ev, "target") == ["Vladimir Putin"]


def test_the_partner_marked_by_se_is_the_target() -> None:
    # PK-2020-MAY-01.txt: a demand's topic between them changes nothing
    art, evs = events(
        "बता दें कि झारखंड के मुख्यमंत्री हेमंत सोरेन ने मजदूरों की वापसी के लिए स्पेशल ट्रेन चलाने की"
        " मांग को लेकर रेलमंत्री पीयूष गोयल से बात की थी."
    )
    ev = one_event(evs, "बात")
    assert role_names(art, ev, "source") == ["Hemant Soren"]
    assert role_names(art, ev, "target") == ["Piyush Goyal"]


def test_being_in_contact_with_a_party_makes_it_the_target() -> None:
    # AU-2020-MAR-05.txt: a nominative subject, "के संपर्क में है"
    art, evs = events("तेहरान में फंसे भारतीयों को निकालने के लिए भारत सरकार ईरान के संपर्क में है ।")
    ev = one_event(evs, "संपर्क")
    assert role_names(art, ev, "source") == ["Government of India"]
    assert role_names(art, ev, "target") == ["Iran"]


def test_joint_talks_keep_both_parties_as_sources() -> None:
    for text in (
        "इसी बीच रूस के प्रेसिडेंट व्लादिमीर पुतिन और चीन के राष्ट्रपति शी जिनपिंग ने वीडियो कॉल पर बात की ।",
        "दिल्ली सीएम अरविंद केजरीवाल और केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन के बीच बैठक हुई ।",
    ):
        art, evs = events(text)
        [ev] = [e for e in evs if e.type == "CONSULT"]
        assert len(ev.source) == 2 and ev.target == [], text


def test_a_nominative_subject_meeting_with_ke_saath_is_directed() -> None:
    # "X … के साथ बैठक कर चुकी हैं": left joint here at first; since round tg8
    # (events.with_parties) the partner marked "के साथ" is the target, as after a ने-agent
    art, evs = events(
        "उपभोक्ता मामलों के सचिव पवन कुमार अग्रवाल के साथ रोजमर्रा के उपभोक्ता उत्पाद बनाने वाली शीर्ष"
        " कंपनियां एक दौर की बैठक कर चुकी हैं ।"
    )
    ev = one_event(evs, "बैठक")
    assert role_names(art, ev, "source") == ["companies"]
    assert role_names(art, ev, "target") == ["Pawan Kumar Agarwal"]
