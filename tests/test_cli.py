"""The command line: documented commands, JSON output, one-line errors, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from khabar.cli import cli

from .conftest import EXAMPLES, ROOT


def run(*args: str, db: Path, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def all_commands() -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []

    def walk(prefix: str, cmd: click.Command) -> None:
        found.append((prefix, cmd))
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                walk(f"{prefix} {name}".strip(), sub)

    walk("", cli)
    return found


@pytest.mark.parametrize(("name", "command"), all_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name: str, command: click.Command) -> None:
    assert command.help and "Example:" in command.help, f"'khabar {name}' needs an example in its help"
    if name:
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert f"khabar {name}" in readme, f"'khabar {name}' is not documented in README.md"


def test_ingest_list_show_search_stats(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    code, out, err = run("ingest", "--json", str(EXAMPLES), db=db)
    assert code == 0 and json.loads(out)["counts"]["new"] == 2
    code, out, _ = run("articles", "--json", db=db)
    rows = json.loads(out)
    assert code == 0 and {r["id"] for r in rows} == {"067ad915245d0b3d", "cf99c38d322cc213"}
    assert {r["dct"] for r in rows} == {"2026-02-04", "2026-02-05"}
    code, out, _ = run("show", "cf99c38d", "--json", db=db)
    assert code == 0 and json.loads(out)["id"] == "cf99c38d322cc213"
    code, out, _ = run("show", "cf99c38d", db=db)
    assert code == 0 and "2026-02-04" in out
    for query in ("पुतिन", "जिनपिंग", '"वीडियो कॉल"'):
        code, out, _ = run("search", query, "--json", db=db)
        assert code == 0 and len(json.loads(out)) == 2, query
    code, out, _ = run("stats", "--json", db=db)
    assert code == 0 and json.loads(out)["articles"] == 2


def test_stdin_ingest(tmp_path: Path) -> None:
    data = (EXAMPLES / "003_cf99c38d322cc213.txt").read_bytes()
    code, out, _ = run("ingest", "--json", "-", db=tmp_path / "k.db", input=data)
    assert code == 0 and json.loads(out)["counts"] == {"new": 1}


def test_bad_inputs_print_one_line_each_and_exit_1_but_store_the_rest(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = tmp_path / "k.db"
    code, out, err = run("ingest", str(empty), str(tmp_path / "missing.txt"), str(EXAMPLES), db=db)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines == [f"E002 {empty}: empty file", f"E001 {tmp_path / 'missing.txt'}: file not found"]
    assert "Traceback" not in out + err
    assert "new 2" in out and "failed 2" in out


def test_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run("ingest", str(EXAMPLES), db=db)
    code, out, err = run("show", "doesnotexist", db=db)
    assert (code, err.strip()) == (1, "E021 article not found: doesnotexist")
    code, _, err = run("search", '"open', db=db)
    assert code == 1 and err.startswith("E050 ") and len(err.strip().splitlines()) == 1
    bad_db = tmp_path / "bad.db"
    bad_db.write_bytes(b"not a database at all" * 50)
    code, _, err = run("stats", db=bad_db)
    assert code == 1 and err.startswith("E020 ") and len(err.strip().splitlines()) == 1


def test_bad_user_knowledge_base_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run("ingest", "-q", str(EXAMPLES), db=db)
    bad = tmp_path / "mine.yaml"
    bad.write_text("version: 1\nentities:\n  - {id: x/ok, name: Ok}\n  - {id: x/bad, type: PLANET, name: B}\n",
                   encoding="utf-8")
    code, _, err = _run_kb(bad, db)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith(f"E030 {bad}:4: ") and "PLANET" in err
    clash = tmp_path / "clash.yaml"
    clash.write_text("entities:\n  - {id: person/other, type: PERSON, hi: [पुतिन]}\n", encoding="utf-8")
    code, _, err = _run_kb(clash, db)
    assert code == 1 and err.startswith("E031 ") and "person/vladimir-putin" in err


def _run_kb(kb: Path, db: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "--kb", str(kb), "entity", "Putin"], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
