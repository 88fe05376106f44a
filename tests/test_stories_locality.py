"""Localities: two point incidents in different quarters of one town stay apart, spellings of one
quarter meet, and a merge of two stories checks their members one against another.

The written reports go through the real clean, entity, time and event stages; the last test reads
three real fire reports of the disaster corpus (skipped without the shared data).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import DISASTER_CORPUS, _analysed
from khabar.model import Article
from khabar.stories.cluster import Member, Story, StoryClusterer
from khabar.stories.signature import Signature, signature_of, veto

BODY = " दमकल की गाड़ियां मौके पर पहुंचीं। आग बुझाने में तीन घंटे लगे। नुकसान का आकलन किया जा रहा है।\n"
FIRES = {
    "a-behrampada": "मुंबई में झुग्गियों में आग\n\nमुंबई (एजेंसी)। बांद्रा स्टेशन के पास बेहरमपाड़ा इलाके में भीषण आग"
    " लगने से दो सौ झुग्गियां जल गईं।",
    "b-vile-parle": "मुंबई में इमारत में आग\n\nमुंबई (एजेंसी)। मुंबई के विले पार्ले में निर्माणाधीन इमारत में भीषण आग"
    " लगने से पांच श्रमिकों की मौत हो गई।",
    "c-behrampada-again": "मुंबई आग: झुग्गियां खाक\n\nमुंबई (एजेंसी)। बेहरामपाड़ा इलाके में लगी भीषण आग से दो सौ"
    " झुग्गियां जल गईं और लोग बेघर हो गए।",
}


def _articles(folder: Path, texts: dict[str, str]) -> dict[str, Article]:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + BODY, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(folder.iterdir()), config))
    return {Path(a.source_path).stem: a for a in arts}


def test_fires_in_two_quarters_of_one_city_stay_apart_and_a_respelling_joins(
    tmp_path: Path,
) -> None:
    arts = _articles(tmp_path, FIRES)
    sig = {name: signature_of(a) for name, a in arts.items()}
    behrampada, vile_parle, again = (
        sig["a-behrampada"],
        sig["b-vile-parle"],
        sig["c-behrampada-again"],
    )
    assert behrampada.lead_localities and vile_parle.lead_localities
    # two spellings of one quarter share their consonant skeleton
    assert behrampada.lead_localities == again.lead_localities
    start, end = behrampada.evidence["locality बेहरमपाड़ा"]
    assert arts["a-behrampada"].text[start:end] == "बेहरमपाड़ा"
    start, end = vile_parle.evidence["locality विले"]
    assert arts["b-vile-parle"].text[start:end] == "विले"
    assert veto(behrampada, vile_parle) == veto(vile_parle, behrampada) == "different locality"
    assert veto(behrampada, again) is None
    cl = StoryClusterer()
    placed = {name: cl.add(a) for name, a in arts.items()}
    assert placed["b-vile-parle"].story_id != placed["a-behrampada"].story_id
    assert placed["c-behrampada-again"].story_id == placed["a-behrampada"].story_id


def test_a_locality_vetoes_only_point_incidents() -> None:
    # a quake or a storm is felt across a town's quarters: no locality veto between them
    a = Signature(types=frozenset({"quake"}), lead_localities=frozenset({"lpr"}),
                  localities=frozenset({"lpr"}))  # fmt: skip
    b = Signature(types=frozenset({"quake"}), lead_localities=frozenset({"drk"}),
                  localities=frozenset({"drk"}))  # fmt: skip
    assert veto(a, b) is None
    fire_a, fire_b = (Signature(**{**s.__dict__, "types": frozenset({"fire"})}) for s in (a, b))
    assert veto(fire_a, fire_b) == "different locality"
    # a side naming no locality is never a disagreement
    assert veto(fire_a, Signature(types=frozenset({"fire"}))) is None


def test_odd_text_yields_no_locality_and_no_error(tmp_path: Path) -> None:
    texts = {
        "a-bare-marker": "आग\n\nइलाके में आग लगी। क्षेत्र में धुआं। के में।",
        "b-generic": "आग\n\nप्रभावित इलाकों में और ग्रामीण क्षेत्र में आग फैली। इस इलाके में धुआं।",
        "c-latin": "Fire\n\nA fire broke out in the Vile Parle area of Mumbai.",
    }
    arts = _articles(tmp_path, texts)
    for art in arts.values():
        sig = signature_of(art)
        assert sig.localities == frozenset() and sig.lead_localities == frozenset()
        assert Signature.from_json(sig.to_json()).localities == sig.localities


def _story(sid: str, seq: int, sigs: dict[str, Signature]) -> Story:
    story = Story(sid, seq)
    for aid, sig in sigs.items():
        story.members[aid] = Member(aid, {}, frozenset(), None, None, "hi", None, None, sig)
        story.signature = story.signature.union(sig)
    story.centroid, story.langs["hi"] = {"आग": 1.0}, len(sigs)
    return story


def test_stories_merge_only_when_no_member_vetoes_another() -> None:
    fire = frozenset({"fire"})
    town = frozenset({"kb:city/x"})

    def sig(month: int) -> Signature:
        return Signature(types=fire, lead_places=town, places=town, months=frozenset({(0, month)}))

    # unions look alike (months 3 and 5 each side), members of months 3 and 5 cannot be one fire
    left = _story("st-a", 1, {"a1": sig(3), "a2": sig(5)})
    right = _story("st-b", 2, {"b1": sig(3)})
    cl = StoryClusterer()
    assert veto(left.signature, right.signature) is None
    assert not cl._stories_agree(left, right)
    same = _story("st-c", 3, {"c1": sig(3), "c2": sig(4)})
    assert cl._stories_agree(same, right)


def test_real_mumbai_fires_in_two_quarters_stay_apart(shared_data: Path) -> None:
    root = shared_data / DISASTER_CORPUS
    names = {  # a slum fire near Bandra station (Behrampada); a fire in Vile Parle
        "bandra": "mumbai-fire-news-today-in-hindi-massive-fire-reaches-mumbai-bandra-railway-"
        "station-bridge-accident-news.txt.xml",
        "vile-parle": "news6.txt_fire.xml",
    }
    paths = [root / n for n in names.values()]
    if not all(p.exists() for p in paths):
        pytest.skip(f"disaster corpus files not found under {root}")
    config = Config()
    arts = _analysed(config, read_clean(paths, config))
    bandra, vile_parle = (signature_of(a) for a in arts)
    assert bandra.lead_localities and vile_parle.lead_localities
    assert veto(bandra, vile_parle) == "different locality"
