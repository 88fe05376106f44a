"""The last-resort English of an actor phrase kept as text: a second glossary read at naming only.

Why (round gl1, issue 13): 132 actors of the 2,834 events on the 280 allowed corpus day files had
no English name at all ('?' in an export, a hole to an analyst and never the gold's English),
most of them a phrase whose head the actor glossary lacks ("मंत्रालय ने … अपील की", "कार्यक्रम को
रद्द", "विधानसभा का घेराव", "हाई पावर कमेटी की बैठक"). The main glossary
(``data/actors/gloss_hi_en.yaml``) cannot simply take those words: it is read while the events
stage chooses the arguments, and a word it knows changes the choice (a glossed bare "मंत्रालय"
is no longer resolved to the ministry named before it, :mod:`khabar.events.agent_anaphora`; a
glossed act noun hands the target to its owner). So the words live in
``data/actors/gloss_names_hi_en.yaml``, whose entries are added to the main glossary's only when
:mod:`khabar.events.names` names an actor that would otherwise have no English: the argument is
the one already chosen, only its English is new. The phrase is read by the main glossary's rules
(:func:`khabar.events.gloss.gloss`), unplaced: a jurisdiction guessed for an actor that needed this
fallback was as often wrong as right ("programmes in India" for an event cancelled in Austin).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from .clause import GENITIVES
from .gloss import gloss
from .glossary import Glossary, _words, glossary, read_glossary

NAME_GLOSSARY = "gloss_names_hi_en.yaml"


def names_glossary_path() -> Path:
    """The packaged naming-only glossary."""
    return Path(str(resources.files("khabar") / "data" / "actors" / NAME_GLOSSARY))


@cache
def _merged() -> Glossary:
    """The main glossary's entries and the naming-only ones, indexed together; loaded once per
    process."""
    merged = Glossary([*glossary().entries, *read_glossary(names_glossary_path()).entries])
    merged.build_index()
    return merged


@lru_cache(maxsize=4096)
def named_phrase(text: str) -> str | None:
    """The English of a text actor's phrase with the naming-only words known too ("हाई पावर
    कमेटी" -> "high-power committee"), or None when its head is still unknown (a junk argument,
    "उसके आसपास", stays without English rather than be glossed)."""
    return gloss(text, None, _merged())


# A Latin acronym written after a body's Hindi name, restating it ("मंत्रियों के समूह GoM"):
# English news gives the name, so the acronym is read as part of it, not as a name of its own
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")


@lru_cache(maxsize=4096)
def whole_name(text: str) -> str | None:
    """The English of a text actor whose whole phrase, a genitive inside it, is one entry of the
    naming glossary ("मंत्रियों के समूह" -> "Group of Ministers", "खेल के मैदान" ->
    "playgrounds"), a Latin acronym after it allowed ("मंत्रियों के समूह GoM"); else None.

    Why (round gl5, issue 13): :func:`khabar.events.gloss.gloss` splits a phrase at its last
    genitive before it looks its words up ("A के B" = "B of A"), so an entry holding के was
    never read, and a phrase with a Latin acronym in it was named by the Hindi with the acronym
    (:func:`khabar.events.names.english_names` takes any Latin in a text actor as its English).
    On the 280 allowed corpus day files: 9 text actors holding के/की/का had no English at main,
    2 of them a body or place with a name of its own ("मंत्रियों के समूह GoM", "खेल के मैदान");
    the other 7 are clauses or phrases the glossary reads word by word."""
    words = _words(text)
    if len(words) > 1 and _ACRONYM.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) < 3 or not GENITIVES & set(words[1:-1]):
        return None
    form = tuple(words)
    return next((e.en for f, e in _merged().index.get(form[0], ()) if f == form), None)
