"""Talks and meetings said in the passive with nobody named as holding them (round ev189, issue 13).

Why: a symmetric act needs two parties, and a passive one names at most its partner ("टिकटॉक
कंपनी से बात की जाएगी") or nobody ("मंगलवार शाम एक बैठक बुलाई गई है"); the extractor dropped
both as "symmetric, one party", though the news reports them as the acts of the authority it
speaks of, as it does a passive order (:func:`khabar.events.issuer.authority`, whose guess an
agentless measure gets). Here the holder of such a talk is the one who reports it ("X ने बताया कि
… चर्चा की गई"), else that authority, marked inferred; the partner is the से / के साथ phrase
before the noun (an entity, or a group the glossary knows). Only the noun's own passive verb
right after it counts ("बैठक बुलाई गई", "से बात की जाएगी"), not a verb a locative meeting
stands before ("बैठक में फैसला किया गया कि …": what was decided there), and a talk noun needs
its partner: "इस बात की संभावना की जा रही है" and "… न करने की बात की गई है" are no talks.
A meeting noun needs a verb that convenes it ("बुलाई", "आयोजित की", "की जाएगी"): a discussion
"में" a meeting is that meeting's content, which its own event holds.
"""

from __future__ import annotations

from ..model import Argument, Article
from .candidates import Candidate
from .clause import PARTICLES, DocContext, SentenceView, unit_actors
from .issuer import authority
from .speakers import _speaker
from .voice import _passive

# The nouns of a meeting held (a convening verb after them holds it) and of a talk with someone
# (it needs its partner): the CONSULT forms of data/events/triggers_hi.yaml that take a passive.
_MEETINGS = frozenset({"बैठक", "मीटिंग", "बैठकें"})
_TALKS = frozenset({"बात", "बातचीत", "चर्चा", "वार्ता", "विचार-विमर्श"})
# The verbs that convene a meeting, first in its passive complex ("बैठक बुलाई गई", "बैठक की
# जाएगी", "बैठक आयोजित की गई"); "हुई" is no passive and the joint reading's already.
_CONVENE = frozenset({"बुलाई", "बुलायी", "आयोजित", "की", "किया"})
# The modalities a passive talk is kept in: one held or being held. A planned one ("टिकटॉक कंपनी
# से बात की जाएगी", "… बैठक बुलाई जाएगी") becomes AGREE by the PLOVER rule for future meetings
# (hindi.py), while the tuning sets' annotators code all three of theirs CONSULT (Ug, Ui, Uj):
# kept, each was a false positive there (pooled P 382/402 -> 382/404), so the future stays out.
_HELD = frozenset({"happened", "ongoing"})
# Where a talk's partner is marked, right before the noun: "X से", "X के साथ".
_PARTNER_MARKS = frozenset({"से", "साथ"})
# Words that say whose talk it is when they open the partner's phrase: a demonstrative makes
# "इस बात" the matter, not a talk ("इस बात की खोज की गई है").
_DEMONSTRATIVES = frozenset({"इस", "उस", "इसी", "उसी", "यह", "वह", "जिस"})


def _own_passive(sv: SentenceView, cand: Candidate) -> bool:
    """The candidate's verb complex is passive and follows the noun straight away (particles
    aside), not across a locative or a genitive ("बैठक में फैसला किया गया")."""
    if not cand.verb or not _passive(cand) or not cand.finite or cand.fronted:
        return False
    k = cand.last + 1
    while k < len(sv.tokens) and sv.tokens[k].text in PARTICLES:
        k += 1
    return sv.texts[k : k + len(cand.verb)] == cand.verb


def _partner(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """The से / के साथ phrase right before the noun (particles aside): an entity unit's, else a
    phrase of people, a place or a business the glossary knows, as a ``text:`` partner."""
    from .glossary import names_actor
    from .objects import glossed_span

    toks = sv.tokens
    k = cand.first - 1
    while k > start and toks[k].text in PARTICLES:
        k -= 1
    if k <= start or toks[k].text not in _PARTNER_MARKS:
        return None
    end = k - 1 if toks[k].text == "से" else k - 2
    if toks[k].text == "साथ" and toks[k - 1].text != "के":
        return None
    if end < start:
        return None
    for u in sv.units:
        if u.first <= end <= u.last and unit_actors(u):
            ident = unit_actors(u)[0]
            return Argument("target", sv.text_of(u.first, u.last), toks[u.first].start, toks[u.last].end, ident)
    first = glossed_span(sv, start, end, sv.units, frozenset())
    if first is None or toks[first].text in _DEMONSTRATIVES:
        return None
    text = sv.text_of(first, end)
    if not names_actor(text):
        return None
    return Argument("target", text, toks[first].start, toks[end].end, f"text:{text}")


def impersonal_meeting(
    article: Article, sv: SentenceView, ctx: DocContext, cand: Candidate, start: int, modality: str,
    negated: bool,
) -> tuple[list[str], list[str], dict[str, str], list[Argument]] | None:
    """(source, target, codes of inferred sources, arguments to add) of a talk or meeting said
    in the passive with no agent, held (its ``modality`` happened or ongoing, not negated), or
    None where the candidate is none such (see the module's docstring)."""
    trig = cand.trig
    if negated or modality not in _HELD or trig.type != "CONSULT" or not trig.symmetric:
        return None
    if not _own_passive(sv, cand):
        return None
    noun = sv.tokens[cand.first].text
    partner = _partner(sv, cand, start) if cand.first == cand.last else None
    if noun in _TALKS and cand.first == cand.last:
        if partner is None:
            return None  # "इस बात की संभावना की जा रही है": no one talked with
    elif noun in _MEETINGS and cand.first == cand.last:
        if cand.verb[0] not in _CONVENE:
            return None
        if cand.first > start and sv.tokens[cand.first - 1].text in _DEMONSTRATIVES:
            return None  # "इस बैठक की जाएगी"-like anaphora: the meeting told before
    else:
        return None
    args = [partner] if partner is not None else []
    target = [partner.entity_id or ""] if partner is not None else []
    reporter = [s for s in _speaker(sv, cand) if s not in target]
    if reporter:
        return reporter, target, {}, args
    ident, code, name = authority(sv, ctx, False, text=article.text)
    if ident in target:
        return None
    at = sv.tokens[cand.first].start
    args.append(Argument("source_inferred", name, at, at, ident))
    return [ident], target, {ident: code}, args
