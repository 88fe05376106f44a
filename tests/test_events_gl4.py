"""Issue 13, round gl4: the public an appeal or advice addresses is named by the Hindi word the
report uses for it: "नागरिकों" = citizens of the place, the bare "लोगों" = the general public of
the place (the tuning golds' names), only as the addressee of a REQUEST with nothing before it
but a quantifier or the jurisdiction's own genitive. Sentences quoted from the 280 allowed
corpus day files of corpus/hindi-covid-2020 (file named with each)."""

from __future__ import annotations

from khabar.events.public_words import public_said
from khabar.model import Argument, Event

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-21")


def _targets(text: str, kind: str = "REQUEST") -> list[list[str]]:
    art = analysed(text)
    return [role_names(art, e, "target") for e in events_of(art, kind)]


def test_people_appealed_to_are_the_general_public() -> None:
    # DJ-2020-ARP-08.txt (the tuning gold's "general public (Delhi)")
    text = (
        "इस बीच दिल्ली के उपराज्यपाल अनिल बैजल ने लोगों से अनुरोध किया है कि वे अपने घरों से बाहर"
        " न निकलें और इसके बजाय अपने परिवार की सुरक्षा के लिए प्रार्थना करें ।"
    )
    assert _targets(text) == [["general public of Delhi"]]


def test_a_quantifier_or_the_jurisdictions_genitive_before_the_people() -> None:
    # AU-2020-MAR-05.txt: "आम लोगों" is the general public as the glossary says
    text = "गेब्रीयेसस ने आम लोगों से फेस मास्क की जमाखोरी नहीं करने की अपील की है ।"
    assert _targets(text) == [["general public of India"]]
    # NT-2020-MAR-18.txt: "देश भर के लोगों", the people across the country
    text = (
        "दिल्ली के अखिल भारतीय आयुर्विज्ञान संस्थान (एम्स) ने देश भर के लोगों से अपील की है कि कोरोना"
        " वायरस के प्रकोप को देखते हुए बेहद जरूरी होने पर ही मरीज आएं ।"
    )
    assert _targets(text) == [["general public of India"]]
    # DH-2020-MAR-05.txt: "राज्य के लोगों", the state's own
    text = (
        "कोरोना वायरस को लेकर जारी दहशत के बीच महाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने गुरुवार को कहा"
        " कि राज्य के लोगों को घबराने की जरूरत नहीं है ।"
    )
    assert _targets(text) == [["general public of Maharashtra"]]


def test_citizens_addressed_are_the_places_citizens() -> None:
    # PK-2020-MAR-11.txt (the tuning gold's "citizens of Italy")
    text = (
        "इटली के प्रधानमंत्री ग्यूसेप कोंते ने अपने देश के नागरिकों से कहा है कि वे किसी अत्यावश्यक"
        " कार्य या स्वास्थ्य कारणों से ही यात्रा करें."
    )
    assert _targets(text) == [["citizens of Italy"]]
    # PK-2020-MAY-13.txt
    text = "वहीं विभाग ने सभी नागरिकों से मास्क पहनने और दूसरों को भी इसके लिए जागरूक करने की अपील की है."
    assert _targets(text) == [["citizens of India"]]


def test_a_counted_group_is_no_public_addressed() -> None:
    # DJ-2020-MAR-11.txt: the six crore people of a region, counted
    text = "सरकार ने देश के 6 करोड़ लोगों से कड़ाई के साथ नियमों का पालन करने को कहा है ।"
    assert _targets(text) == [["public of India"]]


def test_the_people_as_doers_or_carried_keep_their_name() -> None:
    # PK-2020-MAR-10.txt: people who threw stones are no public addressed
    text = "घटना की जानकारी मिलने पर घटनास्थल पर पहुंची पुलिस की टीम पर लोगों ने पथराव कर दिया."
    art = analysed(text)
    [ev] = events_of(art, "ASSAULT")
    assert role_names(art, ev, "source") == ["public of India"]
    # PK-2020-APR-27.txt: Swiss nationals flown home are not the public's citizens
    text = "केरल में फंसे 164 स्विस नागरिकों को कोच्चि एयरपोर्ट से एयरलिफ्ट किया गया."
    assert "citizens of India" not in [n for t in _targets(text, "AID") for n in t]


def test_the_countrys_dwellers_stay_its_public() -> None:
    # AU-2020-MAR-21.txt; the golds part on "देशवासियों" (round nm6 kept)
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से अपील की है कि कोरोना के डर से शहर छोड़कर गांवों की तरफ न भागें ।"
    )
    assert _targets(text) == [["public of India"]]


def _event(kind: str, words: str, start: int, role: str = "target") -> Event:
    ident = "actor:public of India"
    arg = Argument(role, words, start, start + len(words), ident)
    ev = Event(kind, None, "अपील", 0, 0, 0, 0, arguments=[arg])
    (ev.target if role == "target" else ev.source).append(ident)
    return ev


def test_public_said_asks_the_addressees_case() -> None:
    text = "उन्होंने लोगों से अपील की ।"
    start = text.index("लोगों")
    ident = "actor:public of India"
    ev = _event("REQUEST", "लोगों", start)
    assert public_said(text, ev, ident, "public of India") == "general public of India"
    # another name, another type or the doer's side: nothing said
    assert public_said(text, ev, ident, "residents of Noida") is None
    assert public_said(text, _event("COERCE", "लोगों", start), ident, "public of India") is None
    doer = _event("REQUEST", "लोगों", start, role="source")
    assert public_said(text, doer, ident, "public of India") is None
    # "लोगों की आवाजाही": a genitive, no addressee
    text = "उन्होंने लोगों की आवाजाही पर रोक की अपील की ।"
    ev = _event("REQUEST", "लोगों", text.index("लोगों"))
    assert public_said(text, ev, ident, "public of India") is None
    # "जरूरतमंद लोगों" inside the span: a described group
    text = "उन्होंने जरूरतमंद लोगों से अपील की ।"
    ev = _event("REQUEST", "जरूरतमंद लोगों", text.index("जरूरतमंद"))
    assert public_said(text, ev, ident, "public of India") is None
