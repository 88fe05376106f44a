"""Groups said by what the Hindi phrase says of them: whose contacts, where from or where.

Why: a group target's words are what its English is made of (:mod:`khabar.events.gloss`), and two
kinds of group targets lost the words that say who they are (issue 13, round nm10, the English
of descriptive groups, found on the tuning sets Vf-Vj, Vm-Vq and Vr-Vv).

Whose contacts (:func:`with_owner`): :func:`khabar.events.arguments._contacts_of` starts a
contacts' target at "संपर्क" ("संपर्क में आए 61 लोगों"), so the English said "contacts" or "17
family members in contact" where the Hindi says whose ("नये रोगियों के संपर्क में आए लोगों" =
contacts of new patients, "मृतक के संपर्क में आए 17 पारिवारिक सदस्यों" = 17 family members in
contact with the deceased); the gloss says the owner once the words hold it. Only an owner the
glossary can say is taken: the words right before "के", walked back while the glossary knows
them (a pronoun, "उनके", or a word it lacks ends the owner: "प्रशासन व्यक्ति के" gives
"व्यक्ति"), and only when the gloss of the whole phrase then says more (an owner the gloss
drops, "कोरोना पॉजिटिव के", leaves the target as it was). 33 events of the 280 allowed corpus day
files stand in a sentence with "के संपर्क में आ…"; 6 targets changed.

Where from or where (:func:`described_targets`, once per article after the targets are final):
"<place> से/में <participle> <group>" ("जिले में विदेश से लौटे व्यक्तियों को …") was read from the
group's head ("persons"); the participle of the glossary (kind ``rel``) and its place or origin
join the target's words when the gloss of the longer phrase says the participle and the glossary
or the KB knows every word taken in. About a dozen group targets of the allowed files stand right
after such a participle; the others are named by the actor dictionary (their id and coding
kept) or their place is a town the KB lacks.
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .gloss import gloss
from .glossary import GlossEntry, glossary, known_word
from .sentence_events import events_in_sentences

# Words an owner may hold at most ("संक्रमित अमेरिकी", "नये रोगियों", "इन लोगों", "कोरोना मरीज":
# 2 is the longest before "के संपर्क में" on the 280 allowed corpus day files, 3 leaves a margin)
_OWNER_REACH = 3
# A demonstrative before the owner says "the" ("इन लोगों के" = of the people: those just named)
_POINTING = frozenset({"इन", "इस", "उन", "उस"})
# Words the glossary knows that end an owner rather than belong to it: case markers and
# conjunctions ("… से मृतक के", "X और Y के": a coordination the walk cannot split safely)
_ENDS = frozenset({"ने", "को", "से", "में", "पर", "तक", "का", "की", "के", "और", "व", "तथा", "एवं", ","})


def with_owner(sv: SentenceView, at: int | None, last: int) -> int | None:
    """The first token of a contacts' target whose phrase starts at ``at`` ("संपर्क"), moved
    back over a genitive owner the gloss says ("X के संपर्क में आए लोगों"); ``at`` itself when
    there is none or the gloss would drop it; None stays None."""
    if at is None or at < 2 or sv.tokens[at - 1].text != "के":
        return at
    base = gloss(sv.text_of(at, last))
    best, prev = at, base or ""
    k = at - 2
    while base and k >= 0 and at - 1 - k <= _OWNER_REACH:
        word = sv.tokens[k].text
        if word in _ENDS or not known_word(word):
            break
        said = gloss(sv.text_of(k, last))
        grows = _more(said, prev) or word in _POINTING if said else False
        if said and said.startswith(base.split(" in contact")[0]) and grows:
            # the gloss says the owner ("contacts of …", "… in contact with …") and the word
            # added says something ("प्रशासन व्यक्ति के": प्रशासन is left out, so no owner of it)
            best, prev = k, said
        k -= 1
    return best


def _more(said: str, before: str) -> bool:
    """Whether ``said`` has words ``before`` lacks, "the" aside."""
    return bool(set(said.split()) - set(before.split()) - {"the"})


# Where from or where: the postpositions that link a participle's place or origin
_LINKS = frozenset({"से", "में"})
# words of the place or origin, at most: "कोविड-19 प्रभावित इटली" (3) is the longest taken in on the
# 280 allowed corpus day files, and a list of two places with its joint ("सिंगापुर और इंडोनेशिया")
_PLACE_REACH = 4
_BACK = "वापस"  # "इटली से वापस लौटे": the participle's own word


def described_targets(events: list[Event], views: list[SentenceView]) -> None:
    """Give each group target right after "<place> से/में <participle>" those words too, so its
    English says where the group came from or is ("persons returned from abroad"); events
    change in place: a text target's id, words, offsets and English, a public's words, offsets
    and English (its id kept, as :func:`khabar.events.arguments._people_who` keeps it)."""
    for ev, sv in events_in_sentences(events, views):
        for arg in ev.arguments:
            ident = arg.entity_id or ""
            public = arg.role == "target" and ident.startswith("actor:public")
            if not public and (not arg.role.startswith("target") or ident != f"text:{arg.text}"):
                continue  # the words that name a group (a pointer's antecedent's too)
            first, last = sv.token_starting(arg.start), sv.token_at(arg.end - 1)
            if first is None or ident not in ev.target:
                continue
            wider = participle_start(sv, first, last)
            if wider == first:
                continue
            text, en = sv.text_of(wider, last), gloss(sv.text_of(wider, last))
            arg.text, arg.start, arg.en = text, sv.tokens[wider].start, en
            if public:
                continue
            new = f"text:{text}"
            for same in ev.arguments:  # its pointers keep naming the same group
                if same.entity_id == ident:
                    same.entity_id, same.en = new, en
            ev.target = [new if t == ident else t for t in ev.target]
            break


def participle_start(sv: SentenceView, first: int, last: int) -> int:
    """The first token of a group phrase starting at ``first`` moved back over a relative
    participle of the glossary (or from one it starts with, "आये 11 मौलवियों") and the place or
    origin before it, when the gloss of the longer phrase says the participle; ``first``
    itself otherwise."""
    toks = sv.tokens
    start = first
    if sv.texts[first - 2 : first + 1] == ["कम", "से", "कम"]:
        first -= 2  # "कम से कम 45 लोगों": at least 45, one bound (the target kept its last कम)
    forms = _rel_forms(sv, first - 1)
    j = first - max((len(form) for form, _ in forms), default=0)
    if not forms:
        forms = [(f, e) for n in (1, 2) for f, e in _rel_forms(sv, first + n - 1) if len(f) == n]
        j = first
    if not forms:
        return first
    if j >= 1 and toks[j - 1].text == _BACK:
        j -= 1
    if j < 2 or toks[j - 1].text not in _LINKS:
        return first
    verbs = {entry.en for _, entry in forms}
    best = first
    for k in range(j - 2, max(-1, j - 2 - _PLACE_REACH), -1):
        word = toks[k].text
        if word not in _JOINS | _ABROAD and (word in _ENDS or not known_word(word)):
            break
        said = gloss(sv.text_of(k, last))
        if said and any(f" {verb} " in f" {said} " for verb in verbs) and _all_said(sv, k, start):
            best = k  # the longest place or origin the gloss says with the participle
    return best


def _all_said(sv: SentenceView, first: int, last: int) -> bool:
    """Whether the glossary or the KB knows every word taken in before the group's own words:
    a word the gloss leaves out there may say where or who ("लंदन से आए" with a town the KB
    lacks would be said "arriving" from nowhere)."""
    return all(w in _JOINS | _ABROAD | _BOUND or known_word(w) for w in sv.texts[first:last])


_BOUND = frozenset({"कम", "से", _BACK})  # "कम से कम", "से" of the link, "वापस"


# Joints inside a list of places ("चीन, कजाकिस्तान और किर्गिस्तान से आये")
_JOINS = frozenset({",", "और", "व"})
# Origins the gloss says that are no glossary word (:data:`.gloss_phrases._OUTSIDE`)
_ABROAD = frozenset({"विदेश", "विदेशों", "बाहर"})


def _rel_forms(sv: SentenceView, end: int) -> list[tuple[tuple[str, ...], GlossEntry]]:
    """The glossary's relative participles (kind ``rel``) whose form ends at token ``end``."""
    texts = sv.texts
    out: list[tuple[tuple[str, ...], GlossEntry]] = []
    for start in range(max(0, end - 2), end + 1):
        for form, entry in glossary().index.get(texts[start], ()):
            if entry.kind == "rel" and tuple(texts[start : end + 1]) == form:
                out.append((form, entry))
    return out
