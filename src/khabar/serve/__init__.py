"""``khabar serve``: the HTTP API and the web pages over one store.

:func:`create_app` builds the FastAPI application (JSON API under ``/api``, OpenAPI at
``/api/openapi.json``, pages at ``/``); :func:`run` serves it with uvicorn.
"""

from __future__ import annotations

from .app import create_app, run

__all__ = ["create_app", "run"]
