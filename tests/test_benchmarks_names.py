"""The benchmark scripts run as ``python benchmarks/X.py``, which puts ``benchmarks/`` first on
``sys.path``: a script named like a standard-library module (``html.py``, ``time.py``…) would then
shadow that module for every library the other benchmarks import (trafilatura imports ``html``),
and they would all fail at import. This test keeps the names clear of the standard library."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_no_benchmark_script_shadows_a_standard_module() -> None:
    scripts = sorted(p.stem for p in BENCHMARKS.glob("*.py"))
    assert scripts, "no benchmark scripts found"
    shadowing = [name for name in scripts if name in sys.stdlib_module_names]
    assert shadowing == [], f"rename benchmarks/{shadowing[0]}.py: it shadows the standard library"
