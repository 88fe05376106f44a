"""Targets, round tg7 (issue 13): the party of an act told as a noun that the role reader passes
over, written in the trigger's own sentence.

Kind 1: a visit whose visitor is an unmarked subject ("टीमें कुछ राज्यों का दौरा कर … लेंगी",
"दल कुछ जिलों का तीन घंटे तक दौरा करेंगे"): the genitive before the visit noun is the place
visited; never a duration, a visitor's genitive with no subject before it, nor a visit with a
ने-agent elsewhere in its clause. Kind 2: a praise or a criticism after a converb of calling
("आगरा को रोल मॉडल बताकर तारीफ की"): the one called so is the one judged; never one merely told
(no complement), a pronoun, nor a judgement with no converb."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, target_names
from khabar.model import Event

events = partial(article_events, dct="2020-04-21")


def _targets(text: str, etype: str) -> list[list[str]]:
    art, evs = events(text)
    return [target_names(art, e) for e in evs if e.type == etype]


def _target_words(text: str, etype: str) -> list[list[str]]:
    _, evs = events(text)
    return [_words(e) for e in evs if e.type == etype]


def _words(ev: Event) -> list[str]:
    return [a.text for a in ev.arguments if a.role == "target"]


# corpus day file PK-2020-APR-21 (allowed): the central teams' visit, told in the future
_TEAMS = "फिलहाल केंद्र की विशेष टीमें कुछ राज्यों का दौरा कर वहां के हालात का जायजा लेंगी."
# corpus day file PK-2020-APR-22 (allowed): a duration between the genitive and the visit noun
_TEAM = (
    "तृणमूल कांग्रेस के सांसद डेरेक ओ ब्रायन ने दावा किया कि पश्चिम बंगाल की मुख्यमंत्री को "
    "बताया गया कि केन्द्रीय दल कुछ जिलों का तीन घंटे तक दौरा करेंगे."
)
# corpus day file DJ-2020-ARP-12 (allowed): Agra called a role model, twice
_MODEL = (
    "शनिवार को स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने नई दिल्ली में प्रेसवार्ता के "
    "दौरान आगरा को रोल मॉडल बताकर तारीफ की ।"
)
_MODEL_AGAIN = "संयुक्त सचिव ने आगरा को रोल मॉडल मानते हुए खुलकर तारीफ की ।"


def test_an_unmarked_visitor_visits_the_genitive() -> None:
    assert _target_words(_TEAMS, "CONSULT") == [["कुछ राज्यों"]]


def test_a_duration_may_stand_between_the_place_and_the_visit() -> None:
    assert _target_words(_TEAM, "CONSULT") == [["कुछ जिलों"]]


def test_a_day_before_the_place_visited_is_when() -> None:
    found = _target_words("राज्यपाल ने कहा कि मंत्री कल जिला अस्पताल का दौरा करेंगे.", "CONSULT")
    assert found == [["जिला अस्पताल"]]


def test_a_duration_is_no_place_visited() -> None:
    assert _target_words("केंद्रीय टीम कुछ दिनों का दौरा करेगी.", "CONSULT") == [[]]


def test_a_visit_with_no_light_verb_keeps_its_reading() -> None:
    # the genitive is the visitor ("मोदी का बेल्जियम दौरा"): the country stays what is visited
    found = _targets("प्रधानमंत्री मोदी का बेल्जियम दौरा तय हो गया है.", "CONSULT")
    assert found == [["Belgium"]]


def test_people_are_no_place_visited() -> None:
    assert _target_words("केंद्रीय टीम मरीजों का दौरा करेगी.", "CONSULT") == [[]]


def test_a_converb_of_calling_names_the_praised() -> None:
    assert _targets(_MODEL, "SUPPORT") == [["Agra"]]


def test_manner_words_may_follow_the_converb() -> None:
    assert _targets(_MODEL_AGAIN, "SUPPORT") == [["Agra"]]


def test_a_converb_of_holding_to_blame_names_the_criticised() -> None:
    found = _target_words("भाजपा ने केजरीवाल सरकार को जिम्मेदार ठहराते हुए कड़ी आलोचना की.", "ACCUSE")
    assert found == [["केजरीवाल सरकार"]]


def test_one_told_is_not_one_praised() -> None:
    # no complement: "told the officials and praised", not "called them something"
    assert _target_words("मंत्री ने अधिकारियों को बताकर तारीफ की.", "SUPPORT") == [[]]


def test_a_pronoun_called_so_is_left_to_anaphora() -> None:
    found = _target_words("मंत्री ने उन्हें रोल मॉडल बताकर तारीफ की.", "SUPPORT")
    assert found in ([], [[]])


# Kind 3: an order or a request with no addressee, what it asks to happen in institutions it
# names ("कहा कि सभी कॉलेजों में … स्थगित की जाएं"): the institutions are whom it is for; never a
# condition's, a participle's (who works there) or an addressee's own में, nor a place.

# corpus day file AU-2020-MAR-15 (allowed), the speaker named: the colleges asked to postpone
_COLLEGES = (
    "उच्च शिक्षा मंत्री धन सिंह रावत ने कहा कि सभी कॉलेजों में वर्कशॉप, कांफ्रेंस, सेमिनार और "
    "संगोष्ठी 31 मार्च तक के लिए स्थगित की जाएं ।"
)
# written after corpus day file DJ-2020-MAR-22 (allowed; there the issuer is the article's): the
# infinitive content of an order noun
_HOSPITALS = "केंद्र सरकार ने हर अस्पताल में आइसोलेशन सेंटर बनाने का भी निर्देश दिया है ।"


def test_the_institutions_a_request_names_are_asked() -> None:
    # a postponement in the passive subjunctive is an order since round ty1
    # (`events/ordered_measures.py`); the institutions stay its target
    assert _target_words(_COLLEGES, "COERCE") == [["सभी कॉलेजों"]]


def test_the_institutions_of_an_orders_infinitive_are_ordered() -> None:
    assert ["हर अस्पताल"] in _target_words(_HOSPITALS, "COERCE")


def test_a_conditions_institution_is_not_ordered() -> None:
    # corpus day file PK-2020-MAR-16 (allowed)
    found = _target_words(
        "उपायुक्त ने निर्देश दिया कि सांस से संबंधित कोई भी मरीज अस्पतालों में पहुंचे, तो उसका "
        "कोरोना का टेस्ट जरूर होना चाहिए ।",
        "COERCE",
    )
    assert ["अस्पतालों"] not in found


def test_those_who_work_in_institutions_are_not_the_institutions() -> None:
    # corpus day file DH-2020-ARP-18 (allowed), shortened
    found = _target_words(
        "मुख्यमंत्री योगी ने निर्देश दिए कि शिक्षण संस्थानों, चिकित्सालयों, कार्यालयों में काम करने "
        "वाले अस्थाई कर्मचारियों की अनुपस्थिति न मानी जाए ।",
        "COERCE",
    )
    assert all("कार्यालयों" not in words for words in found)


def test_an_addressee_asked_with_se_is_asked_not_the_schools() -> None:
    # corpus day file AU-2020-MAR-13 (allowed)
    found = _target_words(
        "बेसिक शिक्षा परिषद से सभी स्कूलों में हैंडबिल, पोस्टर व जागरूकता अभियान चलाने के लिए "
        "कहा गया है ।",
        "REQUEST",
    )
    assert ["सभी स्कूलों"] not in found


def test_an_institutions_own_order_is_not_for_itself() -> None:
    # corpus day file NT-2020-MAR-18 (allowed)
    found = _target_words(
        "अस्पताल की ओर से बुधवार शाम को जारी आदेश में कहा गया कि अगली सूचना आने तक अस्पताल में "
        "पहले से तय कोई भी सर्जरी नहीं होगी ।",
        "COERCE",
    )
    assert ["अस्पताल"] not in found


def test_a_zone_is_no_institution() -> None:
    found = _target_words("मंत्रालय ने अपने आदेश में कहा है कि रेड जोन में कोई छूट नहीं दी जाएगी ।", "COERCE")
    assert ["रेड जोन"] not in found
