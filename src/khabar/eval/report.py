"""The common shape of every evaluation result, and helpers to find and fingerprint gold data.

Each ``khabar eval NAME`` returns an :class:`EvalReport`: rows of scores (one per system and
dataset), printed as a table and as JSON. ``data_digest`` fingerprints the gold files so a pinned
score is only compared against a run on the same data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import E, KhabarError


@dataclass
class EvalReport:
    name: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    data_digest: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def score(self, **match: Any) -> dict[str, Any]:
        """The single row whose fields equal ``match`` (for gates and tests)."""
        found = [r for r in self.rows if all(r.get(k) == v for k, v in match.items())]
        if len(found) != 1:
            raise KeyError(f"{len(found)} rows match {match} in report {self.name}")
        return found[0]


def require_data(data_dir: Path, *parts: str) -> Path:
    """The path of a gold data folder or file, or a one-line E040 error naming it."""
    path = data_dir.joinpath(*parts)
    if not path.exists():
        raise KhabarError(E.E040, detail=str(path))
    return path


def read_gold_yaml(path: Path) -> Any:
    """The parsed YAML of a gold file: E040 when it is missing, one-line E041 when it is not
    YAML. Callers check the shape their scorer needs."""
    if not path.exists():
        raise KhabarError(E.E040, detail=str(path))
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KhabarError(E.E041, where=str(path), detail=str(exc).splitlines()[0]) from None


def data_digest(paths: Iterable[Path]) -> str:
    """A short sha256 over the bytes of the given files (folders: every file inside, sorted)."""
    h = hashlib.sha256()
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p])
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]
