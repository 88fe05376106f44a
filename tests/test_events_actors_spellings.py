"""Conventional English spellings of common Indian names the KB cannot teach (round ev19):
"अग्रवाल" is Agarwal in English news, not the rule romaniser's Agraval; the KB-learned table
still wins where it knows a word; a malformed line is one E061 error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.events.names import english_names, main, name_table, read_table, romanise
from khabar.model import Article
from khabar.pipeline import run_local


def test_person_in_real_text_is_spelt_as_news_spells_it() -> None:
    # AU-2020-APR-20.txt: the health ministry's joint secretary at the daily briefing
    art = Article(
        id="t",
        text="संयुक्त सचिव लव अग्रवाल ने कहा कि पत्रकारों को भी ग्राउंड में जाने से पहले तमाम "
        "सुरक्षा के उपाय अपनाएं  ।",
        language="hi",
        dct="2020-04-20",
        source_kind="text",
    )
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    names = {n for ev in art.events for n in english_names(art, ev).values()}
    assert "Lav Agarwal" in names


def test_conventional_fills_gaps_only() -> None:
    assert romanise("नैंसी सहाय") == "Nancy Sahay"
    assert romanise("वर्षा गायकवाड़") == "Varsha Gaikwad"
    assert name_table()["केजरीवाल"] == "Kejriwal"  # KB-learned, untouched
    assert "प्रह्लाद" not in name_table()  # one person's own spelling is no convention


def test_malformed_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "name_spellings_hi_en.txt"
    path.write_text("# ok\nअग्रवाल Agarwal\nतिवारी\n", encoding="utf-8")
    with pytest.raises(KhabarError, match=r"E061 .*name_spellings_hi_en.txt:3"):
        read_table(path)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "E061" in err and "Traceback" not in err
