"""Issue 13, round rv42: a fourteenth unbiased recall audit and the kinds of miss it fixed.

250 body sentences drawn at random (``random.Random(4201)``, at most 3 from a file, rv40's and
rv41's draws left out) from the allowed corpus day files were judged by hand. Fixed in general
form: a taunt, "X ने Y पर तंज कसा", is criticism as "निशाना साधा" and "आड़े हाथों लिया" are,
ACCUSE; people kept from moving by a negated permissive ("… को भारतीय तटों पर नहीं उतरने
दिया"), COERCE, only where whom it holds is marked. Sentences are the news's own (allowed corpus
day files) or written like them."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names, target_names

analysed = analyser("2020-03-15")


def test_a_taunt_is_criticism() -> None:
    # AU-2020-MAR-01 (allowed corpus day file; the rv42 draw's core miss), its speaker named
    art = analysed(
        "उपमुख्यमंत्री केशव प्रसाद मौर्य ने सपा नेता आजम खां पर तंज कसते हुए कहा कि जो जैसा करेगा,"
        " उसको वैसा ही भुगतना पड़ेगा ।"
    )
    [ev] = events_of(art, "ACCUSE")
    assert (ev.mode, ev.trigger, ev.modality) == ("disapprove", "तंज", "happened")
    assert role_names(art, ev, "source") == ["Keshav Prasad Maurya"]
    assert target_names(art, ev) == ["Azam Khan"]
    # written: a party's taunt at the government
    party = analysed("भाजपा ने सरकार पर तंज कसा ।")
    [ev] = events_of(party, "ACCUSE")
    assert role_names(party, ev, "source") == ["Bharatiya Janata Party"]


def test_a_word_that_only_begins_like_a_taunt_is_none() -> None:
    # AU-2020-ARP-27 (allowed corpus day file): "तंजीम", an organisation's name, is no taunt
    art = analysed("बिजनौर के स्योहरा निवासी अरशद अली तंजीम दावतो सिदक नामक संगठन के संचालक हैं ।")
    assert events_of(art, "ACCUSE") == []


def test_people_not_let_to_land_or_enter_are_restricted() -> None:
    # NT-2020-MAR-15 (allowed corpus day file; the rv42 draw's core miss)
    art = analysed(
        "कोरोना वायरस को फैलने से रोकने के लिए सरकार ने अब तक 700 से ज्यादा जहाजों के 25,000 से"
        " अधिक यात्रियों और चालक दल के सदस्यों को भारतीय तटों पर नहीं उतरने दिया ।"
    )
    [ev] = events_of(art, "COERCE", "restrict")
    assert (ev.trigger, ev.modality) == ("नहीं उतरने", "happened")
    assert role_names(art, ev, "source") == ["Government of India"]
    assert ev.target
    # NT-2020-APR-28 (allowed): in the passive, the issuer inferred; the seal is its own event
    hot = analysed(
        "जिन इलाकों को हॉटस्पॉट मानकर सील किया जा रहा है, वहां बाहर से किसी व्यक्ति को अंदर नहीं"
        " जाने दिया जाता ।"
    )
    assert [e.trigger for e in events_of(hot, "COERCE", "restrict")] == ["नहीं जाने"]
    assert [e.mode for e in events_of(hot, "COERCE", "seal")] == ["seal"]
    # written: the police keep workers from going
    police = analysed("पुलिस ने मजदूरों को नहीं जाने दिया ।")
    [ev] = events_of(police, "COERCE", "restrict")
    assert role_names(police, ev, "source") == ["police"]


def test_a_negated_permissive_that_keeps_no_one_is_no_restriction() -> None:
    for text in (
        # DH-2020-ARP-10 (allowed corpus day file): no hardship let come, a promise
        "किसी कोई कोई दिक्कत नहीं आने दी जाएगी ।",
        # AU-2020-MAR-22 (allowed): a decision to stay in, self-isolation (type null)
        "मुख्यमंत्री ने कल अपने आवास से बाहर नहीं जाने का फैसला किया है ।",
        # written: a permission given is no restriction; a goal not let slip is no act
        "पुलिस ने लोगों को बाजार में जाने दिया ।",
        "हम लक्ष्यों को दूर नहीं होने देंगे ।",
    ):
        assert events_of(analysed(text), "COERCE") == [], text
