"""Round rv31 (issue 13): a sixth unbiased recall audit of the allowed corpus day files found two
constructions the lexicon read wrongly. An order or guidelines extended ("… रहने के आदेश को 31
मई तक के लिए बढ़ा दिया है", "… दिशा-निर्देशों की अवधि बढ़ाकर 30 अप्रैल कर दी है") is the issuer's
order again, as a lockdown extended is its lockdown; and a restriction or a requirement cancelled
("… पास की अनिवार्यता को रद्द कर दिया है") is lifted (CONCEDE), not a cancellation imposed."""

from __future__ import annotations

from hindi_events import article_events, role_names


def acts(text: str, dct: str) -> list[tuple[str, str, list[str]]]:
    """(type, mode, English source names) of every event of a one-paragraph article."""
    art, evs = article_events(text, dct)
    return [(e.type or "", e.mode or "", role_names(art, e, "source")) for e in evs]


def test_an_order_extended_past_its_time_phrase() -> None:
    # NT-2020-APR-26 (allowed corpus day file; the rv31 draw's core miss)
    art, evs = article_events(
        "हवाई के गवर्नर डेविड इगे ने लोगों के घरों में ही रहने और बाहर से आने वालों के अनिवार्य"
        " रूप से पृथक-वास में रहने के आदेश को 31 मई तक के लिए बढ़ा दिया है ।",
        "2020-04-26",
    )
    [ev] = evs
    assert (ev.type, ev.mode, ev.modality) == ("COERCE", "order", "happened")
    assert role_names(art, ev, "source") == ["David Ige"]
    assert ev.date is None  # 31 May is when the order ends, not when it was extended


def test_guidelines_extended_in_the_plural() -> None:
    # NT-2020-MAR-30 (allowed corpus day file)
    found = acts(
        "वाशिंगटन, राष्ट्रपति डोनाल्ड ट्रंप ने रविवार को कहा कि अमेरिका में अगले दो सप्ताह में"
        " मृत्यु दर सर्वाधिक हो सकती है । इस आशंका को देखते हुए उन्होंने सामाजिक दूरी बनाने समेत"
        " कोरोना वायरस संबंधी अन्य दिशा-निर्देशों की अवधि बढ़ाकर 30 अप्रैल कर दी है ।",
        "2020-03-30",
    )
    assert found == [("COERCE", "order", ["Donald Trump"])]


def test_orders_obeyed_or_defied_are_no_order() -> None:
    # the plural order nouns take the extending verb only
    defied = acts("निर्देशों की अवहेलना करने वालों पर कार्रवाई होगी ।", "2020-04-20")
    assert ("COERCE", "order") not in [(t, m) for t, m, _ in defied]  # a threat, no order
    obeyed = acts("लोगों से इन दिशा-निर्देशों का पालन करने को कहा गया है ।", "2020-04-20")
    assert ("COERCE", "order") not in [(t, m) for t, m, _ in obeyed]


def test_a_requirement_cancelled_is_lifted() -> None:
    # NT-2020-MAY-11 (allowed corpus day file): passes no longer needed, read as a cancellation
    found = acts(
        "जयपुर: राजस्थान सरकार ने राज्य के भीतर ही आवागमन को सुगम बनाते हुए पास की अनिवार्यता को"
        " रद्द कर दिया है ।",
        "2020-05-11",
    )
    assert found == [("CONCEDE", "ease", ["Government of Rajasthan"])]


def test_a_cancellation_asked_for_or_imposed_stays_so() -> None:
    asked = acts("व्यापारियों ने प्रतिबंध को रद्द करने की मांग की ।", "2020-05-11")
    assert [t for t, _, _ in asked] == ["REQUEST"]
    assert acts("राज्य सरकार ने परीक्षा रद्द कर दी है ।", "2020-05-11")[0][:2] == (
        "COERCE",
        "cancel",
    )
