"""Titles before a person's name: which words are offices, titles and callings, and the names after them.

A CRF lets a title into the person's name it stands before ("राजदूत संधू", "जॉइंट सेक्रटरी लव
अग्रवाल"), or takes the office alone for a person ("सीएम ने कहा"). This module holds what a title
is and the rules that read one:

- the *title clusters* (:data:`TITLE_CLUSTERS`: word clusters whose words stand right before a
  person's name in training far more often than they begin one), counted on the training
  sentences by :func:`title_clusters` (``python -m khabar.entities.titles`` prints them, with the
  cluster words training keeps inside names and the KB titles that are also given names);
- the offices and callings written by hand (:data:`OFFICE_TITLES`, :data:`CALLINGS`,
  :data:`TITLE_MODIFIERS`) that the clusters miss;
- :func:`trim_person` (titles and honorifics put outside a name), :func:`office_alone` (a tagger
  person that is only an office) and :func:`names_after_titles` (a name the KB lacks after a
  title word).

Why apart from :mod:`.structure`: titles are one concern with their own counted tables and their
own command; the structure rules (organisation heads, initials, lists) only share the lexicon
they read. This module reads :mod:`.structure`'s lexicon labels; nothing there reads it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress

from ..config import Config
from ..errors import KhabarError
from .clusters import word_clusters
from .crffeatures import is_letter_name, is_letter_pair
from .kb import KB, alias_key, load_kb
from .structure import _DEVANAGARI, PERSON_LABELS
from .tagger import Tok, gazetteer, lexicon_label, spans_from_bio, training_sentences
from .translit import deva_key


def trim_person(
    toks: Sequence[Tok], keys: Sequence[str], kb: KB, i: int, j: int, honorifics: frozenset[str]
) -> int:
    """Start of a person's name once leading titles and honorifics are put outside it.

    Titles are the KB's and the words of :data:`TITLE_CLUSTERS` ("राजदूत संधू" is संधू). A title
    the training text mostly keeps inside names (संत, स्वामी, महात्मा: lexicon ``PER`` or
    ``PER?``) stays.
    """
    while (
        i < j - 1
        and (keys[i] in honorifics or kb.title_of(toks[i].text) or is_title_word(keys[i])
             or (keys[i] in TITLE_MODIFIERS and i + 1 < j - 1 and is_title_word(keys[i + 1]))
             or _general_of_office(keys, i))
        and (not _personal(keys[i]) or _general_of_office(keys, i))
        and not (keys[i] in GIVEN_NAME_TITLES and not office_of_place(keys, i, gazetteer(kb)))
        and not _initials_or_title(keys, i, j, kb)
    ):
        i += 1
    return i


# Round ner21: offices that take "जनरल" after them ("सॉलिसिटर जनरल तुषार मेहता", "अटॉर्नी जनरल",
# "सर्जन जनरल"): there जनरल is the office's, not a general's rank before a name (which training
# keeps inside the name, "जनरल मुशर्रफ"). By hand.
_GENERAL_OFFICES = frozenset(
    deva_key(w) for w in ["सॉलिसिटर", "अटॉर्नी", "अटार्नी", "सर्जन", "एडवोकेट", "इंस्पेक्टर", "डायरेक्टर"]
)
_GENERAL = deva_key("जनरल")


def _general_of_office(keys: Sequence[str], i: int) -> bool:
    return keys[i] == _GENERAL and i > 0 and keys[i - 1] in _GENERAL_OFFICES


def office_alone(toks: Sequence[Tok], keys: Sequence[str], kb: KB, i: int, j: int) -> bool:
    """Whether a tagger's person ``[i, j)`` is only an office, a title, or an office and its
    modifier ("सीएम ने कहा", "जॉइंट सेक्रटरी"), no name after it (round ner16). A title that
    is a given name as well (युवराज, :data:`GIVEN_NAME_TITLES`) stays a person: of training's
    persons, the only ones that are offices alone are युवराज 4 times and प्रधानमंत्री twice
    (IL-NER train and HiNER's training half, counted)."""
    return all(
        (kb.title_of(toks[x].text) or is_title_word(keys[x])
         or (keys[x] in TITLE_MODIFIERS and x + 1 < j))
        and not _personal(keys[x])
        and keys[x] not in GIVEN_NAME_TITLES
        and not is_letter_name(keys[x])
        for x in range(i, j)
    )


def _initials_or_title(keys: Sequence[str], t: int, j: int, kb: KB | None = None) -> bool:
    """Whether a two-letter office at ``t`` (आईजी, सीओ, एसपी) may be a person's initials: one
    word follows it up to ``j`` ("आईजी बटलर" is I. G. Butler, "एसपी सिंह" may be S. P. Singh).
    Before two words or more ("सीओ अनिल कुमार यादव") it is the office, and so is a longer acronym
    (एसएसपी, एसडीएम) and a KB title (पीएम, सीएम) always (round ner13, from HiNER eval's list
    of cricketers "आईजी बटलर"; a name so kept whole is what the tagger found)."""
    if j - t > 2 or not is_letter_pair(keys[t]):
        return False
    return kb is None or not kb.title_of(keys[t])


def _personal(key: str) -> bool:
    """Whether training has the word inside person names (lexicon ``PER``/``PER?``)."""
    return bool(PERSON_LABELS & set((lexicon_label(key) or "").split()))


# Word clusters (:mod:`.clusters`) of titles, counted by :func:`title_clusters` on IL-NER train
# and HiNER's training half (``python -m khabar.entities.titles``; a test checks this set is
# what it counts): the cluster of मंत्री, सचिव, अध्यक्ष, प्रोफेसर, जनरल, कलेक्टर ... Its words
# stand right before a person's name 190 times in training and begin one 10 times.
TITLE_CLUSTERS = frozenset({"31.82"})
# What makes a title cluster: its words stand before a person's name at least TITLE_MIN_BEFORE
# times, TITLE_RATIO times as often as they begin one (set by hand: 3 and 4 keep the same
# clusters at the share below), and in TITLE_SHARE of all their occurrences. The share was tuned
# on IL-NER dev half a (tools/ner_errors.py --half a, combined F1 0.750 -> 0.755 at 0.1; 0.05
# scored 0.758 there but adds clusters of pronouns and conjunctions, इस, हम, यद्यपि, and 0.03
# verbs' clusters, so 0.1 was kept for precision on other text).
TITLE_MIN_BEFORE, TITLE_RATIO, TITLE_SHARE = 5, 3, 0.1
# Words of those clusters that training keeps inside names (:func:`titles_in_names`, counted by
# the same command): military ranks and प्रोफेसर, which HiNER writes inside the name.
TITLES_IN_NAMES = frozenset(deva_key(w) for w in ["कमांडर", "जनरल", "प्रोफेसर", "मैनेजर"])


def _title_counts(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], clusters: dict[str, str]
) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Per cluster id and per folded word (both kinds of key in each table): how often it stands
    right before a person's name, how often it begins one of two words or more, and in all."""
    before: dict[str, int] = {}
    begins: dict[str, int] = {}
    total: dict[str, int] = {}

    def add(table: dict[str, int], key: str) -> None:
        table[key] = table.get(key, 0) + 1

    for words, tags in sentences:
        keys = [deva_key(w) for w in words]
        ids = [clusters.get(k, "-") for k in keys]
        for c in ids:
            add(total, c)
        for i, j, label in spans_from_bio(tags):
            if label != "PER":
                continue
            if j - i > 1:
                add(begins, ids[i])
                add(begins, "w:" + keys[i])
            if i > 0 and tags[i - 1] == "O":
                add(before, ids[i - 1])
                add(before, "w:" + keys[i - 1])
    return before, begins, total


