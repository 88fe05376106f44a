"""Find entity mentions in one sentence by combining three kinds of evidence.

1. The knowledge base: longest alias match over the sentence's words (both scripts, spelling
   folded), so known actors, adjectives (रूसी) and demonyms (रूसियों) are found with their entry.
2. High-precision rules: a title followed by an unknown name ("सलाहकार यूरी उशाकोव ने"), Latin
   acronyms inside Hindi text (NATO), role-only offices ("जर्मन चांसलर", "ब्रिटिश और कनाडाई
   प्रधानमंत्रियों"), leader descriptions ("रूसी नेता ने", "क्रेमलिन के नेता ने") and unnamed
   groups ("पश्चिमी देश", "यूरोपीय नेता").
3. The trained CRF tagger (:mod:`.tagger`) for names the KB does not know.

KB matches win over rules, rules over the CRF, where spans overlap; role-only and group mentions
may nest over names (जर्मन inside जर्मन चांसलर), as the gold conventions allow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .kb import KB, KBEntry, alias_key
from .kbprior import descriptive
from .structure import (
    GIVEN_NAME_TITLES,
    HYPHENS,
    LIST_JOINERS,
    ORG_HEADS,
    PLACE_HEADS,
    RESIDENT,
    before_passive_kar,
    bracketed_acronyms,
    campus_spans,
    common_plural,
    coordinated_start,
    hyphened_start,
    initials_before,
    joined_tail,
    list_agreement,
    names_after_titles,
    office_alone,
    office_of_place,
    only_initials,
    org_head_spans,
    plural_head,
    split_org,
    surname_after_initials,
    trim_person,
    trim_verbs,
)
from .tagger import (
    HONORIFIC_BEFORE,
    Tok,
    acronym_is_ordinary,
    gazetteer,
    is_ordinary_word,
    spans_from_bio,
    tag_with,
)
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
# Words that end a title+name span or can never be part of a name.
STOP = frozenset(
    deva_key(w)
    for w in [
        "ने",
        "के",
        "की",
        "का",
        "को",
        "में",
        "से",
        "पर",
        "तक",
        "और",
        "व",
        "एवं",
        "भी",
        "ही",
        "तो",
        "कि",
        "यह",
        "वह",
        "ये",
        "वे",
        "इस",
        "उस",
        "एक",
        "जो",
        "साथ",
        "बाद",
        "पहले",
        "लिए",
        "द्वारा",
        "बीच",
        "कहा",
        "बताया",
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "हो",
        "गया",
        "गई",
        "गए",
        "कर",
        "करने",
        "रहे",
        "रहा",
        "रही",
        "वाले",
        "नहीं",
        "अपने",
        "अपनी",
        "उनके",
        "उनकी",
        "उन्होंने",
        "श्री",
        # Round ner16 (issue 17): the weekdays of data/time/hi.yaml, which training never has
        # (neither IL-NER train nor HiNER's training half has a news date line), so the title
        # rules took them as the name after a title ("अधिकारी सोमवार से", "खान मंगलवार को"): 9
        # such persons on the COVID corpus's day files, every one wrong (counted, not tuned).
        "सोमवार",
        "मंगलवार",
        "बुधवार",
        "गुरुवार",
        "गुरूवार",
        "बृहस्पतिवार",
        "वीरवार",
        "शुक्रवार",
        "शनिवार",
        "रविवार",
        "इतवार",
    ]
)
# A title + name span must be closed by one of these (a case marker after a name, or a comma).
NAME_CLOSERS = frozenset(deva_key(w) for w in ["ने", "के", "की", "का", "को", "से", "और", "ने,"])
# Round ner16: suffixes of a name, never a name alone ("मार्टिन लूथर किंग जूनियर के": किंग is
# a KB title, so जूनियर was taken as the name after it, and the tagger keeps it once the title is
# trimmed). By hand.
NAME_SUFFIXES = frozenset(deva_key(w) for w in ["जूनियर", "सीनियर"])
# Words of scheme and programme names that follow a title (प्रधानमंत्री आवास योजना), never a name.
NOT_NAMES = frozenset(
    deva_key(w)
    for w in [
        "योजना",
        "कार्यक्रम",
        "अभियान",
        "मिशन",
        "निधि",
        "कोष",
        "हेल्प",
        "लाइन",
        "हेल्पलाइन",
        "फाउंडेशन",
        "पुरस्कार",
        "आवास",
        "सम्मान",
        "महोदय",
        "जी",
        "पद",
        "कार्यालय",
        "आवास",
        "निवास",
        "सचिवालय",
        "परिषद",
        "मंडल",
    ]
) | NAME_SUFFIXES
# A capital or seat of government is read literally (the city) before these words, as the
# stand-in for its state otherwise ("मॉस्को ने कहा", "मॉस्को और बीजिंग के बीच").
LITERAL_CUES = frozenset(
    deva_key(w)
    for w in [
        "में",
        "दौरे",
        "दौरा",
        "यात्रा",
        "पहुंचे",
        "पहुंची",
        "पहुंचा",
        "स्थित",
        "आए",
        "गए",
        "लौटे",
        "शहर",
        "हवाई",
        "in",
        "visit",
    ]
)
GROUP_HEADS = frozenset(deva_key(w) for w in ["देश", "देशों", "नेता", "नेताओं", "लीडर्स", "लीडर्स", "नेतृत्व"])
GROUP_MODIFIERS = {
    deva_key("पश्चिमी"): "Western",
    deva_key("वेस्टर्न"): "Western",
    deva_key("यूरोपीय"): "European",
    deva_key("यूरोपियन"): "European",
    deva_key("अरब"): "Arab",
    deva_key("खाड़ी"): "Gulf",
}
# "<state> नेता" is the state's leader only in an oblique case: the plural oblique is नेताओं, so
# "रूसी नेता ने" is one person while a bare "रूसी नेता" may be many ("यूरोपीय नेता ... डाल रहे हैं").
LEADER_HEADS = frozenset(deva_key(w) for w in ["नेता", "नेतृत्व"])
ENGLISH_LEADER_HEADS = frozenset(["leader", "leader's"])
LEADER_CASES = frozenset(deva_key(w) for w in ["ने", "के", "की", "का", "को", "से", "पर"])
# Before the description these make it some other politician ("एक रूसी नेता", "पूर्व चीनी नेता").
LEADER_BLOCKERS = frozenset(
    deva_key(w)
    for w in [
        "एक",
        "किसी",
        "कोई",
        "कई",
        "कुछ",
        "सभी",
        "तमाम",
        "अन्य",
        "दूसरे",
        "पूर्व",
        "तत्कालीन",
        "वरिष्ठ",
        "विपक्षी",
        "स्थानीय",
        "इस",
        "उस",
    ]
)
# "<state> के (कई) (करीबी) सहयोगी": the unnamed partners of a state or alliance are one group
# ("अमेरिका के कई करीबी सहयोगी"). The state inside stays a mention of its own.
PARTNER_HEADS = frozenset(
    deva_key(w)
    for w in ["सहयोगी", "सहयोगियों", "साझेदार", "साझेदारों", "पार्टनर", "पार्टनर्स", "मित्रों",
              "मित्र", "दोस्तों", "allies", "partners"]
)
PARTNER_QUANTIFIERS = frozenset(
    deva_key(w) for w in ["कई", "अनेक", "सभी", "तमाम", "कुछ", "प्रमुख", "अपने", "पुराने", "दो", "तीन"]
)
PARTNER_CLOSE = frozenset(deva_key(w) for w in ["करीबी", "क़रीबी", "नजदीकी", "नज़दीकी", "घनिष्ठ"])
PARTNER_OWNERS = frozenset({"COUNTRY", "REGION", "ORGANIZATION"})
# After the group these words introduce its named members ("चीन के सहयोगी देशों जैसे वेनेजुएला
# और ईरान"): the members are then the mentions, not an unnamed group.
ENUMERATORS = frozenset(deva_key(w) for w in ["जैसे", "यानी", "मसलन", "including"])
# A bare "पश्चिमी" is the West (its states) only before the words of international politics; it
# is a compass adjective elsewhere (पश्चिमी विक्षोभ, पश्चिमी उत्तर प्रदेश, पश्चिमी तट).
WEST = frozenset(deva_key(w) for w in ["पश्चिमी", "वेस्टर्न"])
WEST_HEADS = frozenset(
    deva_key(w)
    for w in ["प्रतिबंध", "प्रतिबंधों", "पाबंदियों", "पाबंदियां", "दबाव", "शक्तियों", "शक्तियां",
              "ताकतों", "ताकतें", "सहयोगियों", "गठबंधन", "मूल्यों", "लोकतंत्रों",
              "दुनिया", "जगत", "हथियारों", "राजनयिकों", "सरकारों", "सरकारें", "मीडिया", "खेमे"]
)
GOVERNMENT = deva_key("सरकार")
# After a legislature's name these make it the name of a constituency ("अजमेर लोक सभा निर्वाचन
# क्षेत्र", "दरभंगा लोकसभा क्षेत्र", "विधानसभा सीट"): no mention of the legislature itself.
CONSTITUENCY_WORDS = frozenset(deva_key(w) for w in ["क्षेत्र", "निर्वाचन", "सीट", "सीटों"])
# After a place's name these make it part of a programme's or statute's name ("स्वच्छ भारत
# अभियान", "डिजिटल इंडिया कार्यक्रम", "रोम संविधि"), no mention of the place: so IL-NER train
# tags 81 of its 96 such places (counted on train, not tuned).
PROGRAMME_HEADS = frozenset(
    deva_key(w)
    for w in ["अभियान", "मिशन", "योजना", "कार्यक्रम", "संविधि", "कन्वेंशन", "कंवेंशन"]
)
PLACE_TYPES = frozenset({"COUNTRY", "CITY", "REGION", "LOCATION"})
# Heads that make a name a country ("सेन्ट्रल अफ्रीकी रिपब्लिक", "डोमिनिकन गणराज्य", "यूनाइटेड
# किंगडम"), which the tagger reads as an organisation: IL-NER train and HiNER's training half tag
# 9 such names places and 1 an organisation (भारत गणराज्य). Counted on training, not tuned.
COUNTRY_HEADS = frozenset(deva_key(w) for w in ["गणराज्य", "रिपब्लिक", "किंगडम", "अमीरात", "गणतंत्र"])
ENGLISH_OF = deva_key("ऑफ")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_ROMAN = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")  # "अध्याय III": a numeral, not an organisation


def _abbreviation(toks: Sequence[Tok], i: int, kb: KB) -> bool:
    """A Latin acronym that abbreviates a thing, not an organisation: an office the KB knows by it
    (CM, PM: its ``titles``), one whose Devanagari spelling training has only outside names (PPE,
    FIR: :func:`.tagger.acronym_is_ordinary`), or one with a number joined to it ("COVID-19",
    "COVID19", "SARS-CoV-2": a disease's, virus's or model's code; the tokenizer drops the dash,
    so "CRPF 20 जवान", one space apart, reads the same and is lost). Over every day file of the
    2020 COVID corpus these remove 142 of the rule's organisations (COVID 103, PM 10, PPE 7, FIR
    4, CM 3, ICU 3, HIV 3 ...), one arguably an organisation (IPL of "IPL 2020"); read by hand,
    nothing tuned. IL-NER dev and the HiNER half have none of them."""
    t = toks[i]
    if acronym_is_ordinary(t.text) or alias_key(t.text) in kb.title_index:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start - t.end <= 1 and nxt.text[:1].isdigit():
        return True
    # Inside a run of English capitals ("PM IST", "ITR GST", "COV IND", "POLL Result": a time,
    # taxes, a code, a heading; 8 such in the corpus, none an organisation) the acronym is part
    # of an English phrase, which :func:`english_names` reads whole.
    prev = toks[i - 1] if i > 0 else None
    return any(x is not None and "A" <= x.text[:1] <= "Z" for x in (prev, nxt))


@dataclass
class Cand:
    """A candidate mention over word indexes ``[i, j)`` of a sentence."""

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
    out = []
    asked = False
    n = len(toks)
    nest_end = 0
    texts = [t.text for t in toks]
    known = _KBCaches.of(kb).edges
    edges = [known.get(w) or _alias_edges(kb, w) for w in texts]
    # An n-gram [i, j) is broken by a gap wider than MAX_ALIAS_GAP between two of its words:
    # ``reach[i]`` is the largest j that is not.
    reach = [n] * n
    for k in range(n - 2, -1, -1):
        reach[k] = k + 1 if toks[k + 1].start - toks[k].end > MAX_ALIAS_GAP else reach[k + 1]
    for i in range(n):
        if not edges[i][0]:
            continue
        for j in range(min(n, i + MAX_ALIAS_WORDS, reach[i]), i, -1):
            if not edges[j - 1][1]:
                continue
            surface = " ".join(texts[i:j]).removesuffix(VISARGA_COLON)
            hit = _surface_hit(kb, surface)
            if hit is None:
                continue
            kind, chosen, etype, confidence = hit
            if kind == "short" and len(surface) <= 2:
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


def _title_at(toks: Sequence[Tok], kb: KB, j: int, max_words: int = 4) -> tuple[int, str] | None:
    """A title phrase ending just before word ``j``: (first word index, English title)."""
    if j == 0 or not _may_end_title(kb, toks[j - 1].text):
        return None
    for n in range(min(max_words, j), 0, -1):
        title = kb.title_of(" ".join(t.text for t in toks[j - n : j]))
        if title:
            return j - n, title
    return None


def _name_after_title(
    toks: Sequence[Tok], keys: Sequence[str], kb: KB, j: int, covered: set[int]
) -> int:
    """End of an unknown name right after a title at word ``j`` (``j`` when there is none).

    Hindi: up to three words closed by a case marker or comma ("सलाहकार यूरी उशाकोव ने").
    English: up to three capitalised words ("Foreign Minister Ahmed Khan said").
    """
    n = len(toks)
    k = j
    if j < n and not is_devanagari(toks[j].text):
        while (
            k < n
            and k - j < 3
            and k not in covered
            and toks[k].text[:1].isupper()
            and toks[k].text.isalpha()
            and not _ACRONYM.match(toks[k].text)  # "PM IST" (a time), "PM CARES" (a fund)
            and not kb.title_of(toks[k].text)
        ):
            k += 1
        return k
    while (
        k < n
        and k - j < 3
        and keys[k] not in STOP
        and _wordy(toks[k].text)
        and k not in covered
        and is_devanagari(toks[k].text)
        and not kb.title_of(toks[k].text)
    ):
        k += 1
    closed = k < n and (keys[k] in NAME_CLOSERS or toks[k].text in ",;:")
    if not closed or any(keys[x] in NOT_NAMES for x in range(j, k)):
        return j
    # Common nouns after a title ("पूर्व परम्पराओं", "व्याख्यान"): words the training corpus
    # knows only outside names.
    if all(is_ordinary_word(keys[x]) for x in range(j, k)):
        return j
    # Nor a name that ends in a plural ("मुख्यमंत्री उच्च अधिकारियों के साथ", "पीएम आज राज्यों की").
    if common_plural(keys[k - 1]):
        return j
    return k


def leader_candidates(
    toks: Sequence[Tok], keys: Sequence[str], kb: KB, kb_cands: list[Cand]
) -> list[Cand]:
    """Unnamed state leaders: "<adjective> नेता", "<state|seat of government> के नेता".

    The mention is role-only over the state's leading office (:meth:`KB.leader_of`), so it is
    linked exactly as "जर्मन चांसलर" is: to the one certain office-holder on the article's date,
    marked inferred. "नेतृत्व" (leadership) counts only after an adjective ("चीनी नेतृत्व ने"): "<X>
    के नेतृत्व" is mostly "led by X". A party or a city is no state ("भाजपा के नेता" is not linked).
    """
    out: list[Cand] = []
    ending = {c.j: c for c in kb_cands if c.kind in ("name", "adjectival", "demonym")}
    n = len(toks)
    for h in range(1, n):
        if keys[h] in ENGLISH_LEADER_HEADS:
            # English: only the definite "the Russian leader", "the Kremlin leader('s)"; "a
            # Russian leader" or "Russian leaders" is somebody else.
            place = ending.get(h)
            if place is None or place.i == 0 or keys[place.i - 1] != "the":
                continue
        elif h + 1 >= n or keys[h] not in LEADER_HEADS or keys[h + 1] not in LEADER_CASES:
            continue
        if keys[h] == deva_key("नेतृत्व") and h + 2 < n and keys[h + 2] == deva_key("तहत"):
            continue  # "चीनी नेतृत्व के तहत": under the leadership, no actor
        place = ending.get(h)
        if place is None and keys[h - 1] == deva_key("के") and keys[h] == deva_key("नेता"):
            place = ending.get(h - 1)
            if place is not None and place.kind == "adjectival":
                place = None
        elif place is not None and place.kind == "demonym":
            place = None  # "रूसियों नेता" is no phrase; in "सऊदी नेता" a name is the adjective
        if place is None or not place.entries or keys[place.i] in GROUP_MODIFIERS:
            continue
        if place.i > 0 and keys[place.i - 1] in LEADER_BLOCKERS:
            continue
        found = kb.leader_of(place.entries[0])
        if found is None:
            continue
        state, office = found
        # Set by hand, not tuned: below a stated office's 0.8, since the office is read from usage
        # rather than the text, and lower still for the collective नेतृत्व.
        confidence = 0.75 if keys[h] == deva_key("नेता") else 0.6
        out.append(
            Cand(
                place.i,
                h + 1,
                "PERSON",
                "rule",
                "role_only",
                [],
                confidence,
                office or "Leader",
                [state],
            )
        )
    return out


def rule_candidates(
    toks: Sequence[Tok], kb: KB, kb_cands: list[Cand], keys: Sequence[str] | None = None
) -> list[Cand]:
    """Title + unknown name, Latin acronyms, role-only offices, state leaders, unnamed groups.

    ``keys``: the words' :func:`deva_key`, when the caller has them."""
    out: list[Cand] = []
    covered = {k for c in kb_cands for k in range(c.i, c.j)}
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    adj_at = {c.i: c for c in kb_cands if c.kind in ("adjectival", "name") and c.j == c.i + 1}
    n = len(toks)
    title_ends = _KBCaches.of(kb).title_ends
    for j in range(1, n):
        # _title_at's own first test, from the cache where it can be (asked for every word)
        if not title_ends.get(toks[j - 1].text, True):
            continue
        found = _title_at(toks, kb, j)
        if not found:
            continue
        first, title = found
        k = _name_after_title(toks, keys, kb, j, covered)
        if k > j:
            k = surname_after_initials(toks, keys, j, k, STOP)
            # a title that is also a given name begins the name ("युवराज सिंह")
            given = first == j - 1 and keys[first] in GIVEN_NAME_TITLES
            start = first if given and not office_of_place(keys, first, gazetteer(kb)) else j
            out.append(Cand(start, k, "PERSON", "rule", "name", [], 0.8))
            continue
        if j < n and j in covered and any(c.i == j and c.type == "PERSON" for c in kb_cands):
            continue  # a title before a known name: not a role-only mention
        # role-only: adjectives of places (joined by और/,) or "<place> के" before the title
        places: list[KBEntry] = []
        start = first
        p = first - 1
        if p >= 1 and keys[p] == deva_key("के") and (p - 1) in adj_at:
            places.append(adj_at[p - 1].entries[0])
            start = p - 1
        else:
            while p >= 0 and p in adj_at and adj_at[p].kind == "adjectival":
                places.insert(0, adj_at[p].entries[0])
                start = p
                if p >= 2 and keys[p - 1] in (deva_key("और"), ",") and (p - 2) in adj_at:
                    p -= 2
                else:
                    break
        places = [e for e in places if e.type in ("COUNTRY", "REGION")]
        if places:
            out.append(Cand(start, j, "PERSON", "rule", "role_only", [], 0.8, title, places))
    out.extend(leader_candidates(toks, keys, kb, kb_cands))
    for i, t in enumerate(toks):
        # an acronym starts with a Latin capital: the comparison spares the regex most words
        if ("A" <= t.text[:1] <= "Z" and _ACRONYM.match(t.text) and not _ROMAN.match(t.text)
                and i not in covered and any(is_devanagari(x.text) for x in toks)
                and not _abbreviation(toks, i, kb)):
            out.append(Cand(i, i + 1, "ORGANIZATION", "rule", "name", [], 0.6))
        if keys[i] in GROUP_MODIFIERS and i + 1 < n and keys[i + 1] in GROUP_HEADS:
            countries = keys[i + 1].startswith("देश")
            label = f"{GROUP_MODIFIERS[keys[i]]} {'countries' if countries else 'leaders'}"
            kind = "group" if countries else "role_only"
            out.append(Cand(i, i + 2, "GROUP", "rule", kind, [], 0.8, label=label))
        elif keys[i] in WEST and any(k in WEST_HEADS for k in keys[i + 1 : i + 3]):
            out.append(Cand(i, i + 1, "GROUP", "rule", "adjectival", [], 0.7,
                            label="Western countries"))
    out.extend(partner_groups(toks, keys, kb_cands))
    out.extend(english_names(toks, covered))
    # A name after a word of a title cluster the KB does not know as a title ("डीन ... ने").
    spans = ((c.i, c.j) for c in [*kb_cands, *out])
    for i, j in names_after_titles(toks, keys, spans, STOP, NAME_CLOSERS, NOT_NAMES):
        out.append(Cand(i, j, "PERSON", "rule", "name", [], 0.7))
    return out


