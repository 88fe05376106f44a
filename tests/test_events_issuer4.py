"""Places in another role than the measure's (round ev24): where people are sent ("कानपुर
भेजकर"), pass through ("X होते हुए") or attended a gathering ("दिल्ली की जमात में शामिल") is
neither the jurisdiction of an agentless measure nor the story's town; a place outside the home
country gets its country's government, never an Indian-style district administration. Sentences
from corpus/hindi-covid-2020 day files outside the event gold (hand sample, seed 2424)."""

from __future__ import annotations

from khabar.config import Config
from khabar.events.issuer import _administration
from khabar.model import Article
from khabar.pipeline import run_local


def sources(text: str, dct: str = "2020-04-11") -> list[list[str]]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [ev.source for ev in art.events]


def test_sent_to_town_is_not_the_measures() -> None:
    # DJ-2020-ARP-11.txt: the young man is sent to Kanpur; the village is Kannauj's
    got = sources(
        "कन्नौज, जेएनएन । कन्नौज में भी कोरोना वायरस का पहला केस सामने आया है । संक्रमित युवक को "
        "कानपुर भेजकर आइसोलेशन में रखा गया है, वहीं पूरे गांव को होम क्वारंटाइन कर दिया गया है ।"
    )
    assert got and all(s == ["actor:Kannauj district administration"] for s in got)


def test_shifted_to_town_is_not_the_story_town() -> None:
    # DJ-2020-ARP-11.txt (Agra): the woman was moved to Mathura; the hospital sealed is Agra's
    got = sources(
        "आगरा में कोरोना संक्रमितों में आधी से ज्‍यादा संख्‍या जमातियों की है । जहां काेरोना "
        "पॉजीटिव महिला का इलाज किया गया था, बाद में उसे मथुरा शिफ्ट कर दिया गया । यह खबर आने के "
        "साथ अस्‍पताल को सील कर दिया गया था और यहां तैनात स्‍टाफ की जांच कराई गई थी ।"
    )
    assert ["actor:Agra district administration"] in got
    assert ["actor:Mathura district administration"] not in got


def test_gathering_attended_is_not_the_measures_place() -> None:
    # AU-2020-APR-01.txt: people back in Himachal from the Markaz are Himachal's to isolate
    got = sources(
        "दिल्ली के निजामुद्दीन में तब्लीगी जमात के आयोजन में शिरकत करने के बाद हिमाचल प्रदेश लौटे "
        "कुल 167 लोगों को पृथक रखा गया है  ।"
    )
    assert got == [["actor:Government of Himachal Pradesh"]]


def test_foreign_city_is_its_countrys_government() -> None:
    # PK-2020-MAR-07.txt: a quarantine hotel in China, dateline Beijing
    got = sources(
        "बीजिंग : चीन के क्वांझू शहर में शनिवार को एक होटल की इमारत गिरने से 70 लोग मलबे में दब "
        "गए.\nसमाचार एजेंसी शिन्हुआ के मुताबिक 70 लोग अब भी मलबे में दबे हैं. एजेंसी ने बताया कि "
        "होटल में उन लोगों को पृथक कर रखा गया था जो कोरोना वायरस से संक्रमित लोगों के संपर्क में "
        "आये थे.",
        dct="2020-03-07",
    )
    assert got == [["actor:Government of China"]]
    assert _administration(("JPN-Tokyo", "Tokyo"), "Tokyo")[1:] == ("JPN GOV", "Government of Japan")
    assert _administration(("IND-Kannauj", "Kannauj"), "Kannauj")[2] == (
        "Kannauj district administration"
    )


def test_town_in_its_own_role_is_kept() -> None:
    # negative: the town is where the measure is ("में", not sent there nor attended), and a
    # village "included in" a district is no gathering attended
    assert sources("कानपुर में पूरे इलाके को सील कर दिया गया है ।") == [
        ["actor:Kanpur district administration"]
    ]
    got = sources("कानपुर जिले में शामिल तीन गांवों को सील कर दिया गया है ।")
    assert got == [["actor:Kanpur district administration"]]


def test_bad_input_gives_no_event_and_no_error() -> None:
    # a sending verb with no place, an empty text, a lone place: nothing inferred, no traceback
    assert sources("भेजकर शिफ्ट होते हुए में शामिल") == []
    assert sources("") == []
    assert sources("कानपुर") == []


