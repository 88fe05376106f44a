"""Hostile input and faults (issue 12): every case of the reliability battery that lost data or
misled, rebuilt here from a real file generated in the test, with its exact outcome."""

from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import cli
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.store.db import Store
from khabar.store.schema import MIGRATIONS

from .conftest import EXAMPLES, SEED_000, SEED_003

SEED_TEXT = SEED_003.read_text(encoding="utf-8")
BODY = SEED_TEXT.split("\n", 1)[1]
BODY_000 = SEED_000.read_text(encoding="utf-8").split("\n", 1)[1]
FRENCH = ("Le ministre a déclaré à la télévision que l'économie française était en pleine "
          "récupération. Les élèves étudient l'été à Genève, où les hôtels sont très chers.\n") * 20


def read(*paths: str | Path, config: Config | None = None) -> list[Article | Failure]:
    return list(read_paths(paths, config or Config()))


def codes(items: list[Article | Failure]) -> list[str]:
    return [i.error.code.name if isinstance(i, Failure) else "ok" for i in items]


def run(*args: str, db: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# -- 1. JSONL with long first lines -----------------------------------------------------------

@pytest.mark.parametrize("first_kb", [6, 20, 100])
def test_jsonl_with_a_long_first_line_is_read_as_jsonl(tmp_path: Path, first_kb: int) -> None:
    long_text = (BODY.replace("\n", " ") * 40)[: first_kb * 1024 // 3]
    lines = [json.dumps({"id": "long", "text": long_text}, ensure_ascii=False),
             '{"id": "bad", "text": "unterminated',
             json.dumps({"id": "short", "text": BODY_000}, ensure_ascii=False)]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert codes(items) == ["ok", "E007", "ok"]
    assert [i.id for i in items if isinstance(i, Article)] == ["long", "short"]
    assert isinstance(items[1], Failure) and items[1].error.message.startswith(f"E007 {path}:2: ")


def test_jsonl_text_that_is_not_a_string_is_e012(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"id": "n", "text": 12345}) + "\n"
                    + json.dumps({"id": "ok", "text": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    items = read(path)
    assert codes(items) == ["E012", "ok"]
    assert isinstance(items[0], Failure) and "int, not a string" in items[0].error.message


# -- 2. WARC -------------------------------------------------------------------------------------

def html_page(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='hi'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>").encode()


def warc(pages: list[tuple[str, bytes]], gzipped: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    for uri, payload in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=http))
    return buf.getvalue()


GOOD = warc([("http://example.com/a", html_page("पहला लेख", BODY)),
             ("http://example.com/b", html_page("दूसरा लेख", BODY_000))])
FIRST_LENGTH = GOOD.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]


def with_length(delta: int) -> bytes:
    return GOOD.replace(b"Content-Length: " + FIRST_LENGTH,
                        b"Content-Length: " + str(int(FIRST_LENGTH) + delta).encode(), 1)


def flipped_payload() -> bytes:
    at = GOOD.index("पहला".encode())
    return GOOD[:at] + "दूसरा".encode()[:len("पहला".encode())] + GOOD[at + len("पहला".encode()):]


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("good", GOOD, ["ok", "ok"]),
    ("truncated", GOOD[:-1500], ["ok", "E006"]),
    ("length-short", with_length(-200), ["E006", "ok"]),
    ("length-long", with_length(100_000), ["E006", "ok"]),
    ("length-long-inside-file", with_length(300), ["E006", "ok"]),
    ("digest-mismatch", flipped_payload(), ["E006", "ok"]),
])
def test_warc_records_are_validated_and_a_damaged_one_is_rejected_whole(
        tmp_path: Path, name: str, data: bytes, expected: list[str]) -> None:
    path = tmp_path / f"{name}.warc"
    path.write_bytes(data)
    (tmp_path / "whole.warc").write_bytes(GOOD)
    whole = {a.url: a.text for a in read(tmp_path / "whole.warc") if isinstance(a, Article)}
    items = read(path)
    assert codes(items) == expected
    for item in items:
        if isinstance(item, Failure):
            assert item.error.message.startswith(f"E006 {path}:record ") and "\n" not in item.error.message
        else:  # nothing cut short is read: each page read is one of the two, whole
            assert item.text == whole[item.url]


def test_truncated_gzipped_warc_is_e005_and_stores_nothing_cut(tmp_path: Path) -> None:
    data = warc([("http://example.com/c", html_page("तीसरा", BODY))], gzipped=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-300])
    assert codes(read(path)) == ["E005"]


