"""An on-disk cache for data khabar derives from its packaged files, keyed by what it depends on.

Why: a query command is a new process each time, and rebuilding the same index from the same
files in every one of them (the KB's alias index: 0.26 s of a 0.5 s budget) is waste. A value is
stored under a key that digests every input it was built from (the data files' bytes, the source
of the code that builds it, the versions of the libraries and of Python that shape it), so any
change of those builds it anew: the cache can be stale only if its key is incomplete, never
because of time.

Where: ``$KHABAR_CACHE_DIR``, else ``$XDG_CACHE_HOME/khabar``, else ``~/.cache/khabar``;
``KHABAR_CACHE_DIR=off`` turns it off. The cache is only ever an optimisation: a folder that
cannot be created or written, or an entry that cannot be read back (truncated, from another
version), means the value is built as if there were no cache, with no message. Entries are
written to a temporary file and renamed into place, so concurrent processes (the workers of one
ingest) never read half an entry. The :data:`KEPT_PER_NAME` most recently used entries of a name
are kept, not one: two installs of different versions on one machine (a release and a checkout,
two worktrees) each keep their entry instead of evicting the other's on every run, which cost
each run a rebuild (1-2 CPU-s, seen with parallel worktrees). Entries are pickles: the folder
is the user's own and trusted as their KB files are; it is never shared or downloaded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")

# Entries kept per name, most recently used first: enough for a few installs side by side, few
# enough that stale ones (older KB files, older code) never pile up (the KB's is ~0.7 MB).
KEPT_PER_NAME = 4


def cache_dir() -> Path | None:
    """The cache folder, or None when the user turned the cache off."""
    configured = os.environ.get("KHABAR_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "khabar"


def digest(*parts: bytes | str) -> str:
    """A key over ``parts`` (each length-prefixed, so two splits of one string differ)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    h.update(f"{sys.version_info[:2]}".encode())  # pickles and str hashing differ by Python
    return h.hexdigest()[:32]


def sources(*modules: ModuleType) -> list[bytes]:
    """The source bytes of ``modules``: the code that builds a value is part of its key."""
    return [Path(m.__file__ or "").read_bytes() for m in modules]


def _path(name: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}-{key}.pickle"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under ``name`` and ``key``, or ``build()`` stored there for next time."""
    path = _path(name, key)
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                value: T = pickle.load(f)
            with suppress(OSError):  # mark it used, so eviction takes the least recent first
                os.utime(path)
            return value
        except Exception:  # any unreadable entry (truncated, other code) is rebuilt, not fatal
            pass
    value = build()
    if path is not None:
        _store(path, name, value)
    return value


def _store(path: Path, name: str, value: object) -> None:
    """Write ``value`` atomically and remove this name's least recently used entries beyond
    :data:`KEPT_PER_NAME`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        others = []
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                with suppress(OSError):  # removed meanwhile by another process
                    others.append((old.stat().st_mtime_ns, old.name, old))
        for _, _, old in sorted(others, reverse=True)[KEPT_PER_NAME - 1:]:
            old.unlink(missing_ok=True)
    except OSError:  # read-only home, full disk: run without the cache
        return
