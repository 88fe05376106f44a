"""A line's words found once (round sp1, issue 16): the norm, the content words and the template
key and shingles read off the words measuring the line found (``lines.line_words``) equal what
the patterns they replaced gave, for lines measured first and for texts never measured, on
news-like lines of our own (digits of both scripts, Latin capitals, casefolds that change a word,
underscores, joiners) and on real corpus lines."""

from __future__ import annotations

import re
import zlib

import pytest

from khabar.clean import lines as lines_module
from khabar.clean.classify import norm
from khabar.clean.cues import HINDI_STOPWORDS
from khabar.clean.dump import _content_words
from khabar.clean.lines import line_words, split_lines
from khabar.clean.templates import SHINGLE_WORDS, line_keys

from .conftest import corpus_sample

# the patterns norm, _content_words and line_keys used before
_NORM = re.compile(r"[^\u0900-\u0963\u0966-\u097F\w]+|_", re.UNICODE)
_CONTENT_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\w]{2,}")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\w]+")

LINES = [
    "नई दिल्ली, 12 मई (भाषा) स्वास्थ्य मंत्रालय ने मंगलवार को बताया कि 3,900 नए मामले आए।",
    "राज्य में आज १२३ नए संक्रमित मिले, कुल संख्या ४५,६७८ हुई; 7 जिलों में कर्फ्यू जारी",
    "COVID-19 UPDATE: Delhi reports 1,234 new cases; ICMR says testing up 20%",
    "ǰob İstanbul STRASSE straße snake_case_name __init__ a_b c d e f g h",
    "हेल्\u200dपलाइन नंबर 1075 पर संपर्क करें | Share | Tweet | WhatsApp",
    "अ आ क 1 2 x y _ __ ० ९",
    "",
    "   ",
    "|||,,,",
]


def _old_key(text: str) -> tuple[int, list[int]]:
    folded = _NORM.sub("", _DIGITS.sub("0", text)).casefold()
    key = zlib.crc32(folded.encode("utf-8")) if folded else 0
    words = _WORD.findall(_DIGITS.sub("0", text).casefold())
    if len(words) < 2 * SHINGLE_WORDS:
        return key, []
    return key, [zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))
                 for i in range(len(words) - SHINGLE_WORDS + 1)]


def _check(texts: list[str]) -> int:
    measured = 0
    for text in texts:
        for piece in {text, text.strip()}:
            assert line_words(piece) == _WORD.findall(piece)
            assert norm(piece) == _NORM.sub("", piece).casefold(), piece
            assert _content_words(piece) == {
                w for w in _CONTENT_WORD.findall(piece) if w not in HINDI_STOPWORDS}, piece
            assert line_keys(piece) == _old_key(piece), piece
            measured += piece in lines_module._WORDS
    return measured


@pytest.mark.parametrize("first_measured", [False, True])
def test_news_like_lines(first_measured: bool) -> None:
    lines_module._WORDS.clear()
    lines_module._SEEN.clear()
    if first_measured:
        split_lines("\n".join(LINES))
    measured = _check(LINES)
    # measured lines are read from the words measuring found; the others are found anew
    assert (measured > 5) is first_measured


def test_words_are_not_kept_for_texts_never_measured() -> None:
    lines_module._WORDS.clear()
    lines_module._SEEN.clear()
    text = "पुलिस ने 5 लोगों को गिरफ्तार किया"
    assert line_words(text) == ["पुलिस", "ने", "5", "लोगों", "को", "गिरफ्तार", "किया"]
    assert text not in lines_module._WORDS


def test_real_lines(shared_data) -> None:
    lines_module._WORDS.clear()
    lines_module._SEEN.clear()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_sample(shared_data, 2)]
    for text in texts:
        # the script letters counted in one pass, as the patterns count them line by line
        assert all(_line_features(ln) == _regex_features(ln) for ln in split_lines(text))
    assert _check([ln for text in texts for ln in text.splitlines() if ln.strip()]) > 200


def test_stop_word_density_counts_a_word_or_its_lower_case() -> None:
    lines_module._SEEN.clear()
    stops = frozenset({"के", "ने", "the", "of", "In"})
    # के, ने, The (its lower case), of, In (as written); not IN (neither it nor "in" listed)
    line = split_lines("The report of मंत्रालय के अधिकारियों ने In IN दी", stopwords=stops)[0]
    assert line.words == 10 and line.stop_density == 5 / 10


