"""How an actor's English name reads to an English reader, once the party is chosen.

Why a module of its own: the naming modules build an English name from parts (a place from the
KB, a body or a people noun from the glossary, an age read before a head), and each part is said
right by itself while the whole can read wrong: "Government of United States" (a country whose
English name takes the article: the United States), "France health minister" (a country's name
where English says its adjective: the French health minister), "22-year-old young man" (युवक is
"young man", and an age said before it doubles what "young" says). These are the grammar of the
English, not of the Hindi, so they are put right once, on the finished name, where every naming
path ends (:func:`khabar.events.names.english_names`); which party is named and what its Hindi
says are left to the naming modules. Round nm4, issue 13: counted on the 280 allowed corpus day
files (main 982fd6f4, 4,778 actor names): 21 names lacked the article, 3 said a country's name
where English says its adjective, 2 doubled the age word, 1 put a count after "other".
"""

from __future__ import annotations

import re
from functools import cache

from .actors import _kb

# Country names English says with "the": names whose last word is a common noun of a polity
# ("the United States", "the Dominican Republic", "the Marshall Islands") and names that are
# plurals ("the Netherlands", "the Philippines", "the Maldives"). Read off the KB's countries
# (:func:`_with_article`); Barbados, Cyprus, Laos end in -s and are no plurals, so the plurals
# are listed, not guessed.
_POLITY_NOUNS = frozenset({"States", "Kingdom", "Emirates", "Republic", "Islands"})
_PLURAL_NAMES = frozenset({"Netherlands", "Philippines", "Maldives", "Bahamas", "Comoros"})
_PLURAL_NAMES |= {"Seychelles"}
# Words after which a country's name is a noun of the running English, where it takes its
# article: a preposition, a conjunction or a list's comma ("public of United States", "from United
# Arab Emirates, Qatar and Oman"). A name that opens the English is the actor itself ("United
# States") and stays as the KB writes it.
_BEFORE_ARTICLE = r"(?:\b(?:of|in|from|to|and|or|for|with|between|including)|,)"

# Heads of a person or a body that a country's name can stand before as a modifier ("France
# health minister", "China health commission", "Kuwait health officials"): English says the
# country's adjective there (French, Chinese). Heads of things are left: "Belgium travel" is a
# journey to Belgium, not a Belgian one; so are a force named by its place, "Pakistan Army",
# "Spain Police" (the naming modules' convention for every place's police, "Delhi Police").
_BODY_HEADS = frozenset(
    {"minister", "ministers", "ministry", "official", "officials", "commission", "department"}
    | {"authorities", "authority", "embassy", "officers", "spokesperson", "spokesman"}
    | {"ambassador", "envoy", "leader", "leaders", "agency"}
)
# Words a country's name can carry between it and such a head: the 4 such names of the 280
# allowed corpus day files carry one ("health"); two let "national health commission" in too
_MODIFIER_REACH = 2

# "22-year-old young man": युवक/युवती are "young man"/"young woman"; an age before them says it
_AGED_YOUNG = re.compile(r"\b(\d[\d,]*-year-old) young (man|woman|men|women)\b")


@cache
def _countries() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
    """(the KB's country names, longest first; those of them that take "the"; name -> English
    adjective) of the built-in KB, once per process."""
    names: set[str] = set()
    adjective: dict[str, str] = {}
    for entry in _kb().entries.values():
        if entry.type != "COUNTRY":
            continue
        names.add(entry.name)
        latin = [a for a in entry.adjectival if a.isascii() and a[:1].isupper()]
        if latin:
            adjective[entry.name] = latin[0]
    ordered = tuple(sorted(names, key=lambda n: (-len(n), n)))
    return ordered, tuple(n for n in ordered if _with_article(n)), adjective


def _with_article(name: str) -> bool:
    """Whether English says the country ``name`` with "the" ("United States": yes)."""
    words = name.split()
    if "&" in name or name.startswith("St."):
        return False  # "St. Vincent & Grenadines": a saint's name opens it, said as written
    if name in _PLURAL_NAMES or (words and words[-1] in _PLURAL_NAMES):
        return True
    return len(words) > 1 and words[-1] in _POLITY_NOUNS


@cache
def _article_rx() -> re.Pattern[str] | None:
    """A country that takes "the" said without it after a preposition, conjunction or comma."""
    _, names, _ = _countries()
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"({_BEFORE_ARTICLE} )(?!the )({alternatives})\b")


def _articled(en: str) -> str:
    """ "Government of United States" -> "Government of the United States"."""
    rx = _article_rx()
    return rx.sub(r"\1the \2", en) if rx is not None else en


def _adjectival(en: str) -> str:
    """ "France health minister" -> "French health minister": a country's name opening the
    English before a person's or a body's head (at most :data:`_MODIFIER_REACH` words after
    it), said by the KB's English adjective; with none, the head is said "of" the country
    ("Kuwait health officials" -> "health officials of Kuwait")."""
    names, articled, adjective = _countries()
    country = next((n for n in names if en.startswith(n + " ")), None)
    if country is None:
        return en
    words = en[len(country) + 1 :].split()
    heads = [i for i, w in enumerate(words) if w.lower() in _BODY_HEADS]
    if not heads or heads[0] > _MODIFIER_REACH or heads[0] != len(words) - 1:
        return en  # no body's head, or more after it ("China Daily", "Iran Air flights")
    if any(not w[:1].islower() for w in words[: heads[0]]):
        return en  # a name's words before the head ("Italy Civil Protection Department")
    rest = " ".join([*words[: heads[0]], words[heads[0]].lower()])
    if country in adjective:
        return f"{adjective[country]} {rest}"
    return f"{rest} of {'the ' if country in articled else ''}{country}"


# "other 25 hospitals" (अन्य 25 अस्पतालों): English says the count first, "25 other hospitals"
_OTHER_COUNT = re.compile(r"\bother (\d[\d,]*) (?!lakh|crore|thousand|hundred|million)(?=[a-z])")


def said(en: str) -> str:
    """``en`` as an English reader says it: a country's article, a country's adjective before
    a body, an age not doubled by "young", a count before "other"; the same name where none of
    these applies."""
    en = _AGED_YOUNG.sub(r"\1 \2", en)
    en = _OTHER_COUNT.sub(r"\1 other ", en)
    en = _adjectival(en)
    return _articled(en)
