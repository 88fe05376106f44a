"""Normalisation and matching keys: variant spellings meet, offsets map back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.lang.normalise import match_key, normalise


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("हिन्दी", "हिंदी"),
        ("हँसी", "हंसी"),
        ("\u095bिला", "ज\u093cिला"),  # precomposed and decomposed nukta
        ("ज़िला", "जिला"),
        ("मॉस्को", "मास्को"),
        ("डाॅक्टर", "डॉक्टर"),
        ("फ़्रांस", "फ्रांस"),
        ("२०२०", "2020"),
        ("NATO", "nato"),
        ("क्\u200dया", "क्या"),
        ("सॉफ्ट\u00adवेयर", "साफ्टवेयर"),
        ("शी  जिनपिंग ", "शी जिनपिंग"),
        ("रूस–चीन", "रूस-चीन"),
        ("है॥", "है।"),
    ],
)
def test_match_key_unifies_variants(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_match_key_keeps_distinct_words_apart() -> None:
    assert match_key("पुतिन") != match_key("पुतीन")  # vowel length is not folded
    assert match_key("चीन") != match_key("चिन")
    assert match_key("रूस") != match_key("रस")


def test_nfc_text_is_identity() -> None:
    text = "पुतिन ने कहा कि रूस-चीन संबंध मजबूत हैं।"
    n = normalise(text)
    assert n.text == text and n.starts is None
    assert n.span_to_original(3, 7) == (3, 7)
    assert n.to_original(len(text) + 5) == len(text)


def test_precomposed_nukta_decomposes_and_maps_back() -> None:
    text = "नया \u095bिला बना"
    n = normalise(text)
    assert n.text == unicodedata.normalize("NFC", text)
    assert "\u095b" not in n.text and "ज\u093c" in n.text
    i = n.text.index("ज")
    s, e = n.span_to_original(i, i + 3)  # ज ़ ि
    assert text[s:e] == "\u095bि"
    assert n.span_to_original(n.text.index("बना"), len(n.text)) == (text.index("बना"), len(text))


def test_folded_span_maps_to_original_spelling() -> None:
    text = "लाइव हिन्दुस्तान की खबर"
    n = normalise(text, fold=True)
    i = n.text.index(match_key("हिंदुस्तान"))
    s, e = n.span_to_original(i, i + len(match_key("हिंदुस्तान")))
    assert text[s:e] == "हिन्दुस्तान"


@pytest.mark.parametrize("text", ["", " ", "\u200d", "\u093c", "न्", "\ufeff\u0301", "ß İ"])
def test_odd_input(text: str) -> None:
    for fold in (False, True):
        n = normalise(text, fold=fold)
        s, e = n.span_to_original(0, len(n.text))
        assert 0 <= s <= e <= len(text)
        assert match_key(text) == match_key(text).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("कजनमद़्िंँॉ\u095b\u0929 \u200d|॥२a") + ["\u0301"]), max_size=40))
def test_map_is_monotonic_and_in_bounds(text: str) -> None:
    for fold in (False, True):
        n = normalise(text, fold=fold)
        prev = 0
        for i in range(len(n.text)):
            s, e = n.span_to_original(i, i + 1)
            assert prev <= s < e <= len(text)
            prev = s
        if not fold:
            assert n.text == unicodedata.normalize("NFC", text)
