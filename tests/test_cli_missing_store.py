"""A reading command given a store file that does not exist says so in one coded line and
creates nothing (it used to create an empty store and answer "0 events")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import cli

READERS = [["articles"], ["events"], ["timeline", "मोदी"], ["stories"], ["entities"], ["quotes"],
           ["search", "कोरोना"]]


@pytest.mark.parametrize("args", READERS, ids=lambda a: a[0])
def test_reading_a_missing_store_is_one_e025_line(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["--db", str(missing), *args])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("E025 no store at"), result.output
    assert str(missing) in lines[0]
    assert not missing.exists()


def test_an_ingested_store_still_reads(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    src = tmp_path / "a.txt"
    src.write_text("नई दिल्ली में सरकार ने आज लॉकडाउन बढ़ाने का फैसला किया। यह फैसला बैठक के बाद लिया गया।\n",
                   encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", str(db), "ingest", "-q", str(src)]).exit_code == 0
    result = CliRunner().invoke(cli, ["--db", str(db), "articles"])
    assert result.exit_code == 0 and "1 articles" in result.output


def test_stats_still_makes_a_new_store(tmp_path: Path) -> None:
    """``stats`` on a new path answers zeros (scripts use it to create a store)."""
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "stats"])
    assert result.exit_code == 0 and db.exists()
