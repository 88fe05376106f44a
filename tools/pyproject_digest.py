"""Digest of pyproject.toml's dependency tables, written into every lock file's header.

``python tools/pyproject_digest.py`` prints the sha256 of the runtime dependencies, the optional
dependencies and the build requirements (canonical JSON), so a lock made from other tables is
detected (tests/test_lock.py). ``--extras`` lists the extras, one per line, for tools/lock.sh.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dependency_tables(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, object]:
    """The parts of pyproject.toml that decide what a lock contains."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    return {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "build-requires": data.get("build-system", {}).get("requires", []),
    }


def digest(pyproject: Path = ROOT / "pyproject.toml") -> str:
    canonical = json.dumps(dependency_tables(pyproject), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


if __name__ == "__main__":
    if sys.argv[1:] == ["--extras"]:
        print("\n".join(sorted(dependency_tables()["optional-dependencies"])))  # type: ignore[arg-type]
    else:
        print(digest())
