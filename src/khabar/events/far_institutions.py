"""A bare "मंत्रालय ने" / "कंपनी ने" whose body the article named further back than the near rule reads.

Why: :func:`.agent_anaphora.resolve_bare_institutions` names a bare institution agent by the body
of its kind in its own sentence or the three before it, and a bare "कंपनी" only by a firm the
dictionary codes as a business. A report often names the body once in its lead and goes on
with the bare noun paragraphs later ("केंद्रीय स्वास्थ्य मंत्रालय ने एम्स प्रशासन से कहा है … ।
… । … । … । इसके अलावा मंत्रालय ने झज्जर में राष्ट्रीय कैंसर संस्थान (एनसीआई) से कहा है …",
PK-2020-MAR-08.txt), and the firm a "कंपनी ने" stands for is often one the dictionary knows by
name only ("डिजिटल पेमेंट ऐप पेटीएम के एक कर्मचारी … । कंपनी ने … सलाह दी है",
DH-2020-MAR-04.txt): the act then kept the bare English word ("ministry", "company"), which no
reader can place (round src4, issue 13: the audit au8 read two such health-ministry acts as
wrong; the Vz gold names Paytm). This pass runs after the near rule, on the sources it left
bare, and reads the whole article before the agent: where every body of the noun's kind named
there is one and the same actor, the agent is that actor. Two different ones (a health ministry
and a home ministry, two firms) leave it bare: which one is not said. The source argument keeps
its own offsets (the bare word as written); the actor is the one its earlier mention names.
"""

from __future__ import annotations

from ..model import Argument, Event, Mention
from .actors import entity_code
from .agent_anaphora import _BARE_INSTITUTIONS, _BARE_SECTORS, _DEMONSTRATIVES, _OPENERS
from .clause import SentenceView, actor_of

# A bare "कंपनी" may also stand for an organisation the KB knows by name with no sector code (most
# firms: Paytm, Infosys); an actor of the actor dictionary without a code (a state government,
# "actor:Government of Uttar Pradesh") or a name the tagger alone found is never "the company".
_FIRM = "कंपनी"
_KB_ORGS = "kb:org/"


def far_institutions(events: list[Event], views: list[SentenceView]) -> None:
    """Give each source still written as a bare institution noun the one actor of that kind
    the article names before it (its own sentence before the agent, and every sentence before
    that); none or two different ones leave it as it is. Events are changed in place."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if ev.sentence is None:
            continue
        for arg in list(ev.arguments):
            noun = _bare_noun(arg)
            if noun is None:
                continue
            found = _one_named_before(ev.sentence, arg.start, noun, by_index)
            if found is None or found in ev.source:
                continue
            ev.arguments = [a for a in ev.arguments if a.role != "source_inferred"]
            old = arg.entity_id
            arg.entity_id = found
            at = ev.source.index(old) if old in ev.source else len(ev.source)
            ev.source[at : at + 1] = [found]
            ev.source = list(dict.fromkeys(ev.source))
            ev.target = [t for t in ev.target if t != found]


def _bare_noun(arg: Argument) -> str | None:
    """The institution noun a source argument is written as alone (sentence openers and a
    demonstrative before it read past), when no actor names it yet; else None."""
    if arg.role != "source" or arg.en:
        return None
    if arg.entity_id is not None and not arg.entity_id.startswith("text:"):
        return None
    words = arg.text.split()
    while len(words) > 1 and (words[0] in _DEMONSTRATIVES or words[0] in _OPENERS):
        words = words[1:]
    if len(words) != 1 or words[0] not in _BARE_INSTITUTIONS:
        return None
    return words[0]


def _one_named_before(
    index: int, before: int, noun: str, views: dict[int, SentenceView]
) -> str | None:
    """The one actor of ``noun``'s kind that sentences ``index`` (only before offset
    ``before``) back to the article's first name; None when none or two differ."""
    ids: set[str] = set()
    for k in range(index, -1, -1):
        sv = views.get(k)
        if sv is None:
            continue
        for u in sv.units:
            if u.anaphor or (k == index and sv.tokens[u.last].end > before):
                continue
            ids.update(i for m in u.mentions if (i := actor_of(m)) and _of_kind(m, i, noun))
    return next(iter(ids)) if len(ids) == 1 else None


def _of_kind(m: Mention, ident: str, noun: str) -> bool:
    """Whether mention ``m`` (actor ``ident``) names a body a bare ``noun`` may stand for: a
    longer phrase ending in the noun ("गृह मंत्रालय"), an English name with its head word
    ("Ministry"), a party or business by its code, and for "कंपनी" also an organisation the
    KB knows with no code."""
    if ident.startswith("text:"):
        return False
    words = m.text.replace("\u200c", "").replace("\u200d", "").split()
    if len(words) > 1 and words[-1] == noun:
        return True
    name = ident.split(":", 1)[1].split("|", 1)[-1] if ident.startswith("actor:") else ""
    if _BARE_INSTITUTIONS[noun] in name.lower().split():
        return True
    code = entity_code(ident)
    if noun in _BARE_SECTORS and (code or "").endswith(_BARE_SECTORS[noun]):
        return True
    return (
        noun == _FIRM and ident.startswith(_KB_ORGS) and code is None and m.type == "ORGANIZATION"
    )
