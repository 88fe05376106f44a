"""Person names the KB does not know, spelt as the English press spells them (round nm7, issue 13).

Why: :func:`khabar.events.names.romanise` names such a person word by word from the KB-learnt
table, the hand table, the learnt romaniser and the rule. Those spell some common name words by
their letters or by one KB person's own spelling ("सुषमा चौहान" came out Sushma Chouhan, "देवी
शेट्टी" Devi Shetti, "रजनीश दुबे" Rajnish Dubey), where English news, and the event gold after
it, writes Chauhan, Shetty, Rajneesh. The press table (``data/actors/press_spellings_hi_en.txt``,
judged by hand from general knowledge) wins over all of them. Initials before a surname are
written with dots ("डीके तिवारी" D.K. Tiwari, was DK Tiwari), as English news writes Indian
initials and as the gold does (every initialled name of the ten tuning sets is written
"D. K. Tiwari"): the scorer compares names word by word, so "DK" never met "D. K.". An office's
short form the tagger takes into a name ("एसपी", "डीएम") is no initial and keeps its letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from ..entities.translit import is_devanagari

PRESS = "press_spellings_hi_en.txt"

# Short forms of offices and ranks that Hindi news writes before a name and the tagger may take
# into it ("एसपी राकेश", "डीएम सुहास"): letters, not a person's initials, so not dotted.
_OFFICES = frozenset(
    {"DM", "SP", "CM", "DC", "SO", "GM", "MD", "CO", "PM", "MP", "DG", "IG", "VC", "HM", "EO"}
    | {"SDM", "SSP", "DGP", "CMO", "SHO", "DSP", "ASP", "SDO", "ASI", "GOC", "CSP", "AGM", "CEO"}
    | {"MLA", "ADM", "BDO", "CDO", "IAS", "IPS", "DIG", "ADG", "CMS", "WHO", "SI", "DSO", "ACP"}
    | {"CDS", "CIT", "EMT"}
)


@cache
def press_table() -> dict[str, str]:
    """The press table, loaded once per process (format and checks as the other name tables:
    ``python -m khabar.events.names check FILE``)."""
    from .names import read_table  # names imports this module

    return read_table(Path(str(resources.files("khabar") / "data" / "actors" / PRESS)))


def press_spelling(word: str) -> str | None:
    """The usual English spelling of one Hindi name word when the press table is sure of it."""
    return press_table().get(unicodedata.normalize("NFC", word))


def dotted(letters: str, before_name: bool) -> str:
    """Initials "DK" dotted, "D.K.", when a name word follows them; anything else as it is: a lone
    acronym, an office's short form, or letters before a word that is no name."""
    if not before_name or not letters.isalpha() or not letters.isupper() or len(letters) > 3:
        return letters
    if letters in _OFFICES:
        return letters
    return "".join(f"{c}." for c in letters)


def name_initials(word: str, rest: Sequence[str]) -> str | None:
    """A name word made of Hindi letter names as initials ("डीके" D.K.; None for any other word),
    dotted when a name word follows it (``rest``: the words after it): "डीके तिवारी" D.K. Tiwari,
    "ए के सिंह" A. K. Singh, but "डब्लूएचओ चीफ" keeps WHO (चीफ is an English loan word)."""
    from .names import _role_word, initials, loan_word

    letters = initials(word, bool(rest))
    if letters is None:
        return None
    named = any(initials(w, True) is None and loan_word(w) is None for w in rest)
    # "पुर्तगाल के राष्ट्रपति", "इण्डिया के अध्यक्ष": के is the genitive before an office, a
    # phrase the tagger took for a name, not the K. of "कोनराड के संगमा"
    office = any(_role_word(w) or w.endswith("अध्यक्ष") for w in rest)
    irish = letters == "O" and not word.endswith(".")  # "डेरेक ओ ब्रायन": the O' of O'Brien
    return dotted(letters, named and not office and not irish and all(map(is_devanagari, rest)))
