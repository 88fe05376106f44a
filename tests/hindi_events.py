"""One Hindi text through the stages events need, for the event tests that read what an
article's events say about its words (arguments with offsets, glosses)."""

from __future__ import annotations

from collections.abc import Callable

from khabar.config import Config
from khabar.events.clause import DocContext, SentenceView, near_sentences, sentences_of, view
from khabar.events.names import english_names
from khabar.model import Article, Event
from khabar.pipeline import run_local


def article_events(text: str, dct: str = "2020-04-02") -> tuple[Article, list[Event]]:
    """Run clean, lang, entities, time and events over ``text`` published on ``dct``; the
    article (its text is what offsets point into) and its events."""
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art, art.events


def before_events(text: str, dct: str) -> Article:
    """``text`` published on ``dct`` through clean, lang, entities and time: what the events stage
    reads, for tests that call its parts (the speed rounds' equivalence tests)."""
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time"]))
    return art


def sentence_views(art: Article) -> list[SentenceView]:
    """The events stage's view of each sentence of a prepared article, with one fresh document
    context (the speed rounds' equivalence tests compare their shortcuts on these)."""
    ctx = DocContext()
    sentences = sentences_of(art)
    near = near_sentences(art, sentences)
    return [
        view(art, i, s, ctx.actors, near[i] if near is not None else None)
        for i, s in enumerate(sentences)
    ]


def analyser(default_dct: str | None) -> Callable[..., Article]:
    """``analysed(text, dct=default_dct)``: the analysed article, for test files whose sentences
    are all written as published on one day."""

    def analysed(text: str, dct: str | None = default_dct) -> Article:
        art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
        [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
        return art

    return analysed


def target_names(art: Article, ev: Event) -> list[str]:
    """The event's targets as a user reads them: each one's English name, else its id."""
    en = english_names(art, ev)
    return [en.get(t, t) for t in ev.target]


def events_of(art: Article, kind: str, mode: str | None = None) -> list[Event]:
    """The article's events of one PLOVER type (and mode, when given), in order."""
    return [e for e in art.events if e.type == kind and (mode is None or e.mode == mode)]


def role_names(art: Article, ev: Event, role: str) -> list[str]:
    """The English names of one role's actors ("source" or "target"); "" where none."""
    names = english_names(art, ev)
    return [names.get(i, "") for i in getattr(ev, role)]


def one_event(evs: list[Event], trigger: str) -> Event:
    """The one event whose trigger starts with ``trigger`` (a second one fails the test)."""
    [ev] = [e for e in evs if e.trigger.startswith(trigger)]
    return ev
