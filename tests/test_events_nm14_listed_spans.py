"""Issue 13, round nm14, kind 1: a target said with the conjuncts of the list its span left out
("फ्रांस, जर्मनी और [स्पेन के नागरिकों]" was "public of Spain", "यूएई, कतर, ओमान और [कुवैत से आने
वाले यात्रियों]" "passengers arriving from Kuwait", "… चिड़िया घर, [पार्क, म्यूजियम]" "parks and
museums"). Real sentences (the allowed corpus day files named) and negatives: a list whose
conjuncts are targets of their own, a list with no comma, a gloss that reads the list otherwise,
a list that goes on past a name in brackets."""

from __future__ import annotations

from khabar.events.listed_spans import _conjuncts, others_listed
from khabar.model import Argument

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-11")


def _names(text: str, kind: str, dct: str = "2020-03-11") -> list[list[str]]:
    art = analysed(text, dct)
    return [role_names(art, e, "target") for e in events_of(art, kind)]


def test_nationals_of_three_countries() -> None:
    # NT-2020-MAR-11.txt
    text = (
        "वैश्विक स्तर पर कोविड-19 के बढ़ते प्रकोप के बीच भारत ने मंगलवार को फ्रांस, जर्मनी और "
        "स्पेन के नागरिकों के प्रवेश पर पाबंदी लगा दी ।"
    )
    assert _names(text, "COERCE") == [["citizens of France, Germany and Spain"]]


def test_passengers_from_four_countries_after_a_speech_verb() -> None:
    # DJ-2020-MAR-16.txt: the word before the list ("कहा") is no place and is left out
    text = (
        "लव अग्रवाल ने कहा, यूएई, कतर, ओमान और कुवैत से आने वाले यात्रियों के लिए 14 दिनों का "
        "विशेष निगरानी रखा गया है ।"
    )
    names = [n for ns in _names(text, "COERCE", "2020-03-16") for n in ns]
    assert names == ["passengers arriving from the United Arab Emirates, Qatar, Oman and Kuwait"]


def test_all_places_closed() -> None:
    # PK-2020-MAR-13.txt
    text = (
        "इसी कड़ी में बिहार सरकार ने भी 31 मार्च तक सभी स्कूल, कॉलेज कोचिंग संस्थान, सिनेमा हॉल, "
        "चिड़िया घर, पार्क, म्यूजियम बंद रखने का फैसला किया है."
    )
    [[name]] = _names(text, "COERCE", "2020-03-13")
    assert name.startswith(
        "all schools, colleges coaching institutes, cinemas, zoos, parks and museums"
    )


def test_each_conjunct_its_own_target() -> None:
    # negative: DJ-2020-MAR-09.txt, each closed place is a target of its own and keeps its name
    text = "साथ ही पूरे देश में तीन अप्रैल तक स्कूल, सिनेमाघर, थियेटर, नाइट क्लब और म्यूजियम बंद कर दिए गए हैं ।"
    names = [n for ns in _names(text, "COERCE", "2020-03-09") for n in ns]
    assert names and all("," not in n and " and " not in n for n in names)


def test_list_with_no_comma_left() -> None:
    # negative: PK-2020-MAR-04.txt, "पुणे और [बाकी 4]": "X और" before a span is as often two
    # clauses' words as one list (read with no comma, 3 of 4 names on the allowed files went
    # wrong: "Pune and remaining 4")
    text = "इन 6 में से 2 संदिग्धों को पुणे और बाकी 4 को मुंबई में अलग निगरानी में रखा गया है ।"
    names = [n for ns in _names(text, "COERCE", "2020-03-04") for n in ns]
    assert names and all("Pune and" not in n for n in names)


def test_including_read_otherwise_left() -> None:
    # negative: DH-2020-MAR-10.txt, the gloss reads "… और फ्लोरिडा समेत आठ प्रांतों" as "New York
    # State, Washington State, California and eight provinces including Florida": the places are
    # not one list in it, and the name is left
    text = (
        "अमेरिका के न्यूयॉर्क, वाशिंगटन, कैलिफोर्निया और फ्लोरिडा समेत आठ प्रांतों में कोरोना "
        "वायरस के संक्रमण के मद्देनजर स्वास्थ्य आपातकाल की घोषणा कर दी गयी है ।"
    )
    for names in _names(text, "COERCE", "2020-03-10"):
        assert all("California" not in n for n in names)


def test_list_past_brackets_not_read() -> None:
    # negative: AU-2020-MAY-12.txt, "संयुक्त अरब अमीरात (यूएई), कनाडा, …": the list goes on past a
    # name in brackets, and a part of it would name a part of the countries
    text = "एयर इंडिया अमेरिका, संयुक्त अरब अमीरात (यूएई), कनाडा, ओमान, कतर और इंडोनेशिया आदि देशों में"
    assert _conjuncts(text, len(text) - len("इंडोनेशिया आदि देशों में")) is None
    assert _conjuncts("फ्रांस, जर्मनी और ", 18) == [(["फ्रांस"], ","), (["जर्मनी"], "और")]


def test_other_people_of_a_list() -> None:
    # DJ-2020-MAY-01.txt: the list's last conjunct is other people, not the public of India
    text = (
        "उन्होंने कहा कि दूसरे राज्यों में फंसे मजदूरों, छात्रों और अन्य लोगों को निकालने के लिए "
        "स्पेशल ट्रेन को भी सरकार ने अनुमति दी है ।"
    )
    names = [n for ns in _names(text, "CONCEDE", "2020-05-01") for n in ns]
    assert "other people" in names
    assert not any(n.startswith("public of") for n in names)


def test_seven_others_charged() -> None:
    # PK-2020-APR-26.txt: Maulana Saad's seven co-accused, not the public of Delhi
    text = (
        "शहर के निजामुद्दीन पुलिस थाने में दर्ज शिकायत के आधार पर कांधलवी और सात अन्य लोगों पर "
        "लॉकडाउन के दौरान आदेश का उल्लंघन कर सभा आयोजित करने के लिए मामला दर्ज किया गया है ."
    )
    names = [n for ns in _names(text, "COERCE", "2020-04-26") for n in ns]
    assert "seven other people" in names
    assert not any(n.startswith("public of") for n in names)


def test_others_only_in_a_list() -> None:
    # negatives: "अन्य लोगों" alone is no list (the placing rules name it: "other people in
    # Noida", DH-2020-MAY-04.txt), and a list whose public is not "अन्य लोगों" is left
    alone = Argument("target", "अन्य लोगों", 10, 20, "actor:public of India")
    assert others_listed(alone) is None
    listed = Argument("target", "मजदूरों , छात्रों और लोगों", 10, 30, "actor:public of India")
    assert others_listed(listed) is None
    workers = Argument("target", "मजदूरों , छात्रों और अन्य लोगों", 10, 40, "actor:workers")
    assert others_listed(workers) is None
    both = Argument("target", "मजदूरों , छात्रों और अन्य लोगों", 10, 40, "actor:public of India")
    assert others_listed(both) == "other people"
