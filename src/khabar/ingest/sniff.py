"""Find what kind of input a file is from its first bytes, not from its name.

Crawls are full of ``.txt`` files holding HTML and ``.html`` files holding JSON; the extension is
only a tie-breaker. Gzip is looked through (``.warc.gz``, ``.jsonl.gz``).
"""

from __future__ import annotations

import json
import re

SNIFF_BYTES = 65536

_SEED_HEADER = re.compile(rb"^\s*date\s+\S+")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|article|title|meta|a|span)\b[^>]*>", re.I)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)

GZIP_MAGIC = b"\x1f\x8b"


def sniff(head: bytes, name: str = "") -> str:
    """Return one of: warc, rss, html, jsonl, seed, text (``head``: decompressed first bytes)."""
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"WARC/"):
        return "warc"
    if body.startswith((b"<?xml", b"<rss", b"<feed")) and _FEED.search(body[:4096]):
        return "rss"
    if _FEED.match(body):
        return "rss"
    if _HTML_START.match(body):
        return "html"
    if body.startswith(b"{") and _first_line_is_json_object(body):
        return "jsonl"
    if _SEED_HEADER.match(head):
        return "seed"
    if len(_HTML_TAGS.findall(body[:8192])) >= 5:
        return "html"
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".rss", ".atom")):
        return "rss"
    return "text"


def _first_line_is_json_object(body: bytes) -> bool:
    line = body.split(b"\n", 1)[0]
    if len(line) >= len(body) and len(body) >= SNIFF_BYTES - 1:
        return True  # one very long first line: judged by its first character
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