def title_clusters(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], clusters: dict[str, str]
) -> frozenset[str]:
    """The word clusters whose words are titles in gold BIO sentences (see :data:`TITLE_CLUSTERS`).

    Why by cluster and not by word: most titles of new text (डीन, कमिश्नर) are rare or unseen in
    training, but share a cluster with the frequent ones (मंत्री, सचिव)."""
    before, begins, total = _title_counts(sentences, clusters)
    return frozenset(
        c
        for c, n in before.items()
        if c != "-"
        and not c.startswith("w:")
        and n >= TITLE_MIN_BEFORE
        and n >= TITLE_RATIO * begins.get(c, 0)
        and n >= TITLE_SHARE * total[c]
    )


def titles_in_names(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], clusters: dict[str, str]
) -> frozenset[str]:
    """Words of the title clusters that training keeps inside a person's name: they begin one at
    least a third as often as they stand before one (जनरल of "जनरल जोन्स", प्रोफेसर). Such a
    word is no title for :func:`trim_person` and :func:`names_after_titles`."""
    before, begins, _ = _title_counts(sentences, clusters)
    title_ids = title_clusters(sentences, clusters)
    return frozenset(
        k
        for k, c in clusters.items()
        if c in title_ids
        and begins.get("w:" + k, 0) > 0
        and TITLE_RATIO * begins.get("w:" + k, 0) >= before.get("w:" + k, 0)
    )


