"""Acts told as in force, not as to come or as a habit: their modality is "happened".

Round pr5 (issue 13, modality). Two constructions, each read where the extractor sets modality.

(1) A closure told as the state it keeps until a day: the order is made, only its end is ahead.
"31 मार्च तक सभी पान की दुकानें बंद रहेंगी", "हरियाणा में 31 मार्च तक सभी कॉलेज और
विश्वविद्यालय बंद रहेंगे": a news report of a closure that runs until a day tells an order given; what lies ahead is only how long it lasts (the gold's ``about_time``).
The extractor (:mod:`khabar.events.hindi`, its "बंद रहेंगे" branch) read such a clause planned
where it guessed the issuer (a closure "scheduled", as one set for a later day is) and ongoing
where it inherited one, so the same construction came out three ways. The COVID golds code it
happened: the tuning sets' "31 मार्च तक सभी पान की दुकानें बंद रहेंगी" (Vu) and "… हॉट स्पॉट
चिह्नित किए गए हैं जो 14 अप्रैल तक सील रहेंगे" (Vi), the three of DJ-2020-03-13 (Vj), the dev
gold's tune half ("23 मार्च तक सभी दफ्तर … बंद रहेंगे"); one "अगले आदेश तक" (Vn) is planned with
happened also right. A closure whose start is written ("सोमवार सुबह 6 बजे से 31 मार्च को आधी
रात तक लॉकडाउन रहेगा", "15 से 25 मार्च तक") or that is set for a day ("रविवार को … बंद रहेगी")
begins later and stays as the extractor reads it; so does one said to last "इस दौरान" (a
lockdown's items, planned with the lockdown), "अगले आदेश तक" (no day) or on a condition.
Counted on the 280 allowed corpus day files (main's dump at 1e0a8797): 63 events of a trigger
right before "रहेगा/रहेंगे/रहेगी/रहेंगी", 61 COERCE (31 planned, 20 happened, 10 ongoing); 13 are
closures until a day with no start, and this rule changes exactly those (planned or ongoing ->
happened), all 13 read right.

(2) The present passive of an official document quoted ("… जारी आदेश में कहा गया है कि … लोगों
को … यात्रा करने की अनुमति दी जाती है", AU-2020-MAY-01; "… जारी एक अधिसूचना में कहा गया, '…
वीजा निलंबित किए जाते हैं'", NT-2020-MAR-11): an order's own words grant or suspend as they are
issued (performative), not a habit; the extractor read "दी जाती है" ongoing (the tuning set Vt
codes the permission happened). Counted on the 280 allowed corpus day files: 6 events ongoing by
a habitual passive ("-ा/ी/े जाता/जाती/जाते है/हैं"); the 2 after "<document> में कहा (गया)"
change, both right; the other 4 stay (a doctor's generic advice, a generic account of what a
lockdown does, two advisories with no document named in their sentence).
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView, is_break, is_date_value
from .undone import on_condition
from .voice import _stays

# the modalities the extractor gives a closure that stays shut (planned when its issuer was
# guessed, ongoing when inherited); the others (a speaker's "happened", "possible" on a
# condition, "denied") are read from other words and stay
_REREAD = frozenset({"planned", "ongoing"})
# a timex that starts the closure or sets it for a day: "15 से", "सोमवार को", "कल से"
_START_ENDS = ("से", "को", "लेकर")


def closure_in_force(sv: SentenceView, cand: Candidate, modality: str) -> str:
    """The modality of a COERCE trigger before the future of रह: "happened" where the clause
    gives only the day the closure ends ("<day> तक … बंद रहेंगे"), else ``modality`` as read."""
    if modality not in _REREAD or cand.trig.type != "COERCE" or not _stays(cand):
        return modality
    if on_condition(sv, cand):
        return modality  # "अगर हालात बिगड़े तो … तक बंद रहेंगे": possible, read after this
    return "happened" if _ends_only(sv, cand) else modality


def _ends_only(sv: SentenceView, cand: Candidate) -> bool:
    """One calendar timex ending in तक before the trigger, in its clause, and no timex of the
    sentence that starts the closure or sets its day (a range, a "से" or a "को" day)."""
    toks = sv.tokens
    ends = 0
    for tx in sv.timexes:
        if tx.type not in {"DATE", "TIME"} or not is_date_value(tx.value):
            continue
        words = tx.text.split()
        ts = sv.token_at(tx.start)
        if words[-1] in _START_ENDS or tx.mod == "START" or "से" in words:
            return False  # "15 से 25 मार्च तक", "सोमवार को", "कल से": a start or a day
        if ts > 0 and toks[ts - 1].text in {"से", "लेकर"}:
            return False  # the end of a range whose start is no calendar timex
        if words[-1] != "तक" and tx.mod != "END":
            return False  # another day of the sentence: whose it is, this rule does not say
        ti = sv.token_at(tx.end - 1)
        if ti >= cand.first or any(is_break(toks, k) for k in range(ti + 1, cand.first)):
            return False
        ends += 1
    return ends == 1


# the documents whose words are quoted as "<document> में कहा (गया)": an order, a notification,
# a circular, guidelines (the forms of the "आदेश में" order trigger of triggers_hi.yaml)
_DOCUMENTS = frozenset(
    {"आदेश", "आदेशों", "अधिसूचना", "नोटिफिकेशन", "परिपत्र", "सर्कुलर", "दिशा-निर्देशों"}
    | {"दिशानिर्देशों", "निर्देशों", "गाइडलाइंस", "गाइडलाइन्स", "गाइडलाइन"}
)
_HABITUAL_PASSIVE = frozenset({"जाता", "जाती", "जाते"})
_PRESENT = frozenset({"है", "हैं"})


def document_grants(sv: SentenceView, cand: Candidate) -> bool:
    """The trigger's verb is a present passive ("दी जाती है", "किए जाते हैं") and the sentence
    quotes a document before it ("<document> में कहा"): the document's act, as it is issued."""
    verb = cand.verb[:4]
    habitual = any(
        a in _HABITUAL_PASSIVE and b in _PRESENT for a, b in zip(verb, verb[1:], strict=False)
    )
    if not habitual:
        return False
    texts = sv.texts
    return any(
        texts[k] in _DOCUMENTS and texts[k + 1] == "में" and "कहा" in texts[k + 2 : k + 4]
        for k in range(cand.first - 2)
    )
