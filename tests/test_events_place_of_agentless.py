"""Issue 13, round sa2: the inferred authority of an agentless measure placed in the wrong place
(round sa1's source audit, class C). Three constructions, each on real sentences of the allowed
corpus/hindi-covid-2020 day files, with negatives:

- a town a traveller passed through ("इटली के रास्ते", "वाया दिल्ली", "दिल्ली एयरपोर्ट पर पहुंचा
  था" after the journey's origin) is no story town (:mod:`khabar.events.waypoints`);
- a bare "प्रशासन" in a Delhi report after a compass district was named is that district's
  administration (:func:`khabar.events.actor_context.district_earlier`);
- a foreign town named before a home place "X में" or a state of another country is no longer
  where a measure is (:mod:`khabar.events.stale_places`)."""

from __future__ import annotations

from types import SimpleNamespace

from khabar.events.waypoints import waypoints

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_issuer.py


def _spans(
    sentence: str, *places: str
) -> tuple[list[SimpleNamespace], list[tuple[int, int, SimpleNamespace]]]:
    words = sentence.split()
    tokens = [SimpleNamespace(text=w) for w in words]
    spans = []
    for p in places:
        n = len(p.split())
        lo = next(i for i in range(len(words)) if words[i : i + n] == p.split())
        spans.append((lo, lo + n - 1, SimpleNamespace(start=lo)))
    return tokens, spans


def test_way_points_by_road_via_and_an_airport_on_the_way() -> None:
    # AU-2020-MAR-19.txt; AU-2020-MAR-02.txt ("गोरखपुर से वाया दिल्ली होते हुए जेद्दा")
    s = "वह 7 मार्च को जर्मनी से इटली के रास्ते दिल्ली एयरपोर्ट पर पहुंचा था ।"
    tokens, spans = _spans(s, "जर्मनी", "इटली", "दिल्ली")
    assert waypoints(tokens, spans, {spans[0][2].start}) == {spans[1][2].start, spans[2][2].start}
    tokens, spans = _spans("इनकी फ्लाइट गोरखपुर से वाया दिल्ली होते हुए जेद्दा के लिए थी ।", "दिल्ली")
    assert waypoints(tokens, spans, set()) == {spans[0][2].start}


def test_an_airport_with_no_journey_named_is_where_the_measure_is() -> None:
    # with no place the travellers came from, the airport's town is where they are screened
    tokens, spans = _spans("दिल्ली एयरपोर्ट पर पहुंचे यात्रियों की स्क्रीनिंग की गई ।", "दिल्ली")
    assert waypoints(tokens, spans, set()) == set()
    # a road's "रास्ते" after no place mention is read by nobody ("सड़क के रास्ते")
    tokens, spans = _spans("ये सभी सड़क के रास्ते अमृतसर पहुंचे थे ।", "अमृतसर")
    assert waypoints(tokens, spans, set()) == set()


# AU-2020-MAR-19.txt: a Nawanshahr man back from Germany by way of Italy and the Delhi airport
_NAWANSHAHR = (
    "पंजाब में कोरोना वायरस से पहली मौत सामने आई है ।"
    " एसबीएस नगर (नवांशहर) में हुई इस मौत के साथ ही देश में इस बीमारी से मरने वालों की संख्या चार"
    " पहुंच गई है ।"
    " 70 वर्षीय जिस बुजुर्ग की मौत हुई है, वह 7 मार्च को जर्मनी से इटली के रास्ते दिल्ली एयरपोर्ट"
    " पर पहुंचा था ।"
    " उसी दिन वह अपने गांव पहुंच गया था ।"
    " उसे घर में ही चिकित्सीय निगरानी में रखा गया था ।"
)


def test_a_homecomers_isolation_is_not_the_airport_towns() -> None:
    art = analysed(_NAWANSHAHR, dct="2020-03-19")
    [ev] = [e for e in art.events if e.mode == "quarantine"]
    assert ev.source and not any("Delhi" in s for s in ev.source)


# DH-2020-MAY-03.txt: a Kapashera building in South West Delhi, sealed by the district
_KAPASHERA = (
    "दक्षिण-पश्चिम दिल्ली के कापसहेड़ा स्थित एक इमारत में रहने वाले 41 व्यक्तियों में शनिवार को"
    " संक्रमण की पुष्टि हुई थी ।"
    " उन्होंने कहा कि इन सभी व्यक्तियों में कोई लक्षण नहीं हैं ।"
    " हमें उनकी जांच रिपोर्ट का इंतजार है ।"
    " जिला मजिस्ट्रेट ने कहा कि प्रशासन ने इमारत को सील करके कोविड-19 के प्रसार को रोक दिया ।"
)
# NT-2020-APR-15.txt: the capital's containment zones, no district named: the NCT's government
_CAPITAL = "कोरोना: दिल्ली में आज 17 मामले । प्रशासन ने राजधानी में 56 इलाकों को कंटेनमेंट जोन घोषित किया है ।"


