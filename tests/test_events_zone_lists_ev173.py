"""Places put into a colour zone with the copula (issue 13, round ev173): a clause that names the
places a red, orange or green zone holds and ends in "है/हैं" is a placement (COERCE zone), set
by the Union health ministry where the paragraph says the list is the Centre's, else by the
state's government; a clause that names none, a condition, a question or a denial is a
description and no event."""

from __future__ import annotations

from hindi_events import article_events, role_names


def zones(text: str, dct: str = "2020-05-02") -> list[tuple[str, list[str], list[str]]]:
    art, evs = article_events(text, dct)
    return [
        (e.trigger, role_names(art, e, "source"), role_names(art, e, "target"))
        for e in evs
        if e.mode == "zone"
    ]


def test_members_after_the_zones_class_noun() -> None:
    # PK-2020-MAY-02 (tuning set Ui, a core COERCE): the red zone's districts, Bihar's list
    found = zones(
        "पटना : बिहार में कोरोना के मामले बढ़े हैं ।\n\nरेड जोन या हॉट स्पॉट जिलों में पटना, मुंगेर,"
        " रोहतास, बक्सर, गया हैं."
    )
    assert len(found) == 1
    _, source, target = found[0]
    assert source == ["Government of Bihar"]
    assert {"Patna", "Munger", "Rohtas", "Buxar"} <= set(target)


def test_members_before_the_zone_on_the_centres_list() -> None:
    # DH-2020-MAY-02 (allowed corpus day file): the Centre's list named in the paragraph
    found = zones(
        "केन्द्र सरकार ने पश्चिम बंगाल के 10 जिलों को रेड जोन की सूची में रखा है । बंगाल के 10 जिले"
        " कोलकाता, हावड़ा, दार्जीलिंग, जलपाईगुडी, कलीमपोंग और मालदा रेड जोन की सूची में हैं ।"
    )
    listed = [f for f in found if f[0].endswith("हैं")]
    assert len(listed) == 1
    assert listed[0][1] == ["Ministry of Health and Family Welfare of India"]
    assert {"Kolkata", "Howrah", "Darjeeling"} <= set(listed[0][2])
    assert "West Bengal" not in listed[0][2]  # the container, not a member


def test_all_districts_of_one_place_and_a_dated_change() -> None:
    # AU-2020-MAY-02: all 11 districts of Delhi, after the health ministry's figures
    found = zones(
        "स्वास्थ्य मंत्रालय के आंकड़ों के मुताबिक शुक्रवार तक देश में रेड जोन की संख्या 130 थी ।"
        " वहीं, राष्ट्रीय राजधानी नई दिल्ली के सभी 11 जिले रेड जोन में हैं ।"
    )
    assert [(s, t) for _, s, t in found] == [(["Ministry of Health and Family Welfare of India"], ["Delhi"])]
    # PK-2020-MAY-12: a town moved between colours, in a Jharkhand paragraph
    found = zones(
        "झारखंड में 11 नये केस के साथ ही कुल कोरोना संक्रमितों की संख्या 173 हो गयी है. वहीं"
        " जमशेदपुर अब ग्रीन जोन से ऑरेंज जोन में शामिल हो गया है.",
        "2020-05-12",
    )
    assert [(s, t) for _, s, t in found] == [(["Government of Jharkhand"], ["Jamshedpur"])]


def test_a_list_after_a_counted_placement_is_its_members_not_a_second_event() -> None:
    # "यानी, …" lists the five districts counted in the sentence before (PK-2020-MAY-04's words)
    found = zones(
        "राज्य के पांच जिला रेड जोन में रखे गये है. यानी, मुंगेर, रोहतास, बक्सर, पटना व गया जिला"
        " रेड जोन में है. बाकी 33 जिला ऑरेंज जोन में हैं."
    )
    assert len(found) == 1
    assert {"Munger", "Rohtas", "Buxar", "Patna"} <= set(found[0][2])


def test_a_restatement_is_no_act_of_its_own() -> None:
    # PK-2020-MAY-04: "यानी" restates the sentence before, which holds the act
    assert (
        zones(
            "पूरे बिहार में दो ही प्रकार के जोन होंगे. यानी, मुंगेर, रोहतास, बक्सर, पटना व गया जिला"
            " रेड जोन में है."
        )
        == []
    )


def test_descriptions_are_no_placement() -> None:
    # counts with no places named (DH-2020-MAY-02, AU-2020-MAY-02)
    assert zones("महाराष्ट्र में 16 जिले ऑरेंज जोन में शामिल हैं ।") == []
    assert zones("उत्तर प्रदेश में सबसे ज्यादा रेड जोन हैं जहां इनकी संख्या 19 है ।") == []
    # a denial and a question (PK-2020-MAY-04, PK-2020-MAY-02)
    assert zones("डीजीपी गुप्तेश्वर पांडेय ने कहा है कि बिहार में कहीं भी ग्रीन जोन नहीं है ।") == []
    assert zones("बिहार का कौन सा जिला किस जोन में पहुंच गया है, इसका निर्धारण केंद्र सरकार ही करेगी ।") == []
    # a condition on a named place, one of many, a zone's attribute (not the clause's predicate)
    assert zones("अगर पटना रेड जोन में है तो वहां कोई छूट नहीं मिलेगी ।") == []
    assert zones("नबी करीम एरिया भी 84 कन्टेनमेंट जोन में से एक है ।") == []
    assert zones("ग्रीन जोन में शामिल रेवाड़ी के सुरक्षा चक्र को महिला ने अपनी लापरवाही से तोड़ा है ।") == []


def test_a_roster_row_with_a_colon_is_no_clause() -> None:
    # PK-2020-MAY-02's table of zones: "ग्रीन जोन : …, सीतामढ़ी और सुपौल शामिल हैं."
    assert (
        zones("ग्रीन जोन : शेखपुरा, अररिया, जमुई, कटिहार, खगड़िया, किशनगंज, सीतामढ़ी और सुपौल शामिल हैं.")
        == []
    )
