"""The English of an actor phrase Hindi news writes in English loan words ("प्लेसमेंट फेयर").

Why (round nm1, issue 13): a ``text:`` actor whose head the glossary lacks gets no English at all
(:func:`khabar.events.gloss.gloss` says None rather than a wrong head), and the commonest such
heads are English words written in Devanagari: "लॉयन सफारी" (lion safari), "प्लेसमेंट फेयर"
(placement fair), "पीएम-केयर्स फंड", "एक पीएसयू", "टिकट बुकिंग" … An analyst reading the English
export saw nothing of them, though the Hindi itself is English. Such a phrase is said word by word
here: each word an English loan word of the table ``data/actors/loan_nouns_hi_en.txt``, a
glossary determiner or modifier ("सभी", "इस", "एक"), a number, a place the KB names or a word of
Hindi letter names (initials: पीएसयू PSU); the head, its last word, a loan word or initials. A
phrase with any other word (a Hindi noun the glossary lacks, a genitive, a postposition, a
conjunction) keeps no English: precision over recall, as the gloss.

Apart from the glossary on purpose: glossary words are words the argument readers carry a phrase
across (:func:`khabar.events.glossary.known_word`), so adding the loan words there would move
argument spans; read here, at naming time only (:func:`khabar.events.names.english_names`), they
change no span and no event, only the English of an actor that had none.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from .glossary import _DIGITS, _NUMBER, _lookup, _place_en, _words, glossary
from .glossary import _norm as _gloss_norm
from .names import initials, read_table

LOAN_NOUNS = "loan_nouns_hi_en.txt"
# English nouns with no plural of their own: "4 केबिन क्रू" is "4 cabin crew", not "crews"
_UNCOUNTED = frozenset({"crew", "news", "press"})


@cache
def loan_nouns() -> dict[str, str]:
    """The built-in table of English common nouns in Devanagari, keyed as the gloss reads words
    (nasals folded: "कॉन्फ्रेंस" and "कॉंफ्रेंस" are one key), loaded once per process."""
    path = Path(str(resources.files("khabar") / "data" / "actors" / LOAN_NOUNS))
    return {_gloss_norm(hi): en for hi, en in read_table(path).items()}


def _loan(word: str) -> str | None:
    """A loan word's English, its initials' ("पीएसयू" PSU), or the parts of a hyphenated one
    each so said ("पीएम-केयर्स" PM-CARES; a hyphen left dangling by the tokenizer dropped)."""
    found = loan_nouns().get(word) or initials(word)
    if found or "-" not in word:
        return found
    parts = [p for p in word.split("-") if p]
    said = [loan_nouns().get(p) or initials(p) for p in parts]
    return "-".join(s for s in said if s) if parts and all(said) else None


def loan_modifier(word: str) -> str | None:
    """The English of a word the glossary lacks that stands before a phrase's head: an English
    loan word or initials (:func:`_loan`: "रेड जोन" red zone, "डीएलडब्लू सिनेमा हॉल" DLW
    cinemas, "डिप्टी कमिश्नरों" deputy commissioners) or a word already in Latin letters ("COVID-19
    प्रभावित देशों"); None for any other word, which the gloss leaves out as before. Read by
    :func:`khabar.events.gloss_phrases._conjunct` (round nm1: the English dropped these words
    of its own Hindi, "zone", "cinemas", "commissioners")."""
    if _LATIN.fullmatch(word):
        return word
    return _loan(word)


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.-]*")


def loan_phrase(text: str) -> str | None:
    """ "लॉयन सफारी" = "lion safari", "सभी स्पा" = "all spas", "एक पीएसयू" = "one PSU" (the
    glossary's determiners, as :func:`khabar.events.gloss.gloss` says them); None unless every
    word is said and the last is a loan word or initials."""
    from .gloss_phrases import _many_things, _plural  # which reads loan_modifier from here

    words = _words(text)
    if not words or _loan(words[-1]) is None:
        return None
    g = glossary()
    said: list[str] = []
    k = 0
    while k < len(words) - 1:
        word = words[k]
        hit = _lookup(words, k, g)
        if hit is not None and hit[0] == 1 and hit[2] in {"det", "mod"}:
            said.append(hit[1])
        elif _NUMBER.fullmatch(word.translate(_DIGITS)):
            said.append(word.translate(_DIGITS))
        elif (en := _loan(word) or _place_en((word,))) is not None:
            said.append(en)
        else:
            return None
        k += 1
    said.append(_loan(words[-1]) or "")
    en = " ".join(said)
    if not _many_things(words) or said[-1] in _UNCOUNTED:
        return en
    return _plural(en) or en
