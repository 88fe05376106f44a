"""Who owns a call told as a noun, its "the same day", the "to" of "spoke to": forms of a call.

Round en16 (issue 13), read on the round's blind reports (a broadcast transcript and an opinion
column) and checked with other leaders in tests/test_events_english_wire_en16.py:

* "Mr Xi's video call with Mr Putin", "Modi's phone call with Kishida": the possessor of a
  call, meeting or trip noun is its party, but the entities stage keeps "Xi's" one word
  (``lang.tokens``: a Latin word keeps its inner apostrophe) and finds no name in it, so the
  act's source was the text "Xi's". The possessor is the person the article names elsewhere
  with that word, else the one person the KB knows by it.
* "Mr Xi's phone conversation with Mr Trump the same day": a call told with a bare "the same
  day" (no "on", "earlier", "later") is on the day of the act told before, as "on the same day"
  is (``english._SAME_DAY``). Calls only: on NGEC synthetic stories the bare form dated three of
  four other acts wrong ("The violence began in August ... Mubarak announced his resignation the
  same day" took the day of another act); no call there is told so.
* "Mr Xi spoke to President Trump by phone": the "to" of a past speaking verb is a preposition,
  not the infinitive of a plan ("plans to", "to" in ``english_verbs._FUTURE``), yet it stood
  within the three words before the call's "by phone" and made the call a planned one.
"""

from __future__ import annotations

import re
from typing import overload

from ..model import Article
from .actors import _kb
from .clause import actor_of
from .english_chunks import _Chunk, _chunks
from .english_coord import CALL_MODES
from .english_plans import _PLAN_WORDS, _TRIP_NOUNS
from .english_verbs import _match
from .lexicon import english_triggers

Tok = tuple[int, int, str]

_POSSESSIVE = ("'s", "\u2019s")
# Nouns of an act that take no trigger of their own (english_attendance reads them)
_ACT_NOUNS = frozenset({"attendance", "presence", "participation"})
# Past forms only: "is expected to speak to Modi by phone" keeps its plan's "to"
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"})
_SPOKE = frozenset({"spoke", "spoken", "talked"})
_FRAME = 3  # words before a trigger read for its modality (english._event)


def frame_words(toks: list[Tok], at: int) -> set[str]:
    """The lower-case words of the three tokens before token ``at`` (the modality's frame),
    without the preposition "to" of a past speaking verb ("spoke to Kishida by phone")."""
    return {
        t[2].lower() for k, t in enumerate(toks[max(0, at - _FRAME) : at], max(0, at - _FRAME))
        if not (t[2].lower() == "to" and k > 0 and toks[k - 1][2].lower() in _SPOKE)
    }


@overload
def owned_acts(article: Article, text: str, toks: list[Tok], chunks: list[_Chunk]) -> list[_Chunk]:
    ...


@overload
def owned_acts(article: Article, text: str, toks: list[Tok], chunks: None) -> list[_Chunk] | None:
    ...


def owned_acts(article: Article, text: str, toks: list[Tok],
               chunks: list[_Chunk] | None) -> list[_Chunk] | None:
    """``chunks`` (the light chunker's when None) with each unnamed possessor of an act noun
    ("Mr Xi's video call") named as the one person the article's mentions call by that word;
    ``chunks`` itself when the sentence has no such possessor."""
    if not any(t[2].endswith(_POSSESSIVE) for t in toks):
        return chunks
    out = chunks if chunks is not None else _chunks(toks, text)
    return [_named(article, toks, c) if c.entity is None and c.text.endswith(_POSSESSIVE)
            and _act_at(toks, c.last + 1) else c for c in out]


def _act_at(toks: list[Tok], k: int) -> bool:
    """Whether an act noun or a CONSULT trigger (a call, a meeting, a visit) starts at token
    ``k``: the possessor of those is a party. Of other acts it may be the one acted on ("Jansen's
    arrest", "Glick's killing": NGEC synthetic stories), so it stays unread there."""
    if k >= len(toks):
        return False
    if toks[k][2].lower() in _ACT_NOUNS:
        return True
    if (toks[k][2] in _MONTHS or toks[k][2] in _PLAN_WORDS) and k + 1 < len(toks) and (
        toks[k + 1][2].lower() in _TRIP_NOUNS
    ):
        return True  # "Mr Modi's April trip", "planned visit" (english_plans.planned_trips)
    return any(trig.type == "CONSULT" and _match(toks, k, trig, trig.stem)
               for trig in english_triggers())


def _named(article: Article, toks: list[Tok], c: _Chunk) -> _Chunk:
    """The chunk ``c`` ("Mr Xi's") as the person whose mentions hold its last word ("Xi" of
    "Xi Jinping"), when they are one person; with no such mention, the one person the KB knows
    by that word (the entities stage's short alias, "Xi", "Modi"); else ``c`` as it is."""
    word = toks[c.last][2][:-2]
    people = {actor_of(m) for m in article.mentions
              if m.type == "PERSON" and m.entity_id and word in m.text.split()}
    if not people:
        people = {e.kb_id for e, _ in _kb().lookup(word) if e.type == "PERSON"}
    if len(people) != 1:
        return c
    return _Chunk(c.first, c.last, c.text, c.start, c.end, people.pop())


_BARE_SAME_DAY = re.compile(r"\bthe same day\b", re.IGNORECASE)


def same_day_call(sentence: str, mode: str | None) -> bool:
    """Whether a call (``mode``) is told "the same day" in ``sentence`` (see the module's
    docstring)."""
    return mode in CALL_MODES and _BARE_SAME_DAY.search(sentence) is not None
