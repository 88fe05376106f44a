"""Cross-document merge: one record per real event, with every report of it.

Two outlets (or two paragraphs of one article) describe the same call, visit or agreement in
different words; a timeline must show it once, with all its sources and evidence, and with the
best date any report gives (000 does not date the Trump–Xi call, 003 does: the merged event is
dated). Events are compatible when they have the same type, compatible dates (equal, or one
undated), the same kind of modality (something that happened vs something planned), and the
same actors: equal participant sets for reciprocal events, a shared source and compatible
targets otherwise. Future events with the same specific date (a month or finer) and a shared
actor are the same plan even when one report names the visitor and the other the summit.
Clustering is greedy, most confident report first, so the result does not depend on input order
beyond ties.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..model import Article, Event

FUTURE = frozenset({"planned", "expected", "proposed", "possible"})
# Modality shown for a merged event when reports disagree: the most frequent, ties broken by how
# committed the wording is.
_MODALITY_RANK = ("happened", "ongoing", "planned", "proposed", "expected", "possible", "denied")
_GENERIC_MODES = frozenset({"discuss", "agree", "meeting", "meet_plan", None})
# Modes that name the same kind of encounter: a planned "visit" and a planned "summit" between the
# same leaders on the same date are one plan; a call and its talks are one call.
_MEETING_MODES = frozenset(
    {"discuss", "meeting", "meet_plan", "visit", "summit", "host", "phone", "video_call"}
)


@dataclass
class Report:
    article_id: str
    event_id: str
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger: str
    modality: str
    date: str | None
    outlet: str | None = None


@dataclass
class MergedEvent:
    id: str
    type: str | None
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    date_basis: str | None
    modality: str
    location: list[str]
    confidence: float
    reports: list[Report] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # actor/place id -> display name
    symmetric: bool = False
    codes: dict[str, str] = field(default_factory=dict)  # actor id -> actor code (IND-Delhi COP)
    # actor id -> English name: a coded actor's own, a text actor's gloss (events.gloss)
    english: dict[str, str] = field(default_factory=dict)

    @property
    def articles(self) -> list[str]:
        return sorted({r.article_id for r in self.reports})

    def actors(self) -> set[str]:
        return set(self.source) | set(self.target)


def actor_names(article: Article) -> dict[str, str]:
    """Display names of the ids an article's events use (canonical names of its mentions)."""
    names: dict[str, str] = {}
    for m in article.mentions:
        if m.entity_id:
            names.setdefault(m.entity_id, m.canonical or m.text)
        names.setdefault(f"text:{m.canonical or m.text}", m.canonical or m.text)
    for m in article.mentions:  # a metonym's referent, when no literal mention names it
        if m.metonym_for and m.metonym_for not in names:
            names[m.metonym_for] = m.metonym_for.split(":", 1)[-1]
    return names


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _specific(date: str | None) -> bool:
    return date is not None and len(date) >= 7  # 2026-04, 2026-H1, 2026-02-04


def _group(modality: str) -> str:
    return "future" if modality in FUTURE else "past"


def _modes_compatible(a: str | None, b: str | None) -> bool:
    if (
        a == b
        or a in _GENERIC_MODES
        and b not in _MEETING_MODES
        or b in _GENERIC_MODES
        and a not in _MEETING_MODES
    ):
        return True
    return a in _MEETING_MODES and b in _MEETING_MODES


def _same_kind(c: MergedEvent, e: Event) -> bool:
    """Whether ``e`` is of ``c``'s type: the same type, or a meeting, call or visit not yet held
    coded AGREE by one report and CONSULT by the other (English copy follows PLOVER's AGREE for
    future meetings, Hindi news the COVID event gold's CONSULT since round ev202: one plan)."""
    if c.type == e.type:
        return True
    return (
        {c.type, e.type} == {"AGREE", "CONSULT"}
        and _group(c.modality) == "future"
        and c.mode in _MEETING_MODES
        and e.mode in _MEETING_MODES
    )


