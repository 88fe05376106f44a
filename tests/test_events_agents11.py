"""Issue 13, round ev78: groups of residents are actors ("Groups and offices are valid actors").
Sentences are written like the news, not taken from the gold.

1. The "-वासी" compounds of a town or area word (नगरवासियों, कस्बेवासियों, क्षेत्रवासियों,
   जिलावासियों) and "<area> के लोगों" name the residents of the town the story is about, as
   "स्थानीय लोगों" and "शहरवासियों" do: the agents of a demand, the public an appeal is made to.
2. They are no agents of orders: a residents' demand that something be sealed is no seal.
3. A foreign people by its plural demonym (इस्राइलियों, इटलीवासियों) is a group of that country
   ("Israelis", "Italians"), not its government nor a bare text.
4. A demand in the copula ending in कि ("X की मांग है कि …") holds its own verb: a negation in
   the complement ("… नहीं खोली जाएं") does not deny the demand.
5. A civilian group gives no orders: people who stop doing something ("लोगों ने … खाना बंद कर
   दिया") or residents who seal their lane make no COERCE; their demands and attacks stay."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-20")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_town_residents_demand_in_the_copula() -> None:
    art = analysed(
        "मुजफ्फरपुर में लॉकडाउन के कारण परेशानी बढ़ी है । नगरवासियों की मांग है कि बैंक और दवा की "
        "दुकानें भी कुछ घंटों के लिए खोली जाएं ।"
    )
    asked = _of(art, "REQUEST")
    assert asked and asked[0].source == ["actor:residents of Muzaffarpur"]


def test_area_residents_demand_of_the_administration() -> None:
    art = analysed("धनबाद में क्षेत्रवासियों ने प्रशासन से मोहल्ले को सैनिटाइज करने की मांग की ।")
    asked = _of(art, "REQUEST")
    assert asked and asked[0].source == ["actor:residents of Dhanbad"]
    assert not _of(art, "COERCE")


def test_people_of_the_area_demand() -> None:
    art = analysed("रांची में इलाके के लोगों ने प्रशासन से राशन पहुंचाने की मांग की ।")
    asked = _of(art, "REQUEST")
    assert asked and asked[0].source == ["actor:residents of Ranchi"]


def test_district_residents_are_the_public_of_an_appeal() -> None:
    art = analysed("जिलाधिकारी ने जिलावासियों से घरों में रहने की अपील की है ।")
    asked = _of(art, "REQUEST")
    assert asked and asked[0].target and "residents" in asked[0].target[0]


def test_a_foreign_people_demand_of_their_government() -> None:
    art = analysed("तेल अवीव में सैकड़ों इस्राइलियों ने सरकार से राहत पैकेज की मांग की ।")
    asked = _of(art, "REQUEST")
    assert asked and asked[0].source == ["actor:Israelis"]


def test_a_foreign_people_told_by_their_government() -> None:
    art = analysed(
        "रोम में इटली की सरकार ने इटलीवासियों को लंबे लॉकडाउन के लिए तैयार रहने को कहा है ।"
    )
    told = _of(art, "REQUEST")
    assert told and told[0].source == ["actor:Government of Italy"]
    assert told[0].target == ["actor:Italians"]


def test_a_negation_in_the_demand_does_not_deny_it() -> None:
    art = analysed("पटना में नगरवासियों की मांग है कि शराब की दुकानें नहीं खोली जाएं ।")
    asked = _of(art, "REQUEST")
    assert asked and asked[0].modality == "happened"
    assert asked[0].source == ["actor:residents of Patna"]


def test_people_who_stop_doing_something_give_no_order() -> None:
    art = analysed("संक्रमण के डर से शहर के लोगों ने बाहर का खाना खाना बंद कर दिया है ।")
    assert not _of(art, "COERCE")


def test_residents_sealing_their_lane_is_no_order_but_their_attack_stays() -> None:
    art = analysed("भागलपुर में मोहल्लेवासियों ने गली को सील कर दिया ।")
    assert not _of(art, "COERCE")
    art = analysed("गांव में ग्रामीणों ने जांच करने पहुंची स्वास्थ्य टीम पर हमला कर दिया ।")
    attack = _of(art, "ASSAULT")
    assert attack and attack[0].source and "villagers" in attack[0].source[0]
