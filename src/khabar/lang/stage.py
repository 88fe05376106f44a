"""The "lang" stage: language of each content block and of the article, and sentence spans.

It runs after cleaning, on content blocks only (labels in ``model.CONTENT_LABELS``): page chrome
in boilerplate blocks (menus, "Follow Us on", English site names) would both skew the language and
give later stages sentences that are not news. An article in a language khabar does not analyse
(``config.languages_supported``) is kept, marked ``status = "unsupported_language"``, so it is
stored and counted rather than silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Config
from ..model import CONTENT_LABELS, Article, Block, Sentence
from ..pipeline import stage
from .langid import (
    _MAX_CUE_WORDS,
    CueCounts,
    content_scripts,
    cue_counts,
    language_and_shares,
    language_of,
    letter_counts,
    reads_cues,
    sum_cues,
)
from .sentences import split_sentences

# Content text used to decide the article language: the cue counts and CLD2 settle well within
# it (on hindi-covid-2020 the article language with 5,000 or with all characters agreed on every
# article), and the per-block languages already cover the rest.
_LANGID_CHARS = 5_000


@stage("lang", requires=("blocks",), assigns=("language", "sentences"))
def lang_stage(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    """Set ``language``, ``Block.lang``, ``sentences`` and maybe ``status`` on each article."""
    for article in articles:
        annotate(article, config)
        yield article


def annotate(article: Article, config: Config) -> Article:
    """Language and sentences of one article, in place (also returned, for chaining).

    An article without blocks (a reader that does no cleaning) gets one body block over its
    whole, whitespace-trimmed text first.
    """
    text = article.text
    cleaned = bool(article.blocks)  # a break inside a cleaned block is a wrap (clean.wrapped)
    if not article.blocks:
        start, end = _trimmed(text)
        if start < end:
            article.blocks = [Block(start, end, "body", line=text.count("\n", 0, start) + 1)]
    sentences: list[Sentence] = []
    pieces: list[str] = []
    size = 0
    # The content's words and letter counts, summed from its blocks' while no block is cut
    # short (the content is the blocks joined by newlines, which no word crosses): the content
    # is then not read again, a third of the stage's time.
    words: list[str] = []
    counts = (0, 0, 0, 0)
    whole = True
    # The cue-word counts of each piece, and its words: summed for the content too (round
    # sc37), a block's made once, by its own language or else only when the content reads them.
    piece_cues: list[tuple[CueCounts | None, list[str]]] = []
    # each content block's script letters, counted in one pass over the text (round sp1), and
    # whether no character of the content lies above U+FFFF (round sp18)
    counted, bmp = content_scripts(text, [(b.start, b.end) for b in article.blocks
                                          if b.label in CONTENT_LABELS])
    scripts = iter(counted)
    for index, block in enumerate(article.blocks):
        if block.label not in CONTENT_LABELS:
            continue
        chunk = text[block.start : block.end]
        chunk_words, chunk_counts = letter_counts(chunk, next(scripts), bmp)
        chunk_cues = cue_counts(chunk_words) if reads_cues(chunk_counts) else None
        block.lang = language_of(chunk, chunk_words, chunk_counts, chunk_cues)[0]
        sentences.extend(
            Sentence(s, e, index) for s, e in split_sentences(text, block.start, block.end,
                                                              soft_breaks=cleaned)
        )
        if size < _LANGID_CHARS:
            pieces.append(chunk[: _LANGID_CHARS - size])
            size += len(pieces[-1])
            whole = whole and len(pieces[-1]) == len(chunk)
            words += chunk_words
            piece_cues.append((chunk_cues, chunk_words))
            counts = (counts[0] + chunk_counts[0], counts[1] + chunk_counts[1],
                      counts[2] + chunk_counts[2], counts[3] + chunk_counts[3])
    article.sentences = sentences
    content = "\n".join(pieces)
    if whole:
        cues = None
        if len(words) <= _MAX_CUE_WORDS and reads_cues(counts):
            cues = sum_cues([c if c is not None else cue_counts(w) for c, w in piece_cues])
        code, _confidence, shares = language_of(content, words, counts, cues)
    else:
        code, _confidence, shares = language_and_shares(content)
    if code != "und" or not article.language:
        article.set_meta("language", code, "langid")
    if shares.mixed:
        article.warnings.append(
            f"mixed script: devanagari {shares.devanagari:.2f}, latin {shares.latin:.2f}, "
            f"arabic {shares.arabic:.2f}"
        )
    if article.status == "ok" and article.language not in config.languages_supported:
        article.status = "unsupported_language"
    return article


def _trimmed(text: str) -> tuple[int, int]:
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
