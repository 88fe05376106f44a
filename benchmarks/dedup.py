"""Near-duplicate speed and quality: khabar's step beside plain datasketch and rensa, one run.

Issue 16 asks for near-duplicates at >= 2,000 articles per CPU-second and for datasketch and
rensa side by side. Every method here reads the same texts (headline + body of each cleaned
article of corpus/hindi-covid-2020, in file order, as the story layer reads them), shingles them
the same way (word 3-shingles of :func:`khabar.stories.features.tokens`, so the figures compare
hashing and indexing, not tokenisers; tokenising is inside every timed loop) and uses the same
64 permutations, LSH threshold and :data:`~khabar.stories.dedup.MIN_TOKENS`:

* ``khabar``: :class:`~khabar.stories.dedup.NearDupIndex.check_add` per article (text key,
  signature, index look-up, best link), what ingest runs;
* ``datasketch``: ``MinHash.update_batch`` + ``MinHashLSH.query``/``insert`` per article;
* ``rensa``: ``RMinHash.update`` + ``RMinHashLSH.query``/``insert`` (when installed:
  ``pip install khabar[bench]``; MIT), 63 permutations in the same 21 bands of 3 rows (rensa
  wants the bands to divide the permutations).

Speed is articles per CPU-second (``time.process_time``, one process, one core). Quality is
measured against exact shingle Jaccard >= NEAR_DUP_JACCARD over every pair of the first
``--pairs`` articles (computed once, as a sparse product): a method *reports* a pair when the
later article's query returns the earlier one and its estimate reaches the threshold (for
khabar: the pairs of the groups its links form, and the precision of the links themselves).

Usage: ``python benchmarks/dedup.py [--limit N] [--pairs N] [--links FILE]``; needs
$KHABAR_DATA. Prints a table and writes benchmarks/out/dedup.json; ``--links`` also writes
khabar's DupLinks (one JSON line each) to compare two versions of the step.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from khabar.clean.stage import read_clean
from khabar.config import Config, default_data_dir
from khabar.stories.dedup import (
    BANDS,
    MIN_TOKENS,
    NEAR_DUP_JACCARD,
    NUM_PERM,
    ROWS,
    NearDupIndex,
    syndication_groups,
)
from khabar.stories.features import article_date, article_title, story_text, tokens, wire_credit

OUT = Path(__file__).parent / "out" / "dedup.json"


@dataclasses.dataclass(frozen=True)
class Doc:
    id: str
    text: str
    outlet: str | None
    wire: str | None
    date: dt.date | None


def load(data_dir: Path, limit: int) -> list[Doc]:
    root = data_dir / "corpus" / "hindi-covid-2020" / "Corpora"
    files = sorted(root.glob("*/*/*.txt"))
    if not files:
        sys.exit(f"E015 not a directory or file: {root} (set KHABAR_DATA to the shared data)")
    docs = []
    for art in read_clean(files, Config(data_dir=data_dir)):
        if art.status != "ok":
            continue
        text = (article_title(art) or "") + "\n" + story_text(art)
        docs.append(Doc(art.id, text, art.outlet, wire_credit(art), article_date(art)))
        if len(docs) >= limit:
            break
    return docs


def shingles(text: str) -> list[str] | None:
    toks = tokens(text)
    if len(toks) < MIN_TOKENS:
        return None
    return sorted({" ".join(toks[i : i + 3]) for i in range(len(toks) - 2)})


def exact_pairs(docs: list[Doc]) -> set[tuple[int, int]]:
    """Pairs (i < j) whose shingle sets have Jaccard >= the threshold (texts long enough)."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, d in enumerate(docs):
        for s in shingles(d.text) or ():
            rows.append(i)
            cols.append(vocab.setdefault(s, len(vocab)))
    m = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(docs), len(vocab)))
    inter = (m @ m.T).toarray()
    size = np.diag(inter).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        jac = inter / (size[:, None] + size[None, :] - inter)
    i, j = np.nonzero(np.triu(np.nan_to_num(jac) >= NEAR_DUP_JACCARD, k=1))
    return set(zip(i.tolist(), j.tolist(), strict=True))


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.process_time()
    out = fn()
    return out, time.process_time() - t0


def run_khabar(docs: list[Doc]) -> list[Any]:
    idx = NearDupIndex()
    links = []
    for d in docs:
        link = idx.check_add(d.id, d.text, outlet=d.outlet, wire=d.wire, date=d.date)
        if link is not None:
            links.append(link)
    return links


