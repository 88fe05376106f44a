"""benchmarks/scale.py times each stage with what earlier steps left alive kept out of the
collector's passes (``held_apart``), as ``khabar ingest`` has freed it by then; what the step
itself allocates is collected as usual, and everything is handed back afterwards."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Node:
    """A container in a reference cycle, so only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_held_apart_keeps_earlier_objects_out_of_collections_and_hands_them_back(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import scale

    before = _Node()
    before_ref = weakref.ref(before)
    with scale.held_apart():
        del before
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert before_ref() is not None  # frozen: not even looked at
        during = _Node()
        during_ref = weakref.ref(during)
        del during
        gc.collect()
        assert during_ref() is None  # what the step allocates is collected as usual
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert before_ref() is None  # handed back to the collector afterwards


def test_held_apart_unfreezes_when_the_step_fails(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import scale

    try:
        with scale.held_apart():
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
