"""Tokenizer: Devanagari combining marks, compounds, numbers, acronyms, addresses, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.lang.tokens import tokenize

SEED_000 = Path(__file__).resolve().parents[1] / "examples" / "000_067ad915245d0b3d.txt"


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in tokenize(text, start, end)]


def _check_invariants(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    prev = start
    covered = set()
    for s, e in spans:
        assert prev <= s < e <= end
        assert not any(ch.isspace() for ch in text[s:e])
        covered.update(range(s, e))
        prev = e
    assert all(i in covered for i in range(start, end) if not text[i].isspace())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("धीरे-धीरे रूस-चीन", ["धीरे", "-", "धीरे", "रूस", "-", "चीन"]),
        ("क़िताब क्‍या स्ट्रेटेजिक हिन्दी", ["क़िताब", "क्\u200dया", "स्ट्रेटेजिक", "हिन्दी"]),
        (
            "कुल 1,200.50 और 1,00,000 तथा ३.५ व 3.14.",
            ["कुल", "1,200.50", "और", "1,00,000", "तथा", "३.५", "व", "3.14", "."],
        ),
        ("NATO सहयोगी U.S. और U.S.A. के", ["NATO", "सहयोगी", "U.S.", "और", "U.S.A.", "के"]),
        ("डॉ. शर्मा Dr. Xi's don't", ["डॉ.", "शर्मा", "Dr.", "Xi's", "don't"]),
        ("सी.बी.आई. ने जांच की।", ["सी.बी.आई.", "ने", "जांच", "की", "।"]),
        (
            "www.example.com पर a.b@x.co.in, देखें https://x.com/a?b=1.",
            ["www.example.com", "पर", "a.b@x.co.in", ",", "देखें", "https://x.com/a?b=1", "."],
        ),
        (
            "Hindi Newsविदेश COVID-19 ₹500 10%",
            ["Hindi", "News", "विदेश", "COVID", "-", "19", "₹", "500", "10", "%"],
        ),
        ("“स्ट्रेटेजिक” बोले... हाँ!?", ["“", "स्ट्रेटेजिक", "”", "बोले", "...", "हाँ", "!", "?"]),
    ],
)
def test_rules(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


def test_seed_line_offsets() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    spans = tokenize(text)
    _check_invariants(text, 0, len(text), spans)
    words = [text[s:e] for s, e in spans]
    assert "जिनपिंग" in words and "इकोनॉमिक" in words and "NATO" in words
    start = text.index("शी-पुतिन")
    assert _words(text, start, start + len("शी-पुतिन")) == ["शी", "-", "पुतिन"]


@pytest.mark.parametrize(
    "text",
    ["", "  ", "।", "....", "\u200d", "\u0301\u093e", "习近平 Путин مرحبا", "\x00", "\ufeff"],
)
def test_odd_input_never_raises(text: str) -> None:
    _check_invariants(text, 0, len(text), tokenize(text))


_ALPHABET = st.sampled_from(
    list("अकखगमनरसहािीुेोंँ़्") + list(" \n.।?!-,@/:'") + list("ABxyz019०५") + ["\u200d", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_spans_cover_window(text: str, a: int, b: int) -> None:
    start, end = min(a, b), min(max(a, b), len(text))
    _check_invariants(text, start, end, tokenize(text, start, end))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_never_raises(text: str) -> None:
    _check_invariants(text, 0, len(text), tokenize(text))


def test_tokens_never_cross_sentence_boundaries() -> None:
    from khabar.lang.sentences import split_sentences

    for seed in sorted(SEED_000.parent.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        cuts = {i for span in split_sentences(text) for i in span}
        for s, e in tokenize(text):
            assert not any(c in cuts for c in range(s + 1, e)), text[s:e]
