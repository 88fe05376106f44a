"""Daily dumps: one file holding many articles (headline line, body paragraphs) split into articles.

Newspaper archives and scrapes often store a day of one outlet in one text file, with no markup
between articles. A new article starts at a headline-shaped line that the following lines bear
out: the body opens with a dateline ("नई दिल्ली, एजेंसी ।", "रांची :") or has a place line, the
headline carries a section prefix ("देश / ..."), the body repeats the headline's words, or blank
lines set it apart. A subheading inside an article is just as short, so each start is scored
and only confident ones split (tuned on one hand-checked file per outlet of the Hindi COVID-2020
corpus; the tests pin those counts). Outlet and date come from the path
(``.../Dainik Hindustan/DH-2020-MAY/DH-2020-MAY-15.txt``) when it names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from .classify import is_good, is_heading_shape
from .cues import HINDI_STOPWORDS, MONTHS, WIRES
from .lines import Line, line_words, split_lines
from .meta import canonical_outlet, find_dateline

# Score a headline candidate must reach to start a new article (see _start_score).
START_SCORE = 3
# A body that shares this share of the headline's content words confirms the headline.
HEADLINE_ECHO = 0.5
# Headlines are at least this long; corpus subheadings are mostly shorter (median 36 chars vs 78).
HEADLINE_MIN_CHARS = 60
SUBHEADING_MAX_CHARS = 35
# A line shorter than this is a sub-heading of the report above unless a dateline opens the line
# right under it or two empty lines (or a line of spaces) set it apart (round sg1, issue 14: the
# sub-headings the dump splitter cut on the seven tuning sets' article spans were 11-43
# characters; their short real headlines, 18 and 38, had the dateline right under them, and the
# next shortest real ones are 49+; the stories gold's day 2 has a 37-character one after two
# empty lines, as Prabhat Khabar's pages of briefs part theirs).
SHORT_HEADLINE_CHARS = 45
# Share of a short line's section words (the line and the paragraph under it) found in the last
# three lines above it that make it a sub-heading even after two empty lines (round sg2: the
# tuning sets' sub-headings so spaced share 0.32-0.39 (one 0.21); Prabhat Khabar's briefs after
# the same gap on the allowed corpus day files 0.08-0.23; 0.3 keeps the stories gate's day 2).
CARRIED_WORDS = 0.3
# Inside a confirmed dump, a headline-shaped line followed by a paragraph this long starts an
# article. Corpus headlines are <= 160 characters (longest seen 138 in the stories gold day);
# bodies under 120 characters are promos, captions and related-story links.
DUMP_HEADLINE_MAX_CHARS = 160
BODY_MIN_CHARS = 120
# Share of a candidate headline's content words found in the headline above it that makes it
# a restatement (a repeated or reworded headline inside the same report), not a new article.
RESTATED_HEADLINE = 0.8
# Content words a line under a headline (no prose between) shares with it to be its deck, not
# the next article's headline (set on the segmentation dev gold: a deck repeating three names;
# an unrelated headline under an orphan one shares only "कोरोना").
DECK_SHARED_WORDS = 3
# Starts after a line of spaces that make a dump "framed" (its other starts are sub-headings).
# Set on the segmentation dev gold (Amar Ujala's exports frame 4 and 1 articles so).
SEPARATED_MIN = 2
# Headline+body items (body on the next line) that make a text a dump even when the scored starts
# alone do not (Navbharat Times' live files have 6-8; the seeds as plain text have 0).
DUMP_MIN_TIGHT_ITEMS = 3

# Paragraphs under an update of a live page at most; a scored headline over more is a report of
# its own and ends the page (round sg2: the report printed after a tuning set's live page in the
# same day file holds 7; 3 or 4 lost articles of the stories gate's day 2, whose live updates
# run longer).
UPDATE_MAX_PARAGRAPHS = 5
# Share of a page's prose paragraphs (after prose) set off by an empty line that makes it a
# page of spaced paragraphs, where a headline-shaped line glued to the paragraph above is the
# next article's headline (see _butted).
SPACED_PARAGRAPHS = 0.8
# Points such a glued headline gets (round seg1: the tuning sets' glued headlines scored 1-2).
BUTTED_POINTS = 2
# Share of the lead words of the paragraph under a glued headline found in the paragraph above
# it that makes that paragraph the same report's, the headline an inserted link to another
# (round seg1, on the allowed corpus day files' 20 glued headlines: new reports' bodies share
# 0-0.09, the bodies going on under Prabhat Khabar's inserted headlines and sub-headings
# 0.14-0.33).
BUTTED_CARRIED = 0.12
# Share of the speaker named after a quote headline's closing colon ("... परेशान : उपमुख्यमंत्री",
# "... नहीं : डिप्टी सीएम सुशील मोदी") found in the last three lines above it that makes the
# headline a sub-heading of the report quoting that speaker (round seg2: Prabhat Khabar strings
# a leader's tweets under such heads; on the tuning sets the three so cut carried 1/1, 2/2 and
# 2/4 of the speaker's words).
SPEAKER_CARRIED = 0.5
# Words a speaker tail after the closing colon holds at most (a name with a title: "डिप्टी सीएम
# सुशील मोदी"); a longer tail is the headline itself after a topic ("Jharkhand Coronavirus : ...").
SPEAKER_MAX_WORDS = 4
_SPEAKER_TAIL = re.compile(r"\s[:：]\s*([^:：]+?)\s*$")
# How a live page labels itself: "LIVE", "Live Update(s)", "Breaking News", "लाइव".
_LIVE = re.compile(r"\bLIVE\b|\bLive\s+Updates?\b|\bBreaking\s+News\b|लाइव", re.I)


def _opening_letters(pattern: str) -> str:
    """A class of the letters that open the alternatives of ``pattern`` (each after its
    ``\\b``), in both cases: ``[BLbl…]`` for :data:`_LIVE`."""
    firsts = {alternative.removeprefix(r"\b")[0] for alternative in pattern.split("|")}
    return "[" + "".join(sorted({c for f in firsts for c in (f.lower(), f.upper())})) + "]"


# _LIVE where it matches, found in one search that skips to its opening letters: the class
# first (``re`` scans ahead for a pattern's opening class, but tries a pattern that opens with
# a word boundary at every position), _LIVE in a lookahead inside a one-character lookbehind.
# Round sp4, issue 16: over scale.py --days 16's 80 files 10.5 -> 2.6 ms, against a search for
# the first letter (the round sp1 trigger, ``[LB]|लाइव`` with case folding, which opens with no
# plain class either) and _LIVE from there.
_LIVE_FIRST = _opening_letters(_LIVE.pattern)
_LIVE_AT = re.compile(f"{_LIVE_FIRST}(?<=(?=(?i:{_LIVE.pattern})){_LIVE_FIRST})")
# A related-story link ("यह भी पढ़ें- ...", "इसे भी देखें : ...", "Also Read: ..."): a line of the
# report it sits in, never a headline (segmentation-dev.yaml's rule; round sg2: two tuning-set
# reports were cut at one, a headline of another report after the link's words).
# Words after a related link's cue that make it a titled link, the story named on its own line
# (round seg3: the titles of the tuning sets' and allowed corpus day files' links run 5-20 words;
# a bare "Also Read" or "यह भी पढ़ें" label has none).
LINK_TITLE_MIN_WORDS = 3
_RELATED_LINK = re.compile(
    r"^\W*(?:(?:यह|ये|इसे|इन्हें)\s+भी\s+(?:पढ़ें|देखें)|also\s+read|read\s+also)", re.I
)
# A paragraph opening with a connective or a back-reference ("बता दें कि", "बताया जाता है कि",
# "यहां चर्चा कर दें कि", "वहीं", "उन्होंने") goes on with the report above it: the line over it
# is a sub-heading, not a headline (round sg2: two tuning-set reports were cut so).
_CONTINUES = re.compile(
    r"^\W*(?:(?:यहां\s+)?(?:बता|चर्चा\s+कर)\s+दें\s+कि|बताया\s+जाता\s+है\s+कि|"
    r"(?:गौरतलब|उल्लेखनीय|गौर\s+करने\s+वाली\s+बात\s+यह)\s+है\s+कि|इसके\s+(?:अलावा|बाद|साथ\s+ही)|"
    r"इसी\s+(?:बीच|तरह)|इस\s+बीच|साथ\s+ही|वहीं|हालांकि|दरअसल|उन्होंने|इन्होंने)[\s,]"
)
# A turn of an interview ("सवाल: … ?", "जवाब- …", "प्रश्न:", "उत्तर:"): a question is as short as a
# headline and may end a paragraph, but it and the answer under it go on with the interview above
# (round ev133, issue 13: DH-2020-ARP-28's interview of Bihar's chief minister was cut at its
# fifth question, so the answers after it lost the man answering).
INTERVIEW_TURN = re.compile(r"^\W*(?:सवाल|प्रश्न|जवाब|उत्तर)\s*[:：\-–—]")
# A list entry ("- मुंबई का सिद्धिविनायक मंदिर बंद", "* ..."): never a headline of its own.
_BULLET = re.compile(r"^\s*[-*•]\s")
# A dateline that names the reporter or the desk with the place, which find_dateline leaves to
# the wire-credited and the common-city ones: "जागरण संवाददाता, बागेश्वर :", "अरविंद पांडेय, नई
# दिल्ली ।", "भागलपुर, जेएनएन ।", "गाजियाबाद [मदन पांचाल] ।" (round sg2: on the 223 allowed corpus
# day files 34 paragraphs over 60 characters open so, all datelines of Dainik Jagran reports).
_DEVA_WORDS = r"[\u0900-\u097F\u200c\u200d]+(?:[ \t]+[\u0900-\u097F\u200c\u200d]+){0,2}"
_BYLINE_DATELINE = re.compile(
    rf"^[ \t]*({_DEVA_WORDS})[ \t]*(?:,|\[)[ \t]*({_DEVA_WORDS})[ \t]*\]?[ \t]*[।:]"
)
# A wire's dateline with the day in figures or words, the credit in brackets: "बिजनौर, एक मई
# (भाषा)", "सैन फ्रांसिस्को, 10 मार्च (एएफपी)" (round seg3: find_dateline reads the day in
# figures only, and its bracket only where the separator follows it, so a 44-character headline
# over such a body was read as a sub-heading).
_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))
_WIRE_DATELINE = re.compile(
    rf"^[ \t]*{_DEVA_WORDS}[ \t]*,[ \t]*(?:\d{{1,2}}|[\u0900-\u097F]+)[ \t]+"
    rf"[\u0900-\u097F]+[ \t]*\([ \t]*(?:{_WIRE_ALT})[ \t]*\)",
    re.I,
)
# A teaser headline closing on an ellipsis ("... फिर दबाव में शादी और अब..."): one sentence end,
# read as prose by its closing dots, a headline when a dateline opens the paragraph under it
# (round seg3: Prabhat Khabar glues such a headline between two reports).
_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…)\s*$")
_SECTION_PREFIX = re.compile(r"^[\w\u0900-\u097F .-]{2,25}\s+/\s+\S")
_TOPIC_PREFIX = re.compile(r"^[\w\u0900-\u097F -]{2,25}\s?:\s?\S")
_DEVA_PLACE = re.compile(r"^[\u0900-\u097F\u200c\u200d]+(?:\s+[\u0900-\u097F\u200c\u200d]+){0,2}$")
# "DH-2020-MAY-15", "AU-2020-ARP-02" (sic, in the corpus), "2020-05-15".
_PATH_DATE = re.compile(r"(\d{4})[-_](\d{2}|[A-Za-z]{3})[-_](\d{1,2})(?!\d)")
_MONTH_TYPOS = {"arp": 4}


@dataclass(slots=True)
class Piece:
    """One article of a dump: ``start``/``end`` offsets and 1-based first/last line."""

    start: int
    end: int
    first_line: int
    last_line: int
    prose: bool  # holds at least one prose (good) line


def _content_words(text: str) -> set[str]:
    # a line's words of two or more characters (a run of word characters is one whole word),
    # as measuring it found them (round sp1: a findall of the class {2,} found the same)
    return {w for w in line_words(text) if len(w) > 1 and w not in HINDI_STOPWORDS}


def _lead_words(lines: list[Line]) -> set[str]:
    """The content words of the first 400 characters of each of ``lines``."""
    words: set[str] = set()
    for line in lines:
        words |= _content_words(line.text[:400])
    return words


def _is_place_line(line: Line) -> bool:
    return line.words <= 3 and bool(_DEVA_PLACE.match(line.text)) and line.chars <= 25


def _spaced_page(lines: list[Line]) -> bool:
    """Most prose paragraphs that follow prose are set off by an empty line."""
    pairs = [b for a, b in zip(lines, lines[1:], strict=False) if is_good(a) and is_good(b)]
    return bool(pairs) and sum(1 for b in pairs if b.blank_before) >= SPACED_PARAGRAPHS * len(pairs)


def _butted(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a full-length headline glued to the end of the report above, prose under
    it: a page of spaced paragraphs puts its sub-headings after an empty line too."""
    ln = lines[i]
    prev, nxt = lines[i - 1], lines[i + 1]
    return (
        ln.blank_before == 0
        and ln.chars >= SHORT_HEADLINE_CHARS
        and not ln.ends_sentence
        and is_good(prev)
        and prev.ends_sentence
        and is_good(nxt)
        and not _body_carries_on(prev, nxt)
    )