# English: capitalised words that are titles or sentence openers, never the start of a name.
EN_NOT_NAME = frozenset(
    [
        "a", "an", "the", "in", "on", "at", "of", "for", "and", "but", "or", "if", "as", "by", "to",
        "from", "with", "after", "before", "during", "since", "while", "this", "that", "these",
        "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "my", "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "secretary",
        "joint", "chief", "general", "governor", "senator", "justice", "judge", "director",
        "spokesman", "spokesperson", "ambassador", "king", "queen", "prince", "pope", "commissioner",
        "deputy", "vice", "foreign", "defence", "defense", "home", "finance", "health",
        "chairman", "chairperson", "ceo", "leader", "opposition", "mp", "mla", "captain",
        "colonel", "major", "lieutenant", "inspector", "officer", "minister's", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "covid", "coronavirus", "breaking", "update", "live", "read", "also"
    ]
)
EN_CONNECTORS = frozenset({"of", "for", "de", "al", "bin", "von", "van", "da", "del"})
EN_ORG_HEADS = frozenset(
    [
        "ministry", "party", "bank", "university", "council", "commission", "corporation", "company",
        "group", "association", "organisation", "organization", "agency", "institute", "court",
        "army", "police", "board", "committee", "authority", "department", "foundation", "union",
        "front", "league", "inc", "ltd", "limited", "airlines", "times", "post", "news", "jamaat",
        "markaz", "hospital", "college", "school", "trust", "federation", "forces", "force", "navy",
        "parliament", "assembly", "congress", "senate", "government"
    ]
)
EN_PLACE_HEADS = frozenset(
    [
        "river", "mountains", "mountain", "sea", "ocean", "island", "islands", "province", "state",
        "district", "county", "valley", "street", "road", "lake", "desert", "peninsula", "strait",
        "bay", "gulf", "coast"
    ]
)
_CAPITALISED = re.compile(r"^[A-Z][a-z]+(?:['-][A-Za-z]+)*$|^[A-Z]{2,6}$")


