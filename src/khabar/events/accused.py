"""Whom an allegation accuses when it names them only in its कि-clause.

Why a module of its own: an allegation in Hindi news is mostly "X ने आरोप लगाया कि <Y does
wrong>" or "X का आरोप है कि <Y does wrong>": the accused Y is the doer of the clause, with no
postposition of the allegation's own (the lexicon reads only "Y पर आरोप"). "भाजपा ने … आरोप लगाया
कि … कांग्रेस नकारात्मक भूमिका निभा रही है" accuses the Congress, "ममता बनर्जी ने आरोप लगाया
कि केंद्र सरकार लॉकडाउन पर विरोधाभासी बयान दे रही है" the central government, "… आरोप लगाया कि
… क्लिनिक के प्रबंधन ने उन्हें नौकरी से निकाल दिया" the clinic's management. Issue 13, round
ev145: of the 15 allegations with no target on the 280 allowed corpus day files, 7 name their
accused so; 2 of the 84 events of the eight tuning sets with an empty target where the gold has
one are of this kind ("… का आरोप है कि … वेंडर इंकार कर रहे हैं": the vendors).

The rule (:func:`accused_in_clause`) is conservative, since a wrong target is worse than none: the
doer is an actor unit (an entity, a group, an office) with no postposition or with the ergative
ने, not a place, not a pronoun and not the accuser; when the clause has several such, its ने-agent
alone is taken, else none. A clause in the passive with no agent ("… उनके साथ भेदभावपूर्ण
व्यवहार किया जा रहा है") or whose people are marked (victims: "करोड़ों किसानों … को … पीड़ा
हुई") names no accused. Without an actor unit, a people phrase the glossary knows, unmarked and
right before the clause's verb ("वेंडर इंकार कर रहे हैं"), is the doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import add_role
from .clause import SentenceView, Unit, is_break, is_place, ki_after, unit_actors
from .gloss import gloss, names_people

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The light verbs and auxiliaries between "आरोप" and the "कि" of its clause ("आरोप लगाया है कि",
# "आरोप लगाया था कि", "आरोप लगाते हुए कहा कि" is no such clause: its कि is the saying's).
_ALLEGE_AUX = frozenset(
    {"लगाया", "लगाई", "लगाए", "लगाये", "लगा", "रहे", "रही", "है", "हैं", "था", "थी", "थे", "भी"}
)
_CLAUSE_ENDS = frozenset({"।", "॥", ".", "|", "?", "!", "कि", "लेकिन", "परंतु", "मगर", "जबकि"})
# Pronoun subjects: the accused is someone named before, left to the pronoun rules.
_PRONOUNS = frozenset({"वह", "वे", "ये", "यह", "उन्होंने", "उसने", "इन्होंने", "हम", "मैं", "आप"})
# Postpositions after a people phrase that make it no doer ("किसानों को", "लोगों की मौत").
_MARKED = frozenset({"को", "से", "का", "के", "की", "में", "पर", "तक", "द्वारा", "साथ"})
# A list goes on after a comma or "और": its postposition, after its last conjunct, is the list's.
_LIST = frozenset({",", "और", "व", "तथा", "एवं"})
_PEOPLE_WORDS = 3  # words of a glossary people phrase read back from its head ("नोएडा के वेंडर")
# The passive's auxiliary: "किया जा रहा है", "दिया गया": no doer named unless a ने or द्वारा is
_PASSIVE = frozenset({"जा", "जाता", "जाती", "जाते", "गया", "गई", "गयी", "गए"})


def accused_in_clause(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """The doer of an allegation's कि-clause, added as its target (see the module docstring)."""
    if cand.trig.type != "ACCUSE" or cand.trig.mode != "allege" or roles.target:
        return
    toks = sv.tokens
    if toks[cand.last].text.endswith("कि"):
        k: int | None = cand.last  # "आरोप है कि", "आरोप हैकि": the form holds its कि
    else:
        k = ki_after(toks, cand.last + 1, _ALLEGE_AUX)
    if k is None:
        return
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text in _CLAUSE_ENDS), len(toks))
    if end - k < 3:
        return
    if toks[k + 1].text in _PRONOUNS:
        return
    units = [u for u in sv.units if k < u.first and u.marker_end <= end]
    doers = [
        u
        for u in units
        if u.marker in {None, "ने"}
        and unit_actors(u)
        and not is_place(u)
        and not u.anaphor
        and not set(unit_actors(u)) & set(roles.source)
        and not _modifies(sv, u, end)
    ]
    agents = [u for u in doers if u.marker == "ने"]
    if len(agents) == 1:
        add_role(roles, "target", agents[0], sv, unit_actors(agents[0]))
        return
    if agents or len({tuple(unit_actors(u)) for u in doers}) > 1:
        return  # several doers: which one is accused is not said
    words = {t.text for t in toks[k + 1 : end]}
    if words & _PASSIVE and "द्वारा" not in words:
        return  # "… व्यवहार किया जा रहा है": the passive names no doer
    if doers:
        add_role(roles, "target", doers[0], sv, unit_actors(doers[0]))
        return
    _people_doer(sv, k, end, units, roles)


def _modifies(sv: SentenceView, u: Unit, end: int) -> bool:
    """Whether an unmarked unit only names the noun after it ("मोदी सरकार की लड़ाई" read as one
    unit ends in की; "ईरान सरकार प्रवक्ता" would run on): a word follows that is no verb group."""
    nxt = u.marker_end
    return nxt < end and sv.tokens[nxt].text in {"के", "की", "का"}


def _people_doer(sv: SentenceView, k: int, end: int, units: list[Unit], roles: Roles) -> None:
    """A people phrase of the glossary, unmarked, that no unit holds, as the clause's doer: the
    last such before the clause's end; none when a people phrase of the clause is marked before
    it would be the doer's object ("वेंडरों से … मांग करने पर वेंडर इंकार": the vendors asked
    are the vendors who refuse, the same head, so the unmarked one is taken)."""
    toks = sv.tokens
    held = {i for u in units for i in range(u.first, u.marker_end)}
    best: tuple[int, int] | None = None
    for j in range(k + 1, end):
        if j in held or not names_people(toks[j].text):
            continue
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if nxt in _MARKED | _LIST or names_people(nxt) or is_break(toks, j):
            continue
        first = j
        while (
            first - 1 > k
            and j - first + 1 < _PEOPLE_WORDS
            and toks[first - 1].text not in _MARKED | {"ने", ",", "और", "व", "कि"}
            and first - 1 not in held
            and gloss(sv.text_of(first - 1, j)) is not None
        ):
            first -= 1
        best = (first, j)
    if best is None:
        return
    first, last = best
    text = sv.text_of(first, last)
    if gloss(text) is None:
        return
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[last].end, ident))
    roles.target.append(ident)
