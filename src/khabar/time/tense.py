"""The tense of the clause around a temporal expression, to place कल, weekdays and bare months.

Hindi is verb-final, so the verb group that governs an expression follows it: we read from the end of
the expression to the end of its clause (a comma first, then the sentence end when the comma part has
no verb). The complementiser कि ends the clause too: in "X ने मंगलवार को कहा कि ... इजाजत नहीं होगी"
the weekday belongs to कहा, and the reported clause's future is not its tense. Future: a verb in -गा/-गी/-गे after a subjunctive vowel (करेगा, होंगे, जाएगी, लेंगे) or a
cue such as प्रस्तावित, संभावना, होने वाले; past: था/थी/थे, गया/गई, हुआ/हुई, किया... English looks
at the whole clause for will/'ll/shall/going to/scheduled, and for was/were/said/ago.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import LB, RB, alternation, load
from .spec import Tense

# The future suffix after the subjunctive vowel sign or vowel (े ो ू ए ओ ऊ), with an optional nasal.
_HI_FUTURE_VERB = rf"[\u0947\u094b\u0942\u090f\u0913\u090a][\u0902\u0901]?ग[\u093e\u0940\u0947][\u0902]?{RB}"
_CLAUSE_END = re.compile(r"[,;:।?!|\n]|\.(?:\s|$)")
_SENTENCE_END = re.compile(r"[।?!|\n]|\.(?:\s|$)")
# The complementiser that opens a reported or object clause ("कहा कि", "फैसला किया कि").
_HI_THAT = re.compile(rf"{LB}कि{RB}")


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    lex = load(lang)
    if lang == "hi":
        future = re.compile(rf"{_HI_FUTURE_VERB}|{LB}{lex.pattern('future_cues')}{RB}")
        past = re.compile(rf"{LB}{lex.pattern('past_cues')}{RB}")
        nouns = re.compile(rf"{LB}{lex.pattern('future_nouns')}{RB}")
        return future, past, nouns
    future = re.compile(rf"\b{alternation(lex.words('future_cues'))}\b", re.IGNORECASE)
    past = re.compile(rf"\b{alternation(lex.words('past_cues'))}\b", re.IGNORECASE)
    return future, past, None


# A passive future ("किया जाएगा", "दी जाएगी") holds a past participle; it is the future.
_HI_GOES = "जा"
_HI_PASSIVE_FUTURE = re.compile(rf"[\u0900-\u097F]+\s+(?={_HI_GOES}[एय][\u0902\u0901]?ग)")


# "के लिए" (for) is a postposition, not the perfective लिए of "ले लिए": "केरल के लिए होंगी" is future.
_HI_FOR_WORD = "लिए"
_HI_FOR = re.compile(rf"{LB}के\s+{_HI_FOR_WORD}{RB}")


def _judge(window: str, lang: str) -> Tense:
    future, past, nouns = _cues(lang)
    if lang == "hi":
        # each pattern only where its own word is: a window without it holds no match (round
        # sp4, issue 16: _HI_PASSIVE_FUTURE's sub tries every letter of the window, and most of
        # the 959 windows of scale.py --days 16 hold neither word)
        if _HI_GOES in window:
            window = _HI_PASSIVE_FUTURE.sub("", window)
        if _HI_FOR_WORD in window:
            window = _HI_FOR.sub("", window)
    f = future.search(window)
    p = past.search(window)
    if f and (not p or f.start() <= p.start()):
        return "future"
    if p:
        return "past"
    if nouns is not None and nouns.search(window):
        return "future"
    return "none"


def clause_tense(text: str, start: int, end: int, lang: str, limit: int | None = None) -> Tense:
    """Tense governing the expression at ``text[start:end]``; ``limit`` bounds the search (sentence end)."""
    limit = len(text) if limit is None else limit
    if lang == "hi":
        that = _HI_THAT.search(text, end, limit) if "कि" in text[end:limit] else None
        if that is not None:
            limit = that.start()
        clause = _CLAUSE_END.search(text, end, limit)
        tense = _judge(text[end : clause.start() if clause else limit], lang)
        if tense != "none" or clause is None:
            return tense
        sentence = _SENTENCE_END.search(text, end, limit)
        return _judge(text[end : sentence.start() if sentence else limit], lang)
    # English: the clause around the expression (commas bound it), so "said Tuesday" in a sentence
    # that goes on about what "will" happen keeps its past reading.
    left = max(max(text.rfind(c, 0, start) for c in ".,;\n") + 1, 0)
    clause = _CLAUSE_END.search(text, end, limit)
    return _judge(text[left : clause.start() if clause else limit], lang)
