"""Speed round sc50 (issue 16): per-match and per-word work done once, or read in C, or skipped
where a sentence holds nothing it looks for. Each must give what it replaces gave, on text
written like the news, negatives included."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from khabar.clean import lines as clean_lines
from khabar.clean import templates as clean_templates
from khabar.config import Config
from khabar.entities import crfdecode, translit
from khabar.entities.kb import load_kb
from khabar.entities.kbmatch import _alias_edges, _kb_candidates, _KBCaches
from khabar.entities.rules import english_names, rule_candidates
from khabar.entities.stage import pretag
from khabar.entities.tagger import TOK_TEXT, tokenize
from khabar.events.lexicon import disaster_triggers
from khabar.events.stage import _whole_line, is_heading
from khabar.time import grammar_hi
from khabar.time.grammar import NON_DEVANAGARI_LETTER
from khabar.time.lexicon import NUKTA, WORD_CHARS, fold, load
from khabar.time.tagger import tag

SENTENCES = [
    "स्वास्थ्य मंत्रालय के संयुक्त सचिव Lav Agarwal ने कहा कि देश में 21 दिन का लॉकडाउन रहेगा।",
    "WHO ने भारत सरकार के कदमों की सराहना की है।",
    "पश्चिमी देशों ने रूस पर नए प्रतिबंध लगाने की बात कही।",
    "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।",
    "जिलाधिकारी ने सभी दुकानों को शाम सात बजे तक बंद रखने का आदेश दिया।",
    "पटना में पुलिस ने मास्क न पहनने वालों पर जुर्माना लगाया।",  # no capital, no group word
    "कई देशों के नेताओं ने वीडियो कॉन्फ्रेंस के जरिए बैठक की।",
]


def _old_fold(text: str) -> str:
    """:func:`fold` as written before the cache (its body, unchanged)."""
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFD", text).replace(NUKTA, "")
    text = unicodedata.normalize("NFC", text).replace("\u0901", "\u0902")
    return " ".join(text.lower().split())


@pytest.mark.parametrize("text", ["आधी रात", "आधी  रात", "आँख", "मई", "ज़िला", "Midnight", "", " "])
def test_cached_fold_equals_uncached(text: str) -> None:
    assert fold(text) == _old_fold(text) == fold.__wrapped__(text)


def test_word_sets_folded_once() -> None:
    lex = load("hi")
    assert grammar_hi._plural_units() == {
        _old_fold(w) for forms in lex.data["plural_units"].values() for w in forms
    }
    assert grammar_hi._midnight() == {_old_fold(w) for w in lex.words("midnight")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("सोमवार आधी रात से पूरे देश में लॉकडाउन लागू हो गया।", "T24:00"),
        ("रात को पुलिस ने गश्त बढ़ाई।", None),  # a part of day, no midnight
        ("पिछले कई दिनों से बाजार बंद हैं।", None),  # a plural unit
    ],
)
def test_time_rules_read_the_folded_sets(text: str, value: str | None) -> None:
    found = tag(text, date(2020, 3, 24))
    midnight = [t for t in found if t.value and t.value.endswith("T24:00")]
    assert bool(midnight) is (value is not None)


def test_disaster_lexicon_key_sets() -> None:
    lex = disaster_triggers()
    assert lex.starts == frozenset(lex.index)
    assert lex.cue_words == frozenset(lex.cues)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("प्रेस वार्ता में Suresh Chandra Pandey ने बताया कि जांच जारी है।",
         [("Suresh Chandra Pandey", "PERSON")]),  # an English name the KB does not know
        ("पुलिस ने NDRF की टीम को मौके पर बुलाया।", [("NDRF", "ORGANIZATION")]),  # an acronym
        ("पश्चिमी देशों ने रूस पर नए प्रतिबंध लगाने की बात कही।", [("पश्चिमी देशों", "GROUP")]),
        ("पश्चिमी उत्तर प्रदेश में बारिश हुई।", []),  # a compass adjective, no group
        ("पटना में पुलिस ने मास्क न पहनने वालों पर जुर्माना लगाया।", []),  # nothing to scan for
        ("जिलाधिकारी ने सभी दुकानों को शाम सात बजे तक बंद रखने का आदेश दिया।", []),
    ],
)
def test_rule_scans_find_what_they_found(text: str, expected: list[tuple[str, str]]) -> None:
    """The acronym, group and English-name scans run only on a sentence with a Latin capital
    or a group word; where they run they find what they found, where they do not there was
    nothing for them (the negatives hold neither)."""
    kb = load_kb(Config())
    toks = tokenize(text)
    kbc = _kb_candidates(toks, kb, set())[0]
    found = [(" ".join(t.text for t in toks[c.i:c.j]), c.type)
             for c in rule_candidates(toks, kb, kbc)]
    assert found == expected
    if not any("A" <= t.text[:1] <= "Z" for t in toks):
        assert english_names(toks, set()) == []


def test_alias_edges_from_the_cache_or_not_the_same() -> None:
    kb = load_kb(Config())
    for text in SENTENCES:
        toks = tokenize(text)
        warm = _kb_candidates(toks, kb, set())
        _KBCaches.of(kb).edges.clear()  # every word new: computed one by one
        cold = _kb_candidates(toks, kb, set())
        assert warm == cold
        assert [_alias_edges(kb, t.text) for t in toks] == [
            _KBCaches.of(kb).edges[t.text] for t in toks
        ]


def test_viterbi_batches_do_not_change_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_kb(Config())
    token_lists = [tokenize(s) for s in SENTENCES * 3]
    monkeypatch.setattr(crfdecode, "BATCH_CELLS", 20_000)  # the size before round sc50
    before = pretag(token_lists, kb)
    monkeypatch.setattr(crfdecode, "BATCH_CELLS", 30)  # many batches
    assert pretag(token_lists, kb) == before


TEXT = (
    "दिल्ली में लॉकडाउन बढ़ा\n"  # a heading: a whole line, no final punctuation, text after it
    "सरकार ने लॉकडाउन तीन मई तक बढ़ा दिया है। दुकानें बंद रहेंगी।\n"
    "कोरोना को लेकर डीसी ने की बैठक, बाजार में मजिस्ट्रेट तैनात\n"
    "आखिरी पंक्ति"  # the last line: no heading
)


def test_whole_line_kept_gives_the_same() -> None:
    """Each sentence of each line asked twice in a row, as the stage asks (is_heading, then
    is_telegraphic_heading): the kept answer is the computed one."""
    at = 0
    for line in TEXT.split("\n"):
        for sentence in [p for p in line.replace("। ", "।\n").split("\n") if p]:
            start = TEXT.index(sentence, at)
            end = start + len(sentence)
            for _ in range(2):
                assert _whole_line(TEXT, start, end) == _whole_line.__wrapped__(TEXT, start, end)
            at = end
    first, last = TEXT.index("\n"), TEXT.rindex("\n") + 1
    assert is_heading(TEXT, 0, first)
    assert not is_heading(TEXT, last, len(TEXT))  # the last line: no text after it
    assert not is_heading(TEXT, first + 1, TEXT.index("।") + 1)  # a sentence, not its line


def test_tokens_texts_read_in_c() -> None:
    toks = tokenize(SENTENCES[0])
    assert list(map(TOK_TEXT, toks)) == [t.text for t in toks]  # attrgetter since round sp26


def test_non_devanagari_letter_is_the_same_set() -> None:
    """The class with the Devanagari block first is the class it replaces, character for
    character, over every code point (a Latin, Cyrillic or Arabic letter in; Devanagari, digits,
    the underscore, punctuation and spaces out)."""
    old = re.compile(r"[^\W\d_\u0900-\u097F]")
    every = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in NON_DEVANAGARI_LETTER.finditer(every)] == [
        m.start() for m in old.finditer(every)
    ]
    assert NON_DEVANAGARI_LETTER.match("April") and NON_DEVANAGARI_LETTER.match("ж")
    for char in ("अ", "्", "5", "५", "_", " ", "।"):
        assert NON_DEVANAGARI_LETTER.match(char) is None


# (dump's content-word and classify's norm patterns are gone since round sp1: both read the words
# lines._WORD finds, tests/test_clean_line_words.py)
@pytest.mark.parametrize(
    ("now", "before"),
    [
        (clean_lines._WORD.pattern, r"[\w\u0900-\u0963\u0966-\u097F]+"),
        (clean_templates._WORD.pattern, r"[\w\u0900-\u0963\u0966-\u097F]+"),
        (f"[{WORD_CHARS}]", r"[\w\u0900-\u0963\u0966-\u097F]"),
    ],
)
def test_devanagari_first_classes_are_the_same_sets(now: str, before: str) -> None:
    """Each class with its Devanagari ranges moved first matches where it matched, over every
    code point and over a line of news (words, matras, digits, Latin, punctuation)."""
    every = "".join(map(chr, range(0x110000)))
    line = "सोमवार (23 मार्च) को PM मोदी ने कहा- देश में 21 दिन का लॉकडाउन_रहेगा।"
    for text in (every, line):
        assert [m.span() for m in re.finditer(now, text)] == [
            m.span() for m in re.finditer(before, text)
        ]


def _old_latin_fold(word: str) -> str:
    """:func:`translit._latin_fold` as written before round sc50: every rule's sub, always."""
    s = unicodedata.normalize("NFD", word.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z]", "", s)
    for pattern, repl in translit._LATIN_RULES:
        s = re.sub(pattern, repl, s)
    return s


