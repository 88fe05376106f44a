"""A directive told as "कहा कि … बंद किया जाए" is an order to close, not a request.

Why: an authority's directive to officials or institutions is often reported by its content
alone, after a bare "कहा": "उन्‍होंने कहा कि जिन स्‍कूलों में परिक्षाएं चल रही हैं उन्‍हें छोड़ शेष
स्‍कूलों को बंद कराया जाए", "लव अग्रवाल ने कहा, … पूरे देश के स्कूलों, स्विमिंग पूल, मॉल को 31
मार्च तक बंद किया जाए", "उन्होंने कहा कि सभी कॉलेजों में वर्कशॉप, … 31 मार्च तक के लिए स्थगित की
जाएं". The trigger "कहा" types it a directive (REQUEST tell_to), while the annotation rules code
orders, closures, bans and sealing as COERCE (demand, appeal and advice stay REQUEST). Review
rv48 (issue 13) noted two such closures coded REQUEST (DJ-2020-MAR-13, DJ-2020-MAR-16).

The rule (:func:`ordered_measures`): a REQUEST tell_to whose trigger is the bare "कहा", whose
content opens right after it with "कि" (or the comma after "कहा"), and whose content clause holds
a closure word (बंद, सील, रद्द, स्थगित) followed by the passive subjunctive ("[कर|करा]
किया|की|कराया|रखा … जाए|जाएं"), becomes COERCE order. The passive subjunctive is what makes it an
order: an announcement in the future ("बंद किया जाएगा") is already its own closure, an appeal
names its addressee ("लोगों से … स्थगित करने को कहा" stays REQUEST), and "… बंद कर दी जाए" of an
activity (toll collection stopped to ease transport) is left alone.
Round ty1 (issue 13): over the 280 allowed corpus day files at main 5cba0c0b, 41 directives
(REQUEST tell_to) hold a closure or measure word; 3 of them report a closure in the passive
subjunctive after a bare "कहा" (these three, all orders; a fourth such sentence is a surgeon's
suggestion, read as no directive); the rest are asks of the public or of
states ("जनता से अपनी यात्रा रोकने के लिए भी कहा"), addressed asks typed REQUEST in the gold
("राज्यों से कहा कि वे … पालन करें": REQUEST, COERCE only also-ok), or measures announced as
acts of their own.
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .ordered_closures import _CLOSING, _LIGHT, _SUBJUNCTIVE, content_clause
from .sentence_events import events_in_sentences

# The directive's trigger: the bare verb of saying, its content told after it.
_SAID = "कहा"
# The passive participles of the closure ("बंद किया जाए", "स्थगित की जाएं", "बंद कराया जाए",
# "बंद रखा जाए"); not "दी"/"दिया" after "कर" (an activity stopped, "टोल वसूली बंद कर दी जाए").
_PASSIVE = frozenset({"किया", "किए", "किये", "की", "कराया", "कराए", "कराये", "रखा", "रखे", "रखी"})


def ordered_measures(events: list[Event], views: list[SentenceView]) -> None:
    """Retype each directive told as "कहा कि … <closure> किया जाए" an order (COERCE order);
    see the module's docstring. Events are changed in place; arguments and evidence stay."""
    for ev, sv in events_in_sentences(events, views):
        if (ev.type, ev.mode) != ("REQUEST", "tell_to") or ev.trigger != _SAID or ev.negated:
            continue
        if _closure_ordered(ev, sv):
            ev.type, ev.mode = "COERCE", "order"


def _closure_ordered(ev: Event, sv: SentenceView) -> bool:
    """Whether the content clause right after the trigger holds a closure in the passive
    subjunctive."""
    toks = sv.tokens
    clause = content_clause(ev, sv)
    if clause is None:
        return False
    opener, end = clause
    for c in range(opener + 1, end):
        if toks[c].text not in _CLOSING:
            continue
        v = c + 1
        if v < end and toks[v].text in _LIGHT:
            v += 1
        if v + 1 < end and toks[v].text in _PASSIVE and toks[v + 1].text in _SUBJUNCTIVE:
            return True
    return False
