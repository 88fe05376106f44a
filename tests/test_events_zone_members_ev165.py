"""What a zone declaration or a border seal rules when its own clause names nothing (issue 13,
round ev165): a zone's counted receivers are the places the next sentence of the paragraph lists,
where it points back or names the same zone; bare borders sealed by an officer are the story
town's district's."""

from __future__ import annotations

from hindi_events import article_events, role_names


def targets(text: str, mode: str, dct: str = "2020-04-30") -> list[list[str]]:
    art, evs = article_events(text, dct)
    return [role_names(art, e, "target") for e in evs if e.mode == mode]


def test_zone_members_listed_in_the_next_sentence_naming_the_zone() -> None:
    # DH-2020-MAY-02 (allowed corpus day file): four states counted, listed by "इनमें … रेड जोन"
    found = targets(
        "पश्चिम बंगाल के अलावा केवल चार राज्य ऐसे हैं जिन्हें 'डबल फीगर' वाले रेड जोन की सूची में"
        " रखा गया है । इनमें उत्तर प्रदेश के 19 क्षेत्र, महाराष्ट्र के 14, तमिलनाडु के 12 और दिल्ली"
        " के 11 क्षेत्र रेड जोन के अंतर्गत आते हैं ।",
        "zone",
    )
    assert found and {"Uttar Pradesh", "Maharashtra", "Tamil Nadu"} <= set(found[0])


def test_zone_members_listed_after_a_pointer() -> None:
    # DJ-2020-ARP-30 (tuning set Ug): "ये हैं …" lists the five districts counted before
    found = targets(
        "असम में बंगाइगांव के अलावा पांच और जिले हैं जिन्हें रेड जोन घोषित किया गया है । ये हैं"
        " गोलाघाट, नलबाड़ी, धुबरी, गोलपारा और मोरिगांव ।",
        "restrict",
    )
    assert found and "Golaghat" in found[0]


def test_no_members_from_another_paragraph_or_another_zone() -> None:
    # the list in the next paragraph: no member
    assert targets(
        "असम में पांच और जिले हैं जिन्हें रेड जोन घोषित किया गया है ।\n\nये हैं गोलाघाट, नलबाड़ी,"
        " धुबरी, गोलपारा और मोरिगांव ।",
        "restrict",
    ) in ([], [[]])
    # PK-2020-MAY-04: counted, but the next sentence names another zone and no places
    assert targets("राज्य के पांच जिला रेड जोन में रखे गये है. बाकी सभी जिले ओरेंज जोन में हैं.", "zone") in (
        [],
        [[]],
    )


def test_bare_borders_sealed_by_an_officer_are_the_story_towns() -> None:
    # AU-2020-MAR-23 (tuning set Uk): the district magistrate of the Varanasi report
    found = targets(
        "कोरोना वायरस के संक्रमण से बचाव के लिए वाराणसी में लॉकडाउन किया गया है ।"
        " जिलाधिकारी कौशल राज शर्मा ने बताया कि बॉर्डर सील रहेंगे ।",
        "seal",
        "2020-03-23",
    )
    assert ["borders of Varanasi district"] in found


def test_borders_with_an_owner_or_no_town_get_no_town() -> None:
    # PK-2020-MAR-09's construction: the borders' owner written ("दोनों देशों की सीमाओं")
    found = targets(
        "कोरोना वायरस से बचाव के लिए वाराणसी में लॉकडाउन किया गया है । जिलाधिकारी कौशल राज शर्मा"
        " ने बताया कि दोनों देशों की सीमाओं को सील कर दिया गया है ।",
        "seal",
        "2020-03-23",
    )
    assert found == [["borders"]]
    # no town in the text: whose district is unknown
    assert targets("जिलाधिकारी कौशल राज शर्मा ने बताया कि बॉर्डर सील रहेंगे ।", "seal", "2020-03-23") == [
        ["borders"]
    ]
