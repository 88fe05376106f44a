"""Read-side API over a khabar store: the methods behind ``khabar entities``, ``entity``,
``dates``, ``events``, ``quotes``, ``timeline``, ``stories`` and ``story``.

Names given by a user (Hindi or English, any common spelling) are resolved through the knowledge
base to entity ids first, so ``khabar entity Putin`` and ``khabar entity पुतिन`` agree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import E, KhabarError
from .model import Article
from .store.db import Store

if TYPE_CHECKING:
    from .entities.kb import KB
    from .events.merge import Cluster, MergedEvent
    from .model import Event

# ``--type location`` and friends: a group name covers the fine-grained types the KB uses.
TYPE_GROUPS: dict[str, tuple[str, ...]] = {
    "person": ("PERSON",),
    "location": ("COUNTRY", "CITY", "REGION", "LOCATION"),
    "organisation": ("ORGANIZATION",),
    "organization": ("ORGANIZATION",),
    "group": ("GROUP",),
    "event": ("EVENT_NAME",),
}

_CURRENT = "JOIN articles a ON a.rowid = m.article_rowid AND a.is_current = 1"

_DATE_OPTION = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def date_option(value: str | None, option: str) -> str | None:
    """A ``--since``/``--until`` value as a zero-padded ISO date (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, the precision given), or E050.

    Dates are compared as strings in the store, so ``2026-2-1`` must become ``2026-02-01`` (it
    found nothing before) and ``2026-13-45`` or ``yesterday`` must be refused, not answer
    "0 results".
    """
    if value is None:
        return None
    m = _DATE_OPTION.match(value.strip())
    if m is None:
        raise KhabarError(E.E050, detail=f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        dt.date(year or 1, month or 1, day or 1)
    except ValueError as exc:
        raise KhabarError(E.E050, detail=f"{option} {value!r}: {exc}") from None
    return "-".join([f"{year:04d}", *(f"{n:02d}" for n in (month, day) if n is not None)])


@cache
def _kb(config: Config) -> KB:
    from .entities.kb import load_kb

    return load_kb(config)


def resolve_entity_ids(store: Store, config: Config, name: str) -> list[str]:
    """Entity ids a user-given name stands for: KB entries first, then mentions with that text."""
    if ":" in name and store.conn.execute(  # an entity id itself (kb:…, doc:…, name:…)
            "SELECT 1 FROM mentions WHERE entity_id = ? LIMIT 1", (name,)).fetchone():
        return [name]
    ids = [f"kb:{e.id}" for e in _kb(config).resolve(name)]
    for entity_id in ids:  # best-ranked KB entry that the store mentions
        if store.conn.execute("SELECT 1 FROM mentions WHERE entity_id = ? LIMIT 1", (entity_id,)).fetchone():
            return [entity_id]
    from .lang.normalise import match_key  # the language layer, 16 ms: for names the KB lacks only

    key = match_key(name)
    rows = store.conn.execute(
        f"SELECT m.entity_id, m.text, m.canonical, count(*) AS n FROM mentions m {_CURRENT}"
        " WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id, m.text, m.canonical ORDER BY n DESC"
    ).fetchall()
    local = [r["entity_id"] for r in rows if key in (match_key(r["text"]), match_key(r["canonical"] or ""))]
    return list(dict.fromkeys(local)) or ids[:1]


def entity_list(store: Store, type_: str | None = None, story: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Entities with their mention and article counts, most mentioned first."""
    sql = (f"SELECT m.entity_id, max(m.canonical) AS name, max(m.type) AS type, count(*) AS mentions,"
           f" count(DISTINCT a.id) AS articles FROM mentions m {_CURRENT} WHERE m.entity_id IS NOT NULL")
    params: list[Any] = []
    if type_:
        types = TYPE_GROUPS.get(type_.casefold(), (type_.upper(),))
        sql += f" AND upper(m.type) IN ({','.join('?' * len(types))})"
        params.extend(types)
    if story:
        ids = [aid for aid, _ in _story_members(store, story)]
        sql += f" AND a.id IN ({','.join('?' * len(ids))})"
        params.extend(ids)
    sql += " GROUP BY m.entity_id ORDER BY mentions DESC, name"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in store.conn.execute(sql, params)]


