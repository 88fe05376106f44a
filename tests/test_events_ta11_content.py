"""Issue 13, round ta11 (targets): an appeal's से-addressee is whom it is made of; a को- or
से-phrase of people after it, inside the infinitive right before the trigger, is the object of
what the addressee is asked to do (:func:`khabar.events.addressees.content_objects`). Real
sentences and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-11")


def _targets(text: str, trigger: str) -> list[list[str]]:
    art = analysed(text)
    return [target_names(art, e) for e in art.events if e.trigger == trigger]


def test_workers_given_leave_are_not_addressed() -> None:
    # DJ-2020-MAR-11.txt (the tuning set Vf's Italy report)
    text = (
        "इटली के प्रधान मंत्री गिउसेप कोंटे ने सभी खुदरा दुकानों, कॉफी बार, पब, रेस्तरां और ब्यूटी"
        " सैलून को बंद करने की घोषणा की है और निजी क्षेत्र की कंपनियों से कर्मचारियों को छुट्टी"
        " लेने या घर से काम करने की सहूलियत देने का आग्रह किया है ।"
    )
    assert _targets(text, "आग्रह") == [["private-sector companies in Italy"]]


def test_workers_made_to_work_from_home_are_not_addressed() -> None:
    # DJ-2020-MAR-14.txt
    text = "मुख्यमंत्री उद्धव ठाकरे ने सभी कंपनियों से संभव होने पर कर्मचारियों से घर से काम कराने की अपील की है ।"
    assert _targets(text, "अपील") == [["all companies in Maharashtra"]]


def test_a_single_addressee_stays() -> None:
    # negative: the public asked, nothing after it to drop
    assert _targets("मुख्यमंत्री ने लोगों से घरों में रहने की अपील की ।", "अपील") == [
        ["general public of India"]
    ]


def test_an_addressee_of_another_clause_stays() -> None:
    # negative: "मजदूरों से" addresses the second act, which has no infinitive before it
    text = "प्रधानमंत्री ने उद्योगपतियों से अपील की और मजदूरों से कहा कि वे घर पर रहें ।"
    art = analysed(text)
    by_trigger = {e.trigger: target_names(art, e) for e in art.events}
    assert by_trigger["अपील"] == ["business people"]
    assert by_trigger["कहा"] == ["workers"]


def test_a_coordinated_addressee_stays_whole() -> None:
    # negative: both bodies are asked ("X और Y से"), the workers fed stay out as before
    text = "मुख्यमंत्री ने सभी राज्यों और केंद्रशासित प्रदेशों से मजदूरों को भोजन देने का अनुरोध किया ।"
    assert _targets(text, "अनुरोध") == [["all Indian state and union territory governments"]]
