"""KB aliases the training annotation seldom calls names become descriptive mentions (kbprior)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities import kbprior
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import tokenize
from khabar.errors import KhabarError


def _mentions(text: str) -> dict[str, tuple[str, str, bool]]:
    toks = tokenize(text)
    return {
        text[toks[c.i].start : toks[c.j - 1].end]: (c.type, c.kind, bool(c.entries))
        for c in recognise(toks, load_kb(Config()), set())
    }


def test_parliament_is_a_linked_description_and_places_stay_names() -> None:
    found = _mentions("संसद ने विधेयक पारित किया, बिहार में इसका स्वागत हुआ।")
    assert found["संसद"] == ("ORGANIZATION", "descriptive", True)  # still linked to its entry
    assert found["बिहार"][1] == "name"
    # A place the training annotation seldom tags alone stays a place's name (story signatures).
    assert ("LOC", "गजा") in kbprior.read_table(kbprior.TABLE_PATH)
    assert _mentions("गाजा में युद्धविराम की घोषणा हुई।")["गाजा"][1] == "name"


def test_committed_table_is_what_the_command_builds(shared_data: Path, tmp_path: Path) -> None:
    # The table is learnt on training data only; a KB or data change needs the command rerun.
    out = tmp_path / "kb-aliases.tsv"
    assert kbprior.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == kbprior.TABLE_PATH.read_text(encoding="utf-8"), (
        "the KB or the training data changed: run python -m khabar.entities.kbprior and commit"
    )
    aliases = kbprior.read_table(out)
    assert ("ORG", "संसद") in aliases  # IL-NER train tags it once in 54 matches
    assert not any(label == "LOC" and alias == "दिल्लि" for label, alias in aliases)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("type\talias\n", ":1:"),
        (kbprior.HEADER + "\nORG\tसंसद\t5\tfive\t0\n", ":2:"),
        (kbprior.HEADER + "\nORG\tसंसद\t5\n", ":2:"),
    ],
)
def test_malformed_table_is_one_line_e030(tmp_path: Path, content: str, where: str) -> None:
    path = tmp_path / "kb-aliases.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KhabarError) as e:
        kbprior.read_table(path)
    assert e.value.message.startswith("E030 ") and where in e.value.message
    assert "\n" not in e.value.message


def test_rebuild_without_training_data_is_one_line_e040(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path / "absent"))
    out = tmp_path / "table.tsv"
    assert kbprior.main(["--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("E040 ") and "\n" not in err
    assert not out.exists()
