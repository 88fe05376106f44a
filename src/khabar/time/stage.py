"""The "time" stage: temporal expressions of an article's content sentences.

It reads only :attr:`Article.sentences` (which the "lang" stage builds from content blocks), so
bylines, author bios and page furniture never reach the timeline. Each expression is resolved against
the article's own date: the date part of ``published`` (from the byline or page metadata, whose
source the clean stage keeps in ``provenance``) when set, else the document creation date ``dct``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Config
from ..model import Article, Timex
from ..pipeline import stage
from .grammar import triggers_present
from .show import reference_of
from .tagger import _rules, tag


def _lang(article: Article, block: int) -> str:
    lang = article.blocks[block].lang if 0 <= block < len(article.blocks) else None
    lang = lang or article.language or "hi"
    return "en" if lang == "en" else "hi"


def timexes_of(article: Article) -> list[Timex]:
    """Tag every sentence of ``article`` and attach each expression to its sentence index."""
    reference, source = reference_of(article)
    langs = [_lang(article, sentence.block) for sentence in article.sentences]
    # Which triggers each sentence may hold, found per language over the whole article.
    present: list[set[str] | None] = [None] * len(langs)
    for lang in sorted(set(langs)):
        indexes = [k for k, sentence_lang in enumerate(langs) if sentence_lang == lang]
        spans = [(article.sentences[k].start, article.sentences[k].end) for k in indexes]
        found_here = triggers_present(_rules(lang), article.text, spans)
        if found_here is not None:
            for k, triggers in zip(indexes, found_here, strict=True):
                present[k] = triggers
    out: list[Timex] = []
    for index, sentence in enumerate(article.sentences):
        found = tag(article.text, reference, langs[index], sentence.start,
                    sentence.end, reference_source=source or "given", present=present[index])
        for timex in found:
            timex.sentence = index
        out.extend(found)
    return out


@stage("time", requires=("blocks", "sentences"), assigns=("timexes",))
def time_stage(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    for article in articles:
        article.timexes = timexes_of(article)
        yield article