def entity_profile(store: Store, config: Config, name: str) -> dict[str, Any]:
    """All that the store knows of one entity: variants, articles, co-occurring entities, timeline."""
    ids = resolve_entity_ids(store, config, name)
    if not ids:
        raise KhabarError(E.E023, detail=name)
    entity_id = ids[0]
    rows = store.conn.execute(
        f"SELECT m.text, m.type, m.canonical, m.kind, m.reading, m.role, a.id AS article, a.dct,"
        f" a.outlet, a.title FROM mentions m {_CURRENT} WHERE m.entity_id = ? ORDER BY a.dct, a.id",
        (entity_id,),
    ).fetchall()
    kb_entry = _kb(config).get(entity_id[3:]) if entity_id.startswith("kb:") else None
    if not rows and kb_entry is None:
        raise KhabarError(E.E023, detail=name)
    articles: dict[str, dict[str, Any]] = {}
    for r in rows:
        info = articles.setdefault(r["article"], {"id": r["article"], "date": r["dct"], "outlet": r["outlet"],
                                                  "title": r["title"], "mentions": 0})
        info["mentions"] += 1
    co: dict[str, list[int]] = {}  # entity id -> [articles shared, mentions in them]
    names: dict[str, str] = {}
    if articles:
        marks = ",".join("?" * len(articles))
        for r in store.conn.execute(
            f"SELECT m.entity_id, max(m.canonical) AS name, count(DISTINCT a.id) AS n, count(*) AS k"
            f" FROM mentions m {_CURRENT} WHERE a.id IN ({marks}) AND m.entity_id IS NOT NULL"
            " AND m.entity_id != ? GROUP BY m.entity_id", [*articles, entity_id]
        ):
            co[r["entity_id"]] = [r["n"], r["k"]]
            names[r["entity_id"]] = r["name"] or r["entity_id"]
    ranked = sorted(co.items(), key=lambda kv: (-kv[1][0], -kv[1][1], names[kv[0]]))[:15]
    timeline = Counter(r["dct"] or "undated" for r in rows)
    return {
        "id": entity_id,
        "name": (kb_entry.name if kb_entry else None) or (rows[0]["canonical"] if rows else name),
        "type": (kb_entry.type if kb_entry else None) or (rows[0]["type"] if rows else None),
        "kb": _kb_facts(kb_entry),
        "variants": dict(Counter(r["text"] for r in rows).most_common()),
        "roles": sorted({r["role"] for r in rows if r["role"]}),
        "articles": list(articles.values()),
        "co_occurring": [{"id": k, "name": names[k], "articles": n, "mentions": m} for k, (n, m) in ranked],
        "timeline": dict(sorted(timeline.items())),
    }


def _kb_facts(entry: Any) -> dict[str, Any] | None:
    if entry is None:
        return None
    return {
        "id": entry.id,
        "qid": getattr(entry, "qid", None),
        "country": getattr(entry, "country", None),
        "roles": [
            {"title": r.title, "of": getattr(r, "of", None), "start": getattr(r, "start", None), "end": getattr(r, "end", None)}
            for r in getattr(entry, "roles", [])
        ],
    }


def article_dates(store: Store, article_id: str) -> dict[str, Any]:
    """The temporal expressions of one article with their values and reference dates."""
    from .time.show import date_rows, reference_line

    art = store.get_article(article_id)
    rows = date_rows(art)
    for row in rows:
        n = row["sentence"]
        row["sentence_text"] = (art.text[art.sentences[n].start : art.sentences[n].end]
                                if n is not None and n < len(art.sentences) else None)
    return {"id": art.id, "published": art.published, "dct": art.dct,
            "reference": reference_line(art), "timexes": rows}


_UNREAD = ("blocks", "sentences", "timexes")  # fields no query of events or quotes reads


def articles_with(store: Store, table: str, where: str = "1", params: Sequence[Any] = ()) -> list[Article]:
    """Articles with rows in ``table`` (events, quotes; ``where``: SQL over that table's rows),
    without the fields no query of events or quotes reads (blocks, sentences, timexes: half the
    JSON of an article besides its mentions), nor, for events, the quotes (merging and the
    English names never read them; a tenth of the JSON of ``khabar timeline मोदी``'s articles)."""
    without = _UNREAD + (("quotes",) if table != "quotes" else ())
    return list(store.iter_articles(f"rowid IN (SELECT article_rowid FROM {table} WHERE {where})", params,
                                    without=without))


def actor_ids(store: Store, config: Config, actor: str) -> frozenset[str]:
    """Entity ids an actor query covers. A country covers the people the KB places in it, so
    ``khabar timeline Russia China`` shows the Putin–Xi call: news reports states through their
    leaders, and the dyad view is about states."""
    ids = resolve_entity_ids(store, config, actor)
    if not ids:
        return frozenset()
    entity_id = ids[0]
    kb = _kb(config)
    entry = kb.get(entity_id) if entity_id.startswith("kb:") else None
    members = {entity_id}
    if entry is not None and entry.type == "COUNTRY":
        members.update(f"kb:{e.id}" for e in kb.entries.values() if e.country == entry.id and e.type == "PERSON")
    return frozenset(members)


