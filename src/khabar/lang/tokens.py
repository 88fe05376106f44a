"""Word and punctuation tokens with absolute offsets.

Entity, time and event recognisers match on tokens but cite offsets, so a token is a span, never
a copied string. Hindi needs care that whitespace splitting or ``\\w`` regexes get wrong: vowel
signs, virama, nukta, anusvara and ZWJ/ZWNJ are combining characters (Unicode Mn/Mc, not ``\\w``
in Python's ``re``) and must stay inside their word. The tokenizer therefore uses the ``regex``
module's script and category classes. Decisions:

* a Devanagari word and an adjacent Latin word are two tokens ("Newsविदेश" is two); a script
  change inside a run of letters is a token boundary;
* hyphenated compounds ("रूस-चीन", "धीरे-धीरे", "COVID-19") give the parts and the hyphen, so a
  recogniser can see "रूस" and "चीन";
* numbers keep their decimal points and digit-group commas ("1,200.50", "1,00,000", "३.५");
* URLs and e-mail addresses are one token each;
* chains of initials are one token with their periods ("U.S.", "सी.बी.आई."), and so is a known
  abbreviation with its period ("डॉ.", "Dr.");
* a Latin word keeps an inner apostrophe ("don't", "Xi's");
* a run of periods ("...") is one token; every other punctuation mark or symbol is its own token.
"""

from __future__ import annotations

import regex

from .lexicon import ABBREVIATIONS, LETTER_NAMES, abbrev_key, url_spans

_DEVA = r"\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF"
_LETTER_NAME_ALT = "|".join(sorted(LETTER_NAMES, key=len, reverse=True))
_TOKEN = regex.compile(
    rf"""
      (?P<initials>(?:[A-Za-z]\.){{2,}}
        | (?<![{_DEVA}])(?:(?:{_LETTER_NAME_ALT})\.){{2,}})
    | (?P<num>\p{{Nd}}+(?:[.,]\p{{Nd}}+)*)
    | (?P<deva>[{_DEVA}\u200C\u200D]*[{_DEVA}][{_DEVA}\u200C\u200D]*)
    | (?P<word>[[\p{{L}}\p{{M}}]--[{_DEVA}]]+(?:['’][A-Za-z]+)*)
    | (?P<dots>\.{{2,}})
    | (?P<other>[^\s\x1c-\x1f])  # \x1c-\x1f are str.isspace() but not regex \s
    """,
    regex.VERBOSE | regex.V1,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans within ``text[start:end]``, as absolute offsets.

    Spans are ordered, do not overlap, never contain whitespace and together cover every
    non-space character of the window. Never raises on odd input.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    tokens: list[tuple[int, int]] = []
    pos = start
    for us, ue in url_spans(text, start, end):
        _scan(text, pos, us, tokens)
        tokens.append((us, ue))
        pos = ue
    _scan(text, pos, end, tokens)
    return tokens


def _scan(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        kind = m.lastgroup
        if (
            kind in ("deva", "word")
            and e < end
            and text[e] == "."
            and text[e + 1 : e + 2] != "."
            and abbrev_key(text[s:e]) in ABBREVIATIONS
        ):
            e += 1
            out.append((s, e))
            continue
        if out and out[-1][1] > s:
            continue  # the period already went to the abbreviation before it
        out.append((s, e))