def _compatible(c: MergedEvent, e: Event) -> bool:
    if not _same_kind(c, e) or _group(c.modality) != _group(e.modality):
        return False
    if not _modes_compatible(c.mode, e.mode):
        return False
    if not _dates_compatible(c.date, e.date):
        return False
    e_sym = not e.target and len(e.source) >= 2
    if c.symmetric and e_sym:
        common = set(c.source) & set(e.source)
        return (
            set(c.source) == set(e.source)
            or len(common) >= 2
            and (set(c.source) <= set(e.source) or set(e.source) <= set(c.source))
        )
    if _group(e.modality) == "future" and _specific(c.date) and c.date == e.date:
        return bool(c.actors() & (set(e.source) | set(e.target)))
    if c.symmetric != e_sym:
        # a talk one report tells as "X ने Y से बात की" (X the source, Y the target: round rv27)
        # and another as joint ("X और Y ने बातचीत की") is one talk when the parties are the same
        parties = set(e.source) | set(e.target) if c.symmetric else c.actors()
        return len(parties) >= 2 and parties == (set(c.source) if c.symmetric else set(e.source))
    if not set(c.source) & set(e.source):
        return False
    return not c.target or not e.target or bool(set(c.target) & set(e.target))


def _refresh(c: MergedEvent, members: list[tuple[Article, Event]]) -> None:
    events = [e for _, e in members]
    types = Counter(e.type for e in events)
    c.type = max(types, key=lambda t: (types[t], t or ""))  # a tie (AGREE, CONSULT): CONSULT
    modes = [e.mode for e in sorted(events, key=lambda e: -e.confidence)]
    c.mode = next((m for m in modes if m not in _GENERIC_MODES), modes[0])
    counts = Counter(e.modality for e in events)
    c.modality = sorted(
        counts, key=lambda m: (-counts[m], _MODALITY_RANK.index(m) if m in _MODALITY_RANK else 99)
    )[0]
    dated = [e for e in events if e.date]
    if dated:
        best = Counter(e.date for e in dated).most_common()
        c.date = max(best, key=lambda p: (len(p[0] or ""), p[1]))[0]
        c.date_basis = next(f"{a.id}: {e.date_basis}" for a, e in members if e.date == c.date)
    source: list[str] = []
    target: list[str] = []
    c.symmetric = all(not e.target and len(e.source) >= 2 for e in events)
    # a directed report (Trump's visit to China) says more about roles than a reciprocal one
    directed = [e for e in events if e.target or len(e.source) < 2]
    for e in directed if directed and not c.symmetric else events:
        source.extend(e.source)
        target.extend(e.target)
    if c.symmetric:
        target = []
    c.source = list(dict.fromkeys(source))
    c.target = [t for t in dict.fromkeys(target) if t not in c.source]
    c.codes = {
        ident: code
        for e in sorted(events, key=lambda e: -e.confidence)
        for ident, code in sorted(e.codes.items())
        if ident in c.source or ident in c.target
    }
    c.location = list(dict.fromkeys(loc for e in events for loc in e.location))
    miss = 1.0
    for e in events:
        miss *= 1.0 - e.confidence
    c.confidence = round(min(0.99, 1.0 - miss), 2)
    c.id = hashlib.sha1("|".join(sorted(e.id for e in events)).encode()).hexdigest()[:16]


def _reindex(by_actor: dict[str, set[int]], n: int, before: set[str], after: set[str]) -> None:
    """Cluster ``n`` is now listed under its actors ``after`` (a refresh may drop some)."""
    for actor in before - after:
        by_actor[actor].discard(n)
    for actor in after - before:
        by_actor.setdefault(actor, set()).add(n)


def merge_events(
    articles: Sequence[Article],
    english: Callable[[Article, Event], dict[str, str]] | None = None,
) -> list[MergedEvent]:
    """One :class:`MergedEvent` per real event over all articles, ordered by date then type.

    ``english``: the English names of an event's actors (by default
    :func:`~khabar.events.names.english_names`); a reader of the store passes the ones stored
    with each event (the same function's answer at ingest) instead of working them out again."""
    return describe(cluster_events([(a, e) for a in articles for e in a.events]), english)


Cluster = tuple[MergedEvent, list[tuple[Article, Event]]]


