"""English events, round ev172 (issue 13, item 5): the English coder audited on real wire copy.

The sentences are short quotes from the TimeBank/AQUAINT documents of the audit's tuning half
(1990s AP, NYT, WSJ, Xinhua, CNN copy; the timex gold of ``khabar eval time`` is untouched) and
our own wire-style sentences for the negatives and the general forms. Kinds: the sense of a
trigger word (``khabar.events.english_senses``), actors the entities stage did not name, a
relative clause or a parenthesis between subject and verb, a noun's own agent, a target past a
clause boundary, a possessive's relative, a pronoun subject, "slated" plans
(``khabar.events.english_clauses``).
"""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local

from .english_events import coded


def _events(text: str, dct: str = "1998-03-22") -> list[Event]:
    """The pipeline's English events of ``text`` as the body of an article with a headline."""
    body = "Wire report on the day's news\n\n" + text
    [art] = list(run_local([Article(id="t", text=body, language="en", dct=dct)], Config()))
    return art.events


def _one(text: str, dct: str = "1998-03-22") -> Event | None:
    events = _events(text, dct)
    return events[0] if events else None


# ---- senses ---------------------------------------------------------------------------------


def test_a_share_price_or_a_state_is_no_closure_a_closing_is() -> None:
    assert _one(
        "In New York Stock Exchange composite trading, Kimberly-Clark closed at $66.50 a share, "
        "up $1.50."
    ) is None
    assert _one("Banks remained closed in the capital on Monday.") is None
    shut = coded("Police closed the market after the clashes.")
    assert shut is not None and shut[:3] == ("COERCE", "close", ["Police"])


def test_an_intransitive_return_is_a_trip_a_returned_person_is_a_release() -> None:
    assert coded("Munero had fled to Florida in June 1998 and returned to Cuba later that year.") is None
    trip = coded(
        "Defense Secretary Dick Cheney and Gen. Colin Powell returned from a visit with military "
        "commanders in Saudi Arabia."
    )
    assert trip is not None and trip[0] != "RETREAT"
    freed = coded("The Coast Guard returned the boy to his father on Thursday.")
    assert freed is not None and freed[:2] == ("RETREAT", "release")
    bare = coded("The rebels returned prisoners of war to the Red Cross.")
    assert bare is not None and bare[:3] == ("RETREAT", "release", ["rebels"])


def test_a_strike_against_a_country_is_an_attack_a_court_striking_down_is_nothing() -> None:
    strike = _one(
        "President Clinton says he is committed to a possible strike against Iraq, despite "
        "objections from other countries."
    )
    assert strike is not None and strike.type == "ASSAULT"
    assert strike.target == ["kb:country/IQ"]
    walkout = coded("Thousands of miners went on strike on Monday.")
    assert walkout is not None and walkout[:2] == ("PROTEST", "strike")
    court = coded(
        "Instead of providing the votes to strike it down, the justices chose to uphold it."
    )
    assert court is None or court[0] != "PROTEST"


def test_showing_is_no_protest() -> None:
    shown = coded(
        "At the event several third party developers that had been given early access to the "
        "SDK demonstrated their applications."
    )
    assert shown is None or shown[0] != "PROTEST"
    protest = _one("Thousands of workers demonstrated against the new labour law in Seoul.")
    assert protest is not None and protest.type == "PROTEST" and protest.source == ["text:workers"]


def test_seizing_a_chance_backing_down_and_a_killed_deal() -> None:
    chance = coded(
        "The stage is set for Malaysians to seize the chance to transform into a knowledge "
        "society."
    )
    assert chance is None or chance[0] != "COERCE"
    down = coded(
        "The president said Washington would use force if diplomacy fails to force Saddam "
        "Hussein to back down."
    )
    assert down is None or down[0] != "SUPPORT"
    killed = coded("Industry experts say the deal had been killed by the Pentagon.")
    assert killed is not None and killed[:3] == ("REJECT", "reject", ["Pentagon"])
    shot = coded("Gunmen killed three soldiers near the border.")
    assert shot is not None and shot[0] == "ASSAULT"


