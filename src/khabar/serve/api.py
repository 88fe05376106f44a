"""The HTTP API under ``/api``: read-only JSON over the store, with stable schemas.

Every list answers ``{"items": [...], "next_cursor": "..."}``; pass ``cursor`` back for the next
page (``limit`` 1–200). Filters take ISO date prefixes (``since=2020-04``). A bad parameter is a
400 with one coded line (``{"error": {"code": "E050", "message": "..."}}``), an unknown id a 404;
nothing answers 500 with a traceback. Ingest (``POST /api/ingest``) exists only when a token is
configured, and takes one size-limited document (text, HTML or JSON Lines) into the same pipeline
as ``khabar ingest``.
"""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel

from ..errors import E, KhabarError
from .data import MAX_PAGE, Reader, event_json, page

# Largest document POST /api/ingest accepts: the CLI's single-article limit is 32 MiB, but an
# HTTP client should send a crawl as files to `khabar ingest`; 5 MiB holds any one news page.
MAX_INGEST_BYTES = 5 * 1024 * 1024

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page (1–200).")]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page.")]
Since = Annotated[str | None, Query(description="On or after: YYYY, YYYY-MM or YYYY-MM-DD.")]
Until = Annotated[str | None, Query(description="On or before: YYYY, YYYY-MM or YYYY-MM-DD.")]


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


class ArticleRow(BaseModel):
    id: str
    version: int
    outlet: str | None
    dct: str | None
    published: str | None
    title: str | None
    language: str | None
    status: str
    body_chars: int


class StoryRow(BaseModel):
    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    articles: int
    independent_sources: int
    outlets: list[str]
    languages: list[str]


class EntityRow(BaseModel):
    entity_id: str
    name: str | None
    type: str | None
    mentions: int
    articles: int


class Actor(BaseModel):
    id: str
    name: str


class Evidence(BaseModel):
    article_id: str
    outlet: str | None
    start: int
    end: int
    text: str
    trigger: str
    modality: str
    date: str | None


class EventOut(BaseModel):
    id: str
    type: str | None
    mode: str | None
    date: str | None
    modality: str
    source: list[Actor]
    target: list[Actor]
    location: list[Actor]
    confidence: float
    articles: list[str]
    evidence: list[Evidence]


class QuoteRow(BaseModel):
    article: str
    date: str | None
    outlet: str | None
    speaker: str | None
    speaker_name: str | None
    cue: str
    kind: str
    text: str
    start: int
    end: int


class SearchHit(BaseModel):
    id: str
    outlet: str | None
    dct: str | None
    title: str | None
    snippet: str | None
    rank: float
    mentions_entity: bool = False


class TimelineCount(BaseModel):
    period: str
    key: str
    count: int


class ArticlePage(BaseModel):
    items: list[ArticleRow]
    next_cursor: str | None


class StoryPage(BaseModel):
    items: list[StoryRow]
    next_cursor: str | None


class EntityPage(BaseModel):
    items: list[EntityRow]
    next_cursor: str | None


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None


class QuotePage(BaseModel):
    items: list[QuoteRow]
    next_cursor: str | None


class SearchPage(BaseModel):
    query: str
    entity: str | None
    entity_name: str | None
    searched: list[str]
    items: list[SearchHit]
    next_cursor: str | None


class Timeline(BaseModel):
    actor: str | None
    other: str | None
    code: str | None
    bucket: str
    by: str
    periods: list[str]
    series: list[str]
    counts: list[TimelineCount]
    events: list[EventOut]


class IngestOut(BaseModel):
    counts: dict[str, int]
    failures: list[str]
    stored: list[str]


ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorOut}, 404: {"model": ErrorOut}}

router = APIRouter(prefix="/api", responses=ERRORS)


async def reader(request: Request) -> Reader:  # async: no thread-pool trip per request
    found: Reader = request.app.state.reader
    return found


ReaderDep = Annotated[Reader, Depends(reader)]


@router.get("/stats", summary="Counts of what the store holds")
def stats(r: ReaderDep) -> dict[str, Any]:
    return r.store.stats()


@router.get("/articles", response_model=ArticlePage, summary="Articles, oldest first")
def articles(r: ReaderDep, since: Since = None, until: Until = None, outlet: str | None = None,
             language: str | None = None, status: str | None = None, cursor: Cursor = None,
             limit: Limit = 50) -> dict[str, Any]:
    from .data import check_date

    rows = r.store.list_articles(outlet=outlet, since=check_date("since", since),
                                 until=check_date("until", until), status=status)
    items = [dict(x) for x in rows if language is None or x["language"] == language]
    chunk, nxt = page(items, cursor, limit)
    return {"items": chunk, "next_cursor": nxt}


@router.get("/articles/{article_id}", summary="One article with all its facts and offsets")
def article(r: ReaderDep, article_id: str) -> dict[str, Any]:
    art = r.store.get_article(article_id)
    data = art.to_dict()
    data.pop("raw_html", None)
    data["story"] = r.story_of([art.id]).get(art.id)
    return data


@router.get("/stories", response_model=StoryPage, summary="Stories, newest first")
def stories(r: ReaderDep, since: Since = None, until: Until = None, entity: str | None = None,
            language: str | None = None, outlet: str | None = None, cursor: Cursor = None,
            limit: Limit = 50) -> dict[str, Any]:
    chunk, nxt = page(r.stories(since, until, entity, language, outlet), cursor, limit)
    return {"items": chunk, "next_cursor": nxt}


