"""Issue 13, round ta14 (targets): a threatened action whose condition names the offender as
"कोई (भी) <people>" and points at him after "तो" ("तो उस पर", "तो उसके खिलाफ") takes that
phrase as its target (:func:`khabar.events.condition_offenders.condition_offenders`). Real
sentences (the allowed corpus day files named) and written negatives."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-21")


def _threat(text: str, dct: str = "2020-04-21") -> tuple[Article, Event]:
    art = analysed(text, dct)
    [ev] = events_of(art, "THREATEN")
    return art, ev


def test_anyone_who_obstructs_health_workers_is_threatened() -> None:
    # AU-2020-ARP-21.txt (the tuning set Vi: the health workers' attackers, "कोई भी व्यक्ति")
    text = (
        "मुख्यमंत्री नवीन पटनायक ने कहा कि अगर कोई भी व्यक्ति उनके काम में खलल डालेगा या अपमान"
        " करेगा तो उसके खिलाफ कड़ी आपराधिक कार्रवाई की जाएगी ।"
    )
    art, ev = _threat(text)
    assert ev.target == ["text:कोई भी व्यक्ति"]
    assert role_names(art, ev, "target") == ["anyone"]
    [arg] = [a for a in ev.arguments if a.role == "target_antecedent"]
    assert art.text[arg.start : arg.end] == "कोई भी व्यक्ति"  # its words are the evidence


def test_anyone_found_roaming_after_then_on() -> None:
    # AU-2020-ARP-05.txt (the tuning set Vn): "तो उस पर", the pointer round ev208 keeps
    text = (
        "भोपाल जिला प्रशासन ने कहा कि अगर कोई भी व्यक्ति घूमता पाया जाएगा तो उस पर कानूनी"
        " कार्रवाई की जाएगी ।"
    )
    art, ev = _threat(text, "2020-04-05")
    assert ev.target == ["text:कोई भी व्यक्ति"]


def test_a_trader_in_the_condition_is_the_target() -> None:
    # AU-2020-MAR-16.txt: a people noun other than "व्यक्ति" keeps its own English
    text = (
        "मुख्यमंत्री ने कहा कि प्रदेश में यदि कोई भी व्यापारी सेनिटाइजर और मास्क की कालाबाजारी"
        " करता है तो उसके खिलाफ खाद्य वस्तु अधिनियम के तहत कड़ी कार्रवाई की जाएगी ।"
    )
    art, ev = _threat(text, "2020-03-16")
    assert ev.target == ["text:कोई भी व्यापारी"]
    assert role_names(art, ev, "target") == ["traders"]


def test_no_offender_in_the_condition_leaves_the_threat_alone() -> None:
    # negatives, written: the condition names a thing, or names no one with "कोई"
    text = "पुलिस ने चेतावनी दी कि यदि कोई दुकान खुली मिली तो उसके खिलाफ कड़ी कार्रवाई की जाएगी ।"
    art = analysed(text)
    assert all("text:कोई दुकान" not in e.target for e in art.events)
    text = "जिलाधिकारी ने कहा कि अगर आदेश का पालन नहीं हुआ तो उस पर कानूनी कार्रवाई की जाएगी ।"
    art = analysed(text)
    assert all(not any(t.startswith("text:कोई") for t in e.target) for e in art.events)


def test_an_offender_outside_the_condition_is_not_taken() -> None:
    # negative, written: "कोई" in an earlier clause, cut from the condition by "कि"
    text = (
        "कोई भी व्यक्ति बाहर न निकले, प्रशासन ने कहा कि अगर नियम टूटा तो उस पर कानूनी कार्रवाई की जाएगी ।"
    )
    art = analysed(text)
    assert all(not any(t.startswith("text:कोई") for t in e.target) for e in art.events)
