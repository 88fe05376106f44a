"""YAML for khabar's own data files: libyaml's C parser when PyYAML has it, the same errors.

The packaged lexicons, glossaries and dictionaries are parsed by every process that extracts
events or answers a query about them; the pure-Python ``yaml.safe_load`` spends 5-8x the time of
libyaml's ``CSafeLoader`` on them (0.13 CPU-s per process for the events and time files,
measured 2026-12-03), and both give equal data on every packaged file (a test checks this). A
file that fails to parse is parsed again by the pure-Python loader, so the error a user sees
(its message and line, which the coded E0xx errors quote) is the one it always was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

_FAST = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, by libyaml where available; on a parse error, raise the
    pure-Python loader's error (same message and marks as before)."""
    return _fast_then_pure(yaml.load, text, yaml.SafeLoader)


def compose(text: str) -> yaml.Node | None:
    """``yaml.compose(text)`` (the node tree, whose marks give each entry's line), by libyaml
    where available; on a parse error, the pure-Python composer's error."""
    node: yaml.Node | None = _fast_then_pure(yaml.compose, text, yaml.SafeLoader)
    return node


def item_lines(text: str, key: str) -> list[int]:
    """1-based line of each item of the top-level list ``key`` (for errors that name the line of
    a bad entry); empty when the text is no mapping or has no such list."""
    root = compose(text)
    if not isinstance(root, yaml.MappingNode):
        return []
    for name, value in root.value:
        if name.value == key and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _fast_then_pure(parse: Callable[..., Any], text: str, pure: type) -> Any:
    if _FAST is not None:
        try:
            return parse(text, Loader=_FAST)
        except yaml.YAMLError:
            pass  # parsed again below, for the pure-Python loader's message and line
    return parse(text, Loader=pure)
