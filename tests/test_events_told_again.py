"""Issue 13, round ev115 (session 21): one act a sentence tells twice in other words is one event.

The census of the false positives of the unseen tuning sets found sentences that name one act by
a noun and again by its verb, in a relative clause and again in the main clause, or in a
headline run into its body, each giving two events where the annotator coded one. Two events of
one sentence with the same type and mode on the same target (or both on none) are now one
(``retold.merge_told_again``); two acts of one type on two targets, or two groups told apart by a
pronoun, stay two.

Sentences are written like the news, each kind with negatives beside it."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _acts(art: Article, kind: str) -> list[str]:
    return [e.trigger for e in art.events if e.type == kind]


def test_a_sealing_announced_and_said_again_is_one_act() -> None:
    art = analysed(
        "प्रशासन ने बताया कि जिन कस्बों के सील होने का एलान किया गया है, वहां केवल कंटेनमेंट जोन "
        "ही सील होंगे पूरा कस्बा नहीं ।"
    )
    [seal] = [e for e in art.events if e.type == "COERCE"]
    assert not seal.negated  # the one kept is the sealing announced, not the whole town spared


def test_a_headline_run_into_its_body_asks_once() -> None:
    art = analysed(
        "गृह मंत्रालय ने राज्यों से लॉकडाउन का सख्ती से पालन कराने को कहा : सरकारी बयान नयी दिल्ली, "
        "गृह मंत्रालय ने राज्यों से कहा है कि वे लॉकडाउन का पालन सुनिश्चित करें ।"
    )
    assert len(_acts(art, "REQUEST")) == 1


def test_people_watched_and_quarantined_are_one_act() -> None:
    art = analysed("एसडीएम ने बताया कि गांव के आठ लोगों को निगरानी में रखा गया है, उन्हें क्वारंटाइन कर दिया गया है ।")
    assert len(_acts(art, "COERCE")) == 1


def test_two_places_closed_in_one_sentence_stay_two() -> None:
    art = analysed("पुलिस ने पहले बाजार को बंद कराया और फिर मंडी को भी बंद करा दिया ।")
    assert len(_acts(art, "COERCE")) == 2


def test_two_groups_quarantined_in_one_sentence_stay_two() -> None:
    art = analysed(
        "जिलाधिकारी ने बताया कि विदेश से लौटे सभी लोगों को पृथक कर दिया गया है, जबकि जमात से लौटे "
        "12 लोग भी अस्पताल में क्वारंटाइन किए गए हैं ।"
    )
    assert len(_acts(art, "COERCE")) == 2


def test_two_schools_closed_stay_two() -> None:
    art = analysed(
        "शिक्षक के संक्रमित पाए जाने के बाद उस स्कूल को बंद कर दिया गया है और एहतियात के तौर पर "
        "पास के एक अन्य स्कूल को भी बंद किया गया है ।"
    )
    assert len(_acts(art, "COERCE")) == 2
