"""Main text and metadata of an HTML page, through trafilatura and htmldate.

Readers of HTML, WARC and RSS call :func:`extract_html` and store ``text`` as ``Article.text``
(the raw page stays in ``Article.raw_html``); the clean stage then runs the same text-level pass
as on crawled plain text. trafilatura is the extractor because it was the strongest of the
open-source extractors on both boilerplate benchmarks we score (``khabar eval boilerplate``).
Its balanced default mode is used: with our text pass after it, ``favor_recall`` kept fewer
must-include snippets on boilerplate/trafilatura-eval (first 40 pages: 0.946 vs 0.982) and
scored the same on scrapinghub-aeb, since recall mode picks other (wider) containers.

Its other options, each scored with our text pass on all 990 trafilatura-eval pages (snippet F1)
and 181 scrapinghub-aeb pages (AEB F1), 2026-12-04, ``benchmarks/html_choices.py``: the
defaults as called before (fallbacks on, tables, no comments, no deduplication) 0.920 / 0.958;
``fast`` (no readability/jusText comparison) 0.915 / 0.961 at a third less extraction time;
``favor_precision`` 0.916 / 0.962, slower; without tables 0.916 / 0.955; fast without tables
0.909 / 0.957; fast with precision 0.903 / 0.943. Comments stay off (reader comments are not
the article) and deduplication off (it drops a page whose text was seen before, which is the
near-duplicate stage's decision, with evidence). Fast mode alone lost 0.005 of snippet F1, all
of it on pages where it found little text; so :func:`_extract_text` runs fast mode and falls
back to the full mode on those pages only.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import E, KhabarError

if TYPE_CHECKING:
    from lxml.etree import XPath
    from lxml.html import HtmlElement, HTMLParser
    from trafilatura.settings import Document

# trafilatura and htmldate log every unparseable fragment at WARNING; those are not our errors.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)

# htmldate's output format: a date-time with its offset when the page gives one.
_STAMP = "%Y-%m-%dT%H:%M:%S%z"
# Fast-mode texts shorter than this are extracted again with trafilatura's fallbacks. Tuned on
# the even-numbered pages (sorted ids) of trafilatura-eval and scrapinghub-aeb, 2026-12-04: the
# smallest length whose snippet F1 there stays within 0.005 of the full mode's (250: -0.0057,
# 500: -0.0031); reported on the odd-numbered pages (README, Benchmarks).
FULL_MODE_BELOW = 500
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


@lru_cache(maxsize=1)
def _parser() -> HTMLParser:
    """trafilatura's HTML parser settings, with element classes chosen in C.

    lxml.html's parser asks a Python method for the class of every element it hands out (a
    form, an input, a label get their own); the extraction touches each element many times, and
    those calls were 6% of the HTML path. trafilatura uses only what every ``HtmlElement`` has,
    so one class for all gives the same text and metadata (all 990 trafilatura-eval and 181
    scrapinghub-aeb pages compared, with and without URL).
    """
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
    from lxml.html import HTMLParser as Parser

    parser = Parser(collect_ids=False, default_doctype=False, encoding="utf-8",
                    remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def _load_tree(html: str) -> HtmlElement | None:
    """trafilatura's ``load_html`` for a decoded page (its repairs, fallbacks and rejection of
    what is not HTML), on :func:`_parser`."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree: HtmlElement | None = None
    as_bytes = False
    try:
        tree = fromstring(html, parser=_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        as_bytes = True
    except Exception:  # noqa: BLE001 - as trafilatura: lxml raises its own errors on bad markup
        tree = None
    if as_bytes or tree is None or len(tree) < 1:
        try:
            tree = fromstring(html.encode("utf8", "surrogatepass"), parser=_parser())
        except Exception:  # noqa: BLE001 - as above
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


# trafilatura 2.3's AUTHOR_XPATHS as Python tests of one element (each ``re:test`` written as
# the substrings its literal alternatives stand for) and its AUTHOR_DISCARD_XPATHS as one XPath
# predicate. Pinned to trafilatura's source text by tests/test_clean_html_fastpath.py: an
# upgrade that changes its XPaths fails a test instead of changing authors silently.
_TAGS1 = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_CLASS1 = ("authorname", "author-name", "AuthorName", "authorName")
_TAGS2 = frozenset(("a", "div", "h3", "h4", "p", "span"))
_ID2 = ("author", "zuozhe", "bianji", "xiaobian")
_CLASS2 = ("author", "channel-name", "zuozhe", "bianji", "xiaobian", "submitted-by", "posted-by",
           "journalist-name")
_CLASS3 = ("Author", "author", "screenname", "writer", "Byline", "byline")
# Every class or id word tested above contains one of these.
_HINT = re.compile("uthor|yl|BBL|username|screenname|writer|channel-name|zuozhe|bianji|xiaobian|"
                   "submitted-by|posted-by|journalist-name")
_NO_AUTHOR = (False, False, False)
# Elements that can pass any of the three tests: one walk of the page, in C. Under the root only:
# a page can parse into two sibling <html> roots, and trafilatura searches a copy of the first.
_MAY_BE_AUTHOR = ("descendant-or-self::*[@class or @id or @rel or @itemprop or @data-testid or "
                  "@data-component or rel or self::author]")


def _any(test: str, attr: str, words: tuple[str, ...]) -> str:
    return " or ".join(f"{test}(@{attr}, '{w}')" for w in words)


_PRUNED_TEST = (
    "((self::a or self::div or self::section or self::span) and (@id='comments' or "
    "@class='comments' or @class='title' or @class='date' or "
    + _any("starts-with", "id", ("comments",)) + " or "
    + _any("contains", "id", ("commentlist", "comment-list", "ProductReviews")) + " or "
    + _any("starts-with", "class", ("Comments", "comments")) + " or "
    + _any("contains", "class", ("commentlist", "comments-list", "sidebar", "is-hidden", "quote",
                                 "embedly-instagram", "article-share", "article-support", "print",
                                 "category", "meta-date", "meta-reviewer"))
    + " or contains(@data-component, 'Figure')) or self::time or self::figure) and parent::*"
)


def _author_tests(elem: HtmlElement, rel_me: set[HtmlElement]) -> tuple[bool, bool, bool]:
    """Whether ``elem`` is a result of each of trafilatura's three author XPaths; ``rel_me``:
    the elements with a ``<rel>`` child reading "me" (its ``rel='me'``)."""
    tag, get = elem.tag, elem.get
    cls, ident, prop = get("class") or "", get("id") or "", get("itemprop") or ""
    if not (_HINT.search(cls) or _HINT.search(ident) or prop or tag == "author" or get("rel")
            or get("data-testid") or get("data-component") or elem in rel_me):
        return _NO_AUTHOR  # most elements: a class or id with none of the words tested
    first = tag == "author" or tag in _TAGS1 and (
        get("rel") == "author" or ident == "author" or cls == "author"
        or prop == "author name" or get("data-testid") in ("AuthorCard", "AuthorURL")
        or any(w in cls for w in _CLASS1) or elem in rel_me)
    second = tag in _TAGS2 and (
        cls in ("byline", "username", "byl", "BBL") or "author" in prop
        or any(w in ident for w in _ID2) or any(w in cls for w in _CLASS2))
    third = ("Byline" in (get("data-component") or "") or "author" in prop
             or "Author" in ident or "author" in ident or any(w in cls for w in _CLASS3))
    return first, second, third


@lru_cache(maxsize=1)
def _author_xpaths() -> tuple[XPath, XPath, XPath, XPath]:
    """Compiled once: elements that may be authors, those with a ``<rel>me</rel>`` child, and
    whether an element lies in, or holds, a section trafilatura prunes before its search."""
    from lxml.etree import XPath

    return (XPath(_MAY_BE_AUTHOR), XPath("descendant::rel[. = 'me']/parent::*"),
            XPath(f"ancestor-or-self::*[{_PRUNED_TEST}]"),
            XPath(f"descendant::*[{_PRUNED_TEST}]"))


def _byline_author(tree: HtmlElement) -> str | None:
    """trafilatura's ``extract_author``, without its copy of the whole page or its three walks.

    It deep-copies the tree, prunes comment sections, dates, figures and the like, then tries
    three XPaths in turn, each over the whole page, and takes the first element with 3-119
    characters of text. Its XPaths test attributes only, so pruning can remove candidates but
    never add one. Here one walk finds every candidate; they are tried in trafilatura's order
    (expression, then document order); one inside a pruned section is skipped, and one with a
    pruned section inside it (whose text would change) sends the page down trafilatura's own
    path. The answer is the same on every page (tested on real pages).
    """
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_author
    from trafilatura.utils import trim

    may_be, with_rel_me, in_pruned, holds_pruned = _author_xpaths()
    rel_me = set(with_rel_me(tree))
    tested = [(elem, _author_tests(elem, rel_me)) for elem in may_be(tree)]
    for which in range(3):
        for elem, passes in tested:
            if not passes[which] or in_pruned(elem):
                continue
            if holds_pruned(elem):
                return extract_author(tree)
            content = trim(" ".join(elem.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


def _declared_date(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's first, cheap steps on our tree: a date in the URL, the meta tags, JSON-LD,
    ``<abbr>`` elements; None when none of them has one.

    These are the steps ``find_date`` takes before it copies and cleans the page for its text
    searches, with our options; they read only elements and attributes, so trafilatura's
    tree (comments dropped) answers as htmldate's own parse of the page does: on 1,351 of
    1,352 extractions of the boilerplate sets the same date; on one, htmldate's parse found
    none of these and a later step gave the same instant in the page's zone (-03:00) where
    the JSON-LD here gives it in UTC. The extraction works on a copy, so the order is free.
    """
    from htmldate.core import examine_abbr_elements, examine_header
    from htmldate.extractors import extract_url_date, json_search
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date

    options = Extractor(False, get_max_date(None), get_min_date(None), True, _STAMP)
    if url is None:
        link = tree.find('.//link[@rel="canonical"]')
        url = link.get("href") if link is not None else None
    try:
        return (extract_url_date(url, options) or examine_header(tree, options)
                or json_search(tree, options) or examine_abbr_elements(tree, options))
    except (ValueError, TypeError):  # htmldate's own search then fails alike: no date
        return None


def _page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """The fields we keep of trafilatura's ``extract_metadata``, computed as it computes them.

    ``extract_metadata`` also finds categories, tags, a licence and (through htmldate, with its
    extensive search) a date on every page: a third of the HTML path's time, for fields we drop
    or (the date) find otherwise (:func:`_published`). This is its code path for title,
    author, URL and site name, in its order and with its default settings (no author blacklist),
    so those fields are the same (the author through :func:`_byline_author`); the date is left
    to :func:`_published`. None of these steps changes the tree, so the extraction after it sees
    the page as parsed.
    """
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
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
        metadata.author = _byline_author(tree)
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


def _published(tree: HtmlElement, declared: str | None, url: str | None) -> str | None:
    """Date-time from the page's own declarations, else from htmldate's quick search; None when
    neither finds one.

    ``declared`` is :func:`_declared_date`: on most pages the URL, a meta tag or JSON-LD answers
    and htmldate is never run. When they do not, htmldate's quick search (dated elements,
    ``<time>``, title and headings, timestamp patterns) runs on our tree (it copies it first).
    htmldate's extensive search (every date-like string of the page), which trafilatura's
    metadata used to fall back on, is not run: on the 851 trafilatura-eval pages with date gold
    it found a date on 112 more pages, 28 right and 84 wrong (52 of them on pages the gold says
    carry no date), so leaving it out raised the share of given dates that are right from 0.742
    to 0.795 (recall on dated pages 0.864 -> 0.826; measured 2026-12-04 by
    ``benchmarks/html_choices.py --dates``), and it was a tenth of the HTML path's
    time. A page with no date here keeps the one the clean stage reads off a byline, if any.
    """
    from htmldate import find_date

    stamp = declared
    if not stamp:
        try:
            stamp = find_date(tree, url=url, original_date=True, extensive_search=False,
                              outputformat=_STAMP)
        except (ValueError, TypeError):
            stamp = None
    if not stamp:
        return None
    if stamp.endswith("T00:00:00"):
        # htmldate pads a bare date with midnight and no zone: that is no time of day.
        return stamp[:10]
    if re.search(r"[+-]\d{4}$", stamp):
        stamp = stamp[:-2] + ":" + stamp[-2:]
    return stamp


def _extract_text(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's main text of ``tree``: its fast mode, then its full mode when that is short.

    Fast mode skips the comparison with readability and jusText, a quarter of the extraction's
    time. Those fallbacks change the text mostly where trafilatura's own extractor found little;
    on a long extraction readability must find twice as much to be preferred. So fast mode's
    text is kept when it has :data:`FULL_MODE_BELOW` characters or more, and the page is
    extracted again with the fallbacks when it has fewer (about one page in twenty-five).
    ``bare_extraction`` copies a tree it is given, so both runs see the page as parsed.
    """
    import trafilatura

    text = ""
    for fast in (True, False):
        doc = trafilatura.bare_extraction(tree, url=url, fast=fast, include_comments=False,
                                          include_tables=True, deduplicate=False)
        text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
        if len(text) >= FULL_MODE_BELOW:
            break
    return text


_LINK_SEPARATORS = re.compile(r"\s*[|•·»]\s*")


def _only_link_text(tree: HtmlElement, text: str) -> bool:
    """Whether every line of ``text`` is the text of links on the page (a menu, a list of
    sections): what trafilatura's fallbacks return for a page that is only navigation.

    A line may join several links with a separator ("Home | News"). An article line holds
    words outside links, so one such line is enough to keep the page.
    """
    anchors = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    anchors.discard("")
    if not anchors:
        return False
    return all(part in anchors
               for line in text.splitlines()
               for part in _LINK_SEPARATORS.split(" ".join(line.split())) if part)


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract main text and metadata from one HTML page.

    The page is parsed once (trafilatura's parser settings, :func:`_load_tree`); metadata, the
    declared date and main text are read off that tree. Title, authors, outlet, URL and
    description are what ``trafilatura.bare_extraction(html, with_metadata=True)`` gives (tested
    on real pages); the text is its fast mode's unless that is short (:func:`_extract_text`);
    the date is the page's declared one or htmldate's quick search's (:func:`_published`).

    Raises ``KhabarError(E008)`` when trafilatura finds no main text at all (an empty page, a
    frameset, a page that is only navigation): that page is a counted outcome, not an article.
    """
    where = url or "<html>"
    if not html or not html.strip():
        raise KhabarError(E.E008, where=where)
    try:
        tree = _load_tree(html)
        if tree is None:
            raise KhabarError(E.E008, where=where)
        metadata = _page_metadata(tree, url)
        declared = _declared_date(tree, url)
        # the URL its extraction saw when it read the metadata too
        text = _extract_text(tree, url or metadata.url)
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup trafilatura rejects
        raise KhabarError(E.E008, where=where, detail=str(exc)) from exc
    lines = [ln.strip() for ln in text.splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    if not text or _only_link_text(tree, text):
        raise KhabarError(E.E008, where=where)
    return HtmlExtract(
        text=text,
        title=metadata.title or None,
        authors=_split_authors(metadata.author),
        published=_published(tree, declared, url),
        outlet=metadata.sitename or None,
        url=metadata.url or url,
        description=metadata.description or None,
        language=_declared_language(html),
    )
