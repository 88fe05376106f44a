"""The place a place-wide measure rules when its sentence names none (issue 13, round ev162): a
curfew, "धारा 144" or a lockdown takes the place of its own clause, else its issuer's, else the
story town for an issuer the text places nowhere; never a place the text does not make its own."""

from __future__ import annotations

from hindi_events import article_events, role_names


def targets(text: str, mode: str, dct: str = "2020-04-05") -> list[list[str]]:
    art, evs = article_events(text, dct)
    return [role_names(art, e, "target") for e in evs if e.mode == mode]


def test_an_officers_section_144_rules_the_story_town() -> None:
    # NT-2020-APR-05 (allowed corpus day file, tuning set Uf): the order names its officer only;
    # the report is Noida's (its dateline and headline)
    text = (
        "नोएडा में 14 अप्रैल तक लागू रहेगी धारा 144\n"
        "नोएडा : उत्तर प्रदेश में कोरोना वायरस से सबसे ज्यादा प्रभावित नोएडा हुआ है ।"
        " सुबह अपर पुलिस उपायुक्त (कानून-व्यवस्था) आशुतोष द्विवेदी ने धारा 144 को 30 अप्रैल तक"
        " लागू करने का आदेश जारी किया था ।"
    )
    assert ["residents of Noida"] in targets(text, "curfew")


def test_the_issuers_place_is_the_place_ruled() -> None:
    # AU-2020-MAR-27: a district administration's curfew rules its town
    assert targets(
        "इंदौर में कोरोना वायरस के मरीज सामने आने के बाद प्रशासन ने बुधवार से शहरी सीमा में"
        " लॉकडाउन की जगह कर्फ्यू लागू कर दिया था ।",
        "curfew",
    ) == [["residents of Indore"]]
    # PK-2020-APR-27: a chief minister's lockdown, his state's ("राजधानी" is no KB place)
    assert targets(
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने रविवार को प्रेस कॉन्फ्रेंस करके कहा कि राजधानी"
        " में लॉकडाउन लागू रहेगा.",
        "lockdown",
    ) == [["public of Delhi"]]


def test_the_place_of_its_own_clause_comes_before_the_issuers() -> None:
    # AU-2020-MAR-22: the district with its class word, not the inferred state government's state
    assert targets(
        "महाराष्ट्र के अकोला जिले में 22 से 24 मार्च तक लॉकडाउन करने की घोषणा कर दी गई है ।",
        "lockdown",
    ) == [["residents of Akola"]]


def test_no_place_is_guessed_where_the_text_gives_none() -> None:
    # PK-2020-APR-24: a doctor praises a decision; the lockdown is no act of his, and his
    # hospital's town is no place it rules
    assert targets(
        "‘फोर्टिस एस्कॉर्ट्स' (फरीदाबाद) के पल्मोनोलॉजी विभाग के प्रमुख रवि शेखर झा ने भी सरकार"
        " के लॉकडाउन लगाने के निर्णय की सराहना करते हुए कहा कि यह निर्णय सही समय पर ले लिया गया.",
        "lockdown",
    ) == [[]]
    # a bare district magistrate in a text with no town: whose district is unknown
    assert targets("जिलाधिकारी ने धारा 144 लागू कर दी है ।", "curfew") == [[]]
    # PK-2020-MAR-22: the object written ("बोस्टन शहर को"), unknown to the KB: no other place;
    # since round ta3 the purpose phrase before the trigger is passed and Boston itself is taken
    # (romanised, the KB has no English for it: Boston since round sn2, was Bostan), never Delhi
    found = targets(
        "दिल्ली में पुलिस तैनात है । 19 अप्रैल, 2013 को बोस्टन शहर को आतंकियों की खोज के लिए"
        " लॉकडाउन कर दिया गया था.",
        "lockdown",
    )
    assert found in ([], [[]], [["Boston"]])
    assert not any("Delhi" in name for names in found for name in names)
