"""The trained CRF tagger: committed model, tokenisation with offsets, BIO decoding."""

from __future__ import annotations

from khabar.config import Config
from khabar.entities.crffeatures import Featuriser, is_deva_acronym, sentence_features
from khabar.entities.kb import load_kb
from khabar.entities.tagger import (
    MODEL_PATH,
    _load_active,
    _load_lexicon,
    active_path,
    gazetteer,
    hiner_halves,
    lexicon_path,
    read_conll,
    spans_from_bio,
    tag_words,
    tokenize,
    train_lexicon,
)
from khabar.entities.translit import deva_key


def test_committed_model_is_small_and_present():
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 8 * 1024 * 1024
    assert lexicon_path(MODEL_PATH).exists()
    assert lexicon_path(MODEL_PATH).stat().st_size < 4 * 1024 * 1024
    assert active_path(MODEL_PATH).stat().st_size < 2 * 1024 * 1024


def test_devanagari_acronyms_are_letter_names_only():
    for word in ["आईसीएमआर", "ईबीआरडी", "एनआरए", "डब्ल्यूएचओ"]:
        assert is_deva_acronym(deva_key(word)), word
    for word in ["मोदी", "भारत", "एक", "ए"]:
        assert not is_deva_acronym(deva_key(word)), word


def test_train_lexicon_learns_classes_heads_and_ordinary_words():
    sents = [
        (
            ["राम", "ने", "भारतीय", "जनता", "पार्टी", "छोड़ी"],
            ["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
        ),
        (
            ["श्याम", "ने", "आम", "आदमी", "पार्टी", "बनाई"],
            ["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
        ),
        (["राम", "घर", "गया"], ["B-PER", "O", "O"]),
    ]
    lex = train_lexicon(sents)
    assert lex[deva_key("राम")] == "PER"
    assert "ORGHEAD" in lex[deva_key("पार्टी")].split()
    assert lex[deva_key("ने")] == "O1"
    assert deva_key("दिल्ली") not in lex
    feats = sentence_features(["सीता", "ने", "पार्टी", "छोड़ी"], {}, lex)
    assert "oov" in feats[0]
    assert "oov" not in feats[1]
    assert "lex1:ORGHEAD" in feats[1]


def test_tokenize_keeps_offsets_and_splits_hyphens():
    text = "शी-पुतिन की यह कॉल, NATO सहयोगी डेनमार्क।"
    toks = tokenize(text, 100)
    assert [t.text for t in toks][:3] == ["शी", "पुतिन", "की"]
    assert all(text[t.start - 100 : t.end - 100] == t.text for t in toks)
    assert "NATO" in [t.text for t in toks]


def test_tagger_finds_people_and_places():
    kb = load_kb(Config())
    words = [
        "प्रधानमंत्री",
        "नरेंद्र",
        "मोदी",
        "ने",
        "गुरुवार",
        "को",
        "लखनऊ",
        "में",
        "एक",
        "सभा",
        "को",
        "संबोधित",
        "किया",
        "।",
    ]
    spans = {(" ".join(words[i:j]), t) for i, j, t in spans_from_bio(tag_words(words, kb))}
    assert ("नरेंद्र मोदी", "PER") in spans
    assert ("लखनऊ", "LOC") in spans


def test_tagging_passes_only_the_models_attributes_and_tags_the_same():
    # The committed model's weighed attributes (crf.attrs.txt) filter what reaches the CRF;
    # the tags equal those from every attribute.
    import pycrfsuite

    kb = load_kb(Config())
    gaz = gazetteer(kb)
    lex = _load_lexicon(lexicon_path(MODEL_PATH))
    active = _load_active(active_path(MODEL_PATH))
    assert active and len(active) > 1000
    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_PATH))
    text = (
        "केंद्रीय स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने दिल्ली में कहा कि भारतीय "
        "आयुर्विज्ञान अनुसंधान परिषद ने जांच बढ़ाई ।"
    )
    words = text.split()
    filtered = Featuriser(gaz, lex, active=active).sentence(words)
    full = Featuriser(gaz, lex).sentence(words)
    assert sum(map(len, filtered)) < sum(map(len, full))
    assert all(set(f) <= active for f in filtered)
    assert crf.tag(filtered) == crf.tag(full) == tag_words(words, kb)


def test_tagger_on_empty_input():
    assert tag_words([], load_kb(Config())) == []


def test_spans_from_bio_handles_orphans():
    assert spans_from_bio(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_read_conll_maps_tags_and_drops_malformed(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("राम\tB-NEP\nने\tO\nदिल्ली\t-NEL\n\nआज\tB-NETI\n", encoding="utf-8")
    sents = list(read_conll(path, {"NEP": "PER", "NEL": "LOC"}))
    assert sents == [(["राम", "ने", "दिल्ली"], ["B-PER", "O", "O"]), (["आज"], ["O"])]


def test_combined_keeps_adjacent_known_places_apart_and_skips_roman_numerals():
    from khabar.entities.recognize import recognise

    kb = load_kb(Config())
    text = "चीन ने बीजिंग-मॉस्को संबंधों और अध्याय III पर बात की"
    toks = tokenize(text)
    found = {
        (text[toks[c.i].start : toks[c.j - 1].end], c.type) for c in recognise(toks, kb, set())
    }
    assert ("बीजिंग", "CITY") in found
    assert ("मॉस्को", "CITY") in found
    assert not any(surface == "III" for surface, _ in found)


def test_hiner_halves_cut_in_file_order():
    sents = [([f"w{i}"], ["O"]) for i in range(5)]
    train, held_out = hiner_halves(sents)
    assert [w for w, _ in train] == [["w0"], ["w1"]]
    assert [w for w, _ in held_out] == [["w2"], ["w3"], ["w4"]]
    assert hiner_halves([]) == ([], [])


def test_featuriser_reuses_words_and_matches_a_fresh_one():
    lex = {deva_key("ने"): "O5", deva_key("राम"): "PER"}
    words = ["राम", "ने", "राम", "को", "देखा"]
    warm = Featuriser({}, lex)
    first = warm.sentence(words)
    assert warm.sentence(words) == first == Featuriser({}, lex).sentence(words)
    # The same word gets the same own attributes wherever it stands; context differs.
    assert first[0][:5] == first[2][:5]
    assert "w-2:" + deva_key("राम") in first[2]
    assert "w-2:<s>" in first[0]
