"""The CRF featuriser's padded fast path gives the attributes of the plain per-offset reading,
in the same order, on real text (the tagger's output depends on nothing else)."""

from __future__ import annotations

from khabar.config import Config
from khabar.entities import crffeatures, tagger
from khabar.entities.kb import load_kb

from .conftest import SEED_000, SEED_003


def _reference(fz: crffeatures.Featuriser, words: list[str]) -> list[list[str]]:
    """The attributes as first written: each word's own, then what each neighbour lends it."""
    infos = [fz.word(w) for w in words]
    keys = [x.key for x in infos]
    n = len(words)
    out = []
    for i, info in enumerate(infos):
        attrs = list(info.own)
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            attrs.extend(infos[j].near[d] if 0 <= j < n else crffeatures._EDGE[d])
        pairs = []
        if i + 1 < n:
            pairs.append(f"w|w+1:{keys[i]}|{keys[i + 1]}")
        if i + 2 < n:
            pairs.append(f"w+1|w+2:{keys[i + 1]}|{keys[i + 2]}")
        if i > 0:
            pairs.append(f"w-1|w:{keys[i - 1]}|{keys[i]}")
        if i > 1:
            pairs.append(f"w-2|w-1:{keys[i - 2]}|{keys[i - 1]}")
        attrs.extend(p for p in pairs if fz.active is None or p in fz.active)
        out.append(attrs)
    return out


def test_sentence_features_of_the_seeds_equal_the_plain_reading() -> None:
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    fz = tagger._featuriser(id(kb), tagger.MODEL_PATH)
    lines = [line.split() for p in (SEED_000, SEED_003)
             for line in p.read_text(encoding="utf-8").splitlines() if line.split()]
    lines += [["दिल्ली"], ["नई", "दिल्ली"], []]  # shorter than the three-word window
    assert sum(map(len, lines)) > 300
    for words in lines:
        assert fz.sentence(words) == _reference(fz, words)
