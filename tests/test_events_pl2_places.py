"""Issue 13, round pl2: the wrong place guessed for an actor.

A Union briefing under the capital's inline dateline ("नयी दिल्ली : … स्वास्थ्य मंत्रालय के संयुक्त
सचिव … ने बताया …") had its agentless acts guessed the Government of Delhi's, their targets "in
Delhi" (:func:`khabar.events.capital_briefing.union_briefing`); they are the Centre's. Negatives:
a Delhi story under the same dateline (it names Delhi's government or "राजधानी" again), an item with
no Union body, a national measure told from a district's dateline, and a foreign story keep their
place as before.

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from .hindi_events import analyser, target_names

analysed = analyser("2020-04-13")

# PK-2020-APR-13.txt (the item's dateline and speaker, shortened)
_BRIEFING = (
    "नयी दिल्ली : कोरोना वायरस को लेकर देश में क्या स्थिति है इस पर आज जानकारी देते हुए स्वास्थ्य"
    " मंत्रालय के संयुक्त सचिव लव अग्रवाल ने बताया, 15 राज्यों के 25 जिलों में कोरोना के केस आने बंद"
    " हो गए हैं.\n"
)
# PK-2020-APR-13.txt
_PASSES = "रेलवे, एयरपोर्ट और सीपोर्ट को भी जरूरी कर्मचारियों को पास देने के निर्देश दिए गए हैं.\n"
# PK-2020-APR-13.txt
_AID = "30 करोड़ से अधिक लोगों को 28256 करोड़ रुपये की आर्थिक मदद दी गयी है.\n"


def _event(text: str, trigger: str) -> tuple[list[str], list[str]]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return ev.source, target_names(art, ev)


def test_a_union_briefing_order_is_the_centres() -> None:
    source, target = _event(_BRIEFING + _PASSES, "निर्देश")
    assert source == ["actor:Government of India"]
    assert not any("Delhi" in t for t in target)


def test_a_union_briefing_aid_is_the_centres() -> None:
    source, target = _event(_BRIEFING + _AID, "मदद")
    assert source == ["actor:Government of India"]
    assert not any("Delhi" in t for t in target)


def test_a_delhi_story_under_the_dateline_keeps_delhi() -> None:
    # written: the item names Delhi's own government after the dateline
    text = (
        "नयी दिल्ली : दिल्ली सरकार ने केंद्रीय मंत्रालय के निर्देश पर कई कदम उठाए हैं.\n"
        "राजधानी के सभी स्कूलों को 31 मार्च तक बंद कर दिया गया है.\n"
    )
    source, _ = _event(text, "बंद")
    assert source == ["actor:Government of Delhi"]


def test_an_item_with_no_union_body_keeps_the_dateline_town() -> None:
    # written: the dateline's town and no Union body: as before this round
    text = "नयी दिल्ली : कोरोना वायरस को लेकर सतर्कता बढ़ा दी गई है.\n" + _AID
    source, _ = _event(text, "मदद")
    assert source == ["actor:Government of Delhi"]


def test_a_national_measure_told_from_a_district_keeps_the_district() -> None:
    # written: a district's dateline; the rule reads only the capital's
    text = (
        "रांची : केंद्र सरकार के लॉकडाउन के बीच जिले में सतर्कता बढ़ा दी गई है.\n"
        "संक्रमित मिलने के बाद पूरे मोहल्ले को सील कर दिया गया है.\n"
    )
    source, _ = _event(text, "सील")
    assert source == ["actor:Ranchi district administration"]


def test_a_foreign_story_keeps_its_country() -> None:
    # written: a foreign scene after the capital's dateline stays that country's
    text = (
        "नयी दिल्ली : चीन के स्वास्थ्य मंत्रालय ने बताया कि वुहान में हालात सुधर रहे हैं.\n"
        "इटली में सभी स्कूलों को 15 मार्च तक बंद कर दिया गया है.\n"
    )
    source, _ = _event(text, "बंद")
    assert source == ["actor:Government of Italy"]
