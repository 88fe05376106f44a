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

import logging
import re
from dataclasses import dataclass, field

from ..errors import E, KhabarError

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


def _published(html: str, url: str | None, fallback: str | None) -> str | None:
    """Date-time when htmldate finds one in the page's metadata, else trafilatura's date."""
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
        return fallback
    if stamp.endswith("T00:00:00"):
        # htmldate pads a bare date with midnight and no zone: that is no time of day.
        return stamp[:10]
    if re.search(r"[+-]\d{4}$", stamp):
        stamp = stamp[:-2] + ":" + stamp[-2:]
    return stamp


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract main text and metadata from one HTML page.

    Raises ``KhabarError(E008)`` when trafilatura finds no main text at all (an empty page, a
    frameset, a page that is only navigation): that page is a counted outcome, not an article.
    """
    import trafilatura

    where = url or "<html>"
    if not html or not html.strip():
        raise KhabarError(E.E008, where=where)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
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
        title=getattr(doc, "title", None) or None,
        authors=_split_authors(getattr(doc, "author", None)),
        published=_published(html, url, getattr(doc, "date", None)),
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or url,
        description=getattr(doc, "description", None) or None,
        language=getattr(doc, "language", None) or _declared_language(html),
    )
