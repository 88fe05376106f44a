"""Issue 13, round pl1 (the place of an inferred authority): an agentless measure whose sentence
names no place is the state's that its paragraph named, after the town the article named last
and in which that town lies, not that town's district's ("पटना : … इधर, बिहार में … लौटनेवाले
यात्रियों की संख्या … । विदेशों से लौटे इन यात्रियों को पहले सर्विलांस पर रखा गया है" was the
Patna health department's). A state named only as the owner of a person ("झारखंड की पहली …
महिला"), a state named in an earlier paragraph, or one the town lies outside keeps the town."""

from __future__ import annotations

from khabar.events.actor_context import ActorContext
from khabar.events.actors import place_code
from khabar.events.paragraph_state import paragraph_state

from .hindi_events import analyser, before_events, sentence_views
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names


def _sources(date: str, text: str, kind: str = "COERCE") -> list[list[str]]:
    art = analyser(date)(text)
    return [_names(art, ev, "source") for ev in _events(art, kind)]


def test_a_state_figure_after_the_dateline_town_is_the_state_health_department() -> None:
    # PK-2020-MAR-23.txt: Bihar's returnees under surveillance, under a Patna dateline
    text = (
        "पटना : भारत में अब तक कोरोना वायरस से ग्रसित मरीजों की संख्या सोमवार तक 283 हो गयी है."
        " इधर, बिहार में 15 जनवरी के बाद कोरोना प्रभावित देशों से लौटनेवाले यात्रियों की संख्या"
        " बढ़कर 537 पहुंच गयी है. विदेशों से लौटे इन यात्रियों को पहले सर्विलांस पर रखा गया है."
    )
    assert ["Bihar health department"] in _sources("2020-03-23", text)


def test_a_state_order_after_the_bureau_town_is_the_state_government() -> None:
    # DJ-2020-MAR-29.txt: every returnee in Uttar Pradesh checked, a suspect quarantined
    text = (
        "लखनऊ, जेएनएन । कोरोना वायरस के बढ़ते प्रकोप को देखते हुए मुख्यमंत्री योगी आदित्यनाथ ने"
        " बेहद सख्त फैसला लिया है । अब उत्तर प्रदेश में एक मार्च के बाद से आए हर नागरिक की जांच"
        " होगी । इनके ऊपर संक्रमण का जरा भी शक होगा तो इनको क्वारंटाइन किया जाएगा ।"
    )
    sources = _sources("2020-03-29", text)
    assert sources and all("Lucknow district administration" not in s for s in sources)


def test_the_paragraph_state_outranks_a_town_of_an_earlier_paragraph() -> None:
    # DJ-2020-ARP-25.txt: a state round-up; Prayagraj was the last town, a paragraph before
    text = (
        "राज्य सरकार ने 11 जिलों को कोरोना मुक्त घोषित किया था मगर प्रयागराज में दोबारा मरीज"
        " मिलने के बाद अब 10 जिले कोरोना मुक्त हैं ।\n\n"
        "यूपी में चीन सहित विदेश यात्रा से लौटे 91719 लोगों को शुक्रवार को चिन्हित किया गया ।"
        " इन्हें स्वास्थ्य विभाग की रैपिड रिस्पांस टीम की निगरानी में रखा गया है ।"
    )
    sources = _sources("2020-04-25", text)
    assert ["Uttar Pradesh health department"] in sources
    assert all("Prayagraj health department" not in s for s in sources)


def test_a_state_named_as_an_owner_keeps_the_town() -> None:
    # PK-2020-APR-27.txt: the Malaysian patient moved to Ranchi's Khelgaon quarantine centre
    text = (
        "रांची : राजधानी रांची में कोरोनावायरस का संक्रमण लगातार बढ़ता ही जा रहा है.\n\n"
        "शनिवार 25 अप्रैल को बोकारो से कोरोना संक्रमण को मात देने वाले चार मरीजों को अस्पताल से"
        " छुट्टी दे दी गयी है. पूर्व में ठीक होने वालों में रांची से पांच, हजारीबाग से दो और सिमडेगा"
        " से एक मरीज है. झारखंड की पहली कोरोना पॉजिटिव मलयेशियाई महिला ने भी कोरोना से जंग जीत ली"
        " है. उसे कोविड-19 वार्ड से निकालकर खेलगांव स्थित क्वारेंटाइन सेंटर में रखा गया है."
    )
    sources = _sources("2020-04-27", text)
    assert sources and all("Government of Jharkhand" not in s for s in sources)


def test_the_rule_reads_the_paragraph_the_order_and_the_town_state() -> None:
    [sv] = sentence_views(before_events("इन्हें निगरानी में रखा गया है ।", "2020-04-25"))
    up = place_code("kb:in-state/UP")
    assert up is not None
    at = sv.start + 100  # the sentence read as if the article went before it
    sv.start, sv.end = at, at + (sv.end - sv.start)
    ctx = ActorContext(
        state=up,
        state_at=at - 5,
        state_seat=True,
        locality=(up[0], "Prayagraj"),
        locality_at=at - 50,
        locality_state="in-state/UP",
        paragraph_at=at - 10,
    )
    assert paragraph_state(sv, ctx) == up
    ctx.state_at = at - 60  # the state before the town: the town is the later place
    assert paragraph_state(sv, ctx) is None
    ctx.state_at, ctx.paragraph_at = at - 5, at - 2  # the state in an earlier paragraph
    assert paragraph_state(sv, ctx) is None
    ctx.paragraph_at, ctx.state_aside = at - 10, True  # "झारखंड की पहली … महिला"
    assert paragraph_state(sv, ctx) is None
    ctx.state_aside, ctx.locality_state = False, "in-state/BR"  # the town lies in another state
    assert paragraph_state(sv, ctx) is None
