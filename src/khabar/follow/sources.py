"""The sources file of ``khabar follow``: what to follow, how politely, and where alerts go.

Example (every key but ``sources`` is optional)::

    user_agent: "khabar (newsroom of X; contact desk@x.example)"
    min_interval: 2        # seconds between two requests to one host
    sources:
      - feed: https://www.bhaskar.com/rss-feed/1061/
      - site: https://www.amarujala.com/        # the feeds its home page announces
      - sitemap: https://www.livehindustan.com/news-sitemap.xml
      - url: https://www.bbc.com/hindi/articles/c0000000
    alerts:
      - jsonl: alerts.jsonl
      - webhook: http://127.0.0.1:9000/khabar
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import E, KhabarError
from .discover import canonical
from .fetch import Politeness, check_scheme

KINDS = ("feed", "sitemap", "site", "url")
_POLITENESS_KEYS = ("user_agent", "min_interval", "per_host", "timeout", "max_bytes", "max_redirects")


@dataclass(frozen=True)
class Source:
    kind: str  # feed, sitemap, site, url
    url: str  # canonical
    external: bool = False  # keep links to other hosts


@dataclass(frozen=True)
class FollowPlan:
    sources: tuple[Source, ...]
    politeness: Politeness = field(default_factory=Politeness)
    sinks: tuple[str, ...] = ()  # "jsonl:PATH" or "webhook:URL", as watch sinks are written


def load_sources(path: Path) -> FollowPlan:
    """Read and check a sources file; any mistake is one E078 line naming the entry."""
    where = str(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KhabarError(E.E001, where=where) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KhabarError(E.E078, where=where, detail=str(exc).splitlines()[0]) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sources"), list) or not doc["sources"]:
        raise KhabarError(E.E078, where=where, detail="expected a mapping with a non-empty 'sources' list")
    sources = [_source(entry, f"{where}: sources[{n}]") for n, entry in enumerate(doc["sources"])]
    polite: dict[str, Any] = {}
    for key in _POLITENESS_KEYS:
        if key in doc:
            polite[key] = doc[key]
    try:
        politeness = Politeness(**polite)
    except TypeError as exc:
        raise KhabarError(E.E078, where=where, detail=str(exc)) from None
    if politeness.min_interval < 0 or politeness.per_host < 1:
        raise KhabarError(E.E078, where=where, detail="min_interval must be >= 0 and per_host >= 1")
    sinks = tuple(_sink(entry, f"{where}: alerts[{n}]") for n, entry in enumerate(doc.get("alerts") or []))
    return FollowPlan(tuple(sources), politeness, sinks)


def _source(entry: Any, where: str) -> Source:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        raise KhabarError(E.E078, where=where, detail=f"expected one of {', '.join(KINDS)}: URL")
    kinds = [k for k in KINDS if k in entry]
    if len(kinds) != 1:
        raise KhabarError(E.E078, where=where, detail=f"give exactly one of {', '.join(KINDS)}")
    url = str(entry[kinds[0]])
    try:
        check_scheme(url)
    except KhabarError as exc:
        raise KhabarError(E.E078, where=where, detail=exc.message) from None
    return Source(kinds[0], canonical(url), bool(entry.get("external", False)))


def _sink(entry: Any, where: str) -> str:
    if isinstance(entry, dict) and len(entry) == 1:
        (kind, target), = entry.items()
        if kind in ("jsonl", "webhook") and isinstance(target, str) and target:
            return f"{kind}:{target}"
    raise KhabarError(E.E078, where=where, detail="expected 'jsonl: PATH' or 'webhook: URL'")
