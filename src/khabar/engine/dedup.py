"""Near-duplicate groups on Ray as an LSH band join, so no process holds every signature.

The local executor finds copies online (:class:`khabar.stories.dedup.NearDupIndex`): each
article is looked up in a MinHash LSH index of the articles of the last
:data:`~khabar.stories.upkeep.ACTIVE_DAYS` days and linked to the best earlier one whose
estimated shingle Jaccard reaches :data:`~khabar.stories.dedup.NEAR_DUP_JACCARD`, or to the
first with the same normalised text. Here the same candidates come from a join instead of an
index, in three steps, each a plain Ray Data operation:

1. **Band rows** (:func:`band_rows`, in the stage actors, which hold the processed articles): per
   article one row for each LSH band of its signature (``"<band>:<the band's values>"``, the
   very bands datasketch's index files it under, same threshold and permutations) and one for
   its text key (``"=<digest>"``); each row carries the article's id, day and signature.
2. **Hash repartition** on the band key (``Dataset.repartition(keys=["band"])``), so all rows of
   one key land in one block, then **edges per block** (:func:`edges`, ``map_batches`` with a
   whole block per batch: never ``groupby().map_groups``, measured 11x slower here): every pair
   sharing a key is a candidate, kept when the texts are equal or the signatures agree on at
   least the threshold, within the window of days (both dated and further apart: no edge).
3. **Connected components** in the driver over the edges only (:func:`components`): a few per
   copied article, never the articles or their signatures.

Two articles share an LSH bucket in the index exactly when they share a band key here, so the
candidates are the index's; the groups are the connected components of the copy relation, which
is what ``khabar.stories.dedup.syndication_groups`` makes of the links the local executor
stores (``tests/test_ray_engine.py`` compares them on a corpus sample). Where the two can part:
an article that copies two earlier articles that do not copy each other is linked to the best
one only by the index (two groups), here to both (one group); and the local index forgets
articles by batch, not by pair. ``khabar load`` still places articles into stories in one
process, whose near-duplicate index spans the active window only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa

from ..model import Article
from ..stories.dedup import HASHRANGES, NEAR_DUP_JACCARD, fingerprint, jaccard
from ..stories.dedup import components as components  # the driver joins the edges with it
from ..stories.features import article_date, article_title, story_text
from ..stories.upkeep import ACTIVE_DAYS

BANDS = pa.schema([("band", pa.string()), ("article_id", pa.string()), ("day", pa.int64()),
                   ("sig", pa.binary())])
EDGES = pa.schema([("a", pa.string()), ("b", pa.string()), ("similarity", pa.float64())])
GROUPS = pa.schema([("article_id", pa.string()), ("group_id", pa.string())])
# Band rows per hash partition aimed at: a partition is one block and one batch of the edges
# step, so it must stay far below Ray's block split size (128 MiB; a row is ~600 bytes).
ROWS_PER_PARTITION = 50_000


def hashranges() -> tuple[tuple[int, int], ...]:
    """The (start, end) of each band: those of the local index (datasketch's at the same
    threshold)."""
    return HASHRANGES


def band_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """The band rows of the articles the story layer would place (status ``ok``), read as the
    local index reads them: headline and body text, the article's date as its day."""
    rows = []
    for art in articles:
        if art.status != "ok":
            continue
        text = (article_title(art) or "") + "\n" + story_text(art)
        date = article_date(art)
        key, sig = fingerprint(text)  # one tokenisation for the key and the signature
        base = {"article_id": art.id, "day": date.toordinal() if date else 0,
                "sig": sig.tobytes() if sig is not None else None}
        rows.append({"band": "=" + key, **base})
        if sig is not None:
            for n, (start, end) in enumerate(hashranges()):
                rows.append({"band": f"{n}:{sig[start:end].tobytes().hex()}", **base})
    return rows


def edges(batch: pa.Table) -> pa.Table:
    """The copy edges among the rows of one hash partition (every row of a band key is in it)."""
    found: dict[tuple[str, str], float] = {}
    groups: dict[str, list[int]] = {}
    keys = batch.column("band").to_pylist()
    for n, key in enumerate(keys):
        groups.setdefault(key, []).append(n)
    ids = batch.column("article_id").to_pylist()
    days = batch.column("day").to_pylist()
    sigs = batch.column("sig").to_pylist()
    for key in sorted(groups):
        rows = groups[key]
        for i, x in enumerate(rows):
            for y in rows[i + 1:]:
                a, b = sorted((ids[x], ids[y]))
                if a == b or (a, b) in found:
                    continue
                if days[x] and days[y] and abs(days[x] - days[y]) > ACTIVE_DAYS:
                    continue  # the local index has forgotten the older one by then
                if key.startswith("="):
                    found[(a, b)] = 1.0
                else:
                    sim = jaccard(np.frombuffer(sigs[x], dtype=np.uint64),
                                  np.frombuffer(sigs[y], dtype=np.uint64))
                    if sim >= NEAR_DUP_JACCARD:
                        found[(a, b)] = sim
    pairs = sorted(found)
    return pa.table({"a": [p[0] for p in pairs], "b": [p[1] for p in pairs],
                     "similarity": [found[p] for p in pairs]}, schema=EDGES)


def partitions(rows: int, cpus: int) -> int:
    """Hash partitions for ``rows`` band rows: at least one per CPU, none too large."""
    return max(cpus, -(-rows // ROWS_PER_PARTITION))