# ---- actors ---------------------------------------------------------------------------------


def test_actors_the_entities_stage_did_not_name_join_its_mentions() -> None:
    seized = _one(
        "Police seized a car bomb under construction Sunday in a town bordering Northern Ireland."
    )
    assert seized is not None and seized.type == "COERCE" and seized.source == ["text:Police"]
    praised = _one("In his speech, the Prime Minister applauded Singapore Airlines.")
    assert praised is not None and praised.type == "SUPPORT"
    assert praised.source == ["text:Prime Minister"]
    accused = _one("Russian officials accused Ukraine of holding joint naval exercises with NATO.")
    assert accused is not None and accused.type == "ACCUSE"
    assert (accused.source, accused.target) == (["kb:country/RU"], ["kb:country/UA"])
    # an adjective alone stays no actor, and a title's country stays dropped
    offered = _one("Putin offered to contribute $1 billion from frozen Russian assets to Gaza.")
    assert offered is not None and "text:Russian" not in offered.target


def test_a_relative_clause_or_a_parenthesis_between_subject_and_verb() -> None:
    invited = _one(
        "The British and Irish governments, which cosponsor the multi-party talks that are "
        "supposed to conclude by May, invited Sinn Fein to rejoin two weeks ago."
    )
    assert invited is not None and (invited.type, invited.mode) == ("AGREE", "invite")
    assert "text:Irish governments" in invited.source  # (the adjective "British" is left out)
    resigned = coded(
        "Mr. Stronach, founder and controlling shareholder of Magna, resigned as chief executive "
        "officer last year."
    )
    assert resigned is not None and resigned[2] == ["Stronach"]
    defended = coded(
        "Goldstein, who said it was possible that the issue would surface in Spitzer's "
        "advertisements, defended the use of the issue."
    )
    assert defended is not None and defended[:3] == ("SUPPORT", "support", ["Goldstein"])
    # an opening place phrase is no subject
    arrested = coded("In Cape Town, South Africa, police said the FBI arrested Mohamed.")
    assert arrested is not None and arrested[2] == ["FBI"]


def test_a_noun_act_has_its_own_agent() -> None:
    warned = _one("President Clinton glossed over stern warnings from Moscow on Thursday.")
    assert warned is not None and warned.type == "THREATEN" and warned.source == ["kb:country/RU"]
    threats = coded(
        "Slepian was one of three doctors, and threats against him by anti-abortion groups had "
        "become routine."
    )
    assert threats is not None and threats[:3] == ("THREATEN", "threaten", ["groups"])
    helped = _one(
        "Albright said she was heartened by cooperation from Kenya and Tanzania in probing the "
        "bombings."
    )
    assert helped is not None and helped.source == ["kb:country/KE", "kb:country/TZ"]
    # a verb with "from" keeps its subject
    left = coded("The rebels withdrew from the town on Friday.")
    assert left is not None and left[2] == ["rebels"]


def test_a_target_stops_at_a_clause_boundary() -> None:
    rejected = coded(
        "Congressional lawmakers rejected the proposal in October, although industry experts "
        "say the deal had been killed by the Pentagon."
    )
    assert rejected is not None and rejected[:3] == ("REJECT", "reject", ["Congressional lawmakers"])
    assert "Pentagon" not in rejected[3]


def test_a_possessives_relative_and_an_adverb_opening_a_sentence() -> None:
    demanded = coded("Elian's father has demanded that the boy be returned to him in Cuba.")
    assert demanded is not None and demanded[:3] == ("REQUEST", "request", ["Elian's father"])
    sued = coded("Separately, the Ontario Supreme Court said it will postpone a ruling.")
    assert sued is None or "Separately" not in sued[2]


def test_a_slated_visit_is_planned_and_its_visitor_the_source() -> None:
    visit = _one(
        "Kimotho said he and Bushnell had been talking about the slated visit of U.S. Commerce "
        "Secretary William Daley in September.",
        dct="1998-08-26",
    )
    assert visit is not None and (visit.mode, visit.modality) == ("visit", "planned")
    assert visit.date == "1998-09" and "Bushnell" not in " ".join(visit.source)
