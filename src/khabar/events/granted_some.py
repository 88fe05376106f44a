"""A permission given only to some is no easing: round fp2's rule (issue 13, false positives and
double coding on the tuning sets Vf-Vj, Vm-Vq, Vr-Vv and Vw-Vz).

"केवल 30 छात्रों को एक बस में चढ़ने की अनुमति दी जाएगी", "… केवल उन्हीं को यात्रा की अनुमति दी
जाएगी, जिनमें कोविड-19 के लक्षण नहीं दिखेंगे", "… स्कूलों को 31 मार्च तक बंद करने के आदेश दिए
और केवल उन्हीं स्कूलों को छूट दी गई जिसमें बोर्ड परीक्षाएं चल रही हैं": the permission is granted
to a few only, so it keeps everyone else out. It restricts (the tuning pools code every such
"केवल/सिर्फ … को … अनुमति/इजाजत" COERCE, seven events, and the exemption inside a closure order as
part of that order); it eases nothing. Round ev117 already kept a permission stated as a rule
("… को ही … इजाजत होगी") from being an easing (:func:`.fates.only_allowed`, read in
:func:`khabar.events.hindi.extract_sentence` and :mod:`.passive_grants`); a permission given by an
agent ("… की अनुमति दी जाएगी", "… को छूट दी गई") went on as a CONCEDE ease. This rule drops that
candidate too, before the sentence's dates are given out. It does not retype it COERCE: the lead's
merge of ev117 took the restriction reading back after it cost a report-only set a false positive,
so a restriction told this way stays no event, as ev117's rules are.

Counts on the 280 allowed corpus day files and the tuning sets: docs/events-rounds.md, round fp2.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView
from .fates import _ONLY, _ONLY_AFTER
from .timexowner import _clause_start

# Where the words that narrow the permission stop, reading back from it: an agent's ने or a comma
# starts the giver's part ("केवल दो जिलों में मामले मिले हैं, इसलिए सरकार ने सभी दुकानों को … की
# अनुमति दे दी है" limits no one); the clause breaks of :func:`.timexowner._clause_start` do not
# stop at either.
_GIVER_STOPS = frozenset({"ने", ","})

# The permission nouns of the lexicon's CONCEDE ease entry (data/events/triggers_hi.yaml) that a
# limiter can narrow to a few ("केवल … को … की अनुमति/इजाजत/मंजूरी", "केवल … को छूट"); relief
# words (ढील, रियायत, राहतें) narrowed by "ही" are still relief to those who get it.
_PERMISSIONS = frozenset({"अनुमति", "इजाजत", "इजाज़त", "छूट", "मंजूरी"})


def granted_to_some(sv: SentenceView, cand: Candidate) -> bool:
    """Whether ``cand`` is an easing by a permission noun granted only to some: "केवल/सिर्फ/मात्र",
    or "को ही"/"बाद ही", between it and the nearest ने, comma or clause break before it (the
    limiters of :func:`.fates.only_allowed`)."""
    trig = cand.trig
    if trig.type != "CONCEDE" or trig.mode != "ease" or sv.texts[cand.first] not in _PERMISSIONS:
        return False
    words = sv.texts[_clause_start(sv, cand.first) : cand.first]
    cut = max((i for i, w in enumerate(words) if w in _GIVER_STOPS), default=-1)
    words = words[cut + 1 :]
    return not _ONLY.isdisjoint(words) or any(
        w == "ही" and i > 0 and words[i - 1] in _ONLY_AFTER for i, w in enumerate(words)
    )
