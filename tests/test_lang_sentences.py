"""Sentence splitting: real seed sentences, abbreviations, numbers, addresses, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.lang.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED_000 = EXAMPLES / "000_067ad915245d0b3d.txt"
SEED_003 = EXAMPLES / "003_cf99c38d322cc213.txt"


def _texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def _check_invariants(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    prev = start
    covered = set()
    for s, e in spans:
        assert prev <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
        covered.update(range(s, e))
        prev = e
    for i in range(start, end):
        if not text[i].isspace():
            assert i in covered, (i, text[i])


def test_seed_000_period_terminated_hindi() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    line = text.splitlines()[0]
    sents = _texts(line)
    assert (
        sents[0]
        == "date 2026-02-05 Xi Jinping: धीरे-धीरे अमेरिका अन्य देशों से अपने रिश्ते मुधर बनाने का प्रयास कर रहा है."
    )
    assert sents[1].startswith("इसी बीच रूस के प्रेसिडेंट")
    assert sents[-1] == "हालांकि इसी बीच ट्रंप और जिनपिंग की भी बात हुई."
    assert len(sents) == 6
    _check_invariants(text, 0, len(text), split_sentences(text))


def test_seed_000_closing_quote_and_wire_credit() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    sents = _texts(text)
    assert "चीन द्वारा अतिरिक्त कृषि उत्पादों की खरीद पर विचार किया गया." in sents
    assert sents[-1] == "(ANI)"
    assert "ये चाहते थे पश्चिमी देश" in sents  # a headline line without a terminator


def test_seed_003_danda_and_offsets() -> None:
    text = SEED_003.read_text(encoding="utf-8")
    spans = split_sentences(text)
    _check_invariants(text, 0, len(text), spans)
    sents = [text[s:e] for s, e in spans]
    assert "सरकारी मीडिया एजेंसी शिन्हुआ ने इसकी पुष्टि की है।" in sents
    assert "पहले पुतिन से वीडियो कॉल, फिर ट्रंप से बातचीत; शी जिनपिंग का प्लान क्या है?" in sents


def test_window_gives_absolute_offsets() -> None:
    text = "शीर्षक\nपहला वाक्य है। दूसरा वाक्य है।"
    start = text.index("पहला")
    spans = split_sentences(text, start)
    assert [text[s:e] for s, e in spans] == ["पहला वाक्य है।", "दूसरा वाक्य है।"]
    assert spans[0][0] == start
    assert _texts(text, start, start + 5) == ["पहला "[:5].strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "डॉ. ए.के. शर्मा ने कहा कि दर 1.5 प्रतिशत है. इसके बाद वे चले गए।",
            ["डॉ. ए.के. शर्मा ने कहा कि दर 1.5 प्रतिशत है.", "इसके बाद वे चले गए।"],
        ),
        (
            "श्री. मोदी और प्रो. यादव आए। सी.बी.आई. ने जांच शुरू की।",
            ["श्री. मोदी और प्रो. यादव आए।", "सी.बी.आई. ने जांच शुरू की।"],
        ),
        ("एम. करुणानिधि नहीं रहे। जी.किशन रेड्डी आए।", ["एम. करुणानिधि नहीं रहे।", "जी.किशन रेड्डी आए।"]),
        (
            "कीमत 500 रु. की है. अगले दिन बारिश आई. फिर सब ठीक हुआ।",
            ["कीमत 500 रु. की है.", "अगले दिन बारिश आई.", "फिर सब ठीक हुआ।"],
        ),
        (
            "He met Mr. Smith and Dr. Jones on Jan. 5 in the U.S. capital. It rained.",
            ["He met Mr. Smith and Dr. Jones on Jan. 5 in the U.S. capital.", "It rained."],
        ),
        (
            "John F. Kennedy spoke. Apple Inc. The firm grew. Apple Inc. ने कहा।",
            ["John F. Kennedy spoke.", "Apple Inc.", "The firm grew.", "Apple Inc. ने कहा।"],
        ),
        ("He lives in the U.S. He is fine.", ["He lives in the U.S.", "He is fine."]),
        ("कुल 1,200.50 रुपये और 3.14 का मान। बस।", ["कुल 1,200.50 रुपये और 3.14 का मान।", "बस।"]),
        (
            "साइट www.example.com. पर देखें. मेल a.b@x.co.in पर भेजें। https://x.com/a?b=1. ठीक",
            [
                "साइट www.example.com. पर देखें.",
                "मेल a.b@x.co.in पर भेजें।",
                "https://x.com/a?b=1.",
                "ठीक",
            ],
        ),
        ("वह बोले... फिर चुप हो गए… अगला वाक्य।", ["वह बोले...", "फिर चुप हो गए…", "अगला वाक्य।"]),
        ("क्या यह सच है?! हाँ!! बिल्कुल॥ अंत", ["क्या यह सच है?!", "हाँ!!", "बिल्कुल॥", "अंत"]),
        ('उन्होंने कहा, "हम तैयार हैं." उसके बाद वे गए।', ['उन्होंने कहा, "हम तैयार हैं."', "उसके बाद वे गए।"]),
        ("संख्या 3902 हो गई है । राहत मिली | आगे", ["संख्या 3902 हो गई है ।", "राहत मिली |", "आगे"]),
        ("1. पहला बिंदु. 2. दूसरा बिंदु.", ["1. पहला बिंदु.", "2. दूसरा बिंदु."]),
        ("यह हुआ है.इसके बाद कुछ नहीं।", ["यह हुआ है.", "इसके बाद कुछ नहीं।"]),
        # real spellings from hindi-covid-2020: ा + ॅ typed for ॉ, direction abbreviations
        (
            "इंचार्ज डाॅ. परमजीत सिंह गिल के मुताबिक। अगला।",
            ["इंचार्ज डाॅ. परमजीत सिंह गिल के मुताबिक।", "अगला।"],
        ),
        (
            "प. बंगाल में दर कम है. उ.प्र. में ज्यादा। म.प्र. में भी।",
            ["प. बंगाल में दर कम है.", "उ.प्र. में ज्यादा।", "म.प्र. में भी।"],
        ),
        ("मंत्री ने कहा, 'हम सतर्क हैं ।' फिर वे गए।", ["मंत्री ने कहा, 'हम सतर्क हैं ।'", "फिर वे गए।"]),
        ("वाक्य खत्म। । ।", ["वाक्य खत्म। । ।"]),
    ],
)
def test_rules(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "।",
        "...",
        "?!?!",
        "। । ।",
        "\u200d\u200c",
        "a\u0301\u0301",
        "\ufeff॥",
        "Xi 习近平 und Путин. مرحبا بالعالم. नमस्ते।",
        "\x00\x01 .",
        "." * 50,
        "\n\n\n",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    spans = split_sentences(text)
    _check_invariants(text, 0, len(text), spans)


def test_bounds_are_clamped() -> None:
    assert split_sentences("वाक्य।", 10, 20) == []
    assert split_sentences("वाक्य।", -5, 100) == [(0, 6)]
    assert split_sentences("वाक्य।", 3, 2) == []


_ALPHABET = st.sampled_from(
    list("अकखगमनरसहािीुेोंँ़्") + list(" \n\t.।?!|…\"'”()-,") + list("ABCxyz019") + ["\u200d", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_spans_cover_window(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    end = min(end, len(text))
    spans = split_sentences(text, start, end)
    _check_invariants(text, start, end, spans)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_never_raises(text: str) -> None:
    _check_invariants(text, 0, len(text), split_sentences(text))