# KB title words that are also given names (:func:`given_name_titles`, counted on IL-NER train
# and HiNER's training half by ``python -m khabar.entities.titles``; a test checks the set):
# युवराज begins a person's name 9 times there and stands before one once ("युवराज सिंह"), अमीर 6
# and 0 ("अमीर खान"); every other one-word KB title stands before names at least as often as it
# begins one (राजा 4 and 3). Such a word begins the name unless it follows a place ("कतर के अमीर
# <name>", "सऊदी युवराज <name>": the office). Counted on training, not tuned.
GIVEN_NAME_TITLES = frozenset(deva_key(w) for w in ["युवराज", "अमीर"])
# Fewest times a KB title must begin a name to count as a given name (set by hand, not tuned).
GIVEN_NAME_MIN = 3


def given_name_titles(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], kb: KB
) -> frozenset[str]:
    """One-word KB title forms (folded) that begin a person's name of two words or more at least
    :data:`GIVEN_NAME_MIN` times and more often than they stand right before one."""
    before, begins, _ = _title_counts(sentences, {})
    forms = {alias_key(f) for fs in kb.titles.values() for f in fs if len(f.split()) == 1}
    return frozenset(
        k
        for k in forms
        if begins.get("w:" + k, 0) >= GIVEN_NAME_MIN
        and begins.get("w:" + k, 0) > before.get("w:" + k, 0)
    )


_OF = deva_key("के")


def office_of_place(keys: Sequence[str], t: int, gaz: dict[str, str]) -> bool:
    """Whether the title word ``t`` follows a place or its adjective ("कतर के अमीर", "सऊदी
    युवराज"): then it names an office, even where it is also a given name."""
    p = t - 2 if t > 1 and keys[t - 1] == _OF else t - 1
    return p >= 0 and (gaz.get(keys[p]) or gaz.get(keys[p] + "~")) in ("LOC", "ADJ")


# Offices written before a name in Hindi news that the title clusters miss (rare in training:
# राजदूत 3 times, डीन never; their clusters hold ordinary nouns too). Written by hand from
# Hindi usage, none a word training has in a person's name (lexicon ``PER``/``PER?``); round
# ner9, checked on IL-NER dev half a (+0.004) and on the COVID corpus by hand.
OFFICE_TITLES = frozenset(
    deva_key(w)
    for w in ["राजदूत", "उच्चायुक्त", "सांसद", "विधायक", "महापौर", "मेयर", "राज्यपाल",
              "उपराज्यपाल", "कुलपति", "न्यायाधीश", "न्यायमूर्ति", "जस्टिस", "सीनेटर",
              "कांग्रेसमैन", "गवर्नर", "पार्षद", "प्रवक्ता", "कप्तान", "कोच", "निदेशक", "आयुक्त",
              "कमिश्नर", "डीन",
              # Round ner13: district and police offices of local news, mostly Devanagari
              # acronyms (issues 17 and 13: "एसडीएम <name> ने" lost its agent to the title).
              # Each checked on corpus/hindi-covid-2020 (" <word> <name>" read by hand), none
              # in training's person names (lexicon PER/PER?).
              "एसडीएम", "एडीएम", "एसएसपी", "एएसपी", "डीएसपी", "डीसीपी", "एसीपी", "डीआईजी",
              "आईजी", "एडीजी", "डीजीपी", "सीओ", "एसओ", "एसएचओ", "सीडीओ", "तहसीलदार",
              "कानूनगो", "लेखपाल", "थानाध्यक्ष", "थानेदार", "कोतवाल", "दरोगा", "दारोगा",
              "उपनिरीक्षक", "निरीक्षक", "सिपाही", "उपायुक्त", "सरपंच",
              # Round ner16: the English office as Hindi news spells it ("जॉइंट सेक्रटरी लव
              # अग्रवाल ने"; सेक्रेटरी is in a title cluster already), in no training name.
              "सेक्रटरी",
              # Round ner21: offices and callings the tagger kept inside a person's name
              # ("कांग्रेसी जॉन लुईस", "मंडलायुक्त मुकेश मेश्राम", "कांस्टेबल सतीश", "सॉलिसिटर
              # जनरल तुषार मेहता", "फोटोग्राफर <name>", "पोप <name>"), read on the COVID corpus's
              # day files outside the event gold's days and IL-NER dev half a; none in training's
              # person names (lexicon PER/PER?). Military ranks stay out (training keeps जनरल in).
              "कांग्रेसी", "मंडलायुक्त", "कांस्टेबल", "सॉलिसिटर", "रिप्रजेंटेटिव", "फोटोग्राफर",
              "फ़ोटोग्राफ़र", "पोप", "सीएमएचओ", "प्रधानाचार्य"]
)
CALLINGS = frozenset(deva_key(w) for w in [
    # Round ner21: callings written before a name as offices are ("क्रांतिकारी डॉन ब्रीन की
    # आत्मकथा", "ब्रिटिश कलाकार <name> भी", "स्पिनर <name> ने"): outside names in training
    # (lexicon O/none), read on IL-NER dev half a and the COVID corpus. A genitive after one
    # is a genitive (recognize.NO_OFFICES has them).
    "क्रांतिकारी", "अभिनेता", "अभिनेत्री", "गायक", "गायिका", "लेखिका", "कवि", "कवयित्री",
    "उद्योगपति", "खिलाड़ी", "बल्लेबाज", "गेंदबाज", "कलाकार", "स्पिनर", "निर्देशक", "फिल्मकार",
    "प्रतिद्वंद्वी", "पत्रकार", "संगीतकार", "चित्रकार", "अर्थशास्त्री", "इतिहासकार", "समाजसेवी",
    "कारोबारी", "व्यवसायी", "विकेटकीपर",
])
OFFICE_TITLES = OFFICE_TITLES | CALLINGS
# Words that make a longer office of the title after them ("नायब तहसीलदार", "थाना प्रभारी",
# "उप जिलाधिकारी"): :func:`trim_person` puts them outside a name only right before a title.
# Written by hand from Hindi usage (round ner13), not tuned.
TITLE_MODIFIERS = frozenset(
    deva_key(w)
    for w in ["नायब", "थाना", "उप", "सहायक", "अपर", "वरिष्ठ", "जिला", "पुलिस", "प्रभारी",
              # Round ner16: "जॉइंट सेक्रटरी" (joint secretary), by hand.
              "जॉइंट", "ज्वाइंट"]
)


