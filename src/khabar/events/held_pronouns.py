"""Arrests and police cases told without their agent, of people the clause names only by a
pronoun ("… आरोपित अस्पताल में उपचाराधीन है । ठीक होने के बाद उसे गिरफ्तार कर कार्रवाई होगी",
"… एसएसपी … के मुताबिक कुछ लोगों के खिलाफ शिकायत मिलने के बाद उनके खिलाफ मामला दर्ज किया गया है").

Why: Hindi news names the person held once and goes on with "उसे", "उनके खिलाफ"; the act is the
police's, whom the text leaves unsaid. Round ev22 made the passive arrest agentless (its issuer
guessed, the place's police: :data:`khabar.events.issuer.POLICE_MODES`) only where whom it holds
is named in its own clause, because a guessed issuer and a bare pronoun would be all such an
event says. But the act is reported all the same, and the analysts code it core with the police
inferred: so an arrest or a case whose only target is such a pronoun now gets its guessed issuer
too (:func:`held_by_pronoun`, asked by :func:`khabar.events.hindi.extract_sentence`); the pronoun
is resolved where the article allows, once it is read
(:func:`khabar.events.anaphora.resolve_pronoun_targets`), and else the target stays empty. A
conditional one on whoever would do wrong ("… कोई व्यक्ति निकला तो उसके खिलाफ मामला दर्ज किया
जाएगा") is a warning, retyped THREATEN by :func:`khabar.events.reread.conditional_punishments`.

Round rv32 (issue 13), the sixth recall audit's core miss "ठीक होने के बाद उसे गिरफ्तार कर
कार्रवाई होगी". Counted on the 280 allowed corpus day files: 6 events added, all read and right in
type (an arrest and a case reported, an arrest planned, two warnings, an order to investigate that
the case's guessed issuer now gives its own passive clause); tried and not kept, dropping the
events whose pronoun found no antecedent (2 added, the audit's miss not among them: the anaphora
does not take an untagged noun such as "आरोपित" or "दवाई दुकानदार" for an antecedent).
"""

from __future__ import annotations

from .anaphora import PLURAL, SINGULAR
from .arguments import Roles

# The police's acts on people: an arrest (jailing included) and a case registered. Not a fine
# or a seizure, whose pronoun is as often a thing ("उसे जब्त कर लिया गया": a vehicle).
HELD_MODES = frozenset({"arrest", "charge"})
# The pronouns that hold a person ("उसे", "उन्हें", "उसके/उनके खिलाफ"), never the counted or
# the all-of-them forms, whose antecedent rules are narrower (anaphora._COUNT_OF).
_HELD_PRONOUNS = SINGULAR | PLURAL


def held_by_pronoun(mode: str | None, roles: Roles) -> bool:
    """Whether an agentless act whose only target is a pronoun ("उसे", "उनके खिलाफ") may take a
    guessed issuer: an arrest or a police case (:data:`HELD_MODES`)."""
    if mode not in HELD_MODES or roles.target:
        return False
    return roles.pronoun_target or any(
        a.role == "target" and a.entity_id is None and a.text in _HELD_PRONOUNS for a in roles.args
    )
