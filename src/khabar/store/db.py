"""The embedded store: one SQLite file in WAL mode holding raw inputs, article versions, facts and
the ingest log.

Writes are idempotent: an article whose text equals its current version is "unchanged"; a changed
text becomes a new version and the old one is kept (``is_current = 0``). Batches are committed as
one transaction each, so a crash loses at most the batch in flight and never leaves half an
article (its facts, FTS rows and raw input are written in the same transaction).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import E, KhabarError
from ..model import Article
from .schema import MIGRATIONS

if TYPE_CHECKING:  # the story layer imports the store's schema: no import at run time
    from ..config import Config
    from ..stories.persist import StoryWriter

# A search query of more terms than this is refused (E050): FTS5 cost grows with every term, and
# a pasted 99 KB text ran past a minute. 64 is far above any query typed (the README's are 1-3).
MAX_QUERY_TERMS = 64
_BARE_WORD = re.compile(r"^[\w\u0900-\u097F]+$")  # \w alone misses Devanagari vowel signs
_FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def bounded_query(query: str) -> str:
    """``query`` with repeated plain words said once (an AND of a word with itself adds
    nothing), or E050 when it still has more than :data:`MAX_QUERY_TERMS` terms."""
    words = query.split()
    if words and all(_BARE_WORD.match(w) and w not in _FTS_OPERATORS for w in words):
        words = list(dict.fromkeys(words))
        query = " ".join(words)
    if len(words) > MAX_QUERY_TERMS or len(query) > 64 * MAX_QUERY_TERMS:
        raise KhabarError(E.E050, detail=f"search query of {len(words)} terms, {len(query)} characters:"
                          f" at most {MAX_QUERY_TERMS} terms")
    return query


# Tries to open a store that another process is creating at the same moment (waits of 0.05 s,
# 0.1 s, … 0.45 s between them, 2.25 s in all).
_OPEN_ATTEMPTS = 10


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def templates_json(templates: dict[str, Any]) -> str:
    """The stored form of the outlet templates. Ingest makes it as soon as the last record is
    cleaned, while the workers still analyse the last articles, rather than after the last
    write, when nothing else runs (on the corpus, 0.3 CPU-s with a core idle at the end of
    ``ingest --jobs 2``). Writing it stays at the end of the run, as before."""
    return json.dumps(templates)


@dataclass
class PutResult:
    outcome: str  # new, updated, unchanged
    rowid: int
    version: int


_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAVES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: what ``dataclasses.asdict`` gives, built without its deep
    copy of every leaf. ``asdict`` was 70% of the time of storing an article (cProfile of the
    writer on 135 corpus articles); the store only serialises the result, so nothing needs a
    copy. Field names are looked up once per class."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is list or kind is tuple:
        return [plain(v) for v in value]
    if kind is dict:
        return {k: plain(v) for k, v in value.items()}
    return value


def article_data(art: Article) -> dict[str, Any]:
    """The stored JSON form of an article (``data``): every field, less private ``extra`` keys.

    The private keys are left out before :func:`plain`, not after: one of them carries the
    article's story preparation (:mod:`khabar.stories.prepare`), which is not stored and is
    larger than most fields."""
    data: dict[str, Any] = {}
    for name in _field_names(art):
        value = getattr(art, name)
        if name == "extra":
            value = {k: v for k, v in value.items() if not k.startswith("_")}
        data[name] = plain(value)
    return data


# The key of an article's row form in ``Article.extra`` (private: never stored).
ROW_KEY = "_row"


@dataclass(frozen=True)
class RowForm:
    """What :meth:`Store.put_article` serialises of an article: its JSON and the rest below.
    Ingest's workers make it (see :func:`attach_rows`), so the one writer only copies it into
    SQLite: the serialising was 13% of the writer's process under ``--jobs 2`` on the whole
    corpus (issue 16)."""

    article_id: str
    # ``data`` and ``body`` as UTF-8 bytes where a worker sends them (see :func:`lighten`):
    # stored as the same text (``CAST(? AS TEXT)``).
    data: str | bytes
    # Round sc28 (issue 16): the rest of the row that depends on the article alone, made in the
    # worker too: the text's hash and the stored body (NFC).
    content_hash: str
    body: str | bytes
    # Round sc43 (issue 16): the rows of the fact tables (mentions, timexes, events with their
    # actors' JSON and English names, quotes), less the article's rowid, which only the writer
    # knows. With them the writer needs none of the article's analysis, so a worker sends the
    # article back without it (:func:`lighten`).
    mentions: tuple[tuple[Any, ...], ...]
    timexes: tuple[tuple[Any, ...], ...]
    events: tuple[tuple[Any, ...], ...]
    quotes: tuple[tuple[Any, ...], ...]


Facts = tuple[tuple[tuple[Any, ...], ...], ...]


def row_form(art: Article, content_hash: str | None = None) -> RowForm:
    """The row form of ``art`` as it is now (``content_hash``: its text's, when known)."""
    return RowForm(art.id, _data_json(art), content_hash or art.content_hash,
                   unicodedata.normalize("NFC", art.body), *fact_rows(art))


def _data_json(art: Article) -> str:
    return json.dumps(article_data(art), ensure_ascii=False, default=str)


def fact_rows(art: Article, lead: tuple[Any, ...] = ()) -> Facts:
    """The rows of the fact tables (mentions, timexes, events, quotes), each after ``lead``
    (the article's rowid, where the writer makes them: each row is made once)."""
    from ..events.names import english_names  # events load the KB only when there are events

    return (
        tuple((*lead, m.start, m.end, m.text, m.type, m.entity_id, m.canonical, m.kind, m.reading,
               m.metonym_for, int(m.inferred), m.role) for m in art.mentions),
        tuple((*lead, t.start, t.end, t.text, t.type, t.value, t.reference) for t in art.timexes),
        tuple((*lead, ev.id, ev.type, ev.mode, ev.date, ev.modality, json.dumps(ev.source),
               json.dumps(ev.target), ev.trigger, ev.evidence_start, ev.evidence_end,
               ev.confidence,
               json.dumps(english_names(art, ev), ensure_ascii=False, sort_keys=True))
              for ev in art.events),
        tuple((*lead, q.start, q.end, q.kind, q.cue, q.speaker, q.speaker_text)
              for q in art.quotes))


def attach_rows(articles: Sequence[Article]) -> None:
    """Give each article its row form, in place (a worker's last step: the articles are not
    changed after it, so the writer stores what a form made there would hold)."""
    for art in articles:
        art.extra[ROW_KEY] = row_form(art)


# The private ``extra`` key that marks an article sent back without what its row form holds.
LEAN_KEY = "_lean"


def lighten(articles: Sequence[Article]) -> None:
    """Take off the articles, in place, what their row forms hold and the writer reads nowhere
    else: the text, the analysis (blocks, sentences, mentions, timexes, events, quotes), the
    input's other fields (authors, summary, raw HTML, provenance, public ``extra`` keys). What
    the writer still reads stays: the id, the columns :meth:`Store.put_article` writes beside
    the row form (source, url, outlet, title, dates, language, status), the warnings, and the
    private keys (the row form, the story preparation). A worker's last step under ``--jobs N``
    (round sc43, issue 16): the result crossed the process boundary as the whole article *and*
    its row form, which holds all of it again as JSON; an article without its row form is left
    whole.

    The row form's JSON and body go as UTF-8 bytes, which SQLite stores as the same text: a
    string crosses as UTF-8 anyway and was decoded on arrival (15 us an article on the corpus)
    only for SQLite to encode it again. A string that UTF-8 cannot encode (a lone surrogate) or
    that holds a NUL stays a string, so the writer meets it as before."""
    for art in articles:
        form = art.extra.get(ROW_KEY)
        if not isinstance(form, RowForm):
            continue
        art.extra[ROW_KEY] = replace(form, data=_utf8(form.data), body=_utf8(form.body))
        art.text = ""
        art.authors, art.summary, art.raw_html, art.provenance = [], None, None, {}
        art.blocks, art.sentences, art.mentions = [], [], []
        art.timexes, art.events, art.quotes = [], [], []
        art.extra = {k: v for k, v in art.extra.items() if k.startswith("_")}
        art.extra[LEAN_KEY] = True


def _utf8(text: str | bytes) -> str | bytes:
    """``text`` as UTF-8 bytes (see :func:`lighten`), or as it is where that could change it."""
    if isinstance(text, bytes) or "\x00" in text:
        return text
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text


def _carried_row(art: Article) -> RowForm | None:
    """The row form ``art`` carries, unless it carries none or one made before its id changed
    (or its events changed; a lightened article has none left to compare)."""
    done = art.extra.get(ROW_KEY)
    if isinstance(done, RowForm) and done.article_id == art.id and (
            len(done.events) == len(art.events) or art.extra.get(LEAN_KEY)):
        return done
    if art.extra.get(LEAN_KEY):  # its text and analysis are gone: no row can be made again
        raise RuntimeError(f"article {art.id}: sent without its analysis, its row form is stale")
    return None


def _field_names(value: Any) -> tuple[str, ...]:
    names = _FIELDS.get(type(value))
    if names is None:
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    return names


BUSY_TIMEOUT_MS = 60_000


class Store:
    """A khabar database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._stories: StoryWriter | None = None
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            except sqlite3.Error as exc:  # a folder that does not exist, no permission
                raise KhabarError(E.E020, where=str(self.path), detail=str(exc)) from None
            try:
                self._setup()
                return
            except sqlite3.OperationalError as exc:
                self.conn.close()
                if "locked" not in str(exc) or attempt == _OPEN_ATTEMPTS - 1:
                    raise KhabarError(E.E020, where=str(self.path), detail=str(exc)) from None
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.DatabaseError as exc:
                self.conn.close()
                raise KhabarError(E.E020, where=str(self.path), detail=str(exc)) from None

    def _setup(self) -> None:
        """Pragmas and migrations. Switching a new file to WAL takes a lock that SQLite does not
        wait for through the busy timeout when another process is creating the same file, so
        :meth:`__init__` retries a "database is locked" here a few times."""
        self.conn.row_factory = sqlite3.Row
        # A second writer (two ingests into one store) waits for the other's batch transaction
        # instead of failing with "database is locked": on a loaded 2-core machine one batch plus
        # its story placement took over the former 5 s. Readers are not blocked by writers (WAL).
        self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def stories(self, config: Config) -> StoryWriter:
        """This connection's story writer, made on first use: it keeps the story clusterer in
        memory from one batch to the next (see :class:`khabar.stories.persist.StoryWriter`)."""
        if self._stories is None:
            from ..stories.persist import StoryWriter

            self._stories = StoryWriter(self.conn, config)
        return self._stories

    # -- schema ------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema up to date, safe when several processes open a new file at once:
        the version is read again under the write lock, so only the first one migrates and the
        others find the tables made (before, the second failed on "table meta already exists")."""
        if self.schema_version > len(MIGRATIONS):
            raise KhabarError(E.E022, where=str(self.path), detail=self.schema_version)
        if self.schema_version == len(MIGRATIONS):
            return
        with self.transaction():
            current = self.schema_version
            if current > len(MIGRATIONS):
                raise KhabarError(E.E022, where=str(self.path), detail=current)
            for version, migration in enumerate(MIGRATIONS[current:], start=current + 1):
                migration(self.conn)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writes (call inside transaction()) --------------------------------------------------
    def has_raw(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM raw_inputs WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def put_raw(self, sha256: str, kind: str, source_path: str, record: str, data: bytes, size: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO raw_inputs (sha256, kind, source_path, record, size, first_seen, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sha256, kind, source_path, record, size, _now(), data),
        )

    def put_article(self, art: Article) -> PutResult:
        """Store ``art`` as new, as a new version, or not at all when its text is unchanged."""
        carried = _carried_row(art)
        content_hash = carried.content_hash if carried is not None else art.content_hash
        # "+is_current": without it SQLite searched the (is_current, dct) index, i.e. every
        # current article, so storing one cost time linear in the store (0.9 ms per article at
        # 1k articles, 11 ms at 10k: benchmarks/store_growth.py); the (id, version) index finds it.
        cur = self.conn.execute(
            "SELECT rowid, version, content_hash FROM articles WHERE id = ? AND +is_current = 1",
            (art.id,),
        ).fetchone()
        if cur is not None and cur["content_hash"] == content_hash:
            return PutResult("unchanged", cur["rowid"], cur["version"])
        version = 1
        if cur is not None:
            version = cur["version"] + 1
            self.conn.execute("UPDATE articles SET is_current = 0 WHERE rowid = ?", (cur["rowid"],))
        art.extra.pop(ROW_KEY, None)
        # without a row form (``--jobs 1``) the fact rows are made below, with the rowid
        data = carried.data if carried is not None else _data_json(art)
        body = (carried.body if carried is not None
                else unicodedata.normalize("NFC", art.body))
        rowid = self.conn.execute(
            "INSERT INTO articles (id, version, is_current, content_hash, raw_sha256, source_kind,"
            " source_path, record, url, outlet, title, published, dct, language, status, body, data,"
            " ingested_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT),"
            " CAST(? AS TEXT), ?)",
            (
                art.id, version, content_hash, art.raw_sha256, art.source_kind, art.source_path,
                art.record, art.url, art.outlet, art.title, art.published, art.dct, art.language,
                art.status, body, data, _now(),
            ),
        ).lastrowid
        assert rowid is not None
        if carried is not None:
            self._put_facts(tuple([(rowid, *row) for row in rows]
                                  for rows in (carried.mentions, carried.timexes,
                                               carried.events, carried.quotes)))
        else:
            self._put_facts(fact_rows(art, (rowid,)))
        return PutResult("new" if cur is None else "updated", rowid, version)

    def _put_facts(self, facts: Sequence[Sequence[tuple[Any, ...]]]) -> None:
        """Insert the fact rows (each with the article's rowid first, see :func:`fact_rows`)."""
        mentions, timexes, events, quotes = facts
        self.conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              mentions)
        self.conn.executemany("INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?)", timexes)
        self.conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              events)
        self.conn.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", quotes)

    def earlier_raw(self, source_path: str, not_sha256: str) -> tuple[str, bytes] | None:
        """The latest stored raw input of a whole file at ``source_path`` other than the given
        one: (sha256, compressed bytes), for recognising a re-crawl of it."""
        row = self.conn.execute(
            "SELECT sha256, data FROM raw_inputs WHERE source_path = ? AND sha256 != ?"
            " AND (kind IN ('text', 'seed') OR (kind = 'html' AND record = ''))"  # a dump's raw
            " AND data IS NOT NULL ORDER BY rowid DESC LIMIT 1",  # carries its first piece's record
            (source_path, not_sha256),
        ).fetchone()
        return (row["sha256"], row["data"]) if row else None

    def article_id_for_raw(self, sha256: str) -> str | None:
        """The id of the file article stored from a raw input (a dump's own id, not a child's)."""
        row = self.conn.execute(
            "SELECT id, json_extract(data, '$.extra.parent') AS parent FROM articles"
            " WHERE raw_sha256 = ? ORDER BY rowid LIMIT 1",
            (sha256,),
        ).fetchone()
        if row is None:
            return None
        return str(row["parent"] or row["id"])

    # -- ingest log --------------------------------------------------------------------------
    def start_run(self, args: Sequence[str]) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO ingest_runs (started, args) VALUES (?, ?)", (_now(), json.dumps(list(args)))
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET finished = ?, counts = ? WHERE id = ?",
                (_now(), json.dumps(counts), run_id),
            )

    def log(self, run_id: int, source_path: str, record: str, outcome: str, code: str | None = None,
            message: str | None = None, article_id: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO ingest_log (run_id, at, source_path, record, outcome, code, message, article_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, _now(), source_path, record, outcome, code, message, article_id),
        )

    # -- outlet templates --------------------------------------------------------------------
    # The clean stage's learnt page templates (``OutletTemplates.to_dict()``), one JSON document.
    def load_templates(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM outlet_templates WHERE outlet = '*'").fetchone()
        return json.loads(row["data"]) if row else None

    def save_templates(self, templates: dict[str, Any] | str) -> None:
        """Store the outlet templates: their dict, or its JSON already made (see
        :func:`templates_json`)."""
        data = templates if isinstance(templates, str) else templates_json(templates)
        self.conn.execute(
            "INSERT INTO outlet_templates (outlet, data) VALUES ('*', ?)"
            " ON CONFLICT (outlet) DO UPDATE SET data = excluded.data",
            (data,),
        )

    # -- reads -------------------------------------------------------------------------------
    def get_article(self, article_id: str, version: int | None = None) -> Article:
        """The current version of an article (or the given one); a unique id prefix is enough."""
        sql = "SELECT data FROM articles WHERE (id = ? OR id LIKE ?)"
        params: list[Any] = [article_id, article_id.replace("%", "") + "%"]
        if version is None:
            sql += " AND is_current = 1"
        else:
            sql += " AND version = ?"
            params.append(version)
        rows = self.conn.execute(sql + " LIMIT 2", params).fetchall()
        if len(rows) != 1:
            detail = article_id if not rows else f"{article_id} (ambiguous prefix)"
            raise KhabarError(E.E021, detail=detail)
        return Article.from_dict(json.loads(rows[0]["data"]))

    def versions(self, article_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT version, is_current, content_hash, ingested_at FROM articles WHERE id = ?"
            " ORDER BY version",
            (article_id,),
        ).fetchall()

    def list_articles(self, limit: int | None = None, outlet: str | None = None,
                      since: str | None = None, until: str | None = None,
                      status: str | None = None) -> list[sqlite3.Row]:
        sql = ("SELECT id, version, outlet, dct, published, title, language, status, source_kind,"
               " source_path, record, length(body) AS body_chars FROM articles WHERE is_current = 1")
        params: list[Any] = []
        # ``until`` may be a month or a year: compare at its precision (2026-02 holds 2026-02-05)
        until_clause = f"substr(dct, 1, {len(until)}) <= ?" if until else ""
        for clause, value in (("outlet = ?", outlet), ("dct >= ?", since), (until_clause, until),
                              ("status = ?", status)):
            if value is not None:
                sql += f" AND {clause}"
                params.append(value)
        sql += " ORDER BY dct, source_path, record, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql, params).fetchall()

    def iter_articles(self, where: str = "1", params: Sequence[Any] = (),
                      without: Sequence[str] = (), only: Sequence[str] = ()) -> Iterator[Article]:
        """Current articles as :class:`Article` objects (``where``: SQL over table ``articles``).

        ``without`` names list fields a reader does not use (``blocks``, ``sentences``,
        ``timexes``): SQLite drops them before the JSON reaches Python, so a query over every
        article with events parses a third less (they come back empty). ``only`` names the
        fields a reader uses when they are fewer still, and SQLite sends just those (the rest
        come back empty, ``text`` as ""): ``id`` and ``events`` are a sixth of the JSON of the
        articles ``khabar timeline मोदी`` clusters, their mentions and text most of the rest.
        With ``only``, ``without`` has nothing left to drop; names that are no identifiers are
        never put into the SQL.
        """
        data = "data"
        if without:
            fields = ", ".join(f"'$.{name}'" for name in without if name.isidentifier())
            data = f"json_remove(data, {fields})"
        names = [name for name in only if name.isidentifier()]
        if names:  # the array of the fields' values, in the order named
            data = "json_array(" + ", ".join(f"json_extract(data, '$.{name}')" for name in names) + ")"
        sql = f"SELECT {data} AS data FROM articles WHERE is_current = 1 AND ({where}) ORDER BY rowid"
        for row in self.conn.execute(sql, list(params)):
            found = json.loads(row["data"])
            yield Article.from_dict({"id": "", "text": "", **dict(zip(names, found, strict=True))} if names else found)

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        """Full-text search over titles and bodies of current articles (FTS5 query syntax).

        An article stored over the analysis bound (status ``too_large``) shows its opening words
        instead of a snippet around the match: FTS5's snippet() re-reads the whole document for
        every hit, 40 s for one 50 MB article (reliability battery), and CASE skips it.
        """
        query = bounded_query(query)
        try:
            return self.conn.execute(
                "SELECT a.id, a.outlet, a.dct, a.title, CASE WHEN a.status = 'too_large'"
                " THEN substr(a.body, 1, 80) || '…'"
                " ELSE snippet(articles_fts, 1, '[', ']', '…', 12) END"
                " AS snippet, bm25(articles_fts) AS rank FROM articles_fts JOIN articles a"
                " ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND a.is_current = 1"
                " ORDER BY rank LIMIT ?",
                (unicodedata.normalize("NFC", query), limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise KhabarError(E.E050, detail=f"search query {query!r}: {exc}") from None

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        by = lambda sql: {r[0] or "?": r[1] for r in self.conn.execute(sql)}  # noqa: E731
        cur = "FROM articles WHERE is_current = 1"
        return {
            "articles": one(f"SELECT count(*) {cur}"),
            "versions": one("SELECT count(*) FROM articles"),
            "raw_inputs": one("SELECT count(*) FROM raw_inputs"),
            "by_status": by(f"SELECT status, count(*) {cur} GROUP BY status"),
            "by_language": by(f"SELECT language, count(*) {cur} GROUP BY language"),
            "by_outlet": by(f"SELECT outlet, count(*) {cur} GROUP BY outlet ORDER BY 2 DESC"),
            "dates": list(self.conn.execute(f"SELECT min(dct), max(dct) {cur}").fetchone()),
            "mentions": one("SELECT count(*) FROM mentions JOIN articles a ON a.rowid = article_rowid WHERE a.is_current = 1"),
            "entities": one("SELECT count(DISTINCT entity_id) FROM mentions JOIN articles a ON a.rowid = article_rowid WHERE a.is_current = 1"),
            "timexes": one("SELECT count(*) FROM timexes JOIN articles a ON a.rowid = article_rowid WHERE a.is_current = 1"),
            "events": one("SELECT count(*) FROM events JOIN articles a ON a.rowid = article_rowid WHERE a.is_current = 1"),
            "quotes": one("SELECT count(*) FROM quotes JOIN articles a ON a.rowid = article_rowid WHERE a.is_current = 1"),
            "failures_last_run": one("SELECT count(*) FROM ingest_log WHERE outcome = 'failed' AND run_id = (SELECT max(id) FROM ingest_runs)"),
        }
