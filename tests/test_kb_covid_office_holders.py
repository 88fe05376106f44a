"""Round kb27 (issues 13 and 17, KB coverage): the people the 2020 COVID-era Hindi news names most
often and the KB did not know (counted over the allowed corpus day files), so that they link, get
the English name the press uses and, where they held an office on the day, the government's code.
Sentences written like the 2020 news (not copied from any gold); negatives: a common surname alone,
a bare title, a day after the office was left."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str, dct: str = "2020-04-11") -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return list(art.events)


def names(text: str, dct: str = "2020-04-11") -> dict[str, str]:
    """Mention text -> entity id of the linked mentions."""
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities"]))
    return {m.text: m.entity_id for m in art.mentions if m.entity_id}


def linked(text: str, dct: str = "2020-04-11") -> set[str]:
    return set(names(text, dct).values())


# ---- Union officials of the briefings and heads of national bodies --------------------------


def test_the_health_ministrys_joint_secretary_is_the_government_of_india() -> None:
    evs = events(
        "नई दिल्ली । स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने राज्यों से जांच की रफ्तार"
        " बढ़ाने की अपील की ।"
    )
    assert evs and evs[0].source == ["kb:person/lav-agarwal"]
    assert evs[0].codes.get("kb:person/lav-agarwal") == "IND GOV"


def test_a_common_surname_alone_links_no_official() -> None:
    # अग्रवाल, भल्ला, पॉल are family names of many: no short form
    ids = linked("मेरठ । व्यापारी नेता अग्रवाल और समाजसेवी भल्ला ने प्रशासन से दुकानें खोलने की मांग की ।")
    assert not any(i.startswith("kb:person/") for i in ids)


def test_a_bare_joint_secretary_is_never_resolved() -> None:
    ids = linked("नई दिल्ली । संयुक्त सचिव ने राज्यों से जांच की रफ्तार बढ़ाने की अपील की ।")
    assert not any(i.startswith("kb:person/") for i in ids)


def test_an_unambiguous_surname_and_every_spelling_of_a_scientist() -> None:
    ids = linked(
        "नई दिल्ली । आईसीएमआर के वैज्ञानिक डॉ. आर गंगाखेडकर ने कहा कि रैपिड टेस्ट किट की जांच"
        " होगी । बाद में गंगाखेड़कर ने बताया कि नमूने बढ़ाए गए हैं ।"
    )
    assert "kb:person/raman-gangakhedkar" in ids
    assert "kb:person/rajiv-gauba" in linked("नई दिल्ली । गौबा ने राज्यों के मुख्य सचिवों से बात की ।")


def test_the_scientific_adviser_without_his_initial() -> None:
    # no alias opens with the initial "के" (a postposition too): the name alone links
    found = names("नई दिल्ली । वैज्ञानिक सलाहकार विजय राघवन ने टीके पर काम की जानकारी दी ।")
    assert found.get("विजय राघवन") == "kb:person/k-vijayraghavan"


def test_cabinet_secretary_in_office_and_after() -> None:
    evs = events(
        "नई दिल्ली । कैबिनेट सचिव राजीव गौबा ने शनिवार को सभी राज्यों के मुख्य सचिवों को जिलों की"
        " सीमाएं सील करने का निर्देश दिया ।"
    )
    assert evs and evs[0].source == ["kb:person/rajiv-gauba"]
    assert evs[0].codes.get("kb:person/rajiv-gauba") == "IND GOV"
    evs = events(
        "नई दिल्ली । राजीव गौबा ने एक कार्यक्रम में युवाओं से सेवा के क्षेत्र में आने की अपील की ।",
        dct="2025-02-11",
    )
    assert evs and evs[0].source == ["kb:person/rajiv-gauba"]
    assert evs[0].codes.get("kb:person/rajiv-gauba") != "IND GOV"


# ---- state ministers, chief ministers, governors --------------------------------------------


def test_a_state_health_minister_is_the_states_government_while_in_office() -> None:
    evs = events(
        "नई दिल्ली । दिल्ली के स्वास्थ्य मंत्री सत्येंद्र जैन ने सभी निजी अस्पतालों को बिस्तर आरक्षित"
        " रखने का आदेश दिया ।"
    )
    assert evs and evs[0].source == ["kb:person/satyendar-jain"]
    assert evs[0].codes.get("kb:person/satyendar-jain") == "IND-NCT_of_Delhi GOV"
    # after he left office (2023-02-28) the party man is no government
    evs = events(
        "नई दिल्ली । आप नेता सत्येंद्र जैन ने भाजपा पर झूठ फैलाने का आरोप लगाया ।", dct="2023-06-11"
    )
    assert evs and evs[0].source == ["kb:person/satyendar-jain"]
    assert "kb:person/satyendar-jain" not in evs[0].codes


def test_a_bare_health_minister_is_never_resolved_to_a_state_minister() -> None:
    ids = linked("नई दिल्ली । स्वास्थ्य मंत्री ने सभी निजी अस्पतालों को बिस्तर आरक्षित रखने को कहा ।")
    assert not any(i.startswith("kb:person/") for i in ids)


def test_a_states_chief_minister_by_title_on_a_day_of_2020() -> None:
    evs = events("पणजी । गोवा के मुख्यमंत्री ने राज्य की सीमाएं सील करने का आदेश दिया ।")
    assert evs and evs[0].source == ["kb:person/pramod-sawant"]
    assert evs[0].codes.get("kb:person/pramod-sawant") == "IND-Goa GOV"
    # a term known to have run: Kerala's chief minister of 2020
    assert "kb:person/pinarayi-vijayan" in linked(
        "तिरुवनंतपुरम । केरल के मुख्यमंत्री ने लोगों से घरों में रहने की अपील की ।"
    )


def test_a_deputy_chief_minister_is_not_the_prime_minister() -> None:
    evs = events(
        "पटना । उपमुख्यमंत्री सुशील मोदी ने व्यापारियों से जमाखोरी न करने की अपील की ।"
    )
    assert evs and evs[0].source == ["kb:person/sushil-kumar-modi"]
    assert evs[0].codes.get("kb:person/sushil-kumar-modi") == "IND-Bihar GOV"


def test_an_initial_of_a_kb_name_is_never_swept_as_the_person() -> None:
    found = names(
        "बेंगलुरु । कर्नाटक के स्वास्थ्य मंत्री बी श्रीरामुलु ने कहा कि जांच बढ़ेगी । सरकार ने कहा कि"
        " ग्रुप बी, सी व डी के आधे कर्मचारी दफ्तर आएंगे ।"
    )
    assert found.get("बी श्रीरामुलु") == "kb:person/b-sriramulu"
    assert "बी" not in found


# ---- officials of the states ----------------------------------------------------------------


def test_a_state_officer_links_and_keeps_the_title_code() -> None:
    evs = events(
        "लखनऊ । अपर मुख्य सचिव गृह अवनीश अवस्थी ने बताया कि अफवाह फैलाने वालों पर कार्रवाई"
        " की जाएगी ।"
    )
    assert evs and evs[0].source == ["kb:person/awanish-kumar-awasthi"]
    # a common surname alone is still no link
    assert "kb:person/awanish-kumar-awasthi" not in linked(
        "कानपुर । व्यापारी अवस्थी ने दुकान खोलने की अनुमति मांगी ।"
    )


def test_a_police_chief_coded_by_his_title_leaves_the_public_of_his_state() -> None:
    # the DGP is a KB person with no office of a place: the public his ban binds is the state's
    # the report is about, not the country's his title code holds by default
    evs = events(
        "पटना । बिहार सरकार ने राज्य में लॉकडाउन 17 मई तक बढ़ा दिया है । इस बीच गृह विभाग के"
        " प्रधान सचिव और डीजीपी गुप्तेश्वर पांडेय ने साफ कर दिया कि किसी भी जिले में कोई छूट"
        " नहीं है ।",
        dct="2020-05-03",
    )
    [ban] = [e for e in evs if e.source == ["kb:person/gupteshwar-pandey"]]
    assert [a.en for a in ban.arguments if a.role == "target_inferred"] == ["public of Bihar"]


def test_a_world_bodys_chief_appeals_to_no_countrys_public() -> None:
    evs = events(
        "न्यूयॉर्क । संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने दुनिया भर में युद्धविराम की अपील की ।"
    )
    assert evs and evs[0].source == ["kb:person/antonio-guterres"]
    assert not any(a.en == "public of India" for a in evs[0].arguments)


# ---- public figures and foreign office-holders ----------------------------------------------


def test_the_tablighi_leader_by_name_and_by_his_unambiguous_surname() -> None:
    evs = events(
        "नई दिल्ली । दिल्ली पुलिस ने तबलीगी जमात के प्रमुख मौलाना साद के खिलाफ मुकदमा दर्ज किया ।"
        " कांधलवी ने अपने समर्थकों से जांच में सहयोग करने की अपील की ।",
        dct="2020-04-02",
    )
    assert [e.target for e in evs if e.type == "COERCE"] == [["kb:person/maulana-saad"]]
    assert [e.source for e in evs if e.type == "REQUEST"] == [["kb:person/maulana-saad"]]
    # the given name alone is anybody's
    assert "kb:person/maulana-saad" not in linked(
        "लखनऊ । कारोबारी साद ने प्रशासन से दुकान खोलने की अनुमति मांगी ।"
    )


def test_a_singer_links_but_is_no_states_actor() -> None:
    evs = events(
        "लखनऊ । पुलिस ने गायिका कनिका कपूर के खिलाफ लापरवाही का मुकदमा दर्ज किया ।", dct="2020-03-21"
    )
    assert evs and evs[0].target == ["kb:person/kanika-kapoor"]
    assert "kb:person/kanika-kapoor" not in evs[0].codes


def test_a_foreign_office_by_title_on_a_day_of_2020_and_not_after() -> None:
    assert "kb:person/mike-pence" in linked(
        "वाशिंगटन । अमेरिकी उपराष्ट्रपति ने राज्यों के गवर्नरों से बात की ।"
    )
    assert "kb:person/mike-pence" not in linked(
        "वाशिंगटन । अमेरिकी उपराष्ट्रपति ने राज्यों के गवर्नरों से बात की ।", dct="2022-04-11"
    )
