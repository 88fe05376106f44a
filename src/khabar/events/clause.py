"""Hindi clause analysis shared by the event, disaster and quote extractors.

Hindi marks the role of a noun phrase with a postposition after it (ने agent, को recipient, से
partner or source, की/के/का possessor, में/पर place or topic), and puts adverbials before the word
they modify. So one left-to-right pass over a sentence's tokens, grouping the entity mentions of
the "entities" stage into noun-phrase *units* (conjoined actors "पुतिन और जिनपिंग" are one unit)
and reading the postposition after each unit, gives what the extractors need. Offsets are always
absolute character offsets into :attr:`Article.text`.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Generic, TypeVar, overload

from ..model import Article, Mention, Sentence, Timex
from ..wordtokens import Token
from .actor_context import ActorContext
from .coding import coded_mentions
from .foreign_paragraphs import enter_paragraph
from .given_tokens import MARK_TWICE, TWO_SIGN_VOWEL, taken_tokens
from .initials import initial_stop
from .latin_glosses import drop_glosses
from .name_closers import WORDS as _CLOSER_WORDS
from .name_closers import past_closer
from .places import town_of_hospital

# A token: a run of non-space, non-punctuation characters (hyphenated compounds stay whole), or a
# single punctuation mark. Quotation marks are tokens so direct speech can be recognised.
_TOKEN = re.compile(r"[^\s।॥|.,;:!?“”\"‘’'()\[\]{}<>]+|[।॥|.,;:!?“”\"‘’'()]")
_SENTENCE_END = re.compile(r"[^।॥.?!\n]+[।॥.?!]*")

ACTOR_TYPES = frozenset({"PERSON", "COUNTRY", "ORGANIZATION", "GROUP", "CITY", "REGION"})
PLACE_TYPES = frozenset({"COUNTRY", "CITY", "REGION", "LOCATION"})
# the two unions :func:`view` asks of every mention, built once (round sc47)
_NAME_TYPES = ACTOR_TYPES - PLACE_TYPES
_UNIT_TYPES = ACTOR_TYPES | PLACE_TYPES
CONJUNCTIONS = frozenset({"और", "तथा", "एवं", "व", ","})
# the words alone ("X और Y", "X व Y"), for rules that treat a comma otherwise
AND_WORDS = CONJUNCTIONS - {","}
# Two-token postpositions first, so "के साथ" is read before "के".
MARKERS_2 = frozenset(
    {
        "के साथ",
        "के बीच",
        "के खिलाफ",
        "के ख़िलाफ़",
        "के लिए",
        "के मुताबिक",
        "के अनुसार",
        "की ओर",
        "की तरफ",
        "के द्वारा",
    }
)
_MARKER_2_FIRST = frozenset(m.split()[0] for m in MARKERS_2)
MARKERS_1 = frozenset({"ने", "से", "को", "की", "के", "का", "में", "पर", "द्वारा"})
# the genitive postpositions alone ("X की/के/का Y": X owns Y), for rules that read an owner
GENITIVES = frozenset({"की", "के", "का"})
PARTICLES = frozenset({"भी", "ही", "तो"})
# Tokens that close a clause for argument search (a complementiser starts a new clause).
CLAUSE_BREAKS = frozenset(
    {
        "कि",
        "।",
        "॥",
        ".",
        "?",
        "!",
        ";",
        "जबकि",
        "जो",
        "जिसे",
        "जिसका",
        "जिसमें",
        "जहां",
        "जहाँ",
        "क्योंकि",
        "लेकिन",
        "मगर",
        "परंतु",
        "हालांकि",
    }
)
# Titles written with a full stop ("डॉ. जसजीत कौर", "प्रो.", "श्री."): their stop ends no clause,
# so a date before them still reaches the trigger after them. Only titles that never end a
# sentence (short forms that are also words, such as ले or जन, are left out).
ABBREVIATIONS = frozenset(
    {
        "डॉ",
        "डा",
        "प्रो",
        "श्री",
        "श्रीमती",
        "सुश्री",
        "कर्नल",
        "पं",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
        "St",
    }
)


def ki_after(tokens: list[Token], k: int, verb_forms: frozenset[str]) -> int | None:
    """Where the "कि" of a content clause stands when the verb group ending before ``k`` may
    trail ``verb_forms`` (auxiliaries, light verbs: "मांग की है कि", "कहा गया था कि"), or None
    when no कि follows them: the one reading of a speech or demand's clause shared by the rules
    that look into it."""
    while k < len(tokens) and tokens[k].text in verb_forms:
        k += 1
    return k if k < len(tokens) and tokens[k].text == "कि" else None


# The relative words that open a relative clause before its head ("जिन लोगों को …"), and the
# correlatives of the main clause that take it up ("… उनके घर के आसपास के एरिया को")
_RELATIVE_OPENERS = frozenset({"जिन", "जिस", "जो"})
_CORRELATIVES = frozenset(
    {"उनके", "उनकी", "उनका", "उन्हें", "उनको", "उसके", "उसकी", "उसका", "उसे", "वहां", "वहाँ"}
)
# Words from a relative word to its head noun: "जिन लोगों" has 1, "जिन सभी संक्रमित लोगों" 3.
# Set by round ev136 on the relative clauses of the tuning set Ug it was written for, no count
# tuned on a gold (review rv20: the constant said no more)
_RELATIVE_REACH = 3


def in_relative_clause(tokens: list[Token], first: int, end: int, trigger: int) -> bool:
    """Whether the phrase ``first..end`` (its postposition after ``end``) is the relative
    clause's own, told before the main clause that takes it up with a correlative between it
    and the trigger: "जिन लोगों को पॉजिटिव पाया गया है उनके घर के आसपास … के एरिया को
    कंटेनमेंट जोन घोषित किया जाएगा" declares the area around their homes, the people are only
    who was found positive (round ev136, issue 13, the tuning set Ug)."""
    opener = next(
        (j for j in range(first, max(-1, first - _RELATIVE_REACH - 1), -1)
         if tokens[j].text in _RELATIVE_OPENERS),
        None,
    )
    if opener is None or any(is_break(tokens, j) for j in range(opener, end + 1)):
        return False
    return any(tokens[j].text in _CORRELATIVES for j in range(end + 2, trigger))


def is_break(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` closes a clause (a stop after an abbreviation does not)."""
    text = tokens[k].text
    if text not in CLAUSE_BREAKS:
        return False
    if text in _WHILE and k > 0 and tokens[k - 1].text == "ने":
        # "केंद्र ने जहां सभी अस्पतालों को … निर्देश दिया है, वहीं …": the correlative "while" after
        # the agent, not a relative "where" (round ev44, issue 13: a core miss of the unseen
        # stand-in set D; 7 such in corpus/hindi-covid-2020)
        return False
    if text == "." and 0 < k < len(tokens) - 1 and _decimal_point(tokens, k):
        return False  # "7.4 बिलियन यूरो की मदद": a number's decimal point (round ev70)
    if text == "." and 0 < k < len(tokens) - 1 and web_dot(tokens, k):
        return False  # "www.covidssharyana.in": a web address's dot (round ev139)
    if text == "." and initial_stop(tokens, k):
        return False  # "प्रभु एन. सिंह ने", "आई.ए.एस.": an initial's stop (round ev159)
    return not (text == "." and k > 0 and tokens[k - 1].text in ABBREVIATIONS)


