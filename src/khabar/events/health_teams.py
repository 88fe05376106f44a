"""The health department as the issuer of an agentless medical measure where its paragraph shows
the department at work (round src9, issue 13).

Why a module of its own: the jurisdiction guess (:func:`khabar.events.issuer.authority`) gives an
agentless quarantine, screening or watch on people to the place's district administration (which
runs the quarantine centres) or a district-less city's government. Where the same paragraph
shows the health department itself doing the work just before ("इसके बाद स्वास्थ्य विभाग की टीम
50 हजार लोगों की स्क्रीनिग कर चुकी है । … दो सौ से अधिक लोगों को क्वारंटाइन किया जा चुका है",
"इन्हें स्वास्थ्य विभाग की रैपिड रिस्पांस टीम की निगरानी में रखा गया है । … 11936 लोगों को
इंस्टीट्यूशनल क्वारंटाइन किया गया है", "स्वास्थ्य विभाग द्वारा रेपिड रिस्पांस टीम … कार्य करेगी
। क्षेत्र के सभी लोगों की सतत स्क्रीनिंग की जाएगी"), or right after with no one acting before
("… 14 लोगों को … क्वारंटीन किया गया है । … स्वास्थ्य विभाग की टीम सुबह-शाम उनकी निगरानी कर रही
है"), the measure is the department's work: the tuning sets' hand gold codes such passives
"Mathura health department", "Uttar Pradesh health department". :mod:`.health_body` reads a
health official who spoke and a health team acting in the measure's own sentence; this reads the
department (or its team) acting in a neighbouring sentence of the paragraph. It only changes the
place's guessed administration into the same place's health department
(:func:`khabar.events.issuer.health_department_of`), or, where the paragraph names a state as its
scope ("यूपी में … लौटे 91719 लोगों"), into that state's; a state's department ("राज्य के स्वास्थ्य
विभाग ने बताया") of no state named leaves the guess. Never a seal, a curfew or a zone, never a
measure a ने-agent of its sentence reports, and never where another agent acted after the
department and before the measure ("दोनों को प्रशासन ने स्कूलों में क्वारंटीन कर दिया है । …
उसे … क्वारंटीन सेंटर में रखा गया था । स्वास्थ्य विभाग की टीम ने इनका सैम्पल लेकर …": the
administration's, as the gold has it). A department merely named ("जिला प्रशासन और स्वास्थ्य
विभाग में खलबली मच गई है") does not act.
"""

from __future__ import annotations

import re

from .actors import place_code
from .clause import SentenceView
from .health_body import MEDICAL_MODES
from .issuer import health_department_of
from .places import _kb_place

