"""Issue 13, round ev142: event SOURCES, kinds from the census of wrong sources on the unseen
tuning sets (tools/actor_errors.py --gold), each in its general form:

- a place written as where people live ("… हैदराबाद और कुर्ला के रहने वाले हैं", "गाजियाबाद
  निवासी …", "… के मूल निवासी") is their home, not the town whose police a later bare "पुलिस ने"
  are, nor the place of a measure taken on them; a list of such places is read past its bracketed
  English glosses ("दिल्ली (Delhi)") and past the counts before its items ("तीन दिल्ली, एक गुजरात
  और एक मुंबई के रहने वाले");
- "पुलिस प्रशासन ने …" is the police of the place, not its district administration.

Sentences are written like the news of corpus/hindi-covid-2020, with negatives beside them."""

from __future__ import annotations

from khabar.events.clause import tokenize
from khabar.events.places import origin_places

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-30")

_RANCHI = "रांची : झारखंड की राजधानी रांची की एक मस्जिद से पुलिस ने 24 मौलवियों को हिरासत में लिया है. "


def test_the_towns_people_live_in_are_not_the_town_of_a_bare_police() -> None:
    art = analysed(
        _RANCHI + "ये लोग मलयेशिया (Malayasia), पोलैंड (Poland), दिल्ली (Delhi), हैदराबाद "
        "(Haiderabad) और कुर्ला (Kurla) के रहने वाले हैं. सभी को सोमवार को तड़के पुलिस ने हिरासत में "
        "लिया और क्वारेंटाइन सेंटर पहुंचा दिया."
    )
    later = [
        e
        for e in _events(art, "COERCE", "arrest")
        if "सोमवार" in art.text[e.evidence_start : e.evidence_end]
    ]
    assert [_names(art, e, "source") for e in later] == [["Ranchi Police"]]


def test_counted_items_of_a_list_of_homes_are_homes_too() -> None:
    art = analysed(
        _RANCHI + "पकड़े गये लोगों में तीन दिल्ली, एक गुजरात और एक मुंबई के रहने वाले हैं. इसी "
        "सूचना के बाद पुलिस मौके पर पहुंची और सभी को आइसोलेशन वार्ड में भेजा."
    )
    [ev] = [e for e in art.events if e.trigger.startswith("आइसोलेशन")]
    assert _names(art, ev, "source") == ["Ranchi Police"]


def test_the_town_people_live_in_does_not_issue_a_measure_taken_here() -> None:
    art = analysed(
        "रायबरेली में 33 लोगों की रिपोर्ट कोरोना पॉजिटिव आई है । इनमें 15 लोग सहारनपुर के रहने वाले "
        "हैं । दो केस स्थानीय हैं, जिन्हें इन लोगों के साथ क्वारंटाइन सेंटर में रखा गया था ।",
        dct="2020-04-22",
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _names(art, ev, "source") == ["Raebareli district administration"]


def test_a_place_of_a_measure_or_a_story_is_no_home() -> None:
    # a town named as where people are, not as their home, stays the town of the police
    art = analysed(
        "कोरोना के बढ़ते मामलों के बीच हैदराबाद में भी सख्ती बढ़ा दी गई है. पुलिस ने 24 लोगों को "
        "हिरासत में लिया है.",
    )
    [ev] = _events(art, "COERCE", "arrest")
    assert _names(art, ev, "source") == ["Hyderabad Police"]


def test_the_home_words_mark_origin_places() -> None:
    for text, home in [
        ("गाजियाबाद निवासी एक युवक को पुलिस ने अस्पताल में भर्ती कराया ।", True),
        ("इनमें 15 लोग सहारनपुर के रहने वाले हैं ।", True),
        ("वह बिहार के मूल निवासी हैं ।", True),
        ("मुख्यमंत्री ने दिल्ली के निवासियों से घरों में रहने की अपील की ।", False),
        ("सहारनपुर के रहने के लिए कोई जगह नहीं बची ।", False),
    ]:
        art = analysed(text)
        places = [m for m in art.mentions if m.type in {"CITY", "REGION"}]
        assert places, text
        tokens = tokenize(art.text, 0, len(art.text))
        assert bool(origin_places(tokens, art.mentions)) is home, text


def test_police_administration_is_the_police() -> None:
    art = analysed(
        "गाजीपुर : दिल्ली से जनपद आए 11 जमातियों की जांच कराई गई । इस पर शासन के निर्देश पर पुलिस "
        "प्रशासन ने इनके खिलाफ मुकदमा दर्ज कर लिया ।",
        dct="2020-05-04",
    )
    [ev] = _events(art, "COERCE", "charge")
    assert _names(art, ev, "source") == ["Ghazipur Police"]  # Uttar Pradesh's (lead, session 18)
    # the administration alone stays the district's
    art = analysed(
        "गाजीपुर : दिल्ली से जनपद आए 11 जमातियों की जांच कराई गई । इस पर प्रशासन ने इनके खिलाफ "
        "मुकदमा दर्ज कर लिया ।",
        dct="2020-05-04",
    )
    [ev] = _events(art, "COERCE", "charge")
    assert _names(art, ev, "source") == ["Ghazipur district administration"]
