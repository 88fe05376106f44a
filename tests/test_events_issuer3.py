"""Issue 13, round ev21: the level of an inferred issuer. A place written as where people came
from ("सिंगापुर और इंडोनेशिया से लौटे", "यूएई, कतर, ओमान से आने वाले") is not the measure's
jurisdiction; a dateline ("रांची : …") is where the report was filed; a sentence may scope its
measure to the whole country or state ("देश में", "राज्य में … प्रदेश के सभी"), or to several
states ("कई राज्यों में"); a measure on police officers is the police's; and with no government
word read, the state the article names issues it rather than the country. Each on real sentences
of corpus/hindi-covid-2020 from day files outside the event gold (a hand check of 80 inferred
issuers, round ev21), with negatives."""

from __future__ import annotations

from khabar.events.clause import tokenize
from khabar.events.places import is_state, origin_places
from khabar.model import Article, Mention

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _sources(art: Article, mode: str) -> list[list[str]]:
    """The sources of every event of ``mode`` in the article, in order."""
    return [e.source for e in art.events if e.mode == mode]


def _inferred(art: Article, mode: str) -> list[str]:
    """The inferred issuers (source_inferred arguments) of every event of ``mode``."""
    return [
        a.entity_id or ""
        for e in art.events
        if e.mode == mode
        for a in e.arguments
        if a.role == "source_inferred"
    ]


# DJ-2020-MAR-07.txt (Ghaziabad): people back from two countries isolated in the district
_GHAZIABAD = (
    "गाजियाबाद में तीन डॉक्टरों ने कोरोना वायरस के डर से खुद को आइसोलेट कर लिया है । इनमें से दो"
    " डॉक्टर घर और एक अस्पताल में आइसोलेशन में हैं । सिंगापुर और इंडोनेशिया से लौटे तीन लोगों को"
    " आइसोलेशन में रखा गया है ।"
)
# AU-2020-MAR-16.txt: the Centre's travel rules, then travellers from three countries told to
# stay apart
_GULF = (
    "केंद्र सरकार ने कोरोना को बढ़ने से रोकने के लिए यात्रा पाबंदियां बढ़ा दी गईं । साथ ही यूएई,"
    " कतर, ओमान से आने वाले यात्रियों को अनिवार्य रूप से 14 दिन अलग रहने के लिए कहा गया है ।"
)


def test_people_from_abroad_are_isolated_by_the_district_they_are_in() -> None:
    art = analysed(_GHAZIABAD, dct="2020-03-07")
    issuers = _inferred(art, "quarantine")
    assert issuers and all("Singapore" not in i and "Indonesia" not in i for i in issuers)
    assert issuers[-1] == "actor:Ghaziabad district administration"  # plain (round ev64)


def test_travellers_from_a_list_of_countries_are_told_by_the_centre() -> None:
    art = analysed(_GULF, dct="2020-03-16")
    assert _sources(art, "tell_to")[-1] == ["actor:Government of India"]


def test_origin_places_are_the_places_marked_by_se_and_their_list() -> None:
    text = "यूएई, कतर, ओमान से आने वाले यात्रियों को दिल्ली में रखा गया"
    toks = tokenize(text, 0, len(text))

    def place(word: str, kind: str) -> Mention:
        at = text.index(word)
        return Mention(start=at, end=at + len(word), text=word, type=kind)

    mentions = [place("यूएई", "COUNTRY"), place("कतर", "COUNTRY"), place("ओमान", "COUNTRY")]
    mentions.append(place("दिल्ली", "CITY"))
    came = origin_places(toks, mentions)
    assert came == {m.start for m in mentions[:3]}  # Delhi, marked by में, is where they are
    assert origin_places(toks, []) == set()
    assert origin_places([], mentions) == set()


def test_a_dateline_is_not_the_place_of_the_measure() -> None:
    # PK-2020-MAR-22.txt: the Ranchi dateline of a report of the state's lockdown
    art = analysed(
        "रांची : कोरोना वायरस के बढ़ते संक्रमण को देखते हुए अब झारखंड को भी लॉकडाउन कर दिया गया है.",
        dct="2020-03-22",
    )
    assert _inferred(art, "lockdown") == ["actor:Government of Jharkhand"]


