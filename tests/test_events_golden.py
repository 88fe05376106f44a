"""Golden test: merged events and quotes of the two seeds against seeds-gold.

Two levels: the events stage alone, on the hand-made analyses of ``test_events_seedkit`` (what the
lang, entities and time stages should give), and the whole pipeline. Since 2026-12-03 (issue 13,
ev10) no core event is missed at either level: "अनुमति देने के चीन के फैसले" is China's decision to
allow visa-free entry (the decider is the genitive before फैसले) for Russians (के लिए, the
permission's target), and "एक कदम जिसका मॉस्को ने प्रतिदान किया" answers that step (the relative
pronoun's antecedent gives the reciprocation its target, China); before, both were missed. putin_xi_video_call is found in both documents and dated 2026-02-04 through the
relation "कुछ घंटों बाद" to the dated Trump call (003), so the merged event carries the date.
"""

from __future__ import annotations

from typing import Any

import pytest

from khabar.eval.events import compare_seeds
from khabar.events.merge import merge_events
from khabar.events.stage import analyse
from khabar.pipeline import available_stages, run_local

from .conftest import SEED_000, SEED_003
from .test_events_seedkit import seed_article

EXPECTED_MISSES: set[str] = set()


def test_seeds_events_stage_alone(seeds_gold: dict[str, Any]) -> None:
    articles = [analyse(seed_article(SEED_000)), analyse(seed_article(SEED_003))]
    s = compare_seeds(merge_events(articles), articles, seeds_gold)
    assert set(s["missed_core"]) == EXPECTED_MISSES
    assert s["partial_core"] == {}
    assert s["precision"] >= 0.85
    assert s["quote_recall"] == 1.0 and s["quote_speaker_accuracy"] == 1.0
    assert s["quote_precision"] >= 0.9


@pytest.mark.skipif(
    not {"clean", "lang", "entities", "time"} <= set(available_stages()),
    reason="the full pipeline is not installed",
)
def test_seeds_full_pipeline(seeds_gold: dict[str, Any]) -> None:
    from khabar.config import Config
    from khabar.eval.events import seed_articles

    articles = list(run_local(seed_articles(SEED_000.parent), Config()))
    s = compare_seeds(merge_events(articles), articles, seeds_gold)
    # measured 2026-11-24 with the stages then in the tree: core recall 0.88, precision 0.94;
    # 2026-12-03: the Putin–Xi video call dated 2026-02-04 and merged across both seeds;
    # 2026-12-03 (ev10): core recall 1.00, precision 1.00 (the two visa events found)
    assert s["core_recall"] >= 0.95
    assert not {"china_visa_free_entry_for_russians", "russia_reciprocates_visa_free_entry"} & set(
        s["missed_core"]
    )
    assert "putin_xi_video_call" not in s["missed_core"]
    assert "putin_xi_video_call" not in s["partial_core"]  # date, modality, both reports right
    assert s["precision"] >= 0.85
    assert s["quote_recall"] >= 0.9
