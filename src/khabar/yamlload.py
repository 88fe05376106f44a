"""YAML for khabar's own data files: libyaml's C parser when PyYAML has it, the same errors.

The packaged lexicons, glossaries and dictionaries are parsed by every process that extracts
events or answers a query about them; the pure-Python ``yaml.safe_load`` spends 5-8x the time of
libyaml's ``CSafeLoader`` on them (0.13 CPU-s per process for the events and time files,
measured 2026-12-03), and both give equal data on every packaged file (a test checks this). A
file that fails to parse is parsed again by the pure-Python loader, so the error a user sees
(its message and line, which the coded E0xx errors quote) is the one it always was.
"""

from __future__ import annotations

from typing import Any

import yaml

_FAST = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, by libyaml where available; on a parse error, raise the
    pure-Python loader's error (same message and marks as before)."""
    if _FAST is None:
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=_FAST)
    except yaml.YAMLError:
        return yaml.safe_load(text)


def compose(text: str) -> yaml.Node | None:
    """``yaml.compose(text)`` (the node tree, whose marks give each entry's line), by libyaml
    where available; on a parse error, the pure-Python composer's error."""
    if _FAST is None:
        return yaml.compose(text)
    try:
        return yaml.compose(text, Loader=_FAST)
    except yaml.YAMLError:
        return yaml.compose(text)
