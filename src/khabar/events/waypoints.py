"""Places a traveller passed through on the way: neither the story's town nor a measure's place.

Why a module of its own: :func:`khabar.events.places.origin_places` reads the places people came
from, were sent to or live in; a way-point is another such role, written three ways: "X के रास्ते"
(by way of X), "वाया X" (via X) and an arrival at X's airport on a journey that came from
somewhere ("जर्मनी से इटली के रास्ते दिल्ली एयरपोर्ट पर पहुंचा था"). "X होते हुए" is read by
``origin_places`` itself (round ev21).

Round sa2 (issue 13, the source audit's class C): a Nawanshahr man who died had landed at the
Delhi airport on his way home from Germany; the district's quarantine of his family, told two
sentences on ("उसे घर में ही चिकित्सीय निगरानी में रखा गया था", "प्रशासन की ओर से … 17
पारिवारिक सदस्यों को होम क्वारेंटाइन कर दिया गया है"), was given the Delhi health department and
Delhi's government, as Delhi was the town the article named last.

The airport reading needs the journey's origin in the same sentence (a place read as came-from),
so that "दिल्ली एयरपोर्ट पर पहुंचे यात्रियों की स्क्रीनिंग की गई", a measure taken at the airport,
keeps Delhi as its place.
"""

from __future__ import annotations

from typing import Any

# the airport nouns between the town and "पर" ("दिल्ली एयरपोर्ट पर", "अमृतसर हवाई अड्डे पर")
_AIRPORT = frozenset({"एयरपोर्ट", "हवाईअड्डे", "हवाईअड्डा", "एयरपोर्ट्स"})
_AIRPORT_TWO = ("हवाई", frozenset({"अड्डे", "अड्डा"}))
# arrival verbs after "पर": a form of पहुंचना or उतरना
_ARRIVED = ("पहुंच", "पहुँच", "पहुच", "उतर")
_VIA = frozenset({"वाया"})
_WAY = frozenset({"रास्ते"})
_GEN = frozenset({"के"})
# a land route named by "X के रास्ते" is the road's, not a journey's ("सांस के रास्ते", "सड़क के
# रास्ते" name no place, so only a place mention before "के रास्ते" is read)


def cue(words: frozenset[str]) -> bool:
    """Whether the sentence has a word any reading here needs (most sentences have none)."""
    return not (
        _VIA.isdisjoint(words)
        and _WAY.isdisjoint(words)
        and _AIRPORT.isdisjoint(words)
        and "हवाई" not in words
    )


def _airport_end(tokens: list[Any], j: int) -> int | None:
    """The token after the airport noun opening at ``j``, or None."""
    if j < len(tokens) and tokens[j].text in _AIRPORT:
        return j + 1
    if (
        j + 1 < len(tokens)
        and tokens[j].text == _AIRPORT_TWO[0]
        and tokens[j + 1].text in _AIRPORT_TWO[1]
    ):
        return j + 2
    return None


def waypoints(tokens: list[Any], spans: list[tuple[int, int, Any]], came: set[int]) -> set[int]:
    """Start offsets of the place mentions of ``spans`` (first token, last token, mention) a
    traveller passed through: "X के रास्ते", "वाया X", and "X एयरपोर्ट पर पहुंचा/उतरा" where
    ``came`` (the starts of the places read as where people came from) is not empty."""
    out: set[int] = set()
    for lo, last, m in spans:
        j = last + 1
        if j + 1 < len(tokens) and tokens[j].text in _GEN and tokens[j + 1].text in _WAY:
            out.add(m.start)  # "इटली के रास्ते", "दुबई के रास्ते"
            continue
        if lo > 0 and tokens[lo - 1].text in _VIA:
            out.add(m.start)  # "गोरखपुर से वाया दिल्ली होते हुए जेद्दा"
            continue
        if not came or m.start in came:
            continue
        k = _airport_end(tokens, j)
        if (
            k is not None
            and k + 1 < len(tokens)
            and tokens[k].text == "पर"
            and tokens[k + 1].text.startswith(_ARRIVED)
        ):
            out.add(m.start)  # "जर्मनी से … दिल्ली एयरपोर्ट पर पहुंचा था"
    return out
