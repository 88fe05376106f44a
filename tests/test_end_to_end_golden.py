"""End to end on the bundled seeds: ingest with every stage, compare a compact view of all that
khabar derived with the committed golden file.

The golden file is output, not gold: it pins today's behaviour so any change shows up as a diff to
review. After an intended change, regenerate it with
``KHABAR_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_end_to_end_golden.py`` and commit the diff.
Hand-made gold is scored separately (``khabar eval …`` and the per-stage golden tests).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.query import stories
from khabar.store.db import Store

from .conftest import EXAMPLES, ROOT
from .test_entities_seeds_golden import SEEDS, compare

GOLDEN = ROOT / "tests" / "data" / "golden" / "seeds.json"


def compact(art: Article) -> dict[str, Any]:
    names = {m.entity_id: m.canonical or m.text for m in art.mentions if m.entity_id}
    return {
        "id": art.id,
        "meta": {k: getattr(art, k) for k in ("dct", "published", "title", "outlet", "authors", "wire",
                                                "dateline", "topic_label", "language", "status")},
        "blocks": [f"{b.line}:{b.label}" for b in art.blocks],
        "sentences": len(art.sentences),
        "mentions": sorted(f"{art.text[m.start:m.end]}={m.entity_id}" + (f" ({m.reading})" if m.reading != "literal" else "")
                           for m in art.mentions),
        "timexes": [f"{t.text}={t.type}:{t.value}" for t in art.timexes],
        "events": sorted(f"{e.type}/{e.mode} {art.text[e.trigger_start:e.trigger_end]}: "
                         f"{[names.get(s, s) for s in e.source]} -> {[names.get(t, t) for t in e.target]}"
                         f" {e.date} {e.modality}" for e in art.events),
        "quotes": [f"{names.get(q.speaker or '', q.speaker_text)} {q.cue} {q.kind}: {art.text[q.start:q.end][:60]}"
                   for q in art.quotes],
    }


def test_seeds_end_to_end(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    report = ingest([EXAMPLES], config)
    assert report.ok and report.counts["new"] == 2
    with Store(config.db_path) as store:
        arts = [store.get_article(i) for i in ("067ad915245d0b3d", "cf99c38d322cc213")]
        found = stories(store)
    result = {
        "articles": [compact(a) for a in arts],
        "stories": [{"title": s.title, "articles": s.n_articles, "outlets": s.outlets} for s in found],
    }
    text = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("KHABAR_UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert json.loads(text) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_seeds_entities_through_the_whole_pipeline_equal_the_gold(
    tmp_path: Path, seeds_gold: dict
) -> None:
    """As ``test_entities_seeds_golden``, but on what ingest stored: our own cleaning included."""
    config = Config(db_path=tmp_path / "k.db")
    assert ingest([EXAMPLES], config).ok
    with Store(config.db_path) as store:
        for name in SEEDS:
            article = store.get_article(name.split("_")[1].removesuffix(".txt"))
            diff = compare(seeds_gold["documents"][name], article, article.mentions)
            assert diff == {"missing": [], "extra": [], "mislinked": []}, name
