"""The party a measure falls on when a conjunctive participle's act named it (issue 13, round ta1).

Why a module of its own: Hindi names the object once for a chain of acts joined by a conjunctive
participle, "X को A कर B कर दिया" ("दोनों गांवों को हॉटस्पाट के रूप में चिन्हित कर सील कर दिया
गया", "पूरे सेक्टर को सील करके कंटेनमेंट जोन बना दिया गया", "149 लोगों को गिरफ्तार कर सात
मुकदमे दर्ज किए गए"). The participle's act takes the को-phrase before it; the main verb's measure
has no phrase of its own and was left with no target, though it falls on the same villages,
sector or people. The sentence analysis reads one clause per trigger and never sees the shared
phrase as the second act's, so this pass, run on the sentence's events once each has its own
roles, gives the later measure the earlier one's target where nothing but the participle (and the
later act's own bare words: "सात मुकदमे") stands between the two triggers. A marked phrase there
("… सील करके कोविड-19 के प्रसार को रोक दिया", "गिरफ्तार कर उनके खिलाफ मामला दर्ज") is the later
act's own and is left alone. Two finite verbs joined by "और" share the object the same way when
the second writes no phrase of its own ("सभी को … हिरासत में लिया और खेलगांव स्थित क्वारेंटाइन
सेंटर पहुंचा दिया", round ta3); with a phrase of its own ("… की छुट्टी रद कर दी है और अगले निर्देश
तक … काम करने का आदेश जारी किया") the second clause stays its own.

Counted in the round's audit of 150 random events of the allowed corpus day files and on all of
those files (docs/events-rounds.md, rounds ta1 and ta3).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event

# Conjunctive participles of the light verbs ("सील कर", "सील करके", "जांच करा", "पकड़कर" is one
# word and has no trigger of its own before it).
_PARTICIPLES = frozenset({"कर", "करके", "करा", "कराके", "कराकर"})
# Words that open a phrase or a clause of the later act's own: postpositions, conjunctions,
# clause words and punctuation. Between the participle and the later trigger only the later
# act's bare words may stand ("सात मुकदमे दर्ज": its count), at most _BARE_WORDS of them.
_OWN_PHRASE = frozenset(
    {
        "को", "पर", "में", "से", "के", "की", "का", "ने", "द्वारा", "तक", "लिए", "खिलाफ",
        "और", "तथा", "व", "एवं", "या", "कि", "लेकिन", "जबकि", ",", "।", "|", "-",
    }
)
_BARE_WORDS = 2
# The types whose acts chain this way: a measure on the party the first one took.
_MEASURES = frozenset({"COERCE"})
_TARGET_ROLES = frozenset({"target", "target_antecedent"})


# Round ta3 (issue 13): the और-twin, two finite verbs sharing one object ("सभी को … पुलिस ने
# हिरासत में लिया और खेलगांव स्थित क्वारेंटाइन सेंटर पहुंचा दिया", round ta1's audit #144): the
# first act's verb complex, "और" or "तथा", then at most _AND_WORDS bare words of the later act's
# own (a place it is taken to, with its "स्थित"), no phrase marked and no subject of its own.
_AND = frozenset({"और", "तथा"})
_VERB_COMPLEX = frozenset(
    {"लिया", "लिए", "ली", "किया", "किए", "किये", "की", "दिया", "दिए", "दी", "गया", "गए", "गई", "गयी"}
    | {"है", "हैं", "था", "थे", "थी"}
)
_AND_WORDS = 3
_BRACKETS = str.maketrans("", "", "()")


def _chained(first: Event, later: Event, text: str) -> bool:
    """Whether ``later`` is the main verb of a chain whose conjunctive participle is ``first``'s
    light verb, with none of its own phrases between them (see the module docstring), or the
    second of two finite verbs joined by "और" with none of its own phrases (``_AND``)."""
    if first.trigger_end > later.trigger_start:
        return False
    words = text[first.trigger_end : later.trigger_start].split()
    if not words:
        return False
    if words[0] in _VERB_COMPLEX:
        k = next((i for i, w in enumerate(words) if w not in _VERB_COMPLEX), len(words))
        rest = [w for w in (w.translate(_BRACKETS) for w in words[k + 1 :]) if w]
        return (
            k < len(words)
            and words[k] in _AND
            and len(rest) <= _AND_WORDS
            and not any(w in _OWN_PHRASE for w in rest)
        )
    if words[0] not in _PARTICIPLES:
        return False
    rest = words[1:]
    return len(rest) <= _BARE_WORDS and not any(w in _OWN_PHRASE for w in rest)


def chained_objects(events: list[Event], text: str) -> None:
    """Give each measure with no target the target of the measure whose conjunctive participle
    immediately precedes it in the same sentence, when that target was written before the
    participle's trigger (the shared को-phrase). ``events`` in trigger order, changed in place."""
    for k, later in enumerate(events):
        if later.type not in _MEASURES or later.target or later.negated:
            continue
        first = next(
            (
                e
                for e in reversed(events[:k])
                if e.sentence == later.sentence and e.trigger_end <= later.trigger_start
            ),
            None,
        )
        if first is None or first.type not in _MEASURES or not first.target:
            continue
        shared = [
            a for a in first.arguments if a.role in _TARGET_ROLES and a.end <= first.trigger_start
        ]
        if not any(a.role == "target" for a in shared) or not _chained(first, later, text):
            continue
        later.target = list(first.target)
        later.arguments.extend(replace(a) for a in shared)
