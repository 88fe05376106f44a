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
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .model import Article


class Token(NamedTuple):
    """A token with absolute offsets into the article text. A named tuple, not a frozen
    dataclass: every token of every sentence is one, and a tuple is built in a fraction of the
    time (as immutable and hashable). ``entities.tagger.Tok`` and ``events.clause.Token`` are
    this class (round sp19, issue 16), so one stage's tokens can stand for the other's."""

    start: int
    end: int
    text: str


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
