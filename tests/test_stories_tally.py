"""Running tallies: one day's count of one measure in one place is one story.

Outlets and live pages report the day's national count many times ("भारत में कोरोना से 111 की
मौत", "देश में कुल 4067 मामले", "114 की मौत, 4421 संक्रमित") with no rare term in common; a
state's or a city's count that day is a story of its own (the COVID day-1 gold's granularity,
tests/data/stories/hindi-covid-2020-04-01.yaml). The tally keys
(:func:`khabar.stories.focal.tally_keys`, measure and the count's place) join the first kind
through the focal channel and keep the second apart. The real-text test reads a day file no
day gold uses (Prabhat Khabar, 2020-04-07).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval import stories as ev
from khabar.model import Article, Block, Mention
from khabar.stories.cluster import StoryClusterer
from khabar.stories.focal import focal_shared, forget_focal, tally_keys
from khabar.stories.signature import Signature, signature_of
from khabar.stories.state import Story

DAY = "corpus/hindi-covid-2020/Corpora/Prabhat Khabar/PK-2020-APR/PK-2020-APR-07.txt"
INDIA, RAJASTHAN = "kb:country/IN", "kb:in-state/RJ"


def _day_articles(shared_data: Path) -> tuple[StoryClusterer, dict[str, Article]]:
    path = shared_data / DAY
    if not path.exists():
        pytest.skip(f"day file not found at {path}")
    config = Config(data_dir=shared_data)
    arts = [a for a in read_clean([path], config) if a.status == "ok"]
    arts = ev._analysed(config, arts)
    return ev.clustered(config, arts), {(a.title or "").strip(): a for a in arts}


def _titled(heads: dict[str, Article], start: str) -> Article:
    found = [a for t, a in heads.items() if t.startswith(start)]
    assert len(found) == 1, (start, sorted(heads))
    return found[0]


def test_a_days_national_count_reports_join_and_state_counts_stay_apart(
    shared_data: Path,
) -> None:
    clusterer, heads = _day_articles(shared_data)
    story_of = clusterer.story_of
    deaths = _titled(heads, "भारत में कोरोना से 111 की मौत")
    total = _titled(heads, "देश में कुल 4067 मामले")
    later = _titled(heads, "114 की मौत, 4421 संक्रमित")
    assert story_of[deaths.id] == story_of[total.id] == story_of[later.id]
    # "देश में" and "भारत में": one count of one place, however it is worded
    sig = signature_of(total)
    assert f"cases@{INDIA}" in sig.tallies and f"cases@{INDIA}" in signature_of(later).tallies
    start, end = sig.evidence[f"tally cases@{INDIA}"]
    assert total.text[start:end] in ("मामले", "केस")
    # --why names the tally that joined a member
    story = clusterer.stories[story_of[total.id]]
    joined = [w for w in story.why.values() if w.get("kind") == "joined"]
    assert any(any(s.startswith("tally ") for s in w.get("shared", ())) for w in joined)
    # a state's count, a city's count and another country's toll that day are their own stories
    rajasthan = _titled(heads, "राजस्थान में कोरोना के 24 नये केस")
    bhopal = _titled(heads, "भोपाल में कोरोना वायरस के 23 नये मरीज")
    usa = _titled(heads, "अमेरिका में 24 घंटे में 1200 लोगों की मौत")
    assert signature_of(rajasthan).tallies == {f"cases@{RAJASTHAN}"}
    national = story_of[total.id]
    assert len({national, story_of[rajasthan.id], story_of[bhopal.id], story_of[usa.id]}) == 4


def test_tallies_of_two_places_or_two_disasters_stay_apart() -> None:
    bihar = Signature(tallies=frozenset({"cases@kb:in-state/BR"}),
                      own_places=frozenset({"kb:in-state/BR"}))  # fmt: skip
    andhra = Signature(tallies=frozenset({"cases@kb:in-state/AP"}),
                       own_places=frozenset({"kb:in-state/AP"}))  # fmt: skip
    assert not focal_shared(bihar, andhra)
    # the same measure and place: one tally, even when only one side names a place of its own
    country = Signature(tallies=frozenset({f"deaths@{INDIA}"}), own_places=frozenset({INDIA}))
    desh = Signature(tallies=frozenset({f"deaths@{INDIA}", f"cases@{INDIA}"}))
    assert focal_shared(country, desh) == {f"tally:deaths@{INDIA}"}
    # two disasters' death tolls are incident reports: their event signature decides
    quake = Signature(types=frozenset({"quake"}), tallies=frozenset({"deaths@kb:country/NP"}))
    flood = Signature(types=frozenset({"flood"}), tallies=frozenset({"deaths@kb:country/NP"}))
    assert not focal_shared(quake, flood) and not focal_shared(quake, quake)
    # a story spanning days forgets its tallies (one day's count is one story, not every day's)
    story = Story("st-x", 1, dt.date(2020, 4, 1), dt.date(2020, 4, 2))
    story.signature = desh
    forget_focal(story)
    assert not story.signature.tallies


def _article(text: str, places: list[tuple[str, str, str]], head: str) -> Article:
    mentions = []
    for surface, kind, entity in places:
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, kind, entity))
            start = text.find(surface, start + 1)
    blocks = [Block(0, len(head), "title"), Block(len(head) + 1, len(text), "body")]
    return Article(id="a", text=text, mentions=mentions, blocks=blocks)


def test_the_headline_place_is_the_counts_place() -> None:
    head = "पुणे में कोरोना वायरस से तीन लोगों की मौत"
    text = head + "\nदेश में कोरोना के 4067 मामले हो गए हैं। पुणे में 3 की मौत हुई।"
    art = _article(text, [("पुणे", "CITY", "kb:city/1259229")], head)
    ev_: dict[str, tuple[int, int]] = {}
    # the lead's first count is the nation's, but the headline says the report is Pune's
    assert tally_keys(art, len(text), art.mentions, (len(head), frozenset({"kb:city/1259229"})),
                      frozenset(), ev_) == {"deaths@kb:city/1259229"}  # fmt: skip


def test_the_death_toll_phrase_is_a_measure() -> None:
    head = "ईरान में मरने वालों की संख्या 3452 हुई"
    art = _article(head + "\nईरान में हालात गंभीर।", [("ईरान", "COUNTRY", "kb:country/IR")], head)
    keys = tally_keys(art, len(art.text), art.mentions, (len(head), frozenset({"kb:country/IR"})),
                      frozenset({"kb:country/IR"}), {})  # fmt: skip
    assert keys == {"deaths@kb:country/IR"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "कोरोना के मामले बढ़े",  # a measure with no count
        "देश में 2020 में मामले",  # a year is no count
        "अस्पताल के 14 मरीज ठीक",  # a count with no place
        "१२३ ... ॥ मौत मौत 7,,, में",  # odd punctuation and Devanagari digits, no place
    ],
)
def test_odd_text_gives_no_tally_and_places_without_error(text: str) -> None:
    art = Article(id="odd", text=text, published="2020-04-07")
    abroad = frozenset({"kb:country/PK"})
    assert tally_keys(art, len(text), [], (0, frozenset()), abroad, {}) == set()
    clusterer = StoryClusterer()
    clusterer.add(art)
    assert set(clusterer.story_of) == {"odd"}
