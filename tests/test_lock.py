"""The hashed lock in requirements/ matches pyproject.toml and, in `make`'s .venv, what is installed."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK_DIR = ROOT / "requirements"
sys.path.insert(0, str(ROOT / "tools"))
from pyproject_digest import dependency_tables, digest  # noqa: E402

_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _pins(path: Path) -> dict[str, Version]:
    """Name -> version of every pin whose marker holds on this Python."""
    pins: dict[str, Version] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _PIN.match(line)
        if m and (m.group(3) is None or Marker(m.group(3)).evaluate()):
            pins[canonicalize_name(m.group(1))] = Version(m.group(2))
    return pins


def _profiles() -> dict[str, list[str]]:
    """Lock name -> the requirements pyproject.toml gives it (base, then one per extra)."""
    tables = dependency_tables()
    extras: dict[str, list[str]] = tables["optional-dependencies"]  # type: ignore[assignment]
    base: list[str] = tables["dependencies"]  # type: ignore[assignment]
    out = {"base": list(base)}
    for name, reqs in extras.items():
        out[name] = list(base) + list(reqs)
    out["all"] = list(base) + [r for reqs in extras.values() for r in reqs]
    return out


@pytest.mark.parametrize("profile", sorted(_profiles()))
def test_every_profile_has_a_lock_made_from_this_pyproject(profile):
    path = LOCK_DIR / f"{profile}.txt"
    assert path.exists(), f"no lock for {profile!r}: run `make lock`"
    header = path.read_text(encoding="utf-8").splitlines()[:3]
    assert f"# pyproject-sha256: {digest()}" in header, (
        f"{path.name} was made from other dependency tables than pyproject.toml's: run `make lock`"
    )


@pytest.mark.parametrize("profile", sorted(_profiles()))
def test_lock_pins_satisfy_pyproject_ranges(profile):
    pins = _pins(LOCK_DIR / f"{profile}.txt")
    build = dependency_tables()["build-requires"]
    for spec in _profiles()[profile] + list(build):  # type: ignore[operator]
        req = Requirement(spec)
        if req.marker and not req.marker.evaluate():
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{profile}: {req.name} is in pyproject.toml but not locked"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"{profile}: {name}=={pins[name]} is outside pyproject's range {req.specifier}"
        )


def test_every_lock_agrees_with_the_whole_resolution():
    everything = _pins(LOCK_DIR / "all.txt")
    for path in sorted(LOCK_DIR.glob("*.txt")):
        for name, pinned in _pins(path).items():
            assert everything.get(name) == pinned, f"{path.name}: {name}=={pinned} differs from all.txt"


def test_every_pin_has_hashes():
    for path in sorted(LOCK_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"\n(?=[A-Za-z0-9])", text):
            if _PIN.match(block.splitlines()[0]):
                assert "--hash=sha256:" in block, f"{path.name}: {block.splitlines()[0]} has no hash"


@pytest.mark.skipif(
    Path(sys.prefix).resolve() != (ROOT / ".venv").resolve()
    or not (ROOT / ".venv" / ".dev").exists(),
    reason="runs in the .venv that `make test` builds from requirements/dev.txt",
)
def test_installed_environment_equals_the_dev_lock():
    frozen = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--all", "--exclude-editable"],
        check=True, capture_output=True, text=True,
    ).stdout
    installed = {}
    for line in frozen.splitlines():
        name, _, ver = line.partition("==")
        installed[canonicalize_name(name)] = Version(ver)
    installed.pop("khabar", None)
    assert installed == _pins(LOCK_DIR / "dev.txt")
    assert metadata.version("khabar")