def test_a_truncated_copy_never_becomes_the_current_version(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a_good.warc").write_bytes(GOOD)
    (crawl / "b_cut.warc").write_bytes(GOOD[:-1500])
    config = Config(db_path=tmp_path / "k.db")
    report = ingest([crawl], config)
    assert [f.split(" ", 1)[0] for f in report.failures] == ["E006"]
    with Store(config.db_path) as store:
        rows = store.conn.execute("SELECT id, version FROM articles").fetchall()
    assert sorted(r["version"] for r in rows) == [1, 1]


# -- 3. encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize(("bom", "encoding"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                                               (b"\xff\xfe\x00\x00", "utf-32-le")])
def test_utf16_and_utf32_with_a_bom_keep_the_hindi(tmp_path: Path, bom: bytes, encoding: str) -> None:
    path = tmp_path / "hindi.txt"
    path.write_bytes(bom + BODY.encode(encoding))
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.text == BODY and art.encoding == encoding


def test_utf16_html_is_still_sniffed_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"\xff\xfe" + html_page("पहला लेख", BODY).decode("utf-8").encode("utf-16-le"))
    (art,) = read(path)
    assert isinstance(art, Article) and art.source_kind == "html"
    assert art.title == "पहला लेख"


def test_latin1_french_is_not_read_as_central_european(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.text == FRENCH and art.encoding == "cp1252"


# -- 4. files that vanish or cannot be listed ---------------------------------------------------

def test_file_deleted_during_the_run_is_e010(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(BODY + name, encoding="utf-8")
    items = read_paths([tmp_path], Config())
    first = next(items)
    (tmp_path / "b.txt").unlink()  # after the folder was listed, before its turn
    rest = list(items)
    assert codes([first, *rest]) == ["ok", "E010", "ok"]
    assert isinstance(rest[0], Failure) and rest[0].error.message == (
        f"E010 {tmp_path / 'b.txt'}: file vanished or became unreadable during the run: deleted after listing")


def test_unlistable_sub_folder_is_e010(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "open.txt").write_text(BODY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # as for a folder of mode 000 (tests run as root)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    assert codes(items) == ["E010", "ok"]
    assert isinstance(items[0], Failure) and "cannot list folder: Permission denied" in items[0].error.message


def test_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty\nname.txt"
    path.write_bytes(b"")
    (item,) = read(path)
    assert isinstance(item, Failure)
    assert item.error.message == f"E002 {tmp_path}/empty\\nname.txt: empty file"


# -- 5. size limits ------------------------------------------------------------------------------

def test_oversized_jsonl_record_is_e017_and_the_rest_is_read(tmp_path: Path) -> None:
    config = Config(max_record_bytes=64 * 1024)
    lines = [json.dumps({"id": "before", "text": BODY}, ensure_ascii=False),
             json.dumps({"id": "huge", "text": BODY * 40}, ensure_ascii=False),
             json.dumps({"id": "after", "text": BODY_000}, ensure_ascii=False)]
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, config=config)
    assert codes(items) == ["ok", "E017", "ok"]
    assert isinstance(items[1], Failure) and items[1].error.message.startswith(f"E017 {path}:2: record too large")


def test_oversized_warc_block_is_e017_and_the_next_record_is_read(tmp_path: Path) -> None:
    big = warc([("http://example.com/big", html_page("बड़ा", BODY * 20)),
                ("http://example.com/b", html_page("दूसरा लेख", BODY_000))])
    path = tmp_path / "big.warc"
    path.write_bytes(big)
    assert codes(read(path, config=Config(max_record_bytes=64 * 1024))) == ["E017", "ok"]


def test_limits_are_written_in_the_unit_the_readme_uses(tmp_path: Path) -> None:
    config = Config(max_article_bytes=32 * 1024 * 1024)
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wb") as fh:
        for _ in range(35):
            fh.write(b"x" * (1024 * 1024 - 1) + b"\n")
    (item,) = read(path, config=config)
    assert isinstance(item, Failure) and "(more than 32 MB)" in item.error.message


# -- 6. store creation under concurrency --------------------------------------------------------

def _open_together(path: Path, start: threading.Barrier, errors: list[BaseException]) -> None:
    start.wait()
    try:
        Store(path).close()
    except BaseException as exc:  # collected for the assertion
        errors.append(exc)


def test_new_store_opened_by_many_at_once(tmp_path: Path) -> None:
    for trial in range(5):
        path = tmp_path / f"race{trial}.db"
        start = threading.Barrier(4)
        errors: list[BaseException] = []
        threads = [threading.Thread(target=_open_together, args=(path, start, errors)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with Store(path) as store:
            assert store.schema_version == len(MIGRATIONS)


def test_a_second_writer_waits_for_a_long_batch_instead_of_failing(tmp_path: Path) -> None:
    """Another writer holds the store's write lock for 6 s (a long batch on a loaded machine, more
    than the former 5 s busy timeout); the ingest waits and stores everything."""
    db = tmp_path / "k.db"
    Store(db).close()
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with Store(db) as other, other.transaction():
            holding.set()
            release.wait(6)

    t = threading.Thread(target=hold)
    t.start()
    holding.wait(10)
    try:
        report = ingest([SEED_000], Config(db_path=db), stages=["clean"])
    finally:
        release.set()
        t.join()
    assert dict(report.counts) == {"new": 1}, report.failures


def test_store_in_a_folder_that_does_not_exist_is_e020(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "k.db"
    for command in (("stats",), ("ingest", str(EXAMPLES))):  # both would make a new store
        code, out, err = run(*command, db=db)
        assert (code, err.strip()) == (1, f"E020 {db}: database error: unable to open database file")
    code, out, err = run("events", db=db)  # a reading command: no store there to read
    assert (code, err.strip().split(":")[0]) == (1, f"E025 no store at {db}")


# -- 7, 9. arguments -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "k.db"
    code, _, _ = run("ingest", "-q", str(EXAMPLES), db=db)
    assert code == 0
    return db


@pytest.mark.parametrize("args", [("events", "--since", "notadate"), ("articles", "--since", "2026-13-45"),
                                  ("stories", "--since", "yesterday"), ("articles", "--until", "2026-02-30")])
def test_bad_dates_are_e050(seeded_db: Path, args: tuple[str, ...]) -> None:
    code, out, err = run(*args, db=seeded_db)
    assert code == 1 and err.startswith("E050 invalid option: --") and len(err.splitlines()) == 1


def test_unpadded_and_partial_dates_find_what_padded_ones_do(seeded_db: Path) -> None:
    answers = []
    for since, until in (("2026-2-1", "2026-2-28"), ("2026-02-01", "2026-02-28"), ("2026", "2026-02")):
        code, out, _ = run("articles", "--json", "--since", since, "--until", until, db=seeded_db)
        assert code == 0
        answers.append(sorted(r["id"] for r in json.loads(out)))
    assert answers[0] == answers[1] == answers[2] == ["067ad915245d0b3d", "cf99c38d322cc213"]


def test_long_search_queries_are_bounded(seeded_db: Path) -> None:
    code, out, _ = run("search", "--json", " ".join(["पुतिन"] * 6200), db=seeded_db)
    assert code == 0 and len(json.loads(out)) == 2  # the same word 6,200 times is one word
    code, _, err = run("search", " ".join(f"शब्द{i}" for i in range(200)), db=seeded_db)
    assert code == 1 and err.startswith("E050 ") and "at most 64 terms" in err
    code, _, err = run("search", "(" * 30000 + "x" + ")" * 30000, db=seeded_db)
    assert code == 1 and err.startswith("E050 ")


def test_show_names_the_version_asked_for(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    page = tmp_path / SEED_003.name
    page.write_text(SEED_TEXT, encoding="utf-8")
    run("ingest", "-q", str(page), db=db)
    page.write_text(SEED_TEXT.replace("पुतिन", "पुतीन", 1), encoding="utf-8")
    run("ingest", "-q", str(page), db=db)
    _, out, _ = run("show", "cf99c38d", "--version", "1", db=db)
    assert "version 1 of 2" in out
    _, out, _ = run("show", "cf99c38d", db=db)
    assert "version 2 of 2" in out


# -- 8. the user's store and KB: coded lines, never tracebacks or E099 -----------------------------

def test_damaged_store_is_one_e020_line(tmp_path: Path, seeded_db: Path) -> None:
    db = tmp_path / "damaged.db"
    with sqlite3.connect(seeded_db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(seeded_db.read_bytes())
    for at in (len(data) // 3, len(data) // 2, 2 * len(data) // 3):
        page = at // 4096 * 4096
        data[page : page + 4096] = b"\xab" * 4096
    db.write_bytes(bytes(data))
    for command in (["stats"], ["search", "पुतिन"], ["articles"]):
        code, out, err = run(*command, db=db)
        assert "Traceback" not in out + err
        if code:  # which pages a command reads decides whether it meets the damage
            assert code == 1 and err.startswith(f"E020 {db}: ") and len(err.splitlines()) == 1


@pytest.mark.parametrize(("content", "detail"), [
    (b"version: 1\nentities:\n  - {id: person/t3, type: PERSON, name: T, population: lots}\n",
     "'population' must be a whole number"),
    (b"version: 1\nentities:\n  - {id: person/t2, type: PERSON, name: T, roles: 5}\n", "'roles' must be a list"),
    (b"version: 1\nentities:\n  - {id: person/t9, type: PERSON, name: Jos\xe9, en: [Jos\xe9]}\n", "not UTF-8"),
])
def test_bad_user_kb_is_e030_for_queries_and_for_ingest(tmp_path: Path, seeded_db: Path, content: bytes,
                                                         detail: str) -> None:
    kb = tmp_path / "mine.yaml"
    kb.write_bytes(content)
    result = CliRunner().invoke(cli, ["--db", str(seeded_db), "--kb", str(kb), "entity", "पुतिन"])
    assert result.exit_code == 1 and result.stderr.startswith("E030 ") and detail in result.stderr
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "--kb", str(kb), "ingest", str(EXAMPLES)])
    assert result.exit_code == 1 and result.stderr.startswith("E030 ") and detail in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "E099" not in result.stderr


# -- 10. re-crawled files keep their identity --------------------------------------------------

def test_recrawled_file_without_an_id_becomes_a_new_version(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # no id in the name: the id comes from the content
    page.write_text(BODY, encoding="utf-8")
    config = Config(db_path=tmp_path / "k.db")
    first = ingest([page], config)
    page.write_text(BODY.replace("पुतिन", "पुतीन", 1), encoding="utf-8")
    second = ingest([page], config)
    assert second.counts["updated"] == 1 and second.stored_ids == first.stored_ids
    other = tmp_path / "other.txt"  # another file at another path is another article
    other.write_text(BODY_000, encoding="utf-8")
    assert ingest([other], config).counts["new"] == 1


def test_recrawled_daily_dump_updates_versions(tmp_path: Path, shared_data: Path) -> None:
    corpus = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    day = sorted(corpus.rglob("*.txt"))[300]
    dump = tmp_path / "day.txt"
    dump.write_bytes(day.read_bytes())
    config = Config(db_path=tmp_path / "k.db")
    first = ingest([dump], config, stages=["clean", "lang"])
    data = bytearray(dump.read_bytes())
    at = data.rindex(b" ", 0, len(data) - 5)
    data[at : at + 1] = b"_"
    dump.write_bytes(bytes(data))
    second = ingest([dump], config, stages=["clean", "lang"])
    assert len(first.stored_ids) > 1 and second.counts["new"] == 0 and second.counts["updated"] == 1
    with Store(config.db_path) as store:
        dup = store.conn.execute("SELECT count(*) FROM (SELECT body FROM articles WHERE is_current = 1"
                                 " GROUP BY body HAVING count(*) > 1)").fetchone()[0]
    assert dup == 0


# -- 11. determinism ------------------------------------------------------------------------------

# Columns that hold the wall-clock time of the run, the only thing two runs may differ in.
_CLOCK_COLUMNS = {"ingested_at", "first_seen", "at", "started", "finished"}


def dump_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of a store in rowid order, clock columns blanked (FTS shadow tables follow
    from the articles)."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'"
            " ORDER BY name")]
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            names = [d[0] for d in cursor.description]
            out[table] = [tuple(None if n in _CLOCK_COLUMNS else v for n, v in zip(names, row, strict=True))
                          for row in cursor]
    return out


def test_two_hash_seeds_give_identical_stores(tmp_path: Path, shared_data: Path) -> None:
    import subprocess
    import sys

    corpus = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for day in sorted(corpus.rglob("*-APR-01.txt")):  # one day of every outlet: stories across them
        (inputs / day.name).write_bytes(day.read_bytes())
    for seed in sorted(EXAMPLES.glob("*.txt")):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    dumps = []
    for hash_seed in ("1", "2"):
        db = tmp_path / f"seed{hash_seed}.db"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run([sys.executable, "-c", "from khabar.cli import main; main()", "--db", str(db),
                               "ingest", "-q", str(inputs)], env=env, capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr.decode()
        dumps.append(dump_tables(db))
    assert len(dumps[0]["articles"]) > 30 and len(dumps[0]["stories"]) > 20
    for table in dumps[0]:
        assert dumps[0][table] == dumps[1][table], table


# -- 10. documentation ---------------------------------------------------------------------------

def test_every_code_is_in_the_readme_bad_input_table() -> None:
    """The README's "Bad input" section tells the user what each code means and what to do."""
    from khabar.errors import E

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Bad input\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| E")]
    missing = [code.name for code in E if not any(code.name in row.split("|")[1] for row in rows)]
    assert not missing, f"codes without a row in README's Bad input table: {missing}"
