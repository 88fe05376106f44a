"""Exact and near-duplicate articles, and syndication groups of the same wire copy.

Two outlets printing the same agency text with a new headline and a trimmed paragraph are one
report, not two sources; an outlet re-publishing its own article with a corrected figure is one
article, not two. Both are found by MinHash over word 3-shingles of the normalised text (see
:func:`khabar.stories.features.normalise`), indexed by LSH bands so each new article costs a
few bucket look-ups, never a scan of the archive. Signatures and bands are datasketch's (2.0,
scheme affine32, seed 1), computed here in numpy over all shingles at once and kept in plain
dicts (1.6x datasketch's ``MinHash`` and ``MinHashLSH`` per article on the same shingles, see
benchmarks/dedup.py), so stored signatures and links are those datasketch gave. Exact copies
(same normalised text) are caught first by a hash. A link is ``syndicated`` when the copies come from different outlets
(the credited wire, if any, is named), else ``near`` (or ``exact``).

Different renderings of one story (two outlets re-writing a wire in their own words, like the
two seed articles) share far fewer shingles and must *not* link here: that is the clusterer's
job. The Jaccard threshold below is chosen in the gap between the two populations.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import heapq
import operator
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .features import normalise, tokens

NUM_PERM = 64
SHINGLE = 3
# Estimated shingle Jaccard from which two texts are the same copy. Measured on all 6,116 same-day
# article pairs of five days of corpus/hindi-covid-2020 (AU/DH/DJ/NT/PK, 1 Apr, 2 Apr, 3 Apr,
# 10 Apr, 25 Mar): the copies (an outlet repeating its own item, the PTI-Bhasha death-toll item in
# DH and PK, which PK trimmed) score 0.44-1.0; distinct articles on one story at most 0.27 (the
# two seed renderings of one ANI wire: well below). 0.35 sits in the gap.
NEAR_DUP_JACCARD = 0.35
# Texts shorter than this many tokens (captions, one-line briefs) are matched only exactly:
# a handful of shingles gives no reliable Jaccard estimate.
MIN_TOKENS = 25
# The LSH bands: 21 bands of 3 rows (the 64th value is in none), what datasketch's
# ``MinHashLSH(threshold=NEAR_DUP_JACCARD, num_perm=NUM_PERM)`` chooses by weighing false
# positives against false negatives (tests/test_stories_dedup_fast.py checks it still does).
ROWS = 3
BANDS = 21
HASHRANGES: tuple[tuple[int, int], ...] = tuple((b * ROWS, (b + 1) * ROWS) for b in range(BANDS))
# Shingles hashed and permuted per numpy step: bounds the (chunk x NUM_PERM) array of a very
# long text to 2 MiB whatever its length.
_CHUNK = 8192


@dataclass(frozen=True)
class DupLink:
    """``article_id`` repeats the earlier ``of_id``; ``kind`` is exact, near or syndicated."""

    article_id: str
    of_id: str
    kind: str
    similarity: float
    wire: str | None = None


@dataclass
class _Entry:
    article_id: str
    outlet: str | None
    wire: str | None
    day: int  # proleptic ordinal of the article date (0 when unknown)
    hashvalues: np.ndarray
    bands: tuple[bytes, ...]  # its bucket keys (see _bands), kept for taking it out again


# datasketch's hashing scheme; stored signatures are only comparable under the same one.
SCHEME = "affine32"


@functools.cache
def _permutations() -> np.ndarray:
    """The fixed permutations ``(a, b)`` shared by every signature (signatures persist across
    runs): datasketch 2.0's ``MinHash(num_perm=64, seed=1, scheme="affine32")`` draws, made
    here without importing datasketch (it pulls in scipy: half a second per process). Odd ``a``
    make ``h -> a*h + b mod 2**32`` a bijection."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return np.array([a, b])


# MurmurHash3's 32-bit finalizer, datasketch's pre-mix of each shingle hash before the affine
# permutations (spreads structured input; a bijection, so it adds no collision).
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
_DIGEST = operator.methodcaller("digest")
# SHA-1 for the shingles: CPython's own implementation where the build has it. Same digests as
# ``hashlib.sha1`` (OpenSSL's), but for a shingle of ~30 bytes the EVP object around OpenSSL's
# costs more than the hashing: 0.31 s against 0.54 s over benchmarks/dedup.py's 470k shingles
# (round sp8, issue 16), half of what was left of the signature.
try:
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - a CPython built without its own hashes
    _sha1 = hashlib.sha1