def english_names(toks: Sequence[Tok], covered: set[int]) -> list[Cand]:
    """Runs of two or more capitalised English words the KB has not placed ("Lav Agarwal",
    "Indian Council of Medical Research", "Yamuna River"), typed by their head word.

    Titles and sentence openers before a name are not part of it ("Joint Secretary Lav Agarwal").
    A run with no organisation or place head is a person only when it has two to four words.
    """
    out: list[Cand] = []
    n = len(toks)
    # every run starts at a Latin capital (_CAPITALISED); most sentences hold none
    i = next((x for x, t in enumerate(toks) if "A" <= t.text[:1] <= "Z"), n)
    while i < n:
        if not _CAPITALISED.match(toks[i].text):
            i += 1
            continue
        j = i
        while j < n and (
            _CAPITALISED.match(toks[j].text)
            or (toks[j].text in EN_CONNECTORS and j + 1 < n and _CAPITALISED.match(toks[j + 1].text))
        ):
            j += 1
        start = i
        while start < j and toks[start].text.lower() in EN_NOT_NAME:
            start += 1
        words = [t.text.lower() for t in toks[start:j]]
        # The head of an organisation ends its name ("Tablighi Jamaat") or precedes "of"
        # ("Indian Council of Medical Research").
        if len(words) >= 2 and words[-1] not in EN_CONNECTORS and (
            words[-1] in EN_ORG_HEADS
            or any(w in EN_ORG_HEADS and nxt == "of" for w, nxt in zip(words, words[1:], strict=False))
        ):
            # An organisation may contain a place the KB knows ("Indian Council of Medical
            # Research"), and wins over it as the longer span; a person or place may not.
            out.append(Cand(start, j, "ORGANIZATION", "rule", "name", [], 0.6))
            i = j + 1
            continue
        # Otherwise the name is what follows the last known word or title ("Delhi Health
        # Minister Satyendar Jain" -> "Satyendar Jain").
        for k in range(j - 1, start - 1, -1):
            if k in covered or toks[k].text.lower() in EN_NOT_NAME:
                start = k + 1
                break
        words = [t.text.lower() for t in toks[start:j]]
        if len(words) >= 2 and words[-1] not in EN_CONNECTORS:
            if words[-1] in EN_PLACE_HEADS:
                out.append(Cand(start, j, "LOCATION", "rule", "name", [], 0.6))
            elif (
                len(words) <= 4
                and not any(w in EN_CONNECTORS for w in words)
                and not any(_ACRONYM.match(t.text) for t in toks[start:j])
            ):
                # An acronym in the run makes it no person's name ("AM IST", "COV IND": 8 such
                # runs in the 2020 COVID corpus, all wrong; read by hand).
                out.append(Cand(start, j, "PERSON", "rule", "name", [], 0.6))
        i = j + 1
    return out