def _body_carries_on(prev: Line, body: Line) -> bool:
    """The paragraph ``body`` goes on with the report of ``prev`` (:data:`BUTTED_CARRIED`)."""
    lead = _content_words(body.text[:400])
    above = _content_words(prev.text[:400]) | _content_words(prev.text[-400:])
    return bool(lead) and len(lead & above) >= BUTTED_CARRIED * len(lead)


def _start_score(
    lines: list[Line], i: int, deva_page: bool, separated: int = 0, spaced: bool = False
) -> int:
    """Evidence that ``lines[i]`` is the headline of a new article (``separated``: a line of
    spaces before it, see :func:`_separated`)."""
    ln = lines[i]
    body = _body_index(lines, i)
    if body >= len(lines):
        return 0
    if (is_good(ln) or not is_heading_shape(ln, deva_page)) and not _teaser_headline(
        lines, i, body
    ):
        return 0
    nxt = lines[body]
    if _RELATED_LINK.match(ln.text) or _CONTINUES.match(nxt.text):
        return 0
    if INTERVIEW_TURN.match(ln.text) or INTERVIEW_TURN.match(nxt.text):
        return 0
    if not _dateline_opens(lines, body) and (
        _question_subheading(lines, i) or _speaker_carried(lines, i)
    ):
        return 0
    # a short line is set apart by a line of spaces, or by two empty lines unless its section
    # goes on with the report above (round sg2: four tuning-set sub-headings so spaced)
    if ln.chars < SHORT_HEADLINE_CHARS and not (
        separated
        or (ln.blank_before >= 2 and not _carries_on(lines, i))
        or _dateline_opens(lines, body)
    ):
        return 0
    score = separated
    if spaced and _butted(lines, i):
        score += BUTTED_POINTS
    if _SECTION_PREFIX.match(ln.text):
        score += 3
    if _TOPIC_PREFIX.match(ln.text):
        score += 1
    after = lines[body : body + 4]
    if any(
        _is_place_line(a) and is_good(b) for a, b in zip(after[:3], after[1:], strict=False)
    ) or any(_opens_with_dateline(a) for a in after[:2]):
        score += 3
    if ln.blank_before >= 2:
        score += 1
    if ln.chars >= HEADLINE_MIN_CHARS:
        score += 1
    elif ln.chars <= SUBHEADING_MAX_CHARS:
        score -= 1
    # the headline's words echoed in the first 400 characters of each of the next two lines:
    # read only for a headline with words, line by line (no word runs across the space that
    # joined them before), so a line of up to 400 characters gives the words measuring it found
    # (round sp1)
    head = _content_words(ln.text)
    if head and len(head & _lead_words(after[:2])) >= HEADLINE_ECHO * len(head):
        score += 2
    if not (is_good(nxt) or nxt.chars >= HEADLINE_MIN_CHARS):
        score -= 1
    return score


