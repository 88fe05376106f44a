"""The genitive of people before an act phrase that joins two acts (issue 13, round et1).

Why a module of its own: :func:`khabar.events.possessors.people_of_the_noun` takes whom an act
told as a noun falls on from the genitive before the noun the act governs ("सभी लोगों की जांच
करने का निर्देश": the people checked), reading back at most two words of that noun phrase
(``possessors._OWN_NOUN_REACH``: "निलंबन", "वेतन रोकने"). News also writes the people's genitive
before two acts joined by a conjunction ("प्रदेश में एक मार्च के बाद से आए हर नागरिक की निगरानी
और हेल्थ जांच करने का निर्देश दिया", the fresh tuning set Vr-Vv and its day file among the 280
allowed ones); the reach then ran out and the order kept no target, though its party stands in
its own sentence. :func:`joined_genitive` reads such a phrase as a run of conjuncts, each as
short as the one-act phrase and each ending in an act noun of a measure on people, so the reach
grows with the acts joined and not with any words: a clause, a postposition, a predicate ("…
की मांग और जरूरत पूरी करने": their needs met) or a longer phrase still ends the walk. That order
also writes no agent (the issuer is named a sentence before), which kept the genitive from being
read at all; :func:`ordered_infinitive` says when the genitive is an ordered act's object anyway.
"""

from __future__ import annotations

from .arguments import _activity
from .clause import MARKERS_1, SentenceView, is_break

# The conjunctions that join two act nouns ("निगरानी और हेल्थ जांच", "जांच व इलाज"), Hindi grammar
_JOINS = frozenset({"और", "व", "एवं", "तथा"})
_GENITIVE = frozenset({"का", "की", "के"})
# The second words of compound postpositions, which end the act phrase ("सभी कर्मियों के लिए
# सेनिटाइजर और मास्क देने की मांग": for whom, not whose act), Hindi grammar
_FRAMES = frozenset({"लिए", "लिये", "साथ", "बाद", "पहले", "तरफ", "ओर", "बारे", "द्वारा", "बजाय"})
# The verb words that may close the act phrase before the order's link: the infinitive of the
# support verb and its causatives, as possessors' one-act reach counts them ("जांच करने",
# "जांच कराने"), Hindi grammar
_VERB_WORDS = frozenset({"करने", "कराने", "करवाने", "रखने"})
# The act nouns of a measure on people that head each conjunct ("निगरानी", "हेल्थ जांच"): a
# predicate before करने ("लोगों की मांग और जरूरत पूरी करने का निर्देश": to meet their needs) is
# no such act, and the people are then whom the act serves, not whom it falls on. Hindi usage,
# not fitted: the checks, watches, searches and treatments the lexicon's measures name.
_ACTS = frozenset(
    {"जांच", "जाँच", "निगरानी", "स्क्रीनिंग", "तलाश", "पहचान", "इलाज", "उपचार", "देखभाल"}
    | {"टेस्ट", "टेस्टिंग", "सैंपलिंग", "काउंसलिंग", "सर्वे", "सर्वेक्षण", "ट्रेसिंग"}
)
# Words of one conjunct: an act noun and one modifier ("हेल्थ जांच"), as the one-act reach allows
# two words; at most three conjuncts, joined by two conjunctions (a comma ends the walk: it may
# end a clause). Hindi usage, not fitted to a count.
_CONJUNCT_WORDS = 2
_MAX_CONJUNCTS = 3


def joined_genitive(sv: SentenceView, start: int, k: int) -> int | None:
    """The genitive before the act phrase that ends right before ``k``, when that phrase is a
    verb word of :data:`_VERB_WORDS` (or none) after two to :data:`_MAX_CONJUNCTS` conjuncts of
    at most :data:`_CONJUNCT_WORDS` words each, each ending in an act noun of :data:`_ACTS` and
    joined by :data:`_JOINS` (not a comma, which may end a clause: "30 लोगों की पहचान, कड़ी
    निगरानी में रखा गया"); None at a clause break, a postposition, another infinitive, a date or
    a longer run (see the module docstring)."""
    toks = sv.tokens
    j = k - 1
    if j > start and toks[j].text in _VERB_WORDS:
        j -= 1
    conjuncts, words = 1, 0
    while j > start:
        word = toks[j].text
        if word in _GENITIVE:
            # a single act is possessors' own reach; only a joined run is read here
            return j if words and conjuncts > 1 else None
        if word in _JOINS:
            if not words or conjuncts >= _MAX_CONJUNCTS:
                return None
            conjuncts, words = conjuncts + 1, 0
        elif not words and word not in _ACTS:
            return None  # each conjunct ends in an act noun
        elif (
            is_break(toks, j)
            or word in MARKERS_1
            or word in _FRAMES
            or j in sv.dated
            or _activity(word)
        ):
            return None
        else:
            words += 1
            if words > _CONJUNCT_WORDS:
                return None
        j -= 1
    return None


# The nouns of an order whose infinitive complement is read here (Hindi usage, not fitted)
_ORDER_NOUNS = frozenset({"आदेश", "आदेशों", "निर्देश", "निर्देशों", "हिदायत"})
_LINK = frozenset({"का", "के", "की"})


def ordered_infinitive(sv: SentenceView, first: int, start: int) -> bool:
    """Whether the trigger at ``first`` is an order noun after "<act noun> करने का" ("… की जांच
    करने का निर्देश दिया"): a genitive before that act noun is the act's object, never its doer
    (the doer of an infinitive is not written in the genitive), so it is whom the order is about
    even when the sentence writes no agent of the order ("इसके साथ ही … हर नागरिक की निगरानी
    और हेल्थ जांच करने का निर्देश दिया", the issuer named a sentence before)."""
    toks = sv.tokens
    return (
        first - 2 > start
        and toks[first].text in _ORDER_NOUNS
        and toks[first - 1].text in _LINK
        and toks[first - 2].text in _VERB_WORDS
    )