def partner_groups(toks: Sequence[Tok], keys: Sequence[str], kb_cands: list[Cand]) -> list[Cand]:
    """"<state> के [कई] [करीबी] सहयोगी [देश]": the state's unnamed partners, one GROUP mention."""
    out = []
    n = len(toks)
    for c in kb_cands:
        if c.kind != "name" or c.type not in PARTNER_OWNERS or c.j + 1 >= n:
            continue
        if keys[c.j] != deva_key("के"):
            continue
        k = c.j + 1
        close = False
        while k < n and (keys[k] in PARTNER_QUANTIFIERS or keys[k] in PARTNER_CLOSE):
            close = close or keys[k] in PARTNER_CLOSE
            k += 1
        if k >= n or keys[k] not in PARTNER_HEADS:
            continue
        end = k + 1
        if end < n and keys[end] in GROUP_HEADS and keys[end].startswith("देश"):
            end += 1  # "सहयोगी देशों"
        named_members = end < n and (
            keys[end] in ENUMERATORS or any(o.i == end and o.kind == "name" for o in kb_cands)
        )
        if named_members:
            continue
        label = f"{'Close partners' if close else 'Partners'} of {with_article(c.entries[0].name)}"
        out.append(Cand(c.i, end, "GROUP", "rule", "group", [], 0.75, label=label))
    return out


