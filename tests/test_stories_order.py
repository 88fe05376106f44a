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


# A report that names the city but not the quarter, worded like the Behrampada slum fire.
VAGUE_SLUMS = (
    "मुंबई में झुग्गियों में भीषण आग\n\nमुंबई (एजेंसी)। शहर में गुरुवार को भीषण आग लगने से दो सौ"
    " झुग्गियां जल गईं और सैकड़ों परिवार बेघर हो गए।"
)


def _stream_articles(folder: Path) -> list[Article]:
    texts = {"b-behrampada": FIRES["b-behrampada"], "c-vile-parle": FIRES["c-vile-parle"],
             "d-vague-slums": VAGUE_SLUMS}  # fmt: skip
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + BODY, encoding="utf-8")
    config = Config()
    return list(_analysed(config, read_clean(sorted(folder.iterdir()), config)))


def test_a_stream_places_a_vague_report_with_its_closest_fire_in_every_order(
    tmp_path: Path,
) -> None:
    """Placed one at a time (no canonical order), the report naming no quarter ends with the
    slum fire it reads like, whether it comes before, between or after the two fires: arriving
    first it joins whichever fire comes next, and the re-check moves it when its own fire comes."""
    import itertools

    arts = _stream_articles(tmp_path)
    by_name = {Path(a.source_path).stem: a.id for a in arts}
    config = Config()
    seen = set()
    for order in itertools.permutations(arts):
        story_of = cluster(config, list(order), batch=False)
        assert story_of[by_name["d-vague-slums"]] == story_of[by_name["b-behrampada"]], order
        assert story_of[by_name["b-behrampada"]] != story_of[by_name["c-vile-parle"]]
        groups = {
            frozenset(a for a, s in story_of.items() if s == sid) for sid in story_of.values()
        }
        seen.add(frozenset(groups))
    assert len(seen) == 1


def test_the_same_article_placed_twice_keeps_its_story(tmp_path: Path) -> None:
    """Two files with one text are one article (its id is the text's digest): the second
    placement reports the first story and counts nothing twice."""
    from khabar.stories.cluster import StoryClusterer

    arts = _stream_articles(tmp_path)
    cl = StoryClusterer()
    first = [cl.add(a) for a in arts]
    again = cl.add(arts[0])
    assert again.kind == "existing" and again.story_id == first[0].story_id
    assert sum(s.size for s in cl.stories.values()) == len(arts)


def test_a_moved_report_says_from_where_and_to_whom(tmp_path: Path) -> None:
    """The vague report first joins the Vile Parle fire (the only fire yet); when the Behrampada
    fire arrives it moves there, and its --why record says from which story and next to whom."""
    from khabar.stories.cluster import StoryClusterer

    arts = {Path(a.source_path).stem: a for a in _stream_articles(tmp_path)}
    cl = StoryClusterer()
    first = cl.add(arts["c-vile-parle"])
    assert cl.add(arts["d-vague-slums"]).story_id == first.story_id
    fire = cl.add(arts["b-behrampada"])
    vague = arts["d-vague-slums"].id
    assert cl.story_of[vague] == fire.story_id != cl.story_of[arts["c-vile-parle"].id]
    why = cl.stories[fire.story_id].why[vague]
    assert why["kind"] == "moved" and why["from"] == first.story_id
    assert why["to"] == arts["b-behrampada"].id
    assert vague not in cl.stories[first.story_id].why
    from khabar.stories.view import StoryView, why_lines

    members = [{"id": a, "title": None} for a in sorted(cl.stories[fire.story_id].members)]
    view = StoryView(fire.story_id, None, None, None, [], [], None, members, [], [], [],
                     why=cl.stories[fire.story_id].why)  # fmt: skip
    line = next(x for x in why_lines(view) if x.startswith(vague))
    assert f"moved from {first.story_id}" in line
