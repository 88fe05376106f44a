"""The one document model every stage reads and enriches.

An :class:`Article` is created by a reader (``khabar.ingest``) with its original text and metadata,
then flows through the stages of ``khabar.pipeline``; each stage fills the fields it declares in
``assigns``. Every derived fact (block, sentence, mention, timex, event, quote) carries character
offsets into :attr:`Article.text`, the decoded and NFC-normalised original, so any fact can be cited
back to its exact evidence. Fields are plain data (no behaviour beyond small derived views) so an
article serialises to JSON for the store and for a Ray executor.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

# Labels of a text block (a physical line or paragraph of the original text).
BlockLabel = Literal["title", "subheading", "summary", "body", "byline", "boilerplate", "header"]
CONTENT_LABELS: frozenset[str] = frozenset({"title", "subheading", "summary", "body"})

# Outcome of an article after cleaning; anything but "ok" is stored and counted, never dropped.
ArticleStatus = Literal["ok", "no_text", "unsupported_language", "too_large"]


@dataclass(slots=True)
class Block:
    """A line or paragraph of the original text with its class.

    ``start``/``end`` delimit the kept part of the line in :attr:`Article.text` (a stripped crawl
    header or wire credit is outside it); ``line`` is the 1-based physical line where it starts.
    """

    start: int
    end: int
    label: str = "body"
    line: int = 0
    lang: str | None = None
    score: float | None = None  # classifier confidence, when a classifier set the label


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Article.blocks


@dataclass(slots=True)
class Token:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """A span that names (or describes) an entity.

    ``entity_id`` is a knowledge-base id (``kb:...``) or a document-local id (``doc:...``).
    ``kind``: name, adjectival, demonym, descriptive, role_only, group.
    ``reading``: literal or metonym (then ``metonym_for`` names the entity it stands for).
    """

    start: int
    end: int
    text: str
    type: str  # PERSON, COUNTRY, CITY, REGION, LOCATION, ORGANIZATION, GROUP, EVENT_NAME, DOCUMENT
    entity_id: str | None = None
    canonical: str | None = None
    kind: str = "name"
    reading: str = "literal"
    metonym_for: str | None = None
    inferred: bool = False
    role: str | None = None
    affiliation: str | None = None
    source: str = ""  # which recogniser found it: crf, kb, rule
    confidence: float = 1.0


@dataclass(slots=True)
class Timex:
    """A temporal expression, TIMEX3-style, resolved against ``reference`` (ISO date)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    reference: str | None = None
    reference_source: str | None = None  # published, dct, given, context
    head_start: int | None = None
    head_end: int | None = None
    sentence: int | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...
    alternatives: list[str] = field(default_factory=list)  # other readings when ambiguous
    rule: str = ""
    begin_point: str | None = None  # a range ("1 से 15 मई"): value of its first point
    end_point: str | None = None  # ... and of its last point


@dataclass(slots=True)
class Argument:
    role: str  # source, target, location, time, casualties, ...
    text: str
    start: int
    end: int
    entity_id: str | None = None
    en: str | None = None  # English name of an actor that is no entity (events.gloss), else None


@dataclass(slots=True)
class Event:
    """Who did what to whom, when and where, with modality and evidence."""

    type: str | None  # PLOVER type or a domain extension (e.g. disaster types)
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    evidence_start: int
    evidence_end: int
    source: list[str] = field(default_factory=list)  # entity ids
    target: list[str] = field(default_factory=list)
    date: str | None = None
    date_basis: str | None = None
    location: list[str] = field(default_factory=list)
    modality: str = "happened"
    negated: bool = False
    arguments: list[Argument] = field(default_factory=list)
    sentence: int | None = None
    confidence: float = 0.5
    id: str = ""
    codes: dict[str, str] = field(default_factory=dict)  # actor id -> actor code (IND-Delhi COP)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    kind: str  # direct, indirect, confirmation
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    sentence: int | None = None


@dataclass
class Article:
    """One news article, from raw input to analysed document.

    ``id`` is stable across runs: the id in the file name where one exists (seed files are
    ``NNN_<16 hex>.txt``), else a hash of the URL, else a hash of the content. ``content_hash``
    identifies this version of the text; ``raw_sha256`` the original bytes it was decoded from.
    ``provenance`` maps a metadata field name to where its value came from.
    """

    id: str
    text: str
    source_path: str = ""
    source_kind: str = ""  # seed, text, html, warc, jsonl, rss, stdin, dump
    record: str = ""  # locator within the source (line number, WARC offset, feed entry)
    raw_sha256: str = ""
    encoding: str = "utf-8"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, with offset when known
    dct: str | None = None  # document creation date (YYYY-MM-DD): the reference for dates
    language: str | None = None
    summary: str | None = None
    wire: str | None = None
    dateline: str | None = None
    topic_label: str | None = None
    raw_html: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown input fields, kept verbatim
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def content_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.label in CONTENT_LABELS]

    @property
    def body(self) -> str:
        """The cleaned article text: content blocks other than the title, one per paragraph.

        Before the clean stage has run (no blocks yet) the whole text counts as body.
        """
        if not self.blocks:
            return self.text.strip()
        return "\n\n".join(
            self.text[b.start : b.end] for b in self.blocks if b.label in CONTENT_LABELS - {"title"}
        )

    def set_meta(self, name: str, value: Any, source: str) -> None:
        """Set a metadata field and record where the value came from."""
        setattr(self, name, value)
        self.provenance[name] = source

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The article :meth:`to_dict` gave (unknown keys dropped, missing ones defaulted).

        Nested records whose keys are exactly their class's fields in order (everything
        :meth:`to_dict` writes) are built positionally: keyword construction was half of reading
        an article's JSON in ``khabar timeline`` (issue 16); any other record still goes by
        keyword, so an old or hand-written store reads as before."""
        data = dict(data)
        for name, kind in _NESTED.items():
            data[name] = [_build(kind, item) for item in data.get(name) or []]
        events = []
        for item in data.get("events") or []:
            item = dict(item)
            item["arguments"] = [_build(Argument, a) for a in item.get("arguments") or []]
            events.append(_build(Event, item))
        data["events"] = events
        return cls(**{k: v for k, v in data.items() if k in _ARTICLE_FIELDS})


# Record classes nested in an article's JSON, by field name (events apart: they nest arguments).
_NESTED: dict[str, type] = {"blocks": Block, "sentences": Sentence, "mentions": Mention,
                            "timexes": Timex, "quotes": Quote}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in dataclasses.fields(kind))
    for kind in (*_NESTED.values(), Event, Argument)
}
_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))


def _build(kind: type, item: dict[str, Any]) -> Any:
    """``kind(**item)``, positionally when ``item``'s keys are ``kind``'s fields in order (the
    same object: each value lands in the field of its name)."""
    if tuple(item) == _FIELD_NAMES[kind]:
        return kind(*item.values())
    return kind(**item)