def _body_index(lines: list[Line], i: int) -> int:
    """Index of the line under the headline candidate ``lines[i]`` that opens its body: related
    links printed between a headline and its report ("यह भी पढ़ें: ...") are passed over (round
    seg3: a Dainik Hindustan headline over such a link scored on the link, not its report). A
    bare label ("Also Read") is not: the linked headline is printed under it, and the report
    under that may be the one above going on (Prabhat Khabar's inserted links)."""
    j = i + 1
    while j + 1 < len(lines) and _titled_link(lines[j].text):
        j += 1
    return j


def _titled_link(text: str) -> bool:
    """``text`` is a related-story link carrying the linked story's title after its cue."""
    m = _RELATED_LINK.match(text)
    return m is not None and len(text[m.end() :].split()) >= LINK_TITLE_MIN_WORDS


def _teaser_headline(lines: list[Line], i: int, body: int) -> bool:
    """``lines[i]`` is a headline closing on an ellipsis (:data:`_ELLIPSIS_END`), one sentence
    long, over a paragraph that opens with a dateline: its dots made it read as prose."""
    ln = lines[i]
    return (
        ln.sentence_ends <= 1
        and ln.chars <= DUMP_HEADLINE_MAX_CHARS
        and _ELLIPSIS_END.search(ln.text) is not None
        and _opens_with_dateline(lines[body])
    )


