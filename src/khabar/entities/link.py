"""Turn recognised spans into linked, canonical mentions of one document.

Every mention resolves to a KB entry (``kb:<id>``), a full name the KB does not know
(``name:person:rms-cndr-tvr``, shared by every article and script that writes it), a
document-local entity for a lone unknown word (``doc:<article id>:<n>``) or, for an unnamed group,
a group id shared by all articles (``group:western-leaders``):

- a span the KB knows keeps its entry; several candidates are ranked by whether the entry already
  occurs in the document, then by role on the document date, then by size;
- an unknown span is tried against the KB's cross-script phonetic key (ट्रम्प, Putin), then
  against the document's own longer names, so "जिनपिंग" or "उशाकोव" joins the full name's entity;
- a capital or seat of government (``metonym_for`` in the KB) is marked ``reading="metonym"``
  unless a literal cue follows (बीजिंग दौरे, मॉस्को में);
- a role-only mention ("जर्मन चांसलर") links to the KB person holding that office on the
  article's date, marked ``inferred`` (no name is read off the text);
- a role stated before a person ("रूस के प्रेसिडेंट व्लादिमीर पुतिन", "पुतिन के विदेश मामलों के
  सलाहकार यूरी उशाकोव") is stored on that mention with its affiliation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import compress

from ..model import Mention
from .crffeatures import is_letter_name
from .kb import KB, KBEntry, alias_key
from .kbmatch import Cand, _title_at, _wordy
from .rules import LITERAL_CUES, NAME_CLOSERS, ORG_NAME_HEADS, with_article
from .tagger import GAZ_CLASS, Tok
from .translit import deva_key, latin_key

_TYPE_CLASS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# "पिछले साल का G20 शिखर सम्मेलन" is last year's edition, "अगले साल" next year's.
_LAST = frozenset(deva_key(w) for w in ["पिछले", "पिछली", "गत", "बीते", "last"])
_NEXT = frozenset(deva_key(w) for w in ["अगले", "अगली", "आगामी", "next"])
_YEAR_WORDS = frozenset(deva_key(w) for w in ["साल", "वर्ष", "बरस", "year", "year's"])
EDITION_WINDOW = 6  # words before a recurring event's name that may give its year


def name_id(type_: str, surface: str) -> str:
    """The id of a full name the KB does not know, the same in every article and script.

    "रमेश चंद्र तिवारी" and "Ramesh Chandra Tiwari" share the phonetic skeleton, so both become
    ``name:person:rms-cndr-tvr``: people are linked across articles by their full name,
    as a reader would. A single word ("तिवारी") is too ambiguous for that and stays document-local.
    """
    return f"name:{type_.lower()}:{name_skeleton(surface)}"


# name_skeleton's passes, compiled once (round sp7, issue 16: ``re.sub`` with a pattern string
# looks the pattern up in re's cache on every call)
_ASPIRATE_H = re.compile(r"(?<=[bcdgjkpst])h")
_VOWEL = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


# Bounded as ``latin_key`` is: a pure function of the surface, asked again for every mention of
# a name the KB does not know in every article, and by the stories' signatures (round sp7)
@lru_cache(maxsize=65536)
def name_skeleton(surface: str) -> str:
    """The consonants of a name's phonetic key, so that spellings differing only in vowels and
    aspiration meet: "लव अग्रवाल" (lav agraval) and "Lav Agarwal" (lav agarval) are ``lv-grvl``."""
    key = latin_key(surface)
    key = _ASPIRATE_H.sub("", key)
    key = _VOWEL.sub("", key)
    return _slug(_DOUBLED.sub(r"\1", key))


def group_id(label: str) -> str:
    """The id of an unnamed group, the same in every article ("group:western-leaders")."""
    return "group:" + _slug(label.lower())


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text).strip("-")


def edition_year(toks: Sequence[Tok], i: int, j: int, on: date | None) -> int | None:
    """The year of the edition a recurring-event mention at words [i, j) means.

    An explicit year next to the name wins ("2026 के APEC शिखर सम्मेलन", "G20 summit 2023"),
    then "last/next year" just before it, then the article's own year; None without any date.
    """
    lo = max(0, i - EDITION_WINDOW)
    for t in [*toks[lo:i], *toks[j : j + 2]]:
        if _YEAR.match(t.text):
            return int(t.text)
    if on is None:
        return None
    keys = [deva_key(t.text) for t in toks[lo:i]]
    for a, b in zip(keys, keys[1:], strict=False):
        if b in _YEAR_WORDS:
            if a in _LAST:
                return on.year - 1
            if a in _NEXT:
                return on.year + 1
    return on.year


# Round ner17: a person name the KB spells otherwise ("एंटोनियो गुटेरस" for its "एंटोनियो गुटेरेस",
# "हेमंत बिस्व शर्मा" for Himanta Biswa Sarma) has the same consonant skeleton (:func:`name_skeleton`).
# A full name (two or more words) of at least MIN_FULL_SKELETON consonants, or a KB short form
# (one word) of at least MIN_SHORT_SKELETON, links to the one KB person with that skeleton; shorter
# skeletons ("शाह", "राव") meet too many other names. Set by hand, checked on the 228 corpus day
# files outside the event gold (every changed link read).
MIN_FULL_SKELETON = 5
MIN_SHORT_SKELETON = 4
# A lone word shorter than this (an initial, "शी") never joins a full name in :meth:`relink_short`.
MIN_SHORT_NAME = 3


# The first vowels of two spellings of one word agree when equal or a pair Hindi writes for one
# foreign vowel (हेमंत/हिमंत, ओ/उ): "राहुल गुंडे" shares Rahul Gandhi's skeleton (rhl-gnd) but not
# his first vowel of the surname. By hand (round ner17).
_VOWEL_PAIRS = frozenset({("e", "i"), ("i", "e"), ("o", "u"), ("u", "o")})


def _first_vowels_agree(a: str, b: str) -> bool:
    """Whether each word of phonetic keys ``a`` and ``b`` has an agreeing first vowel."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        vx = next((ch for ch in x if ch in "aeiou"), "")
        vy = next((ch for ch in y if ch in "aeiou"), "")
        if vx != vy and (vx, vy) not in _VOWEL_PAIRS:
            return False
    return True


