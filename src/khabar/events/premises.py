"""A named medical institution as the issuer of an agentless admission or isolation taken on its
own premises (round sr2, issue 13).

Why a module of its own: the jurisdiction guess (:func:`khabar.events.issuer.authority`) and the
hospital rules after it (:func:`khabar.events.health_body.hospital_issuer`,
:func:`khabar.events.issuer.health_issuer`) give a patient admitted or isolated with no agent named
to the place's district administration or health department. That is the dev gold's convention for
a hospital the sentence names by a common noun ("जिला अस्पताल के आइसोलेशन वार्ड में भर्ती":
"Panchkula health department (Civil Hospital)" in its tune half). Where the sentence names a
well-known institute by its own name ("रायपुर के एम्स में क्वैरंटाइन में रखा गया", "एम्स के
आइसोलेशन वार्ड में भर्ती कराया गया", "रिम्स के आइसोलेशन वार्ड में भर्ती किया गया"), the hand gold
of the tuning sets names the institute ("AIIMS Raipur", "AIIMS Patna", "RIMS, Ranchi"): it runs its
wards itself, and no district or state government is the doer. This reads a closed table of such
institutes (:data:`_INSTITUTES`, general knowledge: each is one institute of one city, or the one
AIIMS of a state) as the measure's locative ("X में", "X के आइसोलेशन वार्ड में") in the words of the
measure's own clause before its trigger. Not a patient who came FROM the institute ("पीजीआई चंडीगढ़
से लौटकर आई एक मरीज को … मेडिकल कॉलेज के … वार्ड में भर्ती"), not where a ने-agent of the sentence
reported or ordered the measure (the reporting official's, as :func:`hospital_issuer` keeps it),
and only for an admission or an isolation: a closure or a ban there is as often the state's order.
"""

from __future__ import annotations

from functools import cache

from .actor_context import state_of_towns
from .actors import place_code
from .clause import DocContext, SentenceView, is_break
from .places import _kb_place

# The institutes by the word the Hindi press names them with -> (English short name, the Hindi
# name of its city, or "" for AIIMS, of which each state has its own: see :data:`_AIIMS_OF_STATE`).
# General knowledge (the institutes' own names); the forms are those of the 280 allowed corpus day
# files of corpus/hindi-covid-2020 (एम्स 1 admission there without a city, 2 with one; पीजीआई,
# रिम्स, पीएमसीएच, एनएमसीएच one or two each)
_INSTITUTES: dict[str, tuple[str, str]] = {
    "एम्स": ("AIIMS", ""),
    "पीजीआई": ("PGIMER", "चंडीगढ़"),
    "पीजीआईएमईआर": ("PGIMER", "चंडीगढ़"),
    "रिम्स": ("RIMS", "रांची"),
    "पीएमसीएच": ("PMCH", "पटना"),
    "एनएमसीएच": ("NMCH", "पटना"),
    "आईजीआईएमएस": ("IGIMS", "पटना"),
}
# The city of a state's AIIMS where the sentence names the AIIMS alone ("एम्स के आइसोलेशन वार्ड
# में" in a story of Bihar's towns: AIIMS Patna), by the one state of the article's towns
# (:func:`khabar.events.actor_context.state_of_towns`); general knowledge, the AIIMS opened by 2020
# in the states the corpus reports from. A state not listed leaves the guess as it was.
_AIIMS_OF_STATE = {
    "Bihar": "पटना",
    "Chhattisgarh": "रायपुर",
    "Uttarakhand": "ऋषिकेश",
    "Madhya Pradesh": "भोपाल",
    "Rajasthan": "जोधपुर",
    "Odisha": "भुवनेश्वर",
    "Delhi": "दिल्ली",
    "Jharkhand": "देवघर",
}
# The measures an institute takes on its own premises: an admission or an isolation (the
# lexicon's mode for "भर्ती", "आइसोलेशन वार्ड में", "क्वारंटाइन", "पृथक").
_WARD_MODES = frozenset({"quarantine"})
# How many words before the trigger the institute may stand: "चंडीगढ़ पीजीआई में सोमवार को बलटाना
# निवासी एक दंपती को … भर्ती कराया गया" has it 16 words before; the clause break bounds it first
_REACH = 20
# The words between the institute and its "में" ("एम्स के आइसोलेशन वार्ड में", "रिम्स के कोविड-19
# अस्पताल में"): at most this many, none a case marker of another role
_TO_LOCATIVE = 4
_OTHER_CASES = frozenset({"से", "को", "ने", "पर", "तक"})


