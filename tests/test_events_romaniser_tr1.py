"""Round tr1 (issue 13): the romaniser learnt from the KB's person and place labels
(``khabar.events.romaniser``) corrects the rule's letters for name words no table knows. The
table is rebuilt byte for byte from the KB; real names from the allowed corpus day files; a
malformed table line is one coded error naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.events import romaniser
from khabar.events.names import english_names, romanise, rule_spelling
from khabar.model import Article
from khabar.pipeline import run_local


def test_table_is_rebuilt_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / romaniser.TABLE
    romaniser.build(out)
    assert out.read_bytes() == romaniser._builtin().read_bytes()


def test_table_learns_from_the_tuned_part_only() -> None:
    persons = romaniser.aligned_words(romaniser.PERSON_TYPES)
    pairs = romaniser.training_pairs(persons)
    assert pairs and all(romaniser.part(hi) == "tune" for hi, _ in pairs)


@pytest.mark.parametrize(
    ("word", "rule", "learnt"),
    [
        ("झबरावाला", "Jhabravala", "Jhabrawala"),  # a Dehradun locality: वा after a consonant
        ("अफ्रीका", "Afrika", "Africa"),
        ("सुप्रिया", "Supriya", "Supriya"),  # Supriya Sule: a given name keeps -iya (shape kept)
        ("कन्हैया", "Kanhaiya", "Kanhaiya"),
        ("आहूजा", "Ahuja", "Ahuja"),  # Mukesh Kumar Ahuja: no "-za" from two foreign places
    ],
)
def test_real_names(word: str, rule: str, learnt: str) -> None:
    assert rule_spelling(word) == rule
    assert (romaniser.spell(word) or rule) == learnt


def test_romanise_uses_the_learnt_letters() -> None:
    assert romanise("कन्हैया मयूर पटेल") == "Kanhaiya Mayur Patel"
    assert romanise("फेस-3") == "Phase-3"  # not Devanagari letters only: tables and rule


def test_place_named_in_an_event() -> None:
    text = (
        "डोईवाला तहसील क्षेत्र में कोरोना वायरस के चलते केशवपुरी बस्ती व झबरावाला क्षेत्र को "
        "पूरी तरह सील किया गया है ।"
    )
    art = Article(id="t", text=text, language="hi", dct="2020-04-10", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    names = [n for ev in art.events for n in english_names(art, ev).values()]
    assert any("Jhabrawala" in n for n in names), names


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("क|ख|ग\tk", "expected"),
        ("*|x=x|*\tx\t1/1", "no Devanagari unit"),
        ("*|क=ka|*\tKa\t1/1", "lower-case Latin"),
        ("*|क=ka|*\tka\t3/2", "count/total"),
    ],
)
def test_malformed_line_is_one_coded_error(tmp_path: Path, line: str, detail: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\n*|क=ka|*\tka\t2/2\n" + line + "\n", encoding="utf-8")
    with pytest.raises(KhabarError) as err:
        romaniser.read_table(path)
    assert err.value.code.name == "E061"
    assert f"{path}:3" in err.value.message and detail in err.value.message


def test_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert romaniser.main(["check"]) == 0
    bad = tmp_path / "bad.tsv"
    bad.write_text("*|क=ka|*\tka\n", encoding="utf-8")
    assert romaniser.main(["check", str(bad)]) == 1
    assert "E061" in capsys.readouterr().err
