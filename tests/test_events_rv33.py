"""Issue 13, round rv33: a seventh unbiased recall audit and the kind of miss it fixed.

250 new body sentences drawn at random (``random.Random(3311)``; the 1,550 of the earlier seven
draws left out) from the allowed corpus day files were judged by hand. Fixed in general form: a
share of a shipment or a payment between the recipient and the act ("जर्मनी को पहली खेप में
… भेजा गया है", "किसानों को दो किस्तों में …") says in which part it goes, as "बड़ी संख्या में"
says how many: no topic phrase, so the को-recipient before it is still the target (round ev19's
quantity words, ``roles._QUANTITY``). Sentences are the news's own (AU-2020-ARP-10, an allowed
corpus day file) or written like it; a topic phrase stays one."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-10")

# AU-2020-ARP-10: India's first list of countries sent hydroxychloroquine
_LEAD = (
    "कोरोना वायरस से लड़ने में मददगार हाइड्रोक्सीक्लोरोक्वीन दवा भेजने के लिए भारत ने अपनी पहली सूची "
    "में 13 देशों को शामिल किया है । "
)


def test_aid_sent_in_a_first_consignment_keeps_its_recipient() -> None:
    art = analysed(_LEAD + "वहीं, जर्मनी को पहली खेप में 1.5 मीट्रिक टन एपीआई भेजा गया है ।")
    [aid] = [e for e in events_of(art, "AID") if e.trigger == "एपीआई"]
    assert aid.modality == "happened"
    assert role_names(art, aid, "target") == ["Germany"]
    assert "India" in " ".join(role_names(art, aid, "source"))


def test_a_sum_paid_in_instalments_keeps_its_recipients() -> None:
    # read before this round too (the unmarked-object fallback); kept as a guard of the words added
    art = analysed(
        "केंद्र सरकार ने किसानों के लिए योजना की घोषणा की । "
        "किसानों को दो किस्तों में 2000 रुपये की राशि दी जाएगी ।"
    )
    [aid] = [e for e in events_of(art, "AID") if e.trigger == "राशि"]
    assert aid.modality == "planned" and aid.target


def test_a_topic_phrase_before_the_act_still_hides_a_recipient() -> None:
    # "इस मामले में": what the act is about, not in which part; the को-phrase before it is the
    # topic's, so no recipient is read across it (unchanged by this round)
    art = analysed(_LEAD + "वहीं, जर्मनी को इस मामले में 1.5 मीट्रिक टन एपीआई भेजा गया है ।")
    assert not [e for e in events_of(art, "AID") if e.trigger == "एपीआई"]