def _city(sv: SentenceView, k: int, own: str, ctx: DocContext) -> tuple[str, str] | None:
    """(place code, English name) of the city of the institute at token ``k``: a KB town written
    right before it ("रायपुर के एम्स", "पटना एम्स") or right after it ("एम्स ऋषिकेश"), else its own
    city ``own``, else (an AIIMS) the AIIMS of the one state of the article's towns."""
    texts = sv.texts
    near = [k + 1] if k + 1 < len(texts) else []
    if k > 0:
        near.append(k - 2 if texts[k - 1] == "के" and k > 1 else k - 1)
    for j in near:
        if (found := place_code(_kb_place([texts[j]]))) is not None and "-" in found[0]:
            return found
    if not own and (state := _one_state(ctx)) is not None:
        own = _AIIMS_OF_STATE.get(state[1], "")
    return _town(own) if own else None


def _one_state(ctx: DocContext) -> tuple[str, str] | None:
    """(code, name) of the one Indian state the article's towns were found in: every town in it
    (:func:`khabar.events.actor_context.state_of_towns`), else the one state among towns some of
    which are of no state the KB knows ("in-state/BR" with a town of no state: a story of Bihar,
    DH-2020-MAR-31.txt, where a Bihar town the KB does not place stands beside Siwan)."""
    if (state := state_of_towns(ctx.actors)) is not None:
        return state
    known = [s for s in ctx.actors.town_states if s.startswith("in-state/")]
    return place_code(f"kb:{known[0]}") if len(known) == 1 else None


@cache
def _town(word: str) -> tuple[str, str] | None:
    """(place code, English name) of a city named by its Hindi ``word``; once per process."""
    found = place_code(_kb_place([word]))
    return found if found is not None and "-" in found[0] else None


def _institute_at(sv: SentenceView, first: int) -> int | None:
    """The token index of an institute of :data:`_INSTITUTES` that is the locative of the clause
    ending at the trigger's ``first`` token, or None."""
    toks, texts = sv.tokens, sv.texts
    for k in range(first - 1, max(-1, first - 1 - _REACH), -1):
        if is_break(toks, k):
            return None
        if texts[k] not in _INSTITUTES:
            continue
        after = texts[k + 1 : k + 2 + _TO_LOCATIVE]  # its "में" may open the trigger
        if "में" in after and _OTHER_CASES.isdisjoint(after[: after.index("में")]):
            return k
    return None


def premises_issuer(
    sv: SentenceView, ctx: DocContext, first: int, mode: str, issued: tuple[str, str, str],
    reported: bool,
) -> tuple[str, str, str]:
    """The named institute in whose ward an agentless admission or isolation took place ("AIIMS
    Raipur", ``IND-Raipur HLH``) in place of the guessed issuer ``issued``; ``issued`` unchanged
    for any other measure, where a ने-agent of the sentence ``reported`` it, or where no institute
    of :data:`_INSTITUTES` is the measure's locative or its city is not known."""
    if mode not in _WARD_MODES or reported or (k := _institute_at(sv, first)) is None:
        return issued
    short, own = _INSTITUTES[sv.texts[k]]
    city = _city(sv, k, own, ctx)
    if city is None:
        return issued
    code, town = city
    name = f"{short} {town}"
    return f"actor:{name}", f"{code} HLH", name
