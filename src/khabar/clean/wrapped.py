"""Hard-wrapped plain text: a paragraph broken into physical lines at a fixed width.

Round en17 (issue 13). Plain-text wire copy, newsletters and e-mailed reports are often wrapped
at 70-100 columns, so a sentence runs on over two or three lines ("Chinese President Xi Jinping
held a phone call with US President Donald Trump on\\nWednesday, the second call of ..."). The
clean stage reads one paragraph per physical line (the crawl's form), and the sentence splitter
ends a sentence at every line break, so each wrapped piece became a sentence of its own: the
round's four blind English reports, all wrapped, gave none of the story's 16 events (0/16), and
10/16 with their paragraphs on one line each.

Lines are joined into one :class:`~khabar.clean.lines.Line` (its span covers the line breaks, which
stay in the text: offsets and line numbers are those of the file) only where the text reads as
wrapped: Latin-script prose lines with no blank line between, the first filled to near the text's
widest line and ending without a sentence end, and at least ``_MIN_WRAPS`` such joins in the text.
A page of one paragraph a line has wider lines than any wrap width, a heading or a timestamp is
short, and a Hindi line is never joined (the Hindi corpus keeps its lines as they were).
"""

from __future__ import annotations

from collections.abc import Sequence

from .lines import DEFAULT_STOPWORDS, Line, make_line

# Wrap widths of plain-text copy: 72 (e-mail), 80 and 100 columns; a page of one paragraph a line
# has lines far wider (the round's reports wrap at 95-100, en16's reports are not wrapped)
_MIN_WIDTH, _MAX_WIDTH = 50, 110
# A wrapped line is filled to within this many characters of the widest (a word longer than the
# slack would not fit); a heading, a dateline or a paragraph's last line is shorter
_SLACK = 24
_MIN_WORDS = 6  # a filled prose line ("Kremlin aide Briefs" headings have three or four words)
_MIN_LATIN = 0.8  # Latin letters / letters: English (or another Latin-script) prose
_MIN_WRAPS = 2  # one join alone is no evidence that the text is wrapped


def _wraps(line: Line, after: Line, width: int) -> bool:
    """Whether ``after`` continues the sentence ``line`` leaves open at the wrap width."""
    return (after.blank_before == 0 and not line.ends_sentence
            and line.latin_ratio >= _MIN_LATIN and after.latin_ratio >= _MIN_LATIN
            and line.words >= _MIN_WORDS and line.chars >= width - _SLACK
            and not line.text.rstrip().endswith(":"))


def join_wrapped(text: str, lines: Sequence[Line],
                 stopwords: frozenset[str] = DEFAULT_STOPWORDS) -> list[Line]:
    """``lines`` with each run of wrapped lines of a hard-wrapped text joined into one line (the
    first's number and blanks before); ``lines`` as they were when the text is not wrapped."""
    latin = [ln.chars for ln in lines if ln.latin_ratio >= _MIN_LATIN]
    width = max(latin, default=0)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return list(lines)
    joins = [i for i in range(len(lines) - 1) if _wraps(lines[i], lines[i + 1], width)]
    if len(joins) < _MIN_WRAPS:
        return list(lines)
    joined = set(joins)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j in joined:
            j += 1
        first = lines[i]
        out.append(first if j == i else make_line(text, first.start, lines[j].end, first.number,
                                                  first.blank_before, stopwords))
        i = j + 1
    return out
