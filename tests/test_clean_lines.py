"""Line classification on bad and mixed input, metadata parsers, template learning."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from khabar.clean.meta import find_dateline, find_wire_suffix, parse_byline, parse_header
from khabar.clean.stage import clean_one
from khabar.clean.templates import OutletTemplates
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.model import Article

BODY = (
    "रूसी सरकारी टेलीविजन पर प्रसारित अपने शुरुआती भाषण में पुतिन ने कहा कि मैं एक बार फिर "
    "आपको आश्वस्त करना चाहता हूं कि हमारे देशों की संप्रभुता और सुरक्षा को मजबूत किया जाएगा।"
)


def test_all_boilerplate_page_is_no_text() -> None:
    text = "फोटोवीडियोशहर चुनेंepaperई- पेपरसाइन इन\nMore\nshare Share\nFollow Us on\nऔर पढ़ें\n"
    art = clean_one(Article(id="x", text=text))
    assert art.status == "no_text"
    assert art.blocks and all(b.label == "boilerplate" for b in art.blocks)
    assert art.warnings and art.warnings[0].startswith("E016")


def test_empty_and_blank_text_is_no_text() -> None:
    for text in ("", "\n\n  \n\u200b\n"):
        art = clean_one(Article(id="e", text=text))
        assert art.status == "no_text" and art.blocks == []


def test_mixed_script_page_keeps_english_prose() -> None:
    english = ("The Kremlin said the two leaders discussed relations with the United States, "
               "and that the talks were held in a friendly atmosphere over about an hour.")
    text = f"Hindi News\n{BODY}\n{english}\n{BODY.replace('पुतिन', 'शी')}\n"
    art = clean_one(Article(id="m", text=text))
    labels = [b.label for b in art.blocks]
    assert labels == ["boilerplate", "body", "body", "body"]


def test_english_page() -> None:
    para = ("The central bank kept its key rate unchanged on Wednesday, saying that inflation "
            "was still above its target and that it would watch the data closely.")
    text = f"Home | World | Business | Sport\nRates held steady\n{para}\n{para[4:]}\nShare\n"
    art = clean_one(Article(id="en", text=text))
    assert [b.label for b in art.blocks] == ["boilerplate", "title", "body", "body",
                                             "boilerplate"]
    assert art.title == "Rates held steady"


def test_byline_parses_ist() -> None:
    by = parse_byline("Feb 04, 2026 08:42 pm ISTDevendra Kasyap लाइव हिन्दुस्तान")
    assert by is not None
    assert by.published == "2026-02-04T20:42:00+05:30"
    assert by.authors == ["Devendra Kasyap"] and by.outlet == "Live Hindustan"
    hindi = parse_byline("अपडेटेड: 5 फरवरी 2026, 09:15 AM IST")
    assert hindi is not None and hindi.published == "2026-02-05T09:15:00+05:30"
    assert parse_byline("यह एक साधारण वाक्य है जिसमें कोई तारीख नहीं है।") is None


def test_a_table_row_of_a_date_and_a_number_is_no_byline() -> None:
    # Rows of a Sensex table in a Hindustan day file (16 Mar 2020): date cell, points cell.
    for row in ("16 मार्च\t2713", "9 मार्च\t1941", "12 मार्च\t2919", "Mar 16,\t2713"):
        assert parse_byline(row) is None, row
    assert parse_byline("4 फरवरी 20261") is None  # five digits: no year


def test_a_market_table_inside_a_dump_does_not_date_its_article(
    shared_data: Path, tmp_path: Path
) -> None:
    day = (shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Dainik Hindustan"
           / "DH-2020-MAR" / "DH-2020-MAR-16.txt")  # fmt: skip
    if not day.is_file():
        pytest.skip(f"corpus day file absent: {day}")
    db = tmp_path / "k.db"
    ingest([day], Config(db_path=db), stages=["clean"])
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT published FROM articles WHERE body LIKE '%सेंसेक्स%2713%'"
        ).fetchall()
    assert rows and all(p is None or p.startswith("2020-") for (p,) in rows), rows


def test_wire_credits() -> None:
    for text, name in [("बात हुई. (ANI)", "ANI"), ("बात हुई। (भाषा)", "Bhasha"),
                       ("बात हुई। -आईएएनएस", "IANS"), ("बात हुई। (इनपुट: एजेंसी)", "agency"),
                       ("said on Monday. - PTI", "PTI")]:
        wire = find_wire_suffix(text, 0, len(text))
        assert wire is not None and wire.name == name, text
    assert find_wire_suffix("उन्होंने हिंदी भाषा", 0, 19) is None


def test_datelines() -> None:
    for text, place in [("बरेली : शहर में", "बरेली"), ("नई दिल्ली, एजेंसी । देश में", "नई दिल्ली"),
                        ("रांची : झारखंड की", "रांची"), ("नई दिल्ली, देश में", "नई दिल्ली")]:
        d = find_dateline(text, 0, len(text))
        assert d is not None and d.place == place, text
    for text in ("वहीं, मेरठ के बुजुर्ग का इलाज", "उन्होंने कहा : हम", "दरअसल, यह मामला"):
        assert find_dateline(text, 0, len(text)) is None, text


def test_header_kinds() -> None:
    topic = parse_header(" date 2026-02-05 Xi Jinping: धीरे-धीरे अमेरिका")
    assert topic is not None and topic.topic_label == "Xi Jinping" and not topic.whole_line
    site = parse_header(" date 2026-02-04 Hindustan Hindi News\nपहली पंक्ति")
    assert site is not None and site.site_name == "Hindustan Hindi News" and site.whole_line
    assert parse_header("no header here") is None


def test_outlet_templates_learn_and_roundtrip() -> None:
    templ = OutletTemplates()
    promo = "प्यार से लेकर प्रमोशन तक 2026 का पूरा हाल जानें"
    for i in range(6):
        templ.observe("site", [promo, f"अलग खबर नंबर {i} का अपना अनोखा पाठ {'क' * i}", "नई दिल्ली"])
    assert templ.is_template("site", promo)
    assert not templ.is_template("site", "नई दिल्ली")  # a dateline, not furniture
    assert not templ.is_template("other", promo)
    again = OutletTemplates.from_dict(templ.to_dict())
    assert again.is_template("site", promo) and again.docs("site") == 6


def test_devanagari_letters_counted_as_runs_are_counted_one_by_one() -> None:
    """Round sc33: the line features count Devanagari letters by runs; the same count as one
    match per letter, on a news line with digits, Latin words, nukta and signs between."""
    import re

    from khabar.clean.lines import _DEVA_LETTER, _measure

    one_by_one = re.compile(r"[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF]")
    for text in [BODY, "कोरोना अपडेट: दिल्ली में 24 घंटे में 1,234 नए केस, WHO ने कहा ज़रूरी है।",
                 "१२ मई २०२० ॥ ॰ꣲ ABC", "", "Only English here."]:
        assert sum(map(len, _DEVA_LETTER.findall(text))) == len(one_by_one.findall(text))
    letters, deva = _measure(BODY, frozenset())[1:3]
    assert deva == 1.0 and letters > 100