async def _json(r: Reader, key: tuple[Any, ...], compute: Callable[[], Any]) -> Response:
    """A JSON answer kept encoded in the reader's cache: a story, search or timeline is asked for
    again and again, and encoding tens of kilobytes each time was the largest cost under load.
    A hit is answered on the event loop; a miss is computed in the thread pool."""
    from starlette.concurrency import run_in_threadpool

    def encode() -> bytes:
        return json.dumps(jsonable_encoder(compute()), ensure_ascii=False, separators=(",", ":")).encode()

    body = r.peek(("json", *key))
    if body is None:
        body = await run_in_threadpool(r.cached, ("json", *key), encode)
    return Response(body, media_type="application/json")


@router.get("/stories/{story_id}", summary="One story: cited summary, sources, what each adds, events")
async def story(r: ReaderDep, story_id: str) -> Response:
    from ..query import as_json

    def compute() -> dict[str, Any]:
        data: dict[str, Any] = as_json(r.story(story_id))
        data["entities"] = [{"id": e, "name": n, "mentions": c} for e, n, c in data["entities"]]
        data["events"] = [event_json(ev) for ev in r.story_events(story_id)]
        return data

    return await _json(r, ("story", story_id), compute)


@router.get("/entities", response_model=EntityPage, summary="Entities, most mentioned first")
def entities(r: ReaderDep, type: str | None = None, story: str | None = None, cursor: Cursor = None,
             limit: Limit = 50) -> dict[str, Any]:
    from ..query import entity_list

    rows = r.cached(("entities", type, story), lambda: entity_list(r.store, type_=type, story=story))
    chunk, nxt = page(rows, cursor, limit)
    return {"items": chunk, "next_cursor": nxt}


@router.get("/entities/{name:path}", summary="One entity by id or by name in either script")
def entity(r: ReaderDep, name: str) -> dict[str, Any]:
    return r.entity(name)


@router.get("/events", response_model=EventPage, summary="Events merged across their reports")
def events(r: ReaderDep, actor: Annotated[list[str] | None, Query(description="Repeat for a dyad.")] = None,
           type: str | None = None, modality: str | None = None, since: Since = None, until: Until = None,
           outlet: str | None = None, language: str | None = None,
           code: Annotated[str | None, Query(description="Actor code prefix, e.g. IND or RUSGOV.")] = None,
           cursor: Cursor = None, limit: Limit = 50) -> dict[str, Any]:
    found = r.events(actor or (), type, since, until, modality, outlet, language, code)
    chunk, nxt = page(found, cursor, limit)
    return {"items": [event_json(ev) for ev in chunk], "next_cursor": nxt}


@router.get("/quotes", response_model=QuotePage, summary="Quotes with speaker and cue")
def quotes(r: ReaderDep, speaker: str | None = None, cursor: Cursor = None, limit: Limit = 50) -> dict[str, Any]:
    from ..query import quotes as find_quotes

    found = r.cached(("quotes", speaker), lambda: find_quotes(r.store, r.config, speaker))
    chunk, nxt = page(found, cursor, limit)
    return {"items": chunk, "next_cursor": nxt}


@router.get("/timeline", response_model=Timeline, summary="Events of an actor, a dyad or an actor code over time")
async def timeline(r: ReaderDep, actor: str | None = None, other: str | None = None,
             code: Annotated[str | None, Query(description="Actor code, e.g. IND or 'IND GOV'.")] = None,
             bucket: Annotated[str, Query(description="day, week or month")] = "day",
             by: Annotated[str, Query(description="type or modality")] = "type",
             type: str | None = None, modality: str | None = None, since: Since = None,
             until: Until = None) -> Response:
    def compute() -> dict[str, Any]:
        data = dict(r.timeline(actor, other, code, bucket, by, type_=type, modality=modality,
                               since=since, until=until))
        data["events"] = [event_json(ev) for ev in data["events"]]
        return data

    return await _json(r, ("timeline", actor, other, code, bucket, by, type, modality, since, until), compute)


@router.get("/search", response_model=SearchPage, summary="Search, Hindi or English, across scripts")
async def search(r: ReaderDep, q: Annotated[str, Query(min_length=1, max_length=200)], cursor: Cursor = None,
           limit: Limit = 20) -> Response:
    def compute() -> dict[str, Any]:
        found = r.search(q)
        chunk, nxt = page(found["hits"], cursor, limit)
        return {**{k: v for k, v in found.items() if k != "hits"}, "items": chunk, "next_cursor": nxt}

    return await _json(r, ("search", q, cursor, limit), compute)


def _token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    token: str | None = request.app.state.token
    if not token:
        raise KhabarError(E.E050, detail="ingest through the API is off (start the server with KHABAR_TOKEN set)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise PermissionError("a valid 'Authorization: Bearer <KHABAR_TOKEN>' header is needed")


@router.post("/ingest", response_model=IngestOut, dependencies=[Depends(_token)],
             summary="Ingest one document (text, HTML or JSON Lines); needs the token",
             responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}})
async def ingest(request: Request) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_INGEST_BYTES:
            raise OverflowError(f"request body over {MAX_INGEST_BYTES} bytes")
    if not body.strip():
        raise KhabarError(E.E002, where="request body")
    reader: Reader = request.app.state.reader
    try:
        return await run_in_threadpool(_ingest_bytes, reader, bytes(body))
    finally:
        reader.invalidate()


def _ingest_bytes(r: Reader, body: bytes) -> dict[str, Any]:
    """Through the same API as ``khabar ingest``: the bytes as one input file, so every reader
    (seed text, HTML, JSONL) and every stage applies."""
    from ..ingest.api import ingest as run_ingest

    with tempfile.TemporaryDirectory(prefix="khabar-ingest-") as tmp:
        path = Path(tmp) / "upload"
        path.write_bytes(body)
        report = run_ingest([path], r.config)
    return {"counts": dict(report.counts), "failures": report.failures, "stored": report.stored_ids}