def cluster_events(reports: Sequence[tuple[Article, Event]]) -> list[Cluster]:
    """The clusters of :func:`merge_events` over ``reports`` (each event with its article, in
    the articles' order), each with its members, before :func:`describe`: every field but
    ``reports``, ``names`` and ``english`` set.

    They read nothing of an article but its id, so a reader that keeps only some clusters
    (``khabar timeline``: 75 of 1,331 for Modi on the corpus) reads the text and mentions of
    their articles alone (issue 16)."""
    items = list(reports)
    items.sort(key=lambda p: (-p[1].confidence, p[0].id, p[1].trigger_start))
    clusters: list[Cluster] = []
    # Clusters by actor: every way :func:`_compatible` says yes needs an actor of the event among
    # the cluster's, so only those clusters are tried, in the order they were made, and the
    # first compatible one is the one a scan of all would find (issue 16: the scan was 360k
    # checks for 1,462 events of a `khabar timeline` on the corpus).
    by_actor: dict[str, set[int]] = {}
    for art, ev in items:
        tried: set[int] = set()
        for actor in {*ev.source, *ev.target}:
            tried |= by_actor.get(actor, set())
        for n in sorted(tried):
            c, members = clusters[n]
            if _compatible(c, ev):
                before = c.actors()
                members.append((art, ev))
                _refresh(c, members)
                _reindex(by_actor, n, before, c.actors())
                break
        else:
            c = MergedEvent("", ev.type, ev.mode, [], [], None, None, ev.modality, [], 0.0)
            members = [(art, ev)]
            _refresh(c, members)
            _reindex(by_actor, len(clusters), set(), c.actors())
            clusters.append((c, members))
    return clusters


def describe(clusters: Sequence[Cluster],
             english: Callable[[Article, Event], dict[str, str]] | None = None) -> list[MergedEvent]:
    """The merged events of ``clusters`` (of :func:`cluster_events`, given their reports and
    display and English names here, from the members' articles), ordered by date, type and id.
    ``english``: as for :func:`merge_events` (its default module, the glossary's, is imported
    only when it is used: a query command passes the stored names). It fills the clusters'
    reports and names in place, so it is called once per :func:`cluster_events` result."""
    if english is None:
        from .names import english_names

        english = english_names
    out = []
    # An article's display names, worked out once for all its reports (issue 16: once per report
    # was a fifth of merging a leader's timeline); keyed by object, the articles outlive the loop.
    names_of: dict[int, dict[str, str]] = {}
    for c, members in clusters:
        actors = c.actors()  # fixed now that clustering is done
        shown = c.source + c.target + c.location
        for art, ev in sorted(members, key=lambda p: (p[0].id, p[1].trigger_start)):
            c.reports.append(
                Report(
                    art.id,
                    ev.id,
                    art.text[ev.evidence_start : ev.evidence_end],
                    ev.evidence_start,
                    ev.evidence_end,
                    ev.trigger,
                    ev.modality,
                    ev.date,
                    art.outlet,
                )
            )
            names = names_of.get(id(art))
            if names is None:
                names = names_of[id(art)] = actor_names(art)
            for ident in shown:
                if ident in names:
                    c.names.setdefault(ident, names[ident])
            for ident, en in english(art, ev).items():
                if ident in actors:
                    c.english.setdefault(ident, en)
        for ident in c.source + c.target:
            name = ident.split(":", 1)[1] if ident.startswith("actor:") else c.names.get(ident, "")
            if name.isascii() and any(ch.isalpha() for ch in name):
                c.english.setdefault(ident, name)  # a coded actor's or a KB entity's own
        out.append(c)
    out.sort(key=lambda c: (c.date or "9999", c.type or "", c.id))
    return out


def _matches_actor(ev: MergedEvent, query: str) -> bool:
    """An actor query is an entity id or a name (any case; a part of the canonical name)."""
    q = query.casefold().strip()
    for ident in ev.source + ev.target:
        name = ev.names.get(ident, ident).casefold()
        if q in {ident.casefold(), name} or (len(q) >= 3 and q in name):
            return True
    return False


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    # compare at the event date's own granularity: 2026-02 is within since=2026-02-10
    return (since is None or date >= since[: len(date)]) and (
        until is None or date <= until[: len(date)]
    )


def filter_events(
    merged: Sequence[MergedEvent],
    actors: Sequence[str] = (),
    type_: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
) -> list[MergedEvent]:
    """The events of ``khabar events``: every actor given takes part, of the type, date range
    (ISO prefixes) and modality given."""
    return [
        ev
        for ev in merged
        if all(_matches_actor(ev, a) for a in actors)
        and (type_ is None or (ev.type or "").upper() == type_.upper())
        and _in_range(ev.date, since, until)
        and (modality is None or ev.modality == modality)
    ]


def timeline(
    merged: Sequence[MergedEvent], actor: str, other: str | None = None
) -> dict[str, object]:
    """``khabar timeline A [B]``: the events of an actor (or of a dyad), dated first, and how
    many there are of each type."""
    events = filter_events(merged, [actor] + ([other] if other else []))
    counts = Counter(ev.type or "untyped" for ev in events)
    return {
        "events": events,
        "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
