"""Targets the Hindi names but the events left empty, third pass (issue 13, round ev170): whom
stone-pelting hit, ... (sentences of the corpus day files)."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-04-12")


def test_whom_stone_pelting_in_the_passive_hit_is_its_target() -> None:
    # a team is its owner's: the police
    art, evs = events("यही नहीं बंधकों को बचाने गयी पुलिस टीम पर पत्थरबाजी भी की गयी.")
    ev = one_event(evs, "पत्थरबाजी")
    assert ev.type == "ASSAULT"
    assert target_names(art, ev) == ["police"]


def test_whom_stone_pelting_hit_with_a_place_between_is_its_target() -> None:
    art, evs = events(
        "कोरोना की स्क्रीनिंग करने गयी मेडिकल टीम पर कश्‍मीर में पत्थरबाजी\n"
        "जम्मू-कश्मीर के बडगाम जिले के वाठूरा गांव में कोरोना की स्क्रीनिंग करने गयी मेडिकल टीम"
        " को बंधक बनाया."
    )
    assert target_names(art, one_event(evs, "पत्थरबाजी")) == ["health workers"]


def test_whom_stone_pelting_told_as_an_infinitive_hit_is_its_target() -> None:
    art, evs = events(
        "अलीगढ़ में पुलिस पर पथराव करने के मामले में तीन लोगों को गिरफ्तार किया गया है  ।"
    )
    assert target_names(art, one_event(evs, "पथराव")) == ["Aligarh Police"]


def test_stone_pelting_on_nobody_named_keeps_no_target() -> None:
    # no पर-phrase: a riot, not an attack; a pronoun is the anaphora's, not this rule's
    art, evs = events("भीड़ ने बदतमीजी की और पत्थरबाजी शुरू की ।")
    assert all(e.type != "ASSAULT" for e in evs)
    art, evs = events("लोग भड़क गए और उन पर पत्थरबाजी भी की गयी.")
    assert all(target_names(art, e) == [] for e in evs if e.type == "ASSAULT")
