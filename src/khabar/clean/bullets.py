"""A bulleted news sentence without its final danda ("- केंद्रीय स्वास्थ्य राज्यमंत्री अश्विनी चौबे
ने भी दीप जलाकर पीएम मोदी के आह्वान का समर्थन किया") inside a bulleted story is body, not furniture.

Round cl1 (issue 13). Live blogs and round-ups of the Hindi corpus tell their story as dash-led
bullets, and the crawl often drops a bullet's final "।": `classify.classify_lines` then reads the
line as neither prose (no sentence end) nor a heading before prose, and labels it boilerplate, so
the sentence never reaches the events stage (round ms1 traced a missed SUPPORT to it). Of the 91
dash-led lines labelled boilerplate on the 280 allowed day files, 10 were such news sentences
(a finite verb, a named actor): two "X ने ... किया/जलाया" bullets and eight wire-style live
updates closed by their source ("... 7 मौतें हुई हैं: राज्य स्वास्थ्य और परिवार कल्याण विभाग").
The other 81 stay out: data rows ("- कमला नगर, 4", train timetables), separators ("--"), quote
signatures ("- डॉ. एके पांडेय, सीएमओ"), symptom and advice lists, captions ("- अररिया में लालटेन
जलाया"), a cabinet decision list in the future tense; no related-link headline was dash-led.

So a bullet comes back only when all hold: a Devanagari line of prose shape (``AUX_PROSE_MIN_WORDS``
words, stop-word density ``GOOD_MIN_STOP``), its bullet run (the consecutive bullet lines around
it) holds a line the classifier already made body (the list is the story, not a link list), and
its clause, read without a trailing source (": Source", hashtags, a bracketed "(फाइल तस्वीर)"),
ends a sentence, or in a finite auxiliary (`cues.CLAUSE_FINAL_AUXILIARIES`), or in a perfective
verb after an ergative "ने" (a clause that must be finite; a headline with "ने" puts its verb
before the object: "केंद्र ने केरल को लिखा पत्र"). A future or a bare passive ("... किया जाएगा",
"... पाया गया"), the forms of headlines and decision lists, does not bring a bullet back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import AUX_PROSE_MIN_WORDS, GOOD_MIN_STOP
from .cues import CLAUSE_FINAL_AUXILIARIES
from .lines import Line

# A bullet: one or more dashes, en/em dashes, bullets or asterisks, then a letter ("- X",
# "- - X", "-X", "• X"); a separator line ("--------") has no letter and is never one.
_BULLET = re.compile(r"(?:[-\u2013\u2014\u2022*]\s*)+(?=[\w\u0900-\u097F])")
# A trailing source the live updates of the corpus close with (wire style): hashtags, a bracketed
# note, then ": Source" of at most ``_SOURCE_MAX_WORDS`` words and no danda.
_HASHTAGS = re.compile(r"(?:\s*#\S+)+\s*$")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")
_SOURCE = re.compile(r"\s*:\s*([^:।]*)$")
# The longest sources of the allowed files' live updates have 8 words ("सार्वजनिक स्वास्थ्य और
# परिवार कल्याण निदेशक, तेलंगाना सरकार", "गृह मंत्रालय के संयुक्त सचिव, पुण्य सलिला श्रीवास्तव")
_SOURCE_MAX_WORDS = 12
_SENTENCE_END = re.compile(r"[।.?!॥]['\"”’)]*$")
_LAST_WORD = re.compile(r"([\w\u0900-\u0963\u0966-\u097F]+)\W*$")
_ERGATIVE = re.compile(r"(?<![\w\u0900-\u097F])ने(?![\w\u0900-\u097F])")
# Perfective finite verbs an ergative "ने" takes: "-ाया" (जलाया, बताया, लगाया), किया/दिया/लिया and
# their feminine and plural forms. Nouns ending in "-िया" (दुनिया, प्रतिक्रिया) are not among them.
_PERFECTIVE_ENDINGS = ("ाया", "किया", "दिया", "लिया")
_PERFECTIVE_FORMS = frozenset(["की", "किए", "किये", "दी", "दिए", "दिये", "ली", "लिए", "लिये"])


def _clause(text: str) -> str:
    """The bullet's text without its bullet and without a trailing source."""
    body = _BULLET.sub("", text, count=1).rstrip()
    for _ in range(2):  # "...: Source (फाइल तस्वीर) #COVID19"
        body = _HASHTAGS.sub("", body)
        body = _BRACKETED.sub("", body)
    source = _SOURCE.search(body)
    if source is not None and 0 < len(source.group(1).split()) <= _SOURCE_MAX_WORDS:
        body = body[: source.start()]
    return _HASHTAGS.sub("", body).rstrip()


def finite_clause(text: str) -> bool:
    """The clause of bullet line ``text`` ends a sentence or in a finite verb (see module doc)."""
    clause = _clause(text)
    if _SENTENCE_END.search(clause):
        return True
    last = _LAST_WORD.search(clause)
    if last is None:
        return False
    word = last.group(1)
    if word in CLAUSE_FINAL_AUXILIARIES:
        return True
    perfective = word.endswith(_PERFECTIVE_ENDINGS) or word in _PERFECTIVE_FORMS
    return perfective and _ERGATIVE.search(clause) is not None


def _prose(line: Line) -> bool:
    return (line.words >= AUX_PROSE_MIN_WORDS and line.stop_density >= GOOD_MIN_STOP
            and line.deva_ratio >= 0.5)


def bulleted_sentences(lines: Sequence[Line], labels: list[str]) -> list[str]:
    """``labels`` with each bulleted news sentence of a bulleted story made "body"."""
    out = list(labels)
    bullet = [_BULLET.match(ln.text) is not None for ln in lines]
    i = 0
    while i < len(lines):
        if not bullet[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and bullet[j]:
            j += 1
        if any(labels[k] == "body" for k in range(i, j)):
            for k in range(i, j):
                if labels[k] == "boilerplate" and _prose(lines[k]) and finite_clause(lines[k].text):
                    out[k] = "body"
        i = j
    return out
