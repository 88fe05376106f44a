"""People named by what they do to whom or where: "X के साथ बदतमीजी करने वालों".

Why: the glossary names some people by a "-ने वाले" clause ("बदतमीजी करने वालों" = people
misbehaving, "थूकने वालों" = people spitting, "प्रताड़ित करने वालों" = people harassing; rounds
ev34, ev76), and a target read from that clause alone drops whom they mistreat or where they do
it, the words that say which people a threat is meant for: "स्वास्थ्यकर्मियों के साथ बदतमीजी करने
वालों" was said "people misbehaving", "सार्वजनिक स्थानों पर थूकने वालों" "people spitting" (issue 13,
round nm11, on the tuning sets' target naming listing; the gloss of the whole phrase says
"people misbehaving of health workers", wrong English). Each of the three such phrases of the
280 allowed corpus day files stands before a postposition that links the clause's complement
(के साथ, को, पर), once each; the complement joins the target, said after the clause's English
with the postposition's English ("people misbehaving with health workers", "people harassing
elderly people", "people spitting in public places").

Only what the glossary can say is taken: a complement of at most :data:`_REACH` words the glossary
knows, whose head is people for के साथ and को (the mistreated) and a place for पर ("सड़कों पर
थूकने" would be "on roads", so a place is only a word the glossary says "place(s)" in English).
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .gloss import gloss
from .glossary import GlossEntry, glossary, known_word
from .sentence_events import events_in_sentences

# Words a complement may hold at most ("सार्वजनिक स्थानों", "महिला डॉक्टरों": 2 on the 280 allowed
# corpus day files; 3 leaves a margin for a modifier)
_REACH = 3
_WALE = frozenset({"वालों", "वाले"})
# Words that end a complement rather than belong to it: case markers, conjunctions, "कि"
_ENDS = frozenset(
    {"ने", "को", "से", "में", "पर", "तक", "का", "की", "के", "और", "व", "तथा", "एवं", "कि", ","}
)
# The postposition before the clause -> its English and whether its complement is people
# (True) or a place (False): the mistreated are people, where one spits is a place
_LINKS: dict[tuple[str, ...], tuple[str, bool]] = {
    ("के", "साथ"): ("with", True),
    ("को",): ("", True),
    ("पर",): ("in", False),
}
# English heads of the glossary's places one does a thing in ("स्थानों" = places, "जगहों")
_PLACES = frozenset({"place", "places"})


def doer_targets(events: list[Event], views: list[SentenceView]) -> None:
    """Give each target named by a doer clause of the glossary its complement before it, so its
    English says whom or where ("people misbehaving with health workers"); events change in
    place: the target's id, words, offsets and English (its pointers' id and English too)."""
    for ev, sv in events_in_sentences(events, views):
        for arg in ev.arguments:
            ident = arg.entity_id or ""
            if (
                not arg.role.startswith("target")
                or ident != f"text:{arg.text}"
                or ident not in ev.target
            ):
                continue
            first, last = sv.token_starting(arg.start), sv.token_at(arg.end - 1)
            if first is None or last is None:
                continue
            found = complement(sv, first, last)
            if found is None:
                continue
            start, en = found
            widen_text_target(ev, arg, sv, start, last, en)
            break


def widen_text_target(
    ev: Event, arg: Argument, sv: SentenceView, start: int, last: int, en: str
) -> None:
    """Widen a text target back to token ``start`` with the English ``en``: its words, offsets,
    id and English, its pointers' id and English (they keep naming the same thing) and the
    event's target list change together."""
    ident = arg.entity_id or ""
    text = sv.text_of(start, last)
    arg.text, arg.start, arg.en = text, sv.tokens[start].start, en
    new = f"text:{text}"
    for same in ev.arguments:
        if same.entity_id == ident:
            same.entity_id, same.en = new, en
    ev.target = [new if t == ident else t for t in ev.target]


def complement(sv: SentenceView, first: int, last: int) -> tuple[int, str] | None:
    """The first token and English of the doer clause ``first``..``last`` with its complement
    ("स्वास्थ्यकर्मियों के साथ" + "बदतमीजी करने वालों"); None when the clause is no doer of the
    glossary or nothing before it can be said."""
    doer = _doer(sv, first, last)
    if doer is None:
        return None
    for link, (said, people) in _LINKS.items():
        at = first - len(link)
        if at < 1 or tuple(sv.texts[at:first]) != link:
            continue
        best: tuple[int, str] | None = None
        for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
            word = sv.texts[k]
            if word in _ENDS or not known_word(word):
                break
            np = gloss(sv.text_of(k, at - 1))
            if (
                np
                and _head_fits(sv.texts[at - 1], np, people)
                and (best is None or _more(np, best[1]))
            ):
                best = (k, np)
        if best is None:
            return None
        return best[0], " ".join(w for w in (doer.en, said, best[1]) if w)
    return None


def _doer(sv: SentenceView, first: int, last: int) -> GlossEntry | None:
    """The glossary's people noun whose form is the whole clause ``first``..``last`` and ends
    in वाले/वालों with an English said as a participle ("people misbehaving"); a noun
    ("violators", "hoarders") already says what they do, and its gloss says the object."""
    form = tuple(sv.texts[first : last + 1])
    if not form or form[-1] not in _WALE:
        return None
    for cand, entry in glossary().index.get(form[0], ()):
        words = entry.en.split()
        # "people misbehaving", "people hiding information" (the participle's own object kept)
        if (
            cand == form
            and entry.people
            and words[:1] == ["people"]
            and words[1:2]
            and words[1].endswith("ing")
        ):
            return entry
    return None


def _head_fits(head: str, said: str, people: bool) -> bool:
    """Whether the complement's last word is the kind its postposition asks for: people, or a
    place the glossary says "place(s)"."""
    if people:
        return any(e.people for f, e in glossary().index.get(head, ()) if f == (head,))
    return said.split()[-1] in _PLACES


def _more(said: str, before: str) -> bool:
    """Whether ``said`` has words ``before`` lacks."""
    return bool(set(said.split()) - set(before.split()))