@cache
def _title_words() -> frozenset[str]:
    """The folded words of the title clusters (a few dozen) and :data:`OFFICE_TITLES`, gathered
    once per process."""
    clusters = word_clusters()
    titles = frozenset(k for k, c in clusters.items() if c in TITLE_CLUSTERS) | OFFICE_TITLES
    return titles - TITLES_IN_NAMES


def is_title_word(key: str) -> bool:
    """Whether a folded word belongs to a title cluster (:data:`TITLE_CLUSTERS`)."""
    return key in _title_words()


# Longest unknown name after a title, in words (as the KB title rule takes it).
MAX_TITLED_WORDS = 3


def names_after_titles(
    toks: Sequence[Tok],
    keys: Sequence[str],
    mentions: Iterable[tuple[int, int]],
    stop: frozenset[str],
    closers: frozenset[str],
    not_names: frozenset[str],
) -> list[tuple[int, int]]:
    """Person names ``[i, j)`` right after a word of a title cluster ("सहायक सचिव सैटरफील्ड ,",
    "जनरल ह्यूरेज ने"), where the KB knows no title.

    The name is up to three Devanagari words training never saw or saw in person names, closed
    by a case marker or a comma as in :func:`.rules._name_after_title`; ``mentions``: the
    ``[i, j)`` of the KB and rule mentions found, whose words no such name takes (read only
    where the sentence has a title word)."""
    out: list[tuple[int, int]] = []
    titles = _title_words()
    if titles.isdisjoint(keys):
        return out  # most sentences: one set operation in C, no loop over the words
    taken = {x for i, j in mentions for x in range(i, j)}
    n = len(keys)
    # only a title word opens one: those found in C (round sp10)
    for t in compress(range(n - 1), map(titles.__contains__, keys[: n - 1])):
        if _personal(keys[t]):
            continue
        k = t + 1
        while (
            k < n
            and k - t <= MAX_TITLED_WORDS
            and k not in taken
            and keys[k] not in stop
            and _DEVANAGARI.fullmatch(toks[k].text) is not None
            and keys[k] not in titles
            and (lexicon_label(keys[k]) is None or "PER" in (lexicon_label(keys[k]) or ""))
        ):
            k += 1
        closed = k < n and (keys[k] in closers or toks[k].text in ",;:")
        if (k > t + 1 and closed and not any(keys[x] in not_names for x in range(t + 1, k))
                and not _initials_or_title(keys, t, k)):
            out.append((t + 1, k))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m khabar.entities.titles``: print the title clusters counted on the training
    sentences (to compare with :data:`TITLE_CLUSTERS`); E040 when the training data is absent."""
    del argv  # no options
    try:
        sentences = [s for part in training_sentences(Config()).values() for s in part]
    except KhabarError as e:
        print(str(e), file=sys.stderr)
        return 2
    clusters = word_clusters()
    print("title clusters:", " ".join(sorted(title_clusters(sentences, clusters))))
    print("titles in names:", " ".join(sorted(titles_in_names(sentences, clusters))))
    kb = load_kb(Config())
    print("given-name titles:", " ".join(sorted(given_name_titles(sentences, kb))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
