"""Round sp6 (issue 16): the lang stage's hot patterns read by stdlib ``re``, not ``regex``.

No timings: each ``re`` pattern finds what the ``regex`` one it replaces found, on every code
point where a class is involved, on news-like text with the cases that could tell them apart
(a character above U+FFFF, "\\r\\n" and a window that cuts it, case-blind URL hints) and on
corpus text.
"""

from __future__ import annotations

import regex

from conftest import corpus_sample
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.lang import langid, lexicon, sentences
from khabar.lang.letterclass import BMP_LETTER_RANGES

# What the patterns were before the round.
OLD_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
OLD_LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
OLD_TERMINATORS = regex.compile(r"[।॥?!|.…]+[\"'”’»›)\]}]*")
OLD_URL_HINT = regex.compile(r"://|www\.|@|\.[A-Za-z]|\.कॉम", regex.IGNORECASE)

NEWS = (
    "नई दिल्ली। स्वास्थ्य मंत्रालय ने सोमवार को कहा कि राज्य में 1,245 नए मामले मिले हैं!\r\n"
    "डॉ. ए.के. शर्मा ने बताया... अस्पतालों में बेड बढ़ाए जा रहे हैं।। क्या स्कूल खुलेंगे?\r\r\n"
    "\"हम तैयार हैं।\" जिलाधिकारी ने कहा\u2028WHO की रिपोर्ट www.who.int और WWW.MOHFW.GOV.IN पर है|\n"
    "संपर्क: info@example.com, नवभारतटाइम्स.कॉम पर पढ़ें… U.S. President ने फोन किया\x0c"
    "सड़क‍ों पर सन्नाटा\u200c रहा\x85मुंबई में 3.5 फीसदी की गिरावट (PTI)।\n\r"
)


def _ranges_of_regex() -> list[tuple[int, int]]:
    plane = "".join(map(chr, range(0x10000)))
    return [(m.start(), m.end() - 1) for m in OLD_LETTERS.finditer(plane)]


def test_letter_ranges_are_regex_letters_and_marks_on_every_bmp_code_point():
    found = _ranges_of_regex()
    assert list(BMP_LETTER_RANGES) == found, (
        "regenerate BMP_LETTER_RANGES (khabar/lang/letterclass.py) from the installed regex: "
        + ", ".join(f"(0x{a:04X}, 0x{b:04X})" for a, b in found))


def test_letter_runs_equal_regex_findall_below_and_above_the_bmp():
    texts = [NEWS, "", "१२३ — !!", "mixed हिंदी-English شہر text\u0301",
             # a mathematical bold A (U+1D400, a letter) and an emoji (U+1F600, not one): the
             # text goes to ``regex``, whose class holds the planes above
             "कोरोना \U0001d400\U0001d401bc योद्धा \U0001f600 सम्मान", "\U00020000\u0915"]
    for text in texts:
        assert langid._letter_runs(text) == OLD_LETTERS.findall(text), text
    assert langid._ABOVE_BMP.search(texts[4]) is not None
    assert langid._ABOVE_BMP.search(NEWS) is None
    words, counts = langid.letter_counts(NEWS)
    assert words == OLD_LETTERS.findall(NEWS.replace("\u200d", "").replace("\u200c", ""))
    assert counts[0] == sum(map(len, words))
    assert "सड़कों" in words  # the joiner dropped, the word whole
    share = langid.script_shares(NEWS)
    assert share.letters == sum(map(len, OLD_LETTERS.findall(NEWS)))


def _spans(pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_line_breaks_and_terminators_match_as_regex_did_in_every_window():
    text = NEWS + "\r\nअंत\r"
    cuts = [k for k, ch in enumerate(text) if ch in "\r\n"]
    windows = [(0, len(text))] + [(s, e) for s in (0, 5, *cuts) for e in (*cuts, len(text)) if s < e]
    for s, e in windows:
        assert _spans(sentences._LINE_BREAK, text, s, e) == _spans(OLD_LINE_BREAK, text, s, e)
        assert _spans(sentences._TERMINATORS, text, s, e) == _spans(OLD_TERMINATORS, text, s, e)
    # "\r\n" is one break, "\r\r\n" two, "\n\r" two; a window ending between "\r" and "\n" keeps
    # the "\r" alone
    at = text.index("\r\n")
    assert sentences._LINE_BREAK.match(text, at).group() == "\r\n"
    assert sentences._LINE_BREAK.match(text, at, at + 1).group() == "\r"
    assert [m.group() for m in sentences._LINE_BREAK.finditer("a\r\r\nb\n\rc")] == ["\r", "\r\n", "\n", "\r"]
    assert [m.group() for m in sentences._TERMINATORS.finditer("हुआ।” फिर?! ठीक… 1.5")] == ["।”", "?!", "…", "."]


def test_url_hint_hints_the_lines_regex_hinted():
    # every character after a period, "www" in any case, and lines with and without a hint
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        probe = "." + chr(code)
        assert bool(lexicon._URL_HINT.search(probe)) == bool(OLD_URL_HINT.search(probe)), hex(code)
    lines = ["देखें www.pib.gov.in", "WwW.Site", "ww.site", "wwwx", "mail a@b", "http://x",
             "x:/", "साइट आजतक.कॉम पर", "आजतक.कॉ", "है.इसके बाद", "3.5 फीसदी", "End.\u212a",
             "मामले बढ़े।", ""]
    for line in lines:
        assert bool(lexicon._URL_HINT.search(line)) == bool(OLD_URL_HINT.search(line)), line
    # within a window: a hint that starts before it does not count
    for line, start in (("www.", 1), ("a@b", 2), ("x://", 2)):
        assert lexicon._URL_HINT.search(line, start) is None
        assert OLD_URL_HINT.search(line, start) is None
        assert lexicon._URL_HINT.search(line) is not None
    assert lexicon.url_spans("पढ़ें www.pib.gov.in पर।", 0, 22) == [(6, 20)]


def test_corpus_lines_split_and_count_as_before(shared_data):
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 6), config) if not isinstance(a, Failure)]
    assert len(read) > 20  # day files, several outlets
    for article in read:
        text = article.text
        assert langid._letter_runs(text) == OLD_LETTERS.findall(text)
        assert _spans(sentences._LINE_BREAK, text, 0, len(text)) == _spans(OLD_LINE_BREAK, text, 0, len(text))
        assert _spans(sentences._TERMINATORS, text, 0, len(text)) == _spans(
            OLD_TERMINATORS, text, 0, len(text))
        for line in text.splitlines():
            assert bool(lexicon._URL_HINT.search(line)) == bool(OLD_URL_HINT.search(line))
