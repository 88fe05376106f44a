"""Argument roles on corpus sentences (issue 13, item 3): a genitive place or organisation that
modifies a person belongs to that person, and the possessor of the object noun is the target."""

from __future__ import annotations

import pytest

from .test_events_actors import analysed

# AU-2020-ARP-27.txt (corpus, not the event gold): the chief minister is praised, not his state.
HIMACHAL = (
    "प्रधानमंत्री मोदी ने मुख्यमंत्रियों की वीडियो कॉन्फ्रेसिंग में हिमाचल प्रदेश के मुख्यमंत्री"
    " जयराम ठाकुर के कोरोना वायरस से निपटने के प्रयासों की सराहना की।"
)
# The same file: WHO is the director-general's organisation, not whom he praises.
WHO = (
    "WHO के महानिदेशक टैड्रोस एडहेनॉम घेबरेयेसस ने भारत सरकार के प्रयासों की सराहना करते हुए"
    " उस योजना का जिक्र किया है।"
)


def _praise(text: str) -> tuple[list[str], list[str]]:
    [ev] = [e for e in analysed(text).events if e.mode == "praise"]
    return ev.source, ev.target


def test_possessor_of_the_object_is_the_person_not_the_place() -> None:
    source, target = _praise(HIMACHAL)
    assert source == ["kb:person/narendra-modi"]
    assert len(target) == 1 and target[0] != "kb:in-state/HP"
    art = analysed(HIMACHAL)
    [arg] = [a for e in art.events for a in e.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "जयराम ठाकुर"  # evidence: offsets into the text


def test_organisation_of_the_agent_is_no_target() -> None:
    source, target = _praise(WHO)
    assert source == ["kb:person/tedros-adhanom"]
    assert target == ["actor:Government of India"]


@pytest.mark.parametrize("text", ["", "।", "के के के मुख्यमंत्री की सराहना की।"])
def test_no_roles_from_fragments(text: str) -> None:
    """Bad input (empty text, a bare genitive chain with nobody named) gives no event, no error."""
    assert [e for e in analysed(text).events if e.mode == "praise"] == []


# AU-2020-MAY-15.txt:27 (the Panchkula report): the DC named in one sentence declares the zone
# in the next, with the subject dropped; the official is the agent, not a guessed authority.
PANCHKULA = (
    "सेक्टर-10 निवासी एक महिला के कोरोना पॉजिटिव पाए जाने पर डीसी मुकेश कुमार आहूजा ने तुरंत"
    " संज्ञान लिया है । मकान नंबर 1349 से 1355 तक एवं सेक्टर के ओपन पार्किंग व अन्य खुले क्षेत्र"
    " को कंटेनमेंट जोन घोषित किया है ।"
)
# The same report in the passive (as "… को सील किया गया है" reads in other reports): no agent
# is named; the DC who just acted is still the issuer, but inferred (round ev38: the tune half of
# the event gold names the DC for such a passive order, not "Panchkula district administration")
PASSIVE = PANCHKULA.replace("घोषित किया है", "घोषित किया गया है")


def test_official_named_before_is_the_agent_of_a_dropped_subject() -> None:
    art = analysed(PANCHKULA, dct="2020-05-15")
    [ev] = [e for e in art.events if e.mode == "restrict"]
    [person] = [m for m in art.mentions if m.text == "मुकेश कुमार आहूजा"]
    assert ev.source == [person.entity_id]
    assert not any(a.role == "source_inferred" for a in ev.arguments)


def test_passive_order_after_an_official_keeps_the_inferred_issuer() -> None:
    art = analysed(PASSIVE, dct="2020-05-15")
    [ev] = [e for e in art.events if e.mode == "restrict"]
    [person] = [m for m in art.mentions if m.text == "मुकेश कुमार आहूजा"]
    assert ev.source == [person.entity_id]
    assert any(a.role == "source_inferred" for a in ev.arguments)


# DJ-2020-ARP-20.txt:47 (the dev gold's tune half): an official and an office coordinated before
# one postposition are both met; the agent convened them.
DEOGHAR = (
    "युवक के कोरोना पॉजिटिव पाए जाने की सूचना मिलने के बाद कृषि मंत्री ने देवघर के उपायुक्त नैंसी"
    " सहाय और पुलिस अधीक्षक से बात की ।"
)


def test_coordinated_person_and_office_share_the_postposition() -> None:
    art = analysed(DEOGHAR, dct="2020-04-20")
    [ev] = [e for e in art.events if e.type == "CONSULT"]
    [nancy] = [m for m in art.mentions if m.text == "नैंसी सहाय"]
    assert ev.source == ["actor:minister"]
    assert ev.target == [nancy.entity_id, "actor:Deoghar Superintendent of Police"]


# A corpus report of a review meeting (not in the event gold): people named among officials.
REVIEW = (
    "सोमवार को केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने दिल्ली के मुख्यमंत्री अऱविंद केजरीवाल और"
    " उपराज्यपाल अनिल बैजल और संबंधित विभाग के अधिकारियों के साथ बैठक की ।"
)


def test_meeting_with_officials_and_named_people_is_convened() -> None:
    art = analysed(REVIEW, dct="2020-03-02")
    [ev] = [e for e in art.events if e.type == "CONSULT"]
    assert len(ev.source) == 1 and "actor:officials" in ev.target
    assert "kb:person/arvind-kejriwal" in ev.target


# DH-2020-MAR-19.txt (corpus, not the event gold): the ban is on the people's gathering.
GATHERING = (
    "पंजाब सरकार ने कोरोना वायरस वैश्विक महामारी के चलते 20 से अधिक लोगों के एकत्रित होने पर"
    " पाबंदी लगाने के अलावा शुक्रवार आधी रात से सार्वजनिक परिवहन सेवाओं को निलंबित करने की"
    " बृहस्पतिवार को घोषणा की ।"
)


def test_a_ban_on_an_activity_targets_who_does_it() -> None:
    art = analysed(GATHERING)
    [ev] = [e for e in art.events if e.trigger == "पाबंदी"]
    assert ev.source == ["actor:Government of Punjab"]
    assert ev.target == ["actor:public of Punjab"]  # not "एकत्रित होने"
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "लोगों"  # evidence: offsets into the text


def test_an_activity_of_no_actor_is_no_target() -> None:
    art = analysed("प्रशासन ने दुकानों के खुलने पर रोक लगा दी ।")  # shops are no actor
    [ev] = art.events
    assert ev.target == []  # not the doer-less activity "खुलने"


# AU-2020-ARP-02.txt (corpus, not the event gold): the cause ends before the addressees.
HAJJ = (
    "सऊदी अरब के हज मंत्री ने कोरोना वायरस के चलते उत्पन्न अनिश्चितता के कारण मुसलमानों से इस बार"
    " हज की तैयारियां स्थगित करने की अपील की है ।"
)


def test_a_cause_is_no_part_of_the_target() -> None:
    [ev] = [e for e in analysed(HAJJ).events if e.mode == "appeal"]
    assert ev.target == ["text:मुसलमानों"]  # not "कारण मुसलमानों"


def test_a_quantifier_alone_is_no_target_the_public_is() -> None:
    art = analysed("बिहार के मुख्यमंत्री नीतीश कुमार ने सभी से घरों में रहने की अपील की ।")
    [ev] = [e for e in art.events if e.mode == "appeal"]
    assert ev.target == ["actor:public of Bihar"]  # not "text:सभी"


# AU-2020-MAR-29.txt (corpus, not the event gold): a helpline opened for all.
HELPLINE = (
    "केंद्र सरकार ने कोरोना वायरस के संक्रमण के बीच लोगों को मदद पहुंचाने के लिए हेल्पलाइन नंबर"
    " जारी किए हैं ।"
)


def test_a_measure_for_everyone_is_addressed_to_the_public() -> None:
    [ev] = [e for e in analysed(HELPLINE).events if e.type == "AID"]
    assert ev.source == ["actor:Government of India"]
    assert ev.target == ["actor:public of India"]
    [arg] = [a for a in ev.arguments if a.entity_id == "actor:public of India"]
    # round ev14: the purpose clause names them ("लोगों को मदद पहुंचाने के लिए"), so the
    # target is written, not inferred
    assert (arg.role, arg.text) == ("target", "लोगों")


def test_guidelines_bind_the_public_an_inquiry_order_does_not() -> None:
    [guide] = analysed("बिहार सरकार ने नए दिशा-निर्देश जारी कर दिए हैं ।").events
    assert guide.target == ["actor:public of Bihar"]
    [inquiry] = analysed("बिहार सरकार ने मामले की जांच के आदेश दिए हैं ।").events
    assert inquiry.target == []


# PK-2020-MAY-06.txt (corpus, not the event gold): a lockdown of the whole country.
COUNTRY = (
    "कोरोना को हराने के लिए केंद्र की नरेंद्र मोदी सरकार ने पूरे देश में 17 मई तक लॉकडाउन लगा"
    " दिया है ।"
)


def test_the_issuers_own_territory_is_its_public() -> None:
    [ev] = [e for e in analysed(COUNTRY).events if e.mode == "lockdown"]
    assert ev.source == ["actor:Government of India"]
    assert ev.target == ["actor:public of India"]  # not "पूरे देश" left unglossed