def with_article(name: str) -> str:
    """English article before state names that take one ("the United States")."""
    return f"the {name}" if name.startswith(("United ", "European ")) else name


def _split_at_open_brackets(
    spans: Sequence[tuple[int, int, str]], toks: Sequence[Tok]
) -> list[tuple[int, int, str]]:
    """A span holding an opening bracket and not its closing one is two names: the full name
    and the abbreviation after it ("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट ( ईबीआरडी")."""
    out = []
    for i, j, label in spans:
        texts = [t.text for t in toks[i:j]]
        if "(" in texts and ")" not in texts:
            p = i + texts.index("(")
            out += [(i, p, label), (p + 1, j, label)]
        else:
            out.append((i, j, label))
    return [(i, j, label) for i, j, label in out if i < j]


def crf_candidates(
    toks: Sequence[Tok], kb: KB, tagger: str = "default", keys: Sequence[str] | None = None
) -> list[Cand]:
    """CRF spans with the boundaries of :mod:`.structure`: function words outside every name;
    verbs, titles and honorifics outside a person's, initials joined to the surname ("वी के
    कृष्णमेनन"); no span before the passive of करना ("फ्रीज की गई"). ``keys``: as
    :func:`rule_candidates` takes them."""
    if not any(is_devanagari(t.text) for t in toks):
        return []  # a Hindi tagger: Latin-script sentences are read by english_names
    tags = tag_with(tagger, [t.text for t in toks], kb)
    types = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    gaz = gazetteer(kb)
    out = []
    for i, j, label in _split_at_open_brackets(spans_from_bio(tags), toks):
        # A place whose name is also a function word (गया, the city Gaya, in "इमामगंज, गया,
        # बिहार") stays when the tagger tagged the word alone, against its strong prior (no
        # such one-word span in a third of the news corpus is a function word).
        if not (j == i + 1 and label == "LOC" and _wordy(toks[i].text)):
            while i < j and (keys[i] in STOP or not _wordy(toks[i].text)):
                i += 1
            while j > i and (keys[j - 1] in STOP or not _wordy(toks[j - 1].text)):
                j -= 1
        if before_passive_kar(keys, j) or (label == "ORG" and i < j and plural_head(keys[j - 1])):
            continue
        if (
            label == "ORG"
            and j - i > 3
            and toks[j - 2].text == ","
            and gaz.get(keys[j - 1]) == "LOC"
        ):
            j -= 2  # "राष्ट्रीय विषाणु विज्ञान संस्थान , पुणे": the seat is no part of the name
        if label == "LOC" and j - i > 1 and keys[j - 1] in ORG_HEADS:
            # A place ending at an organisation's head is that organisation ("दिल्ली
            # विश्वविद्यालय", the tagger misled by the place): of the names of two words or more
            # ending at such a head, IL-NER train and HiNER's training half tag 832 organisations
            # and 7 places (सोवियत संघ, a KB country that outranks this span). Persons stay
            # (कनिका सरकार). Counted on training, not tuned.
            label = "ORG"
        elif label == "ORG" and j - i > 1 and _country_head(keys, i, j):
            label = "LOC"
        if label == "ORG":
            j = joined_tail(toks, keys, j, STOP)
            i = hyphened_start(toks, keys, i, STOP, gaz)
            i = coordinated_start(toks, keys, i, j, STOP, gaz)
        if label == "ORG" and i < j and office_alone(toks, keys, kb, i, j):
            continue  # "डीजीपी ने", "एसडीएम": an office, not its organisation (no training ORG is)
        if label == "ORG" and j - i > 2:
            out += [Cand(a, b, types[label], "crf", "name", [], 0.7) for a, b in split_org(keys, i, j, gaz)]
            continue
        if label == "PER" and j - i > 1 and keys[j - 1] == RESIDENT:
            j -= 1  # "शिवाजी नगर निवासी": a resident of the place
        if label == "PER" and j - i > 1 and keys[j - 1] in PLACE_HEADS:
            label = "LOC"  # "शिवाजी नगर", "शालीमार गार्डन": a place, not a surname
        if label == "PER" and i < j:
            j = trim_verbs(keys, i, j)
            if j - i > 1 and keys[j - 1] == GOVERNMENT and gaz.get(keys[j - 2]) == "PER":
                # "उद्धव सरकार": a known person's government is not part of the name. IL-NER
                # train and HiNER's training half tag the person alone 7 times, the whole an
                # organisation 4 times, never a person (counted, not tuned); a surname सरकार
                # (कनिका सरकार) follows a given name the KB does not know as a person.
                j -= 1
            i = trim_person(toks, keys, kb, i, j, HONORIFIC_BEFORE)
            if office_alone(toks, keys, kb, i, j) or (j - i == 1 and keys[i] in NAME_SUFFIXES):
                continue
            j = surname_after_initials(toks, keys, i, j, STOP)
            i = initials_before(keys, toks, i)
            if only_initials(toks, keys, i, j) or common_plural(keys[j - 1]):
                continue
        if i < j:
            out.append(Cand(i, j, types[label], "crf", "name", [], 0.7))
    return out


