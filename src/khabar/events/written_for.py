"""Whom aid or a directive is for when "X के लिए/लिये" stands a few words before its trigger, the
thing given or issued between ("गृह मंत्रालय ने सभी राज्यों के लिये एक हेल्पलाइन नंबर जारी किया",
"सरकार ने उन किसानों के लिए कृषि सब्सिडी के लिए 578 करोड़ रुपये जारी किए").

Round ev98's `addressees.issued_for` reads "X के लिए" only right before the trigger (with
"नई", "विशेष" … between); with the thing's own words between, the act fell back on the public
inferred for an act that names nobody, or on the thing itself ("कृषि सब्सिडी"), where the text
names the people or bodies it is for. Issue 13, round ev198: the wrong-party targets of the
tuning sets Uf-Ul, Un (the helpline for the states, the subsidy for the farmers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .addressees import _ISSUED_FOR_MODES, _names_someone
from .arguments import _NP_STOPS, Roles, _activity
from .possessors import _phrase_before
from .targets import _AGENT_MARKS

if TYPE_CHECKING:
    from ..model import Argument
    from .candidates import Candidate
    from .clause import SentenceView

# How many words may stand between "लिए/लिये" and the trigger: the thing and its count
# ("एक हेल्पलाइन", "कृषि सब्सिडी के लिए 578.42 करोड़"); tuned on the tuning sets Uf and Ui and
# read on the allowed corpus day files (round ev198).
_REACH = 7
# Words that end the phrase of the thing: another clause, another party, a list of acts.
_BREAKS = frozenset({"कि", ",", "।", "को", "से", "जो", "जिसे", "जिन्हें", "तथा", "और", "एवं"})
_BREAKS |= _AGENT_MARKS
_FOR = frozenset({"लिए", "लिये"})


def _numeral_piece(text: str) -> bool:
    """Whether a token is a piece of a written number ("578", ".", "42" of "578.42"): a count
    is one word of the thing however the tokenizer cut it."""
    return text == "." or text.replace(",", "").isdigit()


def _people_target(args: list[Argument]) -> bool:
    """Whether the act already names someone as its target (an entity or people in words), as
    opposed to a thing or the public inferred with no words."""
    mine = [a for a in args if a.role == "target"]
    return bool(mine) and all(map(_names_someone, mine))


def written_for(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """The people or body "X के लिए" names within `_REACH` words before an aid's or a
    directive's trigger, in place of a thing or of the inferred public: not a purpose ("बचाव के
    लिए", "दुकानें खोलने के लिए": an activity noun or an infinitive), not a time ("दो सप्ताह के
    लिए": the phrase must name someone, as round ev98's rule asks), never across a clause or
    another party (`_BREAKS`); the nearest such phrase that names someone wins."""
    if cand.trig.type != "AID" and cand.trig.mode not in _ISSUED_FOR_MODES:
        return
    if _people_target(roles.args):
        return
    toks = sv.tokens
    k = cand.first - 1
    words = 0
    while k > start + 1 and words <= _REACH:
        if toks[k].text in _BREAKS:
            return
        words += not _numeral_piece(toks[k].text)
        if toks[k].text in _FOR and toks[k - 1].text == "के":
            at = k - 1
            if not (_activity(toks[at - 1].text) or toks[at - 1].text in _NP_STOPS):
                kept = (list(roles.args), list(roles.target))
                roles.args[:] = [
                    a for a in roles.args if a.role not in {"target", "target_inferred"}
                ]
                roles.target.clear()
                units = [u for u in sv.units if u.first >= start and u.marker_end <= at + 2]
                _phrase_before(sv, start, at, units, roles)
                if _people_target(roles.args):
                    return
                roles.args[:], roles.target[:] = kept
            k = at - 1
            continue
        k -= 1
