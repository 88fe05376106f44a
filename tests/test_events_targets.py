"""Targets of round ev14 (issue 13): the public an appeal addresses in words, the object of a
closure written as its subject, whom aid is for in a purpose clause, whose activity a measure
stops ("X का प्रवेश रोक"), and the English of a noun phrase with a relative participle ("X में
फंसे Y" = "Y stranded in X"); and what is no target.

The sentences are from the COVID corpus, day files outside the dev event gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import KhabarError
from khabar.events.gloss import gloss
from khabar.events.glossary import read_glossary
from khabar.events.jurisdictions import public_of

from .hindi_events import analyser

analysed = analyser("2020-04-02")


# DH-2020-ARP-02.txt:48 (the sentence's opening, up to the appeal)
SISODIA = "दिल्ली के उपमुख्यमंत्री मनीष सिसोदिया ने लॉकडाउन में सभी से सहयोग की अपील की ।"


def test_words_that_address_everyone_are_the_publics_evidence() -> None:
    art = analysed(SISODIA)
    [ev] = [e for e in art.events if e.mode == "appeal"]
    [public] = ev.target
    assert public.startswith("actor:public")  # the public, not a "text:सभी" fragment
    [arg] = [a for a in ev.arguments if a.entity_id == public]
    assert arg.role == "target_inferred"
    assert (arg.text, art.text[arg.start : arg.end]) == ("सभी", "सभी")  # offsets of the words


def test_the_people_of_a_town_are_its_residents_of_a_state_its_public() -> None:
    assert [public_of(p) for p in ("Deoghar", "Bhilwara", "Bihar", "India")] == [
        "residents of Deoghar",
        "residents of Bhilwara",
        "public of Bihar",
        "public of India",
    ]
    # a district administration's appeal to nobody named (corpus wording: "जिला प्रशासन ने …
    # अपील की है", PK/DJ day files), with the town named
    [ev] = analysed("भीलवाड़ा जिला प्रशासन ने घरों में रहने की अपील की है ।").events
    assert ev.target == ["actor:residents of Bhilwara"]


# DH-2020-MAR-15.txt (the sentence as written): a district magistrate's appeal to "लोगों"
JAMMU = (
    "जिला आपदा प्रबंधन प्राधिकरण की अध्यक्ष और जम्मू की जिलाधिकारी सुषमा चौहान ने लोगों से आग्रह"
    " किया है कि वे ऐसे किसी भी प्रकार के सामाजिक या धार्मिक कार्यक्रम का आयोजन सामुदायिक, धार्मिक"
    " अथवा सार्वजनिक स्थान पर नहीं करें जहां चार से अधिक व्यक्तियों के एकत्रित होने की संभावना हो ।"
)


def test_the_people_a_town_authority_addresses_are_its_residents() -> None:
    [ev] = [e for e in analysed(JAMMU, "2020-03-15").events if e.mode == "appeal"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert (arg.text, arg.en) == ("लोगों", "residents of Jammu")  # not the country's public


def test_a_quantifier_or_pronoun_alone_is_no_target() -> None:
    # a quantifier as the object of an arrest names nobody: no target, not "text:सभी"
    [ev] = analysed("पुलिस ने सभी को गिरफ्तार किया ।").events
    assert ev.target == []
    # the speaker's possessive is no part of whom an appeal addresses (PK corpus wording)
    [ev] = analysed("मंत्री ने कहा कि हमारा आप सब से यह आग्रह है कि घरों में रहें ।").events
    assert all(not t.startswith("text:") for t in ev.target)
    assert [a.text for a in ev.arguments if a.role.startswith("target")] in ([], ["आप सब"])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the dev gold's kinds, in words of our own: a pronoun with a number, a verb form
        ("पुलिस ने इनमें एक को क्वारंटाइन करा दिया ।", "text:इनमें एक"),
        ("गृह मंत्रालय ने नियमों में किए गए बदलावों पर चिंता जाहिर की है ।", "text:किए गए बदलावों"),
    ],
)
def test_an_unglossed_piece_of_a_clause_is_no_target(text: str, fragment: str) -> None:
    [ev] = analysed(text).events
    assert fragment not in ev.target and all(not t.startswith("text:") for t in ev.target)


# DJ-2020-MAR-21.txt:20
METRO = "जनता कर्फ्यू के कारण 22 मार्च को दिल्‍ली, बेंगलुरु और जयपुर में मेट्रो बंद रहेगी ।"


def test_a_service_closed_as_the_subject_is_the_target() -> None:
    [ev] = [e for e in analysed(METRO, "2020-03-21").events if e.mode == "close"]
    assert ev.target == ["text:मेट्रो"]


def test_whom_aid_is_for_in_a_purpose_clause() -> None:
    # AU-2020-MAR-29.txt: "लोगों को मदद पहुंचाने के लिए" (the helpline test of test_events_roles)
    art = analysed(
        "केंद्र सरकार ने कोरोना वायरस के संक्रमण के बीच लोगों को मदद पहुंचाने के लिए हेल्पलाइन"
        " नंबर जारी किए हैं ।"
    )
    [ev] = [e for e in art.events if e.type == "AID"]
    assert ev.target == ["actor:public of India"]
    # a pronoun object names nobody ("उन्हें घर भेजने के लिए"), a place is where aid goes
    for text in (
        "सरकार ने उन्हें घर भेजने के लिए बसों का संचालन किया ।",
        "सरकार ने दिल्ली को घर भेजने के लिए बसों का संचालन किया ।",
    ):
        [ev] = analysed(text).events
        assert ev.target == []


# DJ-2020-MAR-21.txt (the sentence as written; then with a national source put in front, and
# with the place far from the object)
MALLS = "उत्‍तर प्रदेश में सभी शॉपिंग मॉल को बंद कर दिया गया है ।"


def test_the_place_named_before_the_object_qualifies_it() -> None:
    def english(text: str) -> list[str | None]:
        [ev] = analysed(text, "2020-03-21").events
        return [a.en for a in ev.arguments if a.role == "target"]

    assert english(MALLS) == ["all shopping malls in Uttar Pradesh"]
    # the country's government closing them there: the place, not its own jurisdiction
    national = "केंद्र सरकार ने " + MALLS.replace("कर दिया गया है", "कर दिया है")
    assert english(national) == ["all shopping malls in Uttar Pradesh"]
    far = national.replace(
        "में सभी", "में कोरोना के बढ़ते मामलों को देखते हुए देश के सभी"
    )
    assert english(far) == ["all shopping malls in India"]  # a place too far belongs elsewhere


# AU-2020-MAR-21.txt:51 (two sentences of the line as written)
SHRINES = (
    "पिछले एक सप्ताह के दौरान देशभर के बड़े धर्म स्थलों ने संक्रमण रोकने हेतु आवश्यक कदम उठाते"
    " हुए या तो अपने कपाट बंद कर दिए हैं । या फिर श्रद्धालुओं का प्रवेश रोक दिया है ।"
)


def test_whose_activity_a_measure_stops_is_its_target() -> None:
    [ev] = [e for e in analysed(SHRINES, "2020-03-21").events if e.mode == "ban"]
    assert ev.target == ["text:श्रद्धालुओं"]  # the devotees, not "entry"
    # a pronoun possessor names nobody; a place's travel is no one's ("बिहार की यात्रा")
    for text in ("सरकार ने इनकी एंट्री रोक दी है ।", "सरकार ने बिहार की यात्रा रोक दी है ।"):
        [ev] = analysed(text).events
        assert ev.target == []


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # DH-2020-MAY-12.txt:14, AU-2020-ARP-12.txt:42, NT-2020-MAR-09.txt:23
        ("देश के अलग-अलग हिस्सों में फंसे प्रवासियों", "migrants stranded in various parts"),
        ("खाड़ी देशों में फंसे भारतीयों", "Indians stranded in Gulf countries"),
        ("ईरान में फंसे भारतीयों", "Indians stranded in Iran"),
        # DJ-2020-MAR-29.txt:1: the participle's वाले names the people themselves
        ("बाहर से आने वालों", "people arriving from outside"),  # round ev119: "बाहर" said
        ("दूसरे देशों से आने वालों", "people arriving from other countries"),
        ("पंजाब से लौटे 115 मजदूरों", "115 workers returned from Punjab"),
        # a participle with no head after it, or a head the glossary does not know: no gloss
        ("ईरान में फंसे", None),
        ("ईरान में फंसे गुजरातियों", None),
    ],
)
def test_relative_participle_phrases_are_glossed(phrase: str, english: str | None) -> None:
    # placed by its own place or origin: the act's jurisdiction is not added
    assert gloss(phrase, "Bihar") == english


def test_a_malformed_relative_entry_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "gloss.yaml"
    bad.write_text(
        "version: 1\nentries:\n  - {hi: [फंसे], en: stranded, kind: rel}\n"
        "  - {hi: [लौटे], en: returning, kind: relative}\n",
        encoding="utf-8",
    )
    with pytest.raises(KhabarError) as err:
        read_glossary(bad)
    assert err.value.code.name == "E061" and f"{bad}:4" in err.value.message
    assert "rel" in err.value.message


def test_police_offices_have_their_english_titles() -> None:
    # DH-2020-MAY-03.txt: "एसएसपी ने संबंधित थानेदार व डीएसपी को निगरानी का निर्देश दिया है"
    [ev] = analysed("एसएसपी ने संबंधित थानेदार व डीएसपी को निगरानी का निर्देश दिया है ।").events
    assert ev.source == ["actor:Senior Superintendent of Police"]
    assert ev.target == [
        "actor:station house officer",
        "actor:Deputy Superintendent of Police (DSP)",
    ]
