"""khabar.yamlload: libyaml's parser gives the data the pure-Python loader gives on every packaged
YAML file, and a broken file still raises the pure-Python loader's error (the message and line
the coded errors quote)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from khabar import yamlload
from khabar.errors import KhabarError
from khabar.events.actors import read_dictionary
from khabar.events.glossary import read_glossary

DATA = Path(yamlload.__file__).resolve().parent / "data"
PACKAGED = sorted(DATA.rglob("*.yaml"))


def test_there_are_packaged_yaml_files() -> None:
    assert len(PACKAGED) >= 10


@pytest.mark.parametrize("path", PACKAGED, ids=lambda p: str(p.relative_to(DATA)))
def test_fast_loader_gives_the_pure_python_data(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yamlload.safe_load(text) == yaml.safe_load(text)


def test_compose_gives_the_same_entry_lines() -> None:
    text = (DATA / "actors" / "gloss_hi_en.yaml").read_text(encoding="utf-8")

    def lines(root: yaml.Node | None) -> list[int]:
        assert isinstance(root, yaml.MappingNode)
        return [item.start_mark.line for _, seq in root.value if isinstance(seq, yaml.SequenceNode)
                for item in seq.value]

    assert lines(yamlload.compose(text)) == lines(yaml.compose(text))
    assert len(lines(yaml.compose(text))) > 100


BROKEN = "version: 1\nentries:\n  - {hi: पुलिस, en: police\n  - {hi: सरकार, en: government}\n"


def test_a_broken_file_raises_the_pure_python_error() -> None:
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(BROKEN)
    with pytest.raises(yaml.YAMLError) as ours:
        yamlload.safe_load(BROKEN)
    assert str(ours.value) == str(pure.value)


def test_a_broken_glossary_and_dictionary_are_one_coded_line(tmp_path: Path) -> None:
    bad = tmp_path / "gloss.yaml"
    bad.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(KhabarError) as err:
        read_glossary(bad)
    assert "E061" in str(err.value) and f"{bad}:3" in str(err.value)
    actors = tmp_path / "actors.yaml"
    actors.write_text(BROKEN.replace("entries", "actors"), encoding="utf-8")
    with pytest.raises(KhabarError) as err2:
        read_dictionary(actors)
    assert "E061" in str(err2.value) and str(actors) in str(err2.value)
    assert "\n" not in str(err2.value).strip()
