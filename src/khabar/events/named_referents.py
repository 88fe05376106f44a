"""Generic mentions whose referent the article names: "आरोपी" after "… के आरोपी संजीव शर्मा".

Why: a court report names the accused once in full ("हमला करने के आरोपी संजीव शर्मा को जमानत")
and then writes him as "आरोपी" (the accused) or "आरोपी संजीव" (the accused Sanjeev); khabar said
those actors "accused in Delhi" and "Sanjeev", a reader of the timeline (and the gold: Sanjeev
Sharma) needs the man's name (issue 13, round nm12, on the tuning sets' naming listings:
DH-2020-04-16's arrest, bail, rejected bail and bail petition). Two passes, each taking a name
only where exactly one person of the article fits:

- :func:`first_names`: a person written by the first name alone, or by the accused word and one
  name word, after the full name of exactly one person earlier in the article ("संजीव शर्मा" ...
  "आरोपी संजीव"; the surname alone after a full name is joined already by the stage's
  ``_full_names``, which this pass extends to names with the accused word before them).
- :func:`accused_referents`: a generic accused ("आरोपी", "मारपीट करने वाले आरोपी", singular only:
  "आरोपियों" are several) is the one person the article has called the accused before it
  ("… के आरोपी X", "आरोपित X"); none when it named two, or named him in another article of the
  day file. The argument keeps its own words and span; a ``referent`` argument holds the words
  and offsets of the mention that named him, the evidence of whom.

Counted on the 280 allowed corpus day files (round nm12): 8 event arguments are a singular
generic accused, 3 of them with one accused named before them in their article (the other 5:
none named, a conditional "तो आरोपी के खिलाफ", or the name in the day file's previous article);
3 person mentions are an accused word and a first name after the full name, 1 of them an actor.
"""

from __future__ import annotations

from ..model import Argument, Article, Event, Mention

# The words that call a person the accused (singular; "आरोपियों" is several people)
_ACCUSED = frozenset({"आरोपी", "आरोपित"})


def name_referents(article: Article, events: list[Event]) -> None:
    """Both passes, first names first (the accused named "आरोपी संजीव" after "संजीव शर्मा" is one
    person, not a second candidate). Events change in place."""
    accused_referents(article, events, first_names(article, events))


def first_names(article: Article, events: list[Event]) -> dict[str, str]:
    """Join a person written by first name ("संजीव", "आरोपी संजीव") to the one person named in
    full earlier in the article whose name begins with it ("संजीव शर्मा"); with the accused word
    before it a surname is joined too ("आरोपी शर्मा"). Events change in place; the joined ids
    are returned (first name's id -> full name's id)."""
    persons = _persons(article)
    same: dict[str, str] = {}
    for m in persons:
        ident = m.entity_id or ""
        words = m.text.split()
        named = words[1:] if len(words) > 1 and words[0] in _ACCUSED else words
        if ident.startswith("kb:") or len(named) != 1 or ident in same:
            continue
        fits = {
            f.entity_id
            for f in persons
            if f.end <= m.start
            and f.entity_id != ident
            and len(f.text.split()) > 1
            and f.text.split()[0] not in _ACCUSED
            and (
                f.text.split()[0] == named[0]
                or (named is not words and f.text.split()[-1] == named[0])
            )
        }
        if len(fits) == 1:
            same[ident] = next(iter(fits)) or ident
    rename_ids(events, same)
    return same


def accused_referents(article: Article, events: list[Event], same: dict[str, str]) -> None:
    """Name a generic accused source or target ("आरोपी को गिरफ्तार किया") after the one person
    the article called the accused before it (``same``: the ids :func:`first_names` joined);
    the argument gains a ``referent`` argument with the naming mention's words and offsets.
    Events change in place."""
    named = [m for m in _persons(article) if _called_accused(article.text, m)]
    if not named:
        return
    for ev in events:
        for arg in list(ev.arguments):
            if arg.role not in ("source", "target") or not _generic_accused(arg):
                continue
            before = [m for m in named if m.end <= arg.start]
            people = {same.get(m.entity_id or "", m.entity_id or "") for m in before}
            if len(people) != 1:
                continue
            who = before[-1]
            person = next(iter(people))
            old = arg.entity_id
            side = ev.source if arg.role == "source" else ev.target
            if old not in side or person in ev.source + ev.target:
                continue
            side[side.index(old)] = person
            arg.entity_id, arg.en = person, None
            ev.arguments.append(Argument("referent", who.text, who.start, who.end, person))


def _persons(article: Article) -> list[Mention]:
    """The article's person mentions that carry an entity, in text order."""
    found = [m for m in article.mentions if m.type == "PERSON" and m.entity_id]
    return sorted(found, key=lambda m: m.start)


def _called_accused(text: str, m: Mention) -> bool:
    """Whether the mention is a person called the accused: the accused word opens it ("आरोपी
    संजीव") or stands right before it ("… के आरोपी संजीव शर्मा", "आरोपित शेम्पू कुमार")."""
    before = text[max(0, m.start - 16) : m.start].split()
    return m.text.split()[0] in _ACCUSED or (bool(before) and before[-1] in _ACCUSED)


def _generic_accused(arg: Argument) -> bool:
    """Whether the argument is an actor the words themselves name only as the accused (its id
    the phrase, its last word the singular accused word: "आरोपी", "मारपीट करने वाले आरोपी")."""
    words = arg.text.split()
    return arg.entity_id == f"text:{arg.text}" and bool(words) and words[-1] in _ACCUSED


def rename_ids(events: list[Event], same: dict[str, str]) -> None:
    """Put each joined id's person in place of it on the events' sides and arguments (also
    :mod:`khabar.events.stage`'s surname joining)."""
    if not same:
        return
    for ev in events:
        ev.source = list(dict.fromkeys(same.get(i, i) for i in ev.source))
        ev.target = [
            t for t in dict.fromkeys(same.get(i, i) for i in ev.target) if t not in ev.source
        ]
        for arg in ev.arguments:
            if arg.entity_id in same:
                arg.entity_id = same[arg.entity_id]
