"""The topic of an earlier sentence as the antecedent of a pronoun target it names among others,
and the one person a plural pronoun honours.

Why: :func:`khabar.events.anaphora._antecedent` leaves a pronoun open when the nearest earlier
sentence that names people names more than one ("पूर्व में जो 2 लोग कोरोना संक्रमण से ग्रसित पाए
गए थे … उन्होंने … लोगों से मिलना-जुलना जारी रखा । … तथा उन्हें क्वारंटाइन कर दिया गया था": the
two infected, and the people they met; "एक कोरोना रोगी के संपर्क में आई एक महिला संक्रमित पाई गई है
। उसे … भर्ती कराया गया है": the patient, and the woman). Hindi marks every argument but the
subject (and an unmarked object) with a postposition; the one people phrase written bare is what
the sentence is about, and a pronoun in the next sentence goes on with it. The others, each
followed by its case mark ("लोगों से", "रोगी के संपर्क में"), are named on the way.

Conservative, as the resolver is: exactly one candidate stands bare and every other one is
followed by a postposition; a bare phrase that is itself the modifier of another noun ("श्रमिक
स्पेशल ट्रेन") also counts as bare, so two bare ones leave the pronoun open. Round tg2 (issue
13), read on the 280 allowed corpus day files: 5 pronoun targets filled, 5 right (the two
infected, the woman, the 2,500 found ill twice, the six people kept under watch); without the
number condition 2 more, both wrong (a shrine's name, a resident that modifies a patient).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from .clause import SentenceView

# The case marks and postpositions that follow an argument other than the subject.
_MARKS = frozenset({"को", "से", "में", "पर", "का", "की", "के", "तक", "ने", "द्वारा", "संग"})


class _Span(Protocol):
    """A candidate antecedent: its character offsets in the article text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def ident(self) -> str: ...

    @property
    def plural(self) -> bool | None: ...


C = TypeVar("C", bound=_Span)


def bare_topic(sv: SentenceView, found: Sequence[C], plural: bool) -> C | None:
    """The one candidate of ``found`` (distinct people named in the sentence ``sv``, before the
    pronoun's sentence) that no postposition follows, when every other one is followed by one and
    it is of the pronoun's own number (``plural``: a group for उन्हें, one person for उसे; a
    name or a noun of either number, "वैष्णो देवी तीर्थ", "नगर निवासी 65 साल के … मरीज", is as
    often the modifier of a longer phrase); None otherwise (two written bare, a candidate at the
    sentence's end, or its token unknown)."""
    bare: list[C] = []
    for c in found:
        k = next((i for i, t in enumerate(sv.tokens) if t.end == c.end), None)
        if k is None or k + 1 >= len(sv.tokens):
            return None
        if sv.tokens[k + 1].text not in _MARKS:
            bare.append(c)
    if len({c.ident for c in bare}) != 1 or bare[0].plural is not plural:
        return None
    return bare[0]


# The plural pronouns that honour one person ("नगर निवासी एक महिला … गई थी । उनका … । उन्हें होम
# क्वारंटाइन किया गया था").
_HONOURING = frozenset({"उन्हें", "उनको"})


def honoured_one(people: Sequence[C], pronoun: str) -> list[C]:
    """The one person of a sentence before the pronoun's that names nobody else, when the
    pronoun is a plural that honours one (:data:`_HONOURING`) and the person is a noun only
    singular ("एक महिला", "युवक"; "परिवार", a family, whom उन्हें as often means), which number
    agreement alone leaves out; else none. Round tg2 (issue 13): on the 280 allowed corpus day
    files it fills 4 quarantines' targets, 4 right (3 women, 1 family)."""
    if pronoun not in _HONOURING or len({c.ident for c in people}) != 1:
        return []
    return [people[0]] if people[0].plural is False else []
