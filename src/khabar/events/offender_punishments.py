"""A punishment promised to whoever does something: the warning, not the measure (round th1).

"इमरजेंसी हालत के बगैर घर से निकलने वाले को गिरफ्तार किया जाएगा", "लॉकडाउन का उल्लंघन करने वालों
को जेल भेजा जाएगा", "… करने वालों पर जुर्माना लगाया जाएगा": the one punished is not a person or
group the authority has in hand but anyone who will do what the relative participle ("…ने वाले/
वालों") says. The event gold's rules code such a warning of punishment THREATEN by the authority
against that group, happened (its README: "warning/threat of punishment -> THREATEN"; the tuning
pool's DJ-2020-04-09-L1-e07 so codes the first sentence above, and the end audit au8 judged
khabar's planned COERCE arrest on it a wrong type). :func:`khabar.events.reread.warned_actions`
reads the same form for a legal action ("कार्रवाई") only; this pass takes the other punishments
(arrest, jail, charge, fine, seizure).

Not retyped: an arrest or charge that will be made of people named, counted or already accused
("दोनों आरोपियों को गिरफ्तार किया जाएगा", "उल्लंघन करने वाले 20 लोगों को …": a planned COERCE of
those people), and a punishment given or being given (not planned).

Tuned on the 280 allowed corpus day files of issue 13's round th1: the planned COERCE punishments
there whose object is such a relative participle, read (see docs/events-rounds.md, round th1).
"""

from __future__ import annotations

import re

from ..model import Event
from .reread import PUNISHMENTS

# The relative participle of the offence, as the punishment's object, right before the trigger's
# clause: "…ने वाले/वालों [लोगों/व्यक्तियों] को/पर/के खिलाफ/से", then no number and no danda up to the
# trigger (a number after वाले counts the people: those are in hand, not warned).
_OFFENDER_OBJECT = re.compile(
    r"\S+ने\s+वाल(?:े|ों)(?:\s+(?:लोगों|व्यक्तियों|व्यक्ति|लोग))?\s+(?:को|पर|के\s+खिलाफ|से)\s"
    r"[^।0-9०-९]{0,40}$"
)

# The punishment said as one to come: a future passive or active verb within the next few words
# after the trigger ("गिरफ्तार किया जाएगा", "जेल भेजा जाएगा", "जुर्माना लगाया जाएगा", "… करेगी").
_WILL = re.compile(
    r"^[^।]{0,30}?(?:^|\s)(?:जाएगा|जायेगा|जाएगी|जायेगी|जाएंगे|जायेंगे|जाएंगी|होगा|होगी|होंगे"
    r"|करेगी|करेगा|करेंगे)(?:\s|[।.,]|$)"
)


def offender_punishments(events: list[Event], text: str) -> None:
    """Retype a planned COERCE punishment whose object is the relative participle of an offence
    ("… करने वालों को … किया जाएगा") as THREATEN threaten, happened: a warning to whoever
    would do it, which the gold codes so."""
    for ev in events:
        if (ev.type, ev.modality) != ("COERCE", "planned") or ev.mode not in PUNISHMENTS:
            continue
        if _OFFENDER_OBJECT.search(text[ev.evidence_start : ev.trigger_start]) and _WILL.match(
            text[ev.trigger_end : ev.evidence_end]
        ):
            ev.type, ev.mode, ev.modality = "THREATEN", "threaten", "happened"