def _question_subheading(lines: list[Line], i: int) -> bool:
    """``lines[i]`` asks the next question of an explainer: glued between two prose paragraphs,
    the answer above it under a question glued the same way ("कोरोना वायरस का टीका कब तक बन
    सकेगा?" / answer / "मरीजों के संपर्क में आए कितने लोगों की निगरानी की जा रही है?"). A lone
    question glued to a report is as often the next report's headline (round seg2: two tuning-set
    reports so headed)."""
    return i >= 2 and _glued_question(lines, i) and _glued_question(lines, i - 2)


def _glued_question(lines: list[Line], i: int) -> bool:
    """``lines[i]`` ends with a question mark, prose right above and right under it."""
    ln = lines[i]
    return (
        ln.text.rstrip().endswith("?")
        and ln.blank_before == 0
        and i + 1 < len(lines)
        and is_good(lines[i - 1])
        and is_good(lines[i + 1])
    )


def _speaker_carried(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a quote headline whose speaker, named after its closing colon, is the one
    the report above it quotes (:data:`SPEAKER_CARRIED`): a sub-heading over the same man's next
    remark or tweet, as Prabhat Khabar strings them."""
    m = _SPEAKER_TAIL.search(lines[i].text)
    if m is None or m.start() == 0:
        return False
    tail = m.group(1).split()
    speaker = _content_words(m.group(1))
    if not speaker or len(tail) > SPEAKER_MAX_WORDS:
        return False
    above = _lead_words(lines[max(0, i - 3) : i])
    return len(speaker & above) >= SPEAKER_CARRIED * len(speaker)


def _carries_on(lines: list[Line], i: int) -> bool:
    """The section under ``lines[i]`` (the line and the paragraph under it) goes on with the
    words of the report above it (its last three lines): a sub-heading's does, a new brief's
    after the same gap does not (:data:`CARRIED_WORDS`)."""
    section = _content_words(lines[i].text) | _lead_words(lines[i + 1 : i + 2])
    above = _lead_words(lines[max(0, i - 3) : i])
    return len(section & above) >= CARRIED_WORDS * len(section)


def _dateline_opens(lines: list[Line], j: int) -> bool:
    """``lines[j]`` opens a report: a dateline ("नई दिल्ली, एजेंसी ।") or a place line over prose."""
    ln = lines[j]
    if _is_place_line(ln):
        return j + 1 < len(lines) and is_good(lines[j + 1])
    return _opens_with_dateline(ln)


def _opens_with_dateline(ln: Line) -> bool:
    """``ln`` opens with a dateline: a wire's, or one opening a paragraph (over 60 characters),
    the place alone or with its reporter or desk (:data:`_BYLINE_DATELINE`)."""
    if _WIRE_DATELINE.match(ln.text):
        return True
    d = find_dateline(ln.text, 0, ln.chars)
    if d is not None:
        return bool(d.wire) or ln.chars > 60
    m = _BYLINE_DATELINE.match(ln.text) if ln.chars > 60 else None
    # names and places only: "हालांकि, सरकार ने कहा :" opens a sentence
    return m is not None and not any(
        w in HINDI_STOPWORDS for w in (m.group(1) + " " + m.group(2)).split()
    )


def _opens_item(lines: list[Line], i: int) -> bool:
    """Inside a dump: a headline-shaped line directly followed by a prose paragraph."""
    ln = lines[i]
    if i + 1 >= len(lines) or ln.ends_sentence or ln.chars > DUMP_HEADLINE_MAX_CHARS or is_good(ln):
        return False
    if _RELATED_LINK.match(ln.text):
        return False
    nxt = lines[i + 1]
    return nxt.chars >= BODY_MIN_CHARS and (is_good(nxt) or nxt.ends_sentence)


def split_dump(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    """Articles of a daily dump; a single piece when the text holds one article.

    Two stages. The scored starts (:func:`_start_score`) are confident enough to tell a dump from
    one article with subheadings. A page of the dump that calls itself live is a run of
    independent updates, and every headline line followed by its body opens one (see
    :func:`_live_updates`); anywhere else such a line is a sub-heading and stays in its report,
    as the segmentation gold (``events/hindi-covid-events-dev/segmentation-dev.yaml``) is judged.
    """
    lines = split_lines(text, start, end)
    if not lines:
        return []
    letters = sum(ln.letters for ln in lines) or 1
    deva_page = sum(ln.deva_ratio * ln.letters for ln in lines) / letters > 0.5
    seps = [_separated(text, ln) for ln in lines]
    spaced = _spaced_page(lines)
    scores = [0] + [
        _start_score(lines, i, deva_page, seps[i], spaced) for i in range(1, len(lines))
    ]
    scored = _drop_repeated_headlines(
        lines, [0] + [i for i in range(1, len(lines)) if scores[i] >= START_SCORE]
    )
    # A dump that frames its articles with lines of spaces frames them all so: there, a start
    # after a plain empty line is a long sub-heading of the report above, and a headline of
    # full length after a line of spaces needs a point less (the frame is the outlet's own
    # separator; a short line so framed is as often a sub-heading of a round-up).
    if sum(seps[i] for i in scored[1:]) >= SEPARATED_MIN:
        framed = [
            i
            for i in range(1, len(lines))
            if seps[i] and scores[i] >= START_SCORE - (lines[i].chars >= SHORT_HEADLINE_CHARS)
        ]
        scored = _drop_repeated_headlines(lines, [0, *framed])
    fine = [0] + [i for i in range(1, len(lines)) if _opens_item(lines, i)]
    # Several items whose body follows the headline on the very next line make a dump; an
    # article's own subheadings are set off by a blank line (the seeds, the trafilatura pages).
    tight = sum(1 for i in fine[1:] if lines[i + 1].blank_before == 0)
    dump = looks_like_dump(_pieces(lines, scored)) or tight >= DUMP_MIN_TIGHT_ITEMS
    # Only a page that calls itself live is a run of independent items; elsewhere a short line
    # over a paragraph is a sub-heading of the report (segmentation-dev.yaml, rules 2 and 3).
    # Asked of a dump only (round sp1: the search over whole non-dump texts and their prefixes
    # was a sixth of clean's regex time), at _LIVE's opening letters only (_LIVE_AT).
    stop = end if end is not None else len(text)
    if not (dump and _LIVE_AT.search(text, start, stop) is not None):
        return _pieces(lines, scored)
    return _pieces(lines, sorted(set(scored) | set(_live_updates(lines, scored, fine))))


def _live_updates(lines: list[Line], scored: list[int], fine: list[int]) -> list[int]:
    """The fine starts (see :func:`_opens_item`) that are updates of a page calling itself live.

    Only such a page is split per update: a day file that holds a live page among other
    reports, or a report that links to one, keeps those reports' sub-headings (round sg2: one
    live label anywhere in the file had cut four tuning-set reports at their sub-headings and
    related-link lines, and "लाइवचैट" or "लाइव लॉन्ग" in a sentence had made whole day files
    live). The page opens at its label: in a headline, in the line under one ("Coronavirus News
    Live Update: ..." opening or closing the lede) or in a heading line of its own ("कोरोना
    वायरस लाइव अपडेट"). It runs on over updates, a headline over a few paragraphs, and ends at a
    scored headline that is a report of its own: under its outlet's section ("देश / ...", as
    web pages head theirs) or over more paragraphs (:data:`UPDATE_MAX_PARAGRAPHS`). A bulleted
    entry ("- ...") is a line of the page, not an update.
    """
    heads = set(scored)
    starts = sorted(set(scored) | set(fine))
    items = set(fine[1:])
    cuts: list[int] = []
    on_page = False
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        # a report of its own: a page's headline with its section ("देश / ..."), or more
        # paragraphs under its headline than an update has
        if i in heads and (
            _SECTION_PREFIX.match(lines[i].text) or stop - i - 1 > UPDATE_MAX_PARAGRAPHS
        ):
            on_page = False
        if not on_page:
            on_page = any(
                _LIVE.search(ln.text) is not None and (j < 2 or not is_good(ln))
                for j, ln in enumerate(lines[i:stop])
            )
        if on_page and i in items and _BULLET.match(lines[i].text) is None:
            cuts.append(i)
    return cuts


def _separated(text: str, line: Line) -> int:
    """1 when the physical line before ``line`` holds only spaces: some outlets' dumps put such
    a line between articles, and an empty one before a sub-heading (Amar Ujala's exports)."""
    begin = text.rfind("\n", 0, line.start)
    if begin <= 0:
        return 0
    before = text[text.rfind("\n", 0, begin) + 1 : begin]
    return 1 if before and not before.strip() else 0


def _drop_repeated_headlines(lines: list[Line], starts: list[int]) -> list[int]:
    """A line that restates the headline of the article it follows (printed again, or reworded
    as a section head: nearly all its words are the headline's), or its deck, stays in that
    article."""
    kept: list[int] = []
    for i in starts:
        words = _content_words(lines[i].text)
        if kept and words:
            head = _content_words(lines[kept[-1]].text)
            if len(words & head) >= RESTATED_HEADLINE * len(words):
                continue
            # a deck: printed under its headline before any prose, naming the same people
            deck = not any(is_good(ln) for ln in lines[kept[-1] + 1 : i])
            if deck and len(words & head) >= DECK_SHARED_WORDS:
                continue
        kept.append(i)
    return kept


def _pieces(lines: list[Line], starts: list[int]) -> list[Piece]:
    pieces: list[Piece] = []
    for k, s in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else len(lines)) - 1
        prose = any(is_good(ln) for ln in lines[s : last + 1])
        if pieces and not prose and pieces[-1].prose:
            # A run of short lines after an article is its list or box, not a new article.
            prev = pieces[-1]
            pieces[-1] = Piece(
                prev.start, lines[last].end, prev.first_line, lines[last].number, True
            )
            continue
        pieces.append(
            Piece(lines[s].start, lines[last].end, lines[s].number, lines[last].number, prose)
        )
    return pieces


def looks_like_dump(pieces: list[Piece]) -> bool:
    """Shape test on :func:`split_dump`'s result: two or more headline+body groups with prose."""
    return sum(1 for p in pieces if p.prose) >= 2


def outlet_and_date_from_path(path: str) -> tuple[str | None, str | None]:
    """Outlet (a known outlet named by a folder) and ISO date (from the file name) of a dump."""
    parts = PurePath(path).parts
    outlet = None
    for part in reversed(parts[:-1]):
        outlet = canonical_outlet(part)
        if outlet:
            break
    date = None
    m = _PATH_DATE.search(PurePath(path).name)
    if m:
        year, mon, day = m.groups()
        month = (
            int(mon) if mon.isdigit() else MONTHS.get(mon.lower(), _MONTH_TYPOS.get(mon.lower()))
        )
        if month and 1 <= month <= 12 and 1 <= int(day) <= 31:
            date = f"{int(year):04d}-{month:02d}-{int(day):02d}"
    return outlet, date
