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


# Our own wire copy of the seeds' story (not from any outlet), in the style of English agency text.
SEED_STORY_WIRE = """Xi speaks with Trump hours after video call with Putin

BEIJING, Feb 4 (Wire) - Chinese President Xi Jinping held a video call with Russian President \
Vladimir Putin on Wednesday, hours before speaking by phone with U.S. President Donald Trump.

Putin and Xi discussed growing economic cooperation between Moscow and Beijing and their \
relations with the United States, the Kremlin said.

Putin will also attend the APEC summit in Shenzhen in November, Kremlin aide Yuri Ushakov told \
reporters.

Trump is expected to visit China in April, officials said.

Putin offered to contribute $1 billion from frozen Russian assets to rebuild Gaza.
"""


def test_seed_story_as_english_wire_copy_merges_with_the_hindi_reports() -> None:
    from pathlib import Path

    from khabar.config import Config
    from khabar.eval.events import seed_articles
    from khabar.events.merge import merge_events
    from khabar.model import Article
    from khabar.pipeline import run_local

    from .conftest import SEED_000

    wire = Article(id="wire", text=SEED_STORY_WIRE, language="en", dct="2026-02-04")
    [wire] = list(run_local([wire], Config()))
    got = {(e.type, e.mode, tuple(e.source), e.date, e.modality) for e in wire.events}
    xi, putin, trump = "kb:person/xi-jinping", "kb:person/vladimir-putin", "kb:person/donald-trump"
    assert ("CONSULT", "video_call", (xi, putin), "2026-02-04", "happened") in got
    assert ("CONSULT", "phone", (xi, trump), "2026-02-04", "happened") in got
    assert ("AGREE", "summit", (putin,), "2026-11", "planned") in got
    assert ("AGREE", "visit", (trump,), "2026-04", "expected") in got
    assert ("AGREE", "offer_aid", (putin,), None, "proposed") in got
    assert not [e for e in wire.events if e.trigger_start < SEED_STORY_WIRE.index("BEIJING")]
    articles = list(run_local(seed_articles(Path(SEED_000).parent), Config())) + [wire]
    merged = {(e.type, e.mode): e for e in merge_events(articles) if "wire" in e.articles}
    for key in [
        ("CONSULT", "video_call"),
        ("CONSULT", "phone"),
        ("AGREE", "summit"),
        ("CONSULT", "visit"),  # the wire's AGREE joins the Hindi CONSULTs (round ev202)
        ("AGREE", "offer_aid"),
    ]:
        assert len(merged[key].articles) >= 2, key  # the wire report joined a Hindi report