# NT-2020-MAR-14.txt ("13 states" round-up): each item opens with a sub-heading naming its state
_ROUND_UP = (
    "दिल्ली में 6 कोरोना पॉजिटिव केस, एक की मौत\n"
    "वायरस को फैलने से रोकने के लिए दिल्ली सरकार पहले ही इसे महामारी घोषित कर चुकी है ।\n"
    "कर्नाटक में 6 केस सामने आए, 1 की मौत\n"
    "कर्नाटक में कोरोना पॉजिटिव 6 मामले सामने आ चुके हैं जिनमें से 1 बुजुर्ग की गुरुवार को मौत हो "
    "गई । एक हफ्ते के लिए सभी विश्वविद्यालयों को बंद कर दिया गया है ।\n"
    "हरियाणा में 14 कोरोना पॉजिटिव केस\n"
    "हरियाणा में कोरोना के 14 मामले सामने आ चुके हैं और ये सभी विदेशी नागरिक हैं । इसके अलावा "
    "सभी सरकारी और निजी विश्\u200dवविद्यालय और कॉलेजों को 31 मार्च तक बंद कर दिया गया है ।\n"
)


def test_round_up_item_is_its_own_states() -> None:
    got = sources(_ROUND_UP, dct="2020-03-14")
    assert got == [
        ["actor:Government of Delhi"],
        ["actor:Government of Karnataka"],
        ["actor:Government of Haryana"],
    ]


def test_dateline_opens_an_item_but_a_link_does_not() -> None:
    # a second dateline opens an item of its own place (the round-up's items as datelines)
    text = (
        "नई दिल्ली : वायरस को फैलने से रोकने के लिए दिल्ली सरकार पहले ही इसे महामारी घोषित कर चुकी "
        "है ।\nबेंगलुरु : कर्नाटक में कोरोना पॉजिटिव 6 मामले सामने आ चुके हैं । एक हफ्ते के लिए सभी "
        "विश्वविद्यालयों को बंद कर दिया गया है ।\n"
    )
    assert sources(text, dct="2020-03-14")[-1] != ["actor:Government of Delhi"]
    # the first dateline opens the story its headline announced (PK-2020-MAR-16.txt): the
    # government the headline names goes on
    got = sources(
        "झारखंड सरकार का बड़ा फैसला, 14 अप्रैल तक स्कूल कॉलेज, पार्क बंद\nरांची : झारखंड में भी "
        "कोरोना वायरस के बढ़ते खतरे को देखते हुए सभी स्कूल कॉलेज और कोचिंग सेंटर 14 अप्रैल तक के "
        "लिए बंद कर दिया गया है. सभी सरकारी कार्यक्रम समारोह को भी 14 अप्रैल तक स्थगित कर दिया गया "
        "है.",
        dct="2020-03-16",
    )
    assert got and all(s == ["actor:Government of Jharkhand"] for s in got)
    # AU-2020-MAY-15.txt (Panchkula): a "read also" link names Haryana before a colon; it opens
    # no item, the story stays Panchkula's
    got = sources(
        "पंचकूला में भी कोरोना केस थमने का नाम नहीं ले रहे हैं ।\n"
        "यह भी पढ़ें- हरियाणा: 6 जिलों में 36 नए मामले, मरीजों की संख्या 854 पहुंची\n"
        "सेक्टर-21 और सेक्टर-10 को सील कर दिया गया है ।",
        dct="2020-05-15",
    )
    assert got == [["actor:Panchkula district administration"]]


def test_sub_heading_without_a_place_keeps_the_story() -> None:
    # negative: a sub-heading naming no place ("कड़े निर्णय") opens no new item
    got = sources(
        "कर्नाटक में कोरोना पॉजिटिव 6 मामले सामने आ चुके हैं ।\n"
        "परीक्षा समिति में लिए जाएंगे कड़े निर्णय\n"
        "एक हफ्ते के लिए सभी विश्वविद्यालयों को बंद कर दिया गया है ।",
        dct="2020-03-14",
    )
    assert got == [["actor:Government of Karnataka"]]


def test_took_part_is_attended() -> None:
    # AU-2020-ARP-03.txt: Una's three attended the Markaz in Delhi; their quarantine is Una's
    got = sources(
        "हिमाचल प्रदेश के ऊना में तीन संक्रमित पाए गए  । इन सभी लोगों ने दिल्ली के निजामुद्दीन में "
        "हुए तब्लीगी जमात कार्यक्रम में भाग लिया था  । फ़िलहाल सभी को क्वारंटीन किया गया है  ।",
        dct="2020-04-03",
    )
    assert got == [["actor:Una district administration"]]


