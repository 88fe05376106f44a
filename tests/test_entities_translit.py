"""Spelling keys: Devanagari variants fold together, and both scripts meet on one phonetic key."""

from __future__ import annotations

import pytest

from khabar.entities.translit import delete_schwa, deva_key, latin_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ट्रंप", "ट्रम्प"),  # anusvara vs. half nasal
        ("मॉस्को", "मोस्को"),  # English-loan ॉ
        ("ज़ेलेंस्की", "जेलेंस्की"),  # nukta
        ("न्यूज़", "न्यूज"),  # precomposed ज़ (U+095B) and plain ज
        ("रूस-चीन", "रूस चीन"),  # hyphen as space
        ("नीतीश", "नितिश"),  # vowel length
    ],
)
def test_deva_key_folds_spelling_variants(a, b):
    assert deva_key(a) == deva_key(b)


def test_deva_key_keeps_distinct_names_apart():
    assert deva_key("रूस") != deva_key("रस")
    assert deva_key("चीन") != deva_key("चीनी")


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("पुतिन", "Putin"),
        ("शी जिनपिंग", "Xi Jinping"),
        ("व्लादिमीर पुतिन", "Vladimir Putin"),
        ("उशाकोव", "Ushakov"),
        ("नरेंद्र मोदी", "Narendra Modi"),
        ("ज़ेलेंस्की", "Zelenskyy"),
        ("शेन्जेन", "Shenzhen"),
        ("मॉस्को", "Moscow"),
        ("राहुल गांधी", "Rahul Gandhi"),
    ],
)
def test_latin_key_matches_across_scripts(hindi, english):
    assert latin_key(hindi) == latin_key(english)


def test_schwa_deletion():
    assert delete_schwa("पुतिन") == "पुतिन्"  # final schwa goes
    assert delete_schwa("नरेंद्र") == "नरेंद्र"  # kept after a र cluster
    assert latin_key("जिनपिंग") == "jinping"  # medial schwa goes


def test_empty_and_punctuation_only():
    assert deva_key("") == ""
    assert latin_key("--") == ""
