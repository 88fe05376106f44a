"""Issue 13, round dl2 (a state's figure given a town): a measure with no place in its sentence
whose paragraph, after the town the article named last, scoped itself to the state ("प्रदेश में
स्वास्थ्य विभाग और अलर्ट हो गया है", "राज्य में चार और लोगों …") is the state's, not the town's;
a measure across "the districts around" a town ("मुंबई के आसपास के जिलों से") is its state's, and
a list of three towns counts a district the KB files as a region ("गौतमबुद्ध नगर"). A
superlative ("प्रदेश में सबसे पहले"), a town named after the word, and a state or government named
since the town keep what they gave."""

from __future__ import annotations

from khabar.events.actor_context import ActorContext
from khabar.events.paragraph_state import scope_word_state

from .hindi_events import analyser, before_events, sentence_views
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names


def _sources(date: str, text: str, kind: str = "COERCE") -> list[list[str]]:
    art = analyser(date)(text)
    return [_names(art, ev, "source") for ev in _events(art, kind)]


def test_a_state_alert_after_the_bureau_town_makes_the_order_the_state_s() -> None:
    # DJ-2020-MAR-01.txt: the UP health department's advice; the families' instruction
    text = (
        "लखनऊ, जेएनएन । चीन से फैले कोरोना वायरस के बढ़ते प्रकोप को लेकर प्रदेश में स्वास्थ्य विभाग"
        " और अलर्ट हो गया है । वहीं उनके परिवारीजन को भी मास्क लगाकर रहने और हाथ साफ रखने के"
        " निर्देश दिए हैं ।"
    )
    sources = _sources("2020-03-01", text)
    assert ["Government of Uttar Pradesh"] in sources
    assert all("Lucknow district administration" not in s for s in sources)


def test_a_state_round_up_of_suspects_is_the_state_health_department_s() -> None:
    # DJ-2020-MAR-10.txt: four suspects across Punjab, a Batala child among them
    text = (
        "जेएनएन, अमृतसर/जालंधर । इटली से 4 मार्च को अमृतसर एयरपोर्ट पर पहुंचे होशियारपुर निवासी"
        " एक शख्स कोरोना पॉजिटिव है ।\n\n"
        "वहीं, राज्य में चार और लोगों के कोरोना वायरस से संक्रमित होने की आशंका है । इटली से"
        " बटाला अपने गांव लौटे परिवार के पांच साल के बच्चे को खांसी-जुकाम व बुखार की शिकायत के"
        " बाद सिविल अस्पताल के आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    sources = _sources("2020-03-10", text)
    assert ["Punjab health department"] in sources


def test_the_districts_around_a_town_are_its_state_s() -> None:
    # NT-2020-MAR-31.txt: suspects from the districts around Mumbai sent to two hospitals
    text = (
        "मुंबई : महाराष्ट्र में कोरोना के मरीजों की संख्या बढ़ रही है । इसके अलावा मुंबई के आसपास"
        " के जिलों से भी कोरोना के तमाम संदिग्ध मरीज दो डेडिकेटेड अस्पतालों में भेजे जा रहे हैं ।"
    )
    sources = _sources("2020-03-31", text)
    assert ["Government of Maharashtra"] in sources
    assert all("Mumbai district administration" not in s for s in sources)


def test_a_state_order_s_district_list_is_the_state_s_with_a_district_region() -> None:
    # AU-2020-ARP-08.txt: the UP government's order to seal 15 districts, three of them listed
    text = (
        "उत्तर प्रदेश में कोरोना के बढ़ते हुए खतरे को देखकर यूपी सरकार ने बड़ा फैसला लिया है और इसके"
        " तहत उसने आज रात 12 बजे से सूबे के 15 जिले सील करने का आदेश दिया है । इन 15 जिलों में"
        " एनसीआर के भी तीन जिले हैं । आज रात 12 बजे से गौतमबुद्ध नगर, गाजियाबाद और बुलंदशहर भी"
        " सील हो जाएंगे ।"
    )
    sources = _sources("2020-04-08", text)
    assert ["Government of Uttar Pradesh"] in sources
    assert all("Gautam Buddh Nagar district administration" not in s for s in sources)


def test_a_town_first_in_its_state_keeps_the_town() -> None:
    # DJ-2020-ARP-12.txt: "यहां प्रदेश में सबसे पहले हॉटस्पॉट बनाए गए थे": Agra's hotspots
    text = (
        "जागरण संवाददाता, आगरा । उप्र ही नहीं, बल्कि देशभर में कोरोना से जंग में आगरा मॉडल नजीर"
        " बन गया है । यहां प्रदेश में सबसे पहले हॉटस्पॉट बनाए गए थे । छह अप्रैल को 22 हॉस्टस्पॉट"
        " जोन बनाए गए थे ।"
    )
    sources = _sources("2020-04-12", text)
    assert sources and all("Government of Uttar Pradesh" not in s for s in sources)


def test_a_town_named_after_the_state_count_keeps_the_town() -> None:
    # DH-2020-MAR-31.txt: the state's count, then Gopalganj's first case and its sealing
    text = (
        "बिहार में कोरोना वायरस संक्रमण के एक अन्य मामले की मंगलवार को पुष्टि होने के बाद प्रदेश में"
        " संक्रमितों की संख्या बढ़कर 16 हो गयी । आरएमआरआई में 44 लोगों के जांच का सैंपल आया, जिसमें"
        " गोपालगंज जिले से पहला केस सामने आया है । मरीज के घर के सभी सदस्यों को किया गया क्वारंटाइन ।"
    )
    sources = _sources("2020-03-31", text)
    assert sources and all("Government of Bihar" not in s for s in sources)


def test_the_rule_reads_the_word_the_town_and_what_was_named_since() -> None:
    [sv] = sentence_views(before_events("इन्हें निगरानी में रखा गया है ।", "2020-03-01"))
    lead = "लखनऊ, जेएनएन । प्रदेश में स्वास्थ्य विभाग अलर्ट है । "
    sv.start, sv.end = len(lead), len(lead) + (sv.end - sv.start)
    text = lead + "इन्हें निगरानी में रखा गया है ।"
    ctx = ActorContext(
        locality=("IN-UP", "Lucknow"), locality_at=0, locality_state="in-state/UP", paragraph_at=0
    )
    found = scope_word_state(sv, ctx, text)
    assert found is not None and found[1] == "Uttar Pradesh"
    ctx.state_at = 20  # a state named since the town: the word is that one's (the caller's)
    assert scope_word_state(sv, ctx, text) is None
    ctx.state_at = -1
    for word in ("उत्तर प्रदेश में", "दूसरे राज्य में", "प्रदेश में सबसे"):
        other = lead.replace("प्रदेश में", word)
        sv.start = len(other)
        assert scope_word_state(sv, ctx, other + "इन्हें …") is None, word