def web_dot(tokens: list[Token], k: int) -> bool:
    """A stop written between two Latin letters or digits with no space ("www.covidssharyana.in",
    "haryana.gov.in"): part of a web address, no clause break (round ev139, issue 13: "… एक
    वेबसाइट www.covidssharyana.in लॉन्च की गई है" was cut inside the address)."""
    before, stop, after = tokens[k - 1], tokens[k], tokens[k + 1]
    return (
        before.text[-1:].isascii()
        and before.text[-1:].isalnum()
        and after.text[:1].isascii()
        and after.text[:1].isalnum()
        and before.end == stop.start
        and stop.end == after.start
    )


def _decimal_point(tokens: list[Token], k: int) -> bool:
    """A stop written between two digits with no space ("7.4", "1.7 लाख करोड़"): part of the
    number, no clause break (round ev70, issue 13: "40 देशों … द्वारा … 7.4 बिलियन यूरो की मदद की
    गई है" lost its द्वारा-agent to a clause cut inside the amount; stand-in F)."""
    before, stop, after = tokens[k - 1], tokens[k], tokens[k + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == stop.start
        and stop.end == after.start
    )


_WHILE = frozenset({"जहां", "जहाँ"})


# Anaphors that refer back to the last agent(s) named, and plural descriptions of a known pair.
PRONOUNS = frozenset({"उन्होंने", "इन्होंने"})  # उसने mostly refers to an unnamed person
PAIR_ANAPHORS = (("दोनों", "नेताओं"), ("दोनों", "नेता"), ("दोनों", "देशों"), ("दोनों", "देश"))
_PAIR_FIRST = frozenset(a for a, _ in PAIR_ANAPHORS)  # a cheap test before the pair's
_ANAPHOR_WORDS = PRONOUNS | _PAIR_FIRST  # a sentence without any: no anaphor loop


