"""Issue 13, round nm3: a list of locality names sharing one locality noun ("थुआ, डाहौला तथा
कुचराना कलां गांवों") is the side's one argument, said with every name; the argument readers cut
it to the last conjunct, whose name alone the gloss could say. Sentences short and quoted from
the allowed corpus day files of corpus/hindi-covid-2020, or written like them."""

from __future__ import annotations

from khabar.events.gloss import gloss

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-05-07")


def test_listed_villages_are_one_target() -> None:
    art = analysed(
        "इसी प्रकार से छातर के आसपास के थुआ, डाहौला तथा कुचराना कलां गांवों को बफर जोन में शामिल"
        " किया गया है ।"
    )
    [ev] = _events(art, "COERCE")
    [target] = _names(art, ev, "target")
    assert target.startswith("Thua, Dahaula and Kuchrana Kalan villages")


def test_locality_list_glosses() -> None:
    assert gloss("थुआ , डाहौला तथा कुचराना कलां गांवों") == "Thua, Dahaula and Kuchrana Kalan villages"
    assert gloss("छातर और थुआ गांवों") == "Chatar and Thua villages"
    # conjuncts that are nouns, not names: the list reads as before
    assert gloss("स्कूलों और कॉलेजों") == "schools and colleges"
    assert gloss("लोगों और गांवों") == "people and villages"
    # a conjunct the glossary knows is no name: no list of localities
    assert gloss("मजदूरों और थुआ गांवों") != "Majduron and Thua villages"


def test_no_list_of_names_before_an_aged_group() -> None:
    # the unknown words before the list are no names of it: the ages stay said
    art = analysed(
        "इसके जरिए 65 वर्ष से अधिक आयु के बुजुर्गों और 10 वर्ष से कम आयु के बच्चों को घर पर ही"
        " रहने की अपील की गई है ।"
    )
    [ev] = _events(art, "REQUEST")
    [target] = _names(art, ev, "target")
    assert target.startswith("elderly people over 65 and children under 10")