class _Skeletons:
    """KB persons by the consonant skeleton of their full names and of their short forms:
    skeleton -> [(entry id, the alias's phonetic key)]."""

    kb: KB | None = None
    full: dict[str, list[tuple[str, str]]] = {}
    short: dict[str, list[tuple[str, str]]] = {}

    @classmethod
    def of(cls, kb: KB) -> type[_Skeletons]:
        if cls.kb is not kb:
            full: dict[str, list[tuple[str, str]]] = defaultdict(list)
            short: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for entry in kb.entries.values():
                if entry.type != "PERSON":
                    continue
                for alias, kind in entry.aliases():
                    sk = name_skeleton(alias)
                    size = len(sk.replace("-", ""))
                    if kind == "name" and "-" in sk and size >= MIN_FULL_SKELETON:
                        full[sk].append((entry.id, latin_key(alias)))
                    elif kind == "short" and "-" not in sk and size >= MIN_SHORT_SKELETON:
                        short[sk].append((entry.id, latin_key(alias)))
            cls.kb, cls.full, cls.short = kb, dict(full), dict(short)
        return cls


def skeleton_person(kb: KB, surface: str) -> KBEntry | None:
    """The one KB person whose full name (or, for one word, short form) has the skeleton of
    ``surface`` and agreeing first vowels; None when none or several do."""
    sk = name_skeleton(surface)
    caches = _Skeletons.of(kb)
    key = latin_key(surface)
    ids = {eid for eid, alias in (caches.full if "-" in sk else caches.short).get(sk, [])
           if _first_vowels_agree(key, alias)}
    return kb.entries[next(iter(ids))] if len(ids) == 1 else None


