"""Find what kind of input a file is from its first bytes, not from its name.

Crawls are full of ``.txt`` files holding HTML and ``.html`` files holding JSON; the extension is
only a tie-breaker. Gzip is looked through (``.warc.gz``, ``.jsonl.gz``). The checks are one
ordered table, :data:`CHECKS`: the first that matches names the kind.

The head is :data:`SNIFF_BYTES` long, so a JSONL file whose first record is longer than the head
(news JSONL with whole HTML pages runs to hundreds of KB a line) is judged by how that line
starts: a JSON object opening with a quoted key. A text head behind a UTF-16/32 byte-order mark is
transcoded to UTF-8 before the checks, so a UTF-16 HTML page is still HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from .decode import BOMS
from .tokenxml import is_token_xml

SNIFF_BYTES = 65536

_SEED_HEADER = re.compile(rb"^\s*date\s+\S+")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|article|title|meta|a|span)\b[^>]*>", re.I)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
# How a JSON object line starts: ``{`` then a quoted key and a colon (or ``{}``).
_JSON_OBJECT_START = re.compile(rb'^\{\s*("(?:[^"\\]|\\.)*"\s*:|\})')

GZIP_MAGIC = b"\x1f\x8b"


def _is_warc(body: bytes, head: bytes) -> bool:
    return body.startswith(b"WARC/")


def _is_feed(body: bytes, head: bytes) -> bool:
    if body.startswith((b"<?xml", b"<rss", b"<feed")) and _FEED.search(body[:4096]):
        return True
    return _FEED.match(body) is not None


def _is_html_start(body: bytes, head: bytes) -> bool:
    return _HTML_START.match(body) is not None


def _is_jsonl(body: bytes, head: bytes) -> bool:
    return body.startswith(b"{") and first_line_is_json_object(body)


def _is_seed(body: bytes, head: bytes) -> bool:
    return _SEED_HEADER.match(head) is not None


def _is_tag_soup(body: bytes, head: bytes) -> bool:
    return len(_HTML_TAGS.findall(body[:8192])) >= 5


# (kind, test on (head without BOM and leading space, head)), tried in order; first match wins.
CHECKS: tuple[tuple[str, Callable[[bytes, bytes], bool]], ...] = (
    ("warc", _is_warc),
    ("tokenxml", lambda body, head: is_token_xml(body)),
    ("rss", _is_feed),
    ("html", _is_html_start),
    ("jsonl", _is_jsonl),
    ("seed", _is_seed),
    ("html", _is_tag_soup),
)
# Tie-breakers by file name when no content check matched.
EXTENSIONS: tuple[tuple[tuple[str, ...], str], ...] = (
    ((".html", ".htm", ".xhtml"), "html"),
    ((".rss", ".atom"), "rss"),
)


def sniff(head: bytes, name: str = "") -> str:
    """Return one of: warc, tokenxml, rss, html, jsonl, seed, text (``head``: decompressed first bytes)."""
    head = _as_utf8(head)
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    for kind, test in CHECKS:
        if test(body, head):
            return kind
    lower = name.lower()
    for suffixes, kind in EXTENSIONS:
        if lower.endswith(suffixes):
            return kind
    return "text"


def _as_utf8(head: bytes) -> bytes:
    """A head behind a UTF-16/32 byte-order mark, transcoded so the byte checks apply."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            if encoding == "utf-8":
                return head
            cut = len(head) - (len(head) - len(bom)) % (4 if "32" in encoding else 2)
            return head[len(bom) : cut].decode(encoding, errors="replace").encode("utf-8")
    return head


def first_line_is_json_object(body: bytes) -> bool:
    """Whether the first line is, or starts like, a JSON object.

    A line cut by the end of the head is judged by its start, since reading a 50 MB line whole
    just to sniff it is the cost we refuse; so is a malformed or truncated one, which the JSONL
    reader then reports as E007 instead of the JSON being stored as one plain-text article.
    """
    line = body.partition(b"\n")[0]
    if _JSON_OBJECT_START.match(line):
        return True
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
