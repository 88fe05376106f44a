"""The ``<W>``-token XML reader (events/hindi-disaster): clean text, embedded id, date, outlet."""

from __future__ import annotations

from pathlib import Path

import yaml

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths

CONFIG = Config()
# A made-up document in the corpus's layout: id paragraph, headline, annotated body with an entity.
DOC = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<DOCUMENT><DESC/><TIME>12</TIME>'
    "<P><W> navbharat_2005_1_9_985235 </W></P>"
    '<P><W> पटना </W><W> में </W><NATURAL_EVENT ID="1" TYPE="FLOODS"><W> बाढ़ </W>'
    "</NATURAL_EVENT></P>"
    '<P><PLACE-ARG ID="2"><LINK EVENT_ARG="1" ID="3" TYPE_REL="EVENT_ARG"/><W> पटना </W>'
    "</PLACE-ARG><W> (भाषा): </W><W>  </W><W> गंगा </W><W> का </W><W> पानी </W><W> बढ़ा </W>"
    "<W> &amp; </W><W> &#2360;&#2375; </W><W> लोग </W><W> हटे। </W></P></DOCUMENT>\n"
)


def test_token_xml_becomes_clean_text_with_id_date_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "navbharat_2005_1_9_985235final"
    path.write_text(DOC, encoding="utf-8")
    [art] = read_clean([path], CONFIG)
    assert art.source_kind == "tokenxml" and art.status == "ok"
    assert art.text == "पटना में बाढ़\n\nपटना (भाषा): गंगा का पानी बढ़ा & से लोग हटे।\n"
    assert "<" not in art.text and "navbharat" not in art.text
    assert art.extra["embedded_id"] == "navbharat_2005_1_9_985235"
    assert (art.dct, art.provenance["dct"]) == ("2005-01-09", "filename")
    assert art.outlet == "Navbharat Times"
    assert art.title == "पटना में बाढ़"


def test_numeric_id_date_and_jagran_credit(tmp_path: Path) -> None:
    body = DOC.replace("<P><W> navbharat_2005_1_9_985235 </W></P>", "").replace(
        "(भाषा):", "(जेएनएन):"
    )
    path = tmp_path / "flood-in-patna-20161120000419.txt.xml"
    path.write_text(body, encoding="utf-8")
    [art] = read_clean([path], CONFIG)
    assert (art.dct, art.outlet, art.provenance["outlet"]) == (
        "2016-11-20",
        "Dainik Jagran",
        "credit",
    )
    assert "embedded_id" not in art.extra


def test_token_xml_without_words_is_one_coded_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "a-empty.xml"
    empty.write_text(
        '<?xml version="1.0"?>\n<DOCUMENT><P><W>  </W></P></DOCUMENT>', encoding="utf-8"
    )
    good = tmp_path / "b-good.xml"
    good.write_text(DOC, encoding="utf-8")
    items = list(read_paths([tmp_path], CONFIG))
    assert isinstance(items[0], Failure)
    assert items[0].error.message == f"E018 {empty}: malformed token XML: no <W> words"
    assert not isinstance(items[1], Failure) and items[1].source_kind == "tokenxml"


def test_disaster_corpus_files_match_the_dev_gold_metadata(shared_data: Path) -> None:
    """Every file of the story dev gold reads as text that opens with the gold's first words
    (after the embedded id, which the gold keeps in the text), with the gold's outlet and date."""
    gold_path = (
        shared_data / "stories" / "hindi-disaster-stories-dev" / "hindi-disaster-stories-dev.yaml"
    )
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    root = shared_data / "events" / "hindi-disaster" / "Hindi_Train"
    arts = read_clean([root / a["file"] for a in gold["articles"]], CONFIG)
    assert len(arts) == len(gold["articles"]) == 111
    for item, art in zip(gold["articles"], arts, strict=True):
        assert art.status == "ok"
        joined = " ".join(filter(None, [art.extra.get("embedded_id"), art.text]))
        opening = " ".join(item["first80"].split()[:-1])  # its last word may be cut at 80
        assert " ".join(joined.split()).startswith(opening), item["file"]
        assert (art.outlet, art.dct) == (item["outlet"], item["date"]), item["file"]
        assert art.extra.get("embedded_id") == item.get("embedded_id"), item["file"]
