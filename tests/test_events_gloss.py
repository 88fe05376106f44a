"""English names of actors that are no entity: the glossary, the gloss of a phrase, the
jurisdiction rule, the object of a measure without को, and a malformed glossary line.

The sentences are from the COVID corpus (day files outside the dev gold's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import KhabarError
from khabar.events.gloss import gloss, main
from khabar.events.glossary import read_glossary
from khabar.events.jurisdictions import jurisdiction
from khabar.events.merge import merge_events
from khabar.model import Article
from scripts import load_script

from .hindi_events import analyser

analysed = analyser("2020-03-20")


@pytest.mark.parametrize(
    ("phrase", "place", "english"),
    [
        ("सार्वजनिक परिवहन सेवाओं", "Punjab", "public transport services in Punjab"),
        (
            "सभी बार, कैफे, हेयर सैलून और ब्यूटी पार्लर",
            "Lucknow",
            "all bars, cafes, hair salons and beauty parlours in Lucknow",
        ),
        ("115 मजदूरों", None, "115 workers"),
        # a number in thousands is no smaller number (round ev11: 300 day files outside the gold)
        # written in figures as English news does (round ev93: was "about 70 thousand prisoners")
        ("करीब 70 हजार कैदियों", None, "about 70,000 prisoners"),
        ("इन विदेशी पर्यटकों", "Goa", "the foreign tourists in Goa"),
        ("सभी मॉल (किराना, फार्मेसी और उनमें सब्जी की दुकानों को छोड़कर)", None, "all shopping malls"),
        ("शराब की दुकानें", "Madhya Pradesh", "liquor shops in Madhya Pradesh"),
        ("उस निजी अस्पताल", "Bhilwara", "the private hospital in Bhilwara"),
        # a place of its own: no jurisdiction added
        ("पंजाब के सभी स्कूलों", "India", "all schools in Punjab"),
        # what a word gloss cannot render before a postposition is left out
        ("बिहार के बाहर से आ रहे मजदूरों", None, "workers arriving from outside Bihar"),  # ev119
        # a correlative relative clause of who breaks a rule
        ("जो लोग इस आदेश का पालन नहीं करेंगे ,", None, "violators of the order"),
        ("जो भी तोड़ेगा", "Bihar", "violators in Bihar"),
        # round ev20, group nouns in corpus targets outside the gold (NT/AU/DJ day files): the
        # whole group word ("संसद सदस्यों", not "सदस्यों"), a demonstrative before "सभी लोगों"
        # (people named before, not everyone), an approximate number after its genitive
        ("38 संसद सदस्यों", None, "38 members of parliament"),
        ("इन सभी लोगों", None, "all these people"),
        ("1000 के करीब लोगों", "Delhi", "about 1000 people in Delhi"),
        ("सभी राज्यों के मुख्य सचिवों", None, "chief secretaries of all states"),
        ("आला अधिकारियों", None, "senior officials"),
        # an unknown head: no gloss rather than a wrong one
        ("बाहर घूमने", "Punjab", None),  # round ev89: "एकत्रित होने" is now gatherings
        ("1000 के करीब", None, None),
        ("", None, None),
    ],
)
def test_gloss_of_news_phrases(phrase: str, place: str | None, english: str | None) -> None:
    assert gloss(phrase, place) == english


def test_jurisdiction_of_actor_codes() -> None:
    assert jurisdiction("IND-Punjab GOV") == "Punjab"
    assert jurisdiction("IND-Madhya_Pradesh GOV") == "Madhya Pradesh"
    assert jurisdiction("IND GOV") == "India"
    assert jurisdiction("CHN GOV") == "China"
    assert jurisdiction(None) is None and jurisdiction("not a code") is None


@pytest.mark.parametrize(
    ("text", "mode", "target", "english"),
    [
        # the object of a measure without को, coordinated, in the source's jurisdiction
        (
            "बिहार सरकार ने समूचे राज्य में 31 मार्च तक बस सेवाएं, रेस्तरां और विवाह भवन बंद"
            " करने का आदेश दिया है ।",
            "close",
            "text:बस सेवाएं , रेस्तरां और विवाह भवन",
            "bus services, restaurants and wedding halls in Bihar",
        ),
        (
            "एमपी सरकार ने 14 अप्रैल तक शराब की दुकानें बंद करने का आदेश दिया है ।",
            "close",
            "text:शराब की दुकानें",
            "liquor shops in Madhya Pradesh",
        ),
        # a को object after a parenthetical aside; the speaker's pronoun is not part of it
        (
            "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने कहा कि मौजूदा हालात को देखते हुए, हम सभी"
            " मॉल (किराना, फार्मेसी और उनमें सब्जी की दुकानों को छोड़कर) को बंद कर रहे हैं ।",
            "close",
            "text:सभी मॉल",
            "all shopping malls in Delhi",  # round ev66: one name for the NCT
        ),
        (
            "पंजाब सरकार ने कोरोना वायरस वैश्विक महामारी के चलते 20 से अधिक लोगों के एकत्रित होने"
            " पर पाबंदी लगाने के अलावा शुक्रवार आधी रात से सार्वजनिक परिवहन सेवाओं को निलंबित"
            " करने की बृहस्पतिवार को घोषणा की ।",
            "cancel",
            "text:सार्वजनिक परिवहन सेवाओं",
            "public transport services in Punjab",
        ),
        # a coordinated को object: every conjunct the glossary knows
        (
            "सभी खेल आयोजनों को रद करने के साथ ही स्कूलों, विश्वविद्यालयों, सिनेमाघर और"
            " संग्रहालयों को बंद कर दिया गया है ।",
            "close",
            "text:स्कूलों , विश्वविद्यालयों , सिनेमाघर और संग्रहालयों",
            "schools, universities, cinemas and museums in India",
        ),
        # a passive order: the inferred authority's jurisdiction
        (
            "उत्तराखंड में सभी स्कूल 31 मार्च तक बंद करने का आदेश दिया गया है ।",
            "close",
            "text:सभी स्कूल",
            "all schools in Uttarakhand",
        ),
    ],
)
def test_measure_targets_get_english_names(
    text: str, mode: str, target: str, english: str
) -> None:
    art = analysed(text)
    [ev] = [e for e in art.events if e.mode == mode]
    assert ev.target == [target]
    [arg] = [a for a in ev.arguments if a.entity_id == target]
    assert arg.en == english
    assert art.text[arg.start : arg.end].replace(",", " ,").split() == arg.text.split()
    # stored and read back, merged: the English travels with the actor
    again = Article.from_dict(art.to_dict())
    assert [a.en for a in again.events[0].arguments] == [a.en for a in art.events[0].arguments]
    merged = [m for m in merge_events([art]) if target in m.target]
    assert merged and merged[0].english[target] == english


def test_an_adverbial_participle_is_not_part_of_the_object() -> None:
    [ev] = analysed("संक्रमण के खतरे को देखते हुए गांव को सील कर दिया गया है ।").events
    assert ev.target == ["text:गांव"]


def test_a_subject_is_never_taken_for_a_measures_object() -> None:
    # "सरकार" is the agent, not closed; "कहा" is no noun the glossary knows
    art = analysed("बिहार सरकार ने कहा कि 31 मार्च तक बंद जारी रहेगा ।")
    assert all(not t.startswith("text:") for ev in art.events for t in ev.target)


def test_merged_events_name_every_actor_in_english() -> None:
    art = analysed("पंजाब सरकार ने सभी होटल और रेस्तरां बंद करने का फैसला किया है ।")
    [merged] = [m for m in merge_events([art]) if m.target]
    assert merged.english == {
        "actor:Government of Punjab": "Government of Punjab",
        "text:सभी होटल और रेस्तरां": "all hotels and restaurants in Punjab",
    }


def test_a_bare_office_after_its_holder_is_that_person() -> None:
    art = analysed(
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने बैठक की । मुख्यमंत्री ने सभी मॉल बंद करने का"
        " आदेश दिया ।"
    )
    [ev] = [e for e in art.events if e.mode == "close"]
    assert ev.source == ["kb:person/arvind-kejriwal"]
    assert ev.codes["kb:person/arvind-kejriwal"] == "IND-Delhi GOV"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("  - [मॉल, mall]", "must be a mapping"),
        ("  - {hi: [मॉल], en: malls, kind: noun, note: x}", "unknown field"),
        ("  - {hi: [], en: malls, kind: noun}", "'hi' must be"),
        ("  - {hi: [मॉल], kind: noun}", "'en'"),
        ("  - {hi: [मॉल], en: मॉल्स, kind: noun}", "Latin"),
        ("  - {hi: [मॉल], en: malls, kind: verb}", "'kind' must be"),
        ("  - {hi: [लोगों], en: folks, kind: noun}", "already glossed"),
        ("  - {hi: [मॉल], en: malls, kind: noun", "expected"),
    ],
)
def test_malformed_glossary_line_is_named(
    tmp_path: Path, line: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "gloss.yaml"
    text = "version: 1\nentries:\n  - {hi: [लोगों], en: people, kind: noun}\n" + line + "\n"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KhabarError) as err:
        read_glossary(bad)
    assert err.value.code.name == "E061"
    assert f"{bad}:4" in err.value.message and message in err.value.message
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("E061") and f"{bad}:4" in out[0]


def test_glossary_without_version_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "gloss.yaml"
    bad.write_text("entries: []\n", encoding="utf-8")
    with pytest.raises(KhabarError, match="E061"):
        read_glossary(bad)


def test_shipped_glossary_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_a_group_target_is_placed_in_a_states_jurisdiction_only() -> None:
    [ev] = analysed("बिहार सरकार ने अधिकारियों को निर्देश दिए ।").events
    assert ev.target == ["actor:officials"]
    assert [a.en for a in ev.arguments if a.entity_id == "actor:officials"] == ["Bihar officials"]
    # the country adds nothing to a group in an Indian daily
    [ev] = analysed("केंद्र सरकार ने अधिकारियों को निर्देश दिए ।").events
    assert [a.en for a in ev.arguments if a.entity_id == "actor:officials"] == [None]


@pytest.mark.parametrize(
    ("text", "public"),
    [
        (
            "पीएम ने रविवार, 22 मार्च को सुबह 7 बजे से रात 9 बजे तक जनता कर्फ्यू का पालन करने के"
            " लिए कहा है ।",
            "actor:public of India",
        ),
        ("मुख्यमंत्री नीतीश कुमार ने घरों में रहने की अपील की ।", "actor:public of Bihar"),
    ],
)
def test_an_appeal_to_nobody_named_is_to_the_public(text: str, public: str) -> None:
    [ev] = [e for e in analysed(text).events if e.type == "REQUEST"]
    assert ev.target == [public]
    assert [a.role for a in ev.arguments if a.entity_id == public] == ["target_inferred"]


def test_an_appeal_with_its_addressee_keeps_it() -> None:
    [ev] = analysed("जिलाधिकारी ने ग्रामीणों से घरों में रहने की अपील की ।").events
    assert ev.target == ["actor:villagers"]


def test_mining_script_finds_target_heads_and_modifiers(monkeypatch: pytest.MonkeyPatch) -> None:

    path = Path(__file__).parent.parent / "tools" / "mine_target_heads.py"
    monkeypatch.syspath_prepend(str(path.parent))  # as when run as a script: it imports its sibling
    mine = load_script("tools", "mine_target_heads")
    words = mine._WORD.findall("प्रशासन ने सभी शराब दुकानों को बंद करने का आदेश दिया और लोगों से अपील की")
    assert mine._frames(words) == [("दुकानों", "शराब"), ("लोगों", "")]
