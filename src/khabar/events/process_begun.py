"""The process of an act begun is the act begun ("X की प्रक्रिया शुरू कर दी", round ev199).

Why a module of its own: :mod:`khabar.events.candidates` (at its size limit) reads "<lexicon noun>
शुरू <कर>" as the noun's act since round ev101 ("पुलिस ने सख्ती शुरू कर दी"), and "<noun> की
शुरुआत की" since round ev152. Hindi news often names the act's process between the noun and the
word of beginning: "विदेशों में फंसे भारतीय नागरिकों के वतन वापसी की प्रक्रिया 7 मई से … शुरू की
जाएगी" (a core miss of the dev gold's tune half), "स्क्रीनिंग प्रक्रिया शुरू कर दी गई", "लोगों की
पहचान की प्रक्रिया शुरू कर दी है". The word "प्रक्रिया" (process), bare or after "की", is skipped
there, and only there: before any other verb ("वैक्सीन बनाने की प्रक्रिया होती है") it is a
description, no act begun; before "शुरू हो-" the beginning names no doer, which the noun's own
light verb then decides as it would without the process.
"""

from __future__ import annotations

from ..wordtokens import Token
from .clause import is_break

_PROCESS = frozenset({"प्रक्रिया", "प्रकिया"})
_BEGIN = "शुरू"  # light_reach._SUPPORT's word of beginning
_BEGINNING_NOUNS = frozenset({"शुरुआत", "शुरूआत"})
# Words between the process and its beginning: when and how ("7 मई से चरणबद्ध तरीके के शुरू की
# जाएगी" is 5, the tune half's repatriation). Tuned on that sentence and the allowed corpus day
# files' "प्रक्रिया … शुरू" (all within 5); a clause of its own never stands there.
REACH = 6
_NOT_BETWEEN = frozenset(
    {",", "कि", "ने", "को", "और", "तथा", "व", "तो", "जो", "है", "हैं", "था", "थी", "थे", "हो", "होगी"}
    | {"होगा", "होती", "होता", "गई", "गया", "गए", "रही", "रहा", "रहे", "लेकिन", "पर"}
)


def is_process(word: str) -> bool:
    """Whether ``word`` is the noun of process ("प्रक्रिया"), after which a "की" is a genitive
    ("वतन वापसी की प्रक्रिया"), never a light verb."""
    return word in _PROCESS


def past_process(toks: list[Token], j: int) -> int:
    """The index of the word of beginning after "(की) प्रक्रिया" at ``j`` (the token after a
    lexicon noun), a few words of when and how between: "शुरू", or the "की" of "की शुरुआत";
    ``j`` itself when no process stands there or no beginning follows it."""
    k = j + 1 if j < len(toks) and toks[j].text == "की" else j
    if k >= len(toks) or toks[k].text not in _PROCESS:
        return j
    for m in range(k + 1, min(k + 2 + REACH, len(toks))):
        word = toks[m].text
        if word == _BEGIN:
            return m
        if word == "की" and m + 1 < len(toks) and toks[m + 1].text in _BEGINNING_NOUNS:
            return m
        if word in _NOT_BETWEEN or is_break(toks, m):
            return j
    return j
