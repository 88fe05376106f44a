"""The thing a cancellation's or a zone's object pronoun stands for in its own sentence, where
:func:`khabar.events.closed_things.thing_pronoun` finds no head it accepts.

Why: Hindi news names what a measure on things falls on once and takes it up with a pronoun in
the same sentence ("साथ ही बिहार दिवस से संबंधित सभी सरकारी कार्यक्रम जो 22 मार्च को होने थे,
उन्हें रद्द कर दिया गया है": the programmes cancelled; "… इसे केवल मुंबई, पुणे और उन स्थानों तक
सीमित कर दिया जिन्हें निरूद्ध क्षेत्र घोषित किया गया है": the places declared containment zones;
"कुछ छात्रों ने … फ्लाइट बुक कराई थी, लेकिन … उसे रद्द कर दिया गया": the flight).
``thing_pronoun`` takes the head right before "जो" or the relative pronoun only when the glossary
calls it a place or a facility (``names_actor``), and only right before it. Three heads it
leaves, each kept here to its measure:

- a cancellation's head that the glossary knows as an occasion, not a place ("सभी सरकारी
  कार्यक्रम", "all government functions"): programmes, matches and fairs are what is cancelled
  or postponed, so for the mode ``cancel`` a glossed phrase that names no people is enough;
- a head marked by the distal demonstrative "उन/उस" earlier in the clause the relative pronoun
  ends ("उन स्थानों तक सीमित कर दिया जिन्हें …"): the Hindi correlative pair "उन X … जिन्हें"
  whose relative clause follows the main clause's verb; the head must be a glossed place or
  thing, and no clause break, "कि" or other relative word may stand between;
- a cancellation's pronoun after "लेकिन/परंतु/मगर/किंतु": the one glossed thing (no people, no
  entity) of the clause before the conjunction, what was planned there and is now called off.

Round tg5 (issue 13): on the 280 allowed corpus day files 22 seals, closures, zones and
cancellations had an object pronoun and no target when their roles were read; 9 of them name the
thing in their own sentence (the others point to sentences before). These three heads are 5 of
the 9, and 3 of those 5 are events khabar keeps (the programmes, a pair of the tuning pool
POOL_tuning; the places; the flight); the other two (a tournament and two matches postponed
"… होना था, लेकिन अब इसे स्थगित") are dropped later for want of a source. Left: a light verb's
genitive object before ", जिन्हें" ("कुछ हॉटस्पॉट की भी पहचान की है, जिन्हें … सील"), a head
the glossary lacks ("पांच और जिले हैं जिन्हें"), a negated postponement ("न ही इन्हें स्थगित").
"""

from __future__ import annotations

from .arguments import _NP_STOPS
from .clause import SentenceView, Unit, is_break
from .gloss import gloss, names_people
from .glossary import names_actor
from .objects import glossed_span

# The distal demonstratives that open the head of an extraposed relative clause ("उन स्थानों …
# जिन्हें", "उस इमारत … जिसे"), with the relative pronoun of their number.
_DEMONSTRATIVES = {"उन": "जिन्हें", "उस": "जिसे"}
# Words from the demonstrative to its relative pronoun, at most: "उन स्थानों तक सीमित कर दिया
# जिन्हें" is 6; tuned on the allowed corpus day files (the one such head there).
_DEMONSTRATIVE_REACH = 8
# Words of the head after the demonstrative: "उन स्थानों", "उन सरकारी इमारतों".
_HEAD_WORDS = 2
# Words that end a clause or open another one between the head and the relative pronoun.
_CLAUSE_WORDS = frozenset({"कि", "जो", "जिन", "जिस", "जिन्हें", "जिसे", "लेकिन", "परंतु", "मगर"})


def cancelled_occasion(sv: SentenceView, first: int, end: int, mode: str) -> bool:
    """Whether the phrase ``first``..``end`` may be what a cancellation falls on: for the mode
    ``cancel`` a phrase the glossary can say that names no people ("सभी सरकारी कार्यक्रम"); a
    place or facility (``names_actor``) for any measure on things."""
    text = sv.text_of(first, end)
    if gloss(text) is None or names_people(text):
        return False
    return names_actor(text) or mode == "cancel"


