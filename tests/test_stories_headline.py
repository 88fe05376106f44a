"""Other news (not an incident report) told apart by the place its headline names.

A day's live blog posts count updates for one state after another, in the same words ("43 new
patients", "16 more"), and a state's update may mention another city in passing (a man who came
back from Mumbai). The headline names where the update happened; two headlines naming unrelated
places are two stories, however alike the words. The updates below are written for this test in
the shape of Hindi live-blog items and go through the real clean, entity, time and event stages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import _analysed, cluster
from khabar.model import Article
from khabar.stories.signature import Signature, signature_of, veto

UPDATES = {
    "andhra": "आंध्र प्रदेश में कोरोना के 43 नये मरीज\n\nपिछले 12 घंटे में आंध्र प्रदेश में कोरोना के 43"
    " नये मरीज मिले हैं. इसके साथ ही राज्य में संक्रमण के 87 मामले हो गए हैं. एक मरीज कुछ दिन पहले"
    " मुंबई से लौटा था.",
    "mumbai": "मुंबई में कोरोना के 16 और मरीज\n\nमुंबई में कोरोना के 16 और नये मरीज मिले हैं. इसके साथ"
    " ही शहर में संक्रमण के 151 मामले हो गए हैं.",
    "india": "भारत में कोरोना के मरीज 2000 के करीब\n\nदेश में कोरोना के नये मरीज मिलने से संक्रमण के"
    " मामले 2000 के करीब हो गए हैं. मुंबई में 16 नये मरीज मिले हैं.",
}


@pytest.fixture(scope="module")
def updates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    folder = tmp_path_factory.mktemp("updates")
    for name, text in UPDATES.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(folder.iterdir()), config))
    return {Path(a.source_path).stem: a for a in arts}


def test_headline_places_are_read_with_the_headline_only(updates: dict[str, Article]) -> None:
    andhra = signature_of(updates["andhra"])
    assert not andhra.types  # a count update is no incident report
    assert len(andhra.head_places) == 1 and len(andhra.places) >= 2  # Mumbai only in the body
    assert signature_of(updates["mumbai"]).head_places <= signature_of(updates["mumbai"]).places


def test_updates_of_two_places_stay_apart_and_a_national_one_is_no_veto(
    updates: dict[str, Article],
) -> None:
    sigs = {name: signature_of(a) for name, a in updates.items()}
    assert veto(sigs["andhra"], sigs["mumbai"]) == "different place in the headline"
    # the country's update names the country; Mumbai lies in it: no disagreement
    assert veto(sigs["india"], sigs["mumbai"]) is None
    story_of = cluster(Config(), list(updates.values()))
    assert story_of[updates["andhra"].id] != story_of[updates["mumbai"].id]


def test_a_side_without_a_headline_place_is_never_vetoed_by_it() -> None:
    named = Signature(head_places=frozenset({"kb:in-state/AP"}),
                      places=frozenset({"kb:in-state/AP"}))  # fmt: skip
    assert veto(named, Signature()) is None
    assert veto(Signature(), named) is None
    # the field survives the store's JSON round trip
    assert Signature.from_json(named.to_json()).head_places == named.head_places
    # a signature stored before the field existed loads with none (no veto), not an error
    assert Signature.from_json({"places": ["kb:in-state/AP"]}).head_places == frozenset()
