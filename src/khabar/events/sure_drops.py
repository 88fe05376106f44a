"""The candidates :func:`.hindi.extract_sentence` drops whatever its other checks say, told
apart before those checks are asked (round sp21, issue 16).

The candidates' loop asks some thirty checks of each candidate before it reads its arguments,
each ending in a drop (``continue``: no event) or letting it on. Over the 227 allowed articles of
``benchmarks/scale.py --days 16`` the traced fates of the loop's 2,278 candidates held 1,028 bare
nouns (:func:`bare_noun`) and 230 requests whose clause asks nothing (:func:`asks_nothing`), each
read by all the checks before its own; :func:`surely_dropped` tells 815 bare nouns and 233 such
requests apart first (a few of them an earlier check drops for its own reason), from what none
of those checks changes, and the loop skips them when no trace is kept (a trace names each
drop's own check). One events pass: 2,601.9M instructions, 2,552.1M with the bare nouns
skipped, 2,518.1M with the requests too and :func:`.actors.fold_words` (callgrind). Why that
is exact: :func:`surely_dropped`'s docstring; the tests hold the events with the shortcut
against those with every check asked (tests/test_events_speed_sp21.py).
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView
from .fates import _supposed
from .verbforms import _asks_to, _imperative_clause


def bare_noun(sv: SentenceView, cand: Candidate) -> bool:
    """A trigger noun with no light verb that no argument can make an act: not a verb, not a
    nominal act its possessor performs, no meeting (whose agent the meeting rules read from the
    arguments), and no coercion in a sentence that names a civilian group (whose arguments may
    show people giving no orders, :func:`.hindi._people_only`). Its fate is "noun without light
    verb" whatever its arguments are, so :func:`.hindi.extract_sentence` does not read them
    (round sc53, issue 16: 1,159 of the 2,416 candidates whose arguments were read on
    ``benchmarks/scale.py --days 16``, about 40 us each; moved here from :mod:`.hindi` by round
    sp21)."""
    trig = cand.trig
    if cand.light or trig.verbal or trig.nominal or trig.symmetric or trig.mode == "meeting":
        return False
    return trig.type != "COERCE" or not any(
        m.type == "GROUP" and m.role is not None and m.role.split()[-1] == "CVL"
        for u in sv.units
        for m in u.mentions
    )


def surely_dropped(sv: SentenceView, cand: Candidate) -> bool:
    """Whether :func:`.hindi.extract_sentence` drops ``cand`` whatever the checks before the one
    that drops it say, so that they need not be asked: a bare noun (:func:`bare_noun`), or a
    verb of a request whose clause asks nothing (:func:`asks_nothing`).

    Exact: each check before those two either drops the candidate (``continue``: no event) or
    lets it on, and none changes what later candidates see but a supposition's ``prev_end``
    (:func:`.fates._supposed`), kept for a finite candidate whose verb stands after it (such a
    candidate that is a supposition is left to the full path; a bare noun has no light verb and
    is not verbal, so :func:`.candidates.find_candidates` made it non-finite); what the two read
    stays as found unless the trigger is swapped, which only a withheld permission
    (:func:`.fates.granted_rule`) or an investigation (:func:`.kind_rules._screening`) is. Not
    asked while tracing: each check's drop then names its own fate."""
    trig = cand.trig
    if trig.withheld or trig.mode == "investigate":
        return False  # its trigger may be swapped on the full path
    if not cand.finite:
        return bare_noun(sv, cand) or (trig.subjunctive and asks_nothing(sv, cand))
    return (
        trig.subjunctive
        and asks_nothing(sv, cand)
        and (cand.fronted or not _supposed(sv, cand))
    )


def asks_nothing(sv: SentenceView, cand: Candidate) -> bool:
    """A request trigger's clause that asks nothing, no subjunctive and no imperative clause
    after it: the check :func:`.hindi.extract_sentence` drops a request by ("not a request
    clause"), written once for it and for :func:`surely_dropped`."""
    return not _asks_to(sv, cand) and _imperative_clause(sv, cand) < 0
