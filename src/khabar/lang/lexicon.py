"""Small closed word lists shared by the sentence splitter and the tokenizer.

They are data, not rules: the splitter and tokenizer decide with them whether a period ends a
sentence or belongs to an abbreviation, and whether a following word can start a sentence at all.
The lists were written from Hindi news style (Dainik Jagran, Amar Ujala, Live Hindustan, ANI Hindi
copy) and the English abbreviations common in Indian English wire text; they are kept short on
purpose, because every entry that is also an ordinary sentence-final word costs a missed boundary.
"""

from __future__ import annotations

import re

import regex


def word_set(spaced: str) -> frozenset[str]:
    """The words of a space-separated list (keeps long word lists compact and diffable)."""
    return frozenset(spaced.split())


# Abbreviations that also end sentences often ("... Ltd." or "... आदि."): the period ends the
# sentence unless the next word cannot start one.
MAY_END: frozenset[str] = word_set("etc inc ltd co corp pvt bros jr sr no nos आदि इत्या ई रु लि")

# Abbreviations written with a trailing period, lower-cased, without the period: MAY_END and
# those that (almost) never end a sentence. Devanagari: titles and ranks (डॉ. प्रो. श्री. ले.),
# directions before a place name (प. बंगाल, उ. कोरिया, द. अफ्रीका, पू. दिल्ली); Latin: the usual
# titles, months and reference words.
ABBREVIATIONS: frozenset[str] = MAY_END | word_set(
    # Hindi titles, ranks and reference words
    "डॉ डा प्रो श्री श्रीमती सुश्री कु स्व ले लेफ्टि जन "
    "मे कै कैप्ट ब्रि ब्रिग कर्न सं पृ पं मो नं क्र "
    "मि न्या प्रा प उ द पू "
    # English titles and ranks
    "mr mrs ms dr prof st gen col lt capt maj "
    "sgt gov sen rep rev hon adv insp supt smt shri km "
    # months and days
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thur thurs fri sat sun "
    # reference words
    "vol fig pp vs approx dept govt rs ref cf "
    "al mt ave viz "
)

_KEY_FIXES = str.maketrans({"\u200c": None, "\u200d": None, "\u00ad": None})


def abbrev_key(word: str) -> str:
    """``word`` as the lists above spell it: lower case, no ZWJ/ZWNJ/soft hyphen, and the
    two-sign spelling ा + ॅ of ॉ that many Hindi sites type ("डाॅ." for "डॉ.") made one sign."""
    return word.translate(_KEY_FIXES).replace("\u093e\u0945", "\u0949").lower()


# Devanagari spellings of Latin letter names, as used for initials ("ए.के. शर्मा", "सी.बी.आई.").
LETTER_NAMES: frozenset[str] = word_set(
    "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डबल्यू एक्स वाई वाय जेड ज़ेड"
)

# Letter names that are also common sentence-final words (आई "came", के genitive, जी honorific,
# सी "-like", पी "drank", ई/ए): alone before a period they do not mark an initial.
AMBIGUOUS_LETTER_NAMES: frozenset[str] = word_set("ए ई आई के जी सी पी ओ")

# Of those, the two that end Hindi news sentences as words ("… सामने आई.", "… मोदी जी."). The
# others end none (the genitive के needs its head noun after it): before a stop and a Devanagari
# word they are an initial ("मुख्यमंत्री पी. विजयन", "सलाहकार के. विजय राघवन"). Round ev159 (issue
# 13) counted on the 280 allowed day files of corpus/hindi-covid-2020: 8 sentence ends after a
# lone ए/ई/के/सी/पी/ओ, all of them inside a name ("टेड्रोस ए. गेब्रेयेसस", "वी. ओ. चिदम्बरनार").
SENTENCE_FINAL_LETTER_NAMES: frozenset[str] = word_set("आई जी")

# Words that cannot begin a Hindi sentence: postpositions, the copula and clause-internal
# particles. A period followed by one of them is not a sentence end ("डॉ. ने", "500 रु. की").
CONTINUATION_WORDS: frozenset[str] = word_set(
    "ने को का के की में से पर तक द्वारा है हैं था थे थी थीं वाले वाली वाला व एवं तथा या सहित समेत "
)

# Frequent first words of English sentences: after "U.S." or "Inc." one of them starts a new one.
ENGLISH_STARTERS: frozenset[str] = word_set(
    "The He She It They We I You This That These Those "
    "But And In On At A An His Her Its Their Our There "
    "What When Where Why How If As After Before Meanwhile "
)

# Web addresses and e-mail addresses: their periods and question marks end nothing. The trailing
# punctuation of a match is given back (a URL at the end of a sentence keeps the sentence's period).
URL_RE = regex.compile(
    r"""(?:https?://|ftp://|www\.)[^\s\x1c-\x1f<>"'“”]+
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | \b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|gov|edu|co|io|info|news|uk|us)\b(?:/[^\s\x1c-\x1f<>"'“”]*)?
      | [\w-]+\.कॉम(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Every address has one of these; testing for it first skips the costly pattern on plain prose.
# A Hindi page spells its own site in Devanagari ("नवभारतटाइम्स.कॉम"; round ner18: the period
# ended a sentence there and the tagger took "कॉम" for a person).
# A stdlib ``re`` pattern that opens with the class of the hints' first characters, each hint then
# tried in a lookahead from there, so the search skips to those characters (round sp6, issue 16:
# ``regex`` tried ``://|www\.|@|\.[A-Za-z]|\.कॉम`` case-blind at every character, 2x the time); the
# same lines hinted: the letters case-blind matching adds to [A-Za-z] (İ ı ſ K) written out, as
# ``tests/test_lang_regex_free_sp6.py`` checks over every code point.
_URL_HINT = re.compile(
    "[:wW@.](?<=(?=://|[wW][wW][wW]\\.|@|\\.[A-Za-z\u0130\u0131\u017f\u212a]|\\.कॉम).)"
)
_URL_TRAILING = ".,;:!?)]}'\"”’।"


def url_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``text[start:end]``, trailing punctuation excluded."""
    spans: list[tuple[int, int]] = []
    if not _URL_HINT.search(text, start, end):
        return spans
    for m in URL_RE.finditer(text, start, end):
        s, e = m.span()
        while e > s and text[e - 1] in _URL_TRAILING:
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
