"""A को-object of an act read past a "topic" word that belongs to the act's own content.

:func:`khabar.events.roles.assign_roles` skips a unit when a पर/में/बारे phrase lies between its
marker and the trigger (:func:`khabar.events.roles._gap`): "इस बारे में", "X पर चर्चा" say what
the act is about, and a को-phrase before them is often another clause's. Round ta7 (issue 13,
the को-phrases round ta6's target audit found blocked by a guard) counted, on the 280 allowed
corpus day files, 28 acts whose target stayed empty at that step although the trigger takes its
target with को and a named party stood marked को before it: the पर/में phrase was the content's
place or manner, inside one clause with the object ("आरोपी संजीव शर्मा को जमानत पर रिहा करने का
आदेश": released on bail; "लोगों को अपने घरों में ही रहने का आदेश": to stay at home; "नागरिकों
को अगले 28 दिनों तक घर पर आइसोलेशन में ही रहने के निर्देश"). The wrong few had a clause break,
a list or a relative between ("बफर जोन … लागू करना, मामलों की सक्रिय खोज, …"; "लोगों को विमान
में सवार ना होने दें जिनके हाथों पर …"), which this reading leaves to the guard. Only an act that
stands without its target is read so: a passive or a trigger that requires a target was kept
with it as a new act (6 on the files, and one more unmatched pair on the dev gold's rows), so
those keep the guard. On the files 3 targets filled, all the right party (the accused released
on bail, the employees told to sign in, the people near the border given PPE kits).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import is_break

if TYPE_CHECKING:
    from .candidates import Candidate
    from .clause import SentenceView, Unit

# Words between the को-object and the trigger that end its clause or start another one: a
# comma (a list or an aside), a relative or a conjunction of clauses. Tuned on the 28 blocked
# को-objects of the allowed corpus day files (round ta7).
_OTHER_CLAUSE = frozenset({",", "जिनके", "जिनकी", "जिनका", "जिन्हें", "जिनको", "जिन", "जिस", "और", "तथा", "एवं", "व"})

# A genitive right before the unit: it is the head of a phrase the text reading keeps whole
# ("टीम ने 50 घरों के लोगों को दो सप्ताह तक घरों में ही आइसोलेशन में रहने के लिए कहा": the
# people of 50 homes, where the unit alone is the public at large).
_OWNER_MARKS = frozenset({"के", "की", "का"})


def object_past_topic(
    sv: SentenceView, units: list[Unit], u: Unit, cand: Candidate, passive: bool
) -> bool:
    """Whether unit ``u``, marked को, is the act's object although a topic word stands between
    it and the trigger: the trigger takes its target with को, ``u`` is the last को-unit before
    it, no genitive stands right before it, and nothing between them ends the clause or starts
    another."""
    if u.marker != "को" or cand.trig.markers.get("को") != "target":
        return False
    if cand.trig.requires_target or passive:
        return False  # an act kept only with a target, or an issuer inferred from it: no new act
    if any(o.marker == "को" and o.first > u.last and o.last < cand.first for o in units):
        return False  # a nearer को-object is the act's own
    toks = sv.tokens
    if u.first > 0 and toks[u.first - 1].text in _OWNER_MARKS:
        return False  # "50 घरों के लोगों को": the head of a longer phrase, read as text below
    return not any(
        toks[k].text in _OTHER_CLAUSE or is_break(toks, k)
        for k in range(u.marker_end, cand.first)
    )
