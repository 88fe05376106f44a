"""A past act dated only to a week is left undated (round dt2, issue 13).

The date stages give an event the value of the timex its clause or sentence tells, and a timex
may be coarser than a day: "पिछले हफ्ते" / "पिछले सप्ताह" / "इस सप्ताह" are ISO weeks (2020-W10).
No gold khabar is measured on gives an event a week: the dev gold's 198 events and the tuning
sets' 1,099 (Vf-Vj, Vm-Vq, Vr-Vv) carry a calendar day or null ("null when the text gives no
date for this act", the dev gold's header), even where the act's own clause tells the week
("जम्मू कश्मीर सरकार ने पिछले सप्ताह … बंद कर दिए थे", Vp's DH-2020-03-15-L27-e09: null), and the
seeds' gold, which dates a past visit told "पिछले महीने" to its month, has no week either. On the
280 allowed corpus day files 10 events of actors were dated to a week (main 6f461f86), all told
as done; in two the week was another thing's time ("इस हफ्ते भारी भीड़ लगने पर नाखुशी जताई": the
crowds', not the displeasure's).

A month is kept: the seeds' gold dates past and planned acts to the month ("पिछले महीने … की
बीजिंग यात्रा", 2026-01), and undating months too dropped its all-fields row (tried in round
dt2). Only acts with a source are undated: a disaster has no actor and its time is its own.
``date_basis`` keeps the week and where it came from, so that the evidence stays with the event.
"""

from __future__ import annotations

import re

from ..model import Event

# An ISO week value ("2020-W10"), as the time tagger resolves "पिछले हफ्ते".
_WEEK = re.compile(r"\d{4}-W\d{2}")

# The modalities of acts told as done, going on or denied: a plan, an expectation or a proposal
# keeps its time as told (the seeds' gold dates "अप्रैल में … प्रस्तावित यात्रा" 2026-04).
_PAST = frozenset({"happened", "ongoing", "denied"})


def undate_past_weeks(events: list[Event]) -> None:
    """Leave undated each past act of an actor whose date is a week."""
    for ev in events:
        if ev.date and ev.source and ev.modality in _PAST and _WEEK.fullmatch(ev.date):
            ev.date_basis = f"undated: {ev.date} is no day ({ev.date_basis})"
            ev.date = None
