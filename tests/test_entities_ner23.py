"""Round ner23: ``khabar train ner --swap-names`` also trains on copies of the sentences, names swapped.

Each training sentence with a person or organisation is trained on once more with every such name
replaced by another training name of its type (``tagger.with_names_swapped``, a fixed seed), so
the tagger learns the contexts names stand in, not only the names it saw in them. Measured in the
round (README, Quality) and not the committed model's setting: the disaster stories gate fell below
its floor. The sentences here are written like the news, not taken from any gold set.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities import tagger
from khabar.entities.tagger import (
    AUGMENT_SEED,
    MODEL_PATH,
    name_pool,
    spans_from_bio,
    with_names_swapped,
)

# "स्वास्थ्य मंत्री विनोद शर्मा ने पटना में राज्य आपदा प्रबंधन प्राधिकरण के साथ बैठक की"
WORDS = ["स्वास्थ्य", "मंत्री", "विनोद", "शर्मा", "ने", "पटना", "में", "राज्य", "आपदा", "प्रबंधन",
         "प्राधिकरण", "के", "साथ", "बैठक", "की"]
TAGS = ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O",
        "O", "O", "O"]
POOL = {"PER": [["सुनीता", "देवी"], ["अग्रवाल"]], "ORG": [["नगर", "निगम"]]}


def test_a_copy_keeps_the_context_and_its_tags_line_up() -> None:
    copy = with_names_swapped(WORDS, TAGS, POOL, random.Random(AUGMENT_SEED))
    assert copy is not None
    words, tags = copy
    assert len(words) == len(tags)
    spans = {(" ".join(words[i:j]), t) for i, j, t in spans_from_bio(tags)}
    # the place stays; the person and the organisation are names of the pool, typed as before
    assert ("पटना", "LOC") in spans
    assert {t for _, t in spans} == {"PER", "LOC", "ORG"}
    assert ("नगर निगम", "ORG") in spans
    assert any(name in ("सुनीता देवी", "अग्रवाल") and t == "PER" for name, t in spans)
    # every word outside the swapped names is the sentence's own, in order
    assert words[:2] == ["स्वास्थ्य", "मंत्री"] and words[-4:] == ["के", "साथ", "बैठक", "की"]
    assert "ने" in words and "में" in words


def test_a_sentence_without_a_person_or_organisation_has_no_copy() -> None:
    words = ["दिल्ली", "और", "मुंबई", "में", "बारिश", "हुई"]
    tags = ["B-LOC", "O", "B-LOC", "O", "O", "O"]
    assert with_names_swapped(words, tags, POOL, random.Random(AUGMENT_SEED)) is None
    assert with_names_swapped(WORDS, TAGS, {"PER": [], "ORG": []}, random.Random(1)) is None


def test_the_same_seed_gives_the_same_copies() -> None:
    sentences = [(WORDS, TAGS)] * 5
    first = [with_names_swapped(w, t, POOL, random.Random(AUGMENT_SEED)) for w, t in sentences]
    again = [with_names_swapped(w, t, POOL, random.Random(AUGMENT_SEED)) for w, t in sentences]
    assert first == again


def test_the_pool_holds_the_persons_and_organisations_in_order() -> None:
    pool = name_pool([(WORDS, TAGS), (["सुनीता", "देवी", "ने", "कहा"], ["B-PER", "I-PER", "O", "O"])])
    assert pool == {"PER": [["विनोद", "शर्मा"], ["सुनीता", "देवी"]],
                    "ORG": [["राज्य", "आपदा", "प्रबंधन", "प्राधिकरण"]]}


def _tiny_sources(config: object) -> dict[str, list[tuple[list[str], list[str]]]]:
    """Four training sentences written like the news (stands in for IL-NER and HiNER)."""
    return {
        "il-ner-train": [
            (list(WORDS), list(TAGS)),
            (["दिल्ली", "में", "बारिश", "हुई"], ["B-LOC", "O", "O", "O"]),
        ],
        "hiner-train-half": [
            (["सुनीता", "देवी", "ने", "नगर", "निगम", "को", "पत्र", "लिखा"],
             ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "O"]),
            (["मुंबई", "से", "उड़ानें", "रद्द"], ["B-LOC", "O", "O", "O"]),
        ],
    }


def test_train_ner_swaps_names_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger, "training_sentences", _tiny_sources)
    plain = tagger.train_ner(Config(), tmp_path / "plain.model")
    swapped = tagger.train_ner(Config(), tmp_path / "swapped.model", swap_names=True)
    # the committed model's setting: no copies, and the summary says nothing of them
    assert "names_swapped" not in plain
    # one copy of each sentence with a person or organisation, none of the place-only ones
    assert swapped["names_swapped"] == {"il-ner-train": 1, "hiner-train-half": 1}
    assert (tmp_path / "swapped.model").stat().st_size > 0
    assert json.loads((tmp_path / "swapped.json").read_text(encoding="utf-8"))["names_swapped"]
    # the lexicon the tagger reads is the gold sentences' own, with or without the copies
    assert (tmp_path / "plain.lexicon.json").read_bytes() == (
        tmp_path / "swapped.lexicon.json"
    ).read_bytes()


def test_the_committed_model_is_trained_without_swapped_names() -> None:
    summary = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    assert "names_swapped" not in summary
    assert AUGMENT_SEED == 23


def test_train_ner_offers_the_option() -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    result = CliRunner().invoke(cli, ["train", "ner", "--help"])
    assert result.exit_code == 0 and "--swap-names" in result.output
