"""Exports on the seeds: JSON Lines round-trips through import, the CSV and Parquet event tables,
the GDELT-style table read by pandas with GDELT's column names, and one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import cli
from khabar.config import Config
from khabar.errors import KhabarError
from khabar.export import EVENT_COLUMNS, export, import_jsonl
from khabar.export.gdelt import GDELT_COLUMNS
from khabar.store.db import Store

from .serve_support import seed_db  # noqa: F401  (fixture)


def counts(db: Path) -> dict[str, object]:
    with Store(db) as store:
        stats = store.stats()
        stats["stories"] = store.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        stats["members"] = store.conn.execute("SELECT count(*) FROM story_members").fetchone()[0]
    return {k: v for k, v in stats.items() if k != "failures_last_run"}


def test_jsonl_export_round_trips_into_an_empty_store(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "seeds.jsonl"
    written = export(Config(db_path=seed_db), "jsonl", out)
    assert written["articles"] == 2 and written["events"] > 0 and written["rows"] > 0
    kinds = [json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert kinds[0] == "khabar-export" and {"article", "event", "row"} <= set(kinds)
    copy = tmp_path / "copy.db"
    import_jsonl(Config(db_path=copy), out)
    assert counts(copy) == counts(seed_db)
    again = tmp_path / "again.jsonl"
    export(Config(db_path=copy), "jsonl", again)
    assert again.read_bytes() == out.read_bytes()  # same input, same output


def test_csv_and_parquet_event_tables_agree(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    import pyarrow.parquet as pq

    export(Config(db_path=seed_db), "csv", tmp_path / "events.csv")
    export(Config(db_path=seed_db), "parquet", tmp_path / "events.parquet")
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    table = pq.read_table(tmp_path / "events.parquet")
    assert list(rows[0]) == EVENT_COLUMNS and table.column_names == EVENT_COLUMNS
    assert [r["id"] for r in rows] == table.column("id").to_pylist()
    call = next(r for r in rows if r["mode"] == "video_call")
    assert call["cameo"] == "041" and "Vladimir Putin" in call["source_names"] + call["target_names"]
    assert call["evidence"] and "RUSGOV" in call["actor_codes"].split(";")


def test_gdelt_table_loads_with_pandas_under_gdelt_column_names(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    import pandas as pd

    out = tmp_path / "events.export.CSV"
    assert export(Config(db_path=seed_db), "gdelt", out)["events"] > 0
    frame = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype={"EventCode": str,
                        "EventBaseCode": str, "EventRootCode": str})
    assert len(GDELT_COLUMNS) == 61 and frame.shape[1] == 61
    assert frame["SQLDATE"].between(20250101, 20261231).all()
    assert frame["EventRootCode"].str.len().eq(2).all() and frame["QuadClass"].isin([1, 2, 3, 4]).all()
    call = frame[frame["EventCode"] == "041"]
    assert not call.empty and {"RUSGOV", "CHNGOV"} <= set(call["Actor1Code"]) | set(call["Actor2Code"])
    assert frame["SOURCEURL"].str.startswith("khabar:").all()  # the seeds carry no URL


def test_filters_select_events(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    config = Config(db_path=seed_db)
    every = export(config, "csv", tmp_path / "all.csv")["events"]
    consult = export(config, "csv", tmp_path / "c.csv", type_="CONSULT")["events"]
    later = export(config, "csv", tmp_path / "l.csv", since="2026-02-05")["events"]
    assert 0 < consult < every and later < every
    with Store(seed_db) as store:
        sid = store.conn.execute("SELECT id FROM stories").fetchone()[0]
    assert export(config, "csv", tmp_path / "s.csv", story=sid)["events"] == every


@pytest.mark.parametrize(("args", "code"), [
    (["export", "--story", "st-000000000000"], "E024"),
    (["export", "--format", "parquet"], "E050"),
    (["import", "missing.jsonl"], "E001"),
])
def test_bad_export_and_import_arguments_are_one_line(seed_db: Path, tmp_path: Path, args: list[str],  # noqa: F811
                                                      code: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(seed_db), *args], catch_exceptions=False)
    assert result.exit_code == 1 and result.stderr.startswith(code) and result.stderr.count("\n") == 1


def test_import_refuses_a_store_with_articles(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "seeds.jsonl"
    export(Config(db_path=seed_db), "jsonl", out)
    with pytest.raises(KhabarError) as exc:
        import_jsonl(Config(db_path=seed_db), out)
    assert exc.value.code.name == "E050"


def test_a_malformed_line_imports_nothing(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "seeds.jsonl"
    export(Config(db_path=seed_db), "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"kind": "article", "data": ')
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    copy = tmp_path / "copy.db"
    with pytest.raises(KhabarError) as exc:
        import_jsonl(Config(db_path=copy), out)
    assert exc.value.code.name == "E007" and exc.value.where.endswith(":3")
    assert counts(copy)["articles"] == 0


def test_gdelt_actor_codes_come_from_the_events_stage(tmp_path: Path) -> None:
    """A police report's actor, coded IND-Delhi COP by the events stage, is INDCOP in GDELT's
    Actor1Code, with IND as its country and COP as its type."""
    import pandas as pd

    from khabar.export.gdelt import GDELT_COLUMNS
    from khabar.ingest.api import ingest

    report = tmp_path / "report.txt"
    report.write_text(" date 2020-04-02 | Dainik\nदिल्ली में पुलिस की सख्ती\n\nनई दिल्ली। दिल्ली पुलिस ने"
                      " गुरुवार को लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया।\n", encoding="utf-8")
    config = Config(db_path=tmp_path / "k.db")
    assert ingest([report], config).ok
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(cli, ["--db", str(config.db_path), "export", "--format", "gdelt",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str)
    row = table.iloc[0]
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("INDCOP", "IND", "COP")
    assert row["Actor1Name"] == "DELHI POLICE" and row["EventRootCode"] == "17"
