"""Issue 13, round ev146: the source is the office or person the text names, not a guess. A
bare title after its holder was named in full is that person also when the doctor's title is
written out ("स्वास्थ्य मंत्री डॉक्टर हर्षवर्धन"). Sentences quoted short from the allowed day files
of corpus/hindi-covid-2020 (AU-2020-MAR-05.txt) or written like them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-05")


def test_the_doctors_title_written_out_keeps_the_holder() -> None:
    art = analysed(
        "जिसे लेकर राज्यसभा में केंद्रीय स्वास्थ्य मंत्री डॉक्टर हर्षवर्धन ने बयान दिया । स्वास्थ्य"
        " मंत्री ने लोगों से अपील की कि वे कोरोनावायरस से प्रभावित देशों में जाने से बचें ।"
    )
    [appeal] = _events(art, "REQUEST")
    assert _names(art, appeal, "source") == ["Harsh Vardhan"]


def test_the_noun_doctor_after_a_title_is_no_holder() -> None:
    # "सीएमओ ने डॉक्टर को …": the noun, no name after it; the office stays the office
    art = analysed(
        "सीएमओ डॉक्टर ने बताया कि सभी अस्पतालों को तैयार रहने के निर्देश दिए गए हैं ।"
    )
    assert all("डॉक्टर" not in n for e in art.events for n in _names(art, e, "source"))


_HEADLINE = "गोरखपुर मंडल में बने दो नए हॉटस्पॉट, सिद्धार्थनगर में दो, देवरिया में एक कोरोना पॉजिटिव मिला\n\n"


def test_a_town_named_as_the_seat_among_origins_is_the_storys_town() -> None:
    # Mumbai and Kanpur are where the two came from ("एक …, दूसरा … से आया"): no list of the
    # story's towns, so the bare administration is Siddharthnagar's, not Deoria's (the headline's last)
    art = analysed(
        _HEADLINE
        + "सिद्धार्थनगर में मिले दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से आया है । दोनों को"
        " प्रशासन ने स्कूलों में क्वारंटीन कर दिया है ।",
        dct="2020-05-01",
    )
    [quarantine] = _events(art, "COERCE")
    assert _names(art, quarantine, "source") == ["Siddharthnagar district administration"]


def test_two_towns_named_as_seats_stay_a_list() -> None:
    # two towns where things happen besides the origin: a list, whose last town is no story town
    art = analysed(
        _HEADLINE
        + "सिद्धार्थनगर में दो और गोरखपुर में एक मरीज मिला, जो मुंबई से आया है । दोनों को प्रशासन"
        " ने स्कूलों में क्वारंटीन कर दिया है ।",
        dct="2020-05-01",
    )
    assert all(
        "Siddharthnagar" not in n for e in art.events for n in _names(art, e, "source")
    )


_YOGI = (
    "कोरोना वायरस से बचाव के लिए मुख्यमंत्री योगी आदित्यनाथ ने सभी स्कूलों और कॉलेजों को 22 मार्च"
    " तक बंद करने के निर्देश दिए हैं ।\n\n"
)


def test_a_sub_heading_of_the_same_state_keeps_its_chief_minister() -> None:
    # AU-2020-MAR-13.txt: a sub-heading naming Gorakhpur (Uttar Pradesh) is no new story's item
    art = analysed(
        _YOGI + "गोरखपुर मेडिकल कॉलेज में भी लिए जाएंगे नमूने\n\n"
        "मुख्यमंत्री ने एयरपोर्ट के साथ ही रेलवे स्टेशन पर भी स्क्रीनिंग की व्यवस्था करने के"
        " निर्देश दिए ।",
        dct="2020-03-13",
    )
    orders = [e for e in art.events if e.trigger.startswith("निर्देश")]
    assert _names(art, orders[-1], "source") == ["Yogi Adityanath"]


def test_a_sub_heading_of_another_state_forgets_the_chief_minister() -> None:
    # a round-up's item about Patna (Bihar): its chief minister is not Uttar Pradesh's
    art = analysed(
        _YOGI + "पटना में दो नए मरीज मिले\n\n"
        "मुख्यमंत्री ने एयरपोर्ट के साथ ही रेलवे स्टेशन पर भी स्क्रीनिंग की व्यवस्था करने के"
        " निर्देश दिए ।",
        dct="2020-03-13",
    )
    orders = [e for e in art.events if e.trigger.startswith("निर्देश")]
    assert _names(art, orders[-1], "source") != ["Yogi Adityanath"]


_GHAZIABAD = "गाजियाबाद में पुलिस ने लॉकडाउन उल्लंघन के 62 मुकदमे दर्ज किए हैं ।\n\n"
_ARRESTS = " जिले में 149 लोगों को गिरफ्तार कर सात मुकदमे दर्ज किए गए ।"


def test_a_district_named_as_where_things_happen_places_the_bare_police() -> None:
    # DH-2020-ARP-10.txt: Gautam Buddh Nagar is a district the KB files as a region
    art = analysed(
        _GHAZIABAD + "गौतमबुद्ध नगर में पुलिस ने सील वाले इलाकों में जबरन घुसने का प्रयास करने वाले"
        " लोगों के खिलाफ गुरुवार कार्रवाई की गई और उन्हें गिरफ्तार किया ।" + _ARRESTS,
        dct="2020-04-10",
    )
    cases = [e for e in art.events if e.trigger.startswith("मुकदमे")]
    assert _names(art, cases[-1], "source") == ["Gautam Buddh Nagar Police"]


def test_a_district_named_otherwise_leaves_the_town_before() -> None:
    # people of the district ("गौतमबुद्ध नगर के 20 लोगों"), not where the act is
    art = analysed(
        _GHAZIABAD + "गौतमबुद्ध नगर के 20 लोगों की जांच हुई ।" + _ARRESTS, dct="2020-04-10"
    )
    cases = [e for e in art.events if e.trigger.startswith("मुकदमे")]
    assert "Gautam Buddh Nagar Police" not in _names(art, cases[-1], "source")


_TWO_DISTRICTS = (
    "गौतमबुद्ध नगर में 22 और गाजियाबाद में 13 कोरोना हॉटस्पॉट सील करने के बाद पुलिस ने इन सभी"
    " इलाकों की पहरेदारी और कड़ी कर दी है ।\n\n"
    + "गौतमबुद्ध नगर में पुलिस ने सील वाले इलाकों में घुसने वाले लोगों के खिलाफ कार्रवाई की"
    " और उन्हें गिरफ्तार किया ।\n\n"
)


def test_a_town_named_before_and_misspelt_is_that_town() -> None:
    # DH-2020-ARP-10.txt: "गाजियााद" (Ghaziabad with a letter lost) is no word any table knows
    art = analysed(
        _TWO_DISTRICTS + "वहीं गाजियााद में 13 हॉटस्पॉट सील होने के पहले ही दिन पुलिस ने 62 मुकदमे दर्ज किए"
        " हैं । इन सभी मामलों में कुल 385 लोगों को नामजद कर गिरफ्तार किया गया है ।",
        dct="2020-04-10",
    )
    arrests = [e for e in art.events if e.trigger.startswith("गिरफ्तार")]
    assert _names(art, arrests[-1], "source") == ["Ghaziabad Police"]


def test_an_unknown_word_like_no_town_named_leaves_the_place() -> None:
    art = analysed(
        _TWO_DISTRICTS + "वहीं मुरादनगर में 13 हॉटस्पॉट सील होने के पहले ही दिन पुलिस ने 62 मुकदमे दर्ज किए"
        " हैं । इन सभी मामलों में कुल 385 लोगों को नामजद कर गिरफ्तार किया गया है ।",
        dct="2020-04-10",
    )
    arrests = [e for e in art.events if e.trigger.startswith("गिरफ्तार")]
    assert "Ghaziabad Police" not in _names(art, arrests[-1], "source")


_AGRA = (
    "आगरा में कोरोना संक्रमण की रफ्तार थमने का नाम नहीं ले रही । शनिवार को रिकॉर्ड 45 कोरोना संक्रमित"
    " मिले ।\n\n"
)


def test_a_town_whose_travellers_are_named_is_no_story_town() -> None:
    # DH-2020-ARP-19.txt: "दिल्ली के … जमाती" is a preacher from Delhi; the story is Agra's
    art = analysed(
        _AGRA + "शनिवार को एसएनएमसी में दिल्ली के कोरोना संक्रमित जमाती की मौत हो गई ।\n\n"
        "हालात गंभीर होते देखकर शनिवार को प्रशासन ने कड़े कदम उठाए और जिले में 272 लोगों को होम"
        " क्वारंटाइन कर दिया ।",
        dct="2020-04-19",
    )
    [quarantine] = _events(art, "COERCE")
    assert _names(art, quarantine, "source") == ["Agra district administration"]


def test_a_towns_public_is_no_traveller() -> None:
    # "दिल्ली के लोगों": the place's people, where the story may well be
    art = analysed(
        _AGRA + "शनिवार को दिल्ली के लोगों ने घरों में रहकर लॉकडाउन का पालन किया ।\n\n"
        "हालात गंभीर होते देखकर शनिवार को प्रशासन ने कड़े कदम उठाए और जिले में 272 लोगों को होम"
        " क्वारंटाइन कर दिया ।",
        dct="2020-04-19",
    )
    quarantine = [e for e in _events(art, "COERCE") if e.trigger.startswith("क्वारंटाइन")]
    assert _names(art, quarantine[-1], "source") == ["Government of Delhi"]  # as before the round


def test_a_name_written_apart_after_it_was_written_joined_is_one_person() -> None:
    # AU-2020-MAR-23.txt: the tagger takes "राज शर्मा" of "कौशल राज शर्मा"; the person is the
    # district magistrate named "कौशलराज शर्मा" before, not a "Raj Sharma" of his own
    art = analysed(
        "वाराणसी में लॉकडाउन का पालन के लिए जिलाधिकारी कौशलराज शर्मा ने अधिकारियों को निर्देश दिए ।"
        " जिलाधिकारी कौशल राज शर्मा ने बताया कि बॉर्डर सील रहेंगे ।",
        dct="2020-03-23",
    )
    [order] = [e for e in art.events if e.trigger.startswith("निर्देश")]
    [seal] = [e for e in art.events if e.trigger.startswith("सील")]
    assert seal.source == order.source


def test_a_shorter_name_inside_a_longer_one_is_another_person() -> None:
    # "युवराज शर्मा" and "राज शर्मा": no word before the second that makes the first
    art = analysed(
        "जिलाधिकारी युवराज शर्मा ने अधिकारियों को निर्देश दिए । विधायक राज शर्मा ने लोगों से घरों में"
        " रहने की अपील की ।",
        dct="2020-03-23",
    )
    [order] = [e for e in art.events if e.trigger.startswith("निर्देश")]
    [appeal] = [e for e in art.events if e.trigger.startswith("अपील")]
    assert appeal.source != order.source
