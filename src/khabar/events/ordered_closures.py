"""Whom an order or a directive falls on when what it orders is a closure told in the passive.

Why: an official's order or directive often writes what is to be closed or sealed as the
को-object of a passive subjunctive in its कि-clause (or after "कहा,"): "शिवराज सिंह चौहान ने
आदेश दिया है कि राज्य के तीन जिले इंदौर, भोपाल और उज्जैन को पूरी तरह सील किया जाये", "लव
अग्रवाल ने कहा, महत्‍वपूर्ण उठाए गए कदमों में पूरे देश के स्कूलों, स्विमिंग पूल, मॉल को 31 मार्च
तक बंद किया जाए", "उन्‍होंने कहा कि … शेष स्‍कूलों को बंद कराया जाए". The closure is one act
with the order (no event of its own), the order's readers take no object from inside its
content, and the event kept no target, while the annotation rules code the places and
institutions closed or sealed as the target (as round tg7 reads an order's institutions, and the
end audit au10 judged these empty targets wrong: #95, #72).

The rule: an order (COERCE order) or a directive (REQUEST tell_to) with no target whose content
opens right after the trigger with "कि" (or the comma after "कहा") and holds "<phrase> को
[adverbs, dates] <बंद|सील|रद्द|स्थगित> [कर] <किया|किए|कराया|रखा …> <जाए|जाये|जाएं>" takes the
phrase as its target: the actors of the unit right before the को (places included: what is
sealed), else the glossed noun phrase (:func:`khabar.events.possessors._phrase_before`); never a
pronoun or a quantifier alone.
Appeals and suggestions are left alone: whom they ask is the authority, not what is to be closed.
Round tg13 (issue 13): over the 280 allowed corpus day files at main 197b49a1, 7 sentences hold
such a closure in a कि-clause; 3 are orders or directives with no target (these three), one a
suggestion of experts, and three are told with an event of their own (a decision, a statement).
"""

from __future__ import annotations

from ..model import Event
from .arguments import Roles, add_role
from .clause import SentenceView, is_break, unit_actors
from .possessors import _phrase_before
from .sentence_events import events_in_sentences
from .setting_places import _CLAUSE_WORDS, _GAP_WORDS, _NOBODY
from .targets import OBJECT_PRONOUNS

# The acts this pass reads: an order, a directive told as "कहा … कि".
_ACTS = frozenset({("COERCE", "order"), ("REQUEST", "tell_to")})
# Words that open the content right after the trigger ("आदेश दिया है कि", "ने कहा,"), at most
# this many tokens after it.
_OPENERS = frozenset({"कि", ","})
_OPENER_REACH = 3
# The closure's word and the passive subjunctive after it ("सील किया जाये", "बंद कराया जाए",
# "बंद कर दिया जाए", "बंद रखा जाए").
_CLOSING = frozenset({"बंद", "सील", "रद्द", "रद", "स्थगित"})
_LIGHT = frozenset({"कर", "करा"})
_PASSIVE = frozenset({"किया", "किए", "किये", "की", "कराया", "कराए", "कराये", "दिया", "दिए"}) | (
    frozenset({"रखा", "रखे", "रखी"})
)
_SUBJUNCTIVE = frozenset({"जाए", "जाये", "जाएं", "जायें", "जाय"})
# Words that end the object phrase read back from its को: a clause's words (setting_places), an
# exception ("उन्हें छोड़ शेष स्कूलों"), a copula.
_PHRASE_ENDS = _CLAUSE_WORDS | frozenset({"छोड़", "छोड़कर", "सिवा", "है", "हैं", "तक", "को"})


def ordered_closures(events: list[Event], views: list[SentenceView]) -> None:
    """Give each order or directive with no target what its content closes (see the module's
    docstring); events are changed in place, the target arguments keeping the phrase's words
    and offsets."""
    for ev, sv in events_in_sentences(events, views):
        if (ev.type, ev.mode) not in _ACTS or ev.target or ev.negated:
            continue
        if any(a.role == "target" for a in ev.arguments):
            continue
        span = _closed_object(ev, sv)
        if span is None:
            continue
        roles = _closed_roles(sv, span[0], span[1])
        if roles is None:
            continue
        ev.arguments.extend(a for a in roles.args if a.role == "target")
        ev.target.extend(t for t in dict.fromkeys(roles.target) if t not in ev.target)


def content_clause(ev: Event, sv: SentenceView) -> tuple[int, int] | None:
    """The token index of the opener of the act's content ("कि", a comma) within
    :data:`_OPENER_REACH` tokens after the trigger, and the end of that clause (the next break),
    or None when no content is told after the trigger."""
    toks = sv.tokens
    last = next((k for k, t in enumerate(toks) if t.end >= ev.trigger_end), None)
    if last is None:
        return None
    opener = next(
        (
            k
            for k in range(last + 1, min(last + 1 + _OPENER_REACH, len(toks)))
            if toks[k].text in _OPENERS
        ),
        None,
    )
    if opener is None:
        return None
    end = next((k for k in range(opener + 1, len(toks)) if is_break(toks, k)), len(toks))
    return opener, end


def _closed_object(ev: Event, sv: SentenceView) -> tuple[int, int] | None:
    """The first token of the object phrase and the index of its को, for the closure told in
    the act's content (see the module's docstring), or None."""
    toks, dated = sv.tokens, sv.dated
    clause = content_clause(ev, sv)
    if clause is None:
        return None
    opener, end = clause
    for j in range(opener + 2, end):
        if toks[j].text != "को" or j in dated or j - 1 in dated:
            continue
        c = j + 1
        while c < end and (c in dated or toks[c].text in _GAP_WORDS):
            c += 1
        if c >= end or toks[c].text not in _CLOSING:
            return None  # the first को-object is no closure's: another act's
        v = c + 1
        if v < end and toks[v].text in _LIGHT:
            v += 1
        if v + 1 >= end or toks[v].text not in _PASSIVE or toks[v + 1].text not in _SUBJUNCTIVE:
            return None
        lo = j - 1
        while lo - 1 > opener and toks[lo - 1].text not in _PHRASE_ENDS:
            lo -= 1
        return lo, j
    return None


def _closed_roles(sv: SentenceView, lo: int, to: int) -> Roles | None:
    """The target roles of the phrase from ``lo`` up to the "को" at ``to``: the actors of the
    unit that ends right before it, else the glossed phrase; None for a pronoun or a quantifier
    alone, or a phrase nothing can say."""
    words = sv.texts[lo:to]
    if not words or (len(words) == 1 and (words[0] in OBJECT_PRONOUNS or words[0] in _NOBODY)):
        return None
    roles = Roles()
    unit = next(
        (u for u in sv.units if u.first >= lo and u.last == to - 1 and u.marker_end == to + 1),
        None,
    )
    if unit is not None and unit_actors(unit):
        add_role(roles, "target", unit, sv, unit_actors(unit))  # "इंदौर, भोपाल और उज्जैन को"
    else:
        units = [u for u in sv.units if u.first >= lo and u.marker_end <= to + 1]
        _phrase_before(sv, lo - 1, to, units, roles)
    return roles if roles.target else None
