"""Issue 13, recall pass of round ev73 (session 7): agentless passives on unseen text. Aid handed to
a named group in the perfect or future passive, and an order of an infinitive's measure in the
present perfect passive, are acts of the authority the sentence or the report names; with no
authority named they stay out (the place's guessed authority was too often wrong on the corpus
day files read). Sentences are written like the news, not copied from any gold; each kind with
negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py



def test_aid_in_the_future_passive_after_its_giver_acted_is_theirs() -> None:
    art = analysed(
        "श्रम विभाग ने नियमों में बदलाव किया, निर्माण मजदूरों को इलाज के लिए पैसा मुहैया कराया जाएगा ।"
    )
    [ev] = events_of(art, "AID")
    # the noun is the trigger, its support word and कर the verb (round ev101; "मुहैया" before)
    assert ev.trigger == "पैसा" and ev.modality == "planned"
    assert ev.source == ["actor:labour department"] and ev.target


def test_aid_passive_with_no_authority_negated_or_told_as_a_story_is_no_event() -> None:
    for text in (
        # nobody named (with a sum of money it is the place's government's, inferred: round ev116,
        # tests/test_events_drop_relaxed.py)
        "बिहार में 30 लाख किसानों को आर्थिक मदद दी गई है ।",
        "श्रम विभाग ने नियमों में बदलाव किया, निर्माण मजदूरों को इलाज के लिए पैसा मुहैया नहीं कराया जाएगा ।",
        "श्रम विभाग ने नियमों में बदलाव किया, निर्माण मजदूरों को इलाज के लिए पैसा मुहैया कराया गया था ।",
    ):
        assert not events_of(analysed(text), "AID"), text


def test_an_order_of_an_infinitives_measure_in_the_passive_is_the_named_authoritys() -> None:
    art = analysed(
        "पटना के जिलाधिकारी ने सभी बाजारों को 30 अप्रैल तक बंद करने का आदेश दिया । लोगों को घरों में ही "
        "रहने का आदेश दिया गया है ।"
    )
    [ev] = events_of(art, "COERCE", "order")
    assert ev.trigger == "आदेश" and ev.source == ["actor:Patna District Magistrate"]
    assert ev.modality == "happened"
    art = analysed(
        "केंद्र सरकार ने पांच हजार वेंटिलेटर खरीदने का फैसला किया है । सभी सरकारी अस्पतालों में आइसोलेशन "
        "वार्ड बनाने का भी निर्देश दिया गया है ।"
    )
    [ev] = events_of(art, "COERCE", "order")
    assert ev.source == ["actor:Government of India"]


def test_an_order_of_a_bare_noun_negated_past_or_unattributed_is_no_event() -> None:
    lead = "पटना के जिलाधिकारी ने सभी बाजारों को 30 अप्रैल तक बंद करने का आदेश दिया । "
    for text in (
        lead + "मामले की जांच के आदेश दिए गए हैं ।",  # an inquiry: binds nobody named
        lead + "लोगों को घरों में ही रहने का आदेश दिया गया था ।",  # a story told
        lead + "निजी अस्पतालों में आइसोलेशन वार्ड बनाने के आदेश नहीं दिए गए हैं ।",
    ):
        assert not events_of(analysed(text), "COERCE", "order"), text
    # no authority named anywhere: the guessed one would be all the event says
    assert not events_of(analysed("लोगों को घरों में ही रहने का आदेश दिया गया है ।"), "COERCE", "order")
