"""The stages of khabar, in order, and the executor that runs them.

A stage is a named component over the one :class:`~khabar.model.Article` model, written as
``Iterable[Article] -> Iterable[Article]`` and declaring which article fields it ``requires`` and
which it ``assigns`` (as spaCy's components do). No stage knows how it is run: the local executor
below chains the generators in one process; a Ray executor can map the same callables over
batches. Stages load their models and lexicons lazily, once per process, through module-level
caches, never per document and never in closures.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .config import Config
from .model import Article

StageFn = Callable[[Iterable[Article], Config], Iterator[Article]]


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, articles: Iterable[Article], config: Config) -> Iterator[Article]:
        return self.func(articles, config)


_REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[StageFn], StageFn]:
    """Register a stage function under ``name``."""

    def register(func: StageFn) -> StageFn:
        _REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns))
        return func

    return register


# Stage names in pipeline order, with the module that registers each. A stage whose module is
# absent is an error, not a silent skip.
DEFAULT_STAGES: tuple[tuple[str, str], ...] = (
    ("clean", "khabar.clean.stage"),
    ("lang", "khabar.lang.stage"),
    ("entities", "khabar.entities.stage"),
    ("time", "khabar.time.stage"),
    ("events", "khabar.events.stage"),
)


def available_stages() -> list[str]:
    """Names of the default stages whose modules are installed, in order.

    Found, not imported: a stage's module (and its models' libraries) is imported when the stage
    is first run (:func:`get_stage`). Importing them all here was most of the serial start of
    ``ingest --jobs N`` (round sc42: 0.3-0.9 s before the first worker forks, with or without
    bytecode caches), and a process that never runs a stage (a worker that only cuts records)
    has no use for them."""
    names = []
    for name, module in DEFAULT_STAGES:
        if module in sys.modules or importlib.util.find_spec(module) is not None:
            names.append(name)
    return names


def get_stage(name: str) -> Stage:
    if name not in _REGISTRY:
        for stage_name, module in DEFAULT_STAGES:
            if stage_name == name:
                importlib.import_module(module)
    return _REGISTRY[name]


def check_order(stages: Sequence[Stage], given: Sequence[str] = ()) -> None:
    """Fail early when a stage requires a field no earlier stage assigns (readers assign the
    input fields; ``given`` names fields the articles already carry, e.g. cleaned ones)."""
    assigned = {"text", "id", "dct", "published", "source_kind", "outlet", "title", *given}
    for st in stages:
        missing = [r for r in st.requires if r not in assigned]
        if missing:
            raise ValueError(f"stage {st.name!r} requires {missing} which no earlier stage assigns")
        assigned.update(st.assigns)


def run_local(
    articles: Iterable[Article], config: Config, names: Sequence[str] | None = None,
    given: Sequence[str] = (),
) -> Iterator[Article]:
    """Run the named stages (default: all available) over ``articles`` in this process."""
    stages = [get_stage(n) for n in (names if names is not None else available_stages())]
    check_order(stages, given)
    stream: Iterable[Article] = articles
    for st in stages:
        stream = st(stream, config)
    yield from stream
