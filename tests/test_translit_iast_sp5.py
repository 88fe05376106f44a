"""Round sp5 (issue 16): :func:`khabar.entities.translit.iast` romanises Devanagari as
indic-transliteration's ``transliterate(text, DEVANAGARI, IAST)`` does, without importing that
library (its import parses 88 scheme files, 0.13-0.16 CPU-s in every process)."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from khabar.entities import translit
from khabar.entities.translit import iast

sanscript = pytest.importorskip("indic_transliteration.sanscript")

# Written like the news (not taken from any gold file): names, places, loans, nukta letters in
# both spellings, conjuncts, numerals, Latin and punctuation among them.
NEWS = (
    "मुख्यमंत्री योगी आदित्यनाथ ने गोरखपुर में कहा। ज़िलाधिकारी क़ुरैशी और फ़ैज़ाबाद के"
    " डॉक्टर ऑक्सीजन प्लांट पहुँचे; श्रीनगर, क्षेत्र, ज्ञानवापी, ऋषिकेश, पढ़ाई, ग़ाज़ियाबाद,"
    " ख़बर २०२० में COVID-19 के ३४ नए मामले। ॐ शांतिः॥ राम॑ देव॒"
)
NEWS_WORDS = NEWS.split()


def _library(text: str) -> str:
    return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST))


def test_the_tables_are_the_librarys() -> None:
    scheme_map = sanscript.SchemeMap(sanscript.SCHEMES[sanscript.DEVANAGARI],
                                     sanscript.SCHEMES[sanscript.IAST])
    assert scheme_map.vowel_marks == translit._IAST_MARKS
    assert scheme_map.non_marks_viraama == translit._IAST_SIGNS
    assert set(scheme_map.consonants) == translit._IAST_CONSONANTS
    assert scheme_map.virama == {translit._VIRAMA: ""}
    assert set(translit._IAST_YOGAVAHAS) == set(scheme_map.from_scheme["yogavaahas"])
    assert set(translit._IAST_ACCENTS) == set(scheme_map.accents)


@pytest.mark.parametrize("word", NEWS_WORDS)
def test_news_words_romanise_as_the_library_does(word: str) -> None:
    assert iast(word) == _library(word)


def test_every_pair_of_devanagari_signs_romanises_as_the_library_does() -> None:
    block = [chr(c) for c in range(0x0900, 0x0980)]
    for a in block:
        for b in block:
            for text in (a + b, "क" + a + b):
                assert iast(text) == _library(text), ascii(text)


def test_random_mixed_text_romanises_as_the_library_does() -> None:
    alphabet = ([chr(c) for c in range(0x0900, 0x0980)] + list(translit._IAST_ACCENTS)
                + list(translit._IAST_YOGAVAHAS) + list("ab Z9.-\n") + ["\u200c", "\u200d"])
    rng = random.Random(16)
    for _ in range(20000):
        text = "".join(rng.choices(alphabet, k=rng.randint(1, 12)))
        assert iast(text) == _library(text), ascii(text)


@pytest.mark.parametrize("text", ["", "Delhi", "COVID-19 cases: 34", "महाराष्ट्र", "दिल्ली"])
def test_text_without_devanagari_is_kept_and_a_final_consonant_keeps_its_a(text: str) -> None:
    assert iast(text) == _library(text)
    if not translit.is_devanagari(text):
        assert iast(text) == text
    assert iast("दिल्ली") == "dillī" and iast("राम") == "rāma"


def test_romanising_a_name_imports_no_transliteration_library() -> None:
    code = ("import sys; from khabar.entities.translit import latin_key;"
            " from khabar.events.names import rule_spelling;"
            " print(latin_key('व्लादिमीर पुतिन'), rule_spelling('सिंह'),"
            " any(m.startswith('indic_transliteration') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["vladimir", "putin", "Singh", "False"]
