"""Links out of feeds, news sitemaps and home pages, and the canonical form of a URL.

feedparser reads RSS/Atom feeds (as ``khabar ingest`` does), trafilatura finds the feeds a home
page announces (``feeds.determine_feed``) and reads JSON feeds, and courlan normalises URLs. Their
own link *validation* is not used: it rejects hosts given as IP addresses with a port, which
is every loopback server, and it would silently drop links we must account for. Instead a link
is kept when it is http(s) and on the same host as the document that lists it (or any host,
when the source says ``external: true``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import normalize_url
from lxml import etree

from ..errors import E, KhabarError

# A feed or sitemap listing more links than this is cut: no outlet publishes 2,000 articles
# between two cycles, and a runaway sitemap must not queue a whole archive.
MAX_LINKS = 2000
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Links:
    """What a document points to: article pages, and further feeds or sitemaps to read."""

    pages: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()


def canonical(url: str) -> str:
    """One spelling per page: lower-case scheme and host, default port dropped, tracking
    parameters (utm_*, …) removed, query sorted, fragment dropped (courlan's normaliser)."""
    try:
        normal = normalize_url(url.strip())
    except ValueError:
        return url.strip()
    parts = urlsplit(normal)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _keep(base: str, links: list[str], external: bool) -> tuple[str, ...]:
    host = urlsplit(base).netloc.lower()
    kept: dict[str, None] = {}
    for link in links[:MAX_LINKS]:
        url = canonical(urljoin(base, link.strip()))
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and (external or parts.netloc.lower() == host):
            kept.setdefault(url, None)
    return tuple(kept)


def feed_links(url: str, data: bytes, external: bool = False) -> Links:
    """Article links of an RSS or Atom feed (feedparser, entry links only, not the channel's
    own link), or of a JSON feed (trafilatura), in the feed's order."""
    import feedparser

    parsed = feedparser.parse(data)
    found = [str(e.get("link")) for e in parsed.entries if e.get("link")]
    if not found and data.lstrip().startswith(b"{"):
        from trafilatura.feeds import FeedParameters, find_links

        parts = urlsplit(url)
        params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.netloc, url, external)
        found = find_links(data.decode("utf-8", "replace").strip(), params)
    if not found:
        if parsed.bozo:
            raise KhabarError(E.E014, where=url, detail=str(parsed.bozo_exception)[:100])
        raise KhabarError(E.E013, where=url)
    return Links(pages=_keep(url, found, external))


def sitemap_links(url: str, data: bytes, external: bool = False) -> Links:
    """Pages (``<url><loc>``) and nested sitemaps (``<sitemap><loc>``) of a sitemap, or the
    lines of a plain-text sitemap."""
    head = data.lstrip()[:200]
    if not head.startswith(b"<"):
        lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.startswith("http")]
        return Links(pages=_keep(url, lines, external))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise KhabarError(E.E014, where=url, detail=str(exc)[:100]) from None
    if root is None:
        raise KhabarError(E.E014, where=url, detail="not XML")
    pages: list[str] = []
    indexes: list[str] = []
    for loc in root.iter(f"{{{SITEMAP_NS}}}loc", "loc"):
        parent = loc.getparent()
        name = etree.QName(parent).localname if parent is not None else ""
        if loc.text and loc.text.strip():
            (indexes if name == "sitemap" else pages).append(loc.text)
    return Links(pages=_keep(url, pages, external), indexes=_keep(url, indexes, external))


def home_feeds(url: str, html: str) -> Links:
    """The feeds a home page announces (``<link rel="alternate" type="application/rss+xml">``,
    or failing that, links that look like feeds)."""
    from trafilatura.feeds import FeedParameters, determine_feed

    parts = urlsplit(url)
    params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.netloc, url)
    found = determine_feed(html, params)
    if not found:
        raise KhabarError(E.E082, where=url, detail="the page links to no RSS/Atom feed")
    return Links(indexes=_keep(url, found, external=True))