def test_a_bare_administration_in_a_delhi_district_is_the_districts() -> None:
    art = analysed(_KAPASHERA, dct="2020-05-03")
    [ev] = [e for e in art.events if e.mode == "seal"]
    assert ev.source == ["actor:South West Delhi district administration"]


def test_a_bare_administration_in_delhi_with_no_district_is_the_nct() -> None:
    art = analysed(_CAPITAL, dct="2020-04-15")
    evs = [e for e in art.events if e.type == "COERCE"]
    assert evs and all(e.source == ["actor:Government of Delhi"] for e in evs)


# NT-2020-APR-26.txt: a world round-up under a Beijing dateline comes home
_ROUND_UP = (
    "बीजिंग, 26 अप्रैल (एपी) अमेरिका के हवाई में लोगों के घरों में रहने का आदेश मई के अंत तक बढ़ा"
    " दिया गया है ।"
    " पाबंदियों को लेकर बर्लिन से लेकर टेक्सास तक प्रदर्शन हुए हैं ।"
    " भारत में भी इस सप्ताह कुछ जगहों पर दुकानें खोलने की अनुमति दी गई है ।"
    " लेकिन लॉकडाउन में यह ढील उन इलाकों पर लागू नहीं होगी जहां संक्रमण का प्रकोप अधिक है ।"
    " शॉपिंग मॉल भी नहीं खुलेंगे ।"
)
# PK-2020-MAR-06.txt: a student back from Wuhan tells of its lockdown ("भारत आने" is no home place)
_WUHAN = (
    "कुर्मे ने दावा किया कि वुहान की सड़कों पर लाशें पड़ी होने की वीडियो पूरी तरह फर्जी हैं ।"
    " उन्होंने कहा कि भारत आने के बाद मुझे ऐसे वीडियो का पता चला ।"
    " हम लोग आराम से घूम रहे थे, लेकिन 23 जनवरी को तालाबंदी की घोषणा की गयी ।"
)


def test_a_foreign_town_named_before_a_home_place_is_stale() -> None:
    art = analysed(_ROUND_UP, dct="2020-04-26")
    [ev] = [
        e
        for e in art.events
        if e.mode == "close" and "मॉल" in art.text[e.evidence_start : e.evidence_end]
    ]
    assert ev.source == ["actor:Government of India"]


def test_coming_to_india_leaves_the_foreign_town() -> None:
    art = analysed(_WUHAN, dct="2020-03-06")
    evs = [e for e in art.events if e.mode == "lockdown"]
    assert evs and all(e.source == ["actor:Government of China"] for e in evs)


# DJ-2020-ARP-03.txt: a Karachi lockdown, its province named in the paragraph
_KARACHI = (
    "पाकिस्तान में लॉकडाउन तो है, लेकिन मस्जिदों में एकत्र होकर नमाज पढ़ने का सिलसिला बदस्तूर जारी है ।"
    " मस्जिद में एकत्र होने वाली भीड़ को रोकने के लिए पाकिस्तान के सिंध प्रांत की राजधानी कराची में"
    " कुछ कड़े कदम उठाए गए हैं ।"
    " यहां पर शुक्रवार को दिन में 12 बजे से तीन बजे के बीच कर्फ्यू जैसे लॉकडाउन का एलान किया गया है ।"
)


def test_a_foreign_towns_province_named_in_the_paragraph_orders_its_measure() -> None:
    art = analysed(_KARACHI, dct="2020-04-03")
    [ev] = [e for e in art.events if "12 बजे" in art.text[e.evidence_start : e.evidence_end]]
    assert ev.source == ["actor:Government of Sindh"]


def test_a_foreign_country_with_no_province_keeps_its_government() -> None:
    # the same paragraph without the province: the country's (round ev63)
    art = analysed(
        _KARACHI.replace("पाकिस्तान के सिंध प्रांत की राजधानी कराची में", "पाकिस्तान में"), dct="2020-04-03"
    )
    [ev] = [e for e in art.events if "12 बजे" in art.text[e.evidence_start : e.evidence_end]]
    assert ev.source == ["actor:Government of Pakistan"]
