"""Name boundaries from the structure of Hindi names, applied to the statistical tagger's spans.

A CRF sees three words either side, so it cuts long organisation names ("मत्स्यपालन, पशुपालन एवं
डेरी मंत्रालय" becomes "डेरी मंत्रालय"), splits initials from the surname ("वी के कृष्णमेनन"
becomes "वी"), and lets a title or a verb into a person's name. These rules fix the kinds:

- An organisation head (मंत्रालय, आयोग, सरकार, बैंक ...) ends an organisation whose name extends
  leftwards over its modifiers and coordinated parts, as long as the words carry some evidence of
  a name ("X सरकार" is the government of X; "राज्य सरकार" is no name).
- Initials (letter names, "वी के", "ए.पी.") join the surname after them.
- An acronym in brackets right after an organisation's name is that organisation's abbreviation
  ("विश्व स्वास्थ्य संगठन ( डब्लूएचओ )"), a name of its own.
- Titles and honorifics stay outside a person's name; words that training text never has inside a
  name (verbs, function words) never start or end a span. Besides the KB's titles, a title is a
  word of a *title cluster* (:data:`.titles.TITLE_CLUSTERS`: the word clusters whose words stand
  right before a person's name in training far more often than they begin one: मंत्री, सचिव,
  प्रोफेसर, जनरल ...), so the cluster also covers titles training never saw (डीन). The titles
  and the rules that read them are in :mod:`.titles`.
- The names of one list agree ("चिली , क्यूबा , एल सालवाडोर , फिनलैंड"): a tagger name typed
  against all the other names of its list takes their type, and a short gap between two names
  of one type in a comma list is a name of that type (:func:`list_agreement`).

The evidence comes from the training lexicon (:func:`.tagger.lexicon_label`) and the KB gazetteer,
never from lists of particular names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress

from .crffeatures import is_deva_acronym, is_letter_name
from .tagger import Tok, is_ordinary_word, lexicon_label
from .translit import deva_key

# Heads that end an organisation's name. Written by hand from Hindi usage (the heads named in
# issue 17 and their common synonyms). The lexicon's learnt ORGHEAD words are not used: they
# include places (दिल्ली of "आईआईटी दिल्ली") and brackets.
ORG_HEAD_WORDS = (
    "मंत्रालय",
    "आयोग",
    "विश्वविद्यालय",
    "यूनिवर्सिटी",
    "परिषद",
    "बोर्ड",
    "समिति",
    "सरकार",
    "पार्टी",
    "संघ",
    "महासंघ",
    "बैंक",
    "निगम",
    "संस्थान",
    "प्राधिकरण",
    "अकादमी",
    "विभाग",
    "कमीशन",
    "काउंसिल",
    "एसोसिएशन",
    "संगठन",
    "मोर्चा",
    "कंपनी",
    "लिमिटेड",
    "ट्रस्ट",
    "न्यायालय",
    "महाविद्यालय",
    "कॉलेज",
    "निदेशालय",
    "ब्यूरो",
    "एजेंसी",
)
ORG_HEADS = frozenset(deva_key(w) for w in ORG_HEAD_WORDS)


def _plurals(word: str) -> list[str]:
    """Plural forms of a head noun: direct and oblique (समितियां, समितियों; सरकारें, सरकारों)."""
    if word.endswith(("ी", "ि")):
        stem = word[:-1]
        return [stem + "ियां", stem + "ियाँ", stem + "ियों"]
    if word.endswith(("ा", "ो", "ू")):
        return []  # मोर्चे, ब्यूरो: no plural apart from the singular's oblique
    return [word + "ें", word + "ों"]


# A head in the plural names a class, not one organisation ("जिला कौशल समितियां", "राज्य
# सरकारों"): IL-NER train has such a word inside an organisation's name 15 times in its 816
# occurrences (counted on train, not tuned).
PLURAL_HEADS = frozenset(deva_key(p) for w in ORG_HEAD_WORDS for p in _plurals(w)) - ORG_HEADS
# Words that join the parts of one organisation's name ("मत्स्यपालन, पशुपालन एवं डेरी मंत्रालय").
COORDINATORS = frozenset(deva_key(w) for w in ["और", "एवं", "व", "तथा", ","])
# Longest organisation name built by extension, in words: 98.3% of IL-NER train's organisation
# spans have at most 8 words (counted, not tuned).
MAX_ORG_WORDS = 8
# Lexicon labels that are evidence of a name (see :func:`.tagger.train_lexicon`).
NAME_LABELS = frozenset(["PER", "LOC", "ORG", "PER?", "LOC?", "ORG?"])
PERSON_LABELS = frozenset(["PER", "PER?"])
# Endings of Hindi verb forms: perfective and participle vowels (कहा, कही, बताते, किए, गईं),
# the conjunctive कर; folded as deva_key folds them. Only words training never had in a name
# (seen five times or more) are trimmed by them, so names ending in -ा (ममता) stay whole.
VERB_ENDINGS = tuple(deva_key(w) for w in ["ा", "ी", "े", "ें", "ीं", "ए", "ई", "ईं", "कर"])
# Marks glued to a word that end a clause (HiNER keeps "है," as one token).
CLAUSE_MARKS = tuple(",;:।.!?)\"'")
# The passive of करना ("फ्रीज की गई", "जारी किया गया", "घोषित किए जाएंगे"): the word before it is
# the noun or adjective of a compound verb, never a name (a name there would need a case marker).
KAR_FORMS = frozenset(deva_key(w) for w in ["की", "किया", "किए", "किये"])
PASSIVE_AUX = frozenset(
    deva_key(w)
    for w in ["गई", "गयी", "गया", "गए", "गये", "गईं", "जा", "जाएगा", "जाएगी", "जाएंगे", "जाता",
              "जाती", "जाते", "जाना", "जाने", "जाए", "जाएं"]
)
_LATIN_INITIAL = re.compile(r"^[A-Z]\.?$")
_LATIN_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
_AMBIGUOUS_INITIALS = frozenset(deva_key(w) for w in ["के", "की", "जी", "ए", "ओ", "ई"])
# Of those, the letters that are no postposition and lead a run of initials before another
# initial (:func:`_leads_initials`; round ner15, read on the corpus sentences, see README).
_LEADING_LETTERS = frozenset(deva_key(w) for w in ["जी", "ए"])


def _has_name_evidence(key: str, gaz: dict[str, str]) -> bool:
    label = lexicon_label(key)
    if label is None:
        return True  # never seen in training: mostly names
    if any(x in NAME_LABELS for x in label.split()):
        return True
    return (gaz.get(key) or gaz.get(key + "~")) in ("PER", "LOC", "ORG")


def _ordinary(key: str) -> bool:
    """Seen five or more times in training, never inside a name (verbs, function words)."""
    return lexicon_label(key) == "O5"


def _modifier(key: str, stop: frozenset[str], gaz: dict[str, str]) -> bool:
    """A word that can stand inside an organisation's name before its head: no function word,
    nothing training never had inside a name, and a word rarely in one (``Olow``: आज, राज्य)
    only where the KB knows it as a place's adjective (भारतीय of "भारतीय रिज़र्व बैंक")."""
    label = lexicon_label(key)
    return (
        key not in stop
        and key not in COORDINATORS
        and label not in ("O1", "O5")
        and (label != "Olow" or gaz.get(key) == "ADJ")
    )


