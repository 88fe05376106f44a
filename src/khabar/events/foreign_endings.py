"""Endings of English names written in Devanagari, spelt as English writes them (round sn2, issue 13).

Why: a name the KB does not know is romanised by Hindi rules (:func:`khabar.events.names.romanise`:
the learnt romaniser, schwa deletion, hand folds). A Hindi word keeps the schwa of its last
consonant but one, so "बोस्टन" is "Bostan", "हाल्टन" "Haltan", "वेलिंगटन" "Velingtan", where the
English name ends in the unstressed "-ton" the Hindi letters cannot show (Boston, Halton,
Wellington, Washington, Clinton, Houston). The written ending says which names these are: टन
right after a consonant cluster that Hindi words do not end in, a half स, ल or न or a nasal
(स्टन, ल्टन, न्टन, ंटन, ंगटन), is the English -ton; after a vowel it is Hindi (पाटन Patan, रतन
Ratan, मटन mutton's own letters), and after र् or प् it is another English ending
(किंडरगार्टन kindergarten, कैप्टन captain).

Counted (round sn2) on the 280 allowed corpus day files: 52 words end so (वाशिंगटन/वॉशिंगटन 30
with the run-on forms, बैडमिंटन 11, हॉल्टन/हाल्टन 7 (Jane Halton), बोस्टन 2, वेलिंगटन 1, क्लिंटन
1), all English "-ton"; besides them only आवंटन (allotment, 4), a Hindi noun the glossary knows
and so never romanised as a name.
"""

from __future__ import annotations

import re
import unicodedata

# टन after a half स, ल or न, or after an anusvara with or without a ग: the English -ton
_TON = re.compile("(?:[सलन]\u094d|\u0902|\u0902ग)टन$")


def english_ending(word: str, latin: str) -> str:
    """``latin`` (the romanised ``word``) with the English ending the Devanagari spells: "-tan"
    written "-ton" after the consonants of :data:`_TON` ("बोस्टन" Bostan -> Boston); any other
    word as it is."""
    word = unicodedata.normalize("NFC", word)
    if _TON.search(word) and latin.endswith("tan"):
        return latin[:-3] + "ton"
    return latin
