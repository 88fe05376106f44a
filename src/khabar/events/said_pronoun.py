"""The pronoun subject of a speaker's कि-clause as the speaker: "चीन ने संकेत दिया है कि वह … रोक
को हटा देगी".

Why: Hindi news reports what a body or a person says it will do (or is doing) as "X ने कहा है कि
वह/वे …", the कि-clause's subject a bare third-person pronoun that stands for X itself. The
clause's act then has a nominative pronoun for its subject, which no roles rule reads as an agent
(a nominative subject must name an actor, :mod:`.subjects`), and the pronoun's antecedent is in
the same sentence, before the कि, so neither the dropped-subject rule (a sentence before) nor
the anaphora of targets reaches it: the act was dropped for want of an agent. Round ev196 (issue
13), from the "no agent" drops of the 280 allowed corpus day files, where the speaker in the same
sentence that no rule read was the largest group of real acts (round ev195's audit, and this
round's own sample, ``random.Random(196)``, 60 of 643).

The rule is narrow, as a pronoun may also stand for someone the article named before ("पुलिस ने
बताया कि वह दिल्ली से आया था": the suspect, not the police): the pronoun opens the कि-clause, the verb before the कि is a perfect of telling or signalling with the
sentence's ने-agent as its subject and no other clause between, and that agent names actors
(an entity, the actor dictionary, or a pronoun the anaphora resolved) or is a body or office by
its head word (:func:`.institutions._institution_head`: "शिपिंग मिनिस्ट्री ने"), not a group of
people. The act itself is an
active, finite verb of the कि-clause (not a passive, not nested in an infinitive), with no ने of
its own. Private to this package; :func:`.parties.fallback_source` asks it.
"""

from __future__ import annotations

from ..model import Argument
from .candidates import Candidate
from .clause import SentenceView, Unit, unit_actors
from .institutions import _GROUPS, _institution_head, _source_phrase
from .timexowner import _clause_start
from .voice import _passive

# The pronoun subjects that stand for the speaker: the nominative third person (वो is the spoken
# spelling of वह). Not यह/ये (this, these: most often the thing told, "कहा कि यह संभव है").
_SPEAKER_PRONOUNS = frozenset({"वह", "वे", "वो"})
# Perfect verbs of telling and signalling right before the कि (an auxiliary may follow them):
# "कहा", "बताया", "संकेत दिया", "जानकारी दी", "स्पष्ट किया", "घोषणा की", "ऐलान किया"
_TELLING = frozenset({"कहा", "बताया", "दिया", "दी", "किया", "की", "जताया", "जताई"})
_AUXILIARIES = frozenset({"है", "हैं", "था", "थे", "थी"})
# What may not stand between the कि and the act: another clause or agent of its own
_CLAUSE_BREAKS = frozenset({"कि", "ने", "जो", "जिसने", "जिन्होंने", "लेकिन", "परंतु", "मगर"})


def _telling_ki(sv: SentenceView, cand: Candidate) -> int | None:
    """The index of the कि that opens the act's clause after a perfect of telling, with the
    speaker's pronoun right after it; None when the act's clause is not so opened."""
    toks = sv.texts
    ki = next((k for k in range(cand.first - 1, 0, -1) if toks[k] == "कि"), None)
    if ki is None or ki + 1 >= cand.first or toks[ki + 1] not in _SPEAKER_PRONOUNS:
        return None
    if any(t in _CLAUSE_BREAKS for t in toks[ki + 2 : cand.first]):
        return None
    verb = ki - 1
    while verb > 0 and toks[verb] in _AUXILIARIES:
        verb -= 1
    return ki if toks[verb] in _TELLING else None


def speaker_of_pronoun(sv: SentenceView, cand: Candidate) -> Unit | Argument | None:
    """The ने-agent of the telling verb whose कि-clause the act's pronoun subject opens
    ("चीन ने संकेत दिया है कि वह … रोक को हटा देगी": China), when it names actors or a body;
    None otherwise (see the module's docstring for the bounds)."""
    if _passive(cand) or not cand.finite:
        return None
    ki = _telling_ki(sv, cand)
    if ki is None:
        return None
    toks = sv.texts
    ne = next((k for k in range(ki - 1, 0, -1) if toks[k] == "ने"), None)
    if ne is None or any(t == "कि" for t in toks[ne:ki]):
        return None
    for u in sv.units:
        if u.last == ne - 1 and u.marker == "ने":
            return u if unit_actors(u) else None
    # no entity there: a body or office by its head word ("शिपिंग मिनिस्ट्री ने"), as the agent
    # rules read a ने-agent of the act's own clause; not a group of people ("विशेषज्ञों ने कहा है
    # कि वे … निर्देश जारी करेंगे": tried with the glossary's groups, a tuning set's false
    # positive), whose "वे" may as well be anyone they speak of
    lo = _clause_start(sv, ne)
    if ne - 1 >= lo and _institution_head(toks[ne - 1]) and toks[ne - 1] not in _GROUPS:
        return _source_phrase(sv, lo, ne - 1)
    return None
