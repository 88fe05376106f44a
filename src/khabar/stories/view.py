"""What a reader sees of a story: one title, its span and sources, a cited summary, and what each
source adds that no other does.

Everything here is extractive and cited: a summary sentence names the article it comes from
with offsets into that article's text; "what each source adds" lists sentences, events and quotes
reported by one outlet only. Uniqueness is judged on normalised, stemmed content terms (and on
entity ids when the entities stage ran), so two outlets' different renderings of the same wire
sentence do not count as additions, while a name or place only one of them prints does.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ..errors import E, KhabarError
from ..model import Article, Event
from .features import article_title, background_df, content_spans, content_terms, wire_credit
from .read import get_story, list_stories, story_members, story_why

__all__ = ["Citation", "StoryView", "list_stories", "story_view", "view_of_articles"]

# Summary length in sentences, and the term overlap above which a candidate repeats a chosen one.
SUMMARY_SENTENCES = 5
REDUNDANT = 0.5
# A sentence "adds" when at least this share of its content terms appear in no other source,
# counting only terms rarer than everyday news words (idf >= 3: in fewer than 1 in 20 articles
# of the background corpus). Set on the seeds: it keeps Ushakov and APEC (003) and the visa-free
# entry (000) and drops the shared Putin-Xi sentences worded differently.
NOVEL_SHARE = 0.5
RARE_IDF = 3.0
ADDS_PER_SOURCE = 5


@dataclass(frozen=True)
class Citation:
    """A fact with its evidence: ``text`` is ``article.text[start:end]`` of ``article_id``."""

    kind: str  # sentence, event, quote
    text: str
    article_id: str
    outlet: str | None
    start: int
    end: int


@dataclass
class StoryView:
    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    outlets: list[str]
    languages: list[str]
    representative: str | None
    articles: list[dict[str, str | None]]
    entities: list[tuple[str, str, int]]  # (entity id, name, mentions)
    events: list[dict[str, object]]
    summary: list[Citation]
    adds: dict[str, list[Citation]] = field(default_factory=dict)
    wires: list[str] = field(default_factory=list)
    # article id -> how it joined: kind (new, joined, duplicate, moved), score, the member it is
    # closest to ("to"), what their event signatures share, stories it was vetoed from, and for
    # a moved member the story it left ("from")
    why: dict[str, dict[str, object]] = field(default_factory=dict)


def _sentences(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    out = []
    for start, end, label in content_spans(article):
        if label == "title":
            continue
        for m in re.finditer(r"[^।.?!]+[।.?!]?", article.text[start:end]):
            s, e = start + m.start(), start + m.end()
            while s < e and article.text[s].isspace():
                s += 1
            if e - s > 20:
                out.append((s, e))
    return out


def _idf(term: str) -> float:
    n, df = background_df()
    return math.log((n + 1) / (df.get(term, 0) + 1))


def _load(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Article]:
    marks = ",".join("?" * len(ids))
    try:
        rows = conn.execute(
            f"SELECT data FROM articles WHERE is_current = 1 AND id IN ({marks})", ids
        ).fetchall()
    except sqlite3.Error as exc:
        raise KhabarError(E.E020, where="story_view", detail=str(exc)) from None
    arts = [Article.from_dict(json.loads(r[0])) for r in rows]
    return {a.id: a for a in arts}


def story_view(conn: sqlite3.Connection, story_id: str) -> StoryView:
    """The view of a stored story (a merged id shows the story it joined); E021 if unknown."""
    summary = get_story(conn, story_id)
    if summary is None:
        raise KhabarError(E.E021, detail=f"story {story_id}")
    members = story_members(conn, summary.id)
    arts = _load(conn, [a for a, _ in members])
    ordered = [arts[a] for a, _ in members if a in arts]
    dup_of = {a: d for a, d in members}
    view = view_of_articles(summary.id, ordered, dup_of)
    view.first_date, view.last_date = summary.first_date, summary.last_date
    view.why = story_why(conn, summary.id)
    return view


def view_of_articles(
    story_id: str, articles: list[Article], duplicate_of: dict[str, str | None] | None = None
) -> StoryView:
    """Build the view from the member articles themselves (no store needed)."""
    duplicate_of = duplicate_of or {}
    originals = [a for a in articles if not duplicate_of.get(a.id)]
    sents = {a.id: _sentences(a) for a in originals}
    terms = {a.id: [content_terms(a.text[s:e]) for s, e in sents[a.id]] for a in originals}
    # story centroid: document frequency of each term across sources, weighted by rarity
    centroid: Counter[str] = Counter()
    for a in originals:
        centroid.update({t for ts in terms[a.id] for t in ts})
    weight = {t: c * _idf(t) for t, c in centroid.items()}

    def sent_score(ts: list[str]) -> float:
        return sum(weight.get(t, 0.0) for t in sorted(set(ts))) / math.sqrt(len(ts) + 1)

    representative = max(
        originals,
        key=lambda a: (article_title(a) is not None, sum(sent_score(ts) for ts in terms[a.id])),
        default=None,
    )
    title = article_title(representative) if representative else None
    if title is None:
        title = next((t for t in map(article_title, articles) if t), None)

    scored = sorted(
        ((sent_score(ts), a.id, i) for a in originals for i, ts in enumerate(terms[a.id]) if ts),
        reverse=True,
    )
    by_id = {a.id: a for a in articles}
    chosen: list[tuple[str, int]] = []
    for _, aid, i in scored:
        ts = set(terms[aid][i])
        if any(_jaccard(ts, set(terms[b][j])) > REDUNDANT for b, j in chosen):
            continue
        chosen.append((aid, i))
        if len(chosen) == SUMMARY_SENTENCES:
            break
    order = {a.id: k for k, a in enumerate(originals)}
    chosen.sort(key=lambda x: (order[x[0]], x[1]))
    summary = [_cite("sentence", by_id[aid], *sents[aid][i]) for aid, i in chosen]
    days = [d[:10] for a in articles if (d := a.published or a.dct)]

    return StoryView(
        id=story_id,
        title=title,
        first_date=min(days) if days else None,
        last_date=max(days) if days else None,
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        languages=sorted({a.language for a in articles if a.language}),
        representative=representative.id if representative else None,
        articles=[
            {
                "id": a.id,
                "outlet": a.outlet,
                "title": article_title(a),
                "date": a.published or a.dct,
                "duplicate_of": duplicate_of.get(a.id),
            }
            for a in articles
        ],
        entities=_entities(originals),
        events=_events(originals),
        summary=summary,
        adds=_adds(originals, sents, terms),
        wires=sorted({w for a in articles if (w := wire_credit(a))}),
    )


def _cite(kind: str, art: Article, start: int, end: int) -> Citation:
    return Citation(kind, art.text[start:end], art.id, art.outlet, start, end)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _entities(articles: list[Article]) -> list[tuple[str, str, int]]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for a in articles:
        for m in a.mentions:
            if m.entity_id and m.entity_id.startswith("kb:"):
                counts[m.entity_id] += 1
                names.setdefault(m.entity_id, m.canonical or m.text)
    return [(e, names[e], c) for e, c in counts.most_common()]


def _event_key(ev: Event) -> str:
    return f"{ev.type}:{'+'.join(sorted(ev.source))}>{'+'.join(sorted(ev.target))}"


def _events(articles: list[Article]) -> list[dict[str, object]]:
    """Events merged across sources by type and actors; each lists the articles reporting it."""
    merged: dict[str, dict[str, object]] = {}
    for a in articles:
        for ev in a.events:
            if not ev.type:
                continue
            key = _event_key(ev)
            entry = merged.setdefault(
                key,
                {
                    "type": ev.type,
                    "source": ev.source,
                    "target": ev.target,
                    "date": ev.date,
                    "trigger": ev.trigger,
                    "reported_by": [],
                },
            )
            reported = entry["reported_by"]
            assert isinstance(reported, list)
            if a.id not in reported:
                reported.append(a.id)
            if entry["date"] is None and ev.date:
                entry["date"] = ev.date
    return list(merged.values())


def _adds(
    articles: list[Article],
    sents: dict[str, list[tuple[int, int]]],
    terms: dict[str, list[list[str]]],
) -> dict[str, list[Citation]]:
    """Per source: its sentences, events and quotes that no other source reports."""
    if len(articles) < 2:
        return {}
    vocab = {a.id: {t for ts in terms[a.id] for t in ts} for a in articles}
    ents = {a.id: {m.entity_id for m in a.mentions if m.entity_id} for a in articles}
    events = {a.id: {_event_key(ev) for ev in a.events if ev.type} for a in articles}
    out: dict[str, list[Citation]] = {}
    for a in articles:
        others = set().union(*(vocab[b.id] for b in articles if b.id != a.id))
        other_ents = set().union(*(ents[b.id] for b in articles if b.id != a.id))
        other_events = set().union(*(events[b.id] for b in articles if b.id != a.id))
        ranked = []
        for (s, e), ts in zip(sents[a.id], terms[a.id], strict=True):
            rare = {t for t in ts if _idf(t) >= RARE_IDF}
            novel = {t for t in rare if t not in others}
            novel_ents = {
                m.entity_id for m in a.mentions if m.entity_id and s <= m.start < e
            } - other_ents
            if rare and (len(novel) / len(rare) >= NOVEL_SHARE or novel_ents):
                ranked.append((len(novel) + 2 * len(novel_ents), s, e))
        ranked.sort(key=lambda x: (-x[0], x[1]))
        seen: set[str] = set()
        facts: list[Citation] = []
        for _, s, e in ranked:
            if a.text[s:e] not in seen and len(facts) < ADDS_PER_SOURCE:
                seen.add(a.text[s:e])
                facts.append(_cite("sentence", a, s, e))
        facts.sort(key=lambda c: c.start)
        facts += [
            _cite("event", a, ev.evidence_start, ev.evidence_end)
            for ev in a.events
            if ev.type and _event_key(ev) not in other_events
        ]
        other_quotes = [
            set(content_terms(b.text[q.start : q.end]))
            for b in articles
            if b.id != a.id
            for q in b.quotes
        ]
        for q in a.quotes:
            qt = set(content_terms(a.text[q.start : q.end]))
            if all(_jaccard(qt, o) < REDUNDANT for o in other_quotes):
                facts.append(_cite("quote", a, q.start, q.end))
        if facts:
            out[a.id] = facts
    return out


def why_lines(view: StoryView) -> list[str]:
    """One line per member saying how it joined (and the stories a veto kept it from)."""
    titles = {str(a.get("id")): (a.get("title") or "")[:50] for a in view.articles}
    lines = []
    for aid in [str(a.get("id")) for a in view.articles]:
        w = view.why.get(aid)
        if w is None:
            lines.append(f"{aid}: placed before reasons were kept")
            continue
        shared = ", ".join(str(x) for x in w.get("shared") or []) or "topic words only"  # type: ignore[attr-defined]
        if w["kind"] == "new":
            text = f"{aid}: started the story ({titles.get(aid)})"
        else:
            to = w.get("to")
            text = (f"{aid}: {w['kind']} score {w.get('score')} -> closest {to}"
                    f" ({titles.get(str(to), '')}); shares {shared}")  # fmt: skip
        if w.get("from"):
            text += f"; moved from {w['from']} when a closer report arrived"
        if w.get("follow_up_days"):
            text += f"; a strong follow-up {w['follow_up_days']} days on (no time decay)"
        if w.get("time"):
            text += f"; event time {w['time']}"
        for apart in w.get("apart") or []:  # type: ignore[attr-defined]
            text += f"; kept apart from {apart['story']} ({apart['veto']}, score {apart['score']})"
        lines.append(text)
    return lines
