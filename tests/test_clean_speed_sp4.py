"""Round sp4 (issue 16): clean's patterns written so that ``re`` scans ahead for their
opening class find what they found: a live page's label by one search that skips to its opening
letters (``dump._LIVE_AT``), digit runs as ``\\d\\d*``, words as ``[…][…]*`` (also
tests/test_speed_sc50.py), a line's last word from word starts only, on news-like text and on
the corpus day files; no timings."""

from __future__ import annotations

import re

from conftest import corpus_sample
from khabar.clean import lines, templates
from khabar.clean.dump import _LIVE, _LIVE_AT, _opening_letters, split_dump


def test_opening_letters_are_the_alternatives_first_letters_in_both_cases():
    assert _opening_letters(r"\bLIVE\b|\bBreaking\s+News\b|लाइव") == "[BLblल]"
    assert _opening_letters(r"\bupdate\b|Ticker") == "[TUtu]"


def _same(text: str) -> None:
    for start in range(0, len(text) + 1, max(1, len(text) // 40)):
        found, at = _LIVE.search(text, start), _LIVE_AT.search(text, start)
        assert (found and found.start()) == (at and at.start()), (text[start : start + 40], start)


def test_live_labels_in_news_like_text():
    for text in ["कोरोना LIVE: दिल्ली में 50 नए मामले", "Live Updates: मुंबई में लॉकडाउन बढ़ा",
                 "BREAKING NEWS आज शाम", "लाइव अपडेट: बाजार बंद", "ALIVE और OLIVE कोई लेबल नहीं",
                 "Bihar Live-Update", "liveliness, Bills, Labs", "केवल हिंदी, कोई अंग्रेजी नहीं", ""]:
        _same(text)


def test_live_labels_in_corpus_day_files(shared_data):
    files = corpus_sample(shared_data, 2)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    assert len(texts) >= 10
    live = 0
    for text in texts:
        _same(text)
        live += _LIVE.search(text) is not None
        split_dump(text)  # the dump splitter reads the label through _LIVE_AT
    assert live >= 1


def test_digit_and_word_runs_are_those_of_the_repeat_forms(shared_data):
    texts = ["कुल 1,245 मामले, 23 मार्च को १५ नए; PM_मोदी ने 2020-21 का बजट", "", "१२३", "a1b22c333"]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in corpus_sample(shared_data, 1)]
    for text in texts:
        assert templates._DIGITS.sub("0", text) == re.sub(r"\d+", "0", text)
        for now in (lines._WORD, templates._WORD):
            assert now.findall(text) == re.findall(r"[\u0900-\u0963\u0966-\u097F\w]+", text)


def test_last_word_is_the_one_found_without_the_word_start_lookbehind(shared_data):
    from khabar.clean.classify import _LAST_WORD

    before = re.compile(r"([\w\u0900-\u0963\u0966-\u097F]+)[\s\\|]*$")
    texts = ["सरकार ने सभी दुकानें बंद करने का आदेश दिया है", "क्या स्कूल खुलेंगे?", "राज्य में 25 नए मामले |",
             "लॉकडाउन_बढ़ा \\ ", "", "।", "बैठक हुई\n"]
    texts += [line for p in corpus_sample(shared_data, 1)
              for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert len(texts) > 100
    for text in texts:
        now, was = _LAST_WORD.search(text), before.search(text)
        assert (now and (now.span(), now.group(1))) == (was and (was.span(), was.group(1))), text
