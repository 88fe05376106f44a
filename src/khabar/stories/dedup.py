"""Exact and near-duplicate articles, and syndication groups of the same wire copy.

Two outlets printing the same agency text with a new headline and a trimmed paragraph are one
report, not two sources; an outlet re-publishing its own article with a corrected figure is one
article, not two. Both are found by MinHash over word 3-shingles of the normalised text (see
:func:`khabar.stories.features.normalise`), indexed by datasketch's LSH so each new article
costs a few bucket look-ups, never a scan of the archive. Exact copies (same normalised text) are
caught first by a hash. A link is ``syndicated`` when the copies come from different outlets
(the credited wire, if any, is named), else ``near`` (or ``exact``).

Different renderings of one story (two outlets re-writing a wire in their own words, like the
two seed articles) share far fewer shingles and must *not* link here: that is the clusterer's
job. The Jaccard threshold below is chosen in the gap between the two populations.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .features import normalise, tokens

if TYPE_CHECKING:
    from datasketch import MinHash

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


# datasketch's hashing scheme; stored signatures are only comparable under the same one.
SCHEME = "affine32"


@functools.cache
def _permutations() -> np.ndarray:
    """The fixed hash permutations shared by every signature (signatures persist across runs).

    datasketch is imported where a MinHash is built, not with the module: it pulls in scipy
    (half a second), which a query of the store (``khabar stories``) never needs."""
    from datasketch import MinHash

    return np.asarray(MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations)


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    from datasketch import MinHash

    return MinHash(
        num_perm=NUM_PERM, hashvalues=hashvalues, permutations=_permutations(), scheme=SCHEME
    )


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
    if len(toks) < MIN_TOKENS:
        return None
    shingles = {" ".join(toks[i : i + SHINGLE]).encode("utf-8") for i in range(len(toks) - 2)}
    mh = _minhash()
    mh.update_batch(list(shingles))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


class NearDupIndex:
    """An incremental index of the articles seen in a recent window.

    ``check_add`` answers, for a new article, which indexed article it copies (if any), then
    indexes it. Entries older than the window are dropped with :meth:`evict_before`, which keeps
    memory and time per article constant however long the stream runs.
    """

    def __init__(self, threshold: float = NEAR_DUP_JACCARD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}
        self._exact: dict[str, str] = {}  # text key -> first article id
        self._keys: dict[str, str] = {}  # article id -> text key

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
        else:
            key = text_key(text)
            sig = hashvalues if hashvalues is not None else signature(text)
        link = self._find(article_id, key, sig, outlet, wire)
        self.add(article_id, key, sig, outlet=outlet, wire=wire, date=date)
        return link

    def _find(
        self,
        article_id: str,
        key: str,
        sig: np.ndarray | None,
        outlet: str | None,
        wire: str | None,
    ) -> DupLink | None:
        first = self._exact.get(key)
        if first is not None:
            other = self._entries.get(first)
            kind = "syndicated" if other and _different(outlet, other.outlet) else "exact"
            return DupLink(article_id, first, kind, 1.0, wire or (other.wire if other else None))
        if sig is None:
            return None
        best: tuple[float, _Entry] | None = None
        mh = _minhash(sig)
        for cand in sorted(self._lsh.query(mh)):  # ties go to the smallest id, not set order
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
    ) -> None:
        """Index an article without asking (used when reloading persisted state)."""
        self._keys[article_id] = key
        self._exact.setdefault(key, article_id)
        if sig is not None:
            day = date.toordinal() if date else 0
            self._entries[article_id] = _Entry(article_id, outlet, wire, day, sig)
            mh = _minhash(sig)
            self._lsh.insert(article_id, mh, check_duplication=False)

    def entry(self, article_id: str) -> tuple[str, np.ndarray | None, str | None, str | None, int]:
        """(text key, signature, outlet, wire, day ordinal) of an indexed article, for saving."""
        e = self._entries.get(article_id)
        if e is None:
            return self._keys[article_id], None, None, None, 0
        return self._keys[article_id], e.hashvalues, e.outlet, e.wire, e.day

    def evict_before(self, date: dt.date) -> int:
        """Forget articles dated before ``date`` (undated ones stay); returns how many went."""
        cutoff = date.toordinal()
        old = [e.article_id for e in self._entries.values() if 0 < e.day < cutoff]
        for aid in old:
            del self._entries[aid]
            self._lsh.remove(aid)
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