def test_a_city_opening_the_sentence_without_a_colon_is_its_place() -> None:
    # negative: no dateline; a curfew in a town is its district's (DJ-2020-MAY-02.txt shape)
    art = analysed(
        "हाथरस में घंटाघर इलाके में कोरोना पॉजिटिव मिलने के बाद एक किलोमीटर के दायरे में आने"
        " वाले हरेक इलाकों को सील कर दिया गया है ।",
        dct="2020-05-02",
    )
    assert _inferred(art, "seal") == ["actor:Hathras district administration"]


def test_the_whole_country_under_a_district_dateline_is_the_countrys() -> None:
    # DJ-2020-ARP-06.txt
    art = analysed(
        "जागरण संवाददाता, सोनभद्र : कोरोना वायरस के संक्रमण से बचाव के लिए देश में लॉकडाउन किया"
        " गया है ।",
        dct="2020-04-06",
    )
    assert _inferred(art, "lockdown") == ["actor:Government of India"]


def test_a_measure_for_all_the_states_collectors_is_the_states() -> None:
    # DJ-2020-MAY-15.txt (Bilaspur, Chhattisgarh)
    art = analysed(
        "बिलासपुर, जेएनएन । लॉकडाउन के दौरान छत्तीसगढ़ के बिलासपुर समेत कई जिलों में नमक की"
        " कालाबाजारी हो रही है । नई दुनिया के अनुसार राज्य में नमक कालाबाजारी रोकने के लिए प्रदेश"
        " के सभी कलेक्टरों को गाइडलाइन जारी की गई ।",
        dct="2020-05-15",
    )
    assert _inferred(art, "order")[-1] == "actor:Government of Chhattisgarh"


def test_several_states_closing_are_the_state_governments() -> None:
    # DH-2020-MAR-17.txt
    art = analysed(
        "कोरोना वायरस के संक्रमण को रोकने के लिए कई राज्यों में सिनेमा हॉल और मॉल को बंद कर दिए"
        " गए हैं ।",
        dct="2020-03-17",
    )
    assert _inferred(art, "close") == ["actor:several Indian state governments"]


def test_advice_to_policemen_is_the_polices() -> None:
    # AU-2020-MAR-27.txt (Indore)
    art = analysed(
        "कोरोना वायरस के प्रकोप के मद्देनजर इंदौर में लागू कर्फ्यू के दौरान ड्यूटी पर तैनात करीब"
        " 3,000 पुलिस कर्मियों को सलाह दी गई है कि वे इसका संक्रमण रोकने की सावधानी के तौर पर कुछ"
        " समय के लिए अपने परिवार से दूरी बनाएं ।",
        dct="2020-03-27",
    )
    assert _sources(art, "appeal") == [["actor:Indore Police"]]


def test_the_articles_state_issues_when_no_government_was_named() -> None:
    # AU-2020-MAR-16.txt (Uttarakhand's secretariat)
    art = analysed(
        "कोरोना: उत्तराखंड में प्रदर्शन, शादी और धार्मिक आयोजनों में 50 से ज्यादा लोगों के जुटने पर"
        " रोक\n\nकोरोना वायरस को लेकर राज्य सचिवालय में खास एहतियात बरती जा रही है । इसके तहत अब"
        " भीड़ भाड़ से बचने के लिए सचिवालय में आगंतुकों के प्रवेश को फिलहाल प्रतिबंधित किया गया है ।",
        dct="2020-03-16",
    )
    assert _inferred(art, "ban")[-1] == "actor:Government of Uttarakhand"


def test_a_towns_quarantine_stays_the_districts_with_a_state_named() -> None:
    # negative, PK-2020-MAY-09.txt: Bihar and Gujarat named, the town's quarantine is its own
    art = analysed(
        "बिहार के मुजफ्फरपुर जिले में शनिवार को तीन कोरोना पॉजिटिव मरीज मिले. मुजफ्फरपुर के"
        " जिलाधिकारी ने बताया कि तीनों लोग गुजरात से मुजफ्फरपुर आये थे. स्पेशल ट्रेन से उतरने के"
        " बाद तीनों को मुसहरी प्रखंड के क्वारेंटाइन सेंटर में रखा गया था.",
        dct="2020-05-09",
    )
    issuers = _inferred(art, "quarantine")
    assert issuers and all(i != "actor:Government of Bihar" for i in issuers)
    assert all("Gujarat" not in i for i in issuers)


def test_a_dateline_alone_gives_no_event_and_no_error() -> None:
    # bad input: a sentence that is only a dateline
    art = analysed("रांची :", dct="2020-03-22")
    assert art.events == []


