"""Round ner19 (issue 17, KB coverage): cities geonames has without a Hindi name, seats of
international bodies, international banks and agencies, and figures of India's history now known
to the KB; a historical figure that begins a longer tagger name (an institution named after them,
or another person with the same names) leaves that name to the tagger. Sentences written like the
news, not taken from any gold."""

from __future__ import annotations

import pytest

from entity_candidates import candidates as _cands
from entity_candidates import named as _named
from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.kbmatch import Cand
from khabar.entities.recognize import _starts_longer_name
from khabar.entities.tagger import tokenize


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


@pytest.mark.parametrize(
    ("text", "name", "entry"),
    [
        ("केरल के त्रिशूर में दो और लोग संक्रमित पाए गए हैं ।", "त्रिशूर", "in-city/thrissur"),
        ("गुजरात के राजकोट और भरूच में नए मामले सामने आए ।", "राजकोट", "in-city/rajkot"),
        ("कर्नाटक के कलबुर्गी में बुजुर्ग की मौत हो गई ।", "कलबुर्गी", "city/1270752"),
        ("जिनेवा में विश्व स्वास्थ्य संगठन के प्रमुख ने चेतावनी दी ।", "जिनेवा", "city/geneva"),
    ],
)
def test_cities_without_a_geonames_hindi_name_are_known(kb, text, name, entry):
    found = {s: ids for s, t, kind, ids in _cands(kb, text) if kind == "name"}
    assert found.get(name) == [entry]


def test_international_banks_and_agencies_are_organisations(kb):
    spans = _named(kb, "एशियाई विकास बैंक ने भारत को कर्ज दिया और यूनिसेफ ने टीके भेजे ।")
    assert ("एशियाई विकास बैंक", "ORGANIZATION") in spans
    assert ("यूनिसेफ", "ORGANIZATION") in spans
    assert ("वर्ल्ड बैंक", "ORGANIZATION") in _named(kb, "वर्ल्ड बैंक ने मदद का एलान किया ।")


def test_a_historical_figure_is_a_known_person(kb):
    found = {s: ids for s, t, kind, ids in _cands(kb, "लोकमान्य तिलक की जयंती पर सभा हुई ।")}
    assert found.get("लोकमान्य तिलक") == ["person/bal-gangadhar-tilak"]


def test_another_person_with_the_same_names_is_the_taggers(kb):
    spans = _named(kb, "राज्यपाल भगत सिंह कोश्यारी ने अधिकारियों के साथ बैठक की ।")
    assert ("भगत सिंह", "PERSON") not in spans
    assert ("भगत सिंह कोश्यारी", "PERSON") in spans


def test_only_figures_without_an_office_yield(kb):
    leader = kb.get("person/narendra-modi")
    figure = kb.get("person/bhagat-singh")
    assert leader is not None and figure is not None
    longer = [Cand(0, 3, "ORGANIZATION", "crf")]
    assert _starts_longer_name(Cand(0, 2, "PERSON", "kb", entries=[figure]), longer)
    assert not _starts_longer_name(Cand(0, 2, "PERSON", "kb", entries=[leader]), longer)
    # a span that starts before the person (a title or verb the tagger took in) does not count
    assert not _starts_longer_name(
        Cand(1, 3, "PERSON", "kb", entries=[figure]), [Cand(0, 3, "PERSON", "crf")]
    )


def _crf(kb, text: str, tags: list[str]) -> list[tuple[str, str]]:
    from khabar.entities.recognize import crf_candidates

    toks = tokenize(text)
    assert len(toks) == len(tags)
    return [
        (" ".join(t.text for t in toks[c.i : c.j]), c.type)
        for c in crf_candidates(toks, kb, tags=tags)
    ]


def test_a_genitive_ends_a_taggers_organisation_or_place(kb):
    tags = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    found = _crf(kb, "आजाद हिंद फौज का सिंगापुर मार्च याद किया गया ।", tags)
    assert found == [("आजाद हिंद फौज", "ORGANIZATION")]
    tags = ["B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O"]
    # (round ner21: a place's class word, शहर, stays outside its name, so not "पुणे शहर" here)
    found = _crf(kb, "दक्षिण मुंबई की पुरानी बस्तियों में जांच बढ़ी ।", tags)
    assert found == [("दक्षिण मुंबई", "LOCATION")]


def test_an_organisation_of_a_genitive_ending_at_its_head_stays_whole(kb):
    tags = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    found = _crf(kb, "तेल निर्यातक देशों के संगठन ने उत्पादन घटाने का फैसला किया", tags)
    assert found == [("तेल निर्यातक देशों के संगठन", "ORGANIZATION")]


def test_public_figures_of_the_decade_are_known_people(kb):
    found = {s: ids for s, t, kind, ids in _cands(kb, "पूर्व प्रधानमंत्री मनमोहन सिंह की तबीयत बिगड़ी ।")}
    assert found.get("मनमोहन सिंह") == ["person/manmohan-singh"]
    found = {s: ids for s, t, kind, ids in _cands(kb, "सचिन तेंदुलकर ने राहत कोष में दान दिया ।")}
    assert found.get("सचिन तेंदुलकर") == ["person/sachin-tendulkar"]
    # a sportsman is no actor of his country's state: the KB gives him no country
    tendulkar = kb.get("person/sachin-tendulkar")
    assert tendulkar is not None and not tendulkar.country


def test_new_entries_keep_the_gazetteer_class_of_words_already_placed(kb):
    from khabar.entities.tagger import gazetteer
    from khabar.entities.translit import deva_key

    gaz = gazetteer(kb)
    # महाराष्ट्र begins the new party महाराष्ट्र नवनिर्माण सेना, but the state placed it first
    assert gaz[deva_key("महाराष्ट्र")] == "LOC"
    assert kb.resolve("मनसे")[0].id == "org/mns"
    # "जोन" (zone) is no given name the KB brings in, whatever foreign John it knows
    assert gaz.get(deva_key("जोन")) != "PER"


def test_a_level_and_a_head_alone_is_no_name(kb):
    tags = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _crf(kb, "सरकार ने इस पर राष्ट्रीय आयोग बनाने का फैसला किया", tags) == []
    tags = ["B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _crf(kb, "राज्य ब्यूरो , पटना से रिपोर्ट", tags) == []
    # a government is left to the government rules, a named body stays
    tags = ["B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _crf(kb, "राज्य सरकार ने आदेश जारी किया", tags) == [("राज्य सरकार", "ORGANIZATION")]
    tags = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _crf(kb, "केंद्रीय जल आयोग ने चेतावनी दी", tags) == [("केंद्रीय जल आयोग", "ORGANIZATION")]
