"""Whom a passive order is given to once its issuer is known (issue 13, round ta3).

Why a module of its own: an order told in the passive with its addressee in a को-phrase before
"<infinitive> का आदेश" ("लोगों को अपने घरों में ही रहने का आदेश दिया गया है", round ta1's target
audit, #31) is read by :func:`khabar.events.roles._permitted_activity` only after a ने-agent: the
clause analysis must not make an event of a passive order that names nobody on either side just
because it found an addressee (which events are found is not the role rules' to change). When the
event is made all the same, its issuer found from the article (the official the paragraph
quotes), the addressee the sentence writes is still whom the order binds; this step, run by
:mod:`khabar.events.hindi` once the source is settled, gives it then, and only then. Counted on
the allowed corpus day files (docs/events-rounds.md, round ta3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import Roles, add_role
from .clause import SentenceView, unit_actors
from .roles import _permitted_activity

if TYPE_CHECKING:
    from .candidates import Candidate


def kept_order_addressee(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> list[str]:
    """The actors of the one को-phrase a kept passive order is given to ("X को … करने का आदेश
    दिया गया"), added to ``roles``; [] when the act is no order, has a target or a pronoun
    one, a ने-agent in its clause, or not exactly one such phrase."""
    if cand.trig.mode != "order" or roles.target or any(a.role == "target" for a in roles.args):
        return []
    units = [u for u in sv.units if u.first >= start and u.last < cand.first and u.marker_end <= cand.first]
    if any(u.marker == "ने" for u in units):
        return []  # the active clause's own rules read it
    dative = [u for u in units if u.marker == "को"]
    if len(dative) != 1 or not unit_actors(dative[0]):
        return []
    if not _permitted_activity(sv, dative[0], cand, kept=True):
        return []
    add_role(roles, "target", dative[0], sv, unit_actors(dative[0]))
    return list(dict.fromkeys(roles.target))
