"""Round ev181 (issue 13): a thing or activity banned ("… पर रोक") is no target; its owner is.

The gold codes targets as parties (people, bodies, places); round rv27 judged a thing acted on
given as the target wrong. The sentences are from the allowed corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, target_names

analysed = analyser("2020-04-15")


def _ban(text: str):  # type: ignore[no-untyped-def]
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == "रोक"]
    return art, ev


def test_the_owner_of_a_banned_activity_is_the_target() -> None:
    # AU-2020-MAR-13: the ministers' foreign tours are banned; the ministers are whom it binds
    art, ev = _ban("केंद्र सरकार ने मंत्रियों के विदेशी दौरों पर भी रोक लगा दी है ।")
    assert target_names(art, ev) == ["ministers"]


def test_a_named_owner_of_a_banned_thing_is_the_target() -> None:
    # AU-2020-ARP-09: WHO's funding is halted; WHO is the party
    art, ev = _ban(
        "अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि वह विश्व स्वास्थ्य संगठन के वित्त पोषण पर रोक लगा रहे हैं ।"
    )
    assert ev.target == ["kb:org/who"]


def test_a_banned_thing_with_no_party_leaves_no_target() -> None:
    # DJ-2020-MAR-03: the export of 26 drugs names nobody; before round ev181 the bare Hindi
    # "एक्सपोर्ट" was the target. Since round tg10 the glossary knows the loan as निर्यात, so the
    # ban falls on the exports of the medicines as "दवा के निर्यात पर प्रतिबंध" does
    # (AU-2020-ARP-10), an activity the dev gold codes as a ban's target ("public transport and
    # gatherings")
    art, ev = _ban("भारत सरकार ने कोरोना वायरस के खतरे को देखते हुए 26 दवाओं के एक्सपोर्ट पर रोक लगाई दी है ।")
    assert target_names(art, ev) == ["medicine exports in India"]
    # NT-2020-APR-06: fake videos are no party either
    art, ev = _ban("टिकटॉक कंपनी से बात की जाएगी और प्रदेश सरकार फेक वीडियो पर भी रोक लगाएगी ।")
    assert ev.target == []


def test_an_action_that_needs_a_target_keeps_its_thing() -> None:
    # AU-2020-MAR-13: "कार्रवाई" needs a target (the event would go without one), so it keeps
    # the phrase as it did; a closure's bare thing stays the target as round ev145 decided
    # (DJ-2020-MAR-10, the tuning sets code the fair itself)
    art = analysed("यहां पर आने वाले शिकायत पर त्वरित कार्रवाई की जाएगी ।")
    [ev] = [e for e in art.events if e.trigger == "कार्रवाई"]
    assert ev.target == ["text:आने वाले शिकायत"]
    art = analysed(
        "उधर, अमृतसर में सरकार की घर-घर रोजगार योजना के तहत 12 व 13 मार्च को रखा गया प्लेसमेंट फेयर "
        "रद कर दिया गया है ।"
    )
    [ev] = [e for e in art.events if e.trigger == "रद"]
    assert ev.target == ["text:प्लेसमेंट फेयर"]


def test_a_people_phrase_the_glossary_says_is_still_the_target() -> None:
    # NT-2020-MAR-15: the coasts are where, not whom; the crew and passengers are the target
    art, ev = _ban(
        "माल चढ़ाने और उतारने पर पाबंदी के अलावा सरकार ने कोरोना वायरस से प्रभावित देशों से आए किसी भी "
        "अंतरराष्ट्रीय क्रूज जहाज, चालक दल के सदस्यों और यात्रियों के भारतीय तटों पर उतरने को लेकर 31 मार्च "
        "तक के लिए रोक लगा दी है ।"
    )
    assert "members and passengers" in target_names(art, ev)
