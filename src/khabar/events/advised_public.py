"""The public a precaution is asked of when the request names nobody it asks.

Why: Hindi news tells the advice of a health body or a leader to everyone as a request with no
addressee written ("कोरोना वायरस के चलते हर जगह फिजिकल डिस्टेंस मेंटेन करने के लिए कहा गया है",
"इसके अतिरिक्त नियमित रूप से हाथों को धोते रहने की भी अपील की गई है", "उन्होंने कहा, सभी केंद्र
व राज्य सरकारों के दिशा-निर्देशों का पालन करें", "… डब्ल्यूएचओ हाथों को साफ रखने और दूरी बनाकर
रहने को कह रहा है"). The dev gold's rules code the public of the source's jurisdiction as the
target of such an appeal ("public of India" for the prime minister's). The clause reader infers
that public only for a source it has read by then (:func:`khabar.events.objects.public_addressee`):
a passive's issuer inferred later, a pronoun agent resolved later, or a target dropped as the
asked act's object (:mod:`.asked_objects`: the hands) left the request with none.

The rule (:func:`advised_public`), run after the sources are settled and before the actors are
named: a request of the public's modes (appeal, advice, telling to) with no target (or only
phrases the naming drops as no party, :func:`khabar.events.naming._no_actor`) and no negation, whose sentence asks a personal precaution (a word of :data:`_PRECAUTIONS`: distance,
hands, masks, care, coughing and sneezing, rumours; "… से बचें", avoid; "पालन करें", follow, in
the plain, not the causative form) and holds no word of making others do it (:data:`_MAKING`:
"पालन सुनिश्चित कराएं" is an order to the states, "लोगों को … पालन कराएं" to officials), takes
the inferred public (``target_inferred`` "actor:public"), which naming places in its source's
jurisdiction. Round tg19 (issue 13): end audit au11 found 28 of 31 empty targets wrong; the
precautions asked of nobody named are the class one reading recovers (see docs/events-rounds.md).
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .naming import _no_actor
from .objects import PUBLIC_MODES
from .sentence_events import events_in_sentences

# Words of a personal precaution asked of everyone (Hindi direct and oblique forms, with the
# English loans the dailies write). Tuned on the 280 allowed corpus day files at main cf412f97:
# of the 76 requests of the public's modes with no target, 10 hold one of these words (or "… से
# बचें", "पालन करें") and no word of _MAKING; 7 are filled, all right; the other 3 have a source
# of no place (WHO, a surgeon, a footballer), whose public the naming leaves unnamed.
_PRECAUTIONS = frozenset(
    {
        "दूरी",
        "डिस्टेंस",
        "डिस्टेंसिंग",
        "हाथ",
        "हाथों",
        "मास्क",
        "सावधानी",
        "सावधानियां",
        "सतर्कता",
        "खांसते",
        "छींकते",
        "अफवाह",
        "अफवाहों",
        "सैनिटाइजर",
        "साबुन",
    }
)
# "… यात्रा से बचें", "… अफवाहों से बचने की सलाह": what to avoid.
_AVOID = frozenset({"बचें", "बचने"})
# "… दिशा-निर्देशों का पालन करें": what to follow, in the plain form (the causative "पालन कराएं"
# is in _MAKING).
_FOLLOW = "पालन"
_FOLLOW_VERBS = frozenset({"करें", "करने", "करना", "करते"})
# Words of making others do it, or of seeing that it is done: an order to those who enforce it
# ("वे लॉकडाउन का कड़ाई से पालन सुनिश्चित कराएं": the states; "लोगों को … पालन कराएं": officials).
_MAKING = frozenset({"कराएं", "करायें", "कराये", "कराया", "कराने", "करवाएं", "करवाने", "सुनिश्चित"})


def _asks_precaution(sv: SentenceView) -> bool:
    """Whether the sentence asks a personal precaution and nobody to enforce one."""
    words = sv.texts
    if _MAKING & sv.words:
        return False
    if _PRECAUTIONS & sv.words or _AVOID & sv.words:
        return True
    return any(
        w == _FOLLOW and k + 1 < len(words) and words[k + 1] in _FOLLOW_VERBS
        for k, w in enumerate(words)
    )


def advised_public(events: list[Event], views: list[SentenceView]) -> None:
    """Give each request of the public's modes with no target, whose sentence asks a personal
    precaution, the inferred public (see the module's docstring); events are changed in place,
    the argument standing at the trigger (the public has no words of its own, as in
    :func:`khabar.events.objects.public_addressee`)."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "REQUEST" or ev.mode not in PUBLIC_MODES or ev.negated or not ev.source:
            continue
        junk = [a for a in ev.arguments if a.role == "target"]
        if not all(_no_actor(a, ev) for a in junk) or len(junk) != len(ev.target):
            continue  # a target that names a party stays ("इसके अतिरिक्त नियमित रूप" goes)
        if not _asks_precaution(sv):
            continue
        for a in junk:
            ev.codes.pop(a.entity_id or "", None)
        ev.arguments = [a for a in ev.arguments if a.role != "target"]
        ev.target.clear()
        at = ev.trigger_start
        ev.arguments.append(Argument("target_inferred", "public", at, at, "actor:public"))
        ev.target.append("actor:public")
