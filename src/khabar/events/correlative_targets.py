"""Whom "तो उस पर" points at: the offender of a condition, the target of the action it threatens
(issue 13, round ev208).

Why a module of its own: a warning is often told as a condition and its consequence, the
offender named only in the condition and pointed at after the correlative "तो" ("अगर कोई भी
व्यक्ति घूमता पाया जाएगा तो उस पर कानूनी कार्रवाई की जाएगी", a core THREATEN of the tuning set
Vn; "अगर कोई भवन स्वामी … उल्लंघन करते हुए पाया गया तो उस पर दंडात्मक कार्यवाही की जाएगी").
The walk back from the trigger (:func:`khabar.events.targets._object_target`) read "उस" as a
noun phrase of nothing and the action, which needs a target ("X के खिलाफ कार्रवाई", not any
activity), was dropped; "तो उसके खिलाफ …" was already kept with the pronoun as its target
argument, and :mod:`khabar.events.oblique_pronouns` keeps the plural "उन पर" of surveillance and
charges only. "इस पर"/"उस पर" elsewhere as often means a matter ("उस पर क्या खर्च होगा", "इस पर
चर्चा"), so only right after "तो" and only for the acts done to offenders. Counts on the 280
allowed corpus day files: docs/events-rounds.md, round ev208.

Such a consequence is mostly passive ("… तो उस पर/उसके खिलाफ कार्रवाई की जाएगी"), told after the
official or the order it comes from: the guessed issuer a passive measure gets was refused it,
as it is to any agentless act whose only target is a pronoun (nobody named on either side) but
an arrest's or a case's (:mod:`khabar.events.held_pronouns`). A conditional action is the
warning the sentence is for (:func:`khabar.events.reread.conditional_punishments` retypes it
THREATEN): :func:`offender_warned` lets it take the issuer too.

The offence may also be the condition itself, an oblique infinitive before पर ("… पांच से ज्यादा
लोग जुटने पर धारा-144 के तहत कार्रवाई की जाएगी", "… ब्लैक मार्केटिंग करते हुए पाये जाने पर …
कठोर कार्रवाई की जायेगी"): whoever does it
is whom the action will fall on, the same warning (:func:`offence_condition_before` lets
:func:`khabar.events.reread.conditional_punishments` read it so). Only with a future verb after
the action: "… करने पर पुलिस ने कार्रवाई की" reports an act on people it does not name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Argument
from .clause import SentenceView

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The oblique pronouns a consequence points at its condition's offender with ("तो उस पर",
# "तो उन पर"), and the correlative right before them.
_POINTERS = frozenset({"उस", "उन"})
# ... and the genitives before खिलाफ ("तो उसके खिलाफ"), which the walk back keeps already.
_AGAINST = frozenset({"उसके", "उनके"})
# What makes the clause before तो a condition: अगर/यदि, or an indefinite subject said without
# them ("कोई व्यक्ति निकला तो …"), as :func:`khabar.events.reread.conditional_punishments` reads.
_CONDITIONS = frozenset({"अगर", "यदि", "कोई", "किसी"})
# The future of the action's verb ("की जाएगी", "होगी"): a warning, not an action reported.
_WILL = frozenset({"जाएगी", "जायेगी", "जाएगा", "जायेगा", "होगी", "होगा"})
# An oblique infinitive before पर ("लोग जुटने पर", "पाये जाने पर"): the offence as condition,
# in the text before a punishment (:func:`offence_condition_before`).
_OFFENCE_BEFORE = re.compile(r"\S\Sने\s+पर\s[^।]*$")
_THEN = "तो"
# The acts done to an offender: an action taken against him, a case, a watch (the modes of the
# lexicon's कार्रवाई, मुकदमा/मामला दर्ज and निगरानी/नजर entries).
_ON_OFFENDERS = frozenset({"legal_action", "charge", "surveillance"})


def correlative_target(
    sv: SentenceView, cand: Candidate, k: int, start: int, marks: set[str], roles: Roles
) -> bool:
    """Whether the पर at token ``k`` follows "तो उस"/"तो उन", or an offence's infinitive before a
    future action, and marks the target of an act done to an offender; if so the pronoun (or the
    infinitive) is kept as the target argument with no actor (the condition names nobody the
    article could point at), as "उसके खिलाफ" is."""
    toks = sv.tokens
    if toks[k].text != "पर" or "पर" not in marks or k - 2 < start:
        return False
    if cand.trig.mode not in _ON_OFFENDERS:
        return False
    if _offence(sv, cand, k, start):
        pass  # "… लोग जुटने पर धारा-144 के तहत कार्रवाई की जाएगी": whoever does it
    elif toks[k - 1].text not in _POINTERS or toks[k - 2].text != _THEN:
        return False
    pron = toks[k - 1]
    roles.args.append(Argument("target", pron.text, pron.start, pron.end, None))
    roles.pronoun_target = True
    return True


def _offence(sv: SentenceView, cand: Candidate, k: int, start: int) -> bool:
    """The पर at token ``k`` follows an oblique infinitive ("करने", "जुटने", "जाने") and the legal
    action after it is in the future: the offence the action is threatened for."""
    toks = sv.tokens
    word = toks[k - 1].text
    return (
        cand.trig.mode == "legal_action"
        and k - 1 >= start
        and len(word) > 2
        and word.endswith("ने")
        and not _WILL.isdisjoint(sv.texts[cand.last + 1 : cand.last + 4])
    )


def offence_condition_before(text: str) -> bool:
    """Whether ``text`` (an evidence span up to a punishment's trigger) holds an oblique
    infinitive before पर with no danda after it: the offence the punishment is for."""
    return _OFFENCE_BEFORE.search(text) is not None


def offender_warned(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """Whether an agentless legal action's only target is a pronoun right after the "तो" of a
    condition ("अगर कोई … पाया गया तो उस पर/उसके खिलाफ … कार्रवाई की जाएगी") or the offence's
    infinitive before पर: a warning, which may take the guessed issuer of a passive measure."""
    if cand.trig.mode != "legal_action" or roles.target:
        return False
    toks = sv.tokens
    for arg in roles.args:
        if arg.role != "target" or arg.entity_id is not None:
            continue
        k = sv.token_starting(arg.start) or 0
        if k + 1 < len(toks) and toks[k + 1].text == "पर" and _offence(sv, cand, k + 1, 0):
            return True  # "… लोग जुटने पर … कार्रवाई की जाएगी"
        return (
            arg.text in _POINTERS | _AGAINST
            and k > 0
            and toks[k - 1].text == _THEN
            and not _CONDITIONS.isdisjoint(sv.texts[: k - 1])
        )
    return False
