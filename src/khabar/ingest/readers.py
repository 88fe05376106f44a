"""Readers: every input format to a stream of :class:`~khabar.model.Article` or :class:`Failure`.

A reader never stops the batch: a bad file or record becomes a :class:`Failure` carrying a one-line
coded error with the file (and line or record) it concerns, and reading goes on. Streamed formats
(JSONL, WARC, gzip) are read record by record, so memory stays flat on a 1 GB input; single-article
files (text, HTML) above ``Config.max_article_bytes`` are refused rather than read whole.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article
from .decode import decode_bytes, looks_binary
from .sniff import GZIP_MAGIC, SNIFF_BYTES, sniff
from .tokenxml import read_token_xml
from .warc import WarcDamage, http_payload, iter_warc


@dataclass
class Failure:
    """A file or record that could not be read; ``error.message`` is the one-line report."""

    source_path: str
    record: str
    error: KhabarError


@dataclass
class Source:
    """One input: a file path, or standard input when ``path`` is None."""

    name: str
    path: Path | None = None
    stream: IO[bytes] | None = None

    def open(self) -> IO[bytes]:
        if self.path is None:
            assert self.stream is not None
            return self.stream
        return self.path.open("rb")

    def size(self) -> int | None:
        return self.path.stat().st_size if self.path is not None else None


@dataclass
class RawRecord:
    """Original bytes behind an article, kept (compressed) for later re-processing."""

    sha256: str
    kind: str
    data: bytes = field(repr=False)
    # Its compressed form when a worker made it (see :func:`khabar.stagepool.run_stages`).
    packed: bytes | None = field(default=None, repr=False)

    @classmethod
    def of(cls, kind: str, data: bytes) -> RawRecord:
        return cls(hashlib.sha256(data).hexdigest(), kind, data)

    def compressed(self) -> bytes:
        return self.packed if self.packed is not None else compress_raw(self.data)


def compress_raw(data: bytes) -> bytes:
    """The stored (compressed) form of a raw input."""
    return zlib.compress(data, 6)


Item = Article | Failure

# Seed files are named NNN_<16 hex>.txt; that hex is the article's stable id.
_FILE_ID = re.compile(r"^\d+_([0-9a-f]{16})\.\w+$")
_SEED_LINE = re.compile(r"^(\s*date\s+(\S+))")

# JSONL field names, first match wins (documented in README "Input formats").
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "article"),
    "html": ("html", "raw_html"),
    "id": ("id", "article_id", "doc_id"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "source_domain", "sitename", "publisher"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}


def iter_sources(paths: Iterable[str | Path], stdin: IO[bytes] | None = None) -> Iterator[Source | Failure]:
    """Expand paths (``-`` is standard input) into sources; directories recursively, sorted."""
    for raw in paths:
        if str(raw) == "-":
            yield Source("<stdin>", stream=stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield Source(str(path), path=path)
        elif path.exists():
            yield Failure(str(path), "", KhabarError(E.E015, where=str(path), detail="special file"))
        else:
            yield Failure(str(path), "", KhabarError(E.E001, where=str(path)))


def _walk(root: Path) -> Iterator[Source | Failure]:
    """Regular files under ``root`` in path order, hidden ones left out.

    The listing is taken first and each file is checked again when its turn comes, so a file
    deleted during the run and a sub-folder that cannot be listed are reported (E010) instead of
    silently missing. Links to directories are not followed (no loops); FIFOs and dangling links
    are not files and are passed over, as ``ls``-style tools do.
    """
    found: list[tuple[tuple[str, ...], Path]] = []
    unreadable: list[Failure] = []

    def listing_failed(exc: OSError) -> None:
        name = exc.filename or str(root)
        unreadable.append(Failure(str(name), "", KhabarError(
            E.E010, where=str(name), detail=f"cannot list folder: {exc.strerror or exc}")))

    for folder, dirs, files in os.walk(root, onerror=listing_failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                child = Path(folder, name)
                found.append((child.relative_to(root).parts, child))
    yield from sorted(unreadable, key=lambda f: f.source_path)
    for _, child in sorted(found):
        try:
            child.lstat()
        except FileNotFoundError:
            yield Failure(str(child), "", KhabarError(E.E010, where=str(child), detail="deleted after listing"))
            continue
        if child.is_file():
            yield Source(str(child), path=child)


def read_source(source: Source, config: Config) -> Iterator[Item]:
    """Read one source, sniffing its kind; yields articles and failures, never raises."""
    try:
        stream = source.open()
    except FileNotFoundError:
        yield Failure(source.name, "", KhabarError(E.E010, where=source.name, detail="not found"))
        return
    except OSError as exc:
        yield Failure(source.name, "", KhabarError(E.E010, where=source.name, detail=exc.strerror))
        return
    try:
        yield from _read_stream(source, stream, config)
    except KhabarError as exc:
        yield Failure(source.name, "", exc)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        yield Failure(source.name, "", KhabarError(E.E010, where=source.name, detail=detail))
    finally:
        if source.path is not None:
            stream.close()


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read to sniff it, serving them again before the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_stream(source: Source, raw: IO[bytes], config: Config) -> Iterator[Item]:
    head = raw.read(SNIFF_BYTES)  # read() fills the head even from a pipe (peek may not)
    if not head.strip():
        raise KhabarError(E.E002, where=source.name)
    stream: IO[bytes] = io.BufferedReader(_Rewound(head, raw), buffer_size=SNIFF_BYTES)
    compressed = head.startswith(GZIP_MAGIC)
    if compressed:
        try:
            head = _gunzip_head(head)
        except (OSError, EOFError, zlib.error) as exc:
            raise KhabarError(E.E005, where=source.name, detail=str(exc) or "unexpected end") from None
        stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    kind = sniff(head, source.name)
    if kind == "warc":
        yield from _read_warc(source, stream, config)
        return
    if kind == "jsonl":
        yield from _read_jsonl(source, stream, config)
        return
    if looks_binary(head):
        raise KhabarError(E.E003, where=source.name, detail="control or NUL bytes")
    size = source.size()
    if size is not None and not compressed and size > config.max_article_bytes:
        raise KhabarError(E.E011, where=source.name, detail=f"{size / 2**20:.0f} MB")
    data = _read_limited(stream, config.max_article_bytes, source.name)
    if kind == "rss":
        yield from _read_feed(source, data)
    elif kind == "tokenxml":
        art = read_token_xml(source.name, data, config)
        art.extra["_raw"] = RawRecord.of("tokenxml", data)
        yield art
    elif kind == "html":
        yield _html_article(source, data, url=None, record="")
    else:
        yield _text_article(source, data, kind, config)


def _gunzip_head(head: bytes) -> bytes:
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return decomp.decompress(head, SNIFF_BYTES)


def _read_limited(stream: IO[bytes], limit: int, name: str) -> bytes:
    try:
        data = stream.read(limit + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise KhabarError(E.E005, where=name, detail=str(exc) or "unexpected end") from None
    if len(data) > limit:
        raise KhabarError(E.E011, where=name, detail=f"more than {limit / 2**20:.0f} MB")
    return data


def _file_id(name: str) -> str | None:
    m = _FILE_ID.match(Path(name).name)
    return m.group(1) if m else None


def _hash_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _text_article(source: Source, data: bytes, kind: str, config: Config) -> Article:
    decoded = decode_bytes(data, where=source.name, max_bad_ratio=config.max_bad_utf8_ratio)
    text = decoded.text
    art = Article(
        id=_file_id(source.name) or _hash_id(text),
        text=text,
        source_path=source.name,
        source_kind="stdin" if source.path is None and kind == "text" else kind,
        raw_sha256=decoded.sha256,
        encoding=decoded.encoding,
        warnings=list(decoded.warnings),
    )
    art.provenance["id"] = "filename" if _file_id(source.name) else "content-hash"
    if kind == "seed":
        _parse_seed_header(art, source.name)
    art.extra["_raw"] = RawRecord(decoded.sha256, kind, data)
    return art


def _parse_seed_header(art: Article, where: str) -> None:
    """First line `` date YYYY-MM-DD <rest>``: the date is the dct; the rest is left to cleaning."""
    m = _SEED_LINE.match(art.text)
    if not m:
        return
    art.extra["header_end"] = m.end(1)
    value = m.group(2)
    try:
        art.set_meta("dct", date.fromisoformat(value).isoformat(), "header")
    except ValueError:
        art.warnings.append(KhabarError(E.E009, where=f"{where}:1", detail=value).message)


def _html_article(source: Source, data: bytes, url: str | None, record: str) -> Article:
    from ..clean.html import extract_html

    where = f"{source.name}{':' + record if record else ''}"
    decoded = decode_bytes(data, where=where)
    try:
        extract = extract_html(decoded.text, url=url)
    except KhabarError as exc:  # name the file (and record), not just the URL
        raise KhabarError(exc.code, where=where, **exc.fields) from None
    art = Article(
        id=_hash_id(url) if url else _file_id(source.name) or _hash_id(extract.text),
        text=extract.text,
        source_path=source.name,
        source_kind="html",
        record=record,
        raw_sha256=decoded.sha256,
        encoding=decoded.encoding,
        raw_html=decoded.text,
        warnings=list(decoded.warnings),
    )
    art.provenance["id"] = "url-hash" if url else "content-hash"
    for name, value in (
        ("url", extract.url or url),
        ("title", extract.title),
        ("outlet", extract.outlet),
        ("published", extract.published),
        ("summary", extract.description),
    ):
        if value:
            art.set_meta(name, value, "html")
    if extract.authors:
        art.set_meta("authors", list(extract.authors), "html")
    if art.published:
        art.set_meta("dct", art.published[:10], "html")
    art.extra["_raw"] = RawRecord(decoded.sha256, "html", data)
    return art


def _read_warc(source: Source, stream: IO[bytes], config: Config) -> Iterator[Item]:
    """Articles of the HTML responses (and resources) of a WARC; every record is validated
    whole first (see :mod:`khabar.ingest.warc`), so a damaged one stores nothing. A block is one
    page, held to the limit of a page file too (``max_article_bytes``): extracting its text takes
    about 25 times its size in memory (a 40 MB page peaked at 1 GB; a JSONL text, 13)."""
    limit = min(config.max_record_bytes, config.max_article_bytes)
    records = iter_warc(stream, limit)
    number = 0
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except (EOFError, zlib.error, OSError) as exc:
            record = f"record {number + 1}"
            yield Failure(source.name, record, KhabarError(
                E.E005, where=f"{source.name}:{record}", detail=str(exc)[:120] or "unexpected end"))
            return
        number = rec.number
        record = f"record {number}"
        where = f"{source.name}:{record}"
        if isinstance(rec, WarcDamage):
            yield Failure(source.name, record, KhabarError(E[rec.code], where=where, detail=rec.detail))
            continue
        if rec.type not in ("response", "resource"):
            continue
        if rec.type == "response":
            payload = http_payload(rec.block, limit)
            if isinstance(payload, str):
                yield Failure(source.name, record, KhabarError(E.E006, where=where, detail=payload))
                continue
            if not 200 <= payload.status < 300:
                continue  # redirects and errors carry no article
            ctype, data = payload.content_type, payload.body
        else:
            ctype, data = rec.headers.get("content-type", ""), rec.block
        if "html" not in ctype.lower():
            continue
        url = rec.headers.get("warc-target-uri")
        try:
            art = _html_article(source, data, url=url, record=record)
        except KhabarError as exc:
            yield Failure(source.name, record, exc)
            continue
        warc_date = rec.headers.get("warc-date")
        if warc_date:
            art.extra["warc_date"] = warc_date
            if not art.dct:
                art.set_meta("dct", warc_date[:10], "warc-date")
        art.source_kind = "warc"
        yield art


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        if obj.get(name) not in (None, "", []):
            return name, obj[name]
    return None, None


def _read_jsonl(source: Source, stream: IO[bytes], config: Config) -> Iterator[Item]:
    """One article per line; a line over ``config.max_record_bytes`` is skipped unparsed (E017)
    so one giant record costs a read, not minutes of processing, and the rest still goes in."""
    limit = config.max_record_bytes
    lineno = 0
    while True:
        try:
            line = stream.readline(limit + 1)
            oversized = len(line) > limit and not line.endswith(b"\n")
            size = len(line)
            while oversized and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                size += len(line)
                if not line:
                    break
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            where = f"{source.name}:{lineno + 1}"
            yield Failure(source.name, f"line {lineno + 1}", KhabarError(E.E005, where=where, detail=str(exc) or "unexpected end"))
            return
        if not line and not oversized:
            return
        lineno += 1
        where = f"{source.name}:{lineno}"
        if oversized:
            yield Failure(source.name, f"line {lineno}", KhabarError(
                E.E017, where=where, detail=f"{size / 2**20:.1f} MB, over {limit / 2**20:.0f} MB"))
            if not line:
                return
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_article(source, line, lineno, where, config)
        except KhabarError as exc:
            yield Failure(source.name, f"line {lineno}", exc)


def _jsonl_article(source: Source, line: bytes, lineno: int, where: str, config: Config) -> Article:
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise KhabarError(E.E007, where=where, detail=str(exc)[:100]) from None
    if not isinstance(obj, dict):
        raise KhabarError(E.E007, where=where, detail="line is not a JSON object")
    used: set[str] = set()
    key, text = _first(obj, JSONL_FIELDS["text"])
    record = f"line {lineno}"
    _, url = _first(obj, JSONL_FIELDS["url"])
    if key is None:
        hkey, html = _first(obj, JSONL_FIELDS["html"])
        if hkey is None:
            raise KhabarError(E.E012, where=where, detail=", ".join(JSONL_FIELDS["text"] + JSONL_FIELDS["html"]))
        if len(str(html)) > config.max_article_bytes:  # a page, held to a page file's limit
            raise KhabarError(E.E017, where=where, detail=f"{hkey!r} of {len(str(html)) / 2**20:.1f}"
                              f" MB, over {config.max_article_bytes / 2**20:.0f} MB of HTML")
        art = _html_article(source, str(html).encode("utf-8"), url=url, record=record)
        used.add(hkey)
    else:
        used.add(key)
        if not isinstance(text, str):
            raise KhabarError(E.E012, where=where, detail=f"{', '.join(JSONL_FIELDS['text'])}; "
                              f"{key!r} holds a {type(text).__name__}, not a string")
        body = text.replace("\r\n", "\n").replace("\r", "\n")  # JSON text is decoded already
        if not body.strip():
            raise KhabarError(E.E012, where=where, detail=", ".join(JSONL_FIELDS["text"]))
        art = Article(id="", text=body, source_path=source.name, record=record, raw_sha256=hashlib.sha256(line).hexdigest())
    art.source_kind = "jsonl"
    art.record = record
    for name in ("url", "title", "outlet", "language"):
        k, value = _first(obj, JSONL_FIELDS[name])
        if k is not None:
            used.add(k)
            art.set_meta(name, str(value), f"jsonl:{k}")
    k, authors = _first(obj, JSONL_FIELDS["authors"])
    if k is not None:
        used.add(k)
        art.set_meta("authors", [str(a) for a in authors] if isinstance(authors, list) else [str(authors)], f"jsonl:{k}")
    k, published = _first(obj, JSONL_FIELDS["published"])
    if k is not None:
        used.add(k)
        iso = _iso_datetime(str(published))
        if iso is None:
            art.warnings.append(KhabarError(E.E009, where=where, detail=str(published)).message)
        else:
            art.set_meta("published", iso, f"jsonl:{k}")
            art.set_meta("dct", iso[:10], f"jsonl:{k}")
    k, given_id = _first(obj, JSONL_FIELDS["id"])
    if k is not None:
        used.add(k)
    art.id = str(given_id) if given_id is not None else _hash_id(art.url) if art.url else _hash_id(art.text)
    art.provenance["id"] = f"jsonl:{k}" if k else ("url-hash" if art.url else "content-hash")
    art.extra.update({k2: v for k2, v in obj.items() if k2 not in used})
    art.extra["_raw"] = RawRecord.of("jsonl", line)
    return art


def _iso_datetime(value: str) -> str | None:
    """ISO 8601 (``Z`` allowed) or RFC 2822 date-time to ISO; None when it is not a date."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _read_feed(source: Source, data: bytes) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            raise KhabarError(E.E014, where=source.name, detail=str(feed.bozo_exception)[:100])
        raise KhabarError(E.E013, where=source.name)
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        record = f"entry {n}"
        where = f"{source.name}:{record}"
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary", "")
        text = _html_fragment_text(html or "")
        if not text.strip():
            yield Failure(source.name, record, KhabarError(E.E008, where=where))
            continue
        url = entry.get("link")
        raw = json.dumps(dict(entry), default=str, ensure_ascii=False).encode("utf-8")
        art = Article(id=_hash_id(url) if url else _hash_id(text), text=text, source_path=source.name, source_kind="rss", record=record, raw_sha256=hashlib.sha256(raw).hexdigest())
        art.provenance["id"] = "url-hash" if url else "content-hash"
        if url:
            art.set_meta("url", url, "rss")
        if entry.get("title"):
            art.set_meta("title", entry["title"], "rss")
        if outlet:
            art.set_meta("outlet", outlet, "rss:channel")
        if entry.get("author"):
            art.set_meta("authors", [entry["author"]], "rss")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            when = datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
            art.set_meta("published", when, "rss")
            art.set_meta("dct", when[:10], "rss")
        art.extra["_raw"] = RawRecord.of("rss", raw)
        yield art


def _html_fragment_text(html: str) -> str:
    """Feed entries carry short HTML fragments: keep their text, one paragraph per line."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types on junk markup
        return re.sub(r"<[^>]+>", " ", html).strip()
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def read_paths(paths: Iterable[str | Path], config: Config, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """All articles and failures from the given paths, in order."""
    for src in iter_sources(paths, stdin=stdin):
        if isinstance(src, Failure):
            yield src
        else:
            yield from read_source(src, config)
