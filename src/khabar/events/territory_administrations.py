"""A union territory with no government of its own acting: its administration, not a government.

Why a module of its own (round src7, issue 13): the rules that guess or name the issuer of a
measure say any state or territory acting "Government of <place>" (a place named bare, "जम्‍मू
कश्‍मीर और बिहार ने भी लॉक डाउन की घोषणा की है"; a measure in it with no agent, "जम्‍मू-कश्‍मीर
में पार्कों और बागों में जाने पर रोक लगा दी गई है"). In 2020 Jammu and Kashmir, a union territory
since 31 October 2019, had no elected government (its Lieutenant Governor's administration
governed it), nor had Ladakh, Chandigarh or the other territories without a legislature; English
news and the event coders call such a body the territory's administration: the tuning pool X's
gold names Jammu and Kashmir so both times it is named bare or inferred ("administration of
Jammu and Kashmir", "Jammu and Kashmir administration"), and the text's own "जम्मू-कश्मीर प्रशासन"
is said so already (:mod:`khabar.events.administrations`, round sa10). Where the text itself
says "सरकार" ("जम्मू कश्मीर सरकार ने …") its government is kept, as the tuning set Vp's coder
kept it. On the 2,824 events of the 280 allowed corpus day files 5 sources at main are such a
territory's "Government" with no "सरकार" written (3 of Jammu and Kashmir, 2 of Ladakh), and one
more since :mod:`khabar.events.listed_states` (see docs/events-rounds.md).

Delhi and Puducherry, territories with elected governments, keep "Government of".
"""

from __future__ import annotations

from collections.abc import Sequence

# Union territories of India with no legislature of their own, or none sitting, in 2020 (the
# corpus's year): Jammu and Kashmir was governed by its Lieutenant Governor throughout
_ADMINISTERED = frozenset(
    {
        "Jammu and Kashmir",
        "Ladakh",
        "Chandigarh",
        "Andaman and Nicobar Islands",
        "Lakshadweep",
        "Dadra and Nagar Haveli and Daman and Diu",
    }
)
_GOVERNMENT = "Government of "
# What names a government in the text's own words ("जम्मू कश्मीर सरकार ने")
_GOVERNMENT_WORDS = frozenset({"सरकार"})
_PUNCTUATION = ",.;:!?'\"“”‘’()-।"


def territory_administration(english: str, written: Sequence[str], sentence: str) -> str:
    """ "Government of Jammu and Kashmir" -> "Jammu and Kashmir administration" for a territory
    of :data:`_ADMINISTERED` when neither its words as ``written`` in the event (its arguments'
    texts; an inferred issuer's is its English name) nor the event's ``sentence`` say "सरकार"
    ("जम्मू और कश्मीर सरकार के सूचना और जनसंपर्क विभाग की ओर से … कहा गया है कि … बंद कर दी गई
    है": the government the text names); ``english`` itself otherwise. Words, not parts of
    words: "सरकारी … स्कूलों" names no government."""
    place = english.removeprefix(_GOVERNMENT)
    if place == english or place not in _ADMINISTERED:
        return english
    words = {w.strip(_PUNCTUATION) for text in [*written, sentence] for w in text.split()}
    if not words.isdisjoint(_GOVERNMENT_WORDS):
        return english
    return f"{place} administration"
