"""Main text and metadata of an HTML page, through trafilatura and htmldate.

Readers of HTML, WARC and RSS call :func:`extract_html` and store ``text`` as ``Article.text``
(the raw page stays in ``Article.raw_html``); the clean stage then runs the same text-level pass
as on crawled plain text. trafilatura is the extractor because it was the strongest of the
open-source extractors on both boilerplate benchmarks we score (``khabar eval boilerplate``).
Its balanced default mode is used: with our text pass after it, ``favor_recall`` kept fewer
must-include snippets on boilerplate/trafilatura-eval (first 40 pages: 0.946 vs 0.982) and
scored the same on scrapinghub-aeb, since recall mode picks other (wider) containers.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import E, KhabarError

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

# trafilatura and htmldate log every unparseable fragment at WARNING; those are not our errors.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,| and | und | और )\s*")
_LANG_ATTR = re.compile(
    r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})|"
    r"<meta[^>]+(?:http-equiv|name|property)\s*=\s*[\"']?(?:content-language|og:locale)[\"']?"
    r"[^>]*?content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.IGNORECASE,
)


@dataclass(slots=True)
class HtmlExtract:
    """What a page yields: main text (one paragraph per line) and its metadata.

    ``published`` is an ISO date or date-time (with offset when the page gives one); ``language``
    is the page's own declaration (``<html lang>``/meta), a hint only, not a detection.
    """

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    description: str | None = None
    language: str | None = None


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    names = [n.strip() for n in _AUTHOR_SPLIT.split(value)]
    return [n for n in names if n and len(n) < 80]


def _declared_language(html: str) -> str | None:
    """The page's own language declaration, lower-cased ISO 639 code, from its first 20 kB."""
    match = _LANG_ATTR.search(html[:20000])
    if not match:
        return None
    return (match.group(1) or match.group(2)).lower()


def _page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """The fields we keep of trafilatura's ``extract_metadata``, computed as it computes them.

    ``extract_metadata`` also finds categories, tags, a licence and (through htmldate, with its
    extensive search) a date on every page: a third of the HTML path's time, for fields we drop
    or (the date) need only when our own date search finds none. This is its code path for title,
    author, URL and site name, in its order and with its default settings (no author blacklist),
    so those fields are the same; the date is left to :func:`_published`. None of these steps
    changes the tree (``extract_author`` prunes a copy), so the extraction after it sees the page
    as parsed.
    """
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    with contextlib.suppress(Exception):  # as extract_metadata does: its JSON-LD reader has bugs
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    metadata.clean_and_trim()
    return metadata


def _trafilatura_date(tree: HtmlElement, metadata: Document) -> str | None:
    """The date ``extract_metadata`` would give: htmldate, extensive, with trafilatura's settings."""
    from html import unescape

    from htmldate import find_date
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params
    from trafilatura.utils import line_processing

    params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    params["url"] = metadata.url
    found = find_date(tree, **params)
    # extract_metadata trims every string field (clean_and_trim) after the date is set.
    return line_processing(unescape(found)) if isinstance(found, str) else found


def _published(html: str, url: str | None, fallback: Callable[[], str | None]) -> str | None:
    """Date-time when htmldate finds one in the page's metadata, else trafilatura's date.

    ``fallback`` (trafilatura's extensive date search) runs only when this search finds nothing:
    on most pages the page's own metadata answers and the second, slower search is never made.
    htmldate parses ``html`` itself: its parser keeps the comments trafilatura's drops, and on
    trafilatura's tree instead the date changed on 2 of the 990 trafilatura-eval pages.
    """
    from htmldate import find_date

    try:
        stamp = find_date(
            html,
            url=url,
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
        )
    except (ValueError, TypeError):
        stamp = None
    if not stamp:
        return fallback()
    if stamp.endswith("T00:00:00"):
        # htmldate pads a bare date with midnight and no zone: that is no time of day.
        return stamp[:10]
    if re.search(r"[+-]\d{4}$", stamp):
        stamp = stamp[:-2] + ":" + stamp[-2:]
    return stamp


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract main text and metadata from one HTML page.

    The page is parsed once (trafilatura's parser); metadata and main text are read off that
    tree. The output is what ``trafilatura.bare_extraction(html, with_metadata=True)`` and a
    separate htmldate pass gave, field for field (tested on real pages), at less cost.

    Raises ``KhabarError(E008)`` when trafilatura finds no main text at all (an empty page, a
    frameset, a page that is only navigation): that page is a counted outcome, not an article.
    """
    import trafilatura
    from trafilatura.utils import load_html

    where = url or "<html>"
    if not html or not html.strip():
        raise KhabarError(E.E008, where=where)
    try:
        tree = load_html(html)
        if tree is None:
            raise KhabarError(E.E008, where=where)
        metadata = _page_metadata(tree, url)
        doc = trafilatura.bare_extraction(
            tree,
            url=url or metadata.url,  # the URL its extraction saw when it read the metadata too
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup trafilatura rejects
        raise KhabarError(E.E008, where=where, detail=str(exc)) from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise KhabarError(E.E008, where=where)
    lines = [ln.strip() for ln in text.splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    return HtmlExtract(
        text=text,
        title=metadata.title or None,
        authors=_split_authors(metadata.author),
        published=_published(html, url, lambda: _trafilatura_date(tree, metadata)),
        outlet=metadata.sitename or None,
        url=metadata.url or url,
        description=metadata.description or None,
        language=_declared_language(html),
    )