@pytest.mark.parametrize("text", [
    "Delhi LIVE: मुख्यमंत्री ने की बैठक", "xLIVE and bLIVE are no label", "BLIVE", "live",
    "Blog: Breaking  News आज", "ब्रेकिंग: लाइव अपडेट", "Labs, Bills and a LIVELY debate",
    "Live Update 3", "Alive Updates", "", "केवल हिंदी पाठ"])
def test_live_is_found_at_its_opening_letters(text: str) -> None:
    from khabar.clean.dump import _LIVE, _LIVE_AT

    assert (_LIVE_AT.search(text) is not None) == (_LIVE.search(text) is not None)
    for start in range(len(text) + 1):  # from any place on: the word boundary sees before it
        found = _LIVE.search(text, start)
        at = _LIVE_AT.search(text, start)
        assert (found and found.start()) == (at and at.start()), (text, start)


def test_short_devanagari_lines_are_never_template_and_longer_ones_can_be() -> None:
    from khabar.clean.templates import OutletTemplates

    learner = OutletTemplates()
    dateline, promo = "नई दिल्ली", "ताजा खबरों के लिए हमारा ऐप डाउनलोड करें"
    for n in range(6):
        learner.observe("x", [dateline, promo, f"खबर संख्या {n} का पूरा पाठ यहां है"])
    assert not learner.is_template("x", dateline)  # three words or fewer, all Devanagari
    assert learner.is_template("x", promo)
    assert not learner.is_template("x", "मौसम विभाग ने आज बारिश की चेतावनी दी है")


def test_lead_words_are_those_of_the_joined_heads_of_the_next_lines() -> None:
    from khabar.clean.dump import _lead_words

    long_line = ("स्वास्थ्य विभाग के अनुसार जिले में " * 12) + "संक्रमितों की संख्या बढ़कर 120 हो गई"
    assert len(long_line) > 400  # a word runs across the 400th character
    texts = [long_line, "पुलिस ने बताया कि जांच जारी है", "", "WHO: टीकाकरण अभियान तेज होगा",
             "a_b 12 ३४ x"]
    lines = split_lines("\n".join(texts))
    for k in range(len(lines)):
        pair = lines[k : k + 2]
        joined = " ".join(a.text[:400] for a in pair)
        expected = {w for w in _CONTENT_WORD.findall(joined) if w not in HINDI_STOPWORDS}
        assert _lead_words(pair) == expected


SCRIPT_LINES = LINES + [
    "कोरोना 😷 मास्क पहनें — Wear masks 𝐀𝐁 ꣲ ॰ ९",  # beyond the BMP: counted by the patterns
    "Ελλάδα और Россия ने कहा Øresund straße ǅ ²",
    "\ud800 अकेला सरोगेट",
]


def _regex_features(line) -> tuple:
    words, letters, deva, latin, stop, ends, ends_sentence, seps = lines_module._measure(
        line.text, lines_module.DEFAULT_STOPWORDS)
    return (words, letters, deva, latin, stop, ends, ends_sentence, seps)


def _line_features(line) -> tuple:
    return (line.words, line.letters, line.deva_ratio, line.latin_ratio, line.stop_density,
            line.sentence_ends, line.ends_sentence, line.separator_ratio)


@pytest.mark.parametrize("texts", [SCRIPT_LINES, SCRIPT_LINES[:-3], SCRIPT_LINES[-2:]])
def test_script_letters_counted_in_one_pass_equal_the_patterns(texts: list[str]) -> None:
    lines_module._WORDS.clear()
    lines_module._SEEN.clear()
    measured = split_lines("\n\n".join(texts))
    assert measured and all(_line_features(ln) == _regex_features(ln) for ln in measured)


def test_script_table_is_the_patterns_classes() -> None:
    table = lines_module._script_table()
    for cp in (0x41, 0x7A, 0xE9, 0x915, 0x93E, 0x964, 0x966, 0x970, 0xA8F2, 0x5F, 0x660, 0x3B1,
               0xD800, 0xFFFF):
        ch = chr(cp)
        kind = (1 if lines_module._DEVA_LETTER.match(ch) else 2
                if lines_module._LATIN_LETTER.match(ch) else 3
                if lines_module._OTHER_LETTER.match(ch) else 0)
        assert table[cp] == kind, hex(cp)
