"""Server-rendered pages (Jinja2, no JavaScript): home, story, entity, timeline, search, article.

Charts are inline SVG drawn here, so pages work offline and on a phone without any script. In
the timeline chart every event is one square, stacked in its period's column and coloured by type
or modality; each square links to the sentence it was read from, highlighted in its article
(``/article/<id>?hl=<start>-<end>#hl``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..errors import E, KhabarError
from ..model import CONTENT_LABELS, Article
from .data import Reader, page, period

if TYPE_CHECKING:
    from ..events.merge import MergedEvent

router = APIRouter(include_in_schema=False)

# Series colours, assigned to series keys in sorted order: the Okabe–Ito palette, which stays
# distinguishable for colour-blind readers.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000")
STORIES_PER_PAGE = 30
# Chart geometry in SVG units; the SVG scales down to the page width (phones included). Columns
# share CHART_WIDTH between COLUMN_MIN and COLUMN_MAX wide; a column label needs LABEL_WIDTH.
CHART_WIDTH = 900
COLUMN_MIN, COLUMN_MAX = 12, 60
LABEL_WIDTH = 44
SQUARE_MAX = 16
STACK_MAX = 300
BAR_HEIGHT = 160


@functools.cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("khabar", "serve/templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["q"] = lambda s: quote(str(s), safe="")
    return env


def render(request: Request, template: str, **context: Any) -> str:
    return _env().get_template(template).render(request=request, **context)


def _reader(request: Request) -> Reader:
    found: Reader = request.app.state.reader
    return found


def evidence_href(article_id: str, start: int, end: int) -> str:
    return f"/article/{quote(article_id)}?hl={start}-{end}#hl"


# -- charts -----------------------------------------------------------------------------------------
@dataclass
class Chart:
    """An SVG chart: marks (rect with optional link and tooltip) and column labels."""

    width: int
    height: int
    marks: list[dict[str, Any]] = field(default_factory=list)
    labels: list[dict[str, Any]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)


def _colours(keys: Iterable[str]) -> dict[str, str]:
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(sorted(keys))}


def _columns(n: int) -> tuple[float, int]:
    """Column width for ``n`` periods, and label every k-th column so labels never overlap."""
    col = max(COLUMN_MIN, min(COLUMN_MAX, CHART_WIDTH / max(n, 1)))
    return col, max(1, math.ceil(LABEL_WIDTH / col))


def dot_chart(events: Sequence[MergedEvent], when: dict[str, str | None], bucket: str,
              key: Callable[[MergedEvent], str]) -> Chart:
    """One square per event, stacked per period (``when``: event id -> charted date), linked to
    the event's first evidence."""
    columns: dict[str, list[MergedEvent]] = {}
    for ev in events:
        columns.setdefault(period(when[ev.id], bucket), []).append(ev)
    periods = sorted(columns, key=lambda p: (p == "undated", p))
    colours = _colours({key(ev) for ev in events})
    col, every = _columns(len(periods))
    tallest = max((len(v) for v in columns.values()), default=1)
    size = min(SQUARE_MAX, col - 2, STACK_MAX / tallest)
    height = int(tallest * size + 30)
    chart = Chart(width=int(col * len(periods) + 10), height=height, legend=sorted(colours.items()))
    for i, p in enumerate(periods):
        x = 5 + i * col
        for j, ev in enumerate(sorted(columns[p], key=lambda e: (key(e), e.id))):
            first = ev.reports[0] if ev.reports else None
            names = ", ".join(ev.names.get(a, a) for a in ev.source + ev.target)
            chart.marks.append({
                "x": x + (col - size) / 2, "y": height - 22 - (j + 1) * size,
                "w": max(size - 1, 1), "h": max(size - 1, 1), "fill": colours[key(ev)],
                "href": evidence_href(first.article_id, first.evidence_start, first.evidence_end) if first else None,
                "title": f"{ev.date or p} · {ev.type or 'untyped'} {ev.mode or ''} · {ev.modality} · {names}",
            })
        if i % every == 0:
            chart.labels.append({"x": x + col / 2, "y": height - 6, "text": p[5:] if len(p) >= 10 else p})
    return chart


def bar_chart(counts: dict[str, int]) -> Chart:
    """Bars of counts per period (entity mentions over time)."""
    periods = sorted(counts, key=lambda p: (p == "undated", p))
    tallest = max(counts.values(), default=1)
    col, every = _columns(len(periods))
    chart = Chart(width=int(col * len(periods) + 10), height=BAR_HEIGHT)
    for i, p in enumerate(periods):
        h = (BAR_HEIGHT - 40) * counts[p] / tallest
        x = 5 + i * col
        chart.marks.append({"x": x + 1, "y": BAR_HEIGHT - 22 - h, "w": col - 2, "h": h,
                            "fill": PALETTE[0], "href": None, "title": f"{p}: {counts[p]}"})
        if i % every == 0:
            chart.labels.append({"x": x + col / 2, "y": BAR_HEIGHT - 6, "text": p[5:] if len(p) >= 10 else p})
    return chart


# -- marked text ----------------------------------------------------------------------------------
def _span_marks(art: Article, highlight: tuple[int, int] | None) -> list[tuple[int, int, str, dict[str, str]]]:
    marks: list[tuple[int, int, str, dict[str, str]]] = []
    for m in art.mentions:
        attrs = {"title": f"{m.type} {m.canonical or ''}".strip()}
        if m.entity_id:
            attrs["href"] = f"/entity/{quote(m.entity_id, safe='')}"
        marks.append((m.start, m.end, "m-ent", attrs))
    for t in art.timexes:
        marks.append((t.start, t.end, "m-date", {"title": f"{t.type} {t.value}"}))
    for ev in art.events:
        marks.append((ev.evidence_start, ev.evidence_end, "m-ev", {"title": f"{ev.type} {ev.mode or ''} · {ev.modality}"}))
        marks.append((ev.trigger_start, ev.trigger_end, "m-trig", {}))
    if highlight:
        marks.append((highlight[0], highlight[1], "hl", {}))
    return marks


