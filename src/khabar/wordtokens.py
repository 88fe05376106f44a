"""The one token tuple of the entities and events stages, and the entities stage's sentence
tokens kept for the events stage of the same article in the same process.

Why a module of its own: the two stages tokenise the same sentences (the "lang" stage's, in
content blocks), each with its own token definition (:func:`khabar.entities.tagger.tokenize`
drops dashes and splits a word at a change of script; :func:`khabar.events.clause.tokenize`
keeps hyphenated compounds whole and splits at every punctuation mark). On most sentences the
two definitions give the same tokens, and the events stage then takes the entities stage's
instead of finding them again (:mod:`khabar.events.given_tokens` decides where; round sp19,
issue 16: the events tokenizer was 14% of that stage). Neither stage imports the other, so the
token class and the store live here.

The store is a side table, not a field of :class:`~khabar.model.Article`: the Article's public
fields stay as they are, nothing extra is pickled to a worker or written to the store, and an
article the events stage reads elsewhere (another process, a copy, a re-analysis from the store)
simply finds nothing and tokenises as before. An entry is keyed by the article object's id, dropped
when the events stage takes it or when the article is collected (a weak reference's callback: an
id is reused only after its object is gone, and its entry goes first), and is only given back to
that same object with the same text object it was made from. Tokens are a function of the text
and the sentence's offsets alone, so a hit and a miss give the same tokens and the output does
not depend on the executor.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .model import Article


class Token:
    """A token with absolute offsets into the article text: a class with ``__slots__``, not a
    named tuple (round sp26, issue 16). Python 3.11's adaptive interpreter specialises a slot's
    read (``LOAD_ATTR_SLOT``) but not a named tuple's field, a C descriptor it sends down the
    generic attribute path every time; the token fields (``tok.text``, ``tok.start``) are read
    about a million times an events pass, and a slot's read took 47 ns against the field's 84 ns
    in a micro-benchmark of a rule's loop (four reads a token), while building one by its
    ``__init__`` costs what ``tuple.__new__`` of the named tuple did (157 against 161 ns a token).
    ``entities.tagger.Tok`` and ``events.clause.Token`` are this class (round sp19), so one
    stage's tokens can stand for the other's.

    Its fields are ``Final``: the type checker rejects an assignment after ``__init__`` (a
    ``__setattr__`` that refuses one at run time would make ``__init__`` set them through
    ``object.__setattr__``, and a frozen dataclass does: built 2 to 2.7 times slower), and no
    other attribute can be set (no ``__dict__``). Two tokens
    are equal when their three fields are, and hash alike then, as the named tuples did; a
    token is no tuple: it is neither indexed nor unpacked (read its fields by name, or in C by
    ``operator.attrgetter``), and it does not equal a plain ``(start, end, text)`` tuple."""

    __slots__ = ("start", "end", "text")

    start: Final[int]
    end: Final[int]
    text: Final[str]

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Token:
            return NotImplemented
        assert isinstance(other, Token)
        return self.start == other.start and self.end == other.end and self.text == other.text

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __reduce__(self) -> tuple[type[Token], tuple[int, int, str]]:
        return (Token, (self.start, self.end, self.text))


# id(article) -> (a weak reference to the article, whose callback drops the entry when the
# article is collected; the article's text object; {(sentence start, end): its tokens})
_KEPT: dict[int, tuple[weakref.ref[Article], str, dict[tuple[int, int], list[Token]]]] = {}


def _forget(key: int, _gone: object) -> None:
    _KEPT.pop(key, None)


def keep_sentence_tokens(
    article: Article, spans: Sequence[tuple[int, int]], token_lists: Sequence[list[Token]]
) -> None:
    """Keep the entities stage's tokens of each sentence span for the events stage. A bare weak
    reference with a callback, not ``weakref.finalize`` (a registry entry and an object of its
    own per article: keeping and taking an article of 20 sentences took 4.5 µs, now 2.9 µs);
    taking or replacing the entry drops the reference with it, and so its callback."""
    key = id(article)
    ref = weakref.ref(article, partial(_forget, key))
    _KEPT[key] = (ref, article.text, dict(zip(spans, token_lists, strict=True)))


def take_sentence_tokens(article: Article) -> dict[tuple[int, int], list[Token]]:
    """The tokens kept for this article by span (empty when none were), dropped from the store:
    each article's are read once, by its events stage."""
    kept = _KEPT.pop(id(article), None)
    if kept is None or kept[0]() is not article or kept[1] is not article.text:
        return {}
    return kept[2]