def org_head_spans(
    toks: Sequence[Tok],
    keys: Sequence[str],
    gaz: dict[str, str],
    stop: frozenset[str],
    people: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Organisation spans ``[i, j)`` ending at a head word and extended left over its modifiers.

    ``people``: words inside a person's name, which an organisation's name does not run into
    ("सी रामचन्द्रैया तेलगु देशम पार्टी" is a person and a party).
    """
    out: list[tuple[int, int]] = []
    # only a head word ends one: those found in C (round sp10, issue 16: asked of every word of
    # every sentence in a Python loop before, twice per sentence that names something)
    for h in compress(range(len(keys)), map(ORG_HEADS.__contains__, keys)):
        start = h
        p = h - 1
        while p >= 0 and h - p < MAX_ORG_WORDS:
            text = toks[p].text
            if (
                _modifier(keys[p], stop, gaz)
                and any(ch.isalnum() for ch in text)
                and not text.endswith(CLAUSE_MARKS)
                and p not in people
            ):
                start = p
                p -= 1
                continue
            # A coordinator joins a further part only between modifiers that are no known
            # place or person ("भारत और जापान सरकार" are two names) and no head of another
            # organisation ("वर्ल्ड बैंक, एशियन डेवलपमेंट बैंक").
            if (
                keys[p] in COORDINATORS
                and start < h
                and p >= 1
                and _modifier(keys[p - 1], stop, gaz)
                and keys[p - 1] not in ORG_HEADS
                and not gaz.get(keys[p - 1])
                and not gaz.get(keys[start])
                # Nor next to an acronym, a name of its own ("जेएनयू, डीयू और जामिया मिल्लिया
                # विश्वविद्यालय"; round ner16, as in split_org).
                and not is_deva_acronym(keys[p - 1])
                and not is_deva_acronym(keys[start])
            ):
                p -= 1
                continue
            break
        if start < h and any(_has_name_evidence(keys[x], gaz) for x in range(start, h)):
            out.append((start, h + 1))
    return out


# Acronyms of institutions with a campus in many cities, whose name is the acronym and its city
# ("आईआईटी रुड़की", "एम्स ऋषिकेश", "पीजीआई चंडीगढ़"). Written by hand from Hindi usage (round
# ner16, issue 17); IL-NER train tags the acronym and its city as one organisation 4 times of 4
# (आईआईटी रुड़की, आईआईटी मद्रास, "आईआईटी , दिल्ली"), HiNER's training half has none; on every
# day file of the 2020 COVID corpus the 25 such pairs before a place are all one institution.
CAMPUS_ACRONYMS = frozenset(
    deva_key(w)
    for w in ["आईआईटी", "आईआईएम", "एम्स", "पीजीआई", "एनआईटी", "आईआईआईटी", "आईआईएसईआर",
              "IIT", "IIM", "AIIMS", "PGI", "NIT", "IIIT", "IISER"]
)


def _place_word(key: str, gaz: dict[str, str]) -> bool:
    """A KB place, or a word training has mostly in a place's name (मद्रास)."""
    label = lexicon_label(key)
    return gaz.get(key) == "LOC" or (label is not None and label.split()[0] in ("LOC", "LOC?"))


def campus_spans(keys: Sequence[str], gaz: dict[str, str]) -> list[tuple[int, int]]:
    """Organisations ``[i, i + 2)`` of an institution's acronym and the city of its campus
    right after it ("एम्स ऋषिकेश में", "IIT रुड़की"); not its street ("आईआईएम रोड")."""
    if CAMPUS_ACRONYMS.isdisjoint(keys):
        return []
    return [
        (i, i + 2)
        for i in range(len(keys) - 1)
        if keys[i] in CAMPUS_ACRONYMS and _place_word(keys[i + 1], gaz)
    ]


def initials_before(keys: Sequence[str], toks: Sequence[Tok], i: int) -> int:
    """First word of a run of initials just before word ``i`` (``i`` when there is none).

    "के" and "जी" are letters and words: they count only after another initial ("वी के"). A dot
    the tokenizer split from an initial ("पी . विजयन") is part of the run: IL-NER train has such
    dots inside 32 person names and never an initial left before one (counted, not tuned).
    """
    p = i
    while p > 0:
        if _initial(toks, keys, p - 1):
            p -= 1
        elif p >= 2 and toks[p - 1].text == "." and _initial(toks, keys, p - 2):
            p -= 1  # the tokenizer's dot of "पी. विजयन" (training glues it: "एम. एस.")
        else:
            break
    while p < i and (
        toks[p].text == "."
        or (
            keys[p] in _AMBIGUOUS_INITIALS
            and not (p > 0 and keys[p - 1] == keys[p])
            and toks[p + 1].text != "."
            and not _leads_initials(keys, p)
        )
    ):
        # but a doubled "के के" is the postposition and then the initial, and "के ." (a dot
        # after it: "के . विजय राघवन") is an initial: the postposition takes no dot
        p += 1
    return p


def _leads_initials(keys: Sequence[str], p: int) -> bool:
    """Whether the "जी" or "ए" at ``p`` is the first of a run of initials: another initial that is
    no word follows ("जी एस अयंगर", "ए एस किरण कुमार"). Before a word ("इमाम ए जुमा") or
    another letter that is also a word ("ए के") it stays out; "के" and "की" never lead (the
    postposition: "जिले के एस के सिंह")."""
    return (
        keys[p] in _LEADING_LETTERS
        and p + 1 < len(keys)
        and is_letter_name(keys[p + 1])
        and keys[p + 1] not in _AMBIGUOUS_INITIALS
    )


def _initial(toks: Sequence[Tok], keys: Sequence[str], x: int) -> bool:
    return is_letter_name(keys[x]) or bool(_LATIN_INITIAL.match(toks[x].text))


def surname_after_initials(
    toks: Sequence[Tok], keys: Sequence[str], i: int, j: int, stop: frozenset[str]
) -> int:
    """End of a name whose words ``[i, j)`` are only initials ("वी" of "वी के कृष्णमेनन"): the
    name runs on over further initials to the next word (``j`` when the span is more than that)."""
    if not all(is_letter_name(keys[x]) for x in range(i, j)):
        return j
    n = len(keys)
    k = j
    while k < n and is_letter_name(keys[k]):
        k += 1
    if k < n and keys[k] not in stop and any(ch.isalnum() for ch in toks[k].text):
        return k + 1
    return j


# Letter names that end Hindi sentences as words (आई "came", the honorific जी): after a name and
# before a stop they are no middle initial (round ev159)
_WORD_LETTERS = frozenset(deva_key(w) for w in ["आई", "जी"])


def surname_after_middle_initial(
    toks: Sequence[Tok], keys: Sequence[str], i: int, j: int, stop: frozenset[str]
) -> int:
    """End of a person's name ``[i, j)`` that runs on over a middle initial written with its stop
    to the surname: "टेड्रोस ए. गेब्रेयेसस", "अजित के. चतुर्वेदी" (``j`` when none follows). The
    stop is what marks the letter an initial, not a genitive के or a word; round ev159 (issue 13):
    once the sentence splitter stopped cutting at such a stop, the tagger kept "टेड्रोस" alone and
    the agent before ने was lost."""
    n = len(keys)
    # the tagger may have taken the letter into the name and left its stop out ("टेड्रोस ए")
    k = j - 1 if 1 < j < n and toks[j].text == "." and _initial(toks, keys, j - 1) else j
    first = k
    if not any(_wordy_name(toks, keys, x) for x in range(i, first)):
        return j  # initials alone ("जे . जे . ट्रस्ट"): no given name for the initial to follow
    while (
        k + 1 < n
        and _initial(toks, keys, k)
        and keys[k] not in _WORD_LETTERS
        and toks[k + 1].text == "."
    ):
        k += 2
    if k == first or k >= n or keys[k] in stop or is_letter_name(keys[k]):
        return j
    if not toks[k].text[:1].isalpha() or toks[k].text[:1].isascii() != toks[first].text[:1].isascii():
        return j
    return k + 1


def _wordy_name(toks: Sequence[Tok], keys: Sequence[str], x: int) -> bool:
    """A word of a name that is no initial and no stop ("टेड्रोस", "अजित")."""
    return toks[x].text[:1].isalpha() and not _initial(toks, keys, x)


def plural_head(key: str) -> bool:
    """Whether a folded word is an organisation head in the plural (see :data:`PLURAL_HEADS`)."""
    return key in PLURAL_HEADS


# English "of" and "for" written in Devanagari join the parts of an organisation's name
# ("इंटरनेशनल कोर्ट ऑफ जस्टिस"): IL-NER train has them inside 36 organisation spans and never
# right after a span (counted, not tuned); "द" is the article after them ("ऑफ द काँगो").
ENGLISH_JOINERS = frozenset(deva_key(w) for w in ["ऑफ", "फॉर", "ऑफ़", "फ़ॉर"])
ENGLISH_ARTICLE = deva_key("द")
# Longest tail after the joiner, in words: 21 of the 36 tails in IL-NER train have at most
# three (counted); 3 and 6 score the same on IL-NER dev half a (tuned there), the shorter
# join risks less on text the tagger has cut wrongly.
MAX_JOINED_WORDS = 3


def joined_tail(toks: Sequence[Tok], keys: Sequence[str], j: int, stop: frozenset[str]) -> int:
    """End of an organisation's name ending at ``j`` once an English "of"/"for" part after it is
    joined ("इंटरनेशनल कोर्ट" + "ऑफ जस्टिस"); ``j`` when none follows. The part runs over
    words that can be in a name (no function word, nothing training never had in a name)."""
    n = len(keys)
    if j >= n or keys[j] not in ENGLISH_JOINERS:
        return j
    k = j + 1
    if k < n and keys[k] == ENGLISH_ARTICLE:
        k += 1
    start = k
    while (
        k < n
        and k - start < MAX_JOINED_WORDS
        and keys[k] not in stop
        and keys[k] not in COORDINATORS
        and not _ordinary(keys[k])
        and any(ch.isalnum() for ch in toks[k].text)
        and not toks[k].text.endswith(CLAUSE_MARKS)
    ):
        k += 1
    return k if k > start else j


# Hyphens between the parts of one organisation's name ("मल्टी - लेट्रल डेवलपमेंट बैंक", "गांधी -
# किंग डेवलपमेंट फाउंडेशन"), which the tagger and the head rule stop at.
HYPHENS = frozenset(["-", "–", "—"])


def hyphened_start(
    toks: Sequence[Tok], keys: Sequence[str], i: int, stop: frozenset[str], gaz: dict[str, str]
) -> int:
    """Start of an organisation's name beginning at ``i`` once a word joined to it by a hyphen
    is taken in (``i - 2`` for "<word> - <name>"; ``i`` otherwise).

    The word must be able to stand in a name: no function word, not ordinary in training, and
    no name the KB knows ("भारत - जापान ..." may be two countries). In IL-NER train this joins
    9 of the 11 organisations that begin with "<word> -" and wrongly takes in 3 of the 21
    words outside one before a hyphen (counted, not tuned).

    It reads text whose dashes are words of their own, as the gold sets give them;
    :func:`.tagger.tokenize` drops dashes, so in the pipeline the two words are neighbours and
    the tagger and the head rule see them as one run.
    """
    if i < 2 or toks[i - 1].text not in HYPHENS:
        return i
    key = keys[i - 2]
    if (
        any(ch.isalnum() for ch in toks[i - 2].text)
        and key not in stop
        and not _ordinary(key)
        and lexicon_label(key) != "O1"
        and not gaz.get(key)
    ):
        return i - 2
    return i


# Heads whose names coordinate their subjects ("स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "पेयजल और
# स्वच्छता विभाग"). IL-NER train has 33 such names whole and cuts 2 after the coordinator
# (counted, not tuned); HiNER's training half has none either way.
COORDINATED_HEADS = frozenset(deva_key(w) for w in ["मंत्रालय", "विभाग"])
# Joiners of a coordinated name: not the comma, which lists ministries as often as it joins.
AND_WORDS = COORDINATORS - {","}


def coordinated_start(
    toks: Sequence[Tok], keys: Sequence[str], i: int, j: int, stop: frozenset[str], gaz: dict[str, str]
) -> int:
    """Start of a ministry's or department's name ``[i, j)`` once a subject coordinated before
    it is taken in ("इलेक्ट्रॉनिक्स और [सूचना प्रौद्योगिकी मंत्रालय]"); ``i`` when there is none.

    The word before "और/एवं/तथा/व" must be able to stand in a name (no function word, nothing
    training has only outside names, no name of its own the KB knows, no head: "नीति आयोग और
    जल शक्ति मंत्रालय" are two). A department's one-word subject is a department of its own as
    often ("प्रशासन और स्वास्थ्य विभाग", "पुलिस और स्वास्थ्य विभाग" in the COVID corpus), as is
    a ministry's ("स्वास्थ्य और गृह मंत्रालय"): the span after the coordinator needs two words
    before its head, and no coordinator of its own. Read on the COVID corpus's 75 sentences with
    "<word> और/एवं/तथा/व <word> <word> मंत्रालय/विभाग": it changes one.
    """
    if i < 2 or j - i < 3 or keys[j - 1] not in COORDINATED_HEADS or keys[i - 1] not in AND_WORDS:
        return i
    if any(keys[x] in AND_WORDS for x in range(i, j)):
        return i  # "खाद्य, नापतौल व [खाद्य एवं औषधि विभाग]": a second "and" lists departments
    w = i - 2
    key = keys[w]
    text = toks[w].text
    if (
        key in stop
        or key in COORDINATORS
        or key in ORG_HEADS
        or key in PLURAL_HEADS
        or lexicon_label(key) in ("O1", "O5", "PER", "PER?", "LOC", "LOC?")
        or gaz.get(key)
        or is_deva_acronym(key)
        or not any(ch.isalnum() for ch in text)
        or text.endswith(CLAUSE_MARKS)
    ):
        return i
    # Modifiers of the first subject come with it ("सामाजिक न्याय और अधिकारिता मंत्रालय").
    while w > 0 and j - w < MAX_ORG_WORDS and _modifier(keys[w - 1], stop, gaz) and (
        any(ch.isalnum() for ch in toks[w - 1].text)
        and not toks[w - 1].text.endswith(CLAUSE_MARKS)
        and not gaz.get(keys[w - 1])
        and keys[w - 1] not in ORG_HEADS
    ):
        w -= 1
    return w


def split_org(
    keys: Sequence[str], i: int, j: int, gaz: dict[str, str] | None = None
) -> list[tuple[int, int]]:
    """An organisation span ``[i, j)`` of the tagger cut where it joins two things.

    - At a coordinator right after a head ("हार्वर्ड विश्वविद्यालय और अन्य शिक्षण संस्थान"): a
      head ends its name, and IL-NER train has no organisation with a coordinator after its head
      (none of its 1,405 organisation spans; counted, not tuned). What follows is a name of its
      own only when it starts as one (not with an ordinary word: अन्य, सभी).
    - Before an acronym ending a span of three words or more ("... रिकन्स्ट्रक्शन एंड डेवलपमेंट
      ईबीआरडी"): the abbreviation after the full name, a name of its own (as in brackets).
    - At a coordinator or comma next to an acronym, or a coordinator before a KB place
      (``gaz``): "सीबीएसई और उत्तराखंड स्कूल बोर्ड", "जामिया और दिल्ली विश्वविद्यालय",
      "पीजीआइ, लोहिया संस्थान" are two, as the subjects a ministry coordinates never are
      (स्वास्थ्य एवं परिवार कल्याण). Round ner16, read on the COVID corpus day files: of the 47
      distinct tagger organisations with a coordinator inside, the 6 this splits are two names
      each (one part still wrong, "अमेरिका-बेस्ड बायोटेक कंपनी मोडेर्ना"), and none of those it
      keeps has an acronym or a place after the coordinator. A left part that is only a place
      is left to the KB ("नवी मुंबई और औरंगाबाद महानगरपालिका").
    """
    for c in range(i + 1, j - 1):
        if keys[c] in COORDINATORS and keys[c] != "," and keys[c - 1] in ORG_HEADS:
            rest = [] if is_ordinary_word(keys[c + 1]) else split_org(keys, c + 1, j, gaz)
            return [(i, c), *rest]
        if (
            gaz is not None
            and keys[c] in COORDINATORS
            and (is_deva_acronym(keys[c - 1]) or is_deva_acronym(keys[c + 1])
                 or (keys[c] != "," and gaz.get(keys[c + 1]) == "LOC"))
        ):
            left = [] if all(gaz.get(keys[x]) == "LOC" for x in range(i, c)) else [(i, c)]
            return [*left, *split_org(keys, c + 1, j, gaz)]
    if j - i >= 3 and is_deva_acronym(keys[j - 1]) and not is_deva_acronym(keys[j - 2]):
        return [(i, j - 1), (j - 1, j)]
    return [(i, j)]


def only_initials(toks: Sequence[Tok], keys: Sequence[str], i: int, j: int) -> bool:
    """Whether words ``[i, j)`` are initials and dots with no surname ("जे . जे"): no person's
    name (none of IL-NER train's 1,182 person spans, 2 of HiNER validation's 3,765; counted)."""
    return all(
        is_letter_name(keys[x])
        or _LATIN_INITIAL.match(toks[x].text)
        or not any(ch.isalnum() for ch in toks[x].text)
        for x in range(i, j)
    )


# Last words of a place's name ("शिवाजी नगर", "शालीमार गार्डन", "कृष्ण स्वामी मंदिर"), which the
# tagger may take for a person's surname. Written by hand (round ner16); IL-NER train and HiNER's
# training half end 61 names of two words or more with them: 60 places, 1 person (a मस्जिद,
# counted, not tuned).
PLACE_HEADS = frozenset(
    deva_key(w)
    for w in ["नगर", "गार्डन", "पुल", "रोड", "मार्ग", "बाजार", "बाज़ार", "मंदिर", "मस्जिद", "चौक",
              "कॉलोनी", "मोहल्ला",
              # Round ner21: localities and villages ("शाहीन बाग", "मौर्य बस्ती", "मयूर विहार",
              # "दुर्गा एन्क्लेव", "जलालपुर खुर्द", "हरिश्चंद्र घाट"): 17 tagger persons on the COVID
              # corpus's day files outside the event gold's days, read by hand; IL-NER train and
              # HiNER's training half end 19 names with them, all places (counted).
              "बाग", "बस्ती", "विहार", "एन्क्लेव", "एनक्लेव", "एंक्लेव", "खुर्द", "कलां", "घाट",
              "कालोनी"]
)
# "<place> निवासी" (a resident of the place): never the end of a name in training (the word is
# there once, outside names); the tagger's person ending in it is the place before it.
RESIDENT = deva_key("निवासी")


_DEVANAGARI = re.compile(r"[\u0900-\u097f\u200c\u200d]+")
# Words that join the names of one list ("चिली , क्यूबा और फ्रांस").
LIST_JOINERS = frozenset(deva_key(w) for w in [",", "और", "व", "एवं", "तथा"])
# Fewest other names of a list that must agree before a tagger name's type yields to theirs
# (set by hand: one neighbour is no list).
MIN_AGREEING = 2


def list_agreement(
    toks: Sequence[Tok],
    keys: Sequence[str],
    names: Sequence[tuple[int, int, str, bool]],
    stop: frozenset[str],
) -> tuple[dict[int, str], list[tuple[int, int, str]]]:
    """Types that the names of one list impose: ``names`` are (i, j, PER|LOC|ORG, from the
    tagger) sorted by ``i``, not overlapping; ``stop``: function words.

    Returns the new type of each tagger name (by its index in ``names``) whose list's other
    names, two or more, all have one other type ("चिली , क्यूबा , [एल सालवाडोर] , फिनलैंड": a
    place, not a person), and the new names ``(i, j, type)``: one or two words between two
    names of one type in a comma list ("चंद्रपुर , गढ़चिरौली , [भंडारा] , और नागपुर"), when they
    are Devanagari words that are no function word and not ordinary in training.

    Why: a list in news joins things of one kind, and the tagger, which sees three words either
    side, types each item from its own spelling."""
    runs: list[list[int]] = []
    for x, (i, _, _, _) in enumerate(names):
        prev = names[runs[-1][-1]] if runs else None
        if prev is not None and i == prev[1] + 1 and keys[prev[1]] in LIST_JOINERS:
            runs[-1].append(x)
        else:
            runs.append([x])
    retyped: dict[int, str] = {}
    for run in runs:
        if len(run) <= MIN_AGREEING:
            continue
        for x in run:
            if not names[x][3]:
                continue
            others = {names[y][2] for y in run if y != x}
            if len(others) == 1 and names[x][2] not in others:
                retyped[x] = next(iter(others))
    taken = {w for i, j, _, _ in names for w in range(i, j)}
    starts = {i: x for x, (i, _, _, _) in enumerate(names)}
    added: list[tuple[int, int, str]] = []
    n = len(keys)
    for x, (_, j, label, _) in enumerate(names):
        if j >= n or toks[j].text != ",":
            continue
        label = retyped.get(x, label)
        for width in (1, 2):
            end = j + 1 + width
            if end >= n or keys[end] not in LIST_JOINERS or (end + 1) not in starts:
                continue
            y = starts[end + 1]
            if retyped.get(y, names[y][2]) == label and all(
                w not in taken
                and keys[w] not in stop
                and _DEVANAGARI.fullmatch(toks[w].text) is not None
                and lexicon_label(keys[w]) != "O5"
                for w in range(j + 1, end)
            ):
                added.append((j + 1, end, label))
            break
    return retyped, added


# The plural oblique ending of a noun ("पार्षदों", "अधिकारियों"), folded as deva_key folds it.
_PLURAL_OBLIQUE = (deva_key("ियों"), deva_key("ों"), deva_key("ओं"))


def common_plural(key: str) -> bool:
    """Whether a folded word is the plural oblique of a word training has only outside names
    (``O1``/``O5``/``Olow``): "पार्षदों" of पार्षद, "अधिकारियों" of अधिकारी, not "मैक्रों"."""
    for end in _PLURAL_OBLIQUE:
        if key.endswith(end) and len(key) > len(end) + 1:
            stem = key[: -len(end)]
            stems = [stem + deva_key("ी")] if end == _PLURAL_OBLIQUE[0] else [stem, stem + deva_key("ा")]
            return any(lexicon_label(s) in ("O1", "O5", "Olow") for s in stems)
    return False


def trim_verbs(keys: Sequence[str], i: int, j: int) -> int:
    """End of a person's name without the verb forms that close it ("... कहा", "... बताते")."""
    while j > i + 1 and _ordinary(keys[j - 1]) and keys[j - 1].endswith(VERB_ENDINGS):
        j -= 1
    return j


def before_passive_kar(keys: Sequence[str], j: int) -> bool:
    """Whether words ``j`` and ``j + 1`` are the passive of करना ("की गई", "किया जाएगा"), so that
    the word before ``j`` is part of a compound verb ("फ्रीज की गई"), not a name."""
    return j + 1 < len(keys) and keys[j] in KAR_FORMS and keys[j + 1] in PASSIVE_AUX


def bracketed_acronyms(
    toks: Sequence[Tok], keys: Sequence[str], org_ends: frozenset[int]
) -> list[int]:
    """Words that are an acronym alone in brackets right after an organisation's name.

    ``org_ends``: the word indexes just past the organisations found (a span's ``j``). IL-NER
    train tags such an acronym as an organisation 39 times in 42 (counted, not tuned), while it
    leaves four in five Devanagari acronyms elsewhere untagged, so the CRF alone misses them.
    """
    out: list[int] = []
    if not org_ends or "(" not in keys:
        return out  # most sentences: one scan in C, no loop over the words
    for x in range(1, len(toks) - 1):
        if (
            toks[x - 1].text == "("
            and toks[x + 1].text == ")"
            and (x - 1) in org_ends
            and (is_deva_acronym(keys[x]) or _LATIN_ACRONYM.match(toks[x].text))
        ):
            out.append(x)
    return out
