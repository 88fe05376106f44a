"""Issue 13, round ev191: noun acts whose verb is not their light verb.

A written notice SENT to someone is issued to them: the verb is भेज, not the notice's light verb,
and the addressee may stand between the noun and the verb (``triggers_hi.yaml``'s notice-sent
entries, ``unmarked_targets.sent_to``); the doubled "अलग-थलग" isolates people with कर as with रख.
Sentences are the news's own (allowed corpus day files and the tuning set Ui's article); the
negatives are the readings the rules must leave alone.
"""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-05-02")


def test_an_advisory_sent_to_an_addressee_named_after_it() -> None:
    art = analysed(
        "कोरोना वायरस की मार झेल रहे बिहार में अब 17 मई तक लॉकडाउन रहेगा. गृह मंत्रालय ने छूट में"
        " शामिल व्यावसायिक और आवश्यक सेवाओं की गतिविधियों के लिए एडवाइजरी मुख्य सचिव बिहार को भी"
        " भेज दी है."
    )
    [ev] = events_of(art, "REQUEST", "advise")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    assert role_names(art, ev, "target") == ["Bihar"]


def test_guidelines_sent_to_the_states() -> None:
    art = analysed(
        "हर्षवर्धन ने पत्रकारों से कहा कि हम कोरोना वायरस की रोकथाम के लिए सभी राज्यों को व्यापक"
        " दिशा-निर्देश भेज रहे हैं ।",
        "2020-03-09",
    )
    [ev] = events_of(art, "COERCE", "order")
    assert ev.trigger == "दिशा-निर्देश"
    assert role_names(art, ev, "source") == ["Harsh Vardhan"]
    assert ev.target


def test_no_notice_sent_without_an_addressee_or_by_an_order_word() -> None:
    for text in (
        # nobody it is sent to
        "गृह मंत्रालय ने नई एडवाइजरी भेज दी है ।",
        # आदेश is no notice of the rule: sent to jail for disobeying it
        "मध्यप्रदेश में किसी भी कार्यक्रम का आयोजन नहीं होगा, आदेश ना मानने पर भेजा जाएगा जेल ।",
    ):
        art = analysed(text)
        assert not events_of(art, "REQUEST", "advise"), text
        assert not [e for e in art.events if e.trigger == "आदेश"], text


def test_guidelines_issued_still_read_as_before() -> None:
    # "दिशा निर्देश" (two words) is left to the order entry's "निर्देश जारी"
    art = analysed(
        "लॉकडाउन 2.0 के मद्देनजर केंद्रीय गृह मंत्रालय ने दो दिन पहले (15 अप्रैल) को कुछ दिशा"
        " निर्देश जारी किया था.",
        "2020-04-17",
    )
    [ev] = events_of(art, "COERCE", "order")
    assert ev.trigger.startswith("निर्देश")


def test_people_isolated_with_kar() -> None:
    art = analysed(
        "उधर, भूटान में एक वायरस संक्रमित अमेरिकी के संपर्क में आए 404 भारतीयों को असम में अलग-थलग"
        " कर दिया गया है और उन पर नजर बनी हुई है ।",
        "2020-03-12",
    )
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.trigger == "अलग-थलग" and ev.target


def test_no_isolation_from_an_infinitive_or_a_bare_alag() -> None:
    for text in (
        "मंत्री ने कहा कि ऐसा करने वाले मुट्ठी भर लोग हैं जिन्हें अलग-थलग करने की जरूरत है ।",
        # a bare अलग with कर separates things ("अलग किया जाए" also splits areas)
        "प्रशासन ने कचरे को अलग कर दिया है ।",
    ):
        art = analysed(text)
        assert not events_of(art, "COERCE", "quarantine"), text
