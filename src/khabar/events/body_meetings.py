"""Where a body's meeting names the body: the genitive "की" before the meeting noun, past one
word that only says which meeting it is ("टास्क फोर्स की पहली बैठक हुई", "मंत्रिमंडल की एक
विशेष बैठक", "हाई पावर कमेटी की बैठक भी होगी").

Why: a meeting of a body (:data:`khabar.events.meetings._BODIES`) is one party and still a
consultation (round ev13); :func:`khabar.events.meetings._body_met` and
:func:`khabar.events.institutions._body_agent` read the body only with "की" right before the
noun, so an ordinal or an adjective of the meeting ("पहली", "विशेष", "आपात") between them left a
body's meeting with one party, dropped. Round rv38 (issue 13): the core "first meeting of the
state-level task force" of a tuning set (there found on its next sentence) and the "symmetric,
one party" drops of the 280 allowed corpus day files; the body words there spelt as English
loans ("कमेटी", "कमिटी", "फोर्स") are added to ``_BODIES`` beside समिति and टास्क.
"""

from __future__ import annotations

from .clause import SentenceView

# Words that say which meeting of the body it is, not who met: an ordinal, "एक", or an
# adjective of its rank or urgency (those standing between a body's "की" and its meeting on the
# allowed corpus day files, and their kin)
_WHICH_MEETING = frozenset(
    {"पहली", "दूसरी", "तीसरी", "चौथी", "अगली", "एक", "विशेष", "अहम", "आपात", "आपातकालीन"}
    | {"उच्चस्तरीय", "महत्वपूर्ण", "आवश्यक", "नियमित", "साप्ताहिक", "दैनिक"}
)


def body_genitive(sv: SentenceView, first: int) -> int | None:
    """The index of the genitive "की" that ties a meeting noun at token ``first`` to its
    possessor: right before it, or before one word of :data:`_WHICH_MEETING`; None otherwise."""
    texts = sv.texts
    k = first - 1
    if k >= 1 and texts[k] in _WHICH_MEETING:
        k -= 1
    return k if k >= 0 and texts[k] == "की" else None