def test_the_states_told_are_told_by_the_centre() -> None:
    # DJ-2020-ARP-07.txt:27 (a health ministry briefing), after a sentence naming a town
    art = analysed(
        "भीलवाड़ा में कोरोना के मरीज मिले । इसमें राज्यों को कोरोना के माइल्ड, मोडरेट और सिवियर केस"
        " के लिए अलग-अलग व्यवस्था करने को कहा गया है ।",
        dct="2020-04-07",
    )
    assert _sources(art, "tell_to") == [["actor:Government of India"]]


def test_a_district_officer_in_two_words_reports_the_quarantine() -> None:
    # DH-2020-ARP-09.txt (Aligarh): "जिला अधिकारी", the district magistrate written in two words
    art = analysed(
        "अलीगढ़ के जिला अधिकारी सीबी सिंह ने इस बात की जानकारी दी । उन्होंने साफ किया कि युवक का"
        " दिल्ली स्थिति निजामुद्दीन मरकज में हुए जमात के कार्यक्रम से कोई संबंध नहीं है ।\n\nजिला"
        " अधिकारी ने बताया कि इस युवक के साथ ही 9 अन्य लोगों को 30 मार्च को होम क्वारंटाइन कर दिया"
        " गया था ।",
        dct="2020-04-09",
    )
    [source] = _sources(art, "quarantine")
    # the DM named before reports his administration's measure (round ev120: the unseen tuning
    # set Tk codes this sentence so), not Delhi's districts
    assert source == ["actor:Aligarh district administration"]


def test_a_district_the_kb_lists_as_a_region_is_a_district() -> None:
    # DH-2020-ARP-10.txt ("गौतमबुद्ध नगर में 22 और गाजियाबाद में 13 कोरोना हॉटस्पॉट सील करने के
    # बाद", its agent left out): Gautam Buddh Nagar is a district with no town of its name
    art = analysed("गौतमबुद्ध नगर में 22 कोरोना हॉटस्पॉट सील कर दिए गए हैं ।", dct="2020-04-10")
    assert _inferred(art, "seal") == ["actor:Gautam Buddh Nagar district administration"]
    # negative: a state seals as its government
    art = analysed("बिहार में 22 कोरोना हॉटस्पॉट सील कर दिए गए हैं ।", dct="2020-04-10")
    assert _inferred(art, "seal") == ["actor:Government of Bihar"]


def test_is_state_tells_states_from_districts() -> None:
    def region(ident: str) -> Mention:
        return Mention(start=0, end=1, text="x", type="REGION", entity_id=ident)

    assert is_state(region("kb:in-state/BR")) and is_state(region("kb:cn-province/HB"))
    assert not is_state(region("kb:in-region/gautam-buddh-nagar"))
    assert not is_state(Mention(start=0, end=1, text="x", type="CITY", entity_id="kb:in-state/BR"))
    assert not is_state(Mention(start=0, end=1, text="x", type="REGION"))  # unlinked


def test_a_list_of_towns_is_no_town_and_bare_police_are_the_states() -> None:
    # DH-2020-ARP-09.txt (UP's sealed areas by district), then AU-2020-MAR-31.txt's bare police:
    # the last town of the list (Sitapur) is not the story's town; with no town, the police of
    # the state the article names
    art = analysed(
        "उत्तर प्रदेश में कोरोना के 22 नए मरीज मिले । इसके अलावा लखनऊ के 11, गाजियाबाद 13, नोएडा"
        " 12, कानपुर नगर 12, वाराणसी चार, शामली तीन, मेरठ सात, बरेली एक, बुलंदशहर तीन, बस्ती के"
        " तीन, फिरोजाबाद तीन, सहारनपुर चार, महाराजगंज चार व सीतापुर के एक क्षेत्र को पूरी तरह से"
        " सील कर दिया गया है । पुलिस जल्द ही लोगों को मस्जिद से निकालेगी और उन्हें क्वारंटाइन में"
        " भेज देगी ।",
        dct="2020-04-09",
    )
    assert _sources(art, "quarantine") == [["actor:Uttar Pradesh Police"]]


def test_bare_police_after_one_town_are_that_towns() -> None:
    # negative: one town named, its police (AU-2020-MAR-31.txt's sentence after a town)
    art = analysed(
        "बरेली में कोरोना के दो नए मरीज मिले । पुलिस जल्द ही लोगों को मस्जिद से निकालेगी और उन्हें"
        " क्वारंटाइन में भेज देगी ।",
        dct="2020-04-09",
    )
    assert _sources(art, "quarantine") == [["actor:Bareilly Police"]]
