"""English names and words written in Devanagari, spelt as English writes them (round sn2, issue 13).

Why: a name the KB does not know is romanised by Hindi rules (:func:`khabar.events.names.romanise`:
the learnt romaniser, schwa deletion, hand folds), which read two spellings of English sounds as
Hindi ones. Both are told apart by the letters around them, so each is a rule, not a word list:

* "-ton". A Hindi word keeps the schwa of its last consonant but one, so "बोस्टन" is "Bostan",
  "हाल्टन" "Haltan", where the English name ends in the unstressed "-ton" the Hindi letters cannot
  show (Boston, Halton, Wellington, Washington, Clinton, Houston). टन right after a consonant
  cluster Hindi words do not end in, a half स, ल or न, or a nasal (स्टन, ल्टन, न्टन, ंटन, ंगटन),
  is the English -ton; after a vowel it is Hindi (पाटन Patan, रतन Ratan), and after र् or प् it is
  another English ending (किंडरगार्टन kindergarten, कैप्टन captain). Counted on the 280 allowed
  corpus day files: 52 words end so (वाशिंगटन/वॉशिंगटन 30 with the run-on forms, बैडमिंटन 11,
  हॉल्टन/हाल्टन 7 (Jane Halton), बोस्टन 2, वेलिंगटन 1, क्लिंटन 1), all English "-ton"; besides
  them only आवंटन (allotment, 4), a Hindi noun the glossary knows and so never romanised as a name.
* "ai" for the English short a. Hindi writes the a of "campus", "Orlando", "Brandon", "Cantor"
  as ऐ with a nasal (कैंपस, ऑरलैंडो, ब्रैंडन, कैंटर), which the rule spells "ai" (Kaimpas,
  Orlaindo); the KB's own places teach "-land" for लैंड (the learnt romaniser, 8 of 9). Before a
  stop ड, ट, प, ब or क the nasal ऐ is that English a: Hindi words have it before other letters
  (भैंस, पैंतीस, गैरसैंण Gairsain, जैंतनवाला), and ग is left out for बैंगन. Of the ~2,200 names
  the KB lacks on the allowed files (persons, bodies, places the tagger found), 14 change so
  (Orlando Blum, IG Rank, Gair-banking, Hand Sainetaijar; Kampas x2, Kantin, Sampal x4, Kantar x2,
  Brandan Lvis nearer campus, canteen, sample, Cantor, Brandon), none an Indian name.
"""

from __future__ import annotations

import re
import unicodedata

# टन after a half स, ल or न, or after an anusvara with or without a ग: the English -ton
_TON = re.compile("(?:[सलन]\u094d|\u0902|\u0902ग)टन$")
# ऐ with an anusvara before a stop (Devanagari), and the rule's "ai" before the nasal and stop
_NASAL_AI = re.compile("\u0948\u0902(?=[डटपबक])")
_LATIN_AI = re.compile("ai(?=[nm][dtpbk])")


def english_sounds(word: str, latin: str) -> str:
    """``latin`` (the romanised ``word``) with the English sounds the Devanagari spells:
    "-tan" written "-ton" after the consonants of :data:`_TON` ("बोस्टन" Bostan -> Boston), and
    the nasal ऐ before a stop "a" ("ऑरलैंडो" Orlaindo -> Orlando) when the Latin has as many
    "ai" there as the word has such ऐ; any other word as it is."""
    word = unicodedata.normalize("NFC", word)
    if _TON.search(word) and latin.endswith("tan"):
        latin = latin[:-3] + "ton"
    nasal = len(_NASAL_AI.findall(word))
    if nasal and len(_LATIN_AI.findall(latin)) == nasal:
        latin = _LATIN_AI.sub("a", latin)
    return latin
