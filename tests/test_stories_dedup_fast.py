"""The numpy MinHash and the plain-dict LSH index give datasketch's values and candidates exactly.

Signatures persist in the store (``story_minhash``) and the Ray band join files articles under
the same bands, so the fast path must be bit-identical to the datasketch path it replaced, on
real corpus text (when $KHABAR_DATA is there) and on the product's own seed articles.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.stories import dedup
from khabar.stories.dedup import NearDupIndex, fingerprint, signature, text_key
from khabar.stories.features import _TOKEN as features_token
from khabar.stories.features import article_title, normalise, story_text, tokens

SEEDS = Path(__file__).resolve().parents[1] / "examples"


def _datasketch_signature(text: str) -> np.ndarray | None:
    """The signature as khabar computed it before: one datasketch MinHash per text."""
    from datasketch import MinHash

    toks = tokens(text)
    if len(toks) < dedup.MIN_TOKENS:
        return None
    shingles = {" ".join(toks[i : i + 3]).encode("utf-8") for i in range(len(toks) - 2)}
    mh = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme="affine32")
    mh.update_batch(list(shingles))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def _corpus_texts(data: Path, limit: int) -> list[str]:
    root = data / "corpus" / "hindi-covid-2020" / "Corpora"
    files = sorted(root.glob("*/*/*.txt"))[:12]
    if not files:
        pytest.skip(f"no corpus under {root}")
    out = []
    for art in read_clean(files, Config(data_dir=data)):
        out.append((article_title(art) or "") + "\n" + story_text(art))
        if len(out) >= limit:
            break
    return out


def test_permutations_and_bands_are_datasketchs() -> None:
    from datasketch import MinHash, MinHashLSH

    want = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme=dedup.SCHEME).permutations
    assert np.array_equal(dedup._permutations(), want)
    lsh = MinHashLSH(threshold=dedup.NEAR_DUP_JACCARD, num_perm=dedup.NUM_PERM)
    assert tuple(lsh.hashranges) == dedup.HASHRANGES


def test_signatures_identical_to_datasketch_on_corpus(shared_data: Path) -> None:
    texts = _corpus_texts(shared_data, 150)
    signed = 0
    for text in texts:
        want = _datasketch_signature(text)
        got = signature(text)
        if want is None:
            assert got is None
            continue
        signed += 1
        assert got is not None and got.dtype == np.uint64
        assert np.array_equal(got, want)
        assert fingerprint(text)[0] == text_key(text)
    assert signed > 50


def test_index_links_identical_to_datasketch_lsh(shared_data: Path) -> None:
    """The candidates of the dict index are those of MinHashLSH, so the links are too."""
    from datasketch import MinHash, MinHashLSH

    texts = _corpus_texts(shared_data, 400)
    index = NearDupIndex()
    lsh = MinHashLSH(threshold=dedup.NEAR_DUP_JACCARD, num_perm=dedup.NUM_PERM)
    perms = dedup._permutations()
    for n, text in enumerate(texts):
        sig = signature(text)
        index.check_add(f"a{n:04d}", text)
        if sig is None:
            continue
        mh = MinHash(num_perm=dedup.NUM_PERM, hashvalues=sig, permutations=perms, scheme="affine32")
        want = set(lsh.query(mh))
        got: set[str] = set()
        for table, band in zip(index._buckets, dedup._bands(sig), strict=True):
            got |= table.get(band, set()) - {f"a{n:04d}"}
        assert got == want
        lsh.insert(f"a{n:04d}", mh, check_duplication=False)


def test_seed_article_copy_links_and_evicts() -> None:
    """A real Hindi article and its re-publication with a trimmed paragraph link as ``near``;
    evicting by date empties the buckets."""
    text = next(p for p in sorted(SEEDS.glob("*.txt"))).read_text(encoding="utf-8")
    paras = [p for p in text.split("\n") if p.strip()]
    trimmed = "\n".join(paras[:-1])
    index = NearDupIndex()
    day = dt.date(2020, 4, 1)
    assert index.check_add("a", text, outlet="X", date=day) is None
    link = index.check_add("b", trimmed + " अपडेट", outlet="X", date=day)
    assert link is not None and link.of_id == "a" and link.kind == "near"
    assert index.evict_before(day + dt.timedelta(days=1)) == 2
    assert all(not table for table in index._buckets)


@pytest.mark.parametrize(
    "text",
    ["", " \n\t ", "केवल कुछ शब्द", "Only English words here " * 20, "12345 " * 40,
     "\u200b\u093c\u0901" * 50, "शब्द" + "\u0000" * 10],
)
def test_bad_input_gives_no_error(text: str) -> None:
    """Empty, short, non-Devanagari or control-character text: a key, a signature or ``None``,
    never an exception; the index takes it like any other."""
    key, sig = fingerprint(text)
    assert len(key) == 40
    assert sig is None or sig.shape == (dedup.NUM_PERM,)
    assert NearDupIndex().check_add("x", text) is None


def test_very_long_text_signs_in_bounded_chunks() -> None:
    """200k distinct shingles (more than 20 chunks) sign to datasketch's values."""
    words = [f"w{n}" for n in range(200_000)]
    text = " ".join(words)
    sig = signature(text)
    assert sig is not None
    assert np.array_equal(sig, _datasketch_signature(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    "कखगज़ड़ढ़फ़ँंःािीुूेैोौ़्०१२३४५६७८९\u200b\u200c\u200d\ufeff\u00ad 0aZ.।\u0958\u095c"), max_size=60))
