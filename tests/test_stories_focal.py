"""One day's developing story told through several acts that share only a focal name.

On 2020-04-01 the Nizamuddin Markaz was evacuated, an FIR was filed against its cleric and
leaders spoke about it: separate live-blog items with almost no words in common but the
congregation's name. A state's own count of attendees (Karnataka's 342, Pune's 60) is its own
story (tests/data/stories/hindi-covid-2020-04-01.yaml, its header). The focal channel
(:func:`khabar.stories.focal.focal_shared`) joins the first kind and keeps the second apart.
"""

from __future__ import annotations

from pathlib import Path

from khabar.config import Config
from khabar.eval import stories as ev
from khabar.model import Article
from khabar.stories.cluster import StoryClusterer
from khabar.stories.focal import focal_shared
from khabar.stories.signature import Signature, signature_of

DAY1 = Path(__file__).parent / "data" / "stories" / "hindi-covid-2020-04-01.yaml"


def test_markaz_acts_of_one_day_join_and_a_states_count_stays_apart(shared_data: Path) -> None:
    config = Config(data_dir=shared_data)
    gold = ev.load_gold(DAY1)
    arts = ev.load_articles(config, gold, analyse=True)
    matched = ev.match_articles(gold["articles"], arts)
    by_head = {str(it["headline"]): m for it, m in zip(gold["articles"], matched, strict=True)}
    clusterer = ev.clustered(config, arts)
    story_of = clusterer.story_of
    leader = story_of[by_head["शाहनवाज़ हुसैन ने कहा"]]
    evacuation = story_of[by_head["मरकज से 2361 लोगों को निकाला"]]
    deputy_cm = story_of[by_head["आंध्र प्रदेश के डेप्युटी सीएम"]]
    assert leader == evacuation == deputy_cm
    # --why says what joined the leader's statement: the congregation's name
    why = clusterer.stories[leader].why[by_head["शाहनवाज़ हुसैन ने कहा"]]
    assert why["kind"] == "joined" and "focal मरकज" in why["shared"]
    # "निजामुद्दीन" is in neither headline but a name in both leads (the checks, the FIR)
    assert story_of[by_head["देशभर में संकट"]] == story_of[by_head["मौलाना साद समेत 5 अन्य"]]
    assert story_of[by_head["मौलाना साद समेत 5 अन्य"]] == evacuation
    # the deputy CM's state is his affiliation, not a place the report is about
    sigs = {a.id: signature_of(a) for a in arts}
    assert not sigs[by_head["आंध्र प्रदेश के डेप्युटी सीएम"]].own_places
    for own in ("कर्नाटक के कुल 342 लोगों", "60 लोगों को क्वैरंटीन में", "आंध्र प्रदेश में कोरोना के 43"):
        assert story_of[by_head[own]] != evacuation, own
        assert sigs[by_head[own]].own_places
    # the shared focal term keeps its evidence: offsets into the article's text
    evac = next(a for a in arts if a.id == by_head["मरकज से 2361 लोगों को निकाला"])
    start, end = sigs[evac.id].evidence["focal मरकज"]
    assert evac.text[start:end] == "मरकज"


def test_focal_rules_incidents_places_and_countries() -> None:
    markaz = Signature(focal=frozenset({"मरकज"}), head_focal=frozenset({"मरकज"}))
    statement = Signature(focal=frozenset({"मरकज", "भाजप"}))
    assert focal_shared(markaz, statement) == {"मरकज"}
    # a term only in both leads, in neither headline, is no focus
    assert not focal_shared(statement, Signature(focal=frozenset({"मरकज"})))
    # incident reports have their own signature: a rare district name is no focus
    flood = Signature(types=frozenset({"flood"}), focal=frozenset({"मरकज"}),
                      head_focal=frozenset({"मरकज"}))  # fmt: skip
    assert not focal_shared(flood, statement)
    # a report about a place of its own (a state's count) joins only a story about that place
    state = Signature(focal=frozenset({"मरकज"}), own_places=frozenset({"kb:in-state/KA"}))
    assert not focal_shared(markaz, state)
    assert focal_shared(
        Signature(**{**markaz.__dict__, "own_places": frozenset({"kb:in-state/KA"})}), state
    )
    # two countries' news sharing a word
    abroad = Signature(focal=frozenset({"मरकज"}), lead_countries=frozenset({"kb:country/IL"}))
    home = Signature(**{**markaz.__dict__, "lead_countries": frozenset({"kb:country/IN"})})
    assert not focal_shared(home, abroad)


def test_blank_or_undated_reports_have_no_focus_and_place_without_error() -> None:
    blank = Article(id="blank", text="")
    undated = Article(
        id="undated", text="मरकज से लोगों को निकाला गया\n\nमरकज से 2361 लोगों को निकाला गया."
    )
    assert not signature_of(blank).focal
    clusterer = StoryClusterer()
    for art in (blank, undated, Article(id="again", text=undated.text + " और भी.")):
        clusterer.add(art)
    # undated: the focal channel needs one day on both sides, so it does not apply
    assert set(clusterer.story_of) == {"blank", "undated", "again"}
    assert signature_of(blank).to_json() == {}


def test_a_split_whose_small_part_holds_the_founder_keeps_every_member() -> None:
    """The carved part's id derives from its first member by id; when that member founded the
    story, the id was the parent's, and the part replaced the parent in memory (its members'
    rows were never written: found by the kill-and-resume test once focal bonds split
    reloaded stories)."""
    import datetime as dt

    from khabar.stories.state import Member, Story
    from khabar.stories.upkeep import story_id_for

    day = dt.date(2020, 4, 1)
    cl = StoryClusterer()
    story = Story(story_id_for("a"), 1)
    for aid, vec in (("a", {"x": 1.0}), ("b", {"y": 1.0}), ("c", {"y": 1.0})):
        story.members[aid] = Member(aid, vec, frozenset(), day, None, "hi", None, None, Signature())
    cl.load_story(story)
    new = cl.check_splits([story.id])
    assert len(new) == 1 and new[0] != story.id
    for aid in "abc":
        assert aid in cl.stories[cl.story_of[aid]].members
    assert cl.story_of["b"] == cl.story_of["c"] == story.id  # the largest part keeps the id


def test_a_story_spanning_days_forgets_its_focal_terms() -> None:
    import datetime as dt

    from khabar.stories.focal import forget_focal
    from khabar.stories.state import Story

    story = Story("st-x", 1, dt.date(2020, 4, 1), dt.date(2020, 4, 1))
    story.signature = Signature(focal=frozenset({"मरकज"}), head_focal=frozenset({"मरकज"}))
    forget_focal(story)
    assert story.signature.focal  # one day: kept
    story.last = dt.date(2020, 4, 2)
    forget_focal(story)
    assert not story.signature.focal and not story.signature.head_focal
