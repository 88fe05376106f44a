"""Whom a speaker asks on, in the sentence after the request that named the addressee (issue 13,
round ta5).

Why a module of its own: Hindi news tells a speaker's appeal over two sentences, the first naming
whom it asks and the next going on with a pronoun subject or none ("नीतीश कुमार ने बिहार के बाहर
फंसे लोगों से अपील की है । उन्होंने कहा है कि … जो जहां हैं वहीं रहें ।", "उन्होंने लोगों को योग
से निरोग रहने की सलाह दी । साथ ही शराब, गुटखा जैसे दुव्र्यसनों से दूर रहने को कहा ।"). The
sentence analysis reads one sentence at a time, so the second request had no addressee though
the text leaves no doubt whom it asks: the same hearers. Round ta2's target audit found such
earlier-sentence addressees 8 times in 145 real events of the request and aid family.

The antecedent must be unambiguous by a rule that can be stated: the immediately previous
sentence holds requests (or a meeting) of exactly the same speaker, all asking the same addressees
(one addressee list, no other speaker's request there), and the later request names no new
speaker: its source is a pronoun ("उन्होंने") or is not written in its sentence at all. A named
subject ("आयोग ने … को कहा है", "लव अग्रवाल ने कहा, …") opens a new statement whose hearer may
differ (an advisory's content for the states, a list of closures), so it is left alone; so are
the other types of the family, whose next sentence names its own patient ("… युवक का घर … सेनेटाइज
किया जाएगा", "… 83 हजार श्रमिकों को … रवाना किया"): counted on the allowed corpus day files, 1 of
4 such aid and praise events would have been right (docs/events-rounds.md, round ta5).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .run_duties import said_in_run
from .sentence_events import events_by_sentence

# The pronoun subjects that carry the speaker on from the sentence before (the agent forms; a
# nominative "वे"/"वह" is as often someone else: the hearers of the appeal themselves).
_PRONOUN_SOURCES = frozenset({"उन्होंने", "इन्होंने", "उसने", "इसने"})
_TARGET_ROLES = frozenset({"target", "target_antecedent"})
# What the previous sentence may hold for its addressees to carry on: the speaker's requests, and
# a meeting of the speaker's, whose participants are whom the speaker asks in it ("प्रधानमंत्री ने
# … सभी मुख्यमंत्रियों के साथ … बातचीत की थी । जिसमें उन्होंने सभी से … सुझाव मांगा था ।").
_ASKING = frozenset({"REQUEST", "CONSULT"})


def _speaker_told_on(ev: Event) -> bool:
    """Whether the request names no new speaker: each source argument written in Hindi is an
    agent pronoun (an inferred source carries the English name, no Devanagari)."""
    for a in ev.arguments:
        if a.role != "source":
            continue
        written = any("\u0900" <= c <= "\u097f" for c in a.text)
        if written and a.text.strip() not in _PRONOUN_SOURCES:
            return False
    return True


def asked_on(events: list[Event]) -> None:
    """Give a REQUEST with no target the addressees of the previous sentence's requests (and
    meetings) when these are all the same speaker's, ask one and the same addressee list, and this
    request names no new speaker (see the module docstring). Changed in place."""
    by_sentence = events_by_sentence(ev for ev in events if ev.type in _ASKING)
    for later in events:
        if later.type != "REQUEST" or later.target or later.negated or later.sentence is None:
            continue
        if not later.source or not _speaker_told_on(later):
            continue
        before = by_sentence.get(later.sentence - 1, [])
        if not before or any(set(e.source) != set(later.source) for e in before):
            continue
        asked = {tuple(e.target) for e in before}
        if len(asked) != 1 or not next(iter(asked)):
            continue
        first = before[0]
        if said_in_run(first):
            continue  # "… अधिकारी … करें । उन्होंने कहा कि …": a new statement (round sd1)
        later.target = list(first.target)
        later.arguments.extend(
            replace(a)
            for a in first.arguments
            if a.role in _TARGET_ROLES and a.entity_id in first.target
        )


# The frame words after a meeting's trigger that make the meeting the scene of what the sentence
# tells next ("समीक्षा बैठक के दौरान सभी जिला प्रशासनों से कहा", "एक बैठक में बिरला ने … अधिकारियों
# को … निर्देश दिया"); "बैठक के बाद" is a time after it, whose hearers need not have sat in it.
_SCENE = (("में",), ("के", "दौरान"))
# What the speaker does to the meeting's participants in it: tells or orders them.
_TOLD_IN_MEETING = frozenset({"REQUEST", "COERCE"})


def _scene_of(ev: Event, text: str) -> bool:
    words = text[ev.trigger_end : ev.trigger_end + 20].split()
    return any(tuple(words[: len(s)]) == s for s in _SCENE)


def told_in_meeting(events: list[Event], text: str) -> None:
    """Give a meeting with no participant the addressees of the one request or order its own
    convener makes in it, in the same sentence after the meeting's "में"/"के दौरान" (issue 13,
    round ta5: round ta2's audit found the participants so told twice in 18 meetings). Two
    requests of different hearers, another speaker's or a request before the meeting leave it
    alone. Changed in place."""
    for meeting in events:
        if meeting.type != "CONSULT" or meeting.target or not meeting.source:
            continue
        if meeting.sentence is None or not _scene_of(meeting, text):
            continue
        told = [
            e
            for e in events
            if e.sentence == meeting.sentence
            and e.type in _TOLD_IN_MEETING
            and e.trigger_start > meeting.trigger_end
        ]
        if not told or any(set(e.source) != set(meeting.source) for e in told):
            continue
        hearers = {tuple(e.target) for e in told}
        if len(hearers) != 1 or not next(iter(hearers)):
            continue
        meeting.target = list(told[0].target)
        meeting.arguments.extend(
            replace(a)
            for a in told[0].arguments
            if a.role in _TARGET_ROLES and a.entity_id in told[0].target
        )
