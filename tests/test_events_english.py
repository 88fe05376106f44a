"""English coding: PLOVER type from the trigger and its frame, actors around it."""

from __future__ import annotations

from khabar.events.english import code_sentence, extract_english
from khabar.model import Article


def _code(text: str) -> tuple[str, list[str], list[str]] | None:
    coded = code_sentence(text, 0, len(text))
    if coded is None:
        return None
    return coded[0].type, [c.text for c in coded[3]], [c.text for c in coded[4]]


def test_subject_verb_object() -> None:
    assert _code("Argentina has apologized to Brazil for the incident.") == (
        "SUPPORT",
        ["Argentina"],
        ["Brazil"],
    )
    assert _code("Police arrested 20 protesters in Cairo.")[0] == "COERCE"


def test_frames_retype_the_verb() -> None:
    assert _code("Portugal will support Turkey's bid.")[0] == "AGREE"
    assert _code("Britain said Libya must release the prisoners.")[0] == "REQUEST"
    assert _code("Nigeria will withdraw its force unless the talks resume.")[0] == "THREATEN"


def test_names_are_not_triggers() -> None:
    coded = _code("Settlers in the West Bank set fire to the offices.")
    assert coded is not None and coded[0] == "COERCE"


def test_no_trigger_no_event() -> None:
    assert _code("The weather was fine.") is None
    assert extract_english(Article(id="e", text="", language="en")) == []


def test_english_article_events_use_mentions_and_dates() -> None:
    from khabar.model import Mention, Sentence, Timex

    text = "Russia and China signed a trade pact on Monday."
    art = Article(
        id="en1",
        text=text,
        language="en",
        sentences=[Sentence(0, len(text), 0)],
        mentions=[
            Mention(0, 6, "Russia", "COUNTRY", "kb:russia", "Russia"),
            Mention(11, 16, "China", "COUNTRY", "kb:china", "China"),
        ],
        timexes=[Timex(37, 46, "on Monday", "DATE", "2026-02-02")],
    )
    [ev] = extract_english(art)
    assert (ev.type, ev.source, ev.date) == ("SUPPORT", ["kb:russia", "kb:china"], "2026-02-02")
