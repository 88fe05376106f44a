"""The temporal tagger on real Hindi and English news sentences (seeds and short news lines)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.time.tagger import tag

from .conftest import SEED_003

REF = date(2026, 2, 4)  # a Wednesday, the publication date of seed 003


def _one(text: str, reference: date | None = REF, lang: str = "hi") -> tuple[str, str, str, str]:
    found = tag(text, reference, lang)
    assert len(found) == 1, [t.text for t in found]
    t = found[0]
    assert t.head_start is not None and t.head_end is not None
    return t.text, text[t.head_start : t.head_end], t.type, t.value


def test_seed_line_17_of_003_matches_gold() -> None:
    line = SEED_003.read_text(encoding="utf-8").splitlines()[16]
    got = [(t.text, t.type, t.value) for t in tag(line, REF)]
    assert got == [
        ("बुधवार को", "DATE", "2026-02-04"),
        ("कुछ घंटों बाद", "DURATION", "PTXH"),
        ("पिछले साल", "DATE", "2025"),
        ("एक साल के", "DURATION", "P1Y"),
        ("इस साल", "DATE", "2026"),
        ("अप्रैल में", "DATE", "2026-04"),
    ]


def test_offsets_are_absolute_and_text_is_the_written_span() -> None:
    text = SEED_003.read_text(encoding="utf-8")
    start = text.index("उशाकोव ने बताया")
    end = text.index("।", start) + 1
    found = tag(text, REF, start=start, end=end)
    assert [(t.text, t.value) for t in found] == [("साल के पहले छह महीनों में", "2026-H1")]
    t = found[0]
    assert text[t.start : t.end] == t.text
    assert text[t.head_start : t.head_end] == "साल के पहले छह महीनों"  # type: ignore[index]
    assert t.reference == "2026-02-04" and t.reference_source == "given"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("सिलेक्टर्स शुक्रवार को टीम चुनेंगे।", ("शुक्रवार को", "शुक्रवार", "DATE", "2026-02-06")),
        ("पुलिस ने सोमवार रात छापा मारा।", ("सोमवार रात", "सोमवार रात", "TIME", "2026-02-02TNI")),
        ("मंत्री कल दिल्ली पहुंचेंगे।", ("कल", "कल", "DATE", "2026-02-05")),
        ("मंत्री कल दिल्ली पहुंचे थे।", ("कल", "कल", "DATE", "2026-02-03")),
        ("यह पुल डेढ़ साल पहले बना था।", ("डेढ़ साल पहले", "डेढ़ साल पहले", "DATE", "2024-08")),
        ("वह 13 वर्षों से पत्रकारिता में सक्रिय हैं।", ("13 वर्षों से", "13 वर्षों", "DURATION", "P13Y")),
        ("मेला 1 से 15 मई तक चलेगा।", ("1 से 15 मई तक", "1 से 15 मई", "DURATION", "P15D")),
        ("उसने अपना अंतिम मैच २४ फरवरी २०१० को खेला था।", ("२४ फरवरी २०१० को", "२४ फरवरी २०१०", "DATE", "2010-02-24")),
        ("हाल ही में कई फैसले हुए।", ("हाल ही में", "हाल ही", "DATE", "PAST_REF")),
        ("अगले सप्ताह बैठक होगी।", ("अगले सप्ताह", "अगले सप्ताह", "DATE", "2026-W07")),
        ("पिछले साल जून में वर्ल्ड कप हुआ था।", ("पिछले साल जून में", "पिछले साल जून", "DATE", "2025-06")),
        ("वह शुक्रवार सुबह 7:30 बजे निकले।", ("शुक्रवार सुबह 7:30 बजे", "शुक्रवार सुबह 7:30 बजे", "TIME",
                                           "2026-01-30T07:30")),
        ("शाम 6 बजे सभा हुई।", ("शाम 6 बजे", "शाम 6 बजे", "TIME", "2026-02-04T18:00")),
        ("यह मेला हर साल लगता है।", ("हर साल", "हर साल", "SET", "P1Y")),
        ("1990 के दशक में उदारीकरण शुरू हुआ।", ("1990 के दशक में", "1990 के दशक", "DATE", "199")),
        ("इस साल के अंत तक काम पूरा होगा।", ("इस साल के अंत तक", "इस साल के अंत", "DATE", "2026")),
    ],
)
def test_hindi_expressions(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert _one(sentence) == expected


def test_kal_without_tense_records_the_other_reading() -> None:
    (t,) = tag("कल की घटना", REF)
    assert t.value == "2026-02-03" and t.alternatives == ["2026-02-05"]


def test_month_without_year_uses_tense_and_keeps_the_other_reading() -> None:
    (t,) = tag("पुतिन नवंबर में शिखर सम्मेलन में भाग लेंगे।", REF)
    assert (t.value, t.alternatives) == ("2026-11", ["2025-11"])
    (t,) = tag("नवंबर में चुनाव हुए थे।", REF)
    assert t.value == "2025-11"


def test_weak_words_alone_are_not_timexes() -> None:
    # "वसंत" as a metaphor (seed 000 subheading), "मार्च" as a protest march, "कल-कल" the sound of water.
    for text in ("रूस-चीन संबंधों में आया वसंत", "किसानों ने मार्च निकाला", "नदी की कल-कल धारा"):
        assert tag(text, REF) == []


def test_amounts_are_not_years() -> None:
    assert tag("रैली में 2000 लोग पहुंचे", REF) == []


def test_english_byline_in_a_hindi_page() -> None:
    line = "Feb 04, 2026 08:42 pm ISTDevendra Kasyap लाइव हिन्दुस्तान"
    assert _one(line)[:4] == ("Feb 04, 2026 08:42 pm IST", "Feb 04, 2026 08:42 pm IST", "TIME",
                              "2026-02-04T20:42+05:30")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The company said Friday that profits rose.", "1998-11-20"),
        ("Sales fell last month.", "1998-10"),
        ("The talks will resume Tuesday.", "1998-11-24"),
        ("Prices rose two years ago.", "1996"),
        ("Profit rose in the fourth quarter.", "1998-Q4"),
        ("It happened on Oct. 2, 1998.", "1998-10-02"),
        ("He left last Friday.", "1998-11-13"),  # written on a Friday: a week ago, not today
        ("Profit fell 5% in the quarter.", "1998-Q3"),
        ("Fires broke out last night.", "1998-11-19TNI"),
    ],
)
def test_english_expressions(sentence: str, value: str) -> None:
    found = tag(sentence, date(1998, 11, 20), "en")
    assert [t.value for t in found] == [value]


def test_without_reference_values_keep_placeholders() -> None:
    (t,) = tag("अप्रैल में शिखर सम्मेलन होगा", None)
    assert (t.value, t.reference, t.reference_source) == ("XXXX-04", None, None)
    (t,) = tag("यह 2013 में हुआ", None)
    assert t.value == "2013"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "।।।", "abc xyz", "0000 9999 31/31/2099", "\x00\ufffd"])
def test_bad_or_empty_input_gives_no_timex_and_no_error(text: str) -> None:
    assert tag(text, REF) == []
    assert tag(text, REF, "en") == []


def test_range_outside_bounds_is_ignored() -> None:
    text = "पिछले साल चुनाव हुए। इस साल नहीं।"
    cut = text.index("।") + 1
    assert [t.text for t in tag(text, REF, start=cut)] == ["इस साल"]
    assert [t.text for t in tag(text, REF, end=cut)] == ["पिछले साल"]
