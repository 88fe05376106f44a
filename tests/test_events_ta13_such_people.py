"""Issue 13, round ta13 (targets): "ऐसे (सभी) लोगों" ("such people") is a group the article
describes, never the public at large (:func:`khabar.events.such_people.keep_such_people`): the
phrase stays the target as its own words, with no public's actor or code. Real sentences (the
allowed corpus day files named) and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-05")


def test_such_people_warned_are_no_public() -> None:
    # AU-2020-ARP-05.txt (the tuning set Vn): those hiding a Markaz visit, named the sentence before
    text = (
        "बीमारी या विदेश दौरे की जानकारी छुपाने वालों को हिमाचल प्रदेश के डीजीपी सीताराम मरडी ने"
        " अल्टीमेटम दे दिया है । डीजीपी ने ऐसे सभी लोगों को चेताया था कि रविवार शाम पांच बजे तक"
        " हर हाल में अपनी जानकारी खुद आगे आकर पुलिस को देना सुनिश्चित करें ।"
    )
    art = analysed(text)
    [ev] = [e for e in events_of(art, "REQUEST") if e.trigger == "चेताया"]
    assert ev.target == ["text:ऐसे सभी लोगों"]
    assert role_names(art, ev, "target") == ["all such people"]
    assert not any(k.startswith("actor:public") for k in ev.codes)
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "ऐसे सभी लोगों"  # its words are the evidence


def test_such_people_acted_against_are_no_public() -> None:
    # the second sentence from AU-2020-ARP-05.txt (the tuning set Vn), the first written: the
    # attackers meant, neither the public nor the health workers named before them
    text = (
        "मुख्यमंत्री ने कहा कि कुछ लोग स्वास्थ्य कर्मियों पर हमला कर रहे हैं ।"
        " हमने ऐसे लोगों के खिलाफ सख्त कार्रवाई की ।"
    )
    art = analysed(text)
    [ev] = events_of(art, "COERCE")
    assert ev.target == ["text:ऐसे लोगों"]
    assert role_names(art, ev, "target")[0].startswith("such people")
    assert not any(k.startswith("actor:public") for k in ev.codes)


def test_such_people_of_a_relative_clause_are_no_public() -> None:
    # AU-2020-ARP-29.txt (the tuning set Vi): the relative clause says who they are
    text = (
        "केंद्रीय गृह मंत्रालय ने ऐसे लोगों को घर जाने की अनुमति दे दी है जो लॉकडाउन के चलते अपने"
        " घर से दूर या बाहरी राज्यों में फंसे हुए हैं ।"
    )
    art = analysed(text, "2020-04-29")
    [ev] = events_of(art, "CONCEDE")
    assert ev.target == ["text:ऐसे लोगों"]
    assert role_names(art, ev, "target") == ["such people"]


def test_people_at_large_stay_the_public() -> None:
    # negatives: "लोगों" and "सभी लोगों" with no "ऐसे" are still the public
    art = analysed("पुलिस ने लोगों के खिलाफ सख्त कार्रवाई की ।")
    [ev] = events_of(art, "COERCE")
    assert ev.target == ["actor:public of India"]
    art = analysed("पुलिस ने सभी लोगों को घर में रहने को कहा ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.target == ["actor:public of India"]


def test_such_named_group_is_left_alone() -> None:
    # negative: "ऐसे" before a named group is not the public and is not touched here
    art = analysed("पुलिस ने ऐसे दुकानदारों के खिलाफ सख्त कार्रवाई की ।")
    [ev] = events_of(art, "COERCE")
    assert not any(t.startswith("text:ऐसे") for t in ev.target)