def _takes_part(ev: MergedEvent, ids: frozenset[str], query: str) -> bool:
    from .events.actors import code_matches, is_code

    actors = ev.actors()
    if is_code(query):  # an actor code: "IND COP", "IND-Delhi COP", "CHN GOV"
        return any(code_matches(ev.codes.get(a, ""), query) for a in actors)
    if ids:
        return bool(ids & actors)
    q = query.casefold()  # not a known entity: match the display names
    return any(q in ev.names.get(a, a).casefold() for a in actors)


def merged_events(store: Store, config: Config, actors: Sequence[str] = (), type_: str | None = None,
                  since: str | None = None, until: str | None = None,
                  modality: str | None = None, sector: str | None = None) -> list[MergedEvent]:
    """Events merged across the articles reporting them, filtered as ``khabar events`` asks
    (``sector``: an actor of that sector takes part, e.g. COP)."""
    from .events.actors import check_sector, sector_of
    from .events.merge import describe, filter_events

    if sector is not None:
        sector = check_sector(sector)
    wanted = [(actor_ids(store, config, a), a) for a in actors]
    types = _types_with(store, wanted)
    near = None if types is None else frozenset().union(*(ids for ids, _ in wanted))
    takes_part = _actor_test(wanted)

    def keep(ev: MergedEvent) -> bool:
        return takes_part(ev) and (sector is None or any(sector_of(c) == sector for c in ev.codes.values()))

    if types is None or near is None or None in types:  # with --type, only articles with such events
        articles = (articles_with(store, "events", "upper(type) = ?", [type_.upper()]) if type_
                    else articles_with(store, "events"))
        merged = filter_events(merge_by_type(articles, type_, types, near, stored_english(store, articles)),
                               (), type_, since, until, modality)
        return [ev for ev in merged if keep(ev)]
    # only the articles with events chained to the actors (see _linked), from the events table
    rows = store.conn.execute(
        "SELECT e.article_rowid, e.type, e.source, e.target FROM events e JOIN articles a"
        f" ON a.rowid = e.article_rowid AND a.is_current = 1 WHERE e.type IN ({','.join('?' * len(types))})"
        " ORDER BY e.article_rowid", types).fetchall()
    lists = _json_lists([x for r in rows for x in (r[2], r[3])])
    rowids: set[int] = set()
    for kind in types:
        of_type = [i for i, r in enumerate(rows) if r[1] == kind]
        chained = _linked([[*lists[2 * i], *lists[2 * i + 1]] for i in of_type], near)
        rowids.update(rows[of_type[i]][0] for i in chained)
    # Clustered from their ids and events alone; the text and mentions (reports, names) read
    # for the articles of the clusters kept only: everything kept is decided by the cluster's
    # type, date, modality, actors and codes, which its member events alone make.
    light = list(store.iter_articles("rowid IN (SELECT value FROM json_each(?))", [json.dumps(sorted(rowids))],
                                     only=("id", "events")))
    kept = [(c, members) for c, members in cluster_by_type(light, type_, types, near)
            if filter_events([c], (), type_, since, until, modality) and keep(c)]
    full = {a.id: a for a in store.iter_articles(
        "id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted({a.id for _, members in kept for a, _ in members}))], without=(*_UNREAD, "quotes"))}
    return describe([(c, [(full[a.id], e) for a, e in members]) for c, members in kept],
                    stored_english(store, list(full.values())))


def _json_lists(texts: Sequence[str]) -> list[list[str]]:
    """``[json.loads(t) for t in texts]`` in one parse: the events table's source and target
    columns of a leader's timeline are thousands of short JSON lists, and a call per list was
    most of their reading (issue 16)."""
    found: list[list[str]] = json.loads("[" + ",".join(texts) + "]")
    return found


def _types_with(store: Store, wanted: Sequence[tuple[frozenset[str], str]]) -> list[str | None] | None:
    """The event types in which every actor of ``wanted`` is a source or target of some event,
    or None when an actor is matched by code or by name (then any type may hold it).

    Why the other types can be skipped without changing the answer: a merged event's actors are
    taken from its members' sources and targets, and events merge only within one type, so a
    type none of whose events names an actor holds no merged event that names it.
    """
    from .events.actors import is_code

    found: set[str | None] | None = None
    for ids, query in wanted:
        if is_code(query) or not ids:
            return None
        marks = ",".join("?" * len(ids))
        rows = store.conn.execute(
            "SELECT DISTINCT e.type FROM events e JOIN articles a ON a.rowid = e.article_rowid"
            " AND a.is_current = 1 WHERE (EXISTS (SELECT 1 FROM json_each(e.source)"
            f" WHERE value IN ({marks})) OR EXISTS (SELECT 1 FROM json_each(e.target) WHERE value IN ({marks})))",
            [*sorted(ids), *sorted(ids)]).fetchall()
        types: set[str | None] = {r[0] for r in rows}
        found = types if found is None else found & types
    return None if found is None else sorted(found, key=lambda t: (t is None, t or ""))


def _linked(actor_lists: Sequence[Sequence[str]], near: frozenset[str]) -> list[int]:
    """The events (indices; each given by its sources and targets) joined to an actor of
    ``near`` through a chain of events sharing an actor.

    Why merging only these gives the same merged events that name ``near``: ``merge_events``
    joins an event to a cluster only when they share an actor (a source, or any actor for a
    planned event on the same date), and a cluster's actors are its members', so every cluster
    lies within one such chain. A cluster of another chain never accepts an event of this one,
    so dropping those clusters changes neither which cluster an event joins nor any member.
    It is what keeps ``timeline`` of a leader named in most COERCE events fast.
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for actors in actor_lists:
        for other in actors:  # the first with itself too: an event of one actor is a chain of its own
            parent[root(other)] = root(actors[0])
    roots = {root(x) for x in near if x in parent}
    return [i for i, actors in enumerate(actor_lists) if any(root(x) in roots for x in actors)]


def stored_english(store: Store, articles: Sequence[Article]) -> Callable[[Article, Event], dict[str, str]]:
    """The English names of an event's actors as ingest stored them (``events.actors_en``, the
    answer of :func:`khabar.events.names.english_names` then), for ``merge_events``: working
    them out again needs the glossary and the romaniser loaded, 40% of ``khabar timeline मोदी``
    on the corpus (issue 16). An event stored before the column existed holds ``{}``, as it
    does for SQL over the events table, until its article is stored again; one with no row
    (not in the store) is worked out."""
    rows = store.conn.execute(
        "SELECT a.id, e.event_id, e.actors_en FROM events e JOIN articles a ON a.rowid = e.article_rowid"
        " AND a.is_current = 1 WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted({a.id for a in articles}))])
    stored = {(aid, eid): names for aid, eid, names in rows}

    def english(art: Article, ev: Event) -> dict[str, str]:
        names = stored.get((art.id, ev.id))
        if names is None:
            from .events.names import english_names  # the glossary's code: for such events only

            return english_names(art, ev)
        found: dict[str, str] = json.loads(names)
        return found

    return english


def merge_by_type(articles: Sequence[Article], type_: str | None = None,
                  only: Sequence[str | None] | None = None,
                  near: frozenset[str] | None = None,
                  english: Callable[[Article, Event], dict[str, str]] | None = None,
                  ) -> list[MergedEvent]:
    """:func:`~khabar.events.merge.merge_events`, one event type at a time (only ``type_``'s
    events when given, compared as ``filter_events`` compares types; only the types ``only``
    names when given; only the events :func:`_linked` finds for ``near`` when given; the
    actors' English names from ``english``, e.g. :func:`stored_english`, when given).

    Why it gives the same events: ``merge_events`` compares an event with every cluster so far,
    but joins it only to a cluster of its own kind (its type, or, for a meeting, call or visit
    not yet held, AGREE and CONSULT together: ``merge._same_kind``). Merging each kind's events
    apart (:data:`MERGED_KINDS`) therefore makes the same clusters, and sorting them as
    ``merge_events`` sorts (date, type, id; ids are unique) the same list
    (``tests/test_query_merge.py`` checks it on the corpus and on the seeds' story told in
    Hindi and in English). Comparing an event only with its own kind's clusters is what makes
    ``events`` and ``timeline`` fast on a whole store.
    """
    from .events.merge import describe

    return describe(cluster_by_type(articles, type_, only, near), english)


def cluster_by_type(articles: Sequence[Article], type_: str | None = None,
                    only: Sequence[str | None] | None = None,
                    near: frozenset[str] | None = None) -> list[Cluster]:
    """The clusters :func:`merge_by_type` describes, unsorted (see
    :func:`~khabar.events.merge.cluster_events`)."""
    from .events.merge import cluster_events

    types = sorted({e.type for a in articles for e in a.events}, key=lambda t: (t is None, t or ""))
    if type_ is not None:
        types = [t for t in types if (t or "").upper() == type_.upper()]
    if only is not None:
        types = [t for t in types if t in only]
    clusters: list[Cluster] = []
    for kind in _kinds(types):
        reports = [(a, e) for a in articles for e in a.events if e.type in kind]
        if near is not None:
            reports = [reports[i] for i in _linked([[*e.source, *e.target] for _, e in reports], near)]
        clusters.extend(cluster_events(reports))
    return clusters


# Types one report may code AGREE and another CONSULT for the same plan: a meeting, call or visit
# not yet held (English copy follows PLOVER's AGREE, Hindi news the COVID gold's CONSULT, round
# ev202); ``merge._same_kind`` joins them, so they are clustered together.
MERGED_KINDS = (frozenset({"AGREE", "CONSULT"}),)


def _kinds(types: Sequence[str | None]) -> list[frozenset[str | None]]:
    """``types`` (in their order) as the groups that merge together: a group of
    :data:`MERGED_KINDS` whose types are all asked for is one kind, every other type its own."""
    out: list[frozenset[str | None]] = []
    for t in types:
        group = next((g for g in MERGED_KINDS if t in g and g <= set(types)), frozenset({t}))
        if group not in out:
            out.append(group)
    return out


def actor_timeline(store: Store, config: Config, actor: str, other: str | None = None) -> dict[str, Any]:
    """The dyad view: events between two actors (or of one) over time, dated first, with counts
    per type."""
    events = merged_events(store, config, [actor] + ([other] if other else []))
    events.sort(key=lambda ev: (ev.date is None, ev.date or ""))
    counts = Counter(ev.type or "untyped" for ev in events)
    return {"events": events, "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}


def quotes(store: Store, config: Config, speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes with speaker, cue, kind and verbatim text, optionally of one speaker."""
    wanted = set(resolve_entity_ids(store, config, speaker)) if speaker else None
    # only the articles quoting that speaker: reading every article with quotes was most of the time
    where, params = ("1", []) if wanted is None else (f"speaker IN ({','.join('?' * len(wanted))})", sorted(wanted))
    found = []
    for art in articles_with(store, "quotes", where, params):
        names = {m.entity_id: m.canonical or m.text for m in art.mentions if m.entity_id}
        for q in art.quotes:
            if wanted is not None and q.speaker not in wanted:
                continue
            found.append({"article": art.id, "date": art.dct, "outlet": art.outlet,
                          "speaker": q.speaker, "speaker_name": names.get(q.speaker or "", q.speaker_text),
                          "cue": q.cue, "kind": q.kind, "text": art.text[q.start:q.end],
                          "start": q.start, "end": q.end})
    return found


def _story_members(store: Store, story_id: str) -> list[tuple[str, str | None]]:
    from .stories.read import get_story, resolve, story_members

    sid = resolve(store.conn, story_id)
    if get_story(store.conn, sid) is None:
        raise KhabarError(E.E024, detail=story_id)
    return story_members(store.conn, sid)


def stories(store: Store, since: str | None = None, entity: str | None = None,
            lang: str | None = None, config: Config | None = None) -> list[Any]:
    from .stories.read import list_stories

    if entity and config is not None:
        ids = resolve_entity_ids(store, config, entity)
        entity = ids[0] if ids else entity
    return list_stories(store.conn, since=since, entity=entity, lang=lang)


def story(store: Store, story_id: str) -> Any:
    from .stories.read import get_story, resolve
    from .stories.view import story_view

    sid = resolve(store.conn, story_id)
    if get_story(store.conn, sid) is None:
        raise KhabarError(E.E024, detail=story_id)
    return story_view(store.conn, sid)


def as_json(obj: Any) -> Any:
    """Dataclasses (events, stories) to plain data for ``--json``."""
    import dataclasses

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, list):
        return [as_json(o) for o in obj]
    if isinstance(obj, dict):
        return {k: as_json(v) for k, v in obj.items()}
    return json.loads(json.dumps(obj, default=str))


def actor_filter(store: Store, config: Config, actors: Sequence[str]) -> Callable[[MergedEvent], bool]:
    """The test ``merged_events`` applies for its actors, for callers that keep merged events
    (the web server merges once and filters per request)."""
    return _actor_test([(actor_ids(store, config, a), a) for a in actors])


def _actor_test(wanted: Sequence[tuple[frozenset[str], str]]) -> Callable[[MergedEvent], bool]:
    return lambda ev: all(_takes_part(ev, ids, q) for ids, q in wanted)
