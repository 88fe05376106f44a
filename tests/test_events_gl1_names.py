"""Issue 13, round gl1: an actor phrase kept as text whose head the actor glossary lacks gets its
English from the naming-only glossary (``data/actors/gloss_names_hi_en.yaml``) instead of none
('?'): "मंत्रालय ने … अपील की" = ministry, "हाई पावर कमेटी" = high-power committee. The words are
read at naming only, so a bare "मंत्रालय" is still the ministry named before it, and a phrase whose
head stays unknown (junk, "उसके आसपास") keeps no English. Sentences quoted from the allowed corpus
day files of corpus/hindi-covid-2020 (file in a comment) or written."""

from __future__ import annotations

from khabar.events.gloss import gloss
from khabar.events.glossary import glossary, read_glossary
from khabar.events.name_glosses import named_phrase, names_glossary_path

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-09")


def test_the_naming_glossary_is_well_formed_and_new() -> None:
    extra = read_glossary(names_glossary_path())
    main = {(f, e.kind) for e in glossary().entries for f in e.forms}
    # each form is new to the main glossary in its kind: the file only adds
    assert extra.entries
    assert not [f for e in extra.entries for f in e.forms if (f, e.kind) in main]


def test_heads_the_glossary_lacked_are_named() -> None:
    assert named_phrase("मंत्रालय") == "ministry"
    assert named_phrase("संगठन") == "organisation"
    assert named_phrase("हाई पावर कमेटी") == "high-power committee"
    assert named_phrase("सभी जिला प्रशासनों") == "all district administrations"
    assert named_phrase("विधानसभा का बजट सत्र") == "budget session of the legislative assembly"
    assert named_phrase("प्रस्तावित तीन दिवसीय देशव्यापी हड़ताल") == (
        "proposed three-day nationwide strike"
    )
    assert named_phrase("इस विश्व कप") == "the World Cup"
    assert named_phrase("टी20 विश्व कप") == "T20 World Cup"
    assert named_phrase("धार्मिक , खेल आयोजन") == "religious and sports events"
    assert named_phrase("छोटे कारोबार") == "small businesses"
    assert named_phrase("राज्य के वरिष्ठ राजनीतिक नेताओं") == "senior political leaders"


def test_the_main_glossary_does_not_know_them() -> None:
    # the argument readers read the main glossary: a glossed bare "मंत्रालय" would no longer be
    # resolved to the ministry named before it
    assert gloss("मंत्रालय") is None
    assert gloss("हाई पावर कमेटी") is None


def test_junk_and_unknown_heads_keep_no_english() -> None:
    assert named_phrase("उसके आसपास") is None
    assert named_phrase("पास") is None
    assert named_phrase("आया सभी") is None
    # a bare holding ("रिट्रीट सेरेमनी के आयोजन पर पाबंदी" kept only "आयोजन") says nothing
    assert named_phrase("आयोजन") is None


def test_related_is_not_concerned() -> None:
    # "से संबंधित" = related to: not glossed, so not "concerned advertisements"
    assert named_phrase("सिविल सेवा परीक्षा से संबंधित विज्ञापन") == "advertisements"


def test_a_bare_ministry_with_none_named_before_is_named() -> None:
    # PK-2020-MAR-09.txt
    art = analysed(
        "मंत्रालय ने लोगों से अपना यात्रा इतिहास स्पष्ट तौर पर बताने और स्व घोषणा वाले फॉर्म"
        " ठीक से भरने की अपील की है ।"
    )
    (ev,) = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["ministry"]


def test_a_bare_ministry_after_one_named_is_still_that_ministry() -> None:
    # NT-2020-APR-03.txt
    art = analysed(
        "गृह मंत्रालय की अधिकारी पुण्य सलिला श्रीवास्तव ने बताया कि मंत्रालय ने सभी राज्य सरकारों"
        " पत्र लिखकर स्वास्थ्यकर्मियों और फ्रंटलाइन वर्कर्स पर हमले के मामले में सख्त कार्रवाई करने"
        " को कहा है ।"
    )
    sources = {n for ev in art.events for n in _names(art, ev, "source")}
    assert "Ministry of Home Affairs of India" in sources
    assert "ministry" not in sources


def test_a_postponed_session_has_english() -> None:
    # PK-2020-MAR-24.txt
    art = analysed("विधानसभा का बजट सत्र भी समय से पहले स्थगित कर दिया गया ।")
    targets = [n for ev in _events(art, "COERCE") for n in _names(art, ev, "target")]
    assert targets == ["budget session of the legislative assembly"]


def test_people_named_by_a_participle_alone() -> None:
    assert named_phrase("लौटने वालों") == "people returning"
    assert named_phrase("गृह जिले में लौटने वालों") == "people returning"
    assert named_phrase("घर से निकलने वाले") == "people going out"
    # a participle the main glossary already reads keeps its own English
    assert named_phrase("विदेश से लौटने वाले लोगों") == "people returning from abroad"
    # an unknown verb's participle stays without English
    assert named_phrase("राशन हासिल करने वालों") is None


def test_returnees_quarantined_at_home_have_english() -> None:
    # DJ-2020-MAR-29.txt
    art = analysed("अब गृह जिले में लौटने वालों को वहीं क्वारंटाइन किया जाएगा ।")
    targets = [n for ev in _events(art, "COERCE") for n in _names(art, ev, "target")]
    assert targets and all(n.startswith("people returning") for n in targets)