def marked_blocks(art: Article, show_boilerplate: bool, highlight: tuple[int, int] | None) -> list[dict[str, Any]]:
    """The article's blocks as segments, each with the classes of the facts covering it.

    Facts overlap (a mention inside an event's evidence), so the text is cut at every fact
    boundary and each piece carries all classes; a piece inside a mention links to its entity.
    """
    marks = _span_marks(art, highlight)
    blocks = art.blocks or []
    if not blocks:
        from ..model import Block

        blocks = [Block(0, len(art.text), "body")]
    out = []
    anchored = False
    for b in blocks:
        content = b.label in CONTENT_LABELS
        if not content and not show_boilerplate:
            continue
        cuts = {b.start, b.end}
        inside = [mk for mk in marks if mk[0] < b.end and mk[1] > b.start]
        for s, e, _, _ in inside:
            cuts.update(x for x in (s, e) if b.start < x < b.end)
        points = sorted(cuts)
        segments = []
        for s, e in zip(points, points[1:], strict=False):
            covering = [mk for mk in inside if mk[0] <= s and mk[1] >= e]
            classes = sorted({mk[2] for mk in covering})
            attrs: dict[str, str] = {}
            for mk in covering:
                attrs.update(mk[3])
            if "hl" in classes and not anchored:
                attrs["id"] = "hl"
                anchored = True
            segments.append({"text": art.text[s:e], "classes": " ".join(classes), **attrs})
        out.append({"label": b.label, "struck": not content, "segments": segments})
    return out


def _highlight(hl: str | None) -> tuple[int, int] | None:
    if not hl:
        return None
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl)
    if not m or int(m[1]) > int(m[2]):
        raise KhabarError(E.E050, detail=f"hl={hl!r} (expected START-END character offsets)")
    return int(m[1]), int(m[2])


def _snippet(text: str | None) -> Markup:
    """An FTS snippet with its [match] markers as <mark>, the rest escaped."""
    safe = str(escape(text or ""))
    return Markup(safe.replace("[", "<mark>").replace("]", "</mark>"))


# -- pages ----------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request, language: str | None = None, cursor: str | None = None) -> str:
    r = _reader(request)
    items, nxt = page(r.stories(language=language or None), cursor, STORIES_PER_PAGE)
    stats = r.cached(("stats",), r.store.stats)
    return render(request, "home.html", stories=items, next_cursor=nxt, language=language, stats=stats)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> str:
    r = _reader(request)
    view = r.story(story_id)
    originals = [a for a in view.articles if not a.get("duplicate_of")]
    copies = [a for a in view.articles if a.get("duplicate_of")]
    return render(request, "story.html", view=view, originals=originals, copies=copies,
                  events=r.story_events(story_id), href=evidence_href)


@router.get("/entity/{name:path}", response_class=HTMLResponse)
def entity_page(request: Request, name: str) -> str:
    r = _reader(request)
    profile = r.entity(name)
    per_day: Counter[str] = Counter()
    for a in profile["articles"]:
        per_day[a["date"] or "undated"] += a["mentions"]
    bucket = "day" if len(per_day) <= 45 else "week" if len(per_day) <= 200 else "month"
    counts: Counter[str] = Counter()
    for d, n in per_day.items():
        counts[period(d if d != "undated" else None, bucket)] += n
    stories = r.stories(entity=profile["id"])[:10]
    return render(request, "entity.html", e=profile, chart=bar_chart(dict(counts)), bucket=bucket,
                  stories=stories)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, actor: str | None = None, other: str | None = None,
                  code: str | None = None, bucket: str = "day", by: str = "type") -> str:
    r = _reader(request)
    data = None
    chart = None
    if actor or code:
        data = r.timeline(actor or None, other or None, code or None, bucket, by)
        key = (lambda ev: ev.type or "untyped") if by == "type" else (lambda ev: ev.modality)
        chart = dot_chart(data["events"], r.chart_dates(data["events"]), bucket, key)
    return render(request, "timeline.html", actor=actor or "", other=other or "", code=code or "",
                  bucket=bucket, by=by, data=data, chart=chart, href=evidence_href)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", cursor: str | None = None) -> str:
    r = _reader(request)
    found, nxt = None, None
    items: list[dict[str, Any]] = []
    if q.strip():
        found = r.search(q)
        items, nxt = page(found["hits"], cursor, 20)
        for hit in items:
            hit["snippet_html"] = _snippet(hit.get("snippet"))
    more = f"/search?{urlencode({'q': q, 'cursor': nxt})}" if nxt else None
    return render(request, "search.html", q=q, found=found, hits=items, more=more)


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str,
                 boilerplate: bool = Query(False), hl: str | None = None) -> str:
    r = _reader(request)
    art = r.store.get_article(article_id)
    story_id = r.story_of([art.id]).get(art.id)
    blocks = marked_blocks(art, boilerplate, _highlight(hl))
    return render(request, "article.html", art=art, blocks=blocks, story_id=story_id,
                  boilerplate=boilerplate, hl=hl, href=evidence_href)


@router.get("/api/docs", response_class=HTMLResponse)
def api_reference(request: Request) -> str:
    """The API reference as a page, from the OpenAPI document (Swagger UI would need a CDN)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False),
                       "description": p.get("description", "")} for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "params": params})
    return render(request, "api.html", operations=operations, version=spec["info"]["version"])
