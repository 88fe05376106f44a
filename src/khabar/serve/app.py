"""The FastAPI application: the JSON API, the server-rendered pages and their static files.

Errors are answered, never raised to the client as a traceback: a :class:`KhabarError` becomes
its coded line with 400 (bad parameter), 404 (unknown article, entity or story) or 503 (store
unusable); a request that fails validation becomes a 400 with the same shape. API paths answer
JSON, pages answer an HTML page saying what went wrong.
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..config import Config
from ..errors import E, KhabarError
from .data import Reader

log = logging.getLogger("khabar.serve")

_STATUS = {E.E021: 404, E.E023: 404, E.E024: 404, E.E020: 503, E.E022: 503, E.E002: 400}


def create_app(config: Config, token: str | None = None, sql: bool = False) -> FastAPI:
    """The app serving ``config.db_path``. ``token`` (default ``$KHABAR_TOKEN``) enables ingest;
    ``sql`` mounts datasette read-only at ``/sql`` (the ``sql`` extra)."""
    from . import api, pages

    app = FastAPI(
        title="khabar",
        version=__version__,
        summary="Offline, Hindi-first news-event intelligence: articles, stories, entities, events.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI loads its scripts from a CDN; /api/docs is our own page
        redoc_url=None,
    )
    app.state.reader = Reader(config)
    app.state.token = token if token is not None else os.environ.get("KHABAR_TOKEN") or None
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("khabar").joinpath("serve", "static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.state.sql = sql
    if sql:
        app.mount("/sql", _datasette(config))

    @app.exception_handler(KhabarError)
    async def khabar_error(request: Request, exc: KhabarError) -> Response:
        return _answer(request, _STATUS.get(exc.code, 400), exc.code.name, exc.message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
        message = KhabarError(E.E050, detail=f"{where}: {first.get('msg', 'invalid')}").message
        return _answer(request, 400, "E050", message)

    @app.exception_handler(PermissionError)
    async def unauthorised(request: Request, exc: PermissionError) -> Response:
        return _answer(request, 401, "E050", f"E050 invalid option: {exc}")

    @app.exception_handler(OverflowError)
    async def too_large(request: Request, exc: OverflowError) -> Response:
        return _answer(request, 413, "E011", f"E011 {exc}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _answer(request, exc.status_code, f"H{exc.status_code}", str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _answer(request, 500, "E000", "internal error (logged on the server)")

    return app


def _answer(request: Request, status: int, code: str, message: str) -> Response:
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    from .pages import render

    body: Any = render(request, "error.html", status=status, message=message)
    return HTMLResponse(body, status_code=status)


def _datasette(config: Config) -> Any:
    """Datasette over the store, immutable (opened read-only, never written), at ``/sql/``: ad-hoc
    SQL, facets and CSV without khabar writing any of that again."""
    try:
        from datasette.app import Datasette
    except ImportError:
        raise KhabarError(E.E050, detail="--sql needs datasette: pip install 'khabar[sql]'") from None
    return Datasette(immutables=[str(config.db_path)], settings={"base_url": "/sql/"}).app()


def run(config: Config, host: str = "127.0.0.1", port: int = 8000, sql: bool = False) -> None:
    """Serve until interrupted (``khabar serve``)."""
    import uvicorn

    app = create_app(config, sql=sql)
    extra = ", SQL: /sql/" if sql else ""
    print(f"khabar serving {config.db_path} at http://{host}:{port}/  (API: /api, its reference: /api/docs{extra})", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
