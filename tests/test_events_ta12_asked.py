"""Issue 13, round ta12 (targets): the states' demand is made of the Centre
(:func:`khabar.events.centre_asked.asked_of_centre`), and the public asked with "लोगों/जनता से …
करने को कहा" keeps its words as the evidence (:func:`khabar.events.addressees._asked_from`). Real
sentences and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-12")


def _demands(text: str) -> list[list[str]]:
    art = analysed(text)
    return [role_names(art, e, "target") for e in events_of(art, "REQUEST")]


def test_all_states_demand_of_the_centre() -> None:
    # AU-2020-ARP-13.txt
    text = "इस दौरान सभी राज्यों ने लॉकडाउन को दो हफ्ते और बढ़ाने की मांग की थी ।"
    art = analysed(text)
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["Government of India"]
    assert ev.codes["actor:Government of India"] == "IND GOV"
    [arg] = [a for a in ev.arguments if a.role == "target_inferred"]
    assert arg.start == arg.end == ev.trigger_start  # inferred: no words of the sentence


def test_several_states_demand_trains_of_the_centre() -> None:
    # PK-2020-MAY-01.txt (the tuning set Vo)
    text = (
        "केंद्र की गाइडलाइन के बाद बिहार, राजस्थान, महाराष्ट्र, झारखंड समेत कई राज्यों ने स्पेशल"
        " ट्रेन चलाने की मांग की थी."
    )
    assert _demands(text) == [["Government of India"]]


def test_one_state_or_another_country_is_not_inferred() -> None:
    # negatives: one state's government may ask anyone; another country's states ask their own
    assert _demands("बिहार सरकार ने लॉकडाउन बढ़ाने की मांग की है ।") == [[]]
    assert _demands("अमेरिका के कई राज्यों ने लॉकडाउन हटाने की मांग की है ।") == [[]]


def test_an_appeal_of_the_states_goes_to_the_public() -> None:
    # negative: an appeal keeps its public
    assert _demands("कई राज्यों ने लोगों से घरों में रहने की अपील की है ।") == [["general public of India"]]


def test_the_public_asked_keeps_its_words() -> None:
    # NT-2020-MAR-16.txt (the tuning set Vo): the public's words are the target's evidence
    text = "प्रेस कॉन्फ्रेंस में केजरीवाल ने जनता से तीन चीजों का पालन करने को कहा ।"
    art = analysed(text, "2020-03-16")
    [ev] = events_of(art, "REQUEST")
    assert ev.target == ["actor:public"]
    [arg] = [a for a in ev.arguments if a.entity_id == "actor:public"]
    assert arg.text == "जनता" == art.text[arg.start : arg.end]


def test_a_named_addressee_is_kept() -> None:
    # negative: officers asked are no public and keep their own words
    text = "मुख्यमंत्री ने जिलाधिकारियों से मजदूरों को भोजन देने को कहा ।"
    art = analysed(text)
    [ev] = events_of(art, "REQUEST")
    assert [a.text for a in ev.arguments if a.role.startswith("target")] == ["जिलाधिकारियों"]


def test_listed_foreign_countries_or_an_appeal_are_not_the_centre_asked() -> None:
    # written negatives (lead, after merging rounds ta12 and sa10): the listed members are
    # another country's governments, or the states appeal to their public
    assert _demands("अमेरिका, ब्रिटेन समेत कई देशों ने इस मामले की जांच की मांग की थी.") == [[]]
    art = analysed("बिहार, झारखंड समेत कई राज्यों ने लोगों से घरों में रहने की अपील की है.")
    assert [role_names(art, e, "target") for e in events_of(art, "REQUEST")] == [
        ["general public of Bihar"]
    ]
