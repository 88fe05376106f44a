"""``khabar eval stories GOLD.yaml``: story clustering against a hand gold file.

A gold file names dump files of corpus/hindi-covid-2020 (under the data folder) and lists
articles by outlet, date and the first words of their headline, each with a story id. The
evaluation splits the dumps into articles, runs the analysis stages that are installed (so linked
entities count as soon as the entities stage exists), clusters them online in file order, matches
each gold article to a predicted one by outlet, date and headline, and scores the predicted
partition of the gold articles: B-cubed precision/recall/F1, pairwise F1, and the number of
predicted versus gold clusters. A gold article no predicted article matches counts as a singleton
of its own (a splitting error costs recall, never silently vanishes).
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article
from ..stories.cluster import JOIN_THRESHOLD, StoryClusterer
from ..stories.features import get_embedder, normalise, tokens
from .report import EvalReport, data_digest, require_data


def load_gold(path: Path) -> dict[str, Any]:
    """The parsed gold file, checked for the fields the scorer needs (E041 otherwise)."""
    if not path.exists():
        raise KhabarError(E.E040, detail=str(path))
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KhabarError(E.E041, where=str(path), detail=str(exc).splitlines()[0]) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise KhabarError(E.E041, where=str(path), detail="no 'articles' list")
    for i, item in enumerate(gold["articles"]):
        if not isinstance(item, dict) or not all(
            item.get(k) for k in ("outlet", "headline", "story")
        ):
            raise KhabarError(
                E.E041, where=str(path), detail=f"article {i + 1} lacks outlet/headline/story"
            )
    return gold


def _headline_match(gold: str, title: str) -> float:
    """1.0 when the title starts with the gold headline words, else their token overlap."""
    g, t = tokens(gold), tokens(title)
    if not g or not t:
        return 0.0
    if t[: len(g)] == g:
        return 1.0
    return len(set(g) & set(t)) / len(set(g))


def match_articles(gold_items: list[dict[str, Any]], articles: list[Article]) -> list[str | None]:
    """For each gold item, the id of the predicted article it names (or ``None``); one-to-one."""
    used: set[str] = set()
    out: list[str | None] = []
    for item in gold_items:
        outlet, date = normalise(str(item["outlet"])), str(item.get("date") or "")
        best: tuple[float, str] | None = None
        for art in articles:
            if art.id in used or normalise(art.outlet or "") != outlet:
                continue
            if date and (art.dct or art.published or "")[:10] != date:
                continue
            s = _headline_match(str(item["headline"]), art.title or "")
            if s >= 0.6 and (best is None or s > best[0]):
                best = (s, art.id)
        out.append(best[1] if best else None)
        if best:
            used.add(best[1])
    return out


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float]:
    """B-cubed precision and recall of a predicted labelling against a gold one (same items)."""
    n = len(gold)
    p = r = 0.0
    for i in range(n):
        same_pred = {j for j in range(n) if pred[j] == pred[i]}
        same_gold = {j for j in range(n) if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    return p / n, r / n


def pairwise_f1(pred: list[str], gold: list[str]) -> float:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        sp, sg = pred[i] == pred[j], gold[i] == gold[j]
        tp += sp and sg
        fp += sp and not sg
        fn += sg and not sp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load_articles(config: Config, gold: dict[str, Any], *, analyse: bool) -> list[Article]:
    """The articles of the gold's dump files as ingest makes them (reader, clean stage and,
    when ``analyse``, every later analysis stage), so the score is the product's."""
    from ..clean.stage import read_clean
    from ..pipeline import available_stages, get_stage, run_local

    corpus = require_data(
        config.data_dir, str(gold.get("corpus") or "corpus/hindi-covid-2020/Corpora")
    )
    paths = []
    for name in gold.get("files") or []:
        path = corpus / str(name)
        if not path.exists():
            raise KhabarError(E.E040, detail=str(path))
        paths.append(path)
    articles = [a for a in read_clean(paths, config) if a.status == "ok"]
    if analyse:
        later = [n for n in available_stages() if n != "clean"]
        articles = list(run_local(articles, config, later, given=get_stage("clean").assigns))
    return articles


def evaluate(
    config: Config,
    gold_path: Path | str,
    *,
    threshold: float = JOIN_THRESHOLD,
    analyse: bool = True,
) -> EvalReport:
    """Score online clustering of the gold's articles (see the module docstring)."""
    path = Path(gold_path)
    gold = load_gold(path)
    articles = load_articles(config, gold, analyse=analyse)
    clusterer = StoryClusterer(threshold=threshold, embedder=get_embedder(config))
    for art in articles:
        clusterer.add(art)
    clusterer.check_splits(list(clusterer.dirty))
    story_of = dict(clusterer.story_of)
    items = gold["articles"]
    matched = match_articles(items, articles)
    gold_labels = [str(it["story"]) for it in items]
    pred_labels = [story_of[m] if m else f"unmatched:{i}" for i, m in enumerate(matched)]
    p, r = bcubed(pred_labels, gold_labels)
    corpus_dir = config.data_dir / str(gold.get("corpus") or "")
    digest = data_digest([path, *(corpus_dir / str(f) for f in gold.get("files") or [])])
    row = {
        "system": "online" + ("+e5" if clusterer.embedder else ""),
        "dataset": path.stem,
        "articles": len(items),
        "matched": sum(m is not None for m in matched),
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(_f1(p, r), 4),
        "pairwise_f1": round(pairwise_f1(pred_labels, gold_labels), 4),
        "pred_clusters": len(set(pred_labels)),
        "gold_clusters": len(set(gold_labels)),
        "threshold": threshold,
    }
    dup_kinds = Counter(link.kind for link in clusterer.dup_links)
    notes = [
        f"{len(articles)} predicted articles from {len(gold.get('files') or [])} dump files",
        f"duplicate links: {dict(dup_kinds) or 'none'}",
    ]
    return EvalReport(
        name="stories",
        columns=list(row),
        rows=[row],
        notes=notes,
        data_digest=digest,
    )
