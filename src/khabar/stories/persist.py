"""The story layer's SQL tables, and how the online clusterer's state goes in and out of them.

The store runs :data:`SCHEMA_SQL` as one of its migrations and hands us its connection. Ingest's
one writer places every batch of newly stored articles with its :class:`StoryWriter`, which
keeps the clusterer in memory for the whole run: it loads the window once (:func:`load_state`),
follows the articles' dates (stories idle for ``ACTIVE_DAYS`` keep only their sums, those idle
past :data:`HORIZON`, the longest a follow-up may come, leave memory) and writes back only what
changed, so a batch costs its own articles whatever the store holds. Earlier stories are never
rebuilt: of a long-running story only its recent members are in memory (the others are counted,
see :attr:`Story.retired`), and only the member rows that are new or moved by a merge or split
are written. How each member joined (``Story.why``, for ``khabar story ID --why``) is kept in
its member row, written with it, so a story's state stays the size of its sums however long the
story runs, and memory holds the records of members in memory only. A new run loads what the
previous one left in memory, to the same rule, so one run and several give the same stories.

Ids are stable for users: ``story_redirects`` maps a merged story's id to the story it joined
(:func:`resolve` follows the chain) and ``story_splits`` records which story a part came from.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ..config import Config
from ..model import Article
from .cluster import (
    FULL_AGREEMENT_DAYS,
    STRONG_DAYS,
    Assignment,
    Member,
    Story,
    StoryClusterer,
    arrival_key,
)
from .dedup import DupLink, bands_of
from .features import get_embedder
from .prepare import prepared
from .read import (  # noqa: F401  (re-exported: the story readers live apart from the writer)
    StorySummary,
    _db,
    get_story,
    list_stories,
    resolve,
    story_members,
    story_why,
)
from .signature import _SET_FIELDS, Signature
from .tables import (  # noqa: F401  (re-exported: the schema lives apart, see there)
    SCHEMA_SQL,
    _why_json,
    why_to_members,
)
from .upkeep import ACTIVE_DAYS, MEMBER_DAYS

# The longest a story can wait for a follow-up: STRONG_DAYS past its span (FULL_AGREEMENT_DAYS
# and the decay's ACTIVE_DAYS are shorter). Stories idle this long leave the writer's memory.
HORIZON = max(ACTIVE_DAYS, STRONG_DAYS, FULL_AGREEMENT_DAYS)
# Document frequencies the writer keeps between batches, at most (terms; a batch loads those of
# its articles). Not tuned: a bound on memory (100k growth-benchmark articles use about 60k).
DF_TERMS = 200_000


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _story_state(story: Story) -> str:
    return json.dumps(
        {
            "centroid": story.centroid,
            # sorted: the counters fill in set (hash-seeded) order, the stored text must not vary
            "entities": dict(sorted(story.entities.items())),
            "events": dict(sorted(story.events.items())),
            "dates": dict(sorted(story.dates.items())),
            "langs": dict(sorted(story.langs.items())),
            "outlets": dict(sorted(story.outlets.items())),
            "embedding": story.emb_sum.tolist() if story.emb_sum is not None else None,
            "signature": story.signature.to_json(),
        },
        ensure_ascii=False,
    )


def _meta(conn: sqlite3.Connection, key: str, default: str) -> str:
    row = conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


# The stories a load brings back: active, and idle since the window's start (or undated).
_WINDOW = (
    "s.status = 'active' AND (s.last_date IS NULL OR (s.last_date >= ? AND s.first_date <= ?))"
)


# A member row's parsed columns (vector, entities, signature sets and date basis, events),
# keyed by their stored text.
_Parsed = tuple[dict[str, float], frozenset[str],
                tuple[dict[str, Any], str | None] | None, frozenset[str]]
MemberCache = dict[tuple[str, str, str | None, str | None], _Parsed]


@dataclass(frozen=True)
class _ParsedStory:
    """A stored story's state, parsed, with what loading it computes (the pruned centroid, its
    norm, the index keys): what :func:`_story` and :meth:`StoryClusterer.load_story` make of one
    state text, kept so a later load of the same text copies it instead (see
    :data:`StoryCache`). Never handed out: every load gets its own containers."""

    centroid: dict[str, float]
    norm: float
    entities: dict[str, int]
    events: dict[str, int]
    dates: dict[str, int]
    langs: dict[str, int]
    outlets: dict[str, int]
    embedding: np.ndarray | None
    signature: dict[str, Any]  # Signature.json_sets (immutable values)
    date_basis: str | None
    keys: tuple[str, ...]


# Stored stories parsed by the previous load, keyed by their state text. The writer reloads its
# window whenever a batch goes back in time (input sorted by outlet, then day: every batch of
# the corpus), and 80-90% of a load's stories are the previous load's, unchanged; parsing their
# state and rebuilding their index keys was half of each load (cProfile of `ingest --jobs 2` on
# the corpus, issue 16, round sc26). Equal text gives equal values, so a story built from the
# cache is the one a fresh parse makes.
StoryCache = dict[str, _ParsedStory]


def _member(
    aid: str, date: str | None, outlet: str | None, lang: str | None, title: str | None,
    dup: str | None, columns: tuple[str, str, str | None, str | None],
    cache: MemberCache, fresh: MemberCache,
) -> Member:
    """A member from its stored row, its JSON columns parsed once per writer: the writer reloads
    its window whenever a batch goes back in time (input sorted by outlet, then day, does at
    every outlet), and parsing the same rows again was half of each load (cProfile of
    ``ingest --jobs 2`` on the corpus). Equal text parses to equal values, and the mutable ones
    (the vector, the signature) are new objects each time, so the member is the same as one
    parsed afresh."""
    parsed = cache.get(columns)
    if parsed is None:
        vec, ents, sig, events = columns
        sig_json = json.loads(sig) if sig is not None else None
        parsed = (
            json.loads(vec),
            frozenset(json.loads(ents)),
            (Signature.json_sets(sig_json), sig_json.get("date_basis"))
            if sig_json is not None else None,
            frozenset(json.loads(events)) if events is not None else frozenset(),
        )
    fresh[columns] = parsed
    vector, entities, sig_sets, event_keys = parsed
    return Member(
        aid, dict(vector), entities, _date(date), outlet, lang, title, dup,
        Signature(**sig_sets[0], date_basis=sig_sets[1]) if sig_sets is not None else None,
        event_keys,
    )


def load_state(
    conn: sqlite3.Connection,
    config: Config,
    since: dt.date | None = None,
    until: dt.date | None = None,
    terms: Sequence[str] = (),
    cache: MemberCache | None = None,
    story_cache: StoryCache | None = None,
) -> StoryClusterer:
    """A clusterer holding what an in-memory one would hold when its newest article is dated
    ``since``, for articles up to ``until`` (unbounded when ``None``).

    That is (see :meth:`StoryWriter._advance`, which keeps memory to the same rule): the stories
    a follow-up dated ``since`` may still join, those idle for up to :data:`HORIZON` days, and of
    them only the ones idle under :data:`ACTIVE_DAYS` with their members, namely those dated
    :data:`MEMBER_DAYS` or less before the story's last article (and the undated ones); the
    others are counted in :attr:`Story.retired`. The older ones are summary rows: their sums
    and signature, which is all scoring a follow-up needs. Undated stories are always loaded.

    ``cache``: member rows parsed by the previous load (see :func:`_member`); replaced by the
    rows of this one, so it holds one window at most. ``story_cache``: the same for the
    stories' state (see :data:`StoryCache`).
    """
    cl = StoryClusterer(embedder=get_embedder(config))
    try:
        cl.n_docs = int(_meta(conn, "n_docs", "0"))
        cl.seq = int(_meta(conn, "seq", "0"))
        far = _iso(since - dt.timedelta(days=HORIZON)) if since else "0000"
        active = _iso(since - dt.timedelta(days=ACTIVE_DAYS)) if since else "0000"
        hi = _iso(until + dt.timedelta(days=ACTIVE_DAYS)) if until else "9999"
        members: dict[str, list[Member]] = {}
        whys: dict[str, dict[str, dict[str, object]]] = {}
        cache = {} if cache is None else cache
        fresh: MemberCache = {}
        for sid, aid, date, outlet, lang, title, dup, vec, ents, sig, events, why in conn.execute(
            "SELECT m.story_id, m.article_id, m.date, m.outlet, m.lang, m.title, m.duplicate_of,"
            " m.vector, m.entities, m.signature, m.events, m.why FROM story_members m"
            f" JOIN stories s ON s.id = m.story_id WHERE {_WINDOW}"
            " AND (s.last_date IS NULL OR s.last_date >= ?) AND (m.date IS NULL"
            f" OR s.last_date IS NULL OR m.date >= date(s.last_date, '-{MEMBER_DAYS} days'))"
            " ORDER BY m.rowid",
            (far, hi, active),
        ):
            members.setdefault(sid, []).append(
                _member(aid, date, outlet, lang, title, dup, (vec, ents, sig, events), cache,
                        fresh)
            )
            if why is not None:
                whys.setdefault(sid, {})[aid] = json.loads(why)
        cache.clear()
        cache.update(fresh)
        story_cache = {} if story_cache is None else story_cache
        fresh_stories: StoryCache = {}
        for row in conn.execute(
            "SELECT s.id, s.seq, s.title, s.first_date, s.last_date, s.n_articles, s.outlets,"
            f" s.state FROM stories s WHERE {_WINDOW} ORDER BY s.seq",
            (far, hi),
        ):
            state = row[7]
            parsed_story = story_cache.get(state)
            if parsed_story is None:
                story = _story(row, members.get(row[0], []), whys.get(row[0], {}))
                cl.load_story(story)
                parsed_story = _parsed_story(story, state)
            else:
                story = _story_from(parsed_story, row, members.get(row[0], []),
                                    whys.get(row[0], {}))
                cl.load_story(story, parsed_story.keys)
            if parsed_story is not None:
                fresh_stories[state] = parsed_story
        story_cache.clear()
        story_cache.update(fresh_stories)
        day_lo = since.toordinal() - ACTIVE_DAYS if since else 0
        day_hi = until.toordinal() + ACTIVE_DAYS if until else 10**7
        # undated (day 0) entries too: an in-memory index never forgets them either
        for aid, day, key, outlet, wire, sig in conn.execute(
            "SELECT article_id, day, text_key, outlet, wire, sig FROM story_minhash"
            " WHERE day BETWEEN ? AND ? OR day = 0 ORDER BY day, rowid",
            (day_lo, day_hi),
        ):
            hv = np.frombuffer(sig, dtype=np.uint64).copy() if sig is not None else None
            date = dt.date.fromordinal(day) if day else None
            cl.dups.add(aid, key, hv, outlet=outlet, wire=wire, date=date,
                        bands=bands_of(sig) if sig is not None else None)
        load_df(conn, cl, terms)
    except sqlite3.Error as exc:
        raise _db("load_state", exc) from None
    return cl


def _story(
    row: tuple[Any, ...], members: list[Member], why: dict[str, dict[str, object]]
) -> Story:
    """A stored story with the members loaded for it (and how they joined); the others count
    as retired."""
    sid, seq, stored_title, first, last, n_articles, outlets, state_json = row
    st = json.loads(state_json)
    story = Story(sid, seq, _date(first), _date(last))
    story.centroid = st["centroid"]
    story.entities = Counter(st["entities"])
    story.events = Counter(st["events"])
    story.dates = Counter(st["dates"])
    story.langs = Counter(st["langs"])
    story.saved_title = stored_title
    story.signature = Signature.from_json(st.get("signature") or {})
    story.why = why
    story.members = {m.article_id: m for m in members}
    story.retired = n_articles - len(members)
    if st["embedding"] is not None:
        story.emb_sum = np.asarray(st["embedding"], dtype=np.float32)
    if "outlets" in st:
        story.outlets = Counter(st["outlets"])
    else:  # stored before outlets were counted: one per listed outlet at least
        story.outlets = Counter(json.loads(outlets))
        story.outlets |= Counter(m.outlet for m in members if m.outlet)
    return story


def _parsed_story(story: Story, state: str) -> _ParsedStory | None:
    """What a story just loaded from ``state`` (before any change) holds, to copy from when
    the same text is loaded again; ``None`` for a state stored before outlets were counted
    (its outlets come from other columns)."""
    if '"outlets": {' not in state:  # the key's object, not a term or entity named so
        return None
    sig = story.signature
    return _ParsedStory(
        dict(story.centroid), story.norm, dict(story.entities), dict(story.events),
        dict(story.dates), dict(story.langs), dict(story.outlets),
        story.emb_sum.copy() if story.emb_sum is not None else None,
        {name: getattr(sig, name) for name in _SET_FIELDS}, sig.date_basis, story.indexed,
    )


def _story_from(
    parsed: _ParsedStory, row: tuple[Any, ...], members: list[Member],
    why: dict[str, dict[str, object]],
) -> Story:
    """:func:`_story` of a state text loaded before: the same story, from copies of the
    values the first load parsed (its centroid already pruned, with its norm)."""
    sid, seq, stored_title, first, last, n_articles, _outlets, _state = row
    story = Story(sid, seq, _date(first), _date(last))
    story.centroid = dict(parsed.centroid)
    story.norm = parsed.norm
    story.entities = Counter(parsed.entities)
    story.events = Counter(parsed.events)
    story.dates = Counter(parsed.dates)
    story.langs = Counter(parsed.langs)
    story.saved_title = stored_title
    story.signature = Signature(**parsed.signature, date_basis=parsed.date_basis)
    story.why = why
    story.members = {m.article_id: m for m in members}
    story.retired = n_articles - len(members)
    if parsed.embedding is not None:
        story.emb_sum = parsed.embedding.copy()
    story.outlets = Counter(parsed.outlets)
    return story


def load_df(conn: sqlite3.Connection, cl: StoryClusterer, terms: Iterable[str]) -> None:
    """The stored document frequencies of ``terms`` the clusterer does not hold yet (the
    online IDF needs those of the article being placed, no others)."""
    uniq = sorted({t for t in terms if t not in cl.df})
    for i in range(0, len(uniq), 500):
        chunk = uniq[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for term, df in conn.execute(
            f"SELECT term, df FROM story_df WHERE term IN ({marks})", chunk
        ):
            cl.df[term] = df


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT story_save")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO story_save")
        conn.execute("RELEASE story_save")
        raise
    conn.execute("RELEASE story_save")


def save_state(conn: sqlite3.Connection, cl: StoryClusterer, *, df: bool = True) -> None:
    """Write back what changed since :func:`load_state`, all or nothing.

    A SAVEPOINT rather than ``with conn``: it nests inside the caller's transaction (ingest writes
    a batch and its story placement together) and still commits on its own when there is none.

    ``df=False`` leaves the document frequencies in memory (``cl.df_unwritten``) for a later
    save to write: the writer saves at every new day of a batch, and only the batch's
    placement reads them from the store (:func:`load_df`, before it starts). Written at once,
    a term seen on several days is one upsert instead of one per day (round sc40, issue 16:
    the whole corpus upserted 125,294 rows, now 37,005), in the order of the days' writes
    (each day's terms sorted, a term where it first came), so each new term gets the rowid it
    had and the table is the same row for row.
    """
    unwritten = cl.df_unwritten
    for term, n in sorted(cl.df_delta.items()):
        unwritten[term] = unwritten.get(term, 0) + n
    cl.df_delta.clear()
    try:
        with _savepoint(conn):
            for sid in sorted(cl.dirty):
                story = cl.stories.get(sid) or next((s for s in cl.evicted if s.id == sid), None)
                if story is None:
                    continue
                _save_story(conn, story, cl.unsaved)
            for old, new in cl.redirects.items():
                conn.execute(
                    "UPDATE stories SET status = 'merged', merged_into = ? WHERE id = ?", (new, old)
                )
                # members of the merged story that were not in memory (retired) follow it
                conn.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (new, old))
                conn.execute("INSERT OR REPLACE INTO story_redirects VALUES (?, ?)", (old, new))
                conn.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (new, old))
                conn.execute("DELETE FROM story_entities WHERE story_id = ?", (old,))
            conn.executemany("INSERT OR IGNORE INTO story_splits VALUES (?, ?)", cl.splits)
            conn.executemany(
                "INSERT OR REPLACE INTO story_duplicates VALUES (?, ?, ?, ?, ?)",
                [(d.article_id, d.of_id, d.kind, d.similarity, d.wire) for d in cl.dup_links],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO story_minhash VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (aid, day, key, outlet, wire, sig.tobytes() if sig is not None else None)
                    for aid in cl.new_articles
                    for key, sig, outlet, wire, day in [cl.dups.entry(aid)]
                ],
            )
            if df:
                conn.executemany(
                    "INSERT INTO story_df VALUES (?, ?)"
                    " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                    list(unwritten.items()),
                )
            conn.executemany(
                "INSERT OR REPLACE INTO story_meta VALUES (?, ?)",
                [("n_docs", str(cl.n_docs)), ("seq", str(cl.seq))],
            )
    except sqlite3.Error as exc:
        raise _db("save_state", exc) from None
    cl.dirty.clear()
    cl.dup_links.clear()
    cl.new_articles.clear()
    cl.unsaved.clear()
    if df:
        unwritten.clear()
    # written (a later merge of a merged story's heir re-points the stored chain: see above)
    cl.redirects.clear()
    cl.splits.clear()
    cl.evicted.clear()


def _save_story(conn: sqlite3.Connection, story: Story, unsaved: set[str]) -> None:
    """Write a story's row and those of its members in ``unsaved`` (new or moved); the rows of
    its other members are already stored with this story's id."""
    outlets = sorted(story.outlets)
    if len(unsaved) < len(story.members):
        # sorted: a set's order follows the string hash, which differs from process to process,
        # and the rows' order is the members' order when a later run loads them
        members = [story.members[a] for a in sorted(unsaved) if a in story.members]
    else:
        members = [m for a, m in story.members.items() if a in unsaved]
    langs = sorted(story.langs)
    conn.execute(
        "INSERT OR REPLACE INTO stories (id, seq, title, first_date, last_date, n_articles, outlets,"
        " languages, state, status, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL)",
        (
            story.id,
            story.seq,
            story.title(),
            _iso(story.first),
            _iso(story.last),
            story.size,
            json.dumps(outlets, ensure_ascii=False),
            json.dumps(langs),
            _story_state(story),
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO story_members (article_id, story_id, date, outlet, lang, title,"
        " duplicate_of, vector, entities, signature, events, why)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                m.article_id,
                story.id,
                _iso(m.date),
                m.outlet,
                m.lang,
                m.title,
                m.duplicate_of,
                json.dumps(m.vector, ensure_ascii=False),
                json.dumps(sorted(m.entities)),
                json.dumps(m.signature.to_json(), ensure_ascii=False) if m.signature is not None else None,
                json.dumps(sorted(m.events), ensure_ascii=False),
                _why_json(story.why.get(m.article_id)),
            )
            for m in members
        ],
    )
    # a story's entity rows are rewritten only when its counts changed since this process last
    # wrote them: most saves of a long story add a member that names nothing new, and the
    # rewrite is a delete and a row per entity of every story a batch touched (issue 16)
    if story.saved_entities != story.entities:
        conn.execute("DELETE FROM story_entities WHERE story_id = ?", (story.id,))
        conn.executemany(
            "INSERT INTO story_entities VALUES (?, ?, ?)",
            [(e, story.id, c) for e, c in sorted(story.entities.items())],  # rows in a stable order
        )
        story.saved_entities = dict(story.entities)


class StoryWriter:
    """The story state of one writer for a whole run: the clusterer stays in memory between
    batches, so a batch costs its own articles, not a reload of the window (issue 16: that
    reload was 60% of the store side's cost per article at 10k-100k articles).

    Memory follows the articles' dates, not the batches: when an article is dated later than
    any before it (:meth:`_advance`), the stories touched since the previous such day are
    checked for splits, what changed is saved, stories idle for :data:`ACTIVE_DAYS` keep only
    their sums (members leave memory, the rows stay stored), stories idle past :data:`HORIZON`
    leave memory, and the members of the others dated :data:`MEMBER_DAYS` before their story's
    last article retire. :func:`load_state` loads to the same rule, so a new run (or one batch,
    or many) places a date-ordered stream as one run does; a run that ends mid-day, or a batch
    that goes back in time, may differ by what the day's articles changed (which members a
    story retired). A batch older than the active window, or newer than what was loaded, makes
    the writer save and load the window around it, as every batch did before.

    Must be used inside the caller's transaction (ingest writes a batch and its placement
    together); after an error the memory is dropped, since the transaction is rolled back.
    """

    def __init__(self, conn: sqlite3.Connection, config: Config) -> None:
        self.conn = conn
        self.config = config
        self.cl: StoryClusterer | None = None
        # Latest date of a story's first article the load covered (None: every stored story)
        self.covers: dt.date | None = None
        # Stories changed since the last day began: checked for splits when the next one does.
        self.touched: set[str] = set()
        self.version = -1  # PRAGMA data_version when memory was last in step with the store
        self.parsed: MemberCache = {}  # member rows of the last load, parsed (see _member)
        self.parsed_stories: StoryCache = {}  # the stories of the last load (see StoryCache)
        # What _advance visits (see there): the clusterer it tracks, its quiet stories, and
        # (day ordinal, story id) when a quiet one reaches its next step.
        self._tracked: StoryClusterer | None = None
        self._quiet: set[str] = set()
        self._awake: set[str] = set()
        self._changed: set[str] = set()  # stories marked dirty since the last new day
        self._wake: list[tuple[int, str]] = []

    def place(self, articles: Sequence[Article]) -> list[Assignment]:
        """Place a batch of newly stored articles and save what changed; in input order.

        An article already placed (re-ingested unchanged) keeps its story and is reported with
        kind ``existing``; nothing about it is counted twice.
        """
        if not articles:
            return []
        try:
            return self._place(articles)
        except BaseException:
            self.cl = None
            raise

    def _place(self, articles: Sequence[Article]) -> list[Assignment]:
        ready = {a.id: prepared(a, self.config) for a in articles}
        dates = [p.features.date for p in ready.values() if p.features.date]
        first, last = (min(dates), max(dates)) if dates else (None, None)
        cl = self._window(first, last)
        load_df(self.conn, cl, (t for p in ready.values() for t in p.features.terms))
        placed = _placed(self.conn, [a.id for a in articles])
        out = []
        # A canonical order (see arrival_key) makes a batch's stories independent of the order
        # its files were given in; across batches, news arrives in date order anyway.
        sigs = {aid: p.signature for aid, p in ready.items()}
        for art in sorted(articles, key=lambda a: arrival_key(a, sigs[a.id])):
            if art.id in placed:
                out.append(Assignment(art.id, resolve(self.conn, placed[art.id]), "existing", 1.0))
                continue
            p = ready[art.id]
            day = p.features.date
            if day is not None and (cl.newest is None or day > cl.newest):
                self._advance(cl, day)
            out.append(cl.add(art, p.features, p.signature, p.fingerprint))
        self._save(cl)
        if len(cl.df) > DF_TERMS:
            cl.df.clear()  # saved: the store holds the same counts
        position = {a.id: n for n, a in enumerate(articles)}
        return sorted(out, key=lambda a: position[a.article_id])

    def close(self) -> None:
        """End the run: check the last day's stories for splits and save (what the next day's
        first article would do), so the next run starts from the state this one reached."""
        if self.cl is not None:
            try:
                self._settle(self.cl)
            except BaseException:
                self.cl = None
                raise

    def story_of(self, article_id: str) -> str | None:
        """The story an article in memory is in now (after merges and splits)."""
        return self.cl.story_of.get(article_id) if self.cl is not None else None

    def _window(self, first: dt.date | None, last: dt.date | None) -> StoryClusterer:
        """The clusterer, loaded (again) when memory does not hold what the batch may join."""
        cl = self.cl
        # another connection committed since our last batch (a second ingest into the store):
        # memory may be stale, load again
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            cl = self.cl = None
        self.version = version
        if cl is not None:
            late = first is not None and cl.newest is not None and (
                first < cl.newest - dt.timedelta(days=ACTIVE_DAYS)
            )
            beyond = last is not None and self.covers is not None and last > self.covers
            if not late and not beyond:
                return cl
            self._settle(cl)
        since = first or _newest(self.conn)
        until = last or since
        self.cl = cl = load_state(self.conn, self.config, since, until, cache=self.parsed,
                                      story_cache=self.parsed_stories)
        hi = until + dt.timedelta(days=ACTIVE_DAYS) if until else None
        self.covers = hi if hi is not None and _first_after(self.conn, hi) else None
        self.touched.clear()
        return cl

    def _settle(self, cl: StoryClusterer, df: bool = True) -> None:
        self._changed |= cl.dirty
        self.touched |= cl.dirty
        cl.check_splits(sorted(self.touched))
        self.touched.clear()
        self._save(cl, df)

    def _save(self, cl: StoryClusterer, df: bool = True) -> None:
        """Save what changed; ``df=False``: the document frequencies wait for the next save
        (a new day within a batch: see :func:`save_state`)."""
        self._changed |= cl.dirty
        self.touched |= cl.dirty
        save_state(self.conn, cl, df=df)

    def _advance(self, cl: StoryClusterer, day: dt.date) -> None:
        """A new newest day: settle the previous one, then keep in memory what the rule of
        :func:`load_state` keeps at ``day``.

        The rule is applied to the stories it may change, not to every story in memory (issue
        16: that loop ran over every story each new day, ~130,000 visits over the corpus). The
        rule depends on a story, the day and the unsaved members only, and the day moves the
        result only when it passes the story's last day by :data:`ACTIVE_DAYS` (summarised) or
        :data:`HORIZON` (forgotten); members are saved (none unsaved) before it runs. So a
        visited story is *quiet* until it changes (the clusterer then marks it dirty) or the day
        passes its next step (a heap of those days wakes it). The rule touches each story on its
        own and applying it twice changes nothing, so a story visited more than needed costs
        time only; if memory holds a story this writer did not see, every story is visited.
        """
        self._settle(cl, df=False)  # the batch's last save writes them (see save_state)
        changed, self._changed = self._changed, set()
        cl.newest = day
        active = day - dt.timedelta(days=ACTIVE_DAYS)
        far = day - dt.timedelta(days=HORIZON)
        if self._tracked is not cl:
            self._tracked = cl
            self._quiet, self._wake, self._awake = set(), [], set()
            changed = set(cl.stories)
        visit = changed | self._awake
        self._quiet -= changed
        self._awake = set()
        today = day.toordinal()
        while self._wake and self._wake[0][0] < today:
            sid = heapq.heappop(self._wake)[1]
            if sid in self._quiet:
                self._quiet.discard(sid)
                visit.add(sid)
        self._keep(cl, visit, active, far)
        if len(self._awake) + len(self._quiet) != len(cl.stories):
            self._quiet, self._wake, self._awake = set(), [], set()
            self._keep(cl, set(cl.stories), active, far)
        cl.dups.evict_before(active)

    def _keep(self, cl: StoryClusterer, sids: set[str], active: dt.date, far: dt.date) -> None:
        """Apply the memory rule of :meth:`_advance` to these stories; each one left in memory
        turns quiet until its next step, unless members are unsaved (then it stays awake:
        visited at the next new day whatever happens)."""
        for sid in sorted(sids):
            story = cl.stories.get(sid)
            if story is None:
                continue
            if story.last is None:
                self._quiet.add(sid)
                continue
            if story.last < far:
                _forget(cl, story)
                continue
            if story.last < active:
                if story.members:
                    _summarise(cl, story)
                step = HORIZON
            else:
                cl._retire(story)
                _drop_why(story)
                step = ACTIVE_DAYS
            if cl.unsaved:  # (save_state leaves none; kept for a caller that does not save)
                self._awake.add(sid)
                continue
            self._quiet.add(sid)
            heapq.heappush(self._wake, (story.last.toordinal() + step, sid))


def _forget(cl: StoryClusterer, story: Story) -> None:
    """Take a stored story out of memory (its members are out already, or go with it)."""
    for k in story.indexed:
        cl._postings.get(k, set()).discard(story.id)
    for a in story.members:
        cl.story_of.pop(a, None)
    del cl.stories[story.id]


def _summarise(cl: StoryClusterer, story: Story) -> None:
    """Keep only a stored story's sums in memory (a follow-up is scored on them)."""
    story.saved_title = story.title()
    for a in story.members:
        cl.story_of.pop(a, None)
    story.retired += len(story.members)
    story.members = {}
    story.why = {}


def _drop_why(story: Story) -> None:
    """Forget how retired members joined (saved in their rows; see :func:`why_to_members`), so
    that a story's memory does not grow with its age: only members in memory keep theirs."""
    if len(story.why) > len(story.members):
        story.why = {a: w for a, w in story.why.items() if a in story.members}


def _newest(conn: sqlite3.Connection) -> dt.date | None:
    """The last day of the newest stored story (undated batches are placed against it)."""
    row = conn.execute("SELECT MAX(last_date) FROM stories WHERE status = 'active'").fetchone()
    return _date(row[0])


def _first_after(conn: sqlite3.Connection, day: dt.date) -> bool:
    """Whether a stored story starts after ``day`` (a load up to ``day`` left it out)."""
    row = conn.execute(
        "SELECT 1 FROM stories WHERE status = 'active' AND first_date > ? LIMIT 1", (_iso(day),)
    ).fetchone()
    return row is not None


def assign(
    conn: sqlite3.Connection, articles: Sequence[Article], config: Config
) -> list[Assignment]:
    """Place one batch as a run of its own (load the window, place, settle): what a separate
    ``khabar ingest`` of these articles does. Story ids are the final ones (after splits)."""
    writer = StoryWriter(conn, config)
    out = writer.place(articles)
    writer.close()
    return [replace(a, story_id=writer.story_of(a.article_id) or a.story_id) for a in out]


def _placed(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({marks})", chunk
        )
        found.update(dict(rows))
    return found


def duplicates_of(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[DupLink]:
    """The duplicate links recorded for these articles."""
    marks = ",".join("?" * len(article_ids))
    rows = conn.execute(
        f"SELECT article_id, of_id, kind, similarity, wire FROM story_duplicates"
        f" WHERE article_id IN ({marks})",
        list(article_ids),
    )
    return [DupLink(*r) for r in rows]
