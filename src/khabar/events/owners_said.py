"""How a genitive's owner is said in English: with "the" when it is the one thing the report is
about.

Why a module of its own: :mod:`khabar.events.gloss_phrases` reads the grammar of a Hindi noun
phrase and was at the size limit; what English needs around an owner it has read (an article, a
head that has no plural) is English, kept here.
"""

from __future__ import annotations

# Heads that stay as they are in the plural: collectives, mass nouns and plurals already
_UNCOUNTED = frozenset(
    {"accused", "aircraft", "children", "people", "police", "population", "staff", "public"}
    | {"media"}  # round ev122: "दो दर्जन से अधिक मीडिया" was "medias"
    | {"transport", "world", "everyone", "men", "women", "metro", "parliament", "country"}
)

# Words that open an owner's English with its own determiner, count or name: no "the" then
_DETERMINED = frozenset({"the", "a", "an", "this", "that", "all", "every", "each", "one", "some"})
_DETERMINED |= {"any", "other", "another", "entire", "whole", "both", "several", "many", "no"}


def _the(owner: str, one: bool) -> str:
    """ "school" -> "the school": one thing owning the head, in the oblique singular ("स्कूल के
    पांच बच्चों" = five children of the school, "मरीज की पत्नी" = wife of the patient), is the one
    the report is about, and English says it with "the" (round nm4, issue 13: "of school", "of
    family", "of hospital" read as wrong English; 11 names of the 280 allowed corpus day files).
    Not a count noun's plural, a name, a determined owner or a mass noun ("members of
    parliament")."""
    if not owner.split():
        return owner
    first, last = owner.split()[0], owner.split()[-1]
    if not one or first in _DETERMINED or not first[:1].islower() or first[:1].isdigit():
        return owner
    if last in _UNCOUNTED or last.endswith("s") or " of " in owner or " and " in owner:
        return owner
    return f"the {owner}"