# The measures on people a health department takes: quarantine, isolation and screening
# (:data:`khabar.events.health_body.MEDICAL_MODES`), and a watch kept on people where the
# department is shown at work (with no department in view it is as often the police's)
_MODES = MEDICAL_MODES | {"surveillance"}
# The department at work: "स्वास्थ्य विभाग ने / द्वारा", "स्वास्थ्य विभाग की (रैपिड रिस्पांस) टीम",
# "स्वास्थ्य विभाग के (एक वरिष्ठ) अधिकारी/कर्मियों ने". A team always acts; staff only with ने.
_AT_WORK = re.compile(
    r"स्वास्थ्य\s+विभाग\s+(?:ने|द्वारा|की\s+(?:\S+\s+){0,3}?(?:टीम|टीमें|टीमों)"
    r"|के\s+(?:\S+\s+){0,2}?(?:कर्मी|कर्मियों|कर्मचारियों|अधिकारियों|अधिकारी|डॉक्टरों|चिकित्सकों)\s+ने)"
    r"(?!\S)"
)
# The department of the state ("राज्य के स्वास्थ्य विभाग ने बताया"): no district's department
_STATE_OWNED = re.compile(r"(?:राज्य|प्रदेश|सूबे)\s+के\s+स्वास्थ्य\s+विभाग")
# Any agent by ने: another doer between the department and the measure takes the measure back
_NE = re.compile(r"(?<!\S)ने(?!\S)")
# A sentence end of the paragraph (the Hindi danda, a full stop before a space or the line's end)
_END = re.compile(r"[।॥]|\.(?=\s|$)")
# How many sentence ends may stand between the department at work and the measure. Before it: 3
# (Mathura's screening team, DJ-2020-MAY-04, is three sentences before the quarantine; Uttar
# Pradesh's rapid response team, DJ-2020-ARP-25, two). After it: 1 (the Shamli team watching the
# quarantined, AU-2020-MAR-31, one sentence after; the Delhi team arriving at Janakpuri,
# AU-2020-MAR-15, in the next). Tuned on the 280 allowed corpus day files.
_REACH_BEFORE = 3
_REACH_AFTER = 1


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the line (a paragraph of the corpus) holding ``start``..``end``."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _state_scope(before: str) -> tuple[str, str] | None:
    """(place code, English name) of the Indian state the paragraph's words ``before`` the
    measure last name as a scope ("यूपी में चीन सहित विदेश यात्रा से लौटे 91719 लोगों …": the
    state's figures), a state of one or two words right before "में"; None where the last place
    so named is a town (a district's story, "कस्बा झिंझाना में") or there is none."""
    words = [w.strip(",;:()'\"‘’“”") for w in before.split()]
    for k in range(len(words) - 1, 0, -1):
        if words[k] != "में":
            continue
        for size in (2, 1):
            if k - size < 0:
                continue
            ident = _kb_place(words[k - size : k])
            if (found := place_code(ident)) is None or "-" not in found[0]:
                continue
            state = (ident or "").removeprefix("kb:").split("/", 1)[0].endswith("-state")
            return found if state else None
    return None


def department_at_work(text: str, start: int, end: int) -> bool:
    """Whether the paragraph of the sentence ``start``..``end`` of ``text`` shows the health
    department at work (:data:`_AT_WORK`) as the last doer before it, at most
    :data:`_REACH_BEFORE` sentence ends away; or, with no doer by ने before it in the paragraph,
    as the first doer after it, at most :data:`_REACH_AFTER` sentence ends away."""
    first, last = _paragraph(text, start, end)
    before = text[first:start]
    doers = sorted(
        [(m.start(), m.end(), True) for m in _AT_WORK.finditer(before)]
        + [(m.start(), m.end(), False) for m in _NE.finditer(before)]
    )
    if doers:
        at, upto, health = doers[-1]
        if not health:
            # a ने inside the department's own phrase ("स्वास्थ्य विभाग ने") is the department
            health = any(a <= at < u for a, u, h in doers if h)
        return health and len(_END.findall(before, upto)) <= _REACH_BEFORE
    after = text[end:last]
    found = _AT_WORK.search(after)
    if found is None:
        return False
    ne = _NE.search(after)
    if ne is not None and ne.start() < found.start():
        return False
    return len(_END.findall(after, 0, found.start())) <= _REACH_AFTER


def health_team_issuer(
    sv: SentenceView, text: str, mode: str, issued: tuple[str, str, str], reported: bool
) -> tuple[str, str, str]:
    """(id, code, name) of the place's health department for an agentless ``mode`` measure of
    :data:`_MODES` whose guessed issuer ``issued`` is that place's administration ("X district
    administration", or a district-less city's government, "Government of Delhi") where the
    paragraph shows the department at work (:func:`department_at_work`); ``issued`` unchanged
    otherwise, and where a ने-agent of the sentence ``reported`` the measure."""
    if mode not in _MODES or reported:
        return issued
    _, code, name = issued
    place, _, sector = code.partition(" ")
    if sector != "GOV" or "-" not in place:
        return issued
    if not department_at_work(text, sv.start, sv.end):
        return issued
    first = _paragraph(text, sv.start, sv.end)[0]
    state = _state_scope(text[first : sv.start])
    if state is not None and state[0] != place:
        # the state's figures: its own health department (a district's guess is no nearer)
        own = f"{state[1]} health department"
        return f"actor:{own}", f"{state[0]} HLH", own
    if state is None and _STATE_OWNED.search(text, first, sv.start):
        return issued  # the state's department, and no state named to say which
    return health_department_of(name, place) or issued
