"""Issue 13, round et1 (empty targets whose party stands in the same sentence): the people's
genitive before two joined acts of an order's complement is whom the order is about
(:func:`khabar.events.joined_acts.joined_genitive`), also when the sentence writes no agent
(:func:`khabar.events.joined_acts.ordered_infinitive`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-29")


def _orders(text: str) -> tuple[list[Event], list[list[str]], list[str]]:
    art = analysed(text)
    evs = [e for e in art.events if e.type == "COERCE" and e.mode == "order"]
    spans = [art.text[a.start : a.end] for e in evs for a in e.arguments if a.role == "target"]
    return evs, [target_names(art, e) for e in evs], spans


def test_citizens_watched_and_checked() -> None:
    # DJ-2020-MAR-29.txt (the tuning set Vr-Vv's order; its issuer is named a sentence before)
    text = (
        "इसके साथ ही प्रदेश में एक मार्च के बाद से आए हर नागरिक की निगरानी और हेल्थ जांच करने"
        " का निर्देश दिया ।"
    )
    [_], _, spans = _orders(text)
    assert spans == ["हर नागरिक"]


def test_joined_acts_with_an_agent() -> None:
    # written: two acts joined, the order's agent written
    [_], [names], spans = _orders(
        "मुख्यमंत्री ने जिले में लौटे सभी मजदूरों की स्क्रीनिंग और जांच कराने के निर्देश दिए ।"
    )
    assert spans == ["सभी मजदूरों"]
    assert names == ["all workers"]


def test_needs_met_are_no_act_on_people() -> None:
    # written: "मांग और जरूरत पूरी करने" meets the people's needs, no act falls on them
    evs, names, _ = _orders("मुख्यमंत्री ने लोगों की मांग और जरूरत पूरी करने का निर्देश दिया ।")
    assert evs and names == [[]]


def test_beneficiary_is_no_genitive_of_the_acts() -> None:
    # written: "सभी के लिए": for whom, the compound postposition ends the act phrase
    evs, names, _ = _orders("मुख्यमंत्री ने सभी के लिए जांच और इलाज करने का निर्देश दिया ।")
    assert evs and names == [[]]


def test_demand_for_employees_keeps_no_target() -> None:
    # AU-2020-MAR-10.txt (with a written agent): whom the masks are for is not whom it asks
    art = analysed("कर्मचारियों ने सभी कर्मियों के लिए सेनिटाइजर और मास्क देने की मांग भी उठाई ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert not ev.target


def test_one_act_in_three_words_is_not_read() -> None:
    # DH-2020-ARP-16.txt: one act ("जमानत रद्द करने") stays beyond the one-act reach; the
    # demand is made of the court, not of the accused: since round tg9 the court the appeal is
    # filed with is its target (:mod:`khabar.events.filed_with`)
    art = analysed(
        "फिर दिल्ली पुलिस ने सत्र अदालत में अपील दाखिल कर आरोपी की जमानत रद्द करने की मांग की ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.target == ["actor:sessions court"]


def test_comma_joins_no_acts() -> None:
    # NT-2020-MAR-13.txt (a headline): the comma ends a clause, no joined acts
    art = analysed(
        "कर्नाटक: कोरोना वायरस से मरने वाले शख्स के संपर्क में आए 30 लोगों की पहचान, कड़ी निगरानी"
        " में रखा गया"
    )
    assert all(not e.target for e in art.events if e.type == "COERCE")


def test_ordered_act_without_agent() -> None:
    # written after DJ-2020-MAR-29.txt: one act, no agent written; the genitive before "जांच
    # करने का" is the act's object all the same
    [_], _, spans = _orders("इसके साथ ही बाहर से आए सभी लोगों की जांच करने का निर्देश दिया ।")
    assert spans == ["बाहर से आए सभी लोगों"]
