"""Acceptances that are no act: an AGREE read from "स्वीकार" where nobody takes up an offer,
a proposal or a decision at a moment.

Why a module of its own: round fp3 (issue 13) read the false events of the tuning sets' pools
(Vf-Vj, Vm-Vq, Vr-Vv, Vw-Vz), of the end audit au9 and of the recall audit rv47, and the one
trigger that recurs among them is the lexicon's AGREE "स्वीकार": on the 280 allowed corpus day
files khabar made 6 such events and 4 were not acts. Each is a test of one finished event
against the words around its trigger, like :mod:`.nonacts`, applied by the events stage
(:mod:`.stage`) after the other article-level readings:

* a standing property, told in the habitual present: "पीएम- केयर्स फंड छोटे से छोटे दान को भी
  स्वीकार करता है" (a fund that takes donations; au9);
* the consequent of a condition: "यदि … बोर्ड … निर्णय लेता है तो हमलोग भी उसे स्वीकार करेंगे"
  (an acceptance that waits on a decision not yet taken; rv47). The if-clause itself is read
  by :mod:`.fates`; here the act after its "तो" is as hypothetical as the condition;
* the public heeding an appeal: "प्रधानमंत्री की अपील को स्वीकार करते हुए लोगों ने खुद को …
  घरों में कैद कर रखा है" (compliance of the public, which the gold does not code; au9 and
  set Vw's false positives);
* a fact or a quality acknowledged: "… कहा गया है कि उन्होंने इसकी गुणवत्ता को स्वीकार किया है"
  (agreeing that something is so, not agreeing to do anything; set Vs's false positives).

A real acceptance of the same surface form stays: "पाकिस्तान ने यह पेशकश खुशी-खुशी स्वीकार कर
ली" (an offer taken up) and "जो केंद्र सरकार का फैसला होगा उसे राज्य स्वीकार करेगा" (a state's
pledge to abide by a decision, no condition word).
"""

from __future__ import annotations

import re

from ..model import Event

# The habitual present right after the trigger: "स्वीकार करता/करती है" (a standing property of
# the acceptor), or the generic passive "स्वीकार किया जाता है". Not "करते हैं"/"करता हूं": "हम
# आपका प्रस्ताव स्वीकार करते हैं" is a speaker's acceptance made as it is said.
_HABITUAL = re.compile(r"\s+(?:कर(?:ता|ती)|किय[ाे]\s+जात[ाीे])(?:\s+(?:भी|ही))?\s+(?:है|हैं)(?!\S)")

# A condition word and its correlative before the trigger in the sentence: the acceptance is
# the consequent of a supposition ("यदि … तो … स्वीकार करेंगे").
_IF = re.compile(r"(?<!\S)(?:अगर|यदि|अगरचे)(?!\S)")
_THEN = re.compile(r"(?<!\S)तो(?!\S)")

# An appeal taken up, and the public as the one who takes it up.
_APPEAL_OBJECT = re.compile(r"(?<!\S)(?:अपील|अपीलों|आह्वान|आह्‍वान)\s+को\s+(?:\S+\s+){0,1}$")
_PUBLIC = re.compile(
    r"(?<!\S)(?:लोगों|लोग|जनता|नागरिकों|नागरिक|देशवासियों|देशवासी|ग्रामीणों|ग्रामीण)"
    r"(?:\s+(?:ने|भी|द्वारा))?(?!\S)"
)

# What is acknowledged as true rather than agreed to: a quality or a fact, right before the
# trigger ("इसकी गुणवत्ता को स्वीकार किया"). "बात" stays out: "उनकी बात स्वीकार की" is often a
# request granted.
_FACT_OBJECT = re.compile(r"(?<!\S)(?:गुणवत्ता|तथ्य|तथ्यों|सच|सच्चाई|सत्यता)\s+(?:को\s+)?(?:भी\s+)?$")


def _habitual(e: Event, text: str) -> bool:
    """Whether the trigger is followed by the habitual present (``_HABITUAL``)."""
    return bool(_HABITUAL.match(text, e.trigger_end, min(len(text), e.trigger_end + 30)))


def _conditional(e: Event, text: str) -> bool:
    """Whether an अगर/यदि and then a तो come before the trigger in its sentence."""
    cond = _IF.search(text, e.evidence_start, e.trigger_start)
    return cond is not None and bool(_THEN.search(text, cond.end(), e.trigger_start))


def _public_compliance(e: Event, text: str) -> bool:
    """Whether an appeal is the thing accepted (``_APPEAL_OBJECT``) and the public takes it up
    (``_PUBLIC`` anywhere in the sentence)."""
    before = text[max(e.evidence_start, e.trigger_start - 40) : e.trigger_start]
    return bool(_APPEAL_OBJECT.search(before)) and bool(
        _PUBLIC.search(text, e.evidence_start, e.evidence_end)
    )


def _acknowledged(e: Event, text: str) -> bool:
    """Whether a quality or a fact is what is accepted (``_FACT_OBJECT``)."""
    before = text[max(e.evidence_start, e.trigger_start - 40) : e.trigger_start]
    return bool(_FACT_OBJECT.search(before))


def drop_false_acceptances(events: list[Event], text: str) -> list[Event]:
    """Drop an AGREE on "स्वीकार" told in the habitual present, as a condition's consequent, as
    the public heeding an appeal, or as a fact acknowledged; every other event stays."""
    return [
        e
        for e in events
        if not (
            e.type == "AGREE"
            and e.trigger.startswith("स्वीकार")
            and (
                _habitual(e, text)
                or _conditional(e, text)
                or _public_compliance(e, text)
                or _acknowledged(e, text)
            )
        )
    ]
