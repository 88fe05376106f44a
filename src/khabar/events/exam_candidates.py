"""Who an examination's cancellation or postponement falls on: the candidates who sit it.

Why a module of its own: :mod:`.objects` takes the examination itself as the target of a
cancellation or postponement written with no postposition ("सीबीएसई ने बोर्ड परीक्षाएं 31 तक
रद्द कर दी हैं", "पश्चिम बंगाल पब्लिक सर्विस कमीशन ने … लिखित परीक्षा को … स्थगित कर दिया
है"), and the naming stage calls it "board examinations in India". The party such an act binds
is the people who were to sit the examination: the development gold codes both of its
examination cancellations so ("school students of classes 1-8 in Maharashtra", "civil services
interview candidates"), and on the tuning sets 5 of the 6 examination postponements that khabar
found name the candidates or the students, not the examination (Vg, Vu twice, Vw twice; the sixth,
Vt, codes "board examinations and answer-sheet evaluation", a phrase khabar does not take for an
examination). Issue 13, round tg4: on the 280 allowed corpus day files 10 COERCE targets named an
examination alone (the rule renames them all; each read, see docs/events-rounds.md).

The rule (:func:`exam_candidates`) runs after the naming stage, on COERCE events only: a target
whose English is an examination, with its place ("written examination in West Bengal"), becomes
its candidates ("written examination candidates in West Bengal"); the argument's Hindi text and
offsets stay, the evidence of the examination the candidates are named after. A list
("classes and examinations in Kerala": pupils of classes, a wider party) or a phrase whose head is
no examination ("examination centres") is left as it is.
"""

from __future__ import annotations

from ..model import Event

# The English heads the glossary gives an examination (परीक्षा, परीक्षाएं, इम्तिहान).
_EXAMS = frozenset({"examination", "examinations"})


def candidates_of(english: str) -> str | None:
    """The candidates of an examination named in English ("board examinations in India" ->
    "board examination candidates in India"), else None: a phrase whose last word before its
    place is no examination, or a list of things ("classes and examinations in Kerala")."""
    head, _, place = english.partition(" in ")
    words = head.split()
    if not words or words[-1] not in _EXAMS or "and" in words or "," in head:
        return None
    words[-1] = "examination"
    return " ".join([*words, "candidates"]) + (f" in {place}" if place else "")


def exam_candidates(events: list[Event]) -> None:
    """Name the target of each COERCE event that is an examination after its candidates (in
    place: ``Argument.en``, which :func:`khabar.events.names.english_names` reads first)."""
    for ev in events:
        if ev.type != "COERCE":
            continue
        for arg in ev.arguments:
            if arg.role == "target" and arg.entity_id in ev.target and arg.en:
                arg.en = candidates_of(arg.en) or arg.en
