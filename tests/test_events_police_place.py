"""Issue 13, round ev174: which police a bare "पुलिस" is. A force the article named with its
place ("दिल्ली पुलिस ने …") is the force of its later bare police while no town is named since;
a paragraph about one foreign country has that country's police; a state named as the story's
seat after a town outside it (the town only where something lies, "दिल्ली स्थित मरकज") has the
state's police. Sentences quoted short from the allowed day files of corpus/hindi-covid-2020
(AU-2020-MAR-31.txt, NT-2020-APR-10.txt, NT-2020-APR-27.txt, AU-2020-ARP-05.txt,
PK-2020-MAR-22.txt, PK-2020-MAR-30.txt) or written like them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import role_names as _names

analysed = analyser("2020-03-31")


def _sources(text: str) -> list[list[str]]:
    art = analysed(text)
    return [_names(art, e, "source") for e in art.events]


# ---- a force named before: its later bare police ----------------------------------------------


def test_bare_police_after_delhi_police_named_are_delhi_police() -> None:
    assert _sources(
        "दिल्ली पुलिस ने जानकारी दी है कि जामा मस्जिद और वजीराबाद मस्जिद के मौलवी के खिलाफ मामला"
        " दर्ज किया जाएगा । 12 विदेशी जिन्होंने मरकज में हिस्सा लिया था, वे मस्जिद के अंदर हैं ।"
        " पुलिस जल्द ही लोगों को मस्जिद से निकालेगी और उन्हें क्वारंटाइन में भेज देगी ।"
    )[-1] == ["Delhi Police"]


def test_bare_police_after_a_forces_warning_are_that_force() -> None:
    assert _sources(
        "ऐसे में दिल्ली पुलिस की हिदायत थी कि लोग अपने घरों से ना निकलें । लेकिन बहुत से लोग इस"
        " बात को नहीं मान रहे हैं । ऐसे 32 लोगों के खिलाफ पुलिस ने केस दर्ज कर लिया है ।"
    )[-1] == ["Delhi Police"]


def test_a_town_named_after_the_force_places_the_bare_police_there() -> None:
    # negative: the town named since is where the police act ("… रांची की एक मस्जिद से …")
    assert _sources(
        "दिल्ली पुलिस ने मौलाना साद के खिलाफ मामला दर्ज किया है । रांची : झारखंड की राजधानी रांची"
        " की एक मस्जिद से पुलिस ने 24 मौलवियों को हिरासत में लिया है ।"
    )[-1] == ["Ranchi Police"]


def test_a_name_before_the_force_word_is_no_bare_police() -> None:
    # negative: "न्यू साउथ वेल्स पुलिस फोर्स" names a force the KB lacks; not the country of
    # the paragraph (the United States named before) nor the force named earlier
    srcs = _sources(
        "अमेरिका में 9/11 के आतंकवादी हमले के बाद वहां तीन दिन का लॉकडाउन किया गया था ।"
        " दिसंबर 2005 में न्यू साउथ वेल्स पुलिस फोर्स ने दंगा रोकने के लिए लॉकडाउन किया था ।"
    )
    assert ["United States Police"] not in srcs


# ---- a paragraph about one foreign country: its police ----------------------------------------


def test_bare_police_in_a_paragraph_about_spain_are_spains() -> None:
    srcs = _sources(
        "बताया जा रहा है कि छूट के बाद पूरे स्‍पेन में लाखों की संख्‍या में बच्‍चों ने 42 दिन बाद"
        " खुली हवा में सांस ली । पुलिस ने एक घंटे और 14 साल की उम्र की शर्त को तोड़ने वालों को"
        " गिरफ्तार किया ।"
    )
    assert srcs[-1] == ["Spain Police"]


def test_bare_police_at_home_after_a_foreign_paragraph_stay_home() -> None:
    # negative: a new paragraph naming an Indian town is at home again
    srcs = _sources(
        "इटली में लॉकडाउन की अवधि बढ़ा दी गई है ।\nलखनऊ में पुलिस ने लॉकडाउन तोड़ने वाले 30"
        " लोगों को गिरफ्तार किया ।"
    )
    assert srcs[-1] == ["Lucknow Police"]


# ---- a state named since as the story's seat, the town outside it: the state's police ----------


def test_a_states_story_after_a_town_named_as_where_a_thing_lies() -> None:
    srcs = _sources(
        "दरअसल, दिल्ली स्थित मरकज से हिमाचल समेत देशभर में गए लोगों में से बड़ी संख्या में कोरोना"
        " पॉजिटिव मरीज सामने आए हैं । हिमाचल में ही अब तक तब्लीग से जुड़े छह लोगों में कोरोना"
        " की पुष्टि हो चुकी है ।\nलेकिन अभी भी लोग खुद सामने आकर जानकारी नहीं दे रहे हैं । ऐसे"
        " में अब आईपीसी की धारा 307 व 302 के तहत भी मामले दर्ज किए जाएंगे ।"
    )
    assert srcs[-1] == ["Himachal Pradesh Police"]


def test_a_state_named_with_its_own_town_keeps_the_town() -> None:
    # negative: Lucknow lies in Uttar Pradesh, so the state named after it changes nothing
    srcs = _sources(
        "लखनऊ में कोरोना के तीन नए मामले सामने आए हैं । उत्तर प्रदेश में अब तक 100 लोग संक्रमित"
        " हैं ।\nलेकिन अभी भी लोग घरों से निकल रहे हैं । ऐसे में अब आईपीसी की धारा 188 के तहत"
        " भी मामले दर्ज किए जाएंगे ।"
    )
    assert srcs[-1] == ["Lucknow Police"]


# ---- a state named as the owner of the town after it: the town's police -----------------------


def test_a_states_genitive_before_its_town_places_the_arrest_in_the_town() -> None:
    srcs = _sources(
        "महाराष्ट्र के पुणे स्थित एक प्रतिष्ठित अस्पताल के फर्मासिस्ट को कथित रूप से करीब 35,000"
        " रुपये मूल्य के मास्क और दवाएं चोरी करने के आरोप में गिरफ्तार किया गया है ।"
    )
    assert srcs == [["Pune Police"]]


def test_a_state_alone_keeps_the_states_police() -> None:
    # negative: no town after the state's name
    srcs = _sources(
        "महाराष्ट्र में एक प्रतिष्ठित अस्पताल के फर्मासिस्ट को मास्क चोरी करने के आरोप में गिरफ्तार किया गया है ।"
    )
    assert srcs == [["Maharashtra Police"]]