def test_latin_fold_skips_only_rules_that_cannot_match() -> None:
    """Over every Latin word of the KB's aliases and romanised Hindi names (and spellings that
    meet each rule: Xi, Zhang, Qatar, Schmidt, Zelenskyy, Cooper, Chhattisgarh, Sharma ...),
    the fold with its rules skipped where their letters are absent is the fold of every rule."""
    kb = load_kb(Config())
    words = {w for e in kb.entries.values() for a in e.en for w in a.split()}
    words |= {"Xi", "Zhang", "Qatar", "Schmidt", "Zelenskyy", "Cooper", "Chhattisgarh", "Sharma",
              "Phool", "Jackie", "Moscow", "Naidu", "Ambedkar", "Hamza", "Iqbal", "Bhupesh",
              "Aamir", "Mukesh", "Müller", "Ångström", "", "x", "ccchhh"}
    assert len(words) > 1000
    for word in sorted(words):
        assert translit._latin_fold(word) == _old_latin_fold(word), word
    assert translit.latin_key("शी जिनपिंग") == translit.latin_key("Xi Jinping")  # still meet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("प्रधानमंत्री नरेंद्र मोदी ने देश को संबोधित किया।", True),
        ("प्रधानमंत्री नरेंद्र       मोदी ने देश को संबोधित किया।", False),  # a gap breaks the name
        ("नरेंद्र मोदी", True),  # at the very end of the sentence
    ],
)
def test_kb_ngrams_reach_as_before(text: str, found: bool) -> None:
    """The reach of each start word (the words up to the first wide gap) is found per start;
    a name split by a gap wider than MAX_ALIAS_GAP is no alias, one word apart it is."""
    kb = load_kb(Config())
    toks = tokenize(text)
    names = {" ".join(t.text for t in toks[c.i:c.j]) for c in _kb_candidates(toks, kb, set())[0]}
    assert ("नरेंद्र मोदी" in names) is found