class DocLinker:
    """Links the candidates of one article, sentence by sentence, keeping document state."""

    def __init__(self, kb: KB, article_id: str, on: date | None) -> None:
        self.kb = kb
        self.article_id = article_id
        self.on = on
        self.seen_kb: set[str] = set()
        self.local: dict[str, tuple[str, str, str]] = {}  # key -> (doc id, canonical, type)
        self.local_names: list[tuple[list[str], str]] = []  # word keys of full names -> id
        self.kb_surnames: dict[str, str] = {}  # last/first word of a KB person's name in doc
        self.counter = 0
        self.local_surnames: dict[str, tuple[str, str]] = {}  # last word -> (doc id, name)
        self.named: set[str] = set()  # KB ids named anywhere in the document (set by the stage)

    def pick(self, entries: Sequence[KBEntry]) -> KBEntry:
        if len(entries) == 1:
            return entries[0]  # the only one, whatever its rank (round sp10: most KB matches)

        def rank(e: KBEntry) -> tuple[int, int, int]:
            return (
                0 if e.id in self.seen_kb else 1,
                0 if e.roles_on(self.on) else 1,
                -e.population,
            )

        return sorted(entries, key=rank)[0]

    def _kb_mention(self, c: Cand, toks: Sequence[Tok], text: str, entry: KBEntry) -> Mention:
        self.seen_kb.add(entry.id)
        start, end = toks[c.i].start, toks[c.j - 1].end
        m = Mention(
            start,
            end,
            text[start:end],
            entry.type or c.type,
            entry.kb_id,
            entry.name,
            kind=c.kind,
            source=c.source,
            confidence=c.confidence,
        )
        if entry.recurring:
            year = edition_year(toks, c.i, c.j, self.on)
            if year is not None:
                m.canonical = f"{year} {entry.name}"
        if entry.type == "PERSON":
            words = [deva_key(t.text) for t in toks[c.i : c.j]]
            if len(words) > 1:
                for w in (words[0], words[-1]):
                    # An initial (बी, के, वी of "बी श्रीरामुलु") is no given name: swept alone it
                    # would take "ग्रुप बी" or a postposition for the person (round kb27).
                    if not is_letter_name(w):
                        self.kb_surnames.setdefault(w, entry.id)
        if entry.metonym_for and c.kind == "name":
            nxt = deva_key(toks[c.j].text) if c.j < len(toks) else ""
            if nxt not in LITERAL_CUES:
                target = self.kb.get(entry.metonym_for)
                m.reading = "metonym"
                m.metonym_for = target.kb_id if target else f"kb:{entry.metonym_for}"
        return m

    def link(self, c: Cand, toks: Sequence[Tok], text: str) -> list[Mention]:
        start, end = toks[c.i].start, toks[c.j - 1].end
        surface = text[start:end]
        if c.nests:
            return self._role_only(c, start, end, surface)
        if c.entries:
            return [self._kb_mention(c, toks, text, self.pick(c.entries))]
        words = [deva_key(t.text) for t in toks[c.i : c.j]]
        if c.type == "PERSON" and len(words) > 1 and words[-1] in ORG_NAME_HEADS:
            c = replace(c, type="ORGANIZATION")  # "हीरो मोटोकॉर्प", "अमेरिकन एयरलाइंस"
        # an unknown span: a doc-local short form, a KB spelling variant, or a new local entity
        if len(words) == 1 and words[0] in self.kb_surnames:
            entry = self.kb.entries[self.kb_surnames[words[0]]]
            return [self._kb_mention(c, toks, text, entry)]
        for phon in self.kb.phonetic.get(latin_key(surface), []):
            entry = self.kb.entries[phon]
            if _TYPE_CLASS.get(c.type) in (GAZ_CLASS.get(entry.type), None):
                return [self._kb_mention(c, toks, text, entry)]
        if c.type == "PERSON":
            found = skeleton_person(self.kb, surface)
            if found is not None:
                return [self._kb_mention(c, toks, text, found)]
        key = alias_key(surface)
        if key not in self.local and c.type == "PERSON" and len(words) > 1 and c.i > 0:
            earlier = self._joined_earlier(deva_key(toks[c.i - 1].text), words)
            if earlier is not None:
                self.local[key] = earlier
        if key not in self.local:
            for names, doc_id in self.local_names:
                if len(words) < len(names) and (
                    words == names[-len(words) :] or words == names[: len(words)]
                ):
                    self.local[key] = (doc_id, *self.local[" ".join(names)][1:])
                    break
            else:
                if len(words) > 1:
                    doc_id = name_id(c.type, surface)
                else:
                    self.counter += 1
                    doc_id = f"doc:{self.article_id}:{self.counter}"
                self.local[key] = (doc_id, surface, c.type)
                if c.type == "PERSON" and len(words) > 1:
                    self.local_surnames.setdefault(words[-1], (doc_id, surface))
                self.local_names.append((words, doc_id))
                self.local[" ".join(words)] = self.local[key]
        doc_id, canonical, joined = self.local[key]
        # A short form of an organisation's longer name ("टोयोटा किर्लोस्कर" of "... मोटर") is one too.
        type_ = joined if c.type == "PERSON" and joined == "ORGANIZATION" else c.type
        return [
            Mention(
                start,
                end,
                surface,
                type_,
                doc_id,
                canonical,
                kind=c.kind,
                source=c.source,
                confidence=c.confidence,
            )
        ]

    def local_entity(self, m: Mention) -> str:
        """The document-local id of a name the KB cannot resolve here (a generic body name of
        no country the article names, round ev180): one id for every such mention of it."""
        key = alias_key(m.text)
        if key not in self.local:
            self.counter += 1
            self.local[key] = (f"doc:{self.article_id}:{self.counter}", m.text, m.type)
        return self.local[key][0]

    def _joined_earlier(self, before: str, words: list[str]) -> tuple[str, str, str] | None:
        """The local entry of a full name the article wrote before with a word joined that is
        written apart here, the tagger leaving its first part out: "जिलाधिकारी कौशल राज शर्मा"
        tagged "राज शर्मा" after "जिलाधिकारी कौशलराज शर्मा" (AU-2020-MAR-23.txt) is that person,
        not a "Raj Sharma" of its own. Only where the word before the name and the name, read
        without spaces, are the earlier name read so (round ev146, issue 13: the unseen tuning
        set Uk's district magistrate, six acts)."""
        whole = before + "".join(words)
        for names, _ in self.local_names:
            if len(names) > 1 and "".join(names) == whole:
                return self.local.get(" ".join(names))
        return None

    def sweep_short_forms(
        self, toks: Sequence[Tok], text: str, covered: set[int],
        keys: Sequence[str] | None = None,
    ) -> list[Mention]:
        """Surnames of the document's people found nowhere else ("तिवारी ने" after the full name).

        Only a word directly followed by a case marker or punctuation counts, so a surname used
        as an ordinary word elsewhere is not taken. ``keys``: the words' :func:`deva_key`, when
        the caller has them.
        """
        out: list[Mention] = []
        if not (self.kb_surnames or self.local_surnames):
            return out  # no person named in the article yet (round sp10: no scan of its words)
        keys = keys if keys is not None else [deva_key(t.text) for t in toks]
        # Most words are no surname: the words that are one are found in C, and only they are
        # read (round sc56, issue 16: a Python loop over every word of every sentence before,
        # 102,671 words over scale.py --days 16, of which 29 are surnames left to read)
        surnames = set(compress(range(len(toks)), map(self.kb_surnames.__contains__, keys)))
        if self.local_surnames:
            surnames.update(
                compress(range(len(toks)), map(self.local_surnames.__contains__, keys))
            )
        for k in sorted(surnames - covered):
            t, key = toks[k], keys[k]
            nxt = keys[k + 1] if k + 1 < len(toks) else "."
            if nxt not in NAME_CLOSERS and _wordy(nxt):
                continue
            if key in self.kb_surnames:
                entry = self.kb.entries[self.kb_surnames[key]]
                entity_id, name, source, confidence = entry.kb_id, entry.name, "kb", 0.75
            else:
                entity_id, name = self.local_surnames[key]
                source, confidence = "crf", 0.65
            out.append(Mention(t.start, t.end, t.text, "PERSON", entity_id, name, source=source,
                               confidence=confidence))
        return out

    def relink_short(self, mentions: Sequence[Mention]) -> None:
        """A lone word taken for a document-local person before the article gives the full name
        ("जॉनसन ने ..." in a headline, "बोरिस जॉनसन" in the body) is that person: relinked in place
        when exactly one person of the article has it as a KB person's first or last word, or
        as the last word of a full name the KB does not know."""
        owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for m in mentions:
            if m.type != "PERSON" or not m.entity_id or m.entity_id.startswith("doc:"):
                continue
            words = [deva_key(w) for w in m.text.split()]
            if len(words) > 1 and m.kind == "name":
                # A KB person by given name or surname ("सोनिया", "ठाकरे"); an unknown full name
                # by its surname only ("युवती बिजटी" is the tagger's, not a given name + surname).
                for w in {words[0], words[-1]} if m.entity_id.startswith("kb:") else {words[-1]}:
                    owners[w].add((m.entity_id, m.canonical or m.text))
        remap: dict[str, tuple[str, str]] = {}
        for m in mentions:
            if m.type != "PERSON" or not m.entity_id or not m.entity_id.startswith("doc:"):
                continue
            key = deva_key(m.text)
            found = owners.get(key, set())
            if len(key) >= MIN_SHORT_NAME and len({e for e, _ in found}) == 1:
                remap[m.entity_id] = min(found)
        for m in mentions:
            if m.entity_id in remap:
                m.entity_id, m.canonical = remap[m.entity_id]

    def _role_only(self, c: Cand, start: int, end: int, surface: str) -> list[Mention]:
        if c.type == "GROUP":
            return [
                Mention(
                    start,
                    end,
                    surface,
                    "GROUP",
                    group_id(str(c.label)),
                    c.label,
                    kind=c.kind,
                    source=c.source,
                    confidence=c.confidence,
                )
            ]
        out = []
        for place in c.role_of:
            label = f"{c.role_title} of {with_article(place.name)}"
            holders = self.kb.holders(str(c.role_title), place.id, self.on) if self.on else []
            # One certain holder: an inferred link, "descriptive" when the article also names
            # that person, else "role_only"; several or none: the office stays unlinked.
            holder = holders[0] if len(holders) == 1 else None
            named = holder is not None and holder.id in self.named
            out.append(
                Mention(
                    start,
                    end,
                    surface,
                    "PERSON",
                    holder.kb_id if holder else None,
                    holder.name if named and holder else label,
                    kind="descriptive" if named else "role_only",
                    inferred=holder is not None,
                    role=c.role_title,
                    affiliation=place.name,
                    source="rule",
                    confidence=c.confidence,
                )
            )
        return out

    def attach_role(
        self, m: Mention, c: Cand, toks: Sequence[Tok], by_word: dict[int, Mention]
    ) -> None:
        """Read "<place|person> के <title> NAME" or "<adjective> <title> NAME" before a person."""
        if m.type != "PERSON" or c.kind != "name":
            return
        found = _title_at(toks, self.kb, c.i)
        if not found:
            return
        first, title = found
        m.role = title
        owner = (
            by_word.get(first - 2)
            if first >= 2 and deva_key(toks[first - 1].text) == deva_key("के")
            else by_word.get(first - 1)
        )
        if owner is not None and owner.entity_id != m.entity_id:
            m.affiliation = owner.canonical
        elif m.entity_id and m.entity_id.startswith("kb:"):
            entry = self.kb.get(m.entity_id)
            country = self.kb.get(entry.country) if entry and entry.country else None
            m.affiliation = country.name if country else None
