"""Whom an order or a request is for when what it asks is to happen in institutions it names.

Why: an order or a request told with no addressee often says what is to be done "in" the
institutions that must do it: "उन्होंने कहा कि सभी कॉलेजों में वर्कशॉप, कांफ्रेंस, सेमिनार और
संगोष्ठी 31 मार्च तक के लिए स्थगित की जाएं", "साथ ही हर अस्पताल में आइसोलेशन सेंटर बनाने का भी
निर्देश दिया गया है". The argument readers take a में-phrase for where an act happens, so the
event kept no target, while the annotation rules code the institutions as the party (the dev
gold's tune half: "सरकारी कार्यालय में उपस्थिति को … 25 फीसदी तक किया जाएगा", "सरकारी ऑफिसेज
में 25 फीसदी कर्मचारी ही उपस्थित रहेंगे": government offices; the tuning sets: the colleges of
AU-2020-03-15-L1-e22, the child care institutions of DJ-2020-04-17-L48-e01). This pass gives an
order or a request with no target the one institution phrase marked में in what it asks (its
कि-clause, or the infinitive before "का/के/की <निर्देश/आदेश>"), when the glossary says it and its
head is an institution's noun (:data:`_INSTITUTIONS`: not a place, not people).

Never where the request names an addressee of its own (a को or से phrase in its clause: "बेसिक
शिक्षा परिषद से सभी स्कूलों में … चलाने के लिए कहा": the council is asked), where the में-phrase
opens a condition, a relative or a purpose ("अगर … अस्पतालों में पहुंचे, तो", "जिन स्कूलों में
…", "ताकि अस्पताल में …"), where it belongs to a participle of who works there ("… कार्यालयों में
काम करने वाले अस्थाई कर्मचारियों": they are the party), where several में-phrases share the
content (a list of hospitals and their beds), nor where the order is the institution's own
("अस्पताल की ओर से जारी आदेश में कहा गया कि … अस्पताल में …"). Round tg7 (issue 13), counted
on the 280 allowed corpus day files (main 4bffc16a): 10 orders and requests with no target have
an institution's में-phrase in their sentence; this pass fills 2, both right (the colleges asked
to postpone seminars, the Centre's order that every hospital set up an isolation centre); the
others are a purpose, an addressee's schools, a topic told before the act, a participle's
workplace, five hospitals with their beds, jails the glossary does not say, the hospital's own
order and a condition.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import GENITIVES, PARTICLES, SentenceView, is_break
from .gloss import gloss, names_people
from .sentence_events import events_in_sentences

# The heads of an institution phrase, direct and oblique forms as the corpus writes them
_INSTITUTIONS = frozenset(
    {"कॉलेज", "कॉलेजों", "कालेज", "कालेजों", "स्कूल", "स्कूलों", "विद्यालय", "विद्यालयों"}
    | {"विश्वविद्यालय", "विश्वविद्यालयों", "संस्थान", "संस्थानों", "प्रतिष्ठान", "प्रतिष्ठानों"}
    | {"अस्पताल", "अस्पतालों", "अस्‍पताल", "अस्‍पतालों", "हॉस्पिटल", "चिकित्सालय", "चिकित्सालयों"}
    | {"कार्यालय", "कार्यालयों", "दफ्तर", "दफ्तरों", "ऑफिस", "ऑफिसों", "बैंक", "बैंकों"}
    | {"जेल", "जेलों", "होटल", "होटलों", "कंपनी", "कंपनियों", "फैक्ट्री", "फैक्ट्रियों"}
)
_ORDER_MODES = frozenset({"order"})
_REQUEST_MODES = frozenset({"tell_to", "advise", "appeal", "request"})
# The order nouns an infinitive content stands before ("… बनाने का निर्देश", "… रखने के आदेश")
_ORDER_NOUNS = frozenset({"निर्देश", "आदेश", "निर्देशों", "आदेशों", "दिशा-निर्देश", "दिशानिर्देश"})
# Words that make the clause a condition, a relative, a purpose or a comparison: the में-phrase
# there is not what the request is about
_NOT_ASKED = frozenset(
    {"अगर", "यदि", "जब", "तो", "जो", "जिन", "जिस", "जहां", "जहाँ", "ताकि", "जिससे", "जैसे"}
)
# A participle of who is in the institution ("… में काम करने वाले"): the party is them
_DOERS = frozenset({"वाले", "वाली", "वालों"})
_DOER_REACH = 4
# An addressee written in the clause (unread or not): the request is for it
_ADDRESSEE_MARKS = frozenset({"को", "से"})
# The most words of the institution phrase: "हर अस्पताल", "सभी सरकारी कॉलेजों"
_PHRASE_WORDS = 3
# Words the phrase never spans: a genitive (its owner is read by the naming), a conjunction, a
# particle ("साथ ही हर अस्पताल में")
_PHRASE_ENDS = GENITIVES | PARTICLES | {",", "और", "व", "तथा"}


def ordered_institutions(events: list[Event], views: list[SentenceView]) -> None:
    """Give each order or request with no target the institutions its content names (see the
    module's docstring); events are changed in place, a ``target`` argument keeping the phrase's
    words and offsets."""
    for ev, sv in events_in_sentences(events, views):
        if ev.target or ev.negated:
            continue
        if not (
            (ev.type == "COERCE" and ev.mode in _ORDER_MODES)
            or (ev.type == "REQUEST" and ev.mode in _REQUEST_MODES)
        ):
            continue
        if any(a.role == "target" for a in ev.arguments):
            continue
        found = _institution(ev, sv)
        if found is not None:
            ev.arguments.append(found)
            ev.target.append(found.entity_id or "")


def _content(ev: Event, sv: SentenceView) -> range | None:
    """The tokens of what the act asks: its कि-clause after the trigger, or the infinitive clause
    before "का/के/की" and an order noun; None for neither."""
    toks = sv.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= ev.trigger_start), None)
    if first is None:
        return None
    last = next((k for k in range(first, len(toks)) if toks[k].end >= ev.trigger_end), first)
    ki = next((k for k in range(last + 1, min(last + 4, len(toks))) if toks[k].text == "कि"), None)
    if ki is not None:
        end = next((k for k in range(ki + 1, len(toks)) if is_break(toks, k)), len(toks))
        return range(ki + 1, end)
    genitive = first - 2 if first >= 2 and toks[first - 1].text == "भी" else first - 1
    if toks[first].text not in _ORDER_NOUNS or genitive < 1 or toks[genitive].text not in GENITIVES:
        return None  # ("… बनाने का भी निर्देश": a particle may stand between)
    start = first - 1
    while start > 0 and not is_break(toks, start - 1) and toks[start - 1].text not in {"ने", "कि"}:
        start -= 1
    return range(start, first)


def _institution(ev: Event, sv: SentenceView) -> Argument | None:
    """The one institution phrase marked में in the act's content (see the module's docstring),
    as a target argument, or None."""
    toks = sv.tokens
    content = _content(ev, sv)
    if content is None or not content:
        return None
    words = [toks[k].text for k in content]
    if _NOT_ASKED.intersection(words) or _ADDRESSEE_MARKS.intersection(words):
        return None
    clause_before = [t.text for t in toks if t.end <= ev.trigger_start]
    if "से" in clause_before[-8:] or any(w in {"अगर", "यदि", "जब"} for w in clause_before):
        return None  # an addressee asked with से, or a condition the act depends on
    at = [k for k in content if toks[k].text == "में"]
    if len(at) != 1:
        return None
    m = at[0]
    after = [t.text for t in toks[m + 1 : m + 1 + _DOER_REACH]]
    if _DOERS.intersection(after):
        return None
    best = None
    for n in range(1, _PHRASE_WORDS + 1):
        k = m - n
        if k < content.start or toks[k].text in _PHRASE_ENDS or is_break(toks, k):
            break
        if toks[m - 1].text in _INSTITUTIONS and gloss(sv.text_of(k, m - 1)):
            best = k
    if best is None:
        return None
    text = sv.text_of(best, m - 1)
    if names_people(text) or any(u.first <= m - 1 and u.last >= best for u in sv.units):
        return None  # people, or a named entity (a place or body has its own readers)
    head = toks[m - 1].text
    if any(head in a.text for a in ev.arguments if a.role == "source"):
        return None  # the institution's own order
    return Argument("target", text, toks[best].start, toks[m - 1].end, f"text:{text}", gloss(text))
