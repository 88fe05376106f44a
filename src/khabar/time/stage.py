"""The "time" stage: temporal expressions of an article's content sentences.

It reads only :attr:`Article.sentences` (which the "lang" stage builds from content blocks), so
bylines, author bios and page furniture never reach the timeline. Each expression is resolved against
the article's own date: the date part of ``published`` (from the byline or page metadata, whose
source the clean stage keeps in ``provenance``) when set, else the document creation date ``dct``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from ..config import Config
from ..model import CONTENT_LABELS, Article, Timex
from ..pipeline import stage
from .grammar import all_gated, triggers_present
from .show import reference_of
from .tagger import _rules, tag


def _lang(article: Article, block: int) -> str:
    lang = article.blocks[block].lang if 0 <= block < len(article.blocks) else None
    lang = lang or article.language or "hi"
    return "en" if lang == "en" else "hi"


# "A से B" inside a Hindi range's head: से, and an optional लेकर (from ... up to).
_FROM = re.compile(r"\s+से(?:\s+लेकर)?\s+")
_POINT = re.compile(r"^(?:\d{4}|XXXX)(?:-|$)")


def split_range(timex: Timex, text: str) -> list[Timex]:
    """A Hindi "A से B" range as its two points, as TimeML and ISO-TimeML annotate "from A to B"
    (two TIMEX3 and a signal) and the Hindi event gold does: each end keeps its own value, so an
    act "3 से 13 अप्रैल तक" is dated by its start. The grammar (:func:`~khabar.time.tagger.tag`)
    keeps ranges whole as ILTIMEX2012 does (one duration, ``begin_point``/``end_point``); ranges
    written with a dash ("2004-08") stay whole. Anything else is returned as it is."""
    begin, finish = timex.begin_point, timex.end_point
    if begin is None or finish is None or not (_POINT.match(begin) and _POINT.match(finish)):
        return [timex]
    head_end = timex.end if timex.head_end is None else timex.head_end
    gap = _FROM.search(text, timex.start, head_end)
    if gap is None:
        return [timex]
    left_end = text.index("से", gap.start()) + len("से")  # the left point's text ends with से
    left = replace(timex, end=left_end, text=text[timex.start : left_end], head_start=timex.start,
                   head_end=gap.start(), value=begin, type="TIME" if "T" in begin else "DATE",
                   mod=None, alternatives=[], rule=f"{timex.rule}:from", begin_point=None, end_point=None)
    right = replace(timex, start=gap.end(), text=text[gap.end() : timex.end], head_start=gap.end(),
                    value=finish, type="TIME" if "T" in finish else "DATE", alternatives=[],
                    rule=f"{timex.rule}:to", begin_point=None, end_point=None)
    return [left, right]


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def resolve_that_day(timexes: list[Timex]) -> None:
    """"उस दिन"/"उसी दिन" (that same day) take the day of the last calendar day written before
    them in the article (ILTIMEX tags them, the Hindi event gold values them so); with none
    before, they stay XXXX-XX-XX. ``timexes`` are in text order."""
    last: str | None = None
    for timex in timexes:
        if timex.rule.startswith("hi.that_day") and last is not None:
            timex.value = last
        found = _DAY_VALUE.match(timex.value)
        if found and timex.type in ("DATE", "TIME"):
            last = found.group(0)


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
    # A sentence that holds no trigger of a grammar whose every rule has one yields no atom:
    # it is not tagged at all (1,609 of the 3,489 sentences of scale.py --days 16's allowed
    # files; a call of ``tag`` there built the scan's rule list, sorted and joined nothing).
    skip_bare = {lang: all_gated(_rules(lang)) for lang in set(langs)}
    out: list[Timex] = []
    for index, sentence in enumerate(article.sentences):
        here = present[index]
        if here is not None and not here and skip_bare[langs[index]]:
            continue
        found = tag(article.text, reference, langs[index], sentence.start,
                    sentence.end, reference_source=source or "given", present=here)
        for timex in found:
            for point in split_range(timex, article.text) if langs[index] == "hi" else [timex]:
                point.sentence = index
                out.append(point)
    table = table_timexes(article, reference, source)
    if table:
        out = sorted(out + table, key=lambda t: (t.start, t.end))
    resolve_that_day(out)
    return out


# A cell holding only a count ("1941", "5,274", "39,980*"): never a year.
_COUNT_CELL = re.compile(r"^[\s\d०-९,.*+\-–]*$")
# Longest caption line read above a table (the corpus captions are 20-60 characters).
_CAPTION_CHARS = 80


def table_timexes(article: Article, reference: date | None, source: str | None) -> list[Timex]:
    """Dates in the cells of a data table inside the report (a tab-separated row the clean stage
    labels boilerplate, so the "lang" stage makes no sentence of it): "5 मई 2020<TAB>3900", a
    header "राज्य<TAB>31 मार्च तक मरीजों की संख्या". The Hindi event gold tags table cells (61 of
    its 398 timexes are cells or list items; tx1's hand set A has a state-wise table whose two date
    columns were missed). Each cell is tagged alone, as Hindi; a timex of a table has no sentence,
    so no event takes its date from one. Only rows after the article's first content block: a
    table is part of a report, not of the page above it. Tab-separated rows of the corpus day
    files (20 files) are all data tables."""
    blocks = article.blocks
    first = next((k for k, b in enumerate(blocks) if b.label in CONTENT_LABELS - {"title"}), None)
    if first is None:
        return []
    rows = {k for k, b in enumerate(blocks) if k > first and b.label not in CONTENT_LABELS
            and "\t" in article.text[b.start : b.end]}
    # the table's caption: a short line just above its first row ("31 मार्च से 10 अप्रैल तक का अपडेट")
    captions = {k - 1 for k in rows if k - 1 > first and k - 1 not in rows
                and blocks[k - 1].label not in CONTENT_LABELS
                and blocks[k - 1].end - blocks[k - 1].start <= _CAPTION_CHARS}
    out: list[Timex] = []
    for k in sorted(rows | captions):
        block = blocks[k]
        cell_start = block.start
        for cell in article.text[block.start : block.end].split("\t"):
            cell_end = cell_start + len(cell)
            if cell.strip() and not _COUNT_CELL.match(cell):
                for timex in tag(article.text, reference, "hi", cell_start, cell_end,
                                 reference_source=source or "given"):
                    out += split_range(timex, article.text)
            cell_start = cell_end + 1
    return out


@stage("time", requires=("blocks", "sentences"), assigns=("timexes",))
def time_stage(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    for article in articles:
        article.timexes = timexes_of(article)
        yield article
