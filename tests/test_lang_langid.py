"""Language identification on short real sentences (UDHR article 1 and news-style lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.lang.langid import detect_language, script_shares

SEED_003 = Path(__file__).resolve().parents[1] / "examples" / "003_cf99c38d322cc213.txt"

# UDHR article 1 (public translations, ohchr.org) and short news-style sentences.
HINDI = "सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता और समानता प्राप्त है।"
MARATHI = "सर्व मानवी व्यक्ति जन्मतःच स्वतंत्र आहेत व त्यांना समान प्रतिष्ठा व समान अधिकार आहेत."
NEPALI = "सबै व्यक्तिहरू जन्मजात स्वतन्त्र हुन् ती सबैको समान अधिकार र महत्व छ।"
URDU = "تمام انسان آزاد اور حقوق و عزت کے اعتبار سے برابر پیدا ہوئے ہیں۔"
ENGLISH = "All human beings are born free and equal in dignity and rights."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (HINDI, "hi"),
        (MARATHI, "mr"),
        (NEPALI, "ne"),
        (URDU, "ur"),
        (ENGLISH, "en"),
        ("दिल्ली में आज बारिश हुई।", "hi"),
        ("मुंबईत आज पाऊस झाला.", "mr"),
        ("काठमाडौंमा आज पानी पर्यो।", "ne"),
        # short Hindi lines CLD2 alone calls Marathi or Nepali
        ("मृत्यु दर 3.1 प्रतिशत", "hi"),
        ("पानी की सप्लाई से संबंधित सभी विभाग जारी रहेंगे", "hi"),
        ("E- जरूरी सामानों की सप्\u200dलाई एन्\u200dश्\u200dयोर करना", "hi"),
        ("तब्लीगी जमात की घटना न होती तो काफी धीमी होती भारत में कोरोना संक्रमण की रफ्तार", "hi"),
        ("Xi Jinping: धीरे-धीरे अमेरिका", "hi"),
    ],
)
def test_languages(text: str, code: str) -> None:
    got, confidence = detect_language(text)
    assert got == code
    assert 0.0 < confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    ["", "   ", "।।", "12:30", "NATO", "Meerut", "Wed, Mar 4, 2020, 9:12 AM IST", "\x00\x01"],
)
def test_unsure_gives_und(text: str) -> None:
    assert detect_language(text) == ("und", 0.0)


def test_seed_article_is_hindi() -> None:
    assert detect_language(SEED_003.read_text(encoding="utf-8"))[0] == "hi"


def test_script_shares() -> None:
    shares = script_shares("Xi Jinping: धीरे-धीरे अमेरिका")
    assert shares.letters > 0
    assert abs(shares.devanagari + shares.latin + shares.arabic + shares.other - 1.0) < 1e-9
    assert shares.devanagari > shares.latin > 0 and shares.mixed
    assert not script_shares(HINDI).mixed
    assert script_shares(URDU).arabic == 1.0
    assert script_shares("").letters == 0


@pytest.mark.parametrize("text", ["\ud800", "a\udfff b", "习近平 Путин", "😀" * 10, "\u0301" * 5])
def test_weird_unicode_never_raises(text: str) -> None:
    code, confidence = detect_language(text)
    assert isinstance(code, str) and 0.0 <= confidence <= 1.0
