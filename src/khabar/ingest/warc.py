"""WARC records, framed and checked here rather than trusted to a lenient parser.

A crawl that was cut short or rewritten by a broken tool must not store half a page as the
current version of an article. Every record is validated before any of it is used: the header
must carry a numeric ``Content-Length``, the block must be exactly that long and be followed by
the blank line the format requires, and a ``WARC-Block-Digest`` (when present) must match. A
record failing any check is rejected whole with one :class:`WarcDamage`; reading then resumes at
the next line that starts a record (``WARC/1.x`` after a blank line), so a wrong length does not
take the following records down with it. Blocks above the per-record limit are skipped unread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

_VERSION_LINE = re.compile(rb"^WARC/1\.[01]\r?\n$")
_SKIP_CHUNK = 1 << 20
# Longest header line accepted; a longer one is not a WARC header.
_MAX_HEADER_LINE = 65536
_MAX_HEADER_LINES = 256


@dataclass
class WarcRecord:
    """One valid record: its number in the file (1-based), headers and whole block."""

    number: int
    headers: dict[str, str]
    block: bytes = field(repr=False)

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "")


@dataclass
class WarcDamage:
    """A record rejected whole; ``code`` is E006 (damaged), E005 (gzip) or E017 (too large)."""

    number: int
    code: str
    detail: str


class _Pushback:
    """A byte stream that can take back what was read, to re-scan a damaged record's bytes."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.pending = b""

    def unread(self, data: bytes) -> None:
        self.pending = data + self.pending

    def readline(self, limit: int) -> bytes:
        if self.pending:
            cut = self.pending.find(b"\n", 0, limit)
            if cut >= 0 or len(self.pending) >= limit:
                end = cut + 1 if cut >= 0 else limit
                line, self.pending = self.pending[:end], self.pending[end:]
                return line
            line, self.pending = self.pending, b""
            return line + self.stream.readline(limit - len(line))
        return self.stream.readline(limit)

    def read(self, n: int) -> bytes:
        head, self.pending = self.pending[:n], self.pending[n:]
        if len(head) == n:
            return head
        parts = [head]
        want = n - len(head)
        while want > 0:
            chunk = self.stream.read(want)
            if not chunk:
                break
            parts.append(chunk)
            want -= len(chunk)
        return b"".join(parts)


def iter_warc(stream: IO[bytes], max_block: int) -> Iterator[WarcRecord | WarcDamage]:
    """Records of an (uncompressed or decompressing) WARC stream, valid or rejected, in order.

    Raises ``EOFError``/``zlib.error``/``OSError`` from a gzip stream cut short; the caller
    reports those as E005 for the record being read.
    """
    src = _Pushback(stream)
    number = 0
    after_blank = True
    while True:
        line = src.readline(_MAX_HEADER_LINE)
        if not line:
            return
        if number == 0 and not _VERSION_LINE.match(line):
            yield WarcDamage(1, "E006", "does not start with a WARC/1.0 or WARC/1.1 line")
            return
        if not (after_blank and _VERSION_LINE.match(line)):
            after_blank = line in (b"\r\n", b"\n")  # scanning on for the next record
            continue
        number += 1
        headers = _read_headers(src)
        if headers is None:
            yield WarcDamage(number, "E006", "header ends before its blank line")
            after_blank = False
            continue
        length_text = headers.get("content-length", "")
        if not length_text.isdigit():
            yield WarcDamage(number, "E006", f"Content-Length is not a number: {length_text[:40]!r}")
            after_blank = False
            continue
        length = int(length_text)
        if length > max_block:
            skipped = _skip(src, length)
            trailer = src.read(4)
            if skipped < length:
                yield WarcDamage(number, "E006", f"truncated: {skipped} of {length} bytes")
                return
            yield WarcDamage(number, "E017", f"{length / 2**20:.1f} MB block, over {max_block / 2**20:.0f} MB")
            after_blank = trailer == b"\r\n\r\n"
            continue
        block = src.read(length)
        if len(block) < length:
            yield WarcDamage(number, "E006", f"truncated: {len(block)} of {length} bytes")
            src.unread(block)  # a too-long Content-Length: the next records are inside
            after_blank = False
            continue
        trailer = src.read(4)
        if trailer != b"\r\n\r\n":
            yield WarcDamage(number, "E006", "block not followed by a blank line (wrong Content-Length?)")
            src.unread(block + trailer)
            after_blank = False
            continue
        problem = _digest_problem(headers.get("warc-block-digest"), block)
        if problem:
            yield WarcDamage(number, "E006", problem)
        else:
            yield WarcRecord(number, headers, block)
        after_blank = True


def _read_headers(src: _Pushback) -> dict[str, str] | None:
    headers: dict[str, str] = {}
    for _ in range(_MAX_HEADER_LINES):
        line = src.readline(_MAX_HEADER_LINE)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            return headers
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    return None


def _skip(src: _Pushback, length: int) -> int:
    done = 0
    while done < length:
        chunk = src.read(min(_SKIP_CHUNK, length - done))
        if not chunk:
            break
        done += len(chunk)
    return done


def _digest_problem(declared: str | None, block: bytes) -> str | None:
    """Why ``block`` does not match its declared ``algo:value`` digest (base32 or hex), if so."""
    if not declared or ":" not in declared:
        return None
    algo, _, value = declared.partition(":")
    algo = algo.strip().lower().replace("-", "")
    if algo not in ("sha1", "sha256", "md5"):
        return None  # an algorithm we cannot check is not evidence of damage
    digest = hashlib.new(algo, block).digest()
    value = value.strip()
    try:
        expected = bytes.fromhex(value) if len(value) == 2 * len(digest) else base64.b32decode(value.upper())
    except (ValueError, binascii.Error):
        return f"unreadable {algo} block digest {value[:40]!r}"
    if expected != digest:
        return f"{algo} block digest does not match (record changed or cut)"
    return None


@dataclass
class HttpPayload:
    status: int
    content_type: str
    body: bytes = field(repr=False)


def http_payload(block: bytes, max_bytes: int) -> HttpPayload | str:
    """The body of an HTTP response block (chunked and gzip/deflate undone), or why it is bad."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    if not sep:
        return "HTTP response without a header/body separator"
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split() if lines else []
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        return f"not an HTTP status line: {lines[0][:60]!r}" if lines else "empty HTTP header"
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip().lower(), value.strip())
    if "chunked" in fields.get("transfer-encoding", "").lower():
        dechunked = _dechunk(body)
        if dechunked is None:
            return "broken chunked transfer encoding"
        body = dechunked
    encoding = fields.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            inflate = zlib.decompressobj(47 if "gzip" in encoding else zlib.MAX_WBITS)
            body = inflate.decompress(body, max_bytes + 1)
        except zlib.error as exc:
            return f"bad {encoding} content encoding: {exc}"
    return HttpPayload(int(parts[1]), fields.get("content-type", ""), body)


def _dechunk(body: bytes) -> bytes | None:
    out: list[bytes] = []
    pos = 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            return None
        try:
            size = int(body[pos:end].split(b";")[0], 16)
        except ValueError:
            return None
        if size == 0:
            return b"".join(out)
        out.append(body[end + 2 : end + 2 + size])
        pos = end + 2 + size + 2
