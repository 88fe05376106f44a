"""Shared helper of the English event tests: one sentence coded as (type, mode, sources, targets)."""

from __future__ import annotations

from khabar.events.english import code_sentence


def coded(text: str) -> tuple[str, str, list[str], list[str]] | None:
    """The English coder's reading of ``text`` as one sentence, or None when it codes no event."""
    result = code_sentence(text, 0, len(text))
    if result is None:
        return None
    trig, _, _, source, target = result
    return trig.type, trig.mode, [c.text for c in source], [c.text for c in target]
