"""The trained CRF tagger: committed model, tokenisation with offsets, BIO decoding."""

from __future__ import annotations

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.tagger import MODEL_PATH, read_conll, spans_from_bio, tag_words, tokenize


def test_committed_model_is_small_and_present():
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 8 * 1024 * 1024


def test_tokenize_keeps_offsets_and_splits_hyphens():
    text = "शी-पुतिन की यह कॉल, NATO सहयोगी डेनमार्क।"
    toks = tokenize(text, 100)
    assert [t.text for t in toks][:3] == ["शी", "पुतिन", "की"]
    assert all(text[t.start - 100 : t.end - 100] == t.text for t in toks)
    assert "NATO" in [t.text for t in toks]


def test_tagger_finds_people_and_places():
    kb = load_kb(Config())
    words = [
        "प्रधानमंत्री",
        "नरेंद्र",
        "मोदी",
        "ने",
        "गुरुवार",
        "को",
        "लखनऊ",
        "में",
        "एक",
        "सभा",
        "को",
        "संबोधित",
        "किया",
        "।",
    ]
    spans = {(" ".join(words[i:j]), t) for i, j, t in spans_from_bio(tag_words(words, kb))}
    assert ("नरेंद्र मोदी", "PER") in spans
    assert ("लखनऊ", "LOC") in spans


def test_tagger_on_empty_input():
    assert tag_words([], load_kb(Config())) == []


def test_spans_from_bio_handles_orphans():
    assert spans_from_bio(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_read_conll_maps_tags_and_drops_malformed(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("राम\tB-NEP\nने\tO\nदिल्ली\t-NEL\n\nआज\tB-NETI\n", encoding="utf-8")
    sents = list(read_conll(path, {"NEP": "PER", "NEL": "LOC"}))
    assert sents == [(["राम", "ने", "दिल्ली"], ["B-PER", "O", "O"]), (["आज"], ["O"])]
