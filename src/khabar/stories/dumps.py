"""Articles out of a daily dump file (one outlet, one day, headline + paragraphs, blank-separated).

The story evaluation and benchmark read corpus/hindi-covid-2020 directly, so they need the
articles of a dump without depending on the ingest and clean stages being present. The rule is
the one a reader applies: a short line that does not end a sentence opens an article; the
paragraphs after it are its body. An article whose body is shorter than a sentence or two (a
teaser headline, a promo line) is dropped. A subheading inside a long article is read as a new
headline; that costs a few spurious splits, never a merged pair of articles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Block

# Headlines in the corpus are <= 150 characters (longest seen: 138); body paragraphs end in a
# danda, full stop or closing quote. Bodies under 120 characters are promos or captions.
MAX_HEADLINE = 160
MIN_BODY = 120
_SENTENCE_END = ("।", ".", "|", '?"', "”", "'", '"')
_MONTHS = {"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "ARP": 4, "MAY": 5, "JUN": 6}
_FILE_DATE = re.compile(r"(\d{4})-([A-Z]{3})-(\d{1,2})")


def dump_date(path: Path) -> dt.date | None:
    """The day in a dump's file name, e.g. ``AU-2020-ARP-02.txt`` (sic) -> 2020-04-02."""
    m = _FILE_DATE.search(path.stem.upper())
    if not m or m.group(2) not in _MONTHS:
        return None
    return dt.date(int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3)))


def _is_headline(line: str) -> bool:
    s = line.strip().strip("\u200b")
    return 0 < len(s) <= MAX_HEADLINE and not s.endswith(_SENTENCE_END)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines as stripped (start, end) spans."""
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        line = text[s:e]
        lead = len(line) - len(line.lstrip(" \t\u200b\xa0"))
        trail = len(line) - len(line.rstrip(" \t\u200b\xa0\r"))
        if e - trail > s + lead:
            yield s + lead, e - trail


def split_dump(path: Path, outlet: str | None = None) -> list[Article]:
    """The articles of one dump file, with title/body blocks and offsets into each text."""
    raw = path.read_text(encoding="utf-8")
    day = dump_date(path)
    outlet = outlet or path.parent.parent.name
    groups: list[list[tuple[int, int]]] = []
    for s, e in _paragraphs(raw):
        if _is_headline(raw[s:e]) or not groups:
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    articles: list[Article] = []
    for spans in groups:
        title_s, title_e = spans[0]
        if not _is_headline(raw[title_s:title_e]) or len(spans) < 2:
            continue
        if sum(e - s for s, e in spans[1:]) < MIN_BODY:
            continue
        base = spans[0][0]
        text = raw[base : spans[-1][1]]
        blocks = [Block(title_s - base, title_e - base, "title")]
        blocks += [Block(s - base, e - base, "body") for s, e in spans[1:]]
        art = Article(
            id=f"{path.stem}-{len(articles) + 1:03d}",
            text=text,
            source_path=str(path),
            source_kind="dump",
            outlet=outlet,
            title=raw[title_s:title_e],
            dct=day.isoformat() if day else None,
            language="hi",
            blocks=blocks,
        )
        articles.append(art)
    return articles