def demonstrative_head(sv: SentenceView, p: int, units: list[Unit]) -> tuple[int, int] | None:
    """The head "उन/उस <noun>" that the relative pronoun at ``p`` takes up from before its main
    clause's verb ("उन स्थानों तक सीमित कर दिया जिन्हें …"): the last such demonstrative of the
    pronoun's number within :data:`_DEMONSTRATIVE_REACH` words, the longest glossed place or
    thing of at most :data:`_HEAD_WORDS` words after it; None when a clause break or another
    relative word stands between, or the head is no place or thing."""
    toks = sv.tokens
    relative = toks[p].text.replace("\u200d", "").replace("\u200c", "")
    for k in range(p - 1, max(-1, p - 1 - _DEMONSTRATIVE_REACH), -1):
        if toks[k].text in _CLAUSE_WORDS or is_break(toks, k):
            return None
        if _DEMONSTRATIVES.get(toks[k].text) != relative:
            continue
        if any(u.first <= k + 1 <= u.last for u in units):
            return None  # a name after "उन": an entity, left to the rules that read entities
        best = None
        for end in range(k + 1, min(p, k + 1 + _HEAD_WORDS)):
            if cancelled_occasion(sv, k, end, ""):
                best = (k, end)
        return best
    return None


# The contrastive conjunctions after which a cancellation's pronoun takes up what the clause
# before them planned ("… मैच 21 और 22 मार्च को खेले जाने वाले थे लेकिन अब इसे स्थगित …").
_BUT = frozenset({"लेकिन", "परंतु", "मगर", "किंतु"})
# Words from the conjunction to the pronoun, at most: "लेकिन कोरोनावायरस के नए मामले सामने आने
# की वजह से उसे" is 10; tuned on the allowed corpus day files (the three such pronouns there).
_BUT_REACH = 10
# The cancellation's object pronouns (closed_things._THING_PRONOUNS).
_CANCELLED_PRONOUNS = frozenset({"उसे", "इसे", "उन्हें", "इन्हें"})


def planned_occasion(
    sv: SentenceView, p: int, units: list[Unit], mode: str
) -> tuple[int, int] | None:
    """The occasion a cancellation's object pronoun at ``p`` takes up from the clause before a
    contrastive conjunction in its own sentence ("टूर्नामेंट का आयोजन 26 से 29 मार्च तक होना था,
    लेकिन अब इसे … स्थगित कर दिया गया है"; "कुछ छात्रों ने … फ्लाइट बुक कराई थी, लेकिन … उसे
    रद्द कर दिया गया"): the one phrase of that clause the glossary can say that names no people and
    is no entity (a place, a body); None for any other measure, when no such conjunction stands
    within :data:`_BUT_REACH` words before the pronoun, when a clause break stands between, or when
    the clause holds none or more than one such phrase (which one was cancelled is not said)."""
    toks = sv.tokens
    if mode != "cancel" or toks[p].text not in _CANCELLED_PRONOUNS:
        return None
    c = next(
        (k for k in range(p - 1, max(-1, p - 1 - _BUT_REACH), -1) if toks[k].text in _BUT), None
    )
    if c is None or any(is_break(toks, k) for k in range(c + 1, p)):
        return None
    opening = next((k + 1 for k in range(c - 1, -1, -1) if is_break(toks, k)), 0)
    in_unit = {k for u in [*units, *sv.units] for k in range(u.first, u.last + 1)}
    spans: list[tuple[int, int]] = []
    for end in range(opening, c):
        if end in in_unit or end in sv.dated or gloss(toks[end].text) is None:
            continue
        first = glossed_span(sv, opening, end, units, _NP_STOPS)
        if (
            first is not None
            and not in_unit & set(range(first, end))
            and cancelled_occasion(sv, first, end, mode)
        ):
            spans = [s for s in spans if not (first <= s[0] and s[1] <= end)] + [(first, end)]
    return spans[0] if len(spans) == 1 else None
