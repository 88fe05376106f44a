"""Issue 13, round ev155: targets the Hindi names but the events left empty.

Three constructions, each read where the text writes who the act is for or addresses: a chaired
meeting's body named by its genitive ("मुख्यमंत्री ने … राज्य कार्य बल की बैठक की अध्यक्षता की",
`events.chaired`), the whole country addressed by a request ("मैं पूरे देश से … अनुरोध करता
हूं", `events.nation`), and a plural pronoun standing where a request's addressee or an aid's
beneficiary would ("मैंने उनसे अपील की है कि …", "प्रशासन ने इनके लिए खाने की व्यवस्था की",
`events.pronoun_parties`), resolved by the anaphora. Sentences are the news's own (allowed corpus
day files and the unseen tuning sets), some shortened."""

from __future__ import annotations

from khabar.events.nation import whole_nation
from khabar.events.pronoun_parties import ASKED_PRONOUNS

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-03-09")


def test_a_chaired_meeting_of_a_body_no_entity_names_has_that_body_as_its_target() -> None:
    art = analysed("मुख्यमंत्री केजरीवाल ने रविवार को राज्य कार्य बल की बैठक की अध्यक्षता की.")
    [ev] = events_of(art, "CONSULT", "meeting")
    assert target_names(art, ev) == ["state task force in Delhi"]  # ev204: "राज्य कार्य बल"


def test_a_chair_named_by_the_genitive_before_the_group_met() -> None:
    art = analysed("बुधवार को पीएम मोदी की अध्यक्षता में केंद्रीय कैबिनेट की बैठक हुई ।")
    [ev] = events_of(art, "CONSULT", "meeting")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["केंद्रीय कैबिनेट"]


def test_a_meeting_about_a_topic_or_unchaired_gets_no_body() -> None:
    art = analysed("मुख्यमंत्री ने कोरोना वायरस की स्थिति की बैठक की अध्यक्षता की ।")
    [ev] = events_of(art, "CONSULT", "meeting")
    assert target_names(art, ev) == []
    # no chair written: the task force's meeting is where the chief minister spoke, no more
    art = analysed("टास्क फोर्स की बैठक के बाद मुख्यमंत्री ने कहा कि यात्रियों की जांच की जा रही है ।")
    for ev in events_of(art, "CONSULT", "meeting"):
        assert target_names(art, ev) == []


def test_a_meeting_an_agent_called_keeps_whom_the_roles_read() -> None:
    art = analysed("जिलाधिकारी ने व्यापारियों की बैठक बुलाई ।")
    [ev] = events_of(art, "CONSULT", "meeting")
    assert target_names(art, ev) == ["traders"]


def test_the_whole_country_addressed_by_a_request_is_its_public() -> None:
    art = analysed(
        "पाकिस्तान नेशनल असेंबली के स्पीकर असद कैसर कोरोना वायरस से संक्रमित पाए गए हैं । "
        "कैसर ने कहा, ‘मैं पूरे देश से एहतियाती कदम उठाने का अनुरोध करता हूं ।’"
    )
    [ev] = events_of(art, "REQUEST", "appeal")
    assert [a.text for a in ev.arguments if a.role.startswith("target")] == ["पूरे देश"]
    art = analysed("प्रधानमंत्री ने देश से अपील की कि लोग घरों में रहें ।")
    [ev] = events_of(art, "REQUEST", "appeal")
    assert target_names(art, ev) == ["public of India"]


def test_the_country_as_origin_or_in_another_clause_is_no_addressee() -> None:
    assert whole_nation(["पूरे", "देश"]) and whole_nation(["देश"])
    assert not whole_nation(["अन्य", "देशों"]) and not whole_nation(["पूरे", "राज्य"])
    art = analysed("पूरे देश से लोग आए हैं, प्रशासन ने घर पर रहने की अपील की है ।")
    [ev] = events_of(art, "REQUEST", "appeal")
    assert "पूरे देश" not in [a.text for a in ev.arguments]
    art = analysed("सरकार ने लोगों से देश से बाहर न जाने की अपील की है ।")
    [ev] = events_of(art, "REQUEST", "appeal")
    assert [a.text for a in ev.arguments if a.role.startswith("target")] == ["लोगों"]


def test_a_pronoun_addressee_of_an_appeal_points_back_at_the_people_named() -> None:
    art = analysed(
        "आपदा प्रबंधन विभाग मजदूरों के लिए भोजन और रहने की व्यवस्था कर रहा है । "
        "मुख्यमंत्री नीतीश कुमार ने कहा, मैंने उनसे अपील की है कि वे लॉकडाउन के नियमों का पालन करें ।"
    )
    [ev] = events_of(art, "REQUEST", "appeal")
    pronoun = next(a for a in ev.arguments if a.role == "target")
    assert pronoun.text == "उनसे" and pronoun.entity_id is not None
    antecedent = next(a for a in ev.arguments if a.role == "target_antecedent")
    assert antecedent.text == "मजदूरों"


def test_a_pronoun_beneficiary_of_aid_is_the_group_named_before_not_the_helpers() -> None:
    art = analysed(
        "लॉकडाउन की वजह से बिहार और ओडिशा से आए हजारों मजदूर यहां फंसे हुए हैं । "
        "कई एनजीओ की मदद से प्रशासन ने इनके लिए खाने की व्यवस्था की हुई है ।"
    )
    [ev] = events_of(art, "AID", "provide")
    antecedent = next(a for a in ev.arguments if a.role == "target_antecedent")
    assert "मजदूर" in antecedent.text


def test_a_pronoun_a_verb_of_its_own_takes_is_no_addressee() -> None:
    assert "उनसे" in ASKED_PRONOUNS
    # "इनसे बचने की अपील": avoid them; the appeal addresses the public, as before
    art = analysed("शहर में कई संक्रमित मिले हैं । प्रशासन ने भी इनसे बचने की अपील की है ।")
    [ev] = events_of(art, "REQUEST", "appeal")
    assert "इनसे" not in [a.text for a in ev.arguments]
    # "इसके लिए": for this (a purpose), no pronoun target
    art = analysed("सरकार ने इसके लिए 20 लाख करोड़ रुपये के आर्थिक पैकेज की घोषणा की ।")
    for ev in art.events:
        assert "इसके" not in [a.text for a in ev.arguments]
