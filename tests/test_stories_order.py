"""A batch is placed in a canonical order (date, then the reports that say where and when before
the vague ones), so its stories do not depend on the order its files were given in.

The written reports go through the real clean, entity, time and event stages.
"""

from __future__ import annotations

from pathlib import Path

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import _analysed, cluster
from khabar.model import Article
from khabar.stories.cluster import arrival_key
from khabar.stories.signature import Signature, signature_of, specificity

BODY = " दमकल की गाड़ियां मौके पर पहुंचीं। आग बुझाने में तीन घंटे लगे। नुकसान का आकलन किया जा रहा है।\n"
FIRES = {
    # names the city only: it could be either fire
    "a-vague": "मुंबई में आग\n\nमुंबई (एजेंसी)। शहर में भीषण आग लगने से कई लोग बेघर हो गए।",
    "b-behrampada": "मुंबई में झुग्गियों में आग\n\nमुंबई (एजेंसी)। बेहरमपाड़ा इलाके में गुरुवार को भीषण आग"
    " लगने से दो सौ झुग्गियां जल गईं।",
    "c-vile-parle": "मुंबई में इमारत में आग\n\nमुंबई (एजेंसी)। मुंबई के विले पार्ले में बुधवार रात निर्माणाधीन"
    " इमारत में भीषण आग लगने से पांच श्रमिकों की मौत हो गई।",
}


def _articles(folder: Path) -> list[Article]:
    for name, text in FIRES.items():
        (folder / f"{name}.txt").write_text(text + BODY, encoding="utf-8")
    config = Config()
    return list(_analysed(config, read_clean(sorted(folder.iterdir()), config)))


def test_specific_reports_are_placed_first_and_the_batch_order_does_not_matter(
    tmp_path: Path,
) -> None:
    arts = _articles(tmp_path)
    by_name = {Path(a.source_path).stem: a for a in arts}
    spec = {name: specificity(signature_of(a)) for name, a in by_name.items()}
    assert spec["a-vague"] < spec["b-behrampada"] and spec["a-vague"] < spec["c-vile-parle"]
    assert sorted(arts, key=arrival_key)[-1] is by_name["a-vague"]
    config = Config()
    first = cluster(config, arts)
    for order in (arts[::-1], [arts[1], arts[0], arts[2]], [arts[2], arts[0], arts[1]]):
        assert cluster(config, order) == first
    assert first[by_name["b-behrampada"].id] != first[by_name["c-vile-parle"].id]


def test_specificity_of_an_empty_signature_is_zero() -> None:
    assert specificity(Signature()) == 0
    full = Signature(lead_places=frozenset({"kb:x"}), weekdays=frozenset({3}),
                     lead_localities=frozenset({"lpr"}))  # fmt: skip
    assert specificity(full) == 3
