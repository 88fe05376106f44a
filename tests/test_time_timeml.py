"""Readers of the temporal gold formats, on small documents written in each format, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import KhabarError
from khabar.eval.time import Counts, score_doc
from khabar.time.baselines import Predicted
from khabar.time.timeml import read_iltimex, read_meantime, read_tml

ILTIMEX = """<?xml version="1.0" encoding="UTF-8" ?>
<DOC><TEXT>
नैशनल सिलेक्टर्स <ILTIMEX TYPE="D">अगले महीने</ILTIMEX> टीम चुनेंगे &amp; <ILTIMEX TYPE="P"> 30 अप्रैल से 16 मई</ILTIMEX> तक।
</TEXT></DOC>"""

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>APW19980807</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>
</TimeML>"""

MEANTIME = """<Document doc_name="x">
<token t_id="1" sentence="0" number="0">Stocks</token>
<token t_id="2" sentence="0" number="1">fell</token>
<token t_id="3" sentence="1" number="2">February</token>
<token t_id="4" sentence="1" number="3">03</token>
<token t_id="5" sentence="1" number="4">,</token>
<token t_id="6" sentence="1" number="5">2009</token>
<Markables>
<TIMEX3 m_id="9" functionInDocument="CREATION_TIME" value="03-02-2009" type="DATE">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
</Markables>
</Document>"""


def test_iltimex_spans_are_trimmed_and_entities_decoded(tmp_path: Path) -> None:
    (tmp_path / "Manual_Tagged").mkdir()
    (tmp_path / "Manual_Tagged" / "C-1.xml").write_text(ILTIMEX, encoding="utf-8")
    (doc,) = read_iltimex(tmp_path)
    assert [(doc.text[g.start : g.end], g.type) for g in doc.timexes] == [
        ("अगले महीने", "D"), ("30 अप्रैल से 16 मई", "P")]
    assert "&amp;" not in doc.text and "&" in doc.text and doc.dct is None


def test_tml_reads_dct_and_values(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    (doc,) = read_tml(tmp_path)
    assert doc.dct == "1998-08-07"
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07")]


def test_meantime_rebuilds_text_and_reads_a_us_style_dct(tmp_path: Path) -> None:
    (tmp_path / "x.xml").write_text(MEANTIME, encoding="utf-8")
    (doc,) = read_meantime(tmp_path)
    assert doc.text == "Stocks fell\nFebruary 03 , 2009"
    assert doc.dct == "2009-03-02"
    assert [doc.text[g.start : g.end] for g in doc.timexes] == ["February 03 , 2009"]


def test_missing_or_malformed_gold_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(KhabarError, match="E040"):
        list(read_iltimex(tmp_path))
    (tmp_path / "b.tml").write_text("<TimeML>no text</TimeML>", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        list(read_tml(tmp_path))
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "bad.xml").write_text("<Document><token", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        list(read_meantime(tmp_path / "m"))


def test_scores_strict_relaxed_type_and_value(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    (doc,) = read_tml(tmp_path)
    start = doc.text.index("Friday")
    counts = Counts()
    score_doc(doc, [Predicted(start, start + 6, "DATE", "1998-08-07"), Predicted(0, 5, "DATE", "X")],
              counts, coarse=False)
    assert (counts.gold, counts.pred, counts.strict, counts.relaxed, counts.valued) == (1, 2, 1, 1, 1)
    assert counts.f1(counts.strict) == pytest.approx(2 / 3, abs=1e-4)