def run_datasketch(docs: list[Doc]) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUP_JACCARD, num_perm=NUM_PERM)
    perms = MinHash(num_perm=NUM_PERM, seed=1).permutations
    found, sigs = set(), {}
    for i, d in enumerate(docs):
        sh = shingles(d.text)
        if sh is None:
            continue
        mh = MinHash(num_perm=NUM_PERM, permutations=perms, scheme="affine32")
        mh.update_batch([s.encode("utf-8") for s in sh])
        for j in lsh.query(mh):
            if mh.jaccard(sigs[j]) >= NEAR_DUP_JACCARD:
                found.add((j, i))
        lsh.insert(i, mh, check_duplication=False)
        sigs[i] = mh
    return found


def run_rensa(docs: list[Doc]) -> set[tuple[int, int]]:
    from rensa import RMinHash, RMinHashLSH

    # rensa wants the permutations to split evenly into bands: 63 = khabar's 21 bands of 3 rows
    # (khabar's 64th value is in no band either; it only joins the estimate).
    perms = BANDS * ROWS
    lsh = RMinHashLSH(threshold=NEAR_DUP_JACCARD, num_perm=perms, num_bands=BANDS)
    found, sigs = set(), {}
    for i, d in enumerate(docs):
        sh = shingles(d.text)
        if sh is None:
            continue
        mh = RMinHash(num_perm=perms, seed=1)
        mh.update(sh)
        for j in lsh.query(mh):
            if mh.jaccard(sigs[j]) >= NEAR_DUP_JACCARD:
                found.add((j, i))
        lsh.insert(i, mh)
        sigs[i] = mh
    return found


def quality(found: set[tuple[int, int]], gold: set[tuple[int, int]], n: int) -> dict[str, Any]:
    found = {p for p in found if p[1] < n}
    hit = len(found & gold)
    return {"reported": len(found), "recall": round(hit / len(gold), 4) if gold else None,
            "precision": round(hit / len(found), 4) if found else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=100_000, help="articles to read (all by default)")
    ap.add_argument("--pairs", type=int, default=4000, help="articles whose pairs are scored")
    ap.add_argument("--links", type=Path, help="write khabar's DupLinks here (JSON lines)")
    args = ap.parse_args(argv)
    docs = load(Path(default_data_dir()), args.limit)
    n = min(args.pairs, len(docs))
    gold = exact_pairs(docs[:n])
    pos = {d.id: i for i, d in enumerate(docs)}
    result: dict[str, Any] = {"articles": len(docs), "pairs_scored_over": n, "exact_pairs": len(gold),
                              "threshold": NEAR_DUP_JACCARD, "num_perm": NUM_PERM,
                              "machine": f"{platform.machine()} {platform.python_version()}",
                              "methods": {}}
    links, secs = timed(lambda: run_khabar(docs))
    in_group = set()
    for members in syndication_groups(links).values():
        ids = sorted(pos[m] for m in members)
        in_group |= {(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]}
    scored = [lk for lk in links if pos[lk.article_id] < n]
    good = sum((min(pos[lk.of_id], pos[lk.article_id]), max(pos[lk.of_id], pos[lk.article_id])) in gold
               or lk.similarity == 1.0 for lk in scored)
    result["methods"]["khabar"] = {"articles_per_cpu_s": round(len(docs) / secs), "links": len(links),
                                   "link_precision": round(good / len(scored), 4) if scored else None,
                                   **{f"group_{k}": v for k, v in quality(in_group, gold, n).items()}}
    runners = {"datasketch": run_datasketch, "rensa": run_rensa}
    for name, fn in runners.items():
        try:
            found, secs = timed(lambda fn=fn: fn(docs))  # type: ignore[misc]
        except ImportError as err:
            result["methods"][name] = {"missing": str(err)}
            continue
        result["methods"][name] = {"articles_per_cpu_s": round(len(docs) / secs),
                                   **quality(found, gold, n)}
    if args.links:
        args.links.write_text("".join(json.dumps(dataclasses.asdict(lk), ensure_ascii=False) + "\n"
                                      for lk in links), encoding="utf-8")
    print(f"{len(docs)} articles; {len(gold)} pairs with exact Jaccard >= {NEAR_DUP_JACCARD} "
          f"among the first {n}")
    for name, m in result["methods"].items():
        print(f"  {name:11s} " + "  ".join(f"{k}={v}" for k, v in m.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
