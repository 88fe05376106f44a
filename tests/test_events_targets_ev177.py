"""Targets the Hindi names but the events left empty, fourth pass (issue 13, round ev177): the
fund money is given into, named by a में-phrase ("पीएम-केयर्स फंड में … रुपये देगी"), sentences
of the corpus day files."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, target_names

events = partial(article_events, dct="2020-03-30")


def _aid_targets(text: str) -> list[list[str]]:
    art, evs = events(text)
    return [target_names(art, e) for e in evs if e.type == "AID"]


def test_the_fund_money_is_given_into_is_the_aids_target() -> None:
    # NT-2020-MAR-30.txt, case 71 of round rv27's judged sample
    found = _aid_targets(
        "लार्सन एंड टुब्रो (एलएंडटी) ने सोमवार को कोरोना वायरस महामारी से लड़ने के लिए पीएम-केयर्स"
        " फंड में 150 करोड़ रुपये देने की घोषणा की ।"
    )
    # its English since round nm1 (the loan words said; the id stood for no English before)
    assert found and all(t == ["PM-CARES fund"] for t in found)


def test_a_donation_into_a_relief_fund_named_after_its_founder_drops_the_participle() -> None:
    # AU-2020-MAR-29.txt: "द्वारा गठित" is a reduced relative, not part of the fund's name
    found = _aid_targets(
        "बॉलीवुड अभिनेता अक्षय कुमार ने प्रधानमंत्री नरेंद्र मोदी द्वारा गठित PM-CARES फंड में 25"
        " करोड़ रुपये दान करने की घोषणा की है ।"
    )
    assert ["PM-CARES फंड"] in found
    assert all("गठित" not in " ".join(t) for t in found)


def test_a_place_or_circumstance_in_a_mein_phrase_is_still_no_target() -> None:
    # negatives: "इस संकट में" is a circumstance; a fund head outside an aid act changes nothing
    assert _aid_targets("इस संकट में कंपनी ने 50 लाख रुपये दान किए हैं ।") == [[]]
    art, evs = events("सरकार ने कोष में कटौती पर रोक लगा दी है ।")
    assert all("कोष" not in " ".join(target_names(art, e)) for e in evs if e.type != "AID")