def _country_head(keys: Sequence[str], i: int, j: int) -> bool:
    """Whether the name ``[i, j)`` is headed by a word that makes it a country: its last word,
    or the word before an English ऑफ ("डेमोक्रेटिक रिपब्लिक ऑफ द काँगो")."""
    of = keys.index(ENGLISH_OF, i + 1, j) if ENGLISH_OF in keys[i + 1 : j] else j
    return keys[of - 1] in COUNTRY_HEADS


def structure_candidates(
    toks: Sequence[Tok], keys: Sequence[str], kb: KB, crf: Sequence[Cand]
) -> list[Cand]:
    """Organisations ending at a head word, extended over their modifiers (:mod:`.structure`).

    The tagger decides that there is an organisation (a CRF organisation span overlaps the
    words), the structure decides where it begins; "<place> सरकार" is an organisation either way
    (the government of that place), as is an institution's acronym with its campus city
    (:func:`.structure.campus_spans`).
    """
    gaz = gazetteer(kb)
    orgs = [c for c in crf if c.type == "ORGANIZATION"]
    people = frozenset(x for c in crf if c.type == "PERSON" for x in range(c.i, c.j))
    out = []
    for i, j in org_head_spans(toks, keys, gaz, STOP, people):
        i = hyphened_start(toks, keys, i, STOP, gaz)
        government = keys[j - 1] == GOVERNMENT and gaz.get(keys[j - 2]) in ("LOC", "ADJ")
        if government or any(c.i < j and i < c.j for c in orgs):
            out.append(Cand(i, j, "ORGANIZATION", "rule", "name", [], 0.7))
    out += [Cand(i, j, "ORGANIZATION", "rule", "name", [], 0.7) for i, j in campus_spans(keys, gaz)]
    return out


