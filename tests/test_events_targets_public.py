"""Whom a curfew, a lockdown or a tightening binds (round ev25, issue 13): the people of the
place, named as event coders name them ("residents of Ajmer", "public of Punjab"), with the
place's Hindi words kept as the argument's text; a public inferred for a measure whose source is
placed only later (the police of the article's place) gets that place, and none is guessed when
the source is placed by an office word alone.

The sentences are written for the test in the manner of the COVID corpus."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.model import Article, Event


def events(text: str, dct: str = "2020-04-10") -> tuple[Article, list[Event]]:
    return article_events(text, dct)


targets = target_names


def test_a_curfew_in_a_town_binds_its_residents() -> None:
    art, evs = events(
        "संक्रमितों की संख्या बढ़ने के बाद जिला प्रशासन ने अजमेर में कर्फ्यू लगा दिया है ।"
    )
    [ev] = [e for e in evs if e.mode == "curfew"]
    assert targets(art, ev) == ["residents of Ajmer"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert arg.text == "अजमेर"  # the Hindi still says which place
    assert ev.codes[ev.target[0]].endswith(" CVL")


def test_a_lockdown_of_a_state_binds_its_public() -> None:
    art, evs = events("राज्य सरकार ने पूरे पंजाब में लॉकडाउन लागू कर दिया है ।")
    [ev] = [e for e in evs if e.mode == "lockdown"]
    assert targets(art, ev) == ["public of Punjab"]


def test_a_tightening_by_the_police_binds_the_public_of_their_place() -> None:
    art, evs = events(
        "पटना : बिहार में लॉकडाउन का तीसरा चरण शुरू हो गया है ।"
        " पुलिस रात आठ बजे से सुबह छह बजे तक सख्ती बरतेगी ।"
    )
    [ev] = [e for e in evs if e.mode == "enforce"]
    assert targets(art, ev) == ["residents of Patna"]


def test_no_public_is_guessed_for_an_officer_placed_by_no_word() -> None:
    art, evs = events("अपर मुख्य सचिव गृह राजेश कुमार ने रविवार को नए दिशा-निर्देश जारी कर दिए ।")
    [ev] = [e for e in evs if e.mode == "order"]
    assert ev.target == []
    assert not any(a.role.startswith("target") for a in ev.arguments)


def test_a_closure_of_shops_keeps_its_object() -> None:
    # not a curfew or lockdown: what is closed stays the target
    art, evs = events("जिलाधिकारी ने अजमेर में सभी दुकानें बंद करने का आदेश दिया है ।")
    assert not any(t.startswith(("residents of", "public of")) for e in evs
                   for t in targets(art, e))


def test_these_people_are_not_the_public() -> None:
    # "इन लोगों": people named before, not everyone in the country
    art, evs = events(
        "दिल्ली से लौटे इन लोगों को 14 दिनों तक क्वारंटीन में रखा जाएगा ।"
    )
    [ev] = [e for e in evs if e.mode == "quarantine"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    # round nm10: the participle's words join theirs ("the people returning from Delhi")
    assert arg.text == "दिल्ली से लौटे इन लोगों"
    assert not any(t.startswith("public of") for t in targets(art, ev))
    assert targets(art, ev)[0].startswith("the people")



def test_a_circumstance_in_mein_is_no_place_of_the_measure() -> None:
    # "इस संबंध में", "ऐसी स्थिति में": in this regard, in such a case; the curfew binds the
    # public of the magistrate's district
    art, evs = events(
        "आगरा में संक्रमितों की संख्या बढ़ रही है । इस संबंध में जिलाधिकारी ने धारा 144 लागू कर दी है ।"
    )
    [ev] = [e for e in evs if e.mode == "curfew"]
    assert not any(a.text == "इस संबंध" for a in ev.arguments)
    assert targets(art, ev) == ["residents of Agra"]
    art, evs = events("ऐसी स्थिति में उत्तराखंड सरकार ने लॉकडाउन की घोषणा कर दी है ।")
    [ev] = [e for e in evs if e.mode == "lockdown"]
    assert targets(art, ev) == ["public of Uttarakhand"]


def test_the_place_written_before_an_object_names_it() -> None:
    # a state's chief minister bans public vehicles in one city: the vehicles are the city's
    art, evs = events(
        "बिहार के मुख्यमंत्री नीतीश कुमार ने पटना में सार्वजनिक वाहनों पर रोक लगा दी है ।"
    )
    [ev] = [e for e in evs if e.mode == "ban"]
    assert targets(art, ev) == ["public transport vehicles in Patna"]
    assert any(a.role == "location" and a.text == "पटना" for a in ev.arguments)