def overlapping(ends: list[int], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The token indices ``[lo, hi)`` overlapping ``[start, end)`` (empty when ``lo >= hi``),
    given the tokens' ``ends`` and ``starts``: tokens are ordered and disjoint, so both lists
    are sorted and two bisections replace a scan of every token per mention."""
    return bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)


@dataclass
class Unit:
    """A noun phrase of one or more conjoined mentions and the postposition that follows it."""

    mentions: list[Mention]
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    marker: str | None = None
    marker_end: int = -1  # token index after the marker (and particles)
    anaphor: bool = False
    actors: list[str] = field(default_factory=list)  # filled by resolution for anaphors
    # unit_actors of a unit of mentions, read once (its mentions are fixed once the view is
    # built; round sc53: the rules ask it about 9k times over scale.py --days 16)
    named: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else -1


_T = TypeVar("_T")


class _per_view(Generic[_T]):  # noqa: N801 (used as a decorator, as functools.cached_property)
    """A value of a sentence view computed on first use and kept in the view's ``__dict__``, as
    :class:`functools.cached_property` does, without the lock that class takes on every first
    use in Python 3.11 (a view is read by one thread only): its first use was 14 line events,
    this one's 2 (round sp14, issue 16: 1,594 first uses over ``benchmarks/scale.py --days 16``).
    A non-data descriptor: once kept, the attribute is read from the instance like any other."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _per_view[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> _T | _per_view[_T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class SentenceView:
    """One sentence: its tokens, mention units and timexes."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    units: list[Unit]
    timexes: list[Timex]
    # the texts of the tokens in order, read once for the sentence: :func:`view` reads them for
    # the actor words before the view is made and hands them on, and the rules that scan the
    # words read this list instead of building their own (round sp9, issue 16); empty: read here
    texts: list[str] = field(default_factory=list, repr=False, compare=False)
    # ... and as a set: a rule asks whether a word stands in the sentence at all before it scans
    # (round sc47)
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    # whether the units may hold a coded actor mention (``source == "actors"``, made only by
    # :func:`.coding.coded_mentions`): :func:`view` says False where the sentence coded none, so
    # the article's pass that reads the coded mentions back skips the view (round sp14); a view
    # made elsewhere keeps True and is read
    coded: bool = field(default=True, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.tokens):
            self.texts = [t.text for t in self.tokens]  # slots: a comprehension (sp26)
        self.words = frozenset(self.texts)

    @_per_view
    def dated(self) -> frozenset[int]:
        """The indices of the tokens inside a timex of the sentence ("बुधवार को", "14 दिनों"):
        when, never whom; read once per sentence for the argument rules that skip them."""
        return frozenset(
            i for tx in self.timexes for i, t in enumerate(self.tokens) if tx.start <= t.start < tx.end
        )

    def text_of(self, first: int, last: int) -> str:
        toks = self.tokens
        if 0 <= first <= last and "." not in self.words:
            # no decimal point to glue: the words as they stand (round sp9)
            return " ".join(self.texts[first : min(last, len(toks) - 1) + 1])
        glued = {  # a decimal point written as its own token: "1.4 लाख", not "1 . 4 लाख"
            k for k in range(max(first, 1), min(last, len(toks) - 2) + 1)
            if toks[k].text == "." and _decimal_point(toks, k)
        }
        out: list[str] = []
        for k in range(first, min(last, len(toks) - 1) + 1):
            if out and (k in glued or k - 1 in glued):
                out[-1] += toks[k].text
            else:
                out.append(toks[k].text)
        return " ".join(out)

    @_per_view
    def breaks(self) -> list[int]:
        """The indices of the tokens that close a clause (:func:`is_break`), in order: read once
        per sentence for :func:`khabar.events.timexowner._clause_start`, which searched back
        word by word from each trigger (round sp14, issue 16: 2,401 searches, 1.5% of the
        stage's line events on ``benchmarks/scale.py --days 16``). Safe: :func:`is_break` reads
        only the tokens, which a view never changes after it is made."""
        toks = self.tokens
        return [k for k in compress(range(len(toks)), map(CLAUSE_BREAKS.__contains__, self.texts))
                if is_break(toks, k)]

    def last_index(self, word: str, end: int) -> int:
        """The index of the last token ``word`` before token ``end``, else -1. The sentence's
        word set answers first: most sentences lack the word (a कि, round sp14, issue 16, where
        the rules built the list of every कि before a trigger from the tokens to read its last)."""
        last = min(end, len(self.texts)) - 1
        if word not in self.words or last < 0:
            return -1
        try:  # the first in the words read backwards from ``last``, found in C
            return last - self.texts[last::-1].index(word)
        except ValueError:
            return -1

    @_per_view
    def ends(self) -> list[int]:
        """The tokens' end offsets, in order, for :meth:`token_at`'s bisection."""
        return [t.end for t in self.tokens]

    @_per_view
    def starts(self) -> list[int]:
        """The tokens' start offsets, in order, once per sentence for the rules that bisect
        them (round sp14, issue 16: each built its own list per candidate)."""
        return [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int:
        """The first token ending after ``offset`` (the last token when none does). The ends
        rise with the tokens (ordered and disjoint), so the first end above ``offset`` is found
        by bisection, not by reading every token before it (round sp14, issue 16)."""
        return min(bisect.bisect_right(self.ends, offset), len(self.tokens) - 1)

    def token_starting(self, offset: int) -> int | None:
        """The token that starts at ``offset`` (a trigger's, an argument's), else None."""
        k = self.token_at(offset)
        return k if self.tokens and self.tokens[k].start == offset else None


_TEXT = operator.attrgetter("text")  # a token's text, read in C where a scan may stop early
_START_AT, _END_AT = operator.attrgetter("start"), operator.attrgetter("end")  # of a sentence
_FIRST = operator.attrgetter("first")  # a unit's first token, its order (read in C: round sp25)


# Zero-width joiners shape the glyph only ("हेल्\u200dपलाइन" = "हेल्पलाइन"); some outlets put
# one in every conjunct, so token texts drop them (offsets still point into the original).
# The precomposed nukta letters (U+0958-U+095F: "हड़ताल" typed as one code point for ड़) are
# written as their letter + nukta (U+093C), as the lexicons and NFC have them (round ev41, issue
# 13: 685 of the 6,875 nukta letters of corpus/hindi-covid-2020 are precomposed, 327 of 1,222 in
# one outlet's files; "स्टाफ हड़ताल पर है" matched no trigger, nor did a precomposed "बढ़ा")
_ZERO_WIDTH = str.maketrans(
    {"\u200c": None, "\u200d": None}
    | {chr(0x0958 + i): base + "\u093c" for i, base in enumerate("कखगजडढफय")}
)
# The third-person ergative pronoun written without its nasal ("उन्होने तत्काल इलाके को हॉट स्पॉट
# घोषित करते हुए इसको सील कर दिया है", DJ-2020-ARP-18.txt; "उन्होने … देने का आरोप लगाया",
# PK-2020-MAY-13.txt) is the same word as "उन्होंने": the token text is respelt, so the agent rules
# read the pronoun (round rv30, issue 13: a core seal of the fifth random audit's draw lost for
# want of an agent; the two such tokens of the 280 allowed corpus day files, against 664
# "उन्होंने", both an act's agent). The relative pronoun is respelt alike (none on those files);
# "न्होने" is part of no other word of the corpus.
_RESPELT = {"उन्होने": "उन्होंने", "इन्होने": "इन्होंने", "जिन्होने": "जिन्होंने"}
# A vowel sign, nasal sign, nukta or virama typed twice ("पहुंंच गई है", "हैैं", "मेें", "बैैठक":
# 49 tokens of 39 words on the 280 allowed corpus day files, no word of Hindi holds one mark twice
# in a row) is read once (round rv36, issue 13: "भारत की ओर से दवाओं की एक खेप … यहां पहुंंच गई
# है", AU-2020-ARP-09, matched no light verb in the tenth random audit's draw).
_DOUBLED_MARK = re.compile(MARK_TWICE + "+")
# A vowel of the old font maps typed as two signs, ा + े for ो and ा + ै for ौ, in either order and
# sometimes with the anusvara between ("देशेां", "लोगाें" for लोगों, "काे" and "केा" for को, "माेगा"):
# 26 tokens of 17 words on the 280 allowed corpus day files, none of them ौ (round nrm1, issue 13
# and 17; no word of Hindi holds two vowel signs in a row, so none is misread), read as the one
# sign, the anusvara after it (round ta7's audit: China's call "सभी देशेां से … आयात करने के लिए कहा" read as China's
# public for want of the word देशों). Applied after ``_DOUBLED_MARK``, so "काेेरोना" reads कोरोना.
_TWO_SIGNS = re.compile(TWO_SIGN_VOWEL)


def _one_sign(match: re.Match[str]) -> str:
    """The one sign (ो or ौ) of a two-sign spelling, and its anusvara after it."""
    sign = "\u094c" if "\u0948" in match.group() else "\u094b"
    return sign + "\u0902" if "\u0902" in match.group() else sign


_ODD_CODE_POINTS = re.compile(
    "[\u200c\u200d\u0958-\u095f]|न्होने|([\u0900-\u0903\u093c-\u094d])\\1"
    "|[\u093e\u0947\u0948]\u0902?[\u093e\u0947\u0948]"
)


# A token with what stands before it since the token before: whitespace and the brackets
# ``_TOKEN`` skips ("[]{}<>", excluded from words and no punctuation token), the only characters
# it matches nothing at, for :func:`tokenize`.
_GAPPED_TOKEN = re.compile(r"([\s\[\]{}<>]*)(" + _TOKEN.pattern + ")")
_BLANK = object.__new__  # a token with its slots unset, filled by :func:`tokenize`
_WORD = operator.itemgetter(1)  # the word of a (gap, word) pair of ``_GAPPED_TOKEN``, read in C


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with absolute offsets.

    The text is searched in place (``_TOKEN`` has no anchor or lookaround, so a match does not
    depend on where the search starts or stops). One findall gives each token with the gap
    before it, and a token starts where the one before ended plus its gap: no match object is
    built (round sp3, issue 16: 13% faster than reading each token's offsets and text off its
    match object by ``map`` in C, round sc53, on the sentences of ``benchmarks/scale.py --days
    16``; the same tokens, as entities' ``tagger.tokenize`` finds its words since round sc38).
    Each token is built by its class's ``__init__`` (a slotted class since round sp26, as fast
    to build as the named tuple was by ``tuple.__new__``); the texts lose their joiners where the sentence has one, a mark
    typed twice is read once (``_DOUBLED_MARK``), a vowel typed as two signs as its one sign
    (``_TWO_SIGNS``, round nrm1), and a pronoun written without its nasal is
    respelt (``_RESPELT``).

    The tokens are built by one comprehension whose running offset moves by ``:=``: the first
    ``:=`` moves it past the gap to the token's start, the second past the word to its end, the
    same two sums the loop made in the same order (round sp14, issue 16: the loop's four lines a
    token were the largest single share of the stage's bytecode, 5% of its line events on the
    sentences of ``benchmarks/scale.py --days 16``)."""
    at = start
    if _ODD_CODE_POINTS.search(text, start, end):  # a joiner, nukta letter, pronoun, mark twice
        found = _GAPPED_TOKEN.findall(text, start, end)
        # the words rewritten by one translate of them all, joined by a space (no word holds
        # whitespace, and the table writes none, so the split gives each word's own rewrite,
        # an empty one included: round sp25, issue 16, where each word was translated alone)
        joined = " ".join(map(_WORD, found)).translate(_ZERO_WIDTH)
        once = _DOUBLED_MARK.sub(r"\1", joined)  # a mark typed twice read once
        plain = _TWO_SIGNS.sub(_one_sign, once).split(" ")  # "ा + े" read as ो
        respelt = _RESPELT.get
        return [
            Token((at := at + len(gap)), (at := at + len(word)), respelt(p, p))
            for (gap, word), p in zip(found, plain, strict=True)
        ]
    # each token made blank by ``object.__new__`` and its three slots stored by the loop
    # (``STORE_ATTR_SLOT``): no ``__init__`` frame a token (round sp27, issue 16; the fields are
    # ``Final`` to the type checker, which cannot see that these stores are the token's making)
    out: list[Token] = []
    add = out.append
    for gap, word in _GAPPED_TOKEN.findall(text, start, end):
        tok = _BLANK(Token)
        tok.start = at = at + len(gap)  # type: ignore[misc]
        tok.end = at = at + len(word)  # type: ignore[misc]
        tok.text = word  # type: ignore[misc]
        add(tok)
    return out


def sentences_of(article: Article) -> list[Sentence]:
    """The article's sentences from the "lang" stage, or a danda/full-stop split when it has none."""
    if article.sentences:
        return list(article.sentences)
    return [
        Sentence(m.start(), m.end(), 0)
        for m in _SENTENCE_END.finditer(article.text)
        if m.group().strip()
    ]


def actor_of(mention: Mention) -> str:
    """The actor a mention stands for: a metonym's referent, else its entity (or its text)."""
    if mention.reading == "metonym" and mention.metonym_for:
        return mention.metonym_for
    return mention.entity_id or f"text:{mention.canonical or mention.text}"


def place_of(mention: Mention) -> str:
    return mention.entity_id or f"text:{mention.canonical or mention.text}"


def _longest_first(m: Mention) -> tuple[int, int]:
    """The order :func:`_outermost` reads mentions in: by start, the longer first."""
    return (m.start, -(m.end - m.start))


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested inside a longer one (keep same-span duplicates: one NP, two people).

    Read in order of start, each kept mention starts at or before the one read, so the one read
    lies inside some kept one exactly when it ends at or before the furthest end kept: one
    comparison, not a scan of every kept mention (round sp9, issue 16)."""
    if len(mentions) < 2:
        return list(mentions)  # nothing to nest (round sp25, issue 16: 1,235 of 2,124 calls)
    out: list[Mention] = []
    reach = -1  # the furthest end of the mentions kept
    for m in sorted(mentions, key=_longest_first):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            if (m.start, m.end) == (out[-1].start, out[-1].end):
                out.append(m)
            continue
        if m.end <= reach:
            continue
        out.append(m)
        reach = max(reach, m.end)
    return out


def _past_particles(tokens: list[Token], k: int) -> int:
    """The index after the particles from ``k`` on ("के लिये भी": after "भी")."""
    while k < len(tokens) and tokens[k].text in PARTICLES:
        k += 1
    return k


def _read_marker(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The postposition starting at token ``i`` (particles skipped) and the index after it."""
    j = i
    while j < len(tokens) and tokens[j].text in PARTICLES:
        j += 1
    if (
        j + 1 < len(tokens)
        and tokens[j].text in _MARKER_2_FIRST  # before the pair's string is built (round sc47)
        and f"{tokens[j].text} {tokens[j + 1].text}" in MARKERS_2
    ):
        k = j + 2
        if tokens[j + 1].text in {"ओर", "तरफ"} and k < len(tokens) and tokens[k].text == "से":
            return "की ओर से", k + 1  # "प्रशासन की ओर/तरफ से": on behalf of, a passive's agent
        while k < len(tokens) and tokens[k].text in PARTICLES:
            k += 1
        return f"{tokens[j].text} {tokens[j + 1].text}", k
    if j + 1 < len(tokens) and (tokens[j].text, tokens[j + 1].text) == ("के", "लिये"):
        return "के लिए", _past_particles(tokens, j + 2)  # the older spelling, one postposition
    if j < len(tokens) and tokens[j].text in MARKERS_1:
        k = j + 1
        while k < len(tokens) and tokens[k].text in PARTICLES:
            k += 1
        return tokens[j].text, k
    return None, i


def _after_parenthesis(tokens: list[Token], i: int) -> int:
    """The index after an abbreviation in brackets that follows a name ("यूनियन पब्लिक सर्विस
    कमिशन (UPSC) ने": the postposition comes after it), or ``i`` when there is none; a ")" right
    at ``i`` closes a bracket the mention itself opened."""
    if i < len(tokens) and tokens[i].text == ")":
        return i + 1
    if i < len(tokens) and tokens[i].text == "(":
        for k in range(i + 1, min(i + 5, len(tokens))):
            if tokens[k].text == ")":
                return k + 1
    return i


def _units(tokens: list[Token], mentions: list[Mention], texts: frozenset[str]) -> list[Unit]:
    """The sentence's units: its outermost mentions (same-span ones in one unit), anaphors, each
    with its postposition, conjoined; ``texts``: the tokens' texts as a set."""
    if not mentions and _ANAPHOR_WORDS.isdisjoint(texts):
        return []  # nothing to group (round sc56: 2,090 of the 5,564 sentences of scale.py --days 16)
    units: list[Unit] = []
    # read in C (round sc50), and only for a sentence with a mention (round sc55)
    ends = [t.end for t in tokens] if mentions else []
    starts = [t.start for t in tokens] if mentions else []
    for m in _outermost(mentions):
        lo, hi = overlapping(ends, starts, m.start, m.end)
        if lo >= hi:
            continue
        if units and units[-1].mentions[0].start == m.start and units[-1].mentions[0].end == m.end:
            units[-1].mentions.append(m)  # same NP, second entity (role-only coordination)
            continue
        units.append(Unit([m], lo, hi - 1))
    # anaphors as units without mentions (a sentence without any of their words skips the loop)
    for i, tok in enumerate(tokens if not _ANAPHOR_WORDS.isdisjoint(texts) else ()):
        if tok.text in PRONOUNS:
            units.append(Unit([], i, i, anaphor=True))
        elif (
            tok.text in _PAIR_FIRST
            and i + 1 < len(tokens)
            and (tok.text, tokens[i + 1].text) in PAIR_ANAPHORS
        ):
            units.append(Unit([], i, i + 1, anaphor=True))
    units.sort(key=_FIRST)
    # a unit reaches past a bracket only where the sentence has one (round sp25, issue 16:
    # :func:`_after_parenthesis` moves nothing without a "(" or ")" token)
    bracketed = "(" in texts or ")" in texts
    # only a named unit without a postposition may take the next one in (:func:`_conjoin`,
    # which gives back the units it was given where none is such: round sp25, issue 16)
    free = False
    closed = not _CLOSER_WORDS.isdisjoint(texts)  # "'गो एयर' ने" (round rv39)
    for u in units:
        if bracketed and not u.anaphor:
            u.last = _after_parenthesis(tokens, u.last + 1) - 1
        after = past_closer(tokens, u.first, u.last + 1) if closed else u.last + 1
        u.marker, u.marker_end = _read_marker(tokens, after)
        if u.anaphor and tokens[u.first].text in PRONOUNS:
            u.marker, u.marker_end = "ने", u.last + 1
        free = free or (u.marker is None and not u.anaphor)
    units = _fold_short_forms(units)
    return _conjoin(tokens, units) if free else units


def _linked(unit: Unit) -> bool:
    """Whether a unit names a dictionary or knowledge-base actor (not only a name the tagger
    found and romanised, ``name:``/``doc:``)."""
    return any(actor_of(m).startswith(("kb:", "actor:")) for m in unit.mentions)


def _names_better(host: Unit, short: Unit) -> bool:
    """Whether the bracketed form names the party better than the words before it: linked where
    they are not, or a name where they are only a kind word the dictionary codes ("राष्ट्रीय
    कंपनी कानून अपीलीय न्यायाधिकरण (एनसीएलएटी)": the tagger took "अपीलीय न्यायाधिकरण", a tribunal;
    the bracket names which one)."""
    if not _linked(host) and _linked(short):
        return True
    # a kind word's dictionary actor is lower-case ("actor:tribunal", "actor:officials"), a
    # named body's is its name ("actor:Jharkhand Public Service Commission")
    kind_word = all(actor_of(m)[6:7].islower() for m in host.mentions if m.entity_id)
    kind_word = kind_word and all(actor_of(m).startswith("actor:") for m in host.mentions)
    return kind_word and any(m.kind == "name" for m in short.mentions)


def _fold_short_forms(units: list[Unit]) -> list[Unit]:
    """A name's short form in brackets is the name's own, not a second party: "राष्ट्रीय जांच
    एजेंसी (NIA) और केंद्रीय जांच ब्यूरो (CBI) ने", "भारत इलेक्ट्रॉनिक्स लिमिटेड (बीईएल) से". The
    name's unit already reaches past the bracket (:func:`_after_parenthesis`), so a unit inside
    it is the short form: it is dropped, and its mentions stand for the name where they name the
    party better (:func:`_names_better`: an unlinked "केंद्रीय जांच ब्यूरो" is the CBI its "(CBI)"
    names).
    Round ev187 (issue 13): kept as a unit of its own, the short form was a second actor
    ("SAARC", "SAARC"; "Bharat Electronics Limited", "BEL") or, marked ने as the name is,
    displaced the coordinated agent before it (NIA and CBI raiding: the CBI only)."""
    out: list[Unit] = []
    for u in units:
        host = out[-1] if out else None
        if (
            host is not None
            and not u.anaphor
            and not host.anaphor
            and host.first < u.first
            and u.last <= host.last
        ):
            if _names_better(host, u):
                host.mentions = u.mentions
            continue
        out.append(u)
    return out


def _conjoin(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """Merge "A और B ने" into one unit: A has no marker, the next token is a conjunction, and B
    follows within a short title prefix ("और चीन के राष्ट्रपति शी जिनपिंग ने")."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        cur = units[i]
        # apposition: "चीनी नेता शी जिनपिंग" (a description right before the name)
        while (
            i + 1 < len(units)
            and cur.marker is None
            and not cur.anaphor
            and not units[i + 1].anaphor
            and units[i + 1].first == cur.last + 1
            and _same_class(cur, units[i + 1])
            and {actor_of(m) for m in cur.mentions} >= {actor_of(m) for m in units[i + 1].mentions}
        ):
            nxt_unit = units[i + 1]
            cur = Unit(cur.mentions, cur.first, nxt_unit.last, nxt_unit.marker, nxt_unit.marker_end)
            i += 1
        while (
            cur.marker is None
            and not cur.anaphor
            and cur.last + 1 < len(tokens)
            and tokens[cur.last + 1].text in CONJUNCTIONS
        ):
            nxt = None
            for j in range(i + 1, len(units)):
                cand = units[j]
                if cand.first - (cur.last + 1) > 6 or cand.anaphor:
                    break
                if not _same_class(cur, cand):
                    continue  # a title before the name ("चीन के राष्ट्रपति"), keep looking
                if _dateline(tokens, cur, cand):
                    break  # "नयी दिल्ली, अंतरराष्ट्रीय मुक्केबाजी संघ (एआईबीए) ने"
                if cand.marker in {"के", "की", "का"} and any(
                    _same_class(cur, u) and 0 <= u.first - cand.marker_end <= 3
                    for u in units[j + 1 :]
                ):
                    continue  # "रूस के प्रेसिडेंट पुतिन": the possessor is a title, not the actor
                nxt = j
                break
            if nxt is None:
                break
            cand = units[nxt]
            cur = Unit(
                cur.mentions + cand.mentions, cur.first, cand.last, cand.marker, cand.marker_end
            )
            i = nxt
        out.append(cur)
        i += 1
    return out


def _dateline(tokens: list[Token], cur: Unit, nxt: Unit) -> bool:
    """A city before a comma and a body or person after it ("नयी दिल्ली, अंतरराष्ट्रीय टेबल टेनिस
    महासंघ (आईटीटीएफ) ने"): the news agency's dateline, no conjunct of the agent (round ev40,
    issue 13: 3 acts on corpus/hindi-covid-2020 outside the event gold had Delhi as a source).
    A list of places ("दिल्ली, मुंबई और कोलकाता में") still joins."""
    if tokens[cur.last + 1].text != "," or not cur.mentions or not nxt.mentions:
        return False
    city = all(m.type == "CITY" for m in cur.mentions)
    return city and all(m.type not in PLACE_TYPES for m in nxt.mentions)


def _same_class(a: Unit, b: Unit) -> bool:
    def cls(u: Unit) -> str:
        return "person" if u.mentions and u.mentions[0].type in {"PERSON", "GROUP"} else "other"

    return bool(a.mentions and b.mentions) and cls(a) == cls(b)


def near_sentences(
    article: Article, sentences: list[Sentence]
) -> list[tuple[list[Mention], list[Timex]]] | None:
    """For each sentence, the article's mentions and timexes that start inside it or at its end,
    in article order: a superset of what :func:`view` keeps, so that each sentence filters a few
    items instead of the whole article's (the filter was quadratic in article length). None when
    the sentences are not in order without overlap (then :func:`view` reads all)."""
    starts = list(map(_START_AT, sentences))  # read in C (round sp14)
    ends = list(map(_END_AT, sentences))
    if any(map(operator.gt, starts, ends)) or any(map(operator.gt, ends, starts[1:])):
        return None  # a sentence ending before its start, or one overlapping the next
    near: list[tuple[list[Mention], list[Timex]]] = [([], []) for _ in sentences]
    # each item goes to the sentences with start <= offset <= end: contiguous, ending at the
    # last start <= offset, read back from there (inline, no list of them per item: round sp14)
    for m in article.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        while i >= 0 and m.start <= ends[i]:
            near[i][0].append(m)
            i -= 1
    for t in article.timexes:
        i = bisect.bisect_right(starts, t.start) - 1
        while i >= 0 and t.start <= ends[i]:
            near[i][1].append(t)
            i -= 1
    return near


def view(
    article: Article,
    index: int,
    sentence: Sentence,
    actors: ActorContext | None = None,
    near: tuple[list[Mention], list[Timex]] | None = None,
    kept: dict[tuple[int, int], list[Token]] | None = None,
) -> SentenceView:
    """One sentence's tokens, units and timexes; with ``actors`` (the article's actor context,
    sentences in order) group and office words become coded actor mentions too. ``near`` is the
    sentence's entry of :func:`near_sentences` (the same view, fewer items to filter); ``kept``
    the entities stage's tokens of the article (:func:`khabar.wordtokens.take_sentence_tokens`),
    taken where they are this tokenizer's too (round sp19, issue 16: the same tokens)."""
    all_mentions, all_timexes = near if near is not None else (article.mentions, article.timexes)
    tokens = taken_tokens(kept, article.text, sentence.start, sentence.end) if kept else None
    if tokens is None:
        tokens = tokenize(article.text, sentence.start, sentence.end)
    glosses: list[tuple[int, int]] = []
    if article.text.find("(", sentence.start, sentence.end) >= 0:  # a bracket is its own token
        named = [
            m.start
            for m in all_mentions
            if sentence.start <= m.start < sentence.end and m.type in _NAME_TYPES
        ]
        tokens, glosses = drop_glosses(tokens, named)  # (round sc53: most sentences have none)
    mentions = [
        m
        for m in all_mentions
        if m.start >= sentence.start
        and m.end <= sentence.end
        and not (glosses and any(a <= m.start < b for a, b in glosses))  # most: no gloss
        and m.type in _UNIT_TYPES
        and m.kind != "adjectival"  # "चीनी राष्ट्रपति": a title's adjective, not an actor
    ]
    mentions = town_of_hospital(mentions, article.text)  # "रांची सदर अस्पताल": Ranchi's (round ev113)
    texts = [t.text for t in tokens]  # read once, for the actor words and the view (round sp9)
    coded: list[Mention] = []
    if actors is not None:
        enter_paragraph(actors, article.text, sentence.start)  # and the one before (ms1)
        coded = coded_mentions(tokens, mentions, actors, texts)
        # a coded group replaces an unlinked name over the same words ("बिहार सरकार" as ORG)
        if coded:  # (most sentences code none: nothing to replace)
            mentions = [
                m
                for m in mentions
                if (m.entity_id or "").startswith("kb:")
                or not any(c.start < m.end and m.start < c.end for c in coded)
            ] + coded
    timexes = [
        t
        for t in all_timexes
        if (
            t.sentence == index
            if t.sentence is not None
            else sentence.start <= t.start < sentence.end
        )
        and sentence.start <= t.start < sentence.end
    ]
    sv = SentenceView(index, sentence.start, sentence.end, tokens, [], timexes, texts)
    sv.units = _units(tokens, mentions, sv.words)  # the view's word set, not a second one
    sv.coded = bool(coded)
    return sv


_DATE_VALUE = re.compile(r"^\d{4}(-(\d\d|H[12]|Q[1-4]|W\d\d))?(-\d\d)?")


def is_date_value(value: str) -> bool:
    """A timex value usable as an event date (2026-02-04, 2026-01, 2026-H1, 2025), not a duration."""
    return bool(_DATE_VALUE.match(value))


def date_part(value: str) -> str:
    return value.split("T", 1)[0]


@dataclass
class DocContext:
    """What earlier sentences established, for anaphors: the last agent(s), pair and speaker."""

    last_agents: list[str] = field(default_factory=list)
    last_pair: list[str] = field(default_factory=list)
    last_speaker: Mention | None = None
    last_speaker_actor: str | None = None
    last_speaker_at: tuple[int, int] = (-1, -1)  # (sentence, end offset) naming last_speaker
    agents_sentence: int = -1  # the sentence that named last_agents (for dropped subjects)
    # where the last sentence that named or carried on (उन्होंने) last_agents ends: a paragraph
    # break after it ends a request's carried subject (round ev195)
    agents_end: int = -1
    # the last sentence whose ने-agent is a bare उन्होंने/उसने carrying last_agents on (ev58)
    carried_at: int = -1
    named_at: int = -1  # the last sentence whose ने-agent named actors (not "एक अधिकारी ने")
    ne_at: int = -1  # the last sentence with any ने-agent, named or not
    unnamed_at: int = -1  # the last sentence with a ने-agent that names no actor
    meetings: int = 0  # meeting events made so far (a meeting named as a setting: the first)
    # paragraphs (start offsets) that already gave an unnamed giver's concession: the items of
    # one list of relaxations are one announcement (round ev32, hindi.py)
    granted_in: set[int] = field(default_factory=set)
    actors: ActorContext = field(default_factory=ActorContext)
    # (the speaker, the last agents) when the last agents noted were named inside the speaker's
    # कि-clause ("किर्लोस्कर ने कहा कि … हमारी सरकार ने …"): while nobody else is noted, a later
    # "उन्होंने" is the speaker (round ev129, :func:`khabar.events.speakers.reported_clause`)
    reported_by: tuple[list[str], list[str]] | None = None
    # an interview's answerer (the speaker named before its first "सवाल:") and whether the text
    # is now inside an answer ("जवाब: …" up to the next question): its "मैं"/"हम" (round ev133)
    interviewee: list[str] = field(default_factory=list)
    answering: bool = False
    # the sentence of the last meeting's event and who held it (round ev133, meetings.py)
    met: tuple[int, list[str]] = (-1, [])
    # the sentence and source of the last demand, allegation or protest, for a stance held by a
    # pronoun ("इनकी मांग है कि", round rv28, :mod:`khabar.events.stance_holders`)
    stance_holders: tuple[int, list[str]] = (-1, [])

    def resolve(self, unit: Unit, tokens: list[Token]) -> list[str]:
        """Actors of an anaphoric unit (उन्होंने: the last agents; दोनों नेताओं: the last pair)."""
        if tokens[unit.first].text in PRONOUNS:
            if self.reported_by is not None and self.reported_by[1] == self.last_agents:
                return list(self.reported_by[0])
            return list(self.last_agents)
        return list(self.last_pair) if len(self.last_pair) >= 2 else []

    def note(self, actors: list[str]) -> None:
        uniq = list(dict.fromkeys(actors))
        if uniq:
            self.last_agents = uniq
        if len(uniq) >= 2:
            self.last_pair = uniq


def unit_actors(unit: Unit) -> list[str]:
    """The actors of a unit: an anaphor's resolved ones, else its mentions' (a new list: callers
    may change it)."""
    if unit.anaphor:
        return unit.actors
    if unit.named is None:
        unit.named = list(dict.fromkeys(map(actor_of, unit.mentions)))
    return list(unit.named)


def is_place(unit: Unit) -> bool:
    """A unit naming places ("चीन, ईरान, कोरिया": one unresolved name does not make it an actor).
    A loop: a generator made per unit cost more than the scan (round sp26, issue 16)."""
    for m in unit.mentions:  # noqa: SIM110
        if m.type in PLACE_TYPES and m.reading != "metonym":
            return True
    return False
