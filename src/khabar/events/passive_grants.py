"""An exemption granted outright in the passive, its giver unnamed (round rc1, issue 13):
"वरिष्ठ नागरिकों की … देखभाल सेवाओं को प्रतिबंधों से छूट दी गई है" (NT-2020-APR-23.txt, a core
CONCEDE miss of the tuning set Vo), "लेकिन मॉल्स और मार्केट को फिलहाल छूट दी गई है".

Why a rule of its own: round ev32 (:func:`khabar.events.voice.granted_passive`) took only the
announced form ("… को छूट देने की घोषणा की गई है"), because round ev10, which made every concession
with an unnamed giver an event, lost precision on the development gold (relaxations restated in
a story, "जो छूट मिली हुई थी", "छूट नहीं दी जाएगी"). The outright form is the commoner one: of
the 53 "<permission> दी गई" sentences of the 280 allowed corpus day files, 43 had no CONCEDE (29
with छूट, 22 of them none). This rule keeps ev32's guards and adds its own, so a restated,
hypothetical or listed relaxation stays out:

* the noun is छूट, an exemption from a measure in force. A permission so granted ("ई-कॉमर्स को
  मंजूरी दी गयी है", "कर्मचारियों को घर से काम करने की अनुमति दी गई है") is mostly an item of a
  guideline list, which the development gold codes as the list's one announcement: with अनुमति,
  मंजूरी and इजाजत too the rule made 16 events on the allowed files, one false positive on the
  dev gold's tune half (that e-commerce item) and two on its check half (its printed figures);
* the noun is followed at once by दी/दिया/दिए (or "दे दी"), a perfect passive and the present
  है/हैं. The bare perfect ("… छूट दी गई ।", "बाद में 35 लोगों को घर जाने की अनुमति दे दी गई")
  tells a story's step, a phase of the lockdown recalled or quarantined people let go (RETREAT in
  the tuning set Vt): with it the rule added 6 events on the allowed files, 2 wrong;
* no negation near it; no relative, conditional, background or "when" clause before it; not
  granted only to some (:func:`khabar.events.fates.only_allowed`: "हर कोच में सिर्फ 56 मजदूरों
  को बैठने की इजाजत दी गयी है" restricts the rest, a COERCE in the tuning set Vo);
* (in the caller) a named recipient, and the article's first unnamed giver's concession: a
  list's items run over paragraphs, one a line, and ev32's once-a-paragraph would take each.

The issuer is then guessed as for ev32's announced form (:func:`khabar.events.parties.guessed_issuer`).
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView
from .fates import only_allowed
from .verbforms import _NEGATION
from .voice import _PERFECT_PASSIVE, _RELATIVE_OR_IF

_PRESENT = frozenset({"है", "हैं"})

# the passive's "give" right after the noun: "छूट दी गई", "छूट दे दी गई", "छूट दिया गया" (the
# masculine agrees with a masculine recipient phrase in news copy)
_GIVEN = frozenset({"दी", "दिया", "दिए", "दिये"})
# + "जब … छूट दी गई तो …": a past "when" clause sets the scene of a story (NT-2020-APR-27.txt,
# children let out in Spain "when" the rule changed), no news of its own
_SCENE = frozenset({"जब"})


def granted_outright(cand: Candidate, sv: SentenceView) -> bool:
    """The trigger (छूट) is granted in the present perfect passive, outright ("… को छूट दी गई
    है"), by nobody named, asserted in a main clause, to more than a few."""
    toks = sv.texts
    if only_allowed(sv, cand) or toks[cand.last] != "छूट":
        return False
    if not _NEGATION.isdisjoint(toks[max(0, cand.first - 3) : cand.last + 12]):
        return False
    if any(t in _RELATIVE_OR_IF or t in _SCENE for t in toks[: cand.first]):
        return False
    rest = toks[cand.last + 1 : cand.last + 8] + ["।", "।"]
    k = 1 if rest[0] == "भी" else 0  # "… को छूट भी दी गई है"
    if rest[k] == "दे" and rest[k + 1] in _GIVEN:
        k += 1  # "… को छूट दे दी गई है"
    if rest[k] not in _GIVEN or rest[k + 1] not in _PERFECT_PASSIVE:
        return False
    return rest[k + 2] in _PRESENT
