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
"""

from __future__ import annotations

from typing import Any

# The armed forces by their service names: no state commands them ("शिवसेना" is one word, a
# party; "सेना" alone is the army)
_FORCES = frozenset({"सेना", "सेनाओं", "थलसेना", "नौसेना", "नेवी", "वायुसेना", "एयरफोर्स"})


def central_matter(tokens: list[Any]) -> bool:
    """Whether a word of the sentence (or a hyphen part of one) names an armed force."""
    for tok in tokens:
        text = tok.text
        if text in _FORCES or ("-" in text and not _FORCES.isdisjoint(text.split("-"))):
            return True
    return False
