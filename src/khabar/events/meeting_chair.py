"""Whom the participants of a meeting ask in it: its chair (issue 13, round tg9).

Why a module of its own: a report of a meeting the Prime Minister holds with the chief
ministers tells what they proposed in it in a sentence of its own, with no addressee written
("इस बैठक में कुछ मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया था", "बैठक में नौ राज्यों के
मुख्यमंत्रियों ने अपनी बात रखी और इनमें से चार ने पूर्णबंदी की अवधि … आगे बढाने का सुझाव दिया",
"इस बैठक में कई लोगों ने सुझाव दिया कि …"). The sentence analysis reads one sentence at a time,
so the suggestion kept an empty target (round ev28 keeps the public from a suggestion with no
addressee, "मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया": to whom, unsaid, in :mod:`.targets`);
the meeting it names as its scene says whom: the one who convened it and heard the proposals. The dev gold codes a chief minister's
demand of the Prime Minister with the Prime Minister as target (PK-2020-04-07, written there).

The rule is narrow, as :func:`.asked_on.told_in_meeting` (the chair's own request in the meeting)
is: a REQUEST with no target whose own sentence names a meeting as its scene before the trigger
("बैठक में", "बैठक के दौरान"), told by someone who is not the chair; the article's meetings
(CONSULT events with both a convener and partners, told before the request) must all have one
and the same convener, so the chair is the one the text gives whatever meeting "इस बैठक" points
at. The chair is marked inferred, as the Centre of the states' demand is
(:mod:`.centre_asked`): no words of the sentence name it; its argument points at the chair's
mention in the meeting's sentence (its evidence). Counted on the 280 allowed corpus day files
(docs/events-rounds.md, round tg9): 122 of 552 REQUEST events had no target at main 66315971;
five of them named a meeting as their scene ("बैठक में"): two told by the convener
himself, whose meeting has no partners read (left), and three by its participants (changed, all
three right).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event

# A meeting named as the scene of the sentence's act, before its trigger ("इस बैठक में", "बैठक
# के दौरान"); "बैठक के बाद" is a time after it and is left (as in :mod:`.asked_on`).
_SCENE = re.compile(r"बैठक\s+(?:में|के\s+दौरान)")
# Modes of asking a participant uses of the chair: a suggestion or appeal, a demand, advice.
_ASKING_MODES = frozenset({"appeal", "request", "advise"})


def _meetings_before(events: list[Event], before: int) -> list[Event]:
    """The meetings told before offset ``before`` that have both a convener and partners."""
    return [
        e
        for e in events
        if e.type == "CONSULT" and e.trigger_start < before and e.source and e.target
    ]


def asked_of_chair(events: list[Event], text: str) -> None:
    """Give each participant's request made in a meeting the meeting's chair as its inferred
    target (see the module docstring). ``events`` of one article, changed in place."""
    for ev in events:
        if ev.type != "REQUEST" or ev.mode not in _ASKING_MODES or ev.target or ev.negated:
            continue
        if not ev.source or not _SCENE.search(text[ev.evidence_start : ev.trigger_start]):
            continue
        meetings = _meetings_before(events, ev.trigger_start)
        chairs = {tuple(m.source) for m in meetings}
        if len(chairs) != 1:
            continue  # no meeting told before, or two conveners: whose meeting, unsaid
        meeting = meetings[-1]
        if set(ev.source) & set(meeting.source):
            continue  # the chair's own request: :func:`.asked_on.told_in_meeting`'s side
        told = [
            a for a in meeting.arguments if a.role == "source" and a.entity_id in meeting.source
        ]
        if {a.entity_id for a in told} != set(meeting.source):
            continue  # a convener with no mention to point at
        ev.target = list(meeting.source)
        ev.arguments.extend(replace(a, role="target_inferred") for a in told)
        for ident in meeting.source:
            if ident in meeting.codes and ident not in ev.codes:
                ev.codes[ident] = meeting.codes[ident]
