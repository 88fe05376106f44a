"""The built-in gazetteer of places below the country (data/kb/places.yaml) on real sentences.

Why these checks: places.yaml is hand-curated, so a typo in an id, a wrong country link or an
alias that also names another entry would silently mislink news places. The sentences are of the
kind Hindi disaster and world news prints.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities.kb import KB, alias_key, load_kb, read_entries
from khabar.entities.stage import extract_mentions
from khabar.entities.tagger import is_ordinary_word
from khabar.entities.translit import deva_key
from khabar.model import Article, Block

PLACES = Path(str(resources.files("khabar") / "data" / "kb" / "places.yaml"))


def make(text: str) -> Article:
    blocks, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        blocks.append(Block(pos, pos + len(line), "body", n + 1))
        pos += len(line) + 1
    return Article(id="t", text=text, dct="2025-08-05", blocks=blocks)


def mentions(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in extract_mentions(make(text), load_kb(Config())):
        out.setdefault(m.text, []).append(m)
    return out


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Config())


@pytest.fixture(scope="module")
def place_entries() -> list:
    entries, header = read_entries(PLACES)
    assert header["version"] == 1
    return [entry for entry, _ in entries]


def test_file_is_large_and_ids_are_unique(place_entries):
    ids = [e.id for e in place_entries]
    assert len(ids) >= 500
    assert len(ids) == len(set(ids))


def test_sample_of_facts(kb):
    expect = {
        "लक्षद्वीप": ("in-state/LD", "REGION", "country/IN"),
        "अंडमान और निकोबार द्वीपसमूह": ("in-state/AN", "REGION", "country/IN"),
        "दादरा और नगर हवेली और दमन और दीव": ("in-state/DH", "REGION", "country/IN"),
        "फ्लोरिडा": ("us-state/FL", "REGION", "country/US"),
        "उत्तर कैरोलिना": ("us-state/NC", "REGION", "country/US"),
        "टेक्सास": ("us-state/TX", "REGION", "country/US"),
        "शिनजियांग": ("cn-province/XJ", "REGION", "country/CN"),
        "खैबर पख्तूनख्वा": ("pk-province/KP", "REGION", "country/PK"),
        "बलोचिस्तान": ("pk-province/BA", "REGION", "country/PK"),
        "ओंटारियो": ("ca-province/ON", "REGION", "country/CA"),
        "क्वींसलैंड": ("au-state/QLD", "REGION", "country/AU"),
        "स्कॉटलैंड": ("gb-nation/SCT", "REGION", "country/GB"),
        "चंबा": ("in-city/chamba", "CITY", "country/IN"),
        "कन्याकुमारी": ("in-city/kanyakumari", "CITY", "country/IN"),
        "उत्तरकाशी": ("in-city/uttarkashi", "CITY", "country/IN"),
        "पिंडर नदी": ("river/pindar", "LOCATION", "country/IN"),
        "हिंद महासागर": ("sea/indian-ocean", "LOCATION", None),
        "बंगाल की खाड़ी": ("sea/bay-of-bengal", "LOCATION", None),
        "होर्मुज जलडमरूमध्य": ("sea/strait-of-hormuz", "LOCATION", None),
        "हिमालय": ("mountain/himalaya", "LOCATION", None),
    }
    for name, (eid, etype, country) in expect.items():
        found = kb.resolve(name)
        assert found, name
        assert (found[0].id, found[0].type, found[0].country) == (eid, etype, country), name


def test_spelling_variants_meet(kb):
    assert kb.resolve("झाँसी")[0].id == kb.resolve("झांसी")[0].id == "in-city/jhansi"
    assert kb.resolve("फ़र्रुख़ाबाद")[0].id == kb.resolve("फर्रुखाबाद")[0].id
    assert kb.resolve("गंगा")[0].id == kb.resolve("गंगा नदी")[0].id == "river/ganga"


def test_extends_existing_entries_rather_than_duplicating(kb):
    korba = kb.resolve("कोरबा")
    assert [e.id for e in korba] == ["city/1266122"]
    assert "places.yaml" in korba[0].source


def test_countries_exist_and_types_are_places(kb, place_entries):
    for e in place_entries:
        assert e.type in ("REGION", "CITY", "LOCATION"), e.id
        if e.country:
            assert kb.get(e.country) is not None, e.id


def test_no_alias_names_another_entry(kb, place_entries):
    """Only an entry that says ``shared_aliases: true`` (a place another place shares a name
    with, settled by entities.homonyms: round ev188) may share a name, and only with places."""
    entries, _ = read_entries(PLACES)
    shared = {e.id for e, raw in entries if raw.get("shared_aliases")}
    mine = {e.id for e in place_entries}
    for e in place_entries:
        for alias, _ in e.aliases():
            ids = {i for i, k in kb.index.get(alias_key(alias), []) if k == "name"}
            if ids & shared:
                assert e.id in shared or len(ids) > 1, (alias, ids)
                assert all(kb.entries[i].type in ("CITY", "REGION", "LOCATION") for i in ids), ids
                continue
            assert ids <= mine and len(ids) == 1, (alias, ids)
    for conflict in kb.conflicts:
        ids = conflict.split(": ", 1)[1].split(", ")
        assert not any(i in mine for i in ids) or set(ids) & shared, conflict


def test_every_within_names_a_state_of_the_kb(kb):
    """A place's ``within`` (round ev188) is a KB state or union territory; every Indian city
    geonames gives the builder has one, and the hand sections give theirs."""
    for e in kb.entries.values():
        if e.within:
            state = kb.get(e.within)
            assert state is not None and state.type == "REGION", (e.id, e.within)
            assert e.country == state.country == "country/IN", e.id
    assert kb.entries["city/1278149"].within == "in-state/MH"  # Aurangabad, geonames
    assert kb.entries["in-city/amethi"].within == "in-state/UP"  # the Uttar Pradesh section


def test_single_word_aliases_are_no_ordinary_words(place_entries):
    # Pokhran and Kurukshetra occur in IL-NER train only in the untagged "पोखरण-2" and a list.
    allowed = {"पोखरण", "कुरुक्षेत्र"}
    for e in place_entries:
        for alias in e.hi:
            if " " not in alias and alias not in allowed:
                assert not is_ordinary_word(deva_key(alias)), alias


@pytest.mark.parametrize(
    ("sentence", "surface", "entity_id"),
    [
        ("लक्षद्वीप में तेज हवाओं के साथ बारिश हुई।", "लक्षद्वीप", "kb:in-state/LD"),
        ("तूफान ने फ्लोरिडा और उत्तरी कैरोलिना में भारी तबाही मचाई।", "फ्लोरिडा", "kb:us-state/FL"),
        ("तूफान ने फ्लोरिडा और उत्तरी कैरोलिना में भारी तबाही मचाई।", "उत्तरी कैरोलिना",
         "kb:us-state/NC"),
        ("चमोली जिले में पिंडर नदी का जलस्तर बढ़ गया है।", "पिंडर नदी", "kb:river/pindar"),
        ("चमोली जिले में पिंडर नदी का जलस्तर बढ़ गया है।", "चमोली", "kb:in-city/chamoli"),
        ("पाक अधिकृत कश्मीर और खैबर पख्तूनख्वा में भूकंप के झटके महसूस किए गए।",
         "पाक अधिकृत कश्मीर", "kb:region/pok"),
        ("पाक अधिकृत कश्मीर और खैबर पख्तूनख्वा में भूकंप के झटके महसूस किए गए।",
         "खैबर पख्तूनख्वा", "kb:pk-province/KP"),
        ("अरब सागर में बना चक्रवात गुजरात के तट की ओर बढ़ रहा है।", "अरब सागर", "kb:sea/arabian-sea"),
        # The state, not Jammu city: a spaced dash still joins its two words.
        ("जम्मू - कश्मीर में लॉकडाउन बढ़ा।", "जम्मू - कश्मीर", "kb:in-state/JK"),
        ("जम्मू और कश्मीर के उपराज्यपाल ने कहा।", "जम्मू और कश्मीर", "kb:in-state/JK"),
        ("जम्मू में बारिश हुई।", "जम्मू", "kb:city/1269321"),
    ],
)
def test_sentences_find_the_places(sentence: str, surface: str, entity_id: str) -> None:
    assert mentions(sentence)[surface][0].entity_id == entity_id


def test_person_names_are_not_rivers():
    # कृष्णा and शारदा are common given names: no alias may make them (or their first word) a place.
    for text, name in (
        ("कृष्णा ने बताया कि वह कल गांव लौटेगा।", "कृष्णा"),
        ("शारदा ने कहा कि काम जारी है।", "शारदा"),
    ):
        for m in mentions(text).get(name, []):
            assert m.type == "PERSON" and not (m.entity_id or "").startswith("kb:river/")


def test_common_words_stay_words():
    # हवाई (air), थार (also an SUV), लाल (a surname): no bare alias turns them into places.
    ms = mentions("हवाई अड्डे से महिंद्रा थार गाड़ी में लाल बहादुर शास्त्री की प्रतिमा लाई गई।")
    assert not any(m.type in ("REGION", "LOCATION", "CITY") for m in ms.get("थार", []))
    assert not any((m.entity_id or "").startswith("kb:us-state/") for v in ms.values() for m in v)
    assert all(m.type == "PERSON" for m in ms.get("लाल बहादुर शास्त्री", []))


def test_a_visarga_for_a_colon_does_not_hide_the_state() -> None:
    ms = mentions("जम्मू-कश्मीरः शोपियां में मुठभेड़ हुई।")
    assert not any((m.entity_id or "") == "kb:city/1269321" for v in ms.values() for m in v), ms
    assert [m.entity_id for m in ms["जम्मू-कश्मीरः"]] == ["kb:in-state/JK"]


def test_a_foreign_city_gives_up_the_hindi_name_of_an_indian_town() -> None:
    """"गाजीपुर" is the Uttar Pradesh district (places.yaml), not Gazipur in Bangladesh, whose
    geonames alternate names hold the same spelling (`build_kb.indian_place_names`; the lead,
    session 18)."""
    from khabar.config import Config
    from khabar.entities.build_kb import indian_place_names
    from khabar.entities.kb import load_kb

    assert "गाजीपुर" in indian_place_names()
    hits = load_kb(Config()).lookup("गाजीपुर")
    assert [(e.id, e.country) for e, _ in hits] == [("in-city/ghazipur", "country/IN")]
