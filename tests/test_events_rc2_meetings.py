"""Issue 13, round rc2: a meeting with a marked partner whose other party stands before it with no
ने (a nominative subject that does not lead its clause, an absolutive before the main act, a
habitual with its frequency, a headline-like perfect) keeps both parties
(:mod:`khabar.events.meeting_hosts`); a modal, an obligation, a past habit, a habitual with no
frequency and another clause's subject make none."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-16")


def _meetings(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "CONSULT"]


def test_a_nominative_host_after_a_lead_meets_the_marked_partner() -> None:
    # DJ-2020-MAR-16.txt
    art = analysed(
        "समाचार एजेंसी एएनआइ के अनुसार दिल्ली के सीएम अरविंद केजरीवाल कोविड-19 के प्रसार के खिलाफ"
        " रोकथाम के उपायों पर आज सभी जिला अधिकारियों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए समीक्षा"
        " बैठक करेंगे ।"
    )
    [ev] = _meetings(art)
    assert ev.source == ["kb:person/arvind-kejriwal"] and ev.modality == "planned"
    assert any("officials" in name for name in target_names(art, ev))
    # DJ-2020-MAR-16.txt: the perfect written without ने (the stop added: a line without one
    # alone is read as a heading)
    art = analysed(
        "इस बीच महाराष्ट्र के सीएम उद्धव ठाकरे और स्वास्थ्य मंत्री राजेश टोपे मुख्य सचिव के साथ"
        " वीडियो कॉन्फ्रेंसिंग के जरिए जिलाधिकारियों के साथ समीक्षा बैठक की ।"
    )
    [ev] = _meetings(art)
    assert len(ev.source) == 2 and ev.target


def test_a_possessor_meets_its_partner_where_the_meeting_took_place() -> None:
    # written, the construction of AU-2020-MAR-01.txt (a core CONSULT of the tuning set Vp)
    art = analysed("मुख्यमंत्री नीतीश कुमार की अधिकारियों के साथ बैठक हुई ।")
    [ev] = _meetings(art)
    assert ev.source == ["kb:person/nitish-kumar"] and ev.target == ["actor:officials"]


def test_a_subject_meets_a_glossed_partner_in_an_absolutive_or_a_habitual() -> None:
    # DJ-2020-MAR-11.txt (core CONSULTs of the tuning set Vf)
    art = analysed(
        "साथ ही खुद प्रधानमंत्री नरेंद्र मोदी भी अब तक दो बार सभी राज्यों व विभागों के साथ बैठक कर"
        " जरूरी हिदायत दे चुके हैं ।"
    )
    [ev] = _meetings(art)
    assert ev.source == ["kb:person/narendra-modi"] and ev.modality == "happened"
    assert target_names(art, ev) == ["all states and departments in India"]  # not "दो बार"
    art = analysed(
        "स्वास्थ्य मंत्री हर्षवर्धन हर दो-तीन दिन में स्वास्थ्य मंत्रियों के साथ वीडियो कांफ्रेंसिंग"
        " के जरीये बैठक करते हैं ।"
    )
    [ev] = _meetings(art)
    assert ev.source == ["kb:person/harsh-vardhan"] and ev.modality == "ongoing"


def test_no_act_or_another_clauses_subject_makes_no_meeting() -> None:
    # a habitual with no frequency is a generality
    assert not _meetings(analysed("स्वास्थ्य मंत्री हर्षवर्धन स्वास्थ्य मंत्रियों के साथ बैठक करते हैं ।"))
    # a modal: what quarantined workers may do (a corpus sentence of the allowed files)
    assert not _meetings(
        analysed("क्वारंटाइन किए गए मजदूर मोबाइल पर परिवार वालों से बातचीत कर सकेंगे ।")
    )
    # a past habit
    assert not _meetings(analysed("मुख्यमंत्री नीतीश कुमार अधिकारियों के साथ बैठक करते थे ।"))
    # the subject of the clause before "तो" is not the meeting's (DJ-2020-MAR-11.txt)
    art = analysed(
        "स्वास्थ्य सचिव प्रीति सूदन हर दिन राज्यों के स्वास्थ्य व मुख्य सचिवों के साथ वीडियो"
        " कांफ्रेंसिंग के जरिये इसकी समीक्षा करती है, तो स्वास्थ्य मंत्री हर्षवर्धन हर दो-तीन दिन"
        " में स्वास्थ्य मंत्रियों के साथ वीडियो कांफ्रेंसिंग के जरीये बैठक करते हैं ।"
    )
    assert all(ev.source != ["kb:person/preeti-sudan"] for ev in _meetings(art))
