"""Acts told as a plan, read as done: an act named as the purpose of a future one, an act told in
the absolutive before a future main verb, people who will stay in quarantine. Their modality is
"planned". Each non-finite act here has no tense of its own and takes its clause's main verb's.

Round ms2 (issue 13, modality of purpose clauses). An act whose light verb is an infinitive of
purpose ("<act> देने के लिए", "<act> करने हेतु") is not told for itself: it is what the main verb
of its clause is for. Where that main verb is a future ("गृह मंत्रालय ने कहा कि कई जिलों में चार
मई से कुछ राहतें देने के लिए … नए दिशानिर्देश जारी किए जाएंगे", "… लोगों को जागरुक करने के लिए
एक अभियान चलाया जाएगा"), the act is part of a plan and is itself still to come; the extractor read
the infinitive's own verb complex, which holds no future, and coded it "happened". The tuning set
Vi codes the relaxations of that sentence planned (a core CONCEDE), and the development gold codes
the purpose of a future act with the act ("फंसे भारतीयों को निकालने के लिए … उड़ानों का परिचालन
किया जाएगा": planned).

Only the future main verb is read. Where the main verb is a perfect or a present ("राहत देने के
लिए कई तरह के कदम भी उठाये गये हैं", "… मदद करने के लिए प्रतिबद्ध है") the purpose is told with
what was done, and the gold codes the steps taken as the act itself (happened); the extractor's
reading stays. A request whose content is such an infinitive ("… लागू करने के लिए कहा है") is not
a future either and stays as it is read.

Counted on the 280 allowed corpus day files (main's dump at c6f0258f): 7 events whose trigger's
light verb is an infinitive before "के लिए"; the 2 whose clause goes on to a future verb are the
two sentences quoted above, both coded happened, both planned by the gold's rules.

People who will stay in quarantine or under watch ("जम्मू-कश्मीर प्रशासन ने कहा कि विदेश यात्रा करने
वाले सभी कर्मचारी और उनके रिश्तेदार काम पर आने से पहले पृथक केंद्रों में रहेंगे") are held from now
on, a measure still to be carried out; the future of रह after the trigger had been read as a
closure that stays in force ("मॉल बंद रहेंगे", :func:`khabar.events.voice._stays`, which now
leaves the holding modes out), which a
speaker's report makes "happened". The golds code a quarantine to come planned in every case
(the tuning sets Vu, Vf and the development gold's tune half: 3 of 3, with "रहेंगे" or "रखा
जाएगा"). On the 280 allowed corpus day files 2 quarantines before the future of रह, both
reported by a speaker and coded happened; both are planned by that rule.

Round cm1 (issue 13): an act told in the absolutive takes the tense of its clause's main verb.
"केंद्र की विशेष टीमें कुछ राज्यों का दौरा कर वहां के हालात का जायजा लेंगी" (a core CONSULT of
the tuning set Vg, PK-2020-APR-21.txt) tours no state yet: the absolutive "दौरा कर" has no tense
of its own, and the clause's finite verb "लेंगी" makes the tour as planned as the assessment. The
verb complex read after the trigger (``Candidate.verb``) stops at the bare "कर", so the act was
read as happened. Only a future main verb is read here (a past one gives the default, happened):
on the 280 allowed corpus day files no other absolutive event stands before a future verb, and
"… कर दिया गया है …, वहां … बंद किया जाएगा" (a vector verb after कर, a second clause) stays as it
was.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import PARTICLES, SentenceView, is_break
from .verbforms import _FUTURE_ENDS, _HO_FUTURE
from .voice import _ABSOLUTIVE, _AFTER_KAR, _IF
from .voice import _CLAUSE_ENDS as _STOPS  # a sentence's or a comma's end

# the postpositions of purpose after an oblique infinitive: "देने के लिए", "करने हेतु"
_FOR = (("के", "लिए"), ("हेतु",))
# the finite verbs and auxiliaries that end the main clause in a tense other than the future: the
# purpose is then told with what is done or is so, not with a plan
_NOT_FUTURE = frozenset(
    {"है", "हैं", "था", "थी", "थे", "थीं", "गया", "गई", "गयी", "गए", "हुआ", "हुई", "हुए"}
    | {"रहा", "रही", "रहे", "चुका", "चुकी", "चुके", "सकता", "सकती", "सकते"}
)
# a clause's end other than a sentence break: its verb is another clause's
_CLAUSE_ENDS = frozenset({",", "कि", "लेकिन", "परंतु", "किंतु", "जबकि", "ताकि", "जिससे", "तो"})


def plan_purpose(sv: SentenceView, cand: Candidate, modality: str) -> str:
    """``modality``, or "planned" where the candidate's light verb is an infinitive of purpose
    and the main verb of its clause is a future (see the module's docstring)."""
    if modality != "happened" or cand.fronted or not cand.light:
        return modality
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not verb or not verb[0].endswith("ने"):
        return modality
    postposition = next((p for p in _FOR if tuple(verb[1 : 1 + len(p)]) == p), None)
    if postposition is None:
        return modality
    toks = sv.tokens
    # the infinitive's own token, then its postposition: the main clause runs on from there
    k = cand.last + 1
    while k < len(toks) and toks[k].text != verb[0]:
        k += 1
    for i in range(k + 1 + len(postposition), len(toks)):
        text = toks[i].text
        if is_break(toks, i) or text in _CLAUSE_ENDS or text in _NOT_FUTURE:
            return modality
        if text.endswith(_FUTURE_ENDS) or text in _HO_FUTURE:
            return "planned"
    return modality


# How far the main verb may stand after the absolutive: its object phrase between ("वहां के हालात
# का जायजा लेंगी", 6 words); tuned on that one sentence of the tuning set Vg, and short enough not
# to reach a second clause without a comma
_MAIN_REACH = 8
# words that end the absolutive's clause or are a finite verb of the past or present before it:
# the main verb is not future ("… दौरा कर … जायजा लिया", "… कर कहा है कि …")
_NOT_FUTURE_AFTER_KAR = _AFTER_KAR | _IF | {"कि", "जो", "लेकिन", "किया", "कहा", "बताया"}


def absolutive_plan(sv: SentenceView, cand: Candidate, modality: str) -> str:
    """``modality``, or "planned" where the trigger's light verb is the bare absolutive "कर/करके"
    and its clause's main verb, a few words on, is in the future."""
    verb = cand.verb
    if modality != "happened" or not verb or verb[0] not in _ABSOLUTIVE:
        return modality
    if len(verb) > 1 and verb[1] in _AFTER_KAR:
        return modality  # "बंद कर दिया गया है": a vector verb, no absolutive
    start = cand.last + 2
    for text in sv.texts[start : start + _MAIN_REACH]:
        if text in _STOPS or text in _NOT_FUTURE_AFTER_KAR:
            return modality
        if text.endswith(_FUTURE_ENDS) or text in _HO_FUTURE:
            return "planned"
    return modality


def clause_plan(sv: SentenceView, cand: Candidate, modality: str) -> str:
    """``modality``, or "planned" where the act is the purpose (:func:`plan_purpose`) or an
    absolutive (:func:`absolutive_plan`) of a future main verb."""
    return absolutive_plan(sv, cand, plan_purpose(sv, cand, modality))
