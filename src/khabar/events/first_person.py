"""Who "we" and "I" are in a speaker's own words: the body a head speaks for, and the evidence.

Why a module of its own: the speaker rules of :mod:`.speakers` find who says "मैं"/"हम" (the
speaker of the quote or report the act stands in), but an act in the first person plural is
the act of the body the speaker speaks for when he heads it: the development gold's tune half and
the tuning sets Uf-Un name "Government of Bihar" for Nitish Kumar's "हमने … पेंशन भी दी है"
(five acts of one interview), "Government of Delhi" for Kejriwal's "हमने"/"हम", the
Confederation of Indian Industry for its president's "हमने सरकार से अनुरोध किया है", and the
speaker himself for "मैंने"/"मैं" (round ev186, issue 13: of 25 gold events with a first-person
agent, 11 name the body, every one of them accepting the speaker too, and 14 the speaker, 8
of them accepting the body too). A minister's or an official's "हम" is left the speaker's: the sets name B.
Sriramulu, Deepak Soni and Lav Agarwal themselves, and a ministry or a district's
administration only as also acceptable. Every first-person source also gets its basis, a
``source_inferred`` argument at the words that named the speaker, as the other inferred
agents have. The symmetric acts of a first-person agent ("हमने दिल्ली सरकार के साथ … चर्चा
की", "हम … विश्व स्वास्थ्य संगठन के संपर्क में हैं") take the speaker as their first party
(:func:`we_met`).
"""

from __future__ import annotations

from datetime import date

from ..model import Argument, Article, Mention
from .actors import _kb, place_code
from .candidates import Candidate
from .clause import PARTICLES, DocContext, SentenceView, actor_of, unit_actors
from .gloss import day_of
from .speakers import _I_FORMS, _current_speaker, _first_person, _speaker, _we_do, _we_speaker
from .subjects import _FIRST_PERSON

# The KB titles of a head of a government or an organisation, whose "हम" is that body: a chief
# minister's state, a prime minister's or president's country, a director-general's
# organisation (tuned on the dev gold's tune half and the tuning sets Uf-Un, round ev186: the
# heads there are chief ministers; a minister heads a ministry the KB does not name, and stays)
_HEAD_TITLES = frozenset({"Chief Minister", "Prime Minister", "President", "Director-General"})
# The plural first person: the body's voice ("हम", "हमने"); "मैं"/"मैंने" is the speaker's own
_WE = frozenset({"हम", "हमने", "हमनें"})
_ANY_FIRST = _FIRST_PERSON | _WE | {"मैंने"}


