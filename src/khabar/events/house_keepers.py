"""The house that runs its own premises: a legislature or a court as the issuer of an agentless
measure taken there.

Why a module of its own (round sa13, issue 13): :func:`khabar.events.parties.guessed_issuer`
guesses the authority of an agentless measure by jurisdiction (the country's, the state's, the
district's government). A measure taken inside a legislature or a court ("संसद में … आगुंतकों …
पर प्रतिबंध लगा दिया जाएगा", "सुप्रीम कोर्ट में आने वाले लोगों की स्क्रीनिंग की जा रही है",
"विधानसभा में भी आम दर्शकों के प्रवेश पर रोक लगा दी गयी है", "विधानसभा का बजट सत्र … स्थगित कर
दिया गया") is the house's own decision, taken by its secretariat or registry, not the
government's: the tuning set's coders name "Jharkhand Legislative Assembly" for the assembly's
ban (PK-2020-03-16-L1, "Government of Jharkhand" also right), and the end audit au4 judged the
Government of India wrong for Parliament's and the Supreme Court's. This rule overrides the
jurisdiction guess as :mod:`.operators` does for a metro or a shrine.

Which houses: Parliament ("संसद", "Parliament of India" as the actor dictionary's "Parliament of
{place}" names it), the Supreme Court (the dictionary's own forms) and a state's assembly
("विधानसभा", "<state> Legislative Assembly": the guessed state government's state, or for a
district's administration the one state the article is about; an assembly of no state found stays
the guess). Not a house of someone's ("इटली की संसद", "राज्य की विधानसभा": another country's or
a house the rule cannot place). Only as the measure's scene or its premises, read
from the word after the house's name: "में", "भवन", "परिसर", "सचिवालय", or a genitive of its
sitting ("का बजट सत्र", "की कार्यवाही"); never a constituency or an election ("विधानसभा क्षेत्र
में", "विधानसभा चुनाव"), which name a place or a vote. Not where the sentence has a ने-agent:
"सरकार ने संसद में बताया कि …" names the house as where a report was given, not where a
measure was taken.
"""

from __future__ import annotations

from .actor_context import state_of_towns
from .clause import DocContext, SentenceView

# the house's words (a token, or two joined by a space) -> its English name and CAMEO-like code;
# None for a state's assembly, named after its state (:func:`_state`)
_PARLIAMENT = ("Parliament of India", "IND LEG")
_SUPREME_COURT = ("Supreme Court of India", "IND JUD")
_HOUSES: dict[str, tuple[str, str] | None] = {
    "संसद": _PARLIAMENT,
    "सुप्रीम कोर्ट": _SUPREME_COURT,
    "उच्चतम न्यायालय": _SUPREME_COURT,
    "शीर्ष अदालत": _SUPREME_COURT,
    "विधानसभा": None,  # a state's: named after the guessed state government
    "विधान सभा": None,
}
# the word after the house's name that makes it the measure's scene or premises
_PREMISES = frozenset({"में", "भवन", "परिसर", "सचिवालय"})
# a genitive of the house's sitting ("विधानसभा का बजट सत्र", "संसद की कार्यवाही")
_GENITIVES = frozenset({"का", "की", "के"})
_SITTINGS = frozenset({"सत्र", "बजट", "कार्यवाही", "भवन", "परिसर"})
# the modes of a measure a house takes on its own premises (a ban on visitors, movement stopped,
# a closure, a sitting put off, screening at the gate); an order or an aid is not one
_HOUSE_MODES = frozenset({"ban", "discontinue", "close", "cancel", "screen", "restrict"})
_AGENT_NE = frozenset({"ने"})


def _houses_named(sv: SentenceView) -> set[tuple[str, str] | None]:
    """The houses the sentence names as a measure's scene or premises (``_HOUSES``' values)."""
    toks = [t.text for t in sv.tokens] + ["", ""]
    found: set[tuple[str, str] | None] = set()
    for k in range(len(toks) - 2):
        for width in (2, 1):
            words = " ".join(toks[k : k + width])
            if words not in _HOUSES:
                continue
            after, then = toks[k + width], toks[k + width + 1]
            owned = k > 0 and toks[k - 1] in _GENITIVES  # "इटली की संसद में": another's
            if not owned and (after in _PREMISES or (after in _GENITIVES and then in _SITTINGS)):
                found.add(_HOUSES[words])
            break
    return found


def _state(ctx: DocContext, issued: tuple[str, str, str]) -> tuple[str, str] | None:
    """(code, name) of the state whose assembly is meant: the guessed state government's, else
    (a district's administration guessed) the one state the article is about; None if none."""
    code, name = issued[1].split()[0], issued[2]
    if "-" not in code:
        return None  # the country's government: no state
    if name.startswith("Government of "):
        return code, name.removeprefix("Government of ")
    if name.endswith(" district administration"):
        state = ctx.actors.state
        return state if state is not None and "-" in state[0] else state_of_towns(ctx.actors)
    return None


def house_keeper(
    sv: SentenceView, ctx: DocContext, mode: str, issued: tuple[str, str, str]
) -> tuple[str, str, str]:
    """(id, code, name) of the legislature or court whose premises an agentless ``mode``
    measure is taken in, over ``issued``, the government the jurisdiction rule guessed (one of
    the home country); ``issued`` where the sentence names no such house, names two, has a
    ने-agent, or the measure is of another mode. ``ctx`` gives a state assembly its state."""
    code = issued[1].split()
    if mode not in _HOUSE_MODES or code[-1] != "GOV" or not code[0].startswith("IND"):
        return issued
    if not _AGENT_NE.isdisjoint(t.text for t in sv.tokens):
        return issued
    found = _houses_named(sv)
    if len(found) != 1:
        return issued
    house = found.pop()
    if house is None:  # a state's assembly
        state = _state(ctx, issued)
        if state is None:
            return issued
        house = (f"{state[1]} Legislative Assembly", f"{state[0]} LEG")
    name, house_code = house
    return f"actor:{name}", house_code, name