def test_place_among_several_states_is_not_the_measures() -> None:
    # PK-2020-MAR-06.txt: "दिल्ली सहित कई राज्यों में": the states' measure, not Delhi's district
    got = sources(
        "वायरस को फैलने से रोकने के लिए दिल्ली सहित कई राज्यों में बायोमीट्रिक सिस्टम से हाजिरी "
        "बनाने पर रोक लगा दी गयी है.",
        dct="2020-03-06",
    )
    assert got == [["actor:several Indian state governments"]]
    # negative: without सहित the place named is the measure's
    assert sources("दिल्ली में बायोमीट्रिक सिस्टम से हाजिरी बनाने पर रोक लगा दी गयी है.") == [
        ["actor:Government of Delhi"]  # no "Delhi district administration" (round ev64)
    ]


def test_route_through_a_locality_and_sent_for_treatment() -> None:
    # DJ-2020-ARP-09.txt (Pataudi): "दिल्ली के निजामुद्दीन होते हुए" is a route, not the place
    got = sources(
        "एक जमात दिल्ली के निजामुद्दीन होते हुए पटौदी आई थी । कोरोना से पीड़ित सबसे पहले वार्ड 14 "
        "निवासी एक युवक निकला था । वह कोरोना पॉजिटिव निकला तो सेक्टर वार्ड 14 को पहले ही सील कर "
        "दिया गया था ।",
        dct="2020-04-09",
    )
    assert got and ["actor:Government of Delhi"] not in got
    # DH-2020-MAY-13.txt: sent to Bareilly "for treatment"; the quarantine is not Bareilly's
    got = sources(
        "युवक को लेकर स्वास्थ्य टीम कलान के पंचायत घर पहुंची । यहां से उसे बरेली इलाज के लिए भेजा "
        "जाएगा । उन्हें क्वारंटीन किया जाएगा ।",
        dct="2020-05-13",
    )
    assert ["actor:Bareilly district administration"] not in got


def test_stranded_abroad_or_foreign_citizens_are_not_who_acts() -> None:
    # DJ-2020-MAY-06.txt: people stranded in the Maldives are airlifted home: India's measure
    got = sources(
        "कोरोना महामारी के बीच विदेशों में फंसे डेढ़ हजार गुजरातियों को एयरलिफ्ट कर लाया जाएगा, "
        "वहीं मालदीव में फंसे पर्यटकों को लाने के लिए दो जहाज रवाना हो चुके हैं ।",
        dct="2020-05-06",
    )
    assert got == [["actor:Government of India"]]
    # NT-2020-MAR-12.txt: citizens of ten countries airlifted with the Indians
    got = sources(
        "इसके अलावा मालदीव, म्यांमार, बांग्लादेश, चीन, अमेरिका, मेडागास्कर, श्रीलंका, नेपाल, साउथ "
        "अफ्रीका और पेरु के 48 नागरिकों को भी एयरलिफ्ट किया गया है ।",
        dct="2020-03-12",
    )
    assert got == [["actor:Government of India"]]
    # negative: a measure in a foreign country is still that country's
    assert sources("चीन में कोरोना के कारण सभी स्कूल बंद कर दिए गए हैं ।") == [
        ["actor:Government of China"]
    ]


def test_list_of_a_states_towns_is_the_states_measure() -> None:
    # DJ-2020-MAR-14.txt: six Maharashtra cities closed by one order, the article about the state
    got = sources(
        "महाराष्ट्र में 19 संक्रमित\nमहाराष्ट्र में कोरोना संक्रमितों की संख्या शुक्रवार को 19 हो गई "
        "है । मुंबई, ठाणे, नवी मुंबई, पुणे, पिंपरी-चिंचवाड़ और नागपुर में 31 मार्च तक सभी "
        "सिनेमाहाल, मल्टीप्लेक्स, स्विमिंगपूल और जिम बंद रखने का आदेश दिया गया है ।",
        dct="2020-03-14",
    )
    assert got and all(s == ["actor:Government of Maharashtra"] for s in got)
    # negative: two towns are no list; each keeps its own (the first named here)
    got = sources("मुंबई और ठाणे में सभी सिनेमाहाल बंद रखने का आदेश दिया गया है ।", dct="2020-03-14")
    assert got and all(s == ["actor:Mumbai district administration"] for s in got)
