"""The shipped ontology and lexicons load, are consistent, and export to CAMEO."""

from __future__ import annotations

from khabar.events.lexicon import disaster_triggers, english_triggers, hindi_triggers, ontology

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_plover_types_and_cameo_export() -> None:
    onto = ontology()
    assert set(onto.types) == PLOVER
    assert onto.cameo("CONSULT", "phone") == "041"
    assert onto.cameo("ACCUSE", "disapprove") == "111"
    assert onto.cameo("ASSAULT", "no-such-mode") == "18"
    assert onto.cameo("EARTHQUAKE") is None and onto.cameo(None) is None
    assert onto.normalize("demand") == "REQUEST" and onto.normalize("FIGHT") == "ASSAULT"


def test_disaster_extension() -> None:
    onto = ontology()
    assert {"EARTHQUAKE", "FLOODS", "TRAIN_COLLISION", "SUICIDE_ATTACK"} <= onto.disaster_types
    assert not onto.disaster_types & PLOVER
    lex = disaster_triggers()
    assert lex.index["भूकंप"][0][1:] == (("EARTHQUAKE",), False)
    assert lex.index["हादसा"][0][2] is True


def test_trigger_lexicons_cover_every_core_type() -> None:
    hi = {t.type for t in hindi_triggers().triggers}
    en = {t.type for t in english_triggers()}
    assert PLOVER - {"CONCEDE", "RETREAT"} <= hi
    assert en == PLOVER
    assert all(t.light or t.verbal or t.nominal for t in hindi_triggers().triggers)
