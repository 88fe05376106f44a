"""One act told twice in one sentence gives one event (issue 13): an order and the closure it
orders, verbs joined by "करते हुए" or a same-mode "कर", a headline run into its body. Two acts
of one sentence stay two. Sentences written like the COVID-era news, through the real stages."""

from __future__ import annotations

from khabar.events.retold import merge_one_act
from khabar.model import Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _coerce(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.mode, e.target) for e in analysed(text).events if e.type == "COERCE"]


def test_an_order_to_close_is_one_closure() -> None:
    art = analysed("जिलाधिकारी ने सभी कोचिंग संस्थानों को 30 अप्रैल तक बंद करने का आदेश दिया है ।")
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert (ev.mode, ev.target) == ("close", ["text:सभी कोचिंग संस्थानों"])
    assert art.text[ev.trigger_start : ev.trigger_end] == "बंद"  # the kept event's own offsets
    assert (ev.evidence_start, ev.evidence_end) == (0, len(art.text))


def test_two_orders_in_a_list_stay_two() -> None:
    got = _coerce("सरकार ने सोमवार से सभी बाजारों को बंद करने और रात में कर्फ्यू लगाने का आदेश दिया है ।")
    assert [m for m, _ in got] == ["close", "curfew"]


def test_two_closures_of_one_authority_stay_two() -> None:
    got = _coerce("प्रशासन ने स्कूल बंद कर दिए और मॉल भी बंद कर दिए हैं ।")
    assert got == [("close", ["text:स्कूल"]), ("close", ["text:मॉल"])]


def test_fined_and_seized_are_two_acts() -> None:
    got = _coerce("पुलिस ने 120 वाहनों का चालान कर 15 वाहनों को जब्त किया है ।")
    assert [m for m, _ in got] == ["fine", "seize"]


def test_arrested_and_sent_to_jail_is_one_arrest() -> None:
    assert _coerce("पुलिस ने आरोपी युवक को गिरफ्तार कर जेल भेज दिया है ।") == [
        ("arrest", ["text:आरोपी युवक"])
    ]


def test_an_appeal_while_saying_is_one_request() -> None:
    art = analysed("मुख्यमंत्री ने लोगों से अपील करते हुए कहा कि वे घरों में रहें ।")
    assert [e.mode for e in art.events if e.type == "REQUEST"] == ["appeal"]


def test_a_headline_run_into_its_body_gives_one_package() -> None:
    art = analysed(
        "एशियाई विकास बैंक ने 5 अरब डॉलर के सहायता पैकेज का ऐलान किया मनीला, एशियाई विकास बैंक ने"
        " महामारी से लड़ने के लिए 5 अरब डॉलर के सहायता पैकेज की घोषणा की है ।"
    )
    assert len([e for e in art.events if e.type == "AID"]) == 1


def test_a_new_clause_after_a_comma_is_a_second_act() -> None:
    got = _coerce(
        "एसपी ने बताया कि सभी यात्रियों को पृथक कर दिया गया है, 20 अन्य लोग भी अस्पताल में"
        " क्वारंटीन किए गए हैं ।"
    )
    assert [m for m, _ in got] == ["quarantine", "quarantine"]


def _ev(mode: str, start: int, trigger: str, target: list[str], date: str | None = None) -> Event:
    return Event(
        type="COERCE",
        mode=mode,
        trigger=trigger,
        trigger_start=start,
        trigger_end=start + len(trigger),
        evidence_start=0,
        evidence_end=60,
        source=["actor:x"],
        target=target,
        date=date,
    )


def test_the_kept_event_is_the_better_filled_and_the_choice_is_stable() -> None:
    text = "पुलिस ने युवक को गिरफ्तार कर लिया गिरफ्तार कर जेल भेजा ।"
    a = _ev("arrest", text.index("गिरफ्तार"), "गिरफ्तार", [])
    b = _ev("arrest", text.rindex("गिरफ्तार"), "गिरफ्तार", ["text:युवक"])
    assert merge_one_act([a, b], text) == [b]
    c = _ev("arrest", text.index("गिरफ्तार"), "गिरफ्तार", ["text:युवक"])
    assert merge_one_act([c, b], text) == [c]  # a tie keeps the earlier trigger


def test_different_dates_are_two_acts() -> None:
    text = "18 मई को दुकानें खोली जाएंगी और एक जून से कैफे खोली जाएंगी ।"
    a = _ev("ease", text.index("खोली"), "खोली", [], "2020-05-18")
    b = _ev("ease", text.rindex("खोली"), "खोली", [], "2020-06-01")
    assert merge_one_act([a, b], text) == [a, b]
    assert merge_one_act([a, _ev("ease", b.trigger_start, "खोली", [])], text) == [a]
