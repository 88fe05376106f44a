"""Shared fixtures: the bundled seed articles and the optional shared gold data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED_000 = EXAMPLES / "000_067ad915245d0b3d.txt"
SEED_003 = EXAMPLES / "003_cf99c38d322cc213.txt"


# The suite ingests small inputs many times: worker pools would only add start-up cost there.
# Tests of the parallel executor pass --jobs / jobs= explicitly.
os.environ.setdefault("KHABAR_JOBS", "1")


def data_dir() -> Path:
    return Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))


def corpus_sample(shared_data: Path, days_per_outlet: int) -> list[Path]:
    """The first ``days_per_outlet`` day files of every outlet of the Hindi COVID corpus, in a
    fixed order (skips the test when the corpus is absent)."""
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    sample: list[Path] = []
    for outlet in sorted(p for p in root.iterdir() if p.is_dir()):
        sample.extend(sorted(outlet.rglob("*.txt"))[:days_per_outlet])
    return sample


def corpus_day_articles(shared_data: Path) -> list:
    """Day files 3 and 4 of each outlet, read, cleaned and split into sentences (the speed
    rounds' identity tests compare a shortcut with the straightforward path on these)."""
    from khabar import pipeline
    from khabar.config import Config
    from khabar.ingest.readers import Failure, read_paths

    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    files = [f for outlet in sorted(p for p in root.iterdir() if p.is_dir())
             for f in sorted(outlet.rglob("*.txt"))[2:4]]
    config = Config()
    read = [a for a in read_paths(files, config) if not isinstance(a, Failure)]
    return list(pipeline.run_local(read, config, ["clean", "lang"]))


def danda_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a test text cut after each danda (the last one ends the text), for the
    time-stage tests that feed spans by hand rather than through the lang stage."""
    ends = [k + 1 for k, ch in enumerate(text) if ch == "।"]
    return list(zip([0, *ends[:-1]], ends, strict=True))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared gold data folder; tests using it skip with a message when it is absent."""
    path = data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set KHABAR_DATA)")
    return path


@pytest.fixture(scope="session")
def seeds_gold(shared_data: Path) -> dict:
    import yaml

    path = shared_data / "seeds-gold" / "seeds.yaml"
    if not path.exists():
        pytest.skip(f"seeds gold not found at {path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds() -> list:
    """The two Hindi seed reports of the story through the whole pipeline, once per test
    module: the English wire tests check that a report's events merge with theirs."""
    from .wire_story import seed_story_articles

    return seed_story_articles()
