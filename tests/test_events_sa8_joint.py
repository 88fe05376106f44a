"""Issue 13, round sa8 (targets at the wrong level): an act that several states take together
binds each state's public and things in all of them, not in the first state named
(:func:`khabar.events.jurisdictions.joint_places`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.events.jurisdictions import joined_place, joint_places

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-03-22")


def _targets(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in events_of(art, "COERCE") if e.trigger == trigger]
    return target_names(art, ev)


# DJ-2020-MAR-22.txt
_LOCKDOWNS = "राजस्थान, पंजाब, उत्‍तराखंड, आंध्र प्रदेश, तेलंगाना, जम्‍मू कश्‍मीर और बिहार ने भी लॉक डाउन की घोषणा की है ।"
# AU-2020-MAR-13.txt
_EPIDEMIC = "हरियाणा और दिल्ली सरकार ने एहतियात बरतते हुए इसे महामारी घोषित कर दिया है ।"


def test_several_states_lockdown_binds_each_states_public() -> None:
    got = _targets(_LOCKDOWNS, "लॉक डाउन")
    assert got[:2] == ["public of Rajasthan", "public of Punjab"]
    assert "public of Bihar" in got and len(got) == 7


def test_two_governments_declaration_binds_both_publics() -> None:
    assert _targets(_EPIDEMIC, "महामारी घोषित") == ["public of Haryana", "public of Delhi"]


def test_several_states_closure_is_of_things_in_all_of_them() -> None:
    # written after DJ-2020-MAR-13.txt's list of eight states
    text = "दिल्ली, हरियाणा और बिहार ने गुरुवार को राज्यों में तमाम स्कूलों और कॉलेजों को बंद करने का ऐलान कर दिया ।"
    assert _targets(text, "बंद") == ["all schools and colleges in Delhi, Haryana and Bihar"]


def test_one_state_keeps_its_own_public_and_place() -> None:
    assert _targets("पंजाब सरकार ने लॉकडाउन की घोषणा की है ।", "लॉकडाउन") == ["public of Punjab"]
    text = "बिहार सरकार ने गुरुवार को राज्य में तमाम स्कूलों और कॉलेजों को बंद करने का ऐलान कर दिया ।"
    assert _targets(text, "बंद") == ["all schools and colleges in Bihar"]


def test_joint_places_only_of_several_places_below_the_country() -> None:
    assert joint_places([("Haryana", True), ("Delhi", True)]) == ["Haryana", "Delhi"]
    assert joint_places([("Maharashtra", True), ("Maharashtra", True)]) == []  # a CM and his state
    assert joint_places([("India", False), ("Delhi", True)]) == []  # the Centre and a state
    assert joint_places([("Italy", False), ("Spain", False)]) == []
    assert joined_place(["Delhi", "Bihar", "Manipur"]) == "Delhi, Bihar and Manipur"
    assert joined_place(["Delhi"]) == "Delhi"
