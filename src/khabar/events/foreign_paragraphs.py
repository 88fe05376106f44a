"""The paragraph a foreign story goes on in: a bare "सरकार" one paragraph after the one that named
the country is still that country's (round ms1, issue 13).

"इस बीच स्पेन में राहत थोड़ी राहत की खबर है । वहां कोरोना से शनिवार को सबसे कम 510 लोगों की
मौतें हुई हैं । …" then, on the next line, "इधर, सरकार ने सोमवार से मैन्युफैक्चरिंग और
कंस्ट्रक्शन सेक्टर के कर्मचारियों को काम पर लौटने की अनुमति दे दी है । इनके लिए एक करोड़ मास्क
भी बांटे जाएंगे । हालांकि अभी फ्रांस और पुर्तगाल से लगी सीमा को आगे भी दो हफ्तों तक बंद रखने
का फैसला किया है ।" (AU-2020-ARP-12.txt:28-29): Spain's government acts. The actor words read a
bare "सरकार" as the government of the one foreign country the article named last, no home place,
home office or home country named since (:func:`khabar.events.actor_place`, round ev63), only
within the paragraph that named it; a report that names the country in one paragraph and tells
its government's measures in the next fell back to the home country's government. The context
that clears ``abroad`` whenever a home place or a home authority is named is unchanged: only the
paragraph reach grows, from the same paragraph to it or the one paragraph before it that holds
a sentence (a blank line holds none and is skipped).

:func:`enter_paragraph` keeps, for each sentence read, where its paragraph and the paragraph
before it start (called by :func:`khabar.events.clause.view`); :func:`abroad_in_reach` says
whether the foreign country was named within that reach.

Counted on the 280 allowed corpus day files (main 9fba93b9 with round ms1's dropped subject of an
announced act): 3 events changed, all in that Spain report (the permission, the masks and the
border kept closed, each from India's government to Spain's), all right; see
docs/events-rounds.md, round ms1.
"""

from __future__ import annotations

from .actor_context import ActorContext
from .live_items import forget_item, stamped


def enter_paragraph(actors: ActorContext, text: str, start: int) -> None:
    """Note the paragraph of a sentence starting at ``start``: where it starts, and, when it is
    a new one, that the paragraph read so far is now the one before it."""
    at = text.rfind("\n", 0, start) + 1
    if at != actors.paragraph_at:
        if at > actors.paragraph_at and stamped(text, actors.paragraph_at, at):
            forget_item(actors)  # a live blog's new item (round pl2, :mod:`.live_items`)
        actors.prev_paragraph_at = actors.paragraph_at
        actors.paragraph_at = at


def abroad_in_reach(actors: ActorContext) -> bool:
    """The foreign country the article named last (``actors.abroad``) was named in the paragraph
    being read or in the one before it (one paragraph back: tuned on the 280 allowed corpus day
    files, round ms1, 3 events changed, all right; none reached further back was asked)."""
    return actors.abroad is not None and actors.abroad_at >= actors.prev_paragraph_at
