"""English events, round ev175 (issue 13, item 5): precision on real English news.

The positives to drop are short quotes from the TimeBank/AQUAINT and MEANTIME documents of the
audit's tuning half (the sentences its random draw found coded as acts they are not); the
negatives (acts that must stay) are wire-style sentences of our own and PLOVER's kind. Kinds:
business senses of a trigger (``english_commerce.business_sense``), the counterfactual
(``english_senses.counterfactual_at``) and the conditional (``english_senses.conditional_at``).
"""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local

from .english_events import coded


def _events(text: str, dct: str = "1989-10-27") -> list[Event]:
    body = "Wire report on the day's news\n\n" + text
    [art] = list(run_local([Article(id="t", text=body, language="en", dct=dct)], Config()))
    return art.events


def _not(text: str, type_: str) -> bool:
    """Whether the coder reads no act of ``type_`` in ``text`` (another trigger may stay)."""
    result = coded(text)
    return result is None or result[0] != type_


# ---- shares, prices, purchases ---------------------------------------------------------------


def test_an_offer_of_shares_or_a_purchase_is_no_political_offer() -> None:
    assert coded("Giant Group owned 22% of Rally's shares before the initial public offering.") is None
    assert coded(
        "Rally's Inc. said it adopted a shareholders rights plan to protect shareholders from an "
        "inadequately priced takeover offer."
    ) is None
    assert coded(
        "Two rival bidders for Connaught BioSciences extended their offers to acquire the "
        "Toronto-based vaccine manufacturer Friday."
    ) is None
    assert coded(
        "Kyle Technology Corp. said a Seattle investor has signed a letter of intent to buy the "
        "company for about $3.1 million."
    ) is None
    kept = coded("Iran offered to mediate between the two sides.")
    assert kept is not None and kept[0] == "AGREE"
    treaty = coded("Yeltsin and Kuchma signed a treaty on friendship.")
    assert treaty is not None and treaty[0] == "SUPPORT"


def test_a_sum_is_a_trade_only_with_a_deal_or_a_bid_never_aid() -> None:
    assert coded(
        "Air Canada has ordered new airliners, while Air India has signed a deal for a further "
        "US$ 7 billion."
    ) is None
    aid = coded("Chrysler has asked the US government for an additional US$ 5 billion in aid.")
    assert aid is not None and aid[0] == "REQUEST"
    # "to share" is a verb, "to sell" a state's clause: both stay acts (plover-gsr records)
    shared = coded("The Turkish and Greek sides of Cyprus have agreed to share information.")
    assert shared is not None and shared[0] == "AGREE"
    sold = coded("China demanded that the US cancel plans to sell weapons to Taiwan.")
    assert sold is not None and sold[0] == "REQUEST"


def test_a_price_movement_is_no_concession_rejection_or_rally() -> None:
    shell = _events("Shell eased 1 to 416 on turnover of 4.8 million shares.")
    assert all(e.type != "CONCEDE" for e in shell)
    assert coded("Toyota's sales declined 8.7 % in the month.") is None
    assert coded(
        "The bonds were priced at 101 1/4 to yield 5.75% less full fees."
    ) is None
    assert coded(
        "Wall Street had its best finish since November after a four day rally with the stock "
        "market's indexes up."
    ) is None
    assert coded("Concern about declines in other markets caused selling pressure.") is None
    rally = coded("Thousands of people began gathering in Abuja for a two day rally.")
    assert rally is not None and rally[0] == "PROTEST"
    eased = coded("The United States eased sanctions against Cuba.")
    assert eased is not None and eased[0] == "CONCEDE"


def test_money_charged_economic_demand_and_declining_to_comment_are_no_acts() -> None:
    assert coded("Airbus charge an added cost for taking an aircraft to Indonesia.") is None
    assert coded("The weakness of Asia will lead to decreased demand for American exports.") is None
    assert _not(
        "A U.S. Embassy official in Nairobi, who refused to identify himself, spoke to reporters.",
        "REJECT",
    )
    assert coded("Mr. Reupke declined to specify the reasons.") is None
    charged = coded("Prosecutors charged the governor with corruption.")
    assert charged is not None and charged[0] == "ACCUSE"
    refused = coded("The rebels refused to give up their weapons.")
    assert refused is not None and refused[0] == "REJECT"


# ---- figures of speech ---------------------------------------------------------------------


def test_a_unit_a_met_need_a_release_a_sign_and_an_absent_act_are_no_events() -> None:
    assert coded(
        "Troops are expected, including Marines, Army air assault forces and paratroopers."
    ) is None
    assert _not(
        "Besides meeting the immediate physical and emotional needs of bombing victims, the "
        "United States will consider helping Kenya.",
        "CONSULT",
    )
    assert _not("Burton said in a release he issued a subpoena.", "RETREAT")
    signs = coded("There are signs that Hussein is taking hostages.")
    assert signs is not None and signs[0] != "SUPPORT"  # the hostage-taking, not a signing
    assert coded("Ford said it can make it through this year without any government aid.") is None
    met = coded("Albright met with President Moi in Nairobi.")
    assert met is not None and met[0] == "CONSULT"


# ---- modality ----------------------------------------------------------------------------------


def test_a_counterfactual_is_no_event_a_condition_is_possible() -> None:
    assert coded(
        "The Soviet proposals would have required lifting economic sanctions against Iraq."
    ) is None
    kept = coded("Iraq said it would have no choice but to attack.")
    assert kept is not None and kept[0] == "ASSAULT"
    [urged] = _events(
        "The Pentagon said that Defense Secretary Dick Cheney is considering urging Bush to order "
        "a callup of reserves."
    )
    assert urged.type == "REQUEST" and urged.modality == "possible"
    [done] = _events("Defense Secretary Dick Cheney urged Bush to order a callup of reserves.")
    assert done.modality == "happened"


def test_a_price_paid_a_percent_decline_and_a_release_released_are_no_acts() -> None:
    assert _not(
        "RJR Nabisco Inc. said it agreed to sell its candy businesses to Nestle S.A.'s Nestle "
        "Foods unit for $370 million.",
        "AGREE",
    )
    assert _not(
        "Indian shares fell ten percent before rallying to a more modest two-percent decline.",
        "REJECT",
    )
    assert _not(
        "The US Treasury described the government's bail-out plan in a press release released "
        "earlier today.",
        "RETREAT",
    )
    assert _not(
        "In an interview from Jordan on ABC, he declined to discuss details.", "CONSULT"
    )
    freed = coded("The rebels released two hostages on Sunday.")
    assert freed is not None and freed[0] == "RETREAT"
    paid = coded("Japan agreed to pay $1 billion in aid to Jordan.")
    assert paid is not None and paid[0] in {"AGREE", "AID"}
