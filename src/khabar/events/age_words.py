"""The words of a phrase that says a person's age put in the order the gloss reads an age in.

Why a module of its own (round nm13, issue 13): the glossary reads a phrase word by word, an age
as "<number> वर्षीय" ("27 वर्षीय युवक" = 27-year-old young man), and two common forms of it said
something else: "27 वर्षीय एक युवक" (the article after the age) was "27 one-year-old young man",
the number's "one" read into the age, and "23 साल की महिला" (the age in a genitive) was "woman",
the age dropped. On the 280 allowed corpus day files "<number> वर्षीय एक" is written 36 times and
"<number> साल/वर्ष की/का/के <person noun>" about 45 times ("महिला", "बुजुर्ग", "युवक", "व्यक्ति",
"मरीज"). :func:`age_first` rewrites both to the form the glossary says, for
:func:`khabar.events.gloss.gloss`; nothing else in a phrase is touched.
"""

from __future__ import annotations

from .glossary import _NUMBER, glossary

_AGE_WORDS = frozenset({"वर्षीय", "वर्षीया"})
_YEARS = frozenset({"साल", "वर्ष"})
_GENITIVE = frozenset({"की", "का", "के"})


def _person(word: str) -> bool:
    """A glossary noun of people ("महिला", "युवक"): an age in a genitive before it is theirs, not
    a span of time ("5 साल की सजा" is a sentence of five years)."""
    return any(f == (word,) and e.kind == "noun" and e.people for f, e in glossary().index.get(word, ()))


def age_first(words: list[str]) -> list[str]:
    """``words`` with "<n> वर्षीय एक" as "एक <n> वर्षीय" and "<n> साल की <person>" as "<n> वर्षीय
    <person>" ("एक" before it kept: "23 साल की एक महिला" = one 23-year-old woman); the words
    themselves where no such age is said."""
    out = list(words)
    for i in range(len(out) - 2):
        if not _NUMBER.fullmatch(out[i]):
            continue
        if out[i + 1] in _AGE_WORDS and out[i + 2] == "एक":
            out[i : i + 3] = ["एक", out[i], out[i + 1]]
        elif out[i + 1] in _YEARS and out[i + 2] in _GENITIVE and i + 3 < len(out):
            one = out[i + 3] == "एक" and i + 4 < len(out)
            if _person(out[i + 4] if one else out[i + 3]):
                out[i : i + (4 if one else 3)] = ["एक"] * one + [out[i], "वर्षीय"]
                return out
    return out