def plural_we(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """Whether the first person nearest before the trigger in its clause is plural ("हमने …",
    "हम …"), not "मैंने"/"मैं"; with none in the clause, the one before it (the deciders of
    "हमने तय किया है कि … देंगे", round ev194)."""
    words = [t for t in sv.texts[start : cand.first] if t in _ANY_FIRST]
    words = words or [t for t in sv.texts[:start] if t in _ANY_FIRST]
    return bool(words) and words[-1] in _WE


def body_of(ident: str, on: date | None) -> tuple[str, str, str] | None:
    """(id, code, name) of the government or organisation a KB person heads ``on`` the day
    (Nitish Kumar in 2020: the Government of Bihar, ``IND-Bihar GOV``); None for anyone else."""
    entry = _kb().get(ident[3:]) if ident.startswith("kb:person/") else None
    if entry is None:
        return None
    for role in entry.roles_on(on):
        if role.title not in _HEAD_TITLES or not role.of or role.uncertain:
            continue
        placed = place_code(f"kb:{role.of}")
        if placed is not None:
            name = f"Government of {placed[1]}"
            return f"actor:{name}", f"{placed[0]} GOV", name
        org = _kb().get(role.of)
        if org is not None and org.type == "ORGANIZATION":
            return f"kb:{role.of}", "", org.name
    return None


def _basis(ctx: DocContext, ident: str) -> tuple[str, int, int] | None:
    """(text, start, end) of the words that named the speaker ``ident``: the last speaker's
    mention, else the last agents' span; None where neither names him."""
    said: Mention | None = ctx.last_speaker
    if said is not None and actor_of(said) == ident:
        return said.text, said.start, said.end
    if ident in ctx.last_agents and ctx.actors.agent_span[1] > 0:
        return "", ctx.actors.agent_span[0], ctx.actors.agent_span[1]
    return None


def we_source(
    text: str,
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    start: int,
    speakers: list[str],
    args: list[Argument],
    codes: dict[str, str] | None,
    on: date | None,
    named: tuple[str, int, int] | None = None,
) -> list[str]:
    """The source of a first-person act whose speaker is ``speakers``: each speaker, or for
    the plural the body he heads (:func:`body_of`, its code added to ``codes``), with a
    ``source_inferred`` argument at the words that named him (``named``, else where the context
    last named him; added to ``args``)."""
    plural = plural_we(sv, cand, start)
    out: list[str] = []
    for ident in speakers:
        body = body_of(ident, on) if plural else None
        who = body[0] if body is not None else ident
        if body is not None and body[1] and codes is not None:
            codes[who] = body[1]
        out.append(who)
        if (at := named or _basis(ctx, ident)) is not None:
            words = at[0] or text[at[1] : at[2]]
            args.append(Argument("source_inferred", words, at[1], at[2], who))
    return list(dict.fromkeys(out))


def _said_here(
    sv: SentenceView, cand: Candidate
) -> tuple[list[str], tuple[str, int, int] | None]:
    """The speaker the sentence names for the trigger's reported clause ("डॉ. हर्षवर्धन ने कहा कि
    हमने …"), with the words naming him (text, start, end); ([], None) without one."""
    actors = _speaker(sv, cand)
    if not actors:
        return [], None
    for u in reversed(sv.units):
        if u.marker == "ने" and u.last < cand.first and unit_actors(u) == actors:
            toks = sv.tokens
            return actors, (sv.text_of(u.first, u.last), toks[u.first].start, toks[u.last].end)
    return actors, None


# The present of a state the first person is in with a partner ("हम … के संपर्क में हैं")
_STATE_PRESENT = _I_FORMS | {"हैं"}


def _we_in_state(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """"हम"/"मैं" opens the clause of a symmetric state in the present ("हम मार्गदर्शन … के लिए
    विश्व स्वास्थ्य संगठन के संपर्क में हैं"), with nothing conditional before it."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if len(verb) != 1 or verb[0] not in _STATE_PRESENT:
        return False
    return start < cand.first and sv.texts[start] in _FIRST_PERSON


# A habitual "… करते हैं": what the speaker does as a rule ("हम उनसे बातचीत करते हैं", a nurse
# of her patients), no meeting of the day
_HABITUAL = ("ते", "ती", "ता")


def we_met(
    article: Article,
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    start: int,
    partner: list[str],
    args: list[Argument],
    codes: dict[str, str],
) -> list[str]:
    """The first party of a symmetric act whose agent is the first person, the ``partner``
    already found between the first person and the trigger: the speaker the sentence names for
    its reported clause, else the current speaker ("हमने", as :func:`.speakers._first_person`
    reads it) or the one saying "हम"/"मैं" (:func:`.speakers._we_speaker`); for the plural the
    body he heads (:func:`we_source`). [] for a habitual act or where no speaker is found."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if len(verb) >= 2 and verb[0].endswith(_HABITUAL) and verb[1] in _STATE_PRESENT | {"है"}:
        return []
    we = [k for k in range(start, cand.first) if sv.texts[k] in _ANY_FIRST]
    if not we or not any(
        we[-1] < u.first and u.last < cand.first and unit_actors(u) == partner for u in sv.units
    ):
        return []  # the partner named inside the first person's clause, not its speaker's
    if _first_person(sv, cand, start):
        said, where = _said_here(sv, cand)
        speakers = said or _current_speaker(sv, ctx)
    elif _we_do(sv, cand, start) or _we_in_state(sv, cand, start):
        said, where = _said_here(sv, cand)
        speakers = said or _we_speaker(sv, ctx, article.text)
    else:
        return []
    if not speakers:
        return []
    on = day_of(article.dct)
    return we_source(article.text, sv, ctx, cand, start, speakers, args, codes, on, where)
