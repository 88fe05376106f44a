"""Readers: every input format from real text, and every kind of bad input, with exact outcomes."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.ingest.sniff import sniff
from khabar.model import Article

from .conftest import SEED_000, SEED_003

CONFIG = Config()
SEED_TEXT_003 = SEED_003.read_text(encoding="utf-8")
SEED_TEXT_000 = SEED_000.read_text(encoding="utf-8")
# Real paragraphs of the seeds, reused to build HTML/JSONL/RSS/WARC inputs.
PARAS_003 = [p.strip() for p in SEED_TEXT_003.split("\n\n") if len(p) > 200 and "date 2026" not in p][:3]


def read(*paths: str | Path, stdin: bytes | None = None) -> list[Article | Failure]:
    return list(read_paths(paths, CONFIG, stdin=io.BytesIO(stdin) if stdin is not None else None))


def html_page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html lang='hi'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='author' content='Devendra Kasyap'>"
            f"<meta property='article:published_time' content='2026-02-04T20:42:00+05:30'></head>"
            f"<body><nav><a href='/'>होम</a> <a href='/world'>विदेश</a></nav><article><h1>{title}</h1>"
            f"{body}</article><footer>Copyright Live Hindustan</footer></body></html>")


TITLE = "पहले पुतिन से वीडियो कॉल, फिर ट्रंप से बातचीत; शी जिनपिंग का प्लान क्या है?"


def test_seed_files_give_id_from_name_and_date_from_header() -> None:
    items = read(SEED_000, SEED_003)
    assert [type(i) for i in items] == [Article, Article]
    a000, a003 = items
    assert isinstance(a000, Article) and isinstance(a003, Article)
    assert (a000.id, a000.dct, a000.source_kind) == ("067ad915245d0b3d", "2026-02-05", "seed")
    assert (a003.id, a003.dct) == ("cf99c38d322cc213", "2026-02-04")
    assert a003.provenance["dct"] == "header"
    assert a003.text == SEED_TEXT_003  # the original code points, untouched (U+095B stays)
    assert a000.extra["header_end"] == len(" date 2026-02-05")


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / SEED_003.name).write_bytes(SEED_003.read_bytes())
    (tmp_path / SEED_000.name).write_bytes(SEED_000.read_bytes())
    (tmp_path / ".hidden").write_text("not news")
    ids = [i.id for i in read(tmp_path) if isinstance(i, Article)]
    assert ids == ["067ad915245d0b3d", "cf99c38d322cc213"]  # sorted by path: 000_… < a/b/003_…


def test_plain_text_and_markdown(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("# " + TITLE + "\n\n" + PARAS_003[0] + "\n", encoding="utf-8")
    (art,) = read(md)
    assert isinstance(art, Article)
    assert art.source_kind == "text" and art.text.startswith("# पहले पुतिन")
    assert len(art.id) == 16 and art.provenance["id"] == "content-hash"


def test_html_page_keeps_raw_html_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # wrong extension on purpose: content decides
    page.write_text(html_page(TITLE, PARAS_003), encoding="utf-8")
    (art,) = read(page)
    assert isinstance(art, Article)
    assert art.source_kind == "html"
    assert "शी जिनपिंग और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप" in art.text
    assert "Copyright" not in art.text
    assert art.raw_html is not None and "<nav>" in art.raw_html
    assert art.title == TITLE and art.provenance["title"] == "html"
    assert art.published is not None and art.published.startswith("2026-02-04")


def test_jsonl_fields_unknown_fields_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": TITLE, "text": PARAS_003[0], "url": "https://x.in/1",
                    "date": "2026-02-04T20:42:00+05:30", "outlet": "Live Hindustan",
                    "section": "विदेश"}, ensure_ascii=False),
        '{"id": "broken", "text": "अधूरा',
        json.dumps({"id": "a3", "title": "no text here"}),
        json.dumps({"text": PARAS_003[1], "date": "बुधवार"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    first, bad_json, no_text, last = items
    assert isinstance(first, Article) and isinstance(last, Article)
    assert (first.id, first.outlet, first.dct, first.record) == ("a1", "Live Hindustan", "2026-02-04", "line 1")
    assert first.extra == {"section": "विदेश", "_raw": first.extra["_raw"]}
    assert isinstance(bad_json, Failure) and bad_json.error.message.startswith(f"E007 {path}:2: ")
    assert isinstance(no_text, Failure) and no_text.error.code.name == "E012"
    assert last.dct is None and last.warnings[0].startswith(f"E009 {path}:4: header date is not a date")


def test_gzipped_jsonl_and_truncated_gzip(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": f"r{n}", "text": p}, ensure_ascii=False) + "\n"
                   for n, p in enumerate(PARAS_003))
    good = tmp_path / "ok.jsonl.gz"
    good.write_bytes(gzip.compress(rows.encode("utf-8")))
    assert [i.id for i in read(good) if isinstance(i, Article)] == ["r0", "r1", "r2"]
    cut = tmp_path / "cut.jsonl.gz"
    blob = gzip.compress((rows * 50).encode("utf-8"))
    cut.write_bytes(blob[: len(blob) // 2])
    items = read(cut)
    assert items and isinstance(items[0], Article)  # records before the cut are kept
    assert isinstance(items[-1], Failure) and items[-1].error.code.name == "E005"


def test_rss_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    entries = "".join(
        f"<item><title>{TITLE} {n}</title><link>https://x.in/{n}</link>"
        f"<pubDate>Wed, 04 Feb 2026 15:12:00 GMT</pubDate><description><![CDATA[<p>{p}</p>]]>"
        f"</description></item>" for n, p in enumerate(PARAS_003))
    feed.write_text(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                    f"<title>Live Hindustan</title>{entries}</channel></rss>", encoding="utf-8")
    items = read(feed)
    assert len(items) == 3 and all(isinstance(i, Article) for i in items)
    art = items[0]
    assert isinstance(art, Article)
    assert (art.source_kind, art.outlet, art.dct, art.url) == ("rss", "Live Hindustan", "2026-02-04", "https://x.in/0")
    assert art.text == PARAS_003[0]


def _warc(path: Path, pages: list[tuple[str, str]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers, warc_headers_dict={"WARC-Date": "2026-02-04T16:00:00Z"})
            writer.write_record(rec)


def test_warc_gz_response_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://x.in/a", html_page(TITLE, PARAS_003)), ("https://x.in/b", html_page("दूसरी खबर", PARAS_003[1:]))])
    items = read(path)
    assert [type(i) for i in items] == [Article, Article]
    art = items[0]
    assert isinstance(art, Article)
    assert (art.source_kind, art.url, art.record) == ("warc", "https://x.in/a", "record 1")
    assert art.dct == "2026-02-04"


def test_corrupt_warc_record_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, [("https://x.in/a", html_page(TITLE, PARAS_003)), ("https://x.in/b", html_page(TITLE, PARAS_003))], gz=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1", 10)
    path.write_bytes(data[:second] + b"WARC/1.1\r\nContent-Length: zzz\r\n\r\ngarbage" + data[second + 200:])
    items = read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Failure) and items[-1].error.code.name == "E006"


def test_stdin(tmp_path: Path) -> None:
    items = read("-", stdin=SEED_003.read_bytes())
    (art,) = items
    assert isinstance(art, Article) and art.source_path == "<stdin>" and art.dct == "2026-02-04"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E002"),
        (b"   \n\n  ", "E002"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "E003"),
        (b"<!DOCTYPE html><html><head><script>var a = 1;</script></head><body> </body></html>", "E008"),
    ],
    ids=["empty", "blank", "binary", "html-without-text"],
)
def test_bad_files_give_one_coded_failure(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    (item,) = read(path)
    assert isinstance(item, Failure)
    assert item.error.code.name == code
    assert item.error.message.startswith(f"{code} {path}: ") and "\n" not in item.error.message


def test_invalid_and_mixed_encodings(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.txt"  # one stray Latin-1 byte inside UTF-8 Hindi
    mixed.write_bytes(SEED_TEXT_003.encode("utf-8").replace("ट्रंप".encode(), "ट्रंप".encode() + b"\xe9", 1))
    (art,) = read(mixed)
    assert isinstance(art, Article) and "\ufffd" in art.text
    assert art.warnings and "invalid UTF-8" in art.warnings[0]
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Café society in São Paulo: a long enough English sentence for detection, señor.".encode("latin-1"))
    (art2,) = read(latin)
    # Short Latin text is ambiguous between single-byte code pages: assert it was detected as
    # non-UTF-8, decoded without loss of the ASCII letters, and flagged.
    assert isinstance(art2, Article) and "society in S" in art2.text and art2.encoding != "utf-8"
    assert art2.warnings == [f"decoded as {art2.encoding} (not UTF-8)"]


def test_header_date_that_is_not_a_date_is_stored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "001_0123456789abcdef.txt"
    path.write_text(" date 2026-13-45 Hindustan Hindi News\n" + PARAS_003[0], encoding="utf-8")
    (art,) = read(path)
    assert isinstance(art, Article) and art.dct is None
    assert art.warnings == [f"E009 {path}:1: header date is not a date: '2026-13-45'"]


def test_missing_and_vanishing_files(tmp_path: Path) -> None:
    from khabar.ingest.readers import iter_sources, read_source

    (item,) = read(tmp_path / "nope.txt")
    assert isinstance(item, Failure) and item.error.code.name == "E001"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PARAS_003[0], encoding="utf-8")
    sources = list(iter_sources([tmp_path]))
    (tmp_path / "b.txt").unlink()  # vanishes between listing and reading
    results = [r for s in sources for r in read_source(s, CONFIG)]  # type: ignore[arg-type]
    assert isinstance(results[0], Article)
    assert isinstance(results[1], Failure) and results[1].error.code.name == "E010"


def test_one_gigabyte_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: real text first, then a hole up to 1 GB
        fh.write((PARAS_003[0] + "\n").encode("utf-8") * 200)
        fh.seek(1024**3)
        fh.write(b"\n")
    (item,) = read(path)
    assert isinstance(item, Failure) and item.error.code.name == "E011"
    assert "1024 MB" in item.error.message  # MiB, as README states the 32 MB limit


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.0\r\n", "warc"),
        (b"<?xml version='1.0'?>\n<rss version='2.0'>", "rss"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "rss"),
        (b"  <!DOCTYPE html><html>", "html"),
        (b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        (b" date 2026-02-04 Hindustan Hindi News\n", "seed"),
        ("पहले पुतिन से वीडियो कॉल".encode(), "text"),
    ],
)
def test_sniff_by_content(head: bytes, kind: str) -> None:
    assert sniff(head, "file.txt") == kind


def test_scrapinghub_pages_read_as_html(shared_data: Path) -> None:
    gold = json.loads((shared_data / "boilerplate/scrapinghub-aeb/ground-truth.json").read_text())
    pages = sorted((shared_data / "boilerplate/scrapinghub-aeb/html").glob("*.html.gz"))[:5]
    items = read(*pages)
    assert len(items) == 5 and all(isinstance(i, Article) for i in items)
    for page, art in zip(pages, items, strict=True):
        assert isinstance(art, Article)
        body = gold[page.name.split(".")[0]]["articleBody"]
        first_words = " ".join(body.split()[:6])
        assert first_words in " ".join(art.text.split()), page.name


def test_looks_binary_counts_control_bytes_as_the_loop_did() -> None:
    """Round sc28: the control bytes are counted with ``bytes.translate``; the verdict is the
    one the former loop gave, on a news text with a few stray controls and with many."""
    from khabar.ingest.decode import _BINARY_CONTROL_RATIO, looks_binary

    report = ("कोलकाता। राज्य में बुधवार को कोरोना के 312 नए मामले आए।\r\n\tस्वास्थ्य विभाग ने"
              " बताया कि 41 मरीज़ ठीक होकर घर लौटे।\f\n").encode()

    def loop(data: bytes) -> bool:
        head = data[:8192]
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        return controls / len(head) > _BINARY_CONTROL_RATIO

    for stray in (0, 1, 3, 8, 40):
        data = report * 30 + b"\x1b\x07" * stray
        data = data[-8192:] if len(data) > 8192 else data
        assert looks_binary(data) == loop(data)
    assert not looks_binary(report * 30 + b"\x1b")
    assert looks_binary(b"\x1b\x07" * 400 + report)
