"""Word clusters learnt from unlabelled Hindi text, used as CRF features (entities/clusters.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from khabar.entities.clusters import CLUSTERS_PATH, word_clusters
from khabar.entities.crffeatures import Featuriser
from khabar.entities.translit import deva_key


def cluster(word: str) -> str | None:
    return word_clusters().get(deva_key(word))


def test_committed_clusters_are_small_and_group_words_by_use() -> None:
    assert CLUSTERS_PATH.stat().st_size < 1024 * 1024
    # Cities share a cluster, given names share one, and the two are apart: the clusters come
    # from contexts in real news text, not from any list.
    assert cluster("पटना") == cluster("दिल्ली") == cluster("अमृतसर")
    assert cluster("राहुल") == cluster("दिनेश")
    assert cluster("राहुल") != cluster("पटना")
    assert str(cluster("राहुल")).partition(".")[0] != str(cluster("पटना")).partition(".")[0]


def test_cluster_features_and_unknown_words() -> None:
    feats = Featuriser({}, {}).sentence(["पटना", "में", "क़्ज़्क़्ज़"])
    assert f"cl:{cluster('पटना')}" in feats[0]
    assert f"cl-1:{cluster('पटना')}" in feats[1]  # the word before it
    assert "cl:-" in feats[2] and "clc:-" in feats[2]
    assert Featuriser({}, {}, clusters={}).sentence([]) == []


def test_building_without_data_is_one_coded_line_and_keeps_the_file(tmp_path: Path) -> None:
    before = CLUSTERS_PATH.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "khabar.entities.clusters"],
        capture_output=True,
        text=True,
        env={"KHABAR_DATA": str(tmp_path), "PATH": ""},
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("E040 ") and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert CLUSTERS_PATH.read_bytes() == before


def test_the_committed_model_was_trained_on_the_committed_clusters() -> None:
    import json

    from khabar.entities.clusters import clusters_digest
    from khabar.entities.tagger import MODEL_PATH

    summary = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    # A rebuilt clusters.tsv changes the features: retrain (khabar train ner) and commit both.
    assert summary["clusters_sha256"] == clusters_digest()
