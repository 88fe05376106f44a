"""An oblique plural that opens a list marked after its last conjunct is no subject.

Why a module of its own: round src3 (issue 13, sources that name the wrong party). Round ev83's
:func:`khabar.events.roles._first_of_marked_conjuncts` keeps the first conjunct of a phrase
marked after its last conjunct ("यात्रियों, कर्मचारियों और चालकों को") from being read as the
clause's nominative subject, but only for को, से, पर and में: a genitive may close an apposition
("प्रदेश सरकार, दूसरे शहरों के …") whose first part is the subject. So in "चीन के राष्ट्रपति शी
जिनपिंग ने … वुहान शहर का पहला दौरा किया और … मरीजों, निवासियों और कार्यकर्ताओं, पुलिस अधिकारियों
… की प्रशंसा की" (PK-2020-MAR-12.txt; POOL_tuning PK-2020-03-12-L15-e07) the praise's own
conjunct has no ने, the first list item was taken as its subject and the residents praised
themselves. The apposition's subject is in the direct case; an oblique plural (the "-ों"/"-ओं" of
"पुलिसकर्मियों", "महिलाओं") never stands bare as a subject in Hindi: unmarked, before a comma or
"और", it waits for the marker after the list's last conjunct, a genitive included. Plural
numerals of that form ("दोनों", "हजारों") are also direct ("दोनों …"), so they are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clause import SentenceView

# the genitive postpositions that close the list (the other markers are ev83's)
_GENITIVE = frozenset({"की", "के", "का"})
# the endings of the Hindi oblique plural ("लोगों", "अधिकारियों"; after a vowel "महिलाओं"), each
# with the nasal dot or the moon-dot
_OBLIQUE_PLURAL = ("ों", "ओं", "ोँ", "ओँ")
# collective numerals and quantities written with the same ending, direct case too
_NUMERALS = frozenset(
    {
        "दोनों",
        "तीनों",
        "चारों",
        "पांचों",
        "पाँचों",
        "छहों",
        "सातों",
        "आठों",
        "दसों",
        "सैकड़ों",
        "सैकडों",
        "हजारों",
        "हज़ारों",
        "लाखों",
        "करोड़ों",
        "करोडों",
        "दर्जनों",
    }
)


def oblique_conjunct(sv: SentenceView, last: int, after: int, trigger: int) -> bool:
    """Whether the unmarked actor phrase ending at token ``last`` is the first conjunct of a
    genitive list: its word is an oblique plural (no numeral), and between the conjunction at
    ``after`` and the trigger at ``trigger`` (the caller has seen no ने and no clause break
    there) a genitive marks the list's last conjunct ("पुलिसकर्मियों, डॉक्टरों और नर्सों की
    सराहना")."""
    word = sv.texts[last]
    if word in _NUMERALS or not word.endswith(_OBLIQUE_PLURAL):
        return False
    return any(sv.texts[j] in _GENITIVE for j in range(after + 1, trigger))
