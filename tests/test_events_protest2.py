"""Bare "प्रदर्शन" as a protest (round ev79, issue 13): Hindi news writes most demonstrations as
"… ने … की मांग को लेकर … पर प्रदर्शन किया", but the same noun is also a performance of a team,
a film, a market or a state ("भारत ने … के खिलाफ शानदार प्रदर्शन किया"). The entry counts only
with a protest cue in the sentence (`cues`) and no word of performance (`excludes`).

The sentences are written for the test in the manner of Hindi news, not copied from any corpus."""

from __future__ import annotations

import pytest

from hindi_events import article_events
from khabar.events.lexicon import hindi_triggers


def _protests(text: str) -> list[str]:
    _, evs = article_events(text, "2020-04-10")
    return [e.mode for e in evs if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "नाराज मजदूरों ने बकाया वेतन की मांग को लेकर मंगलवार को कलेक्ट्रेट पर प्रदर्शन किया ।",
        "पानी की किल्लत से परेशान ग्रामीणों ने मुख्य सड़क जाम कर प्रदर्शन किया ।",
        "विश्वविद्यालय के छात्र फीस वृद्धि के खिलाफ प्रदर्शन कर रहे थे ।",
        "आशा कार्यकर्ताओं ने मानदेय बढ़ाने की मांग को लेकर स्वास्थ्य केंद्र पर धरना प्रदर्शन किया ।",
        "किसानों ने बिजली कटौती के विरोध में नारेबाजी करते हुए तहसील पर प्रदर्शन किया ।",
    ],
)
def test_a_demonstration_with_a_protest_cue_is_a_protest(text: str) -> None:
    assert _protests(text) == ["demonstrate"]


@pytest.mark.parametrize(
    "text",
    [
        # sports: "के खिलाफ" names the opponent, the adjective or the match says performance
        "भारत ने ऑस्ट्रेलिया के खिलाफ शानदार प्रदर्शन किया ।",
        "युवा बल्लेबाज ने इंग्लैंड के खिलाफ मैच में प्रदर्शन किया ।",
        "टीम ने विरोधी टीम के खिलाफ दूसरे हाफ में प्रदर्शन किया ।",
        # film, economy, states' performance, an exam, a display
        "फिल्म ने बॉक्स ऑफिस पर पहले हफ्ते दमदार प्रदर्शन किया ।",
        "सेंसेक्स ने सोमवार को कमजोर प्रदर्शन किया ।",
        "कंपनी ने इस तिमाही में बेहतर प्रदर्शन किया ।",
        "राज्यों ने टीकाकरण में अच्छा प्रदर्शन किया है ।",
        "कई राज्य जांच के मामले में अच्छा प्रदर्शन कर रहे हैं ।",
        "छात्रों ने बोर्ड परीक्षा में मांग के अनुरूप प्रदर्शन किया ।",
        "कलाकारों ने मंच पर नृत्य का प्रदर्शन किया ।",
    ],
)
def test_a_performance_is_no_protest(text: str) -> None:
    assert _protests(text) == []


def test_excluded_phrases_are_token_sequences() -> None:
    [trig] = [t for t in hindi_triggers().triggers if t.forms == (("प्रदर्शन",),)]
    assert ("बॉक्स", "ऑफिस") in trig.excludes
    assert "खिलाफ" in trig.cues
