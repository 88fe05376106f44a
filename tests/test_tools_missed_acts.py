"""The corpus miners keep to the day files a round may read (round ev108, issue 13).

`tools/find_missed_acts.py --exclude LIST` and `tools/mine_light_verbs.py --exclude LIST` leave out
the day files a list names by stem or by ISO day (the corpus spells April "ARP" in some names), and
`mine_light_verbs.py --sentences` counts a construction once per day file of the missed sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import load_script

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def test_exclusion_list_names_files_by_stem_or_day(tmp_path: Path) -> None:
    missed = load_script("tools", "find_missed_acts")
    listing = tmp_path / "exclude.txt"
    listing.write_text("# gold days\n2020-04-07\nDH-2020-MAR-11  # a held-out file\n\n", "utf-8")
    names = missed.excluded(listing)
    assert names == {"2020-04-07", "DH-2020-MAR-11"}
    assert missed.is_excluded(Path("AU-2020-ARP-07.txt"), names)  # the misspelt April
    assert missed.is_excluded(Path("NT-2020-APR-07.txt"), names)
    assert missed.is_excluded(Path("DH-2020-MAR-11.txt"), names)
    assert not missed.is_excluded(Path("DJ-2020-MAR-11.txt"), names)  # another outlet that day
    assert not missed.is_excluded(Path("AU-2020-ARP-08.txt"), names)
    assert missed.excluded(None) == frozenset()


def test_missed_sentences_are_counted_once_per_day_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(TOOLS))  # as when run as a script: it imports its sibling
    mine = load_script("tools", "mine_light_verbs")
    listing = tmp_path / "missed.txt"
    listing.write_text(
        "AU-2020-MAR-30.txt |  | प्रशासन ने सभी को जागरूक किया\n"
        "AU-2020-MAR-30.txt |  | टीम ने यात्रियों को जागरूक किया\n"
        "DJ-2020-ARP-23.txt | मदद | लोगों को जागरूक किया गया\n",
        "utf-8",
    )
    rows = list(mine.lines(tmp_path, frozenset(), listing))
    assert rows[2] == ("DJ-2020-ARP-23.txt", "लोगों को जागरूक किया गया")
    assert [name for name, _ in rows] == ["AU-2020-MAR-30.txt"] * 2 + ["DJ-2020-ARP-23.txt"]


def test_why_missed_reads_other_golds_and_keeps_the_check_half_and_counts_only_sets_unread(
    shared_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`tools/why_missed.py --gold PATH` (round ev114): another gold is one half, listed with
    `--text`; the development gold's check half stays counts only however its path is written,
    and `--counts-only` lists nothing of any gold."""
    import yaml

    why = load_script("tools", "why_missed")
    dev = shared_data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    assert why.shown_halves(dev, dev) == {"tune": True, "check": False}
    assert why.shown_halves(dev.parent / ".." / dev.parent.name / dev.name, dev) == {
        "tune": True,
        "check": False,
    }
    assert why.shown_halves(tmp_path / "Tx.yaml", dev) == {"all": True}
    gold = yaml.safe_load(dev.read_text(encoding="utf-8"))
    tune = sorted(a["id"] for a in gold["articles"])[0::2]
    one = [a for a in gold["articles"] if a["id"] == tune[0]]  # a tune-half article
    path = tmp_path / "Tx.yaml"
    path.write_text(yaml.safe_dump({"articles": one}, allow_unicode=True), "utf-8")
    monkeypatch.setenv("KHABAR_DATA", str(shared_data))
    assert why.main(["--text", "--counts-only", "--gold", str(path), "--gold", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("== Tx all: ") == 2 and "== pooled: " in out
    assert not [ln for ln in out.splitlines() if ln.startswith("    ")]  # no sentence listed
    assert why.main(["--gold", str(tmp_path / "none.yaml")]) == 2