def test_normalise_equals_translate(text: str) -> None:
    """The replace chain of ``normalise`` equals the ``str.translate`` tables it replaced."""
    fold = {0x093C: None, 0x0901: "\u0902"}
    zero = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
    digits = {0x0966 + i: str(i) for i in range(10)}
    want = unicodedata.normalize("NFD", text).translate(fold)
    want = unicodedata.normalize("NFC", want).translate(zero).translate(digits).casefold()
    assert normalise(text) == want


def test_benchmark_without_data_says_one_line(tmp_path: Path) -> None:
    """benchmarks/dedup.py with no corpus: one line with a code, no traceback."""
    import os
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "dedup.py"
    env = {**os.environ, "KHABAR_DATA": str(tmp_path)}
    proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("E015 ") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_eviction_by_day_buckets_drops_what_a_scan_drops() -> None:
    """Issue 16: evict_before visits only the days it drops. Reports of several days, one
    re-indexed under a later day and one undated, go exactly as a scan of every entry says."""
    base = (
        "राज्य में कोरोना संक्रमण के {n} नए मामले सामने आए, स्वास्थ्य विभाग ने बताया कि जिले में"
        " जांच की संख्या बढ़ाई गई है और {n} लोगों को अस्पताल से छुट्टी दी गई।"
    )
    index = NearDupIndex()
    start = dt.date(2020, 4, 1)
    for n in range(12):
        index.add(f"a{n:02d}", text_key(base.format(n=n * 7)), signature(base.format(n=n * 7)),
                  date=start + dt.timedelta(days=n % 6))
    index.add("a00", text_key(base.format(n=0)), signature(base.format(n=0)),
              date=start + dt.timedelta(days=9))
    index.add("u", text_key(base.format(n=999)), signature(base.format(n=999)), date=None)
    for cut in (3, 5, 12):
        cutoff = (start + dt.timedelta(days=cut)).toordinal()
        want = sorted(a for a, e in index._entries.items() if 0 < e.day < cutoff)
        assert index.evict_before(start + dt.timedelta(days=cut)) == len(want)
        assert not set(want) & set(index._entries)
        assert all(e.day == 0 or e.day >= cutoff for e in index._entries.values())
    assert set(index._entries) == {"u"}
    assert all(ids <= {"u"} for table in index._buckets for ids in table.values())


def test_token_class_equals_the_alternation_on_every_code_point() -> None:
    """Round sp8 (issue 16): one character class over the text with "_" made a space gives the
    tokens the old per-character alternation gave, for every code point and on real text."""
    old = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0966-\u097F])+")
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    in_old = {c for c in chars if old.fullmatch(c)}
    in_new = {c for c in chars if c != "_" and features_token.fullmatch(c)}
    assert in_old == in_new
    # "_" separates as before; real sentences tokenise the same (the danda and hyphens split).
    for text in ("कोरोना_वायरस के 110 नए मामले।", "दिल्ली में लॉकडाउन-2 बढ़ा, १५ अप्रैल तक",
                 "snake_case __init__ PTI-भाषा"):
        assert tokens(text) == old.findall(normalise(text))
