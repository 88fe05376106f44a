"""A prayer to a god is no plea to a party: प्रार्थना read as a request only when no god is asked.

Why a module of its own: round rc3 (issue 13) made प्रार्थना a request of the appeal lexicon
("मैं सभी देशवासियों से प्रार्थना करता हूं कि … अफवाह से बचें", PK-2020-MAR-08.txt; the same plea in
AU-2020-MAR-08.txt is a core miss of the recall audit rv47), and the same noun is worship: "मैं
सुबह उठकर भगवान से यह प्रार्थना करता हूं कि …" (PK-2020-MAR-12.txt), "ईश्वर से प्रार्थना है कि आप …"
(a birthday greeting, PK-2020-MAR-01.txt) ask a god, whom no event codes. The lexicon entry needs a
target (`requires_target`), but a plea with a कि-clause is kept without one (the urging rule of
:mod:`khabar.events.hindi`, "आप सभी से आग्रह है कि …"), so a prayer to a god would stand with no
target, or with the god as a text target. The trigger finder
(:func:`khabar.events.candidates.find_candidates`) asks :func:`to_a_god` and reads no light verb
after such a prayer. On the 280 allowed corpus day files: 3 pleas to people ("से प्रार्थना" of a
public or "मेरी सबसे प्रार्थना है"), 4 prayers to a god (भगवान 3, ईश्वर 1), 3 other uses (a prayer
service, a prayer for one's family, a shop's name).
"""

from __future__ import annotations

from .clause import Token, is_break

# The words of a god prayed to (Hindu, Muslim and general; "ऊपरवाले" is the colloquial "the one
# above"). Tuned on the 280 allowed corpus day files: the 4 prayers to a god there ask भगवान or
# ईश्वर; the others are their usual synonyms.
_DEITIES = frozenset(
    {"भगवान", "भगवान्", "ईश्वर", "परमात्मा", "परमेश्वर", "प्रभु", "अल्लाह", "खुदा", "ख़ुदा", "ऊपरवाले"}
)
_PRAYER = "प्रार्थना"
# How far before the prayer its addressee is looked for: "भगवान से यह प्रार्थना", "भगवान से हर रोज
# प्रार्थना" (2 words between at most on those files; 4 leaves room for an adverb of time)
_REACH = 4


def to_a_god(toks: list[Token], i: int) -> bool:
    """Whether the prayer at ``i`` asks a god: "<god> से" (or "<god> के सामने/आगे") within a few
    words before it in its clause."""
    if toks[i].text != _PRAYER:
        return False
    for k in range(i - 1, max(i - 1 - _REACH, 0), -1):
        if is_break(toks, k):
            return False
        if toks[k].text in {"से", "सामने", "आगे"} and toks[k - 1].text in _DEITIES | {"के"}:
            return toks[k - 1].text in _DEITIES or (k >= 2 and toks[k - 2].text in _DEITIES)
    return False