def _fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s1)


def text_key(text: str) -> str:
    """Digest of the normalised token sequence: equal for copies that differ only in spacing,
    punctuation, nukta or digit script."""
    return _key(tokens(text))


def signature(text: str) -> np.ndarray | None:
    """MinHash values of the text's word 3-shingles, or ``None`` when it is too short."""
    return _signature(tokens(text))


def fingerprint(text: str) -> tuple[str, np.ndarray | None]:
    """:func:`text_key` and :func:`signature` of ``text``, tokenised once (normalising and
    tokenising was half the cost of the pair)."""
    toks = tokens(text)
    return _key(toks), _signature(toks)


def _key(toks: list[str]) -> str:
    return hashlib.sha1(" ".join(toks).encode("utf-8")).hexdigest()


def _signature(toks: list[str]) -> np.ndarray | None:
    """The values datasketch's ``MinHash.update_batch`` gives for the shingles (sha1's first 4
    bytes, little-endian, pre-mixed, then permuted), computed in a few numpy steps over all
    shingles at once rather than through a MinHash object per text: identical values, so
    stored signatures and the links they make do not change."""
    if len(toks) < MIN_TOKENS:
        return None
    # Every loop below runs in C (map over builtins): a Python loop per shingle cost as much as
    # the hashing itself.
    shingles = set(map(" ".join, zip(*(toks[i:] for i in range(SHINGLE)), strict=False)))
    digests = b"".join(map(_DIGEST, map(_sha1, map(str.encode, shingles))))
    hv = _fmix32(np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32))
    a, b = _permutations()
    out = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(hv), _CHUNK):
        chunk = hv[start : start + _CHUNK, None]
        np.minimum(out, (chunk * a + b).min(axis=0), out=out)
    return out.astype(np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def _bands(sig: np.ndarray) -> tuple[bytes, ...]:
    """The bucket key of each band: the band's values as bytes (equal bytes, equal values:
    always as uint64, the dtype signatures are stored in)."""
    return bands_of(np.ascontiguousarray(sig, dtype=np.uint64).tobytes())


def bands_of(raw: bytes) -> tuple[bytes, ...]:
    """:func:`_bands` of a signature given as its stored bytes (``tobytes()`` of the uint64
    values): the same keys, cut from the bytes without making an array of them first."""
    width = 8 * ROWS
    return tuple(raw[n * width : (n + 1) * width] for n in range(BANDS))


class NearDupIndex:
    """An incremental index of the articles seen in a recent window.

    ``check_add`` answers, for a new article, which indexed article it copies (if any), then
    indexes it. Entries older than the window are dropped with :meth:`evict_before`, which keeps
    memory and time per article constant however long the stream runs.
    """

    def __init__(self, threshold: float = NEAR_DUP_JACCARD) -> None:
        """``threshold`` is the estimated Jaccard a candidate must reach; the bands that find
        candidates stay those chosen for :data:`NEAR_DUP_JACCARD`."""
        self.threshold = threshold
        # One bucket table per band (band key -> ids), the buckets datasketch's MinHashLSH
        # keeps at this threshold; plain dicts, so a look-up is 21 dict gets, no MinHash object.
        self._buckets: list[dict[bytes, set[str]]] = [{} for _ in range(BANDS)]
        self._entries: dict[str, _Entry] = {}
        self._exact: dict[str, str] = {}  # text key -> first article id
        self._keys: dict[str, str] = {}  # article id -> text key
        # Dated entries by day ordinal, and those days as a heap: evict_before visits only the
        # days it drops, not every entry (issue 16: a scan per new day in the main process).
        self._by_day: dict[int, set[str]] = {}
        self._days: list[int] = []

    def __len__(self) -> int:
        return len(self._keys)

    def check_add(
        self,
        article_id: str,
        text: str,
        *,
        outlet: str | None = None,
        wire: str | None = None,
        date: dt.date | None = None,
        hashvalues: np.ndarray | None = None,
        known: tuple[str, np.ndarray | None] | None = None,
    ) -> DupLink | None:
        """The earlier article this one duplicates (or ``None``); the article is indexed.
        ``known``: the text's :func:`fingerprint`, computed beforehand (by an ingest worker)."""
        if article_id in self._keys:
            return None
        if known is not None:
            key, sig = known
        elif hashvalues is not None:
            key, sig = text_key(text), hashvalues
        else:
            key, sig = fingerprint(text)
        bands = _bands(sig) if sig is not None else None  # once, for the look-up and the index
        link = self._find(article_id, key, sig, bands, outlet, wire)
        self.add(article_id, key, sig, outlet=outlet, wire=wire, date=date, bands=bands)
        return link

    def _find(
        self,
        article_id: str,
        key: str,
        sig: np.ndarray | None,
        bands: tuple[bytes, ...] | None,
        outlet: str | None,
        wire: str | None,
    ) -> DupLink | None:
        first = self._exact.get(key)
        if first is not None:
            other = self._entries.get(first)
            kind = "syndicated" if other and _different(outlet, other.outlet) else "exact"
            return DupLink(article_id, first, kind, 1.0, wire or (other.wire if other else None))
        if sig is None or bands is None:
            return None
        best: tuple[float, _Entry] | None = None
        found: set[str] = set()
        for table, band in zip(self._buckets, bands, strict=True):
            found.update(table.get(band, ()))
        for cand in sorted(found):  # ties go to the smallest id, not set order
            entry = self._entries[cand]
            sim = jaccard(sig, entry.hashvalues)
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, entry)
        if best is None:
            return None
        sim, entry = best
        kind = "syndicated" if _different(outlet, entry.outlet) or (wire or entry.wire) else "near"
        return DupLink(article_id, entry.article_id, kind, round(sim, 4), wire or entry.wire)

    def add(
        self,
        article_id: str,
        key: str,
        sig: np.ndarray | None,
        *,
        outlet: str | None = None,
        wire: str | None = None,
        date: dt.date | None = None,
        bands: tuple[bytes, ...] | None = None,
    ) -> None:
        """Index an article without asking (used when reloading persisted state); ``bands``:
        its signature's bucket keys where the caller has them (:func:`bands_of`)."""
        self._keys[article_id] = key
        self._exact.setdefault(key, article_id)
        if sig is not None:
            if article_id in self._entries:
                old = self._entries[article_id]
                self._unband(old)
                self._by_day.get(old.day, set()).discard(article_id)
            day = date.toordinal() if date else 0
            bands = _bands(sig) if bands is None else bands
            self._entries[article_id] = _Entry(article_id, outlet, wire, day, sig, bands)
            if day > 0:
                if day not in self._by_day:
                    self._by_day[day] = set()
                    heapq.heappush(self._days, day)
                self._by_day[day].add(article_id)
            for table, band in zip(self._buckets, bands, strict=True):
                table.setdefault(band, set()).add(article_id)

    def _unband(self, entry: _Entry) -> None:
        for table, band in zip(self._buckets, entry.bands, strict=True):
            ids = table.get(band)
            if ids is not None:
                ids.discard(entry.article_id)
                if not ids:
                    del table[band]

    def entry(self, article_id: str) -> tuple[str, np.ndarray | None, str | None, str | None, int]:
        """(text key, signature, outlet, wire, day ordinal) of an indexed article, for saving."""
        e = self._entries.get(article_id)
        if e is None:
            return self._keys[article_id], None, None, None, 0
        return self._keys[article_id], e.hashvalues, e.outlet, e.wire, e.day

    def evict_before(self, date: dt.date) -> int:
        """Forget articles dated before ``date`` (undated ones stay); returns how many went."""
        cutoff = date.toordinal()
        old: list[str] = []
        while self._days and self._days[0] < cutoff:
            old.extend(self._by_day.pop(heapq.heappop(self._days)))
        for aid in old:
            self._unband(self._entries.pop(aid))
            key = self._keys.pop(aid)
            if self._exact.get(key) == aid:
                del self._exact[key]
        return len(old)


def _different(a: str | None, b: str | None) -> bool:
    return bool(a and b and normalise(a) != normalise(b))


def components(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> its group's id (the smallest id in it), for every article with an edge."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in sorted(parent)}


def syndication_groups(links: Iterable[DupLink]) -> dict[str, list[str]]:
    """Group articles linked by copy relations: root article id -> every id in its group."""
    groups: dict[str, list[str]] = {}
    for aid, root in components((link.article_id, link.of_id) for link in links).items():
        groups.setdefault(root, []).append(aid)
    return groups
