"""Silver NER sentences (the accurate tagger's labels on unlabelled news) as training input."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.tagger import read_silver, tag_words, tokenize
from khabar.errors import KhabarError

# A sentence of the kind the silver text holds (Hindi news), tagged by the default tagger.
TEXT = "दिल्ली सरकार ने अब दिल्ली नगर निगम के लिए नया एक्ट तैयार करने के लिए कमिटी बनाई है ।"


def _write(path: Path, sentences: list[tuple[list[str], list[str]]]) -> Path:
    path.write_text(
        "\n".join("".join(f"{w}\t{t}\n" for w, t in zip(ws, ts, strict=True)) for ws, ts in sentences),
        encoding="utf-8",
    )
    return path


def test_silver_sentences_read_back_as_written(tmp_path: Path) -> None:
    words = [t.text for t in tokenize(TEXT)]
    tags = tag_words(words, load_kb(Config()))
    assert any(t != "O" for t in tags)
    path = _write(tmp_path / "silver.conll", [(words, tags), (words[:4], ["O"] * 4)])
    assert read_silver(path) == [(words, tags), (words[:4], ["O"] * 4)]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "E001"),
        ("", "E041"),
        ("दिल्ली\tB-NEL\n", "E041"),  # an IL-NER tag, not the tagger's
        ("दिल्ली B-LOC\n", "E041"),  # no tab
    ],
)
def test_a_wrong_silver_file_is_one_coded_error(tmp_path: Path, content: str | None, code: str) -> None:
    path = tmp_path / "silver.conll"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KhabarError) as err:
        read_silver(path)
    assert err.value.message.startswith(code) and "\n" not in err.value.message


def test_train_with_a_missing_silver_file_is_one_line_and_keeps_the_model(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli
    from khabar.entities.tagger import MODEL_PATH

    before = MODEL_PATH.read_bytes()
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "k.db"), "train", "ner", "--silver", str(tmp_path / "no.conll")]
    )
    err = result.stderr if result.stderr_bytes is not None else result.output
    assert result.exit_code == 1
    assert err.startswith("E001 ") and len(err.strip().splitlines()) == 1, err
    assert MODEL_PATH.read_bytes() == before
