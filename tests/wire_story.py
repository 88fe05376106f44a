"""The seeds' story as English wire copy must give (issue 13's done-when): the Xi-Putin video call
and the Xi-Trump phone call (2026-02-04, happened), Putin's APEC attendance (2026-11, planned) and
Trump's April visit (2026-04, planned or expected). Shared by the wire tests of rounds en5-en8."""

from __future__ import annotations

from pathlib import Path

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local

XI, PUTIN, TRUMP = "kb:person/xi-jinping", "kb:person/vladimir-putin", "kb:person/donald-trump"
WANT = {
    "video_call": ("CONSULT", {XI, PUTIN}, "2026-02-04", {"happened"}),
    "phone": ("CONSULT", {XI, TRUMP}, "2026-02-04", {"happened"}),
    "summit": ("AGREE", {PUTIN}, "2026-11", {"planned"}),
    "visit": ("AGREE", {TRUMP}, "2026-04", {"planned", "expected"}),
}
ALL = set(WANT)


def found(events: list[Event]) -> set[str]:
    """The story's events (by mode) among ``events``, each with its type, sources, date and
    modality right."""
    out = set()
    for e in events:
        for mode, (type_, who, date, modality) in WANT.items():
            if (e.type, e.mode, set(e.source), e.date) == (type_, mode, who, date) and (
                e.modality in modality
            ):
                out.add(mode)
    return out


def seed_story_articles() -> list[Article]:
    """The two Hindi seed reports through the whole pipeline."""
    from khabar.eval.events import seed_articles

    from .conftest import SEED_000

    return list(run_local(seed_articles(Path(SEED_000).parent), Config()))


# Other leaders for the rules' general forms (no rule may name the story's leaders).
MODI, KISHIDA = "kb:person/narendra-modi", "kb:person/fumio-kishida"
MACRON, SCHOLZ = "kb:person/emmanuel-macron", "kb:person/olaf-scholz"

EventKey = tuple[str | None, str | None, tuple[str, ...], str | None, str]


def english_events(text: str, dct: str = "2026-03-02") -> set[EventKey]:
    """(type, mode, sources, date, modality) of each event of an English text run through the
    pipeline: what the blind rounds' tests (en10-en12) assert their general forms on."""
    [art] = list(run_local([Article(id="t", text=text, language="en", dct=dct)], Config()))
    return {(e.type, e.mode, tuple(e.source), e.date, e.modality) for e in art.events}


def found_and_merged(name: str, text: str, seeds: list[Article],
                     dct: str = "2026-02-04") -> tuple[set[str], set[str]]:
    """The story's events an English report ``text`` gives (:func:`found`, over every article the
    report is cut into, e.g. a live blog's entries), and the story's modes of those that merge
    with a Hindi seed report's event (``seeds``: :func:`seed_story_articles`)."""
    from khabar.events.merge import merge_events

    wire = list(run_local([Article(id=name, text=text, language="en", dct=dct)], Config()))
    ids = {a.id for a in wire}
    merged = {m.mode for m in merge_events([*seeds, *wire])
              if ids & set(m.articles) and set(m.articles) - ids}
    return set().union(*(found(a.events) for a in wire)), merged & ALL


def found_through_txt(folder: Path, name: str, text: str,
                      dct: str = "2026-02-04") -> tuple[str | None, set[str]]:
    """A report saved as a .txt and read as ``khabar ingest`` reads it (its language and the
    story's events it gives): the reader's path, not only ``run_local`` on a given text; ``dct``
    is the header's date (round en19's Saturday round-up is dated 2026-02-07)."""
    from khabar.ingest.readers import iter_sources, read_source

    path = folder / f"{name}.txt"
    path.write_text(f" date {dct} " + text, encoding="utf-8")
    [source] = list(iter_sources([path]))
    [art] = list(run_local(list(read_source(source, Config())), Config()))
    return art.language, found(art.events)
