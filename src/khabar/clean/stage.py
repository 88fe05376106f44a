"""The "clean" stage: blocks with labels, metadata with provenance, dumps split into articles.

For each article from a reader: interpret a crawl header, split a daily dump into child articles,
label every non-empty line (:mod:`khabar.clean.classify`), cut a trailing wire credit out of the
last paragraph's span, and read title, byline (author, time, outlet), summary, wire credit and
dateline. An article with no content line gets status ``no_text`` (counted, never dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article, Block
from ..pipeline import stage
from .bullets import bulleted_sentences
from .classify import classify_lines
from .dump import Piece, looks_like_dump, outlet_and_date_from_path, split_dump
from .lines import Line, page_stopwords, split_lines
from .lists import listed_items
from .meta import canonical_outlet, find_dateline, find_outlet, find_wire_suffix, parse_header
from .templates import LineKeys, OutletTemplates, counted_keys
from .wrapped import join_wrapped

# Readers whose text is one page by construction: never split as a dump.
_SINGLE_PAGE_KINDS = frozenset({"html", "warc", "jsonl", "rss", "tokenxml"})
# Readers whose text came out of trafilatura (main content already cut from the page).
_EXTRACTED_KINDS = frozenset({"html", "warc"})


def _template_key(article: Article) -> str | None:
    if article.outlet:
        return article.outlet
    if article.url:
        host = urlsplit(article.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def _set(article: Article, name: str, value: object, source: str) -> None:
    """Set a metadata field unless the reader already knew it (its provenance wins)."""
    if value in (None, "", []) or getattr(article, name) not in (None, "", []):
        return
    article.set_meta(name, value, source)


@dataclass
class Cut:
    """One (non-dump) article as the part of cleaning that depends on it alone leaves it: its
    header read, its lines measured and their template keys computed. Only the rest (counting
    the keys, labelling the lines, reading the metadata: :func:`finish`) depends on the articles
    before it, in the outlet templates; so under ``--jobs N`` a worker cuts and the caller
    finishes, in input order (see :mod:`khabar.executor`)."""

    article: Article
    head: list[Block]
    lines: list[Line]
    keyed: list[LineKeys | None]  # counted_keys of the lines' texts


def clean_one(article: Article, templates: OutletTemplates | None = None) -> Article:
    """Label the lines of one (non-dump) article and fill its metadata, in place."""
    return finish(cut_one(article, keyed=templates is not None), templates)


def cut_one(article: Article, *, keyed: bool = True) -> Cut:
    """The order-free part of :func:`clean_one` (``keyed``: compute the lines' template keys)."""
    text = article.text
    blocks: list[Block] = []
    content_start = 0
    header = parse_header(text, article.extra.get("header_end"))
    if header is not None:
        _set(article, "dct", header.date, "header")
        if header.topic_label:
            _set(article, "topic_label", header.topic_label, "header")
        if header.site_name:
            _set(article, "outlet", canonical_outlet(header.site_name) or header.site_name,
                 "header")
        if header.whole_line:
            blocks.append(Block(0, header.line_end, "boilerplate", 1))
            content_start = header.line_end
        else:
            content_start = header.end
    stopwords = page_stopwords(text)
    lines = join_wrapped(text, split_lines(text, content_start, stopwords=stopwords), stopwords)
    want = keyed and _template_key(article)
    return Cut(article, blocks, lines, counted_keys(ln.text for ln in lines) if want else [])


def finish(cut: Cut, templates: OutletTemplates | None = None) -> Article:
    """Count the cut article's lines in ``templates`` (the learner of this run, in input order),
    label them and fill the metadata: the rest of :func:`clean_one`."""
    article, blocks, lines = cut.article, cut.head, cut.lines
    key = _template_key(article)
    if templates is not None and key:
        texts = [ln.text for ln in lines]
        templates.observe_keyed(key, texts, cut.keyed or counted_keys(texts))
    labels, bylines = classify_lines(
        lines,
        is_template=templates.predicate(key) if templates is not None else None,
        title_hint=article.title,
        lenient=article.source_kind in _EXTRACTED_KINDS,
    )
    labels = listed_items(lines, labels)  # round en11: a list under a prose intro is body
    labels = bulleted_sentences(lines, labels)  # round cl1: a bulleted story's sentences are body
    blocks.extend(Block(ln.start, ln.end, lab, ln.number) for ln, lab in zip(lines, labels,
                                                                           strict=True))
    article.blocks = blocks
    _metadata(article, bylines)
    if not article.content_blocks():
        article.status = "no_text"
        article.warnings.append(KhabarError(E.E016, where=article.source_path or article.id)
                                .message)
    else:
        article.status = "ok"
    return article


def _metadata(article: Article, bylines: list) -> None:
    text = article.text
    blocks = article.blocks
    titles = [b for b in blocks if b.label == "title"]
    if titles:
        _set(article, "title", text[titles[0].start : titles[0].end], "text")
    summaries = [b for b in blocks if b.label == "summary"]
    if summaries:
        _set(article, "summary", text[summaries[0].start : summaries[0].end], "text")
    for by in bylines:
        _set(article, "published", by.published, "byline")
        _set(article, "authors", by.authors, "byline")
        _set(article, "outlet", by.outlet, "byline")
    body = [b for b in blocks if b.label == "body"]
    if body:
        last = body[-1]
        wire = find_wire_suffix(text, last.start, last.end)
        if wire is not None and wire.start > last.start:
            last.end = wire.start
            _set(article, "wire", wire.name, "credit")
            article.extra.setdefault("wire_as_written", wire.as_written)
        first = body[0]
        dateline = find_dateline(text, first.start, first.end)
        if dateline is not None:
            _set(article, "dateline", dateline.place, "dateline")
            if dateline.wire:
                _set(article, "wire", dateline.wire, "dateline")
    if not article.outlet:
        for b in blocks:
            if b.label in ("boilerplate", "byline"):
                outlet = find_outlet(text[b.start : b.end])
                if outlet:
                    article.set_meta("outlet", outlet, "footer")
                    break


def _children(parent: Article, pieces: list[Piece]) -> Iterator[Article]:
    outlet, date = outlet_and_date_from_path(parent.source_path)
    for n, piece in enumerate(pieces, start=1):
        child = Article(
            id=f"{parent.id}-{n:03d}",
            text=parent.text[piece.start : piece.end],
            source_path=parent.source_path,
            source_kind="dump",
            record=f"lines {piece.first_line}-{piece.last_line}",
            raw_sha256=parent.raw_sha256,
            encoding=parent.encoding,
            language=parent.language,
            extra={"parent": parent.id, "parent_offset": piece.start,
                   "parent_line": piece.first_line},
        )
        for name in ("outlet", "dct"):
            value = getattr(parent, name)
            if value:
                child.set_meta(name, value, parent.provenance.get(name, "parent"))
        _set(child, "outlet", outlet, "path")
        _set(child, "dct", date, "path")
        yield child


def split_if_dump(article: Article) -> list[Article]:
    """The article's child articles when its text is a daily dump, else ``[article]``."""
    if article.source_kind in _SINGLE_PAGE_KINDS:
        return [article]
    if parse_header(article.text) is None:
        pieces = split_dump(article.text)
        if looks_like_dump(pieces):
            return list(_children(article, pieces))
    # One article in a file whose path names its outlet and day (an archive folder that holds a
    # single story that day) gets them too, unless the reader or header knew better.
    outlet, date = outlet_and_date_from_path(article.source_path)
    _set(article, "outlet", outlet, "path")
    _set(article, "dct", date, "path")
    return [article]


def cut_record(article: Article) -> list[Cut]:
    """The order-free part of cleaning one article as read: its dump split, each piece cut."""
    return [cut_one(piece) for piece in split_if_dump(article)]


def clean_articles(
    articles: Iterable[Article], templates: OutletTemplates | None = None
) -> Iterator[Article]:
    """Clean a stream; ``templates`` (persisted by the caller) learns as articles pass."""
    learnt = templates if templates is not None else OutletTemplates()
    for article in articles:
        for piece in split_if_dump(article):
            yield clean_one(piece, learnt)


@stage(
    "clean",
    requires=("text",),
    assigns=("blocks", "title", "authors", "published", "outlet", "summary", "wire", "dateline",
             "topic_label", "status"),
)
def clean_stage(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    """Pipeline entry. Inside a run that installed its learner (:func:`templates_of_run`: an
    ingest, the Ray driver), per-outlet templates accumulate across the run's documents and
    batches and, through the store, across runs. Any other call (an evaluation, a test, a
    caller of ``run_local``) learns from its own stream only, so what this process cleaned
    before never changes what it cleans now: the seeds analysed a few times over in one process
    had become their own outlet's "template" and lost their text (a seeds test that failed or
    passed by the order of the tests before it)."""
    return clean_articles(articles, _PROCESS_TEMPLATES[0] if _PROCESS_TEMPLATES else None)


# The learner of the run in progress in this process, if any (see :func:`templates_of_run`).
_PROCESS_TEMPLATES: list[OutletTemplates] = []


def process_templates() -> OutletTemplates:
    """The learner of the run in progress (one is created and installed on first use)."""
    if not _PROCESS_TEMPLATES:
        _PROCESS_TEMPLATES.append(OutletTemplates())
    return _PROCESS_TEMPLATES[0]


@contextmanager
def templates_of_run(templates: OutletTemplates) -> Iterator[OutletTemplates]:
    """Make ``templates`` (e.g. loaded from the store) this process's learner for the run
    inside the block; the learner before it (usually none) is back afterwards."""
    before = list(_PROCESS_TEMPLATES)
    _PROCESS_TEMPLATES[:] = [templates]
    try:
        yield templates
    finally:
        _PROCESS_TEMPLATES[:] = before


def read_clean(paths: Iterable[str | Path], config: Config) -> list[Article]:
    """Articles of input files exactly as ingest reads and cleans them (dumps split, unreadable
    files skipped), without a store: for evaluations and benchmarks over raw corpora."""
    from ..ingest.readers import Failure, read_paths

    read = [item for item in read_paths(paths, config) if not isinstance(item, Failure)]
    return list(clean_articles(read, OutletTemplates()))
