"""The armed forces, read in the sentence of a bare "सरकार": "सरकार ने सेना, नेवी और वायुसेना को
कोरोना वायरस के खतरे को देखते हुए लगभग 2500 संदिग्धों को विशेष निगरानी में रखने के लिए तैयार
रहने को कहा है" (DJ-2020-MAR-03.txt) in a report that named the Uttar Pradesh government two
paragraphs before is the Centre's request, not the state's: no state government commands them.

Why a module of its own (round src8, issue 13: sources defaulted to the wrong government): a
bare "सरकार" is the government the article last named (:mod:`.actor_place`), which is right for
a state's own measures and wrong for a matter no state government decides. Only a state's
government the article named before is overridden here; a foreign country's paragraph keeps its
own government (it commands its own forces). On the 280 allowed corpus day files a bare
"सरकार ने" with an armed force in its sentence has 2 events: the Centre's airlift ("भारतीय
वायुसेना के सी-17 ग्लोबमास्टर विमान भेजा") was already the Government of India's, this one was
Uttar Pradesh's. Visas were tried and dropped: the one bare "सरकार" with a visa given a state
("सरकार ने विदेशी नागरिकों को बीजा देने पर रोक लगा दी है", AU-2020-MAR-16.txt) is one of the
Uttarakhand government's own decisions as its chief minister announces them.

The country's scope, said in the sentence, is the other matter no state government decides
(round src10, issue 13: national measures given a state's or city's government): "कोरोना वायरस
महामारी के दौरान देश में डॉक्टरों और नर्सों पर हमले को देखते हुए सरकार उनकी सुरक्षा के लिए एक
अध्यादेश लाई है" (NT-2020-APR-22.txt, after an Andhra Pradesh item) and "सरकार ने सोमवार को कहा कि
… 21 दिन के लॉकडाउन की अवधि बढ़ाने की उसकी कोई योजना नहीं है" (NT-2020-MAR-30.txt, a Delhi
dateline) are the Centre's. The sentence must say the country ("देश में", "देशभर", "देशव्यापी",
"पूरे देश", the 21 days' lockdown, "लॉकडाउन 2.0") and no one state's scope ("राज्य", "प्रदेश",
"सूबे" in the singular: "देश में … बढ़ते मामलों को देखते हुए सरकार ने राज्य के सभी स्कूल …" stays
the state's); a sentence naming a state keeps it (``here`` in :mod:`.actor_place`: "देश में …
महाराष्ट्र में पाए जाने से चिंतित सरकार ने लॉक डाउन का फैसला फिलहाल टाल दिया", AU-2020-MAR-18.txt).
"""

from __future__ import annotations

from typing import Any

# The armed forces by their service names: no state commands them ("शिवसेना" is one word, a
# party; "सेना" alone is the army)
_FORCES = frozenset({"सेना", "सेनाओं", "थलसेना", "नौसेना", "नेवी", "वायुसेना", "एयरफोर्स"})


# Words that say the country as the measure's scope, alone ("देशभर में", "देशव्यापी लॉकडाउन") or
# after "पूरे"; "देश" itself only before "में"/"भर" ("देश के कई राज्यों में" is a round-up of states'
# measures, "देशी विदेशी मदिरा" no scope). Tuned on the 280 allowed corpus day files (round src10):
# a bare "सरकार" given a state's government with one of them in its sentence: 3 events, 2 the
# Centre's (above), 1 a state the sentence names (kept by ``here``)
_NATION_WORDS = frozenset({"देशभर", "देशव्यापी", "राष्ट्रव्यापी"})
_NATION_AFTER = {"देश": frozenset({"में", "भर"}), "पूरे": frozenset({"देश"})}
# the lockdowns that were the country's by their number: "21 दिन के लॉकडाउन", "लॉकडाउन 2.0"
# (tokens "लॉकडाउन", "2", ".", "0"; a bare "लॉकडाउन 3" may be "लॉकडाउन 3 मई तक"), "लॉकडाउन-3"
_NATION_LOCKDOWN_DAYS = "21"
_LOCKDOWN = "लॉकडाउन"
_NUMBERED_LOCKDOWNS = frozenset({"लॉकडाउन-2", "लॉकडाउन-3"})
_LOCKDOWN_PHASES = frozenset({"2", "3"})
_POINT_ZERO = [".", "0"]
# one state's scope in the sentence: the measure is the state's whatever the country does
_STATE_SCOPE = frozenset({"राज्य", "प्रदेश", "सूबे", "सूबा"})


def _forces(tokens: list[Any]) -> bool:
    """Whether a word of the sentence (or a hyphen part of one) names an armed force."""
    for tok in tokens:
        text = tok.text
        if text in _FORCES or ("-" in text and not _FORCES.isdisjoint(text.split("-"))):
            return True
    return False


def _national(tokens: list[Any]) -> bool:
    """Whether the sentence says the country as its scope and no one state's."""
    texts = [tok.text for tok in tokens]
    if not _STATE_SCOPE.isdisjoint(texts):
        return False
    for k, text in enumerate(texts):
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if text in _NATION_WORDS or nxt in _NATION_AFTER.get(text, ()):
            return True
        if text in _NUMBERED_LOCKDOWNS or (
            text == _LOCKDOWN and nxt in _LOCKDOWN_PHASES and texts[k + 2 : k + 4] == _POINT_ZERO
        ):
            return True
        if (
            text == _NATION_LOCKDOWN_DAYS
            and nxt in ("दिन", "दिनों")
            and _LOCKDOWN in texts[k + 2 : k + 5]
        ):
            return True
    return False


def central_matter(tokens: list[Any]) -> bool:
    """Whether the sentence is on a matter no state government decides: it names an armed
    force, or it says the country as its scope (round src10)."""
    return _forces(tokens) or _national(tokens)
