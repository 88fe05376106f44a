"""Match a sentence's words against the knowledge base's aliases: the KB's evidence for
:mod:`.recognize`.

It exists apart from the rules and the tagger because its lookups are the hot path of the
entities stage (every n-gram of every sentence, twice per article) and keep caches per KB
(:class:`_KBCaches`); the candidate type :class:`Cand` that all evidence shares lives here, as
do the reconciliations of KB short forms and initials with the tagger's person spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import Any, cast

from .kb import KB, KBEntry, alias_key
from .structure import initials_before, surname_after_middle_initial
from .tagger import TOK_TEXT, Tok
from .translit import deva_key, is_devanagari

MAX_ALIAS_WORDS = 6
# Widest gap between two words of one alias match, in characters: a spaced dash (" - ", which
# the tokenizer drops) still joins "जम्मू - कश्मीर"; a longer gap is a break in the text.
MAX_ALIAS_GAP = 3
# A visarga glued to a heading's last word stands for a colon ("जम्मू-कश्मीरः शोपियां में ..."):
# the alias is looked up without it (the mention's span still covers the whole word).
VISARGA_COLON = "\u0903"
# Names of events and documents contain names of other entities (रूस-यूक्रेन युद्ध, संयुक्त राष्ट्र
# चार्टर); those inner names are mentions too.
NESTING_TYPES = frozenset({"EVENT_NAME", "DOCUMENT"})


@dataclass(slots=True)
class Cand:
    """A candidate mention over word indexes ``[i, j)`` of a sentence. With slots (round sp15,
    issue 16): thousands are made and dropped per article, and a slotted one is built without an
    instance dictionary (the same fields, values and equality)."""

    i: int
    j: int
    type: str
    source: str
    kind: str = "name"
    entries: list[KBEntry] = field(default_factory=list)
    confidence: float = 1.0
    role_title: str | None = None  # for role_only: the English title
    role_of: list[KBEntry] = field(default_factory=list)  # for role_only: the places
    label: str | None = None  # canonical name of a group / role-only mention
    short: bool = False  # a KB match through a short form (a given name or surname alone)

    @property
    def nests(self) -> bool:
        """Role-only offices and unnamed groups may overlap names (जर्मन in जर्मन चांसलर)."""
        return self.kind == "role_only" or self.type == "GROUP"


_ALNUM = re.compile(r"[^\W_]")  # exactly the characters ``str.isalnum`` accepts


def _wordy(word: str) -> bool:
    """A word, not punctuation (Devanagari vowel signs are not ``isalnum``)."""
    return _ALNUM.search(word) is not None


def _latin_ok(surface: str, entry: KBEntry) -> bool:
    """A Latin surface matches an alias case-exactly, or case-blind where the alias is no acronym.

    "us" and "Us" are English words, not the US; "Who" is not the WHO.
    """
    for alias, _ in entry.aliases():
        if alias == surface or (
            not alias.isupper() and not surface.islower() and alias.casefold() == surface.casefold()
        ):
            return True
    return False


# What an n-gram's surface finds in the KB: (kind, entries of that kind, type, confidence), or
# None. It depends on the surface and the KB only, and an article asks for the same n-grams in
# its first pass, in its second and in every sentence that repeats a name, so it is kept per KB
# (bounded, as the key caches of :mod:`.translit` are).
_Hit = tuple[str, list[KBEntry], str, float] | None
MAX_CACHED_SURFACES = 65536
_UNSEEN: Any = object()  # no hit kept for a surface yet (a kept hit may be None)


class _KBCaches:
    """Lookups of one KB, kept while the stage runs over that KB (a new KB starts afresh)."""

    kb: KB | None = None
    hits: dict[str, _Hit] = {}
    edges: dict[str, tuple[bool, bool]] = {}
    title_ends: dict[str, bool] = {}

    @classmethod
    def of(cls, kb: KB) -> type[_KBCaches]:
        if cls.kb is not kb:
            cls.kb, cls.hits, cls.edges, cls.title_ends = kb, {}, {}, {}
        return cls


def _surface_hit(kb: KB, surface: str) -> _Hit:
    cache = _KBCaches.of(kb).hits
    if surface in cache:
        return cache[surface]
    if len(cache) >= MAX_CACHED_SURFACES:
        cache.clear()
    hit: _Hit = None
    hits = kb.index.get(alias_key(surface))
    if hits:
        entries = [(kb.entries[eid], kind) for eid, kind in hits]
        if not is_devanagari(surface):
            entries = [(e, k) for e, k in entries if _latin_ok(surface, e)]
        if entries:
            kinds = {k for _, k in entries}
            kind = "name" if "name" in kinds else "short" if "short" in kinds else sorted(kinds)[0]
            chosen = [e for e, k in entries if k == kind]
            conf = 0.95 if kind in ("name", "adjectival", "demonym") else 0.85
            hit = (kind, chosen, chosen[0].type or "LOCATION", conf)
    cache[surface] = hit
    return hit


def _may_start_alias(kb: KB, word: str) -> bool:
    """Whether an n-gram starting with ``word`` can hit: its first word starts some alias key
    (both key forms: a Latin word inside a Devanagari n-gram is keyed the Devanagari way)."""
    return (
        deva_key(word).split(" ", 1)[0] in kb.first_words
        or alias_key(word).split(" ", 1)[0] in kb.first_words
    )


def _may_end_alias(kb: KB, word: str) -> bool:
    """Whether an n-gram ending with ``word`` can hit: its last word ends some alias key.

    The key of an n-gram is folded word by word (no fold reaches across the space between two
    words), so its last word is the last word of the last word's own key, in the key form of
    the whole n-gram: Devanagari when any of its words is, else Latin; both are asked, as in
    :func:`_may_start_alias`. Most n-grams end in an ordinary word, and skipping them saves
    building and folding a surface that cannot be in the KB (the same candidates, faster)."""
    last = word.removesuffix(VISARGA_COLON)
    return (
        deva_key(last).rsplit(" ", 1)[-1] in kb.last_words
        or alias_key(last).rsplit(" ", 1)[-1] in kb.last_words
    )


_STARTS = itemgetter(0)  # of a word's alias edges: whether it may start an alias
_ENDS = itemgetter(1)  # and whether it may end one


def _alias_edges(kb: KB, word: str) -> tuple[bool, bool]:
    """Whether ``word`` may start, and whether it may end, a KB n-gram (punctuation does
    neither); kept per word, so a sentence asks one dict per word for both."""
    cache = _KBCaches.of(kb).edges
    found = cache.get(word)
    if found is None:
        if len(cache) >= MAX_CACHED_SURFACES:
            cache.clear()
        wordy = _wordy(word)
        found = cache[word] = (wordy and _may_start_alias(kb, word),
                               wordy and _may_end_alias(kb, word))
    return found


def _may_end_title(kb: KB, word: str) -> bool:
    """Whether ``word`` ends some title form (asked for every word of every sentence)."""
    cache = _KBCaches.of(kb).title_ends
    found = cache.get(word)
    if found is None:
        if len(cache) >= MAX_CACHED_SURFACES:
            cache.clear()
        found = cache[word] = alias_key(word).rsplit(" ", 1)[-1] in kb.title_last_words
    return found


def kb_candidates(toks: Sequence[Tok], kb: KB, full_text_names: set[str]) -> list[Cand]:
    """Longest KB alias matches. Very short person short-forms (शी, Xi) need the full name nearby."""
    return _kb_candidates(toks, kb, full_text_names)[0]


def _kb_candidates(
    toks: Sequence[Tok], kb: KB, full_text_names: set[str]
) -> tuple[list[Cand], bool]:
    """:func:`kb_candidates`, and whether ``full_text_names`` was consulted (a very short form
    was found): when it was not, any other set of names gives the same candidates."""
    out: list[Cand] = []
    asked = False
    n = len(toks)
    nest_end = 0
    texts = [t.text for t in toks]
    # each word's edges from the cache in C, the few new words' then (round sc50, issue 16; the
    # same pairs: a word's edges are a pure function of it and the KB)
    caches = _KBCaches.of(kb)
    cached = list(map(caches.edges.get, texts))
    if None in cached:
        # only the new words' places are visited (found in C; round sp15: a comprehension over
        # every word of the sentence before, most sentences of a fresh article have a new word)
        for k in compress(range(n), map(is_, cached, repeat(None))):
            cached[k] = _alias_edges(kb, texts[k])
    edges = cast("list[tuple[bool, bool]]", cached)
    starts = list(compress(range(n), map(_STARTS, edges)))
    if not starts:
        return out, asked  # no word may start an alias (40% of the sentences)
    # Only a word that may start an alias opens n-grams (visited in C). An n-gram [i, j) is
    # broken by a gap wider than MAX_ALIAS_GAP between two of its words: ``reach`` is the largest
    # j that is not, found for each start within MAX_ALIAS_WORDS (round sc50: not for every word
    # of every sentence). An n-gram ends only where its last word may end an alias (round sp10):
    # round sp15 (issue 16) lists those ends once per sentence (in C) and looks for the gaps
    # only up to the farthest end within MAX_ALIAS_WORDS of the start: none for a start with no
    # end in reach (41% of the starts of the allowed --days 16 sample) or only its own word
    # (24%). The n-grams asked, and their order, are those of the search up to the full reach.
    ends = list(compress(range(1, n + 1), map(_ENDS, edges)))
    for i in starts:
        lo = bisect_right(ends, i)
        hi = bisect_right(ends, min(n, i + MAX_ALIAS_WORDS), lo)
        if lo == hi:
            continue  # no word within reach may end an alias
        last = ends[hi - 1]
        reach = i + 1
        while reach < last and toks[reach].start - toks[reach - 1].end <= MAX_ALIAS_GAP:
            reach += 1
        # longest first
        for j in reversed(ends[lo:bisect_right(ends, reach, lo, hi)]):
            surface = " ".join(texts[i:j]).removesuffix(VISARGA_COLON)
            # the kept hit read here, a call only for a new surface (round sp7, issue 16: one
            # Python call fewer for each of the n-grams of every sentence)
            hit = caches.hits.get(surface, _UNSEEN)
            if hit is _UNSEEN:
                hit = _surface_hit(kb, surface)
            if hit is None:
                continue
            kind, chosen, etype, confidence = hit
            if kind == "short" and len(surface) <= 2 and not _latin_surname(kb, toks, i, j):
                asked = True
                if not any(e.id in full_text_names for e in chosen):
                    continue
            if etype in NESTING_TYPES:
                if i < nest_end:
                    continue  # "यूक्रेन युद्ध" inside "रूस-यूक्रेन युद्ध"
                nest_end = j
            out.append(
                Cand(i, j, etype, "kb", "name" if kind == "short" else kind, list(chosen), confidence,
                     short=kind == "short")
            )
            if etype not in NESTING_TYPES:
                break
    return out, asked


def _latin_surname(kb: KB, toks: Sequence[Tok], i: int, j: int) -> bool:
    """A two-letter KB short form written as an English surname ("Xi": a capital, then small
    letters) names its person alone, as "Putin" or "Modi" does: English copy writes a world
    leader by surname only with no full name anywhere (round en20, issue 13). Not inside a
    longer name: a capitalised word right after it ("Xi Mingze"), or one before it that is no
    title or honorific ("Li Xi"; a sentence's opening function word, "But Xi", is none), unless
    that word is another KB name ("Xi-Putin", "Putin-Xi": the tokens drop the hyphen). The
    Devanagari form (शी) and other cases ("XI" a team or a numeral, "xi" a letter) still need the
    full name nearby. "Xi" is the KB's only such form."""
    surface = toks[i].text
    if j != i + 1 or not (surface.isascii() and surface[:1].isupper() and surface[1:].islower()):
        return False
    after = toks[j].text if j < len(toks) and toks[j].start - toks[i].end <= 1 else ""
    if after[:1].isupper() and not _alias_edges(kb, after)[0]:
        return False
    if i == 0 or toks[i].start - toks[i - 1].end > 1 or not toks[i - 1].text[:1].isupper():
        return True
    before = toks[i - 1].text
    return (before in _BEFORE_SURNAME or (i == 1 and len(before) > 3)
            or _alias_edges(kb, before)[1])


# Capitalised words that may stand right before a surname alone: honorifics, titles the KB
# does not list, a sentence's opening conjunction or adverb (by hand, round en20).
_BEFORE_SURNAME = frozenset([
    "Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Mister", "President", "Premier", "Chairman", "Leader",
    "But", "And", "So", "Yet", "Now", "Then", "As", "If", "When", "While", "Did", "Has", "Had",
    "Will", "Would", "Can", "Could", "Should", "Is", "Was",
])


def _title_at(toks: Sequence[Tok], kb: KB, j: int, max_words: int = 4) -> tuple[int, str] | None:
    """A title phrase ending just before word ``j``: (first word index, English title)."""
    if j == 0 or not _may_end_title(kb, toks[j - 1].text):
        return None
    for n in range(min(max_words, j), 0, -1):
        title = kb.title_of(" ".join(map(TOK_TEXT, toks[j - n : j])))  # read in C (round sp10)
        if title:
            return j - n, title
    return None



# Spellings of one foreign name vary in aspiration (घेब्रेयेसस/गेब्रेयेसस) and the first vowel
# (इमैनुएल/एमैनुएल): a word's head letter, folded so. Read off the 2020 corpus day files.
_HEAD_FOLD = str.maketrans("खघछझठढथधफभआइईउऊएऐओऔ", "कगचजटडतदपबअअअअअअअअअ")


def _head(word: str) -> str:
    return word[:1].translate(_HEAD_FOLD)


# Round ner17: words of thanks and greeting before a name ("थैंक्यू मोदी" as a headline, a
# slogan): never a given name (जय, लव are names too: left out), so a tagger span of them and a KB
# short form is no other person. By hand, from Hindi news phrasing of 2020 (corpus day files
# outside the event gold).
SALUTATIONS = frozenset(
    deva_key(w)
    for w in ["थैंक्यू", "थैंक", "थैंक्स", "थैंकयू", "शुक्रिया", "धन्यवाद", "हैलो", "हेलो", "सॉरी",
              "वेलकम", "नमस्ते", "नमस्कार", "गुड", "जिंदाबाद", "मुर्दाबाद", "वाह"]
)


def _short_forms_in_names(kbc: list[Cand], crf: Sequence[Cand], keys: Sequence[str]) -> list[Cand]:
    """A KB short form (a given name or surname alone: तेजस्वी, लालू) inside a longer tagger
    person that reads as another full name ("तेजस्वी सूर्या", "लालू राम": the given name, then
    more words; "… <surname>": words, then the surname) is that other person, not the KB person:
    the KB match yields to the tagger span. Not when the span's other words are punctuation or
    other KB names ("शी-पुतिन" are two people), nor a surname followed by more words ("पुतिन
    बाइलेटरल" is the tagger overreaching). When the span's other words begin as the entry's other
    name words do ("लालू प्रसाद", "डोनल्ड ट्रंप"), the span is that KB person."""
    if not crf or not any(c.short for c in kbc):
        return kbc  # most sentences: asked first, it spares the rest
    known = {k for c in kbc for k in range(c.i, c.j)}
    out = []
    for c in kbc:
        if not c.short or c.type != "PERSON":
            out.append(c)
            continue
        names = [[deva_key(w) for w in name.split()] for e in c.entries for name in e.hi]
        given = any(ws[0] == keys[c.i] for ws in names if len(ws) > 1)
        surname = any(ws[-1] == keys[c.j - 1] for ws in names if len(ws) > 1)
        span = next(
            (k for k in crf
             if k.type == "PERSON" and k.i <= c.i and c.j <= k.j and k.j - k.i > c.j - c.i
             and ((given and k.j > c.j) or (surname and k.i < c.i))
             and all(_wordy(keys[x]) and x not in known and keys[x] not in SALUTATIONS
                     for x in range(k.i, k.j) if not c.i <= x < c.j)),
            None,
        )
        if span is None:
            out.append(c)
            continue
        # A given name reads with the words after it, a surname with those before it; the
        # tagger's other words ("जनरल" of डायरेक्टर जनरल before टेड्रोस …) are not weighed.
        lo, hi = (c.i, span.j) if given and span.j > c.j else (span.i, c.j)
        # The span's other words begin as the entry's other name words do ("डोनल्ड ट्रंप",
        # "जे पी नड्डा": a spelling variant or initials of the KB person's full name): the span
        # is that KB person. Else ("सुशील मोदी", "ममता शर्मा") it is someone else.
        for e in c.entries:
            heads = {_head(deva_key(w)) for name in e.hi for w in name.split()
                     if deva_key(w) != keys[c.i]}
            if all(_head(keys[x]) in heads for x in range(lo, hi) if not c.i <= x < c.j):
                out.append(replace(c, i=lo, j=hi, entries=[e], short=False))
                break
    return out


def _with_initials(c: Cand, toks: Sequence[Tok], keys: Sequence[str]) -> Cand:
    """A KB person with the initials written before it ("जे . पी . नड्डा" is Nadda whole, his
    initials split from their dots where no alias has them): the same person, over the whole name.
    The tagger's own person spans get them in :func:`.recognize.crf_candidates` (round ner14)."""
    if c.kind != "name" or c.type != "PERSON":
        return c
    i = initials_before(keys, toks, c.i)
    j = _surname_after_initial(c, toks, keys)
    return replace(c, i=i, j=j) if i < c.i or j > c.j else c


def _surname_after_initial(c: Cand, toks: Sequence[Tok], keys: Sequence[str]) -> int:
    """End of a KB person's name that runs on over a middle initial with its stop to a word of
    the same entry's Hindi names, a name's later word ("टेड्रोस ए. गेब्रेयेसस": the alias "टेड्रोस", then "ए .", then
    his surname); ``c.j`` when no such word follows. Round ev159 (issue 13): once the sentence
    splitter stopped cutting at the initial's stop, the surname stood alone before ने and the
    agent was lost to the organisation named before him."""
    j = surname_after_middle_initial(toks, keys, c.i, c.j, frozenset())
    if j == c.j:
        return j
    # begins as a word of the entry's names does, as :func:`_short_forms_in_names` reads a
    # spelling variant ("गेब्रेयेसस" of the KB's "घेब्रेयेसस")
    heads = {_head(deva_key(w)) for e in c.entries for name in e.hi for w in name.split()[1:]}
    return j if _head(keys[j - 1]) in heads else c.j