def _tiled_by_kb_names(c: Cand, kbc: Sequence[Cand], toks: Sequence[Tok]) -> bool:
    inside = [k for k in kbc if k.kind == "name" and c.i <= k.i and k.j <= c.j]
    covered = {x for k in inside for x in range(k.i, k.j)}
    return len(inside) >= 2 and all(
        x in covered or not _wordy(toks[x].text) for x in range(c.i, c.j)
    )


def _split_place_pairs(crf: list[Cand], kbc: Sequence[Cand], toks: Sequence[Tok]) -> list[Cand]:
    """Tagger places joined by a dash, one side a KB place, are two places ("अगरतला - अखौरा"
    of a rail link, "भारत - म्यांमार सीमा"): IL-NER train and HiNER's training half tag such a
    pair as two names 22 times where a side is a KB place, as one name twice (केन - बेतवा; a pair the
    KB knows whole, जम्मू - कश्मीर, stays whole). Counted on training, not tuned. Dash-tokenised
    text only, as the gold sets give it: :func:`.tagger.tokenize` drops dashes."""
    if not any(c.j - c.i > 2 and c.type in PLACE_TYPES for c in crf):
        return crf  # most sentences: no tagger place of three words or more
    places = {(k.i, k.j) for k in kbc if k.kind == "name" and k.type in PLACE_TYPES}
    out = []
    for c in crf:
        dashes = [x for x in range(c.i + 1, c.j - 1) if toks[x].text in HYPHENS]
        if c.type in PLACE_TYPES and len(dashes) == 1:
            d = dashes[0]
            if (c.i, d) in places or (d + 1, c.j) in places:
                out += [replace(c, j=d), replace(c, i=d + 1)]
                continue
        out.append(c)
    return out


def _names_something_else(c: Cand, keys: Sequence[str]) -> bool:
    """A KB name that is part of a larger name of another kind: a legislature naming a
    constituency ("दरभंगा लोकसभा क्षेत्र"), a place naming a programme ("स्वच्छ भारत अभियान")."""
    if c.j >= len(keys) or c.kind != "name":
        return False
    nxt = keys[c.j]
    return (c.type == "ORGANIZATION" and nxt in CONSTITUENCY_WORDS) or (
        c.type in PLACE_TYPES and nxt in PROGRAMME_HEADS
    )


@dataclass(frozen=True)
class Known:
    """The KB and rule candidates of one sentence, found with a set of the document's names.

    The stage reads each sentence twice (once to learn which full names the document has, once
    for its mentions); the names change these candidates only where a very short form asked for
    them (``asked``), so the second pass mostly reuses the first one's (half the KB work).
    """

    names: frozenset[str]
    kbc: list[Cand]
    rules: list[Cand]
    asked: bool

    def valid_for(self, full_text_names: set[str]) -> bool:
        return not self.asked or self.names == full_text_names


def known_candidates(
    toks: Sequence[Tok], kb: KB, full_text_names: set[str], keys: Sequence[str] | None = None
) -> Known:
    """KB matches (less those naming something else) and the rule candidates built on them."""
    kbc, asked = _kb_candidates(toks, kb, full_text_names)
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    kbc = [c for c in kbc if not _names_something_else(c, keys)]
    # An alias the training annotation does not call a name (संसद) stays linked, as a description.
    kbc = [
        replace(c, kind="descriptive") if c.kind == "name" and descriptive(c.type, keys, c.i, c.j)
        else c
        for c in kbc
    ]
    return Known(frozenset(full_text_names), kbc, rule_candidates(toks, kb, kbc, keys), asked)


# Spellings of one foreign name vary in aspiration (घेब्रेयेसस/गेब्रेयेसस) and the first vowel
# (इमैनुएल/एमैनुएल): a word's head letter, folded so. Read off the 2020 corpus day files.
_HEAD_FOLD = str.maketrans("खघछझठढथधफभआइईउऊएऐओऔ", "कगचजटडतदपबअअअअअअअअअ")


