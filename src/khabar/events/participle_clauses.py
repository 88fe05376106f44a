"""A conjunctive participle followed by the next act's own को-phrase: where the first act's verb
complex ends.

Why: Hindi chains two measures with a conjunctive "कर/करके/करा" and gives the second its own
object ("नगर को प्रशासन ने पूरी तरह सील करा नगर क्षेत्र को बफर घोषित कर दिया", "… घरों के बाहर
नोटिस चस्पा करके सभी को क्वारंटाइन …", "आदेश जारी कर सभी प्रकार की दुकान को खोलने की इजाजत दे
दी गयी"). :func:`khabar.events.verbforms.converb` ends the first act's verb complex at the "कर"
only when a number, a pronoun or an entity follows it; a common noun phrase ("नगर क्षेत्र को",
"सभी को") was read as part of the first act's verb window (five words), the next act's clause
then started at its own trigger, and the second measure lost its object: the zone declared with
no area, the quarantine with no one quarantined. A verb complex never holds a को, so a को-phrase
that opens right after the participle, before any word of a verb complex, starts the next clause.

Round tg5 (issue 13): counted on the 280 allowed corpus day files (docs/events-rounds.md, round
tg5); the audit au7 names the buffer zone's town (DH-2020-ARP-30) a target the sentence writes.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import CLAUSE_BREAKS, SentenceView
from .gloss import names_people

# The conjunctive participles of the light verbs ("सील कर", "चस्पा करके", "सील करा").
_PARTICIPLES = frozenset({"कर", "करके", "करा", "कराकर", "करवा", "करवाकर"})
# Words that go on a verb complex after a light "कर/करा": vectors, auxiliaries, modals.
_COMPLEX = frozenset(
    {"दिया", "दी", "दिए", "दिये", "दें", "दे", "देंगे", "देगी", "देगा", "देना", "देने"}
    | {"लिया", "ली", "लिए", "लिये", "लें", "ले", "लेंगे", "लेगी", "लेगा", "लेना", "लेने"}
    | {"रहे", "रही", "रहा", "रहीं", "सकते", "सकता", "सकती", "सकें", "सके", "पाए", "पाया"}
    | {"चुके", "चुका", "चुकी", "चुकीं", "रखा", "रखी", "रखे", "डाला", "डाली", "डाले"}
    | {"है", "हैं", "था", "थी", "थे", "गया", "गई", "गए", "गयी", "जा", "जाए", "जाएगा"}
    | {"जाएगी", "जाएंगे", "जाता", "जाती", "जाते", "दिखाया", "सकेंगे", "सकेगा", "सकेगी"}
)
# A finite light verb ("बैठक कर समीक्षा की और अधिकारियों को …") or a conjunction after the
# participle: the phrase is no object of the next act's own.
_JOINS = frozenset({"की", "किया", "किए", "किये", "करें", "करेंगे", "और", "तथा", "व", "एवं", ","})
# What follows "की" as a finite light verb ("समीक्षा की और …", "… की है"); before a noun it is a
# genitive ("सभी प्रकार की दुकान को").
_AFTER_FINITE = frozenset({"और", "तथा", "व", "एवं", ",", "है", "हैं", "थी", "थीं", "गई", "गयी", "।"})
# Words of the next act's phrase before its को, at most ("सभी प्रकार की दुकान को" is 4).
_PHRASE_WORDS = 4


def marked_phrase_after(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the act's light verb is a conjunctive participle right after its trigger, followed
    by a को-phrase of one to :data:`_PHRASE_WORDS` words that names no people, with no word of a
    verb complex, another participle, a conjunction or a clause break in it: the next act's
    object, so the act's verb complex is the participle alone. People after the participle are
    as often whom the main verb tells ("परामर्श जारी कर प्रवासी भारतीयों और विदेशियों को …
    नहीं आने को कहा": one advisory, its addressees) and are left to the verb window. The words are read from the sentence, past the verb window's five."""
    verb, toks = cand.verb, sv.tokens
    at = cand.last + 1
    if not verb or verb[0] not in _PARTICIPLES or at >= len(toks) or toks[at].text != verb[0]:
        return False
    for k in range(at + 1, min(len(toks), at + 2 + _PHRASE_WORDS)):
        word = toks[k].text
        if word == "को":
            return k > at + 1 and not names_people(sv.text_of(at + 1, k - 1))
        if word == "की" and k + 1 < len(toks) and toks[k + 1].text not in _AFTER_FINITE:
            continue  # "सभी प्रकार की दुकान को": a genitive, not the light verb
        if word in _COMPLEX or word in _PARTICIPLES or word in _JOINS or word in CLAUSE_BREAKS:
            return False
    return False
