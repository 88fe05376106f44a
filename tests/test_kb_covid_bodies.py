"""Round kb28 (issue 13, KB and actor-dictionary coverage): the bodies and groups the 2020
COVID-era Hindi news names and khabar left with no English name (counted over the allowed corpus
day files): hospitals and medical colleges of the Hindi states, the vaccine makers, other
spellings of the ICMR and Congress, the traders' and residents' associations.
Sentences written like the 2020 news (not copied from any gold); negatives: a short form two
bodies share, an everyday word, a place that shares a hospital's name."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str, dct: str = "2020-04-11") -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return list(art.events)


def linked(text: str, dct: str = "2020-04-11") -> set[str]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities"]))
    return {m.entity_id for m in art.mentions if m.entity_id}


def sources(text: str) -> list[str]:
    return [s for e in events(text) for s in e.source]


# ---- hospitals and medical colleges ----------------------------------------------------------


def test_a_hospital_of_the_state_capital_is_the_source_with_its_english_name() -> None:
    assert "kb:org/rims-ranchi" in sources(
        "रांची । रिम्स ने कोरोना वार्ड में तैनात सभी डॉक्टरों की छुट्टियां रद्द कर दी हैं ।"
    )
    ids = linked(
        "नई दिल्ली । सफदरजंग अस्पताल और राम मनोहर लोहिया अस्पताल में जांच के नमूने भेजे गए । लखनऊ"
        " के केजीएमयू में भी जांच शुरू हुई ।"
    )
    assert {"kb:org/safdarjung-hospital", "kb:org/rml-hospital", "kb:org/kgmu"} <= ids


def test_patnas_institutes_link_by_their_short_forms() -> None:
    ids = linked(
        "पटना । संदिग्धों के नमूने आरएमआरआई भेजे गए, जबकि दो मरीजों को एनएमसीएच में भर्ती कराया गया ।"
    )
    assert {"kb:org/rmri", "kb:org/nmch-patna"} <= ids


def test_a_short_form_two_hospitals_share_links_neither() -> None:
    # पीएमसीएच is Patna's and Dhanbad's, bare पीजीआई Chandigarh's and Lucknow's
    ids = linked("धनबाद । 17 सैंपल पीएमसीएच में लंबित हैं । एक मरीज को पीजीआई भेजा गया ।")
    assert not any(i.startswith("kb:org/") for i in ids)
    assert "kb:org/pgimer" in linked("चंडीगढ़ । पीजीआई चंडीगढ़ ने प्लाज्मा थेरेपी का परीक्षण शुरू किया ।")


def test_a_place_named_like_a_hospital_is_no_hospital() -> None:
    ids = linked("नई दिल्ली । सफदरजंग एन्क्लेव में एक परिवार के तीन लोग संक्रमित पाए गए ।")
    assert "kb:org/safdarjung-hospital" not in ids


# ---- companies, movements, spellings ---------------------------------------------------------


def test_vaccine_makers_link() -> None:
    ids = linked("हैदराबाद । भारत बायोटेक और पुणे के सीरम इंस्टीट्यूट ने टीके का परीक्षण शुरू किया ।")
    assert {"kb:org/bharat-biotech", "kb:org/serum-institute"} <= ids


def test_the_members_of_a_movement_stay_the_screenings_target() -> None:
    # the Tablighi Jamaat is left to the glossary (a modifier): linked, the body took the place
    # of its members and the screening ("जांच") read as a probe of it
    evs = events(
        "नई दिल्ली । गृह मंत्रालय ने बताया कि अब तक 200 तबलीगी जमात के कार्यकर्ताओं की जांच कर"
        " उन्हें क्वारंटाइन में भेजा गया है ।"
    )
    assert not any(e.type == "ACCUSE" for e in evs)
    assert not any(i.startswith("kb:org/") for i in linked("दिल्ली । तबलीगी जमात के कार्यक्रम के बाद मामले बढ़े ।"))


def test_other_spellings_of_the_icmr_and_congress() -> None:
    evs = events("नई दिल्ली । भारतीय चिकित्सा अनुसंधान परिषद ने राज्यों से रैपिड टेस्ट रोकने को कहा ।")
    assert evs and evs[0].source == ["actor:Indian Council of Medical Research"]
    evs = events("लखनऊ । कांग्रेस पार्टी ने सरकार से मजदूरों को घर भेजने की मांग की ।")
    assert evs and evs[0].source == ["actor:Indian National Congress"]
    assert evs[0].codes["actor:Indian National Congress"] == "IND PTY"
    # a Congress leader is still the leader, not the party
    evs = events("लखनऊ । कांग्रेस नेता ने सरकार से मजदूरों को घर भेजने की मांग की ।")
    assert evs and evs[0].source != ["actor:Indian National Congress"]


# ---- associations that speak for a town ------------------------------------------------------


def test_a_towns_traders_association_is_an_actor_with_its_place() -> None:
    evs = events("गोरखपुर । उद्योग व्यापार मंडल ने सभी दुकानें बंद रखने का निर्णय लिया ।")
    assert evs and evs[0].source == ["actor:Gorakhpur traders' association"]
    assert evs[0].codes["actor:Gorakhpur traders' association"] == "IND-Gorakhpur BUS"


def test_trade_the_word_is_no_association() -> None:
    evs = events("कानपुर । लॉकडाउन से व्यापार में भारी गिरावट आई है, मंडल के व्यापारी परेशान हैं ।")
    assert not any("association" in s for e in evs for s in e.source + e.target)


def test_a_residents_welfare_association_is_an_actor() -> None:
    evs = events("नोएडा । सेक्टर 62 की आरडब्ल्यूए ने बाहरी लोगों के प्रवेश पर रोक लगा दी ।")
    assert any("resident welfare association" in s for e in evs for s in e.source)


def test_institutes_of_a_city_link_and_a_longer_word_holds_no_short_form() -> None:
    ids = linked(
        "आगरा । एसएन मेडिकल कॉलेज के नमूने पुणे के नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी भेजे गए । आइआइटी"
        " रुड़की ने सस्ती जांच किट बनाई ।"
    )
    assert {"kb:org/sn-medical-college", "kb:org/niv-pune", "kb:org/iit-roorkee"} <= ids
    # सीबीएसई (the school board) is no बीएसई (the stock exchange)
    assert "kb:org/bse" not in linked("नई दिल्ली । सीबीएसई ने बोर्ड परीक्षाएं 31 मार्च तक स्थगित कर दीं ।")
    assert "kb:org/bse" in linked("मुंबई । बीएसई में सूचीबद्ध कंपनियों के शेयर गिरे ।")