def _head(word: str) -> str:
    return word[:1].translate(_HEAD_FOLD)


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
             and all(_wordy(keys[x]) and x not in known
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
    The tagger's own person spans get them in :func:`crf_candidates` (round ner14)."""
    if c.kind != "name" or c.type != "PERSON":
        return c
    i = initials_before(keys, toks, c.i)
    return replace(c, i=i) if i < c.i else c


def recognise(
    toks: Sequence[Tok],
    kb: KB,
    full_text_names: set[str],
    use_crf: bool = True,
    use_kb: bool = True,
    tagger: str = "default",
    known: Known | None = None,
    keys: Sequence[str] | None = None,
) -> list[Cand]:
    """All accepted candidates of one sentence: non-overlapping names plus nested role mentions.

    ``tagger``: "default" (the fast CRF) or "accurate" (``khabar[accurate]``, see
    :mod:`.accurate`). ``known``: this sentence's :func:`known_candidates` from an earlier pass,
    used where still valid for ``full_text_names``. ``keys``: the words' :func:`deva_key`, when
    the caller has them (the stage reads each sentence in two passes)."""
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    kbc: list[Cand] = []
    rules: list[Cand] = []
    if use_kb:
        if known is None or not known.valid_for(full_text_names):
            known = known_candidates(toks, kb, full_text_names, keys)
        kbc, rules = known.kbc, [*known.rules]
    crf = crf_candidates(toks, kb, tagger, keys) if use_crf else []
    if use_kb:
        rules += structure_candidates(toks, keys, kb, crf)
    nested = [c for c in rules if c.nests] + [
        c for c in kbc if c.type in NESTING_TYPES
    ]
    groups = [c for c in nested if c.type == "GROUP"]
    # The adjective of an unnamed group (यूरोपियन in "यूरोपियन लीडर्स") is part of the group.
    kbc = [
        c
        for c in kbc
        if c.type not in NESTING_TYPES
        and not (c.kind == "adjectival" and any(g.i <= c.i and c.j <= g.j for g in groups))
    ]
    kbc = _short_forms_in_names(kbc, crf, keys)
    kbc = [_with_initials(c, toks, keys) for c in kbc]
    # A CRF span never swallows a known person (शी-पुतिन, "लेकर पुतिन") or named event; it may
    # swallow a place
    # or an adjective (the organisations "भारत सरकार", "अमरीकी सेना").
    people = [c for c in kbc + rules if c.kind == "name" and c.type == "PERSON"]
    people += [c for c in nested if c.type in NESTING_TYPES]
    crf = [c for c in crf if not any(k.i < c.j and c.i < k.j for k in people)]
    # Nor is it a name inside an unnamed group or office ("यूरोपियन लीडर्स" is role-only).
    crf = [c for c in crf if not any(g.nests and g.i <= c.i and c.j <= g.j for g in nested)]
    # Nor does it join two or more known names that tile it ("बीजिंग-मॉस्को" is two cities):
    # it adds no word the KB has not placed.
    crf = [c for c in crf if not _tiled_by_kb_names(c, kbc, toks)]
    crf = _split_place_pairs(crf, kbc, toks)
    names = [c for c in rules if not c.nests]
    accepted: list[Cand] = []
    taken: set[int] = set()
    # Longest span first (a CRF organisation "अमरीकी सेना" beats the KB adjective inside it);
    # on equal spans the KB, then the rules, then the CRF.
    # A KB alias that begins with a title ("President Xi") yields to the bare name it overlaps
    # ("President Xi Jinping" is Xi Jinping, titled).
    order = {"kb": 0, "rule": 1, "crf": 2}

    def rank(c: Cand) -> tuple[int, int, bool, int]:
        titled = c.j - c.i > 1 and _title_at(toks, kb, c.i + 1) is not None
        return (c.i - c.j, order[c.source], titled, c.i)

    for c in sorted(kbc + names + crf, key=rank):
        span = set(range(c.i, c.j))
        if span & taken:
            continue
        accepted.append(c)
        taken |= span
    org_ends = frozenset(c.j for c in accepted if c.type == "ORGANIZATION")
    for x in bracketed_acronyms(toks, keys, org_ends):
        if x not in taken:
            accepted.append(Cand(x, x + 1, "ORGANIZATION", "rule", "name", [], 0.7))
    return sorted(_agree_in_lists(toks, keys, accepted, taken) + nested, key=lambda c: (c.i, -c.j))


_LIST_CLASS = {"PERSON": "PER", "ORGANIZATION": "ORG", **{t: "LOC" for t in PLACE_TYPES}}
_CLASS_TYPE = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def _agree_in_lists(
    toks: Sequence[Tok], keys: Sequence[str], accepted: list[Cand], taken: set[int]
) -> list[Cand]:
    """The accepted candidates once the names of each list agree in type (:func:`list_agreement`):
    tagger names retyped, and list items the tagger missed added as rule names."""
    n = len(keys)
    names = [c for c in accepted if c.kind == "name" and c.type in _LIST_CLASS]
    if not any(c.j < n and keys[c.j] in LIST_JOINERS for c in names):
        return accepted  # most sentences: no name followed by a joiner, so no list
    out = accepted
    # Twice: an item added in the first pass can join two parts of one list ("पोपनगर ,
    # [होंडुराज] , भारत"), whose names then agree in the second.
    for _ in range(2):
        names.sort(key=lambda c: c.i)
        retyped, added = list_agreement(
            toks, keys, [(c.i, c.j, _LIST_CLASS[c.type], c.source == "crf") for c in names], STOP
        )
        new_type = {id(names[x]): _CLASS_TYPE[label] for x, label in retyped.items()}
        new = [
            Cand(i, j, _CLASS_TYPE[label], "rule", "name", [], 0.6)
            for i, j, label in added
            if not any(x in taken for x in range(i, j))
        ]
        out = [replace(c, type=new_type[id(c)]) if id(c) in new_type else c for c in out] + new
        if not new:
            break
        taken = taken | {x for c in new for x in range(c.i, c.j)}
        names = [c for c in out if c.kind == "name" and c.type in _LIST_CLASS]
    return out
