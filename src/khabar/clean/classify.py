"""Label every line of an article's text: title, subheading, summary, body, byline, boilerplate.

jusText's idea made to work on plain text. First, context-free evidence: furniture cues, bylines,
Latin furniture on a Devanagari page, link-list shape, lines an outlet repeats on every page.
Then each remaining line is *good* (long prose: enough words, stop words and sentence ends) or
*short*. The good lines anchor the article: short lines before the first good line are the page
head (the heading nearest the body is the title, a line repeated later is the summary), short
heading-shaped lines between good lines are subheadings, and everything after an author box or
closing marker is boilerplate, however much it reads like prose (an author bio is prose, and its
"अगस्त 2025 से" must never reach a story's timeline).

Thresholds were set on the Hindi COVID-2020 corpus (five outlets' plain text) and the
trafilatura-eval pages, then checked on the seeds; see each constant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cues import (
    CLAUSE_FINAL_AUXILIARIES,
    END_MARKER,
    FURNITURE_INFIX,
    FURNITURE_LINE,
    PROMO_SYMBOL,
    SHORT_CUE_MAX,
    SUMMARY_LABEL,
)
from .lines import Line, line_words
from .meta import Byline, parse_byline

# A good (prose) line: >= 70 chars, >= 10 words, a sentence end and a stop-word density of at
# least 0.12. On the Hindi corpus, body paragraphs have median density 0.33 and 95% are >= 0.18;
# headlines 0.15 and menus/link lists < 0.1. 70 chars keeps one-sentence paragraphs (wire
# reports often have them) and drops headlines, which are < 70 chars in 90% of corpus articles.
GOOD_MIN_CHARS = 70
GOOD_MIN_WORDS = 10
GOOD_MIN_STOP = 0.12
# A long line with no sentence end is still prose when it is this long (unpunctuated crawls).
GOOD_UNPUNCTUATED_CHARS = 250
# An unpunctuated line right after a body line is prose when it ends in a finite auxiliary and
# has at least this many words. Tuned on the even half of the hindi-covid-2020 day files: of the
# auxiliary-final lines after a body line, those of 9+ words were news sentences; 6-8 words
# mixed subheadings ("शुरुआत से ही हालत गंभीर थी") with sentences.
AUX_PROSE_MIN_WORDS = 9
# Headings (titles, subheadings) are at most this long: the longest corpus headline is ~190.
HEADING_MAX_CHARS = 200
# A line is Latin furniture on a Devanagari page when more than half its letters are Latin and it
# has fewer than 20 words (breadcrumbs, "More", "International News"); longer English passages
# on a Hindi page (quoted statements) stay content.
LATIN_FURNITURE_RATIO = 0.5
LATIN_FURNITURE_MAX_WORDS = 20
# Link-list shape: separators per word above this, with little prose, is a menu or tag list.
LIST_SEPARATOR_RATIO = 0.3


def norm(text: str) -> str:
    """Text reduced to its word characters, for comparing duplicate lines across widgets: its
    words (word characters and Devanagari, whose vowel signs are not word characters in
    Python's re) joined, without underscores, casefolded; a line's words as measuring it found
    them (round sp1: the same characters a sub of everything else kept)."""
    return "".join(line_words(text)).replace("_", "").casefold()


def closes_statement(line: Line) -> bool:
    """The line ends with a full stop or danda (after closing quotes): a statement, not a
    headline, which ends bare or with "?"/"!"."""
    return line.text.rstrip().rstrip("'\"”’)]").endswith((".", "।", "॥"))


def is_good(line: Line) -> bool:
    """Prose that can anchor an article (jusText's "good" class).

    A single sentence ending in "?" or unpunctuated is a headline, not prose, unless very long.
    """
    if line.chars < GOOD_MIN_CHARS or line.words < GOOD_MIN_WORDS:
        return False
    if line.stop_density < GOOD_MIN_STOP:
        return False
    if line.chars >= GOOD_UNPUNCTUATED_CHARS:
        return True
    return line.sentence_ends >= 2 or (line.sentence_ends == 1 and closes_statement(line))


# FURNITURE_INFIX's cues looked for only where one can open: the characters its alternatives
# open with, case-blind (ſ for s), then the cues in a lookahead from there, as round sp4's
# ``dump._LIVE_AT``. ``re`` tried the case-folded alternation at every character of every short
# line (round sp6, issue 16); the same lines match (``tests/test_clean_speed_sp6.py`` checks
# the class against the pattern's alternatives over every code point).
_FURNITURE_LEAD = "[aAcCdDeEfFsS\u017f\u00a9\u0905\u0908\u0910\u0915\u092a\u092f\u0938]"
_FURNITURE_AT = re.compile(
    f"{_FURNITURE_LEAD}(?<=(?=(?i:{FURNITURE_INFIX.pattern})){_FURNITURE_LEAD})"
)

# The last word, then only blanks or a stray "\\"/"|" (a question or exclamation is no statement).
# Found from a word's start only (no word character before it): the leftmost match is the last
# word's start either way, but a search without the lookbehind read every word of the line to
# its end from each of its letters (round sp4, issue 16: over the 2,324 lines of scale.py
# --days 16's files 53 -> 28 ms).
_LAST_WORD = re.compile(
    r"(?<![\w\u0900-\u0963\u0966-\u097F])([\w\u0900-\u0963\u0966-\u097F]+)[\s\\|]*$")


def ends_in_auxiliary(line: Line, deva_page: bool) -> bool:
    """A Devanagari clause closed by a finite auxiliary, though without a danda: plain-text
    crawls often drop the final "।" of a body sentence, while headlines drop the auxiliary."""
    if not deva_page or line.words < AUX_PROSE_MIN_WORDS or line.stop_density < GOOD_MIN_STOP:
        return False
    if line.deva_ratio < 0.5:
        return False
    last = _LAST_WORD.search(line.text)
    return last is not None and last.group(1) in CLAUSE_FINAL_AUXILIARIES


def is_heading_shape(line: Line, deva_page: bool) -> bool:
    """Short, unpunctuated or question/exclamation-closed, in the page's script."""
    if line.chars > HEADING_MAX_CHARS or line.words < 2:
        return False
    if line.sentence_ends > 1 or closes_statement(line):
        return False
    return not (deva_page and line.deva_ratio < 0.5)


def _furniture(line: Line, deva_page: bool) -> bool:
    if line.chars <= SHORT_CUE_MAX and (
        FURNITURE_LINE.match(line.text)
        or _FURNITURE_AT.search(line.text)
        or PROMO_SYMBOL.search(line.text)
    ):
        return True
    if (
        deva_page
        and line.latin_ratio > LATIN_FURNITURE_RATIO
        and line.words < LATIN_FURNITURE_MAX_WORDS
    ):
        return True
    if line.text.startswith("|") and line.text.endswith("|"):
        return False  # a table row (trafilatura writes tables as | cells |): data, not a menu
    return (
        line.separator_ratio > LIST_SEPARATOR_RATIO
        and line.stop_density < GOOD_MIN_STOP
        and not line.ends_sentence
    )


# A wire report's lead opens with its dateline ("MOSCOW, February 4, 2026 (AFP) - Putin and Xi
# held ... on Wednesday."): a long line closed by a full stop is that lead, no byline. Bylines
# seen in the corpus are under a dozen words and do not end a sentence (tuned on English wire
# copy written for tests/test_events_english_wire.py).
BYLINE_LEAD_MIN_WORDS = 16

# Round en8 (issue 13): a short wire lead ("MOSCOW, February 4. /TASS/. Putin and Xi held talks
# via videoconference on Wednesday, Kremlin aide Yuri Ushakov told reporters.", 148 characters)
# stood above the first long paragraph and was cut as page furniture. A paragraph that opens with
# an English wire dateline (an upper-case place, a day, then the agency in brackets or slashes or
# a dash) and ends a sentence is the report's lead, whatever its length.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.'/ -]*[A-Z],[ \t]+(?:" + _MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTH + r")"
    r"(?:,?[ \t]+\d{4})?[ \t]*\.?[ \t]*"
    r"(?:\([ \t]*[A-Za-z][\w .&-]*\)|/[A-Za-z][\w .&-]*/\.?)?[ \t]*(?:-|\u2013|\u2014)?[ \t]*"
    r"(?<=[-\u2013\u2014)/.][ \t])\S"
)


def wire_lead(line: Line) -> bool:
    """``line`` is a wire report's lead: it opens with an English dateline and ends a sentence."""
    return line.ends_sentence and _WIRE_DATELINE.match(line.text) is not None


def _byline(line: Line) -> Byline | None:
    if line.sentence_ends > 1 or line.stop_density > 0.25:
        return None
    if line.ends_sentence and line.words >= BYLINE_LEAD_MIN_WORDS:
        return None
    return parse_byline(line.text)


def classify_lines(
    lines: Sequence[Line],
    *,
    is_template: Callable[[str], bool] | None = None,
    title_hint: str | None = None,
    lenient: bool = False,
) -> tuple[list[str], list[Byline]]:
    """Labels for ``lines`` (one per line, same order) and the bylines found among them.

    ``lenient`` is for text an HTML extractor already cut to the main content: there a line
    without evidence against it is content (short lines included), not boilerplate.
    """
    n = len(lines)
    letters = sum(ln.letters for ln in lines) or 1
    deva_page = sum(ln.deva_ratio * ln.letters for ln in lines) / letters > 0.5
    labels: list[str | None] = [None] * n
    bylines: list[Byline] = []
    byline_at: list[int] = []
    authors: set[str] = set()
    for i, ln in enumerate(lines):
        if is_template is not None and is_template(ln.text):
            labels[i] = "boilerplate"
        elif SUMMARY_LABEL.match(ln.text):
            labels[i] = "summary_label"
        elif (by := _byline(ln)) is not None:
            labels[i] = "byline"
            bylines.append(by)
            byline_at.append(i)
            authors.update(norm(a) for a in by.authors)
        elif _furniture(ln, deva_page):
            labels[i] = "boilerplate"
    good = [labels[i] is None and is_good(ln) for i, ln in enumerate(lines)]
    anchors = [i for i in range(n) if good[i]]
    if anchors:
        # A dated signature inside the body is an embed ("— Name (@handle) October 9, 2018"),
        # not the page byline, which sits above the story or at most after its lede/summary.
        cut = anchors[1] if len(anchors) > 1 else n
        late = [i for i in range(cut, n) if labels[i] == "byline"]
        for i in late:
            labels[i] = None
        if late:
            bylines = [by for i, by in zip(byline_at, bylines, strict=True) if i < cut]
            authors = {norm(a) for by in bylines for a in by.authors}
    if not anchors:
        return _no_body(lines, labels, deva_page, title_hint, lenient), bylines

    # Each line's norm() once: the steps below compare most lines' several times (a tenth of
    # the clean stage's time went to computing them again).
    normed: dict[int, str] = {}

    def norm_at(i: int) -> str:
        found = normed.get(i)
        if found is None:
            found = normed[i] = norm(lines[i].text)
        return found

    # Closing matter: an author box heading, a tag list heading, or the author's name alone.
    end = n
    for i in range(anchors[0] + 1, n):
        if END_MARKER.match(lines[i].text) or (authors and norm_at(i) in authors):
            end = i
            break
    for i in range(end, n):
        labels[i] = "boilerplate"
    anchors = [i for i in anchors if i < end]

    # Summary: the line after a summary label, or a good line repeated inside a later paragraph.
    later_text = {i: norm_at(i) for i in anchors}
    for i in range(end):
        if labels[i] == "summary_label":
            labels[i] = "boilerplate"
            j = next((k for k in range(i + 1, end) if labels[k] is None), None)
            if j is not None:
                labels[j] = "summary"
    for i in anchors:
        if (
            labels[i] is None
            and len(later_text[i]) >= 40
            and any(later_text[i] in later_text[k] and k > i for k in anchors)
        ):
            labels[i] = "summary"
    body_anchors = [i for i in anchors if labels[i] is None]
    first = body_anchors[0] if body_anchors else anchors[0]

    # Page head: the heading nearest the body is the title, its duplicates too.
    title_norm = norm(title_hint) if title_hint else ""
    head = [i for i in range(first) if labels[i] is None]
    title_idx = next((i for i in head if title_norm and norm_at(i) == title_norm), None)
    if title_idx is None:
        shaped = [i for i in head if is_heading_shape(lines[i], deva_page)]
        title_idx = shaped[-1] if shaped else None
    if title_idx is not None:
        title_norm = norm_at(title_idx)
    for i in head:
        if title_norm and norm_at(i) == title_norm:
            labels[i] = "title"
        else:
            labels[i] = "body" if lenient or wire_lead(lines[i]) else "boilerplate"

    # Body region.
    seen: set[str] = set()
    for i in range(first, end):
        if labels[i] is not None:
            continue
        ln = lines[i]
        key = norm_at(i)
        if title_norm and key == title_norm:
            labels[i] = "title"
        elif good[i]:
            labels[i] = "boilerplate" if key in seen else "body"
            seen.add(key)
        elif ends_in_auxiliary(ln, deva_page) and _prev_is_body(i, labels):
            labels[i] = "body"
        elif is_heading_shape(ln, deva_page) and _next_is_good(i, end, labels, good):
            labels[i] = "subheading"
        elif ln.ends_sentence and ln.stop_density >= GOOD_MIN_STOP and i < anchors[-1] or ln.ends_sentence and ln.stop_density >= GOOD_MIN_STOP and _prev_is_body(i, labels):
            labels[i] = "body"
        else:
            labels[i] = "body" if lenient or wire_lead(ln) else "boilerplate"
    return [lab or "boilerplate" for lab in labels], bylines


def _next_is_good(i: int, end: int, labels: Sequence[str | None], good: Sequence[bool]) -> bool:
    for k in range(i + 1, end):
        if labels[k] in ("boilerplate", "byline"):
            continue
        return good[k]
    return False


def _prev_is_body(i: int, labels: Sequence[str | None]) -> bool:
    return i > 0 and labels[i - 1] == "body"


def _no_body(
    lines: Sequence[Line], labels: list[str | None], deva_page: bool, title_hint: str | None,
    lenient: bool,
) -> list[str]:
    """Labels when no line is prose: short sentence-closed lines still count as body (a
    two-line brief), a heading before them is the title; a page of menus stays all boilerplate.
    """
    out: list[str] = []
    body_seen = False
    for i, ln in enumerate(lines):
        if labels[i] is not None:
            out.append("byline" if labels[i] == "byline" else "boilerplate")
        elif (lenient and (ln.words >= 2 or ln.ends_sentence)) or (
            ln.ends_sentence and ln.stop_density >= GOOD_MIN_STOP and ln.words >= 5
        ):
            out.append("body")
            body_seen = True
        else:
            out.append("boilerplate")
    if body_seen:
        first = out.index("body")
        heads = [i for i in range(first) if out[i] == "boilerplate" and labels[i] is None
                 and is_heading_shape(lines[i], deva_page)]
        if heads:
            out[heads[-1]] = "title"
    elif title_hint:
        out = ["title" if norm(ln.text) == norm(title_hint) and labels[i] is None else lab
               for i, (ln, lab) in enumerate(zip(lines, out, strict=True))]
    return out
