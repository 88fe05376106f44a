"""CHANGELOG's Unreleased section after merges and module splits (review rv17).

Two faults this guards against, both found in the section after rounds rf6-rf10 split the large
events modules: a merge that keeps both sides' rewrite of one entry (13 entries stood twice, each
copy pointing at a different module), and a backticked pointer such as ```agents._speaker``` to
a name its module no longer holds (moved to ``speakers``). A pointer is checked only where its
first part is the short name of a module under ``src/khabar`` (``stage`` may be either stage
module); a module path (``khabar.stories.read``) or a file name is no pointer.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "khabar"
# `module.name`, optionally qualified (`khabar.events.module.name`), up to the closing backtick
# or the first character that is no part of a dotted name ("(", " ", ",").
POINTER = re.compile(r"`(?:khabar\.)?(?:[a-z_]+\.)?([a-z_]+)\.([A-Za-z_]\w*)")
FILE_SUFFIXES = frozenset({"py", "yaml", "jsonl", "json", "txt", "md", "toml"})


def unreleased(text: str) -> list[str]:
    """The entries of the first section, the one headed Unreleased: a "- " line with the
    indented lines that go on with it, joined by a space."""
    sections = re.split(r"^## ", text, flags=re.M)
    assert sections[1].startswith("Unreleased"), "the first section is Unreleased"
    entries: list[str] = []
    for line in sections[1].splitlines():
        if line.startswith("- "):
            entries.append(line)
        elif line.startswith("  ") and entries:
            entries[-1] += " " + line.strip()
    return entries


@cache
def modules() -> dict[str, list[Path]]:
    """Each module's short name, with every file of that name (``stage``: two)."""
    found: dict[str, list[Path]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        short = path.parent.name if path.name == "__init__.py" else path.stem
        found.setdefault(short, []).append(path)
    return found


def _bound(body: list[ast.stmt]) -> set[str]:
    """The names statements bind at their own level: functions, classes (with what their
    bodies bind: fields, methods), assignments; also ``self.x`` set in a method. Not imports:
    a pointer to a module that only imports the name points where its code is not."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
            names.update(t.attr for t in ast.walk(node) if isinstance(t, ast.Attribute)
                         and isinstance(t.ctx, ast.Store))
        elif isinstance(node, ast.ClassDef):
            names.add(node.name)
            names.update(_bound(node.body))
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
        elif isinstance(node, ast.If | ast.Try):
            names.update(_bound([s for s in ast.iter_child_nodes(node) if isinstance(s, ast.stmt)]))
    return names


@cache
def names_in(path: Path) -> frozenset[str]:
    """The names a module binds at its top level or in its classes (fields, methods)."""
    return frozenset(_bound(ast.parse(path.read_text(encoding="utf-8")).body))


def stale_pointers(line: str) -> list[str]:
    """The backticked ``module.name`` pointers of ``line`` whose module binds no such name."""
    stale = []
    for found in POINTER.finditer(line):
        module, name = found.groups()
        if module not in modules() or name in FILE_SUFFIXES or name in modules():
            continue
        if not any(name in names_in(path) for path in modules()[module]):
            stale.append(found.group(0).lstrip("`"))
    return stale


def test_each_unreleased_entry_stands_once() -> None:
    entries = unreleased((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    # the first 160 characters: a merge's two copies differ only in a pointer further on
    twice = [start for start, n in Counter(e[:160] for e in entries).items() if n > 1]
    assert not twice, f"entries standing twice (a merge kept both sides): {twice}"


def test_unreleased_pointers_name_what_their_module_holds() -> None:
    entries = unreleased((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    stale = {p for e in entries for p in stale_pointers(e)}
    assert not stale, f"pointers to names their module no longer holds: {sorted(stale)}"


def test_the_checks_catch_what_they_are_for() -> None:
    """Negatives and positives on lines written like the section's entries."""
    assert unreleased("# Changelog\n\n## Unreleased\n\n- a\n  a2\n- b\n\n## 0.1.0\n\n- c\n") == [
        "- a a2", "- b"]
    # moved names: the speaker rules left agents.py, the bare institutions anaphora.py
    assert stale_pointers("a direct quote is the speaker's (`agents._speaker`)") == ["agents._speaker"]
    assert stale_pointers("named before (`khabar.events.anaphora._institution`)") == [
        "khabar.events.anaphora._institution"]
    # a module that only imports the name (hindi reads the kind rules from kind_rules)
    assert stale_pointers("sent abroad is AID (`hindi._sent_abroad`)") == ["hindi._sent_abroad"]
    # where they live now, a class's field, a module path, a file and a non-module word
    assert not stale_pointers("(`speakers._speaker`, `agent_anaphora._institution`)")
    assert not stale_pointers("held in `ActorContext.offices` and `Config.max_analysis_bytes`")
    assert not stale_pointers("`khabar.stories.read`, `events/hindi.py`, `stage.py`, `foo.bar`")
    # `stage` names two modules: a name of either is no stale pointer
    assert not stale_pointers("(`stage.analyse`, `stage.pretag`)")


def test_each_subsection_of_unreleased_stands_once() -> None:
    """Merges of parallel rounds had left the Unreleased section with "### Fixed" three times and
    "### Added" and "### Changed" twice each (lead, twenty-third session): a reader looking for
    what was fixed found a third of it. Each kind of change is one subsection."""
    sections = re.split(r"^## ", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), flags=re.M)
    headings = re.findall(r"^### (.+)$", sections[1], flags=re.M)
    repeated = sorted(h for h, n in Counter(headings).items() if n > 1)
    assert not repeated, f"subsections repeated in Unreleased: {repeated}"
