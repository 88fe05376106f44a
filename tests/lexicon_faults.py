"""The coded error a broken entry of the Hindi trigger lexicon gives, for the tests of each
lexicon field (a misspelt light-verb group, modality, reach…)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from khabar.errors import KhabarError

Entry = dict[str, Any]


def trigger_lexicon_error(monkeypatch: pytest.MonkeyPatch,
                          broken_entry: Callable[[list[Entry]], Entry]) -> str:
    """The error text ``hindi_triggers()`` raises when its lexicon holds only the entry
    ``broken_entry(entries)`` makes from the real entries; the lexicon cache is restored."""
    from khabar.events import lexicon

    real = lexicon._load_yaml

    def broken(name: str) -> dict[str, Any]:
        data = real(name)
        if name == "triggers_hi.yaml":
            data = {**data, "triggers": [broken_entry(data["triggers"])]}
        return data

    monkeypatch.setattr(lexicon, "_load_yaml", broken)
    lexicon.hindi_triggers.cache_clear()
    try:
        with pytest.raises(KhabarError) as err:
            lexicon.hindi_triggers()
        return str(err.value)
    finally:
        monkeypatch.undo()
        lexicon.hindi_triggers.cache_clear()
