"""The analysis bound (issue 12, case 5; issue 16): an article over ``Config.max_analysis_bytes``
is stored whole and searchable, marked ``too_large``, with one E019 warning, and no stage sees it,
so a giant record costs its read and its write, linear in its size. The battery's 4 MB and 50 MB
JSONL records are rebuilt here at a small scale by lowering the bound through ``Config``."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar import executor
from khabar.clean.stage import split_if_dump
from khabar.cli import cli
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.ingest.readers import read_paths
from khabar.model import Article
from khabar.stagepool import Outcome
from khabar.store.db import Store

from .conftest import SEED_000, SEED_003

BODY = SEED_003.read_text(encoding="utf-8").split("\n", 1)[1]
BODY_000 = SEED_000.read_text(encoding="utf-8").split("\n", 1)[1]
BOUND = 64 * 1024


def one_paragraph(n_bytes: int) -> str:
    """Hindi news text as one line of about ``n_bytes`` UTF-8 bytes, the battery's shape (its
    big records are a seed's words repeated, with no newline)."""
    words = BODY.replace("\n", " ")
    text = words * (n_bytes // len(words.encode("utf-8")) + 1)
    return text[: len(text) * n_bytes // len(text.encode("utf-8"))]


def jsonl(path: Path, records: Sequence[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                            for i, t in records), encoding="utf-8")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_a_record_over_the_bound_is_stored_whole_and_not_analysed(tmp_path: Path) -> None:
    huge = one_paragraph(4 * BOUND)  # the battery's 4 MB record, at 1/16 scale
    path = jsonl(tmp_path / "big.jsonl", [("before", BODY), ("huge", huge), ("after", BODY_000)])
    db = tmp_path / "k.db"
    report = ingest([path], Config(db_path=db, max_analysis_bytes=BOUND))
    assert report.ok and report.counts["new"] == 3 and report.counts["too_large"] == 1
    assert report.warnings == [
        f"E019 {path}:line 2: article of 0.2 MB stored whole and searchable but not analysed: over"
        " the 64 KB analysis bound (no entities, dates, events or story); split it to analyse it"]
    assert rows(db, "SELECT id, status FROM articles ORDER BY rowid") == [
        ("before", "ok"), ("huge", "too_large"), ("after", "ok")]
    (body, data), = rows(db, "SELECT body, data FROM articles WHERE id = 'huge'")
    assert json.loads(data)["text"] == huge  # nothing truncated; the body is indexed in NFC
    assert body == unicodedata.normalize("NFC", huge.strip())
    (raw,), = rows(db, "SELECT size FROM raw_inputs WHERE record = 'line 2'")
    assert raw == len(path.read_bytes().splitlines(keepends=True)[1])
    # searchable, shown by its opening words (no FTS5 snippet,
    # which re-reads the whole document); no facts and no story derived from it
    with Store(db) as store:
        hits = {r["id"]: r["snippet"] for r in store.search("पुतिन")}
    assert hits["huge"] == unicodedata.normalize("NFC", huge.strip())[:80] + "…"
    for table in ("mentions", "timexes", "events", "quotes"):
        assert rows(db, f"SELECT count(*) FROM {table} t JOIN articles a ON a.rowid = t.article_rowid"
                        " WHERE a.id = 'huge'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM story_members WHERE article_id = 'huge'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM story_members WHERE article_id = 'before'") == [(1,)]


def test_no_stage_sees_more_than_the_bound_whatever_the_record_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Linearity without a clock: the work handed to the stages is bounded per article, so a
    record 2x, 8x or 32x the bound costs the stages nothing and the rest costs what it did."""
    seen: list[int] = []
    real = executor.run_stages

    def counting(articles: list[Article], config: Config, names: Sequence[str], where: str) -> Outcome:
        seen.extend(len(a.text.encode("utf-8")) for a in articles)
        return real(articles, config, names, where)

    monkeypatch.setattr(executor, "run_stages", counting)
    sizes = [2 * BOUND, 8 * BOUND, 32 * BOUND]
    records = [("small", BODY_000)] + [(f"big{n}", one_paragraph(n)) for n in sizes] + [("last", BODY)]
    path = jsonl(tmp_path / "grow.jsonl", records)
    report = ingest([path], Config(db_path=tmp_path / "k.db", max_analysis_bytes=BOUND))
    assert report.ok and report.counts["new"] == 5 and report.counts["too_large"] == 3
    assert sorted(seen) == sorted(len(t.encode("utf-8")) for i, t in records if i in ("small", "last"))
    assert max(seen) <= BOUND


def test_a_dump_over_the_bound_whose_articles_fit_is_analysed(tmp_path: Path, shared_data: Path) -> None:
    """The bound is per article: a real daily dump bigger than it is split and analysed."""
    day = shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Amar Ujala" / "AU-2020-MAR" / "AU-2020-MAR-22.txt"
    if not day.exists():
        pytest.skip(f"corpus day not found at {day}")
    (read,) = read_paths([day], Config())
    assert isinstance(read, Article)
    pieces = split_if_dump(read)
    bound = max(len(p.text.encode("utf-8")) for p in pieces)
    assert len(pieces) > 1 and bound < len(read.text.encode("utf-8"))
    db = tmp_path / "k.db"
    report = ingest([day], Config(db_path=db, max_analysis_bytes=bound))
    assert report.ok and "too_large" not in report.counts
    assert not any(w.startswith("E019") for w in report.warnings)
    assert rows(db, "SELECT count(*) FROM articles WHERE status = 'too_large'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == len(pieces)


def test_cli_over_the_default_bound_warns_in_one_line_and_exits_0(tmp_path: Path) -> None:
    """A record over the default 512 KiB bound, through the real command: one coded warning line,
    exit 0 (nothing was lost), the article listed with its status."""
    path = jsonl(tmp_path / "one.jsonl", [("big", one_paragraph(600 * 1024)), ("small", BODY_000)])
    db = tmp_path / "k.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: E019 {path}:line 1: article of 0.6 MB stored whole and searchable but not analysed:"
        " over the 512 KB analysis bound (no entities, dates, events or story); split it to analyse it"]
    assert "too_large 1" in result.stdout
    listed = CliRunner().invoke(cli, ["--db", str(db), "articles", "--status", "too_large", "--json"])
    assert [r["id"] for r in json.loads(listed.stdout)] == ["big"]
    shown = CliRunner().invoke(cli, ["--db", str(db), "show", "big"])
    assert shown.exit_code == 0 and "status too_large" in shown.stdout
    assert one_paragraph(600 * 1024) in shown.stdout  # the whole text, plain (not laid out by rich)


def test_a_record_over_the_record_limit_is_still_e017(tmp_path: Path) -> None:
    """The memory limit stays: a line over ``max_record_bytes`` is skipped unparsed, the rest is
    stored, exit status 1."""
    path = jsonl(tmp_path / "over.jsonl", [("huge", one_paragraph(3 * BOUND)), ("small", BODY_000)])
    report = ingest([path], Config(db_path=tmp_path / "k.db", max_record_bytes=2 * BOUND,
                                   max_analysis_bytes=BOUND))
    assert not report.ok and report.counts["new"] == 1
    assert report.failures[0].startswith(f"E017 {path}:1: record too large")


def test_an_html_page_is_held_to_the_page_limit_in_jsonl_and_warc(tmp_path: Path) -> None:
    """HTML extraction needs ~25x a page's size in memory, so a page in a stream (a JSONL
    ``html`` field, a WARC block) gets the limit of a page file, not the larger record limit."""
    from .test_reliability import html_page, warc

    config = Config(max_article_bytes=2 * BOUND, max_record_bytes=16 * BOUND, max_analysis_bytes=BOUND)
    page = html_page("बड़ा", (BODY + "\n") * 40).decode("utf-8")
    assert 2 * BOUND < len(page) < 16 * BOUND
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "big", "html": page}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "small", "text": BODY_000}, ensure_ascii=False) + "\n", encoding="utf-8")
    first, second = read_paths([path], config)
    assert not isinstance(first, Article) and first.error.message.startswith(
        f"E017 {path}:1: record too large ('html' of 0.")
    assert isinstance(second, Article) and second.id == "small"
    wpath = tmp_path / "pages.warc"
    wpath.write_bytes(warc([("http://example.com/big", page.encode("utf-8")),
                            ("http://example.com/b", html_page("दूसरा लेख", BODY_000))]))
    first, second = read_paths([wpath], config)
    assert not isinstance(first, Article) and first.error.message.startswith(f"E017 {wpath}:record 1: ")
    assert isinstance(second, Article) and second.url == "http://example.com/b"


@pytest.mark.parametrize("joiner", ["\n", " "])
def test_a_text_file_over_the_bound_that_is_no_dump_is_too_large(tmp_path: Path, joiner: str) -> None:
    """Short lines (the splitter is asked, and finds one article) or one long line (a piece
    would be over the bound: the splitter is not asked): stored whole, not analysed."""
    text = joiner.join([BODY.replace("\n", joiner)] * 12)
    assert len(text.encode("utf-8")) > 2 * BOUND
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    report = ingest([path], Config(db_path=db, max_analysis_bytes=BOUND))
    assert report.ok and report.counts["new"] == 1 and report.counts["too_large"] == 1
    assert [w.split(" ", 2)[:2] for w in report.warnings] == [["E019", f"{path}:"]]
    (data,), = rows(db, "SELECT data FROM articles")
    assert json.loads(data)["text"] == text
