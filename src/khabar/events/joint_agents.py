"""An authority acting jointly with a place's health department ("जिला प्रशासन व स्वास्थ्य विभाग
ने … एहतियात बरतनी आरंभ कर दी थी"): the pair is an acting authority whose agentless measures go
on in the paragraph, as either alone is (round sa6, issue 13).

Why: :func:`khabar.events.speakers._note_speaker` remembers where an authority last acted only
when every coded agent is of an authority sector (an office) or every one a place's health body;
a coordination of both was neither, so the measures after it ("… गली पूरी तरह से सील कर दी गई थी
। शुक्रवार को और अधिक सख्ती बढ़ा दी गई थी") fell to the place guess, which gave a Narnaul item's
tightening to Delhi's government (DJ-2020-MAY-10.txt, round sa6's audit #089)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .actors import sector_of

_HEALTH = "HLH"


def joint_authority(coded: Sequence[Mention], authorities: frozenset[str]) -> bool:
    """Whether the coded agents ``coded`` are authorities (sectors of ``authorities``) joined by a
    place's health body (sector HLH, a body not a group, of a place below the country: its code
    has a "-"), with at least one of each."""
    if not coded:
        return False
    sectors = [sector_of(m.role) for m in coded]
    health = [
        m for m, s in zip(coded, sectors, strict=True)
        if s == _HEALTH and m.type != "GROUP" and "-" in (m.role or "").split()[0]
    ]
    others = [s for s in sectors if s != _HEALTH]
    return bool(health) and bool(others) and len(health) + len(others) == len(coded) and all(
        s in authorities for s in others
    )
