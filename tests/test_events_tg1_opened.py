"""Issue 13, round tg1 (empty targets with the party in the same sentence): the things a
"<things> खोलने की इजाजत/का निर्देश" lets open are its target
(:func:`khabar.events.opened_complements.opened_by_permission`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-27")


def _acts(text: str, trigger: str) -> tuple[list[Event], list[list[str]]]:
    art = analysed(text)
    evs = [e for e in art.events if e.trigger.startswith(trigger)]
    return evs, [target_names(art, e) for e in evs]


def test_shops_opened_round_the_clock() -> None:
    # AU-2020-MAR-27.txt (the tuning set Vj: the gold's target is the shops in Maharashtra)
    text = (
        "मुख्यमंत्री उद्धव ठाकरे ने भीड़ कम करने के लिए राज्य में आज से 24 घंटे दुकानें खोलने का"
        " निर्देश दिया है ।"
    )
    [ev], [names] = _acts(text, "निर्देश")
    assert (ev.type, ev.mode) == ("CONCEDE", "ease")
    assert names == ["shops in Maharashtra"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "दुकानें"


def test_restaurants_not_yet_allowed() -> None:
    # NT-2020-APR-25.txt: a permission withheld bans the restaurants' opening
    [ev], [names] = _acts("गृह मंत्रालय ने कहा कि अभी रेस्तरां खोलने की भी इजाजत नहीं है ।", "इजाजत")
    assert (ev.type, ev.mode) == ("COERCE", "ban")
    assert names == ["restaurants in India"]


def test_addressee_stays_the_target() -> None:
    # written: the traders are whom the permission is given to, the shops are theirs to open
    [ev], [names] = _acts("सरकार ने दुकानदारों को दुकानें खोलने की अनुमति दी ।", "अनुमति")
    assert names == ["traders"]


def test_object_pronoun_stays_the_addressee() -> None:
    # written: "उन्हें" is whom; the shops are not taken in its place
    [ev], _ = _acts("सरकार ने उन्हें दुकानें खोलने की इजाजत दी ।", "इजाजत")
    assert not ev.target


def test_other_infinitive_opens_nothing() -> None:
    # written: keeping shops closed is no easing; the rule reads only "खोलने"
    evs, _ = _acts("सरकार ने दुकानें बंद रखने का निर्देश दिया ।", "निर्देश")
    assert all(not (e.type == "CONCEDE" and e.target) for e in evs)


def test_place_becomes_where_they_open() -> None:
    # AU-2020-MAY-02.txt: the areas were the target; the shops and salons are what opens there
    text = "गृह मंत्रालय ने कहा कि इन इलाकों में नाई की दुकानें और सैलून भी खोलने की अनुमति होगी ।"
    art = analysed(text, "2020-05-02")
    [ev] = [e for e in art.events if e.trigger.startswith("अनुमति")]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "दुकानें और सैलून"  # the glossary has no barber
    assert "इलाकों" in " ".join(a.text for a in ev.arguments if a.role == "location")


def test_ban_keeps_its_place() -> None:
    # PK-2020-APR-27.txt: a withheld permission's place stays its target (not "shops in Delhi")
    text = "केजरीवाल ने कहा कि कोरोना हॉटस्पॉट इलाकों में दुकानें खोलने की इजाजत नहीं है ।"
    art = analysed(text, "2020-04-27")
    [ev] = [e for e in art.events if e.trigger.startswith("इजाजत")]
    assert (ev.type, ev.mode) == ("COERCE", "ban")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["कोरोना हॉटस्पॉट इलाकों"]
