"""Round en20 (issue 13): a bare office for the person the report named in it.

English copy names a leader once and then writes the office alone: "the president is expected
to visit Beijing" after "... picked up the phone to President Donald Trump" (round en19's radio
script), "POTUS will visit ..." in a correspondent's thread (round en17). The office was a text
actor ("president", "POTUS") that merges with no one. Resolved here, as ``english._titled``
resolves "the U.S. president":

* "the president" (no country, no other word between: "the vice president", "the former
  president" and "the president of the club" are not read) is the last person the report named
  before its sentence, where the report writes that person with the title President: salience,
  not a guess among several presidents ("President Xi ... President Putin ... President Trump.
  ... the president" is Trump; a minister named after the presidents leaves it unread, and so
  does another president named in its own sentence: '"The president will announce ...," the
  office of interim President X said', NGEC story 266), and a possessive ("the president's
  agreement", "the president's office": a thing of the office, NGEC stories 902 and 4075 read
  agreements of no one's making);
* "POTUS" is the one person the report names with the title President of the United States.
"""

from __future__ import annotations

import re

from ..model import Article
from .english_chunks import _Chunk

_BARE = re.compile(
    r"\b(?:[Tt]he (?P<title>[Pp]resident)(?![ \t]+(?:of\b|[A-Z])|['’]s)|(?P<potus>POTUS))\b")


def bare_titled(article: Article, start: int, end: int,
                toks: list[tuple[int, int, str]]) -> list[_Chunk]:
    """A chunk for each bare office of the sentence [start, end) resolved to its person (see the
    module's docstring); none where the report names no such person."""
    out = []
    before = [m for m in article.mentions
              if m.end <= start and m.type == "PERSON" and m.entity_id]
    for hit in _BARE.finditer(article.text, start, end):
        if hit.group("potus"):
            people = {m.entity_id for m in before
                      if (m.role or "").lower() == "president" and m.affiliation == "United States"}
        else:
            last = max(before, key=lambda m: m.end, default=None)
            people = {last.entity_id} if last is not None and any(
                m.entity_id == last.entity_id and (m.role or "").lower() == "president"
                for m in before) else set()
            if people - _presidents_in(article, start, end) and _presidents_in(article, start, end):
                people = set()  # '"The president will ...," the office of President X said'
        idx = [k for k, t in enumerate(toks) if t[0] < hit.end() and t[1] > hit.start()]
        if len(people) == 1 and idx:
            out.append(_Chunk(idx[0], idx[-1], hit.group(), hit.start(), hit.end(), people.pop()))
    return out


def _presidents_in(article: Article, start: int, end: int) -> set[str | None]:
    """The people the sentence [start, end) itself names with the title President."""
    return {m.entity_id for m in article.mentions
            if start <= m.start and m.end <= end and m.type == "PERSON"
            and (m.role or "").lower() == "president"}
