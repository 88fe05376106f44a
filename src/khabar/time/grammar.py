"""Shared machinery of the temporal grammars: atoms, rules, and the scan that finds atoms in text.

A grammar (``grammar_hi``, ``grammar_en``) is a list of :class:`Rule`: a compiled regex and a function
that reads a match into an :class:`Atom` (where it is and what it says, as a
:class:`~khabar.time.spec.TimeSpec`). Atoms are small ("पिछले साल", "जून", "सुबह", "7:30 बजे"); the
tagger then joins neighbours into one expression ("पिछले साल जून", "शुक्रवार सुबह 7:30 बजे"), so the
rules stay independent and each can be tested alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter, itemgetter

from .leads import lead_class
from .spec import TimeSpec

# What a joined atom contributes, used by the tagger's join rules.
#   date: a calendar point; month: a month without year; year: a year alone; relyear: पिछले साल;
#   pod: a part of day; clock: a clock time; position: "के अंत में" (a mod for the previous atom);
#   other: anything that is never joined (durations, sets, vague references).
ROLES = ("date", "month", "year", "relyear", "weekday", "pod", "clock", "position", "other")


@dataclass(frozen=True)
class Atom:
    start: int
    end: int  # end of the whole match (includes a trailing बाद / later)
    head_end: int  # end of the minimal TIMEX3 extent
    spec: TimeSpec
    rule: str
    role: str = "other"
    # 0 = always kept; 1 = kept when joined to a neighbour or followed by a postposition; 2 = kept only
    # when joined ("वसंत" alone is a metaphor as often as a season).
    weak: int = 0

    def with_spec(self, spec: TimeSpec, **changes: object) -> Atom:
        return replace(self, spec=spec, **changes)  # type: ignore[arg-type]


Reader = Callable[[re.Match[str]], Atom | None]


@dataclass(frozen=True)
class Rule:
    """A regex and its reader. ``trigger``: a cheap pattern that finds something inside every
    match of ``regex`` (a Latin letter for English month names in Hindi text), so that a sentence
    where it finds nothing is not scanned by ``regex`` at all; the atoms are the same."""

    name: str
    regex: re.Pattern[str]
    read: Reader
    trigger: re.Pattern[str] | None = None


# A letter of any script but Devanagari: every character that matches a Latin letter under
# re.IGNORECASE (the Kelvin sign, the long s ... included) is one. The Devanagari block comes
# first in the class: ``re`` tries a class's items in order, and most characters of a Hindi
# text are in it, so they are refused after one range test, not after two Unicode category
# lookups (the same set; round sc50, issue 16: its pass over scale.py --days 16's files 11.5 ->
# 6.8 ms).
NON_DEVANAGARI_LETTER = re.compile(r"[^\u0900-\u097F\W\d_]")


def scan(rules: Sequence[Rule], text: str, start: int, end: int,
         present: Collection[str] | None = None) -> list[Atom]:
    """All atoms of all rules in ``text[start:end]``, then the longest non-overlapping ones.

    Ties go to the earlier rule in the list, so a grammar orders its rules from specific to general.
    ``present``: the triggers that may be inside the span, named by their pattern text, when
    :func:`triggers_present` found them for a whole article; else each trigger is searched for
    in the span. (Named by text, not by the compiled pattern: hashing a ``re.Pattern`` hashes its
    whole compiled code, and a set of patterns asked once per rule and sentence was a sixth of
    the time stage.) With ``present``, only the rules of those triggers are visited (a sentence
    holds two or three of the thirty triggers, most hold none), in rule order as before.
    """
    found: list[tuple[int, int, int, int, Atom]] = []
    if present is not None:
        ungated, gated = _gates(rules)
        active = [*ungated]
        for name in present:
            active.extend(gated.get(name, ()))
        active.sort(key=itemgetter(0))
    else:
        active = []
        triggered: dict[str, bool] = {}
        for order, rule in enumerate(rules):
            if rule.trigger is not None:
                name = rule.trigger.pattern
                hit = triggered.get(name)
                if hit is None:
                    hit = triggered[name] = rule.trigger.search(text, start, end) is not None
                if not hit:
                    continue
            active.append((order, rule))
    for order, rule in active:
        for m in rule.regex.finditer(text, start, end):
            atom = rule.read(m)
            if atom is not None and atom.end > atom.start:
                found.append((atom.start - atom.end, order, atom.start, len(found), atom))
    if len(found) < 2:
        return [found[0][4]] if found else []
    # longest first, then the earlier rule, then the earlier start, then the earlier found (a
    # stable sort's tie rule): the tuples' own order, sorted without a key function
    found.sort()
    chosen: list[Atom] = []
    taken: list[tuple[int, int]] = []
    for _, _, _, _, atom in found:
        if any(atom.start < e and s < atom.end for s, e in taken):
            continue
        chosen.append(atom)
        taken.append((atom.start, atom.end))
    chosen.sort(key=attrgetter("start"))
    return chosen


# Per rule list (by identity, the list kept so its id cannot be reused): the rules without a
# trigger and the others by their trigger's pattern text, each with its place in the list.
_GATES: dict[int, tuple[Sequence[Rule], list[tuple[int, Rule]], dict[str, list[tuple[int, Rule]]]]] = {}


def _gates(rules: Sequence[Rule]) -> tuple[list[tuple[int, Rule]], dict[str, list[tuple[int, Rule]]]]:
    """:func:`scan`'s rules of ``rules`` grouped by trigger, computed once per rule list (a list
    the caller changes afterwards is read again only if it is a new object: grammars are built
    once and cached)."""
    kept = _GATES.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1], kept[2]
    ungated: list[tuple[int, Rule]] = []
    gated: dict[str, list[tuple[int, Rule]]] = {}
    for order, rule in enumerate(rules):
        if rule.trigger is None:
            ungated.append((order, rule))
        else:
            gated.setdefault(rule.trigger.pattern, []).append((order, rule))
    if len(_GATES) > 64:
        _GATES.clear()
    _GATES[id(rules)] = (rules, ungated, gated)
    return ungated, gated


def all_gated(rules: Sequence[Rule]) -> bool:
    """Whether every rule of ``rules`` has a trigger: then :func:`scan` given ``present`` empty
    visits no rule and finds no atom, so a caller may skip a span that holds no trigger."""
    return not _gates(rules)[0]


def triggers_present(rules: Sequence[Rule], text: str, spans: Sequence[tuple[int, int]]
                     ) -> list[set[str]] | None:
    """For each span, the triggers of ``rules`` that may occur inside it (for :func:`scan`),
    named by their pattern text.

    One pass of each trigger over the whole range instead of one search per span and trigger
    (an article has a dozen sentences and the grammar thirty triggers). Every occurrence of a
    trigger inside a span overlaps some match of that pass (the pass only skips text inside an
    earlier match), so a span no match overlaps holds none; a span a match merely overlaps is
    counted as holding one, which only runs a rule that then finds nothing. Triggers are plain
    patterns (no anchors or lookaround), so a match does not depend on where the search stops.
    None when the spans are not in text order without overlaps (then :func:`scan` searches).
    """
    if not spans or any(s > e for s, e in spans) or any(
        spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)
    ):
        return None
    ends = [e for _, e in spans]
    present: list[set[str]] = [set() for _ in spans]
    low, high = spans[0][0], spans[-1][1]

    def mark(name: str, start: int, end: int) -> None:
        k = bisect_right(ends, start)  # the first span that ends after the match starts
        while k < len(spans) and spans[k][0] < end:
            present[k].add(name)
            k += 1

    for group, members in _pass_groups(rules):
        if group is None:
            part, name = members[0]
            for m in part.finditer(text, low, high):
                mark(name, m.start(), m.end())
            continue
        # every place where one of the members may start, then each member tried there
        found = group.search(text, low, high)
        while found is not None:
            at = found.start()
            for part, name in members:
                here = part.match(text, at, high)
                if here is not None:
                    mark(name, at, here.end())
            found = group.search(text, at + 1, high)
    return present


_Members = list[tuple[re.Pattern[str], str]]
# Per rule list (by identity, the list kept so its id cannot be reused): triggers_present's passes.
_GROUPS: dict[int, tuple[Sequence[Rule], list[tuple[re.Pattern[str] | None, _Members]]]] = {}


def _pass_groups(rules: Sequence[Rule]) -> list[tuple[re.Pattern[str] | None, _Members]]:
    """The passes of :func:`triggers_present` for ``rules``: each distinct trigger's
    :func:`trigger_passes` (in rule order), each with its trigger's pattern text; the passes
    that start with the same plain character are searched for together, by one pattern, the
    group (``स़?(?:प़?्त़?ाह़?|ाल़?|...)``: 113 passes of the Hindi grammar in 32 groups).

    Why: over a whole article each pass costs about the same however rarely it matches (round
    sc39, scale.py --days 16: 113 passes of 2 µs an article, 40% of the time stage), and a
    group's search skips to its first character as fast as one member's. Where the group
    matches, each member is tried at that place: the group matches at every place where some
    member does, so every match of a member is found (a superset of what its own pass finds,
    which also skips places inside its earlier matches), and :func:`scan` gets the same or
    more triggers per span, hence the same atoms. The group after its first character is
    :func:`_group_rest`'s alternation, which matches wherever a member does and at a few
    places more, where no member then matches: only the members mark spans.
    A pass alone in its group, or one that does not start with a plain character, runs alone."""
    kept = _GROUPS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    # each distinct trigger once, in rule order (keyed by identity: see scan() on hashing)
    triggers = {id(r.trigger): r.trigger for r in rules if r.trigger is not None}
    by_first: dict[tuple[str, int], _Members] = {}
    alone: list[tuple[re.Pattern[str] | None, _Members]] = []
    for trigger in triggers.values():
        for part in trigger_passes(trigger.pattern, trigger.flags):
            text = part.pattern
            if (len(text) < 2 or text[0] in _SPECIAL or text[1] in _QUANTIFIERS or text[0].isspace()
                    or part.flags & (re.IGNORECASE | re.VERBOSE) or part.groups
                    or len(_top_alternatives(text)) > 1):
                alone.append((None, [(part, trigger.pattern)]))
            else:
                by_first.setdefault((text[0], part.flags), []).append((part, trigger.pattern))
    groups: list[tuple[re.Pattern[str] | None, _Members]] = []
    for (first, flags), members in by_first.items():
        if len(members) == 1:
            groups.append((None, members))
        else:
            rest = _group_rest([part.pattern[1:] for part, _ in members])
            # the characters the rest can open with, looked for first (round sp16, issue 16:
            # see leads.lead_class)
            lead = lead_class(rest, flags)
            ahead = f"(?={lead})" if lead else ""
            groups.append((re.compile(re.escape(first) + ahead + rest, flags), members))
    groups.extend(_digit_groups(alone))
    if len(_GROUPS) > 64:
        _GROUPS.clear()
    _GROUPS[id(rules)] = (rules, groups)
    return groups


def _group_rest(rests: list[str]) -> str:
    """The alternation a group of :func:`_pass_groups` searches for after its first character:
    the top-level alternatives of the members' ``rests``, each once, and an optional plain
    character that some of them open with (``\u093c?``, the optional nukta that
    :func:`~khabar.time.lexicon.word_pattern` writes after every consonant, so after the
    group's first letter) written once before them all, when they open with no other.

    Why: ``re`` tries an alternation's alternatives one after another at each place where the
    group's first letter stands (स, म, र: 15,000-25,000 places each over scale.py --days 16's
    420 articles); one that opens with a literal is refused by a look at the next character,
    one that opens with ``X?`` only after a jump into it. Taken out, the 21 groups of the
    Hindi grammar that start with a letter took 9.7 ms there instead of 24 (round sp4, issue
    16). Every string an alternative matches, the group matches (the optional character then
    matches what the alternative's own did, or nothing), so the group matches wherever a member
    does; it may match where none does (``स़दी``), which only tries the members there.
    Alternatives are read as written (:func:`_top_alternatives`), so one that opens with a
    group or class keeps its place as it is."""
    alternatives = list(dict.fromkeys(a for rest in rests for a in _top_alternatives(rest)))

    def optional(a: str) -> str | None:  # the ``X?`` it opens with, X a plain character
        if len(a) >= 2 and a[0] not in _SPECIAL and not a[0].isspace() and a[1] == "?" \
                and a[2:3] not in _QUANTIFIERS:
            return a[:2]
        return None

    leads = {lead for a in alternatives if (lead := optional(a)) is not None}
    lead = leads.pop() if len(leads) == 1 else ""
    if lead:
        alternatives = list(dict.fromkeys(a[2:] if optional(a) == lead else a for a in alternatives))
    return lead + f"(?:{'|'.join(alternatives)})"


def _digit_groups(alone: list[tuple[re.Pattern[str] | None, _Members]]
                  ) -> list[tuple[re.Pattern[str] | None, _Members]]:
    """``alone`` with the passes that can only start at a digit (``[0-9०-९][.:][0-9०-९]``, a
    year ``(?:19[5-9]|20[0-3]|…)[0-9०-९]``) searched for together, per flags, by one group: a
    digit, and the passes looked for from it by a lookahead inside a one-character lookbehind
    (``[0-9०-९](?<=(?=(?:a|b|…))[0-9०-९])``), as :func:`_pass_groups` does for passes that
    start with the same character; the others as they were.

    Why: such a pass has no fixed first character, so ``re`` tries it at every position of an
    article; the group is tried only where a digit stands (round sc53, issue 16: the five digit
    passes of the Hindi grammar 18 -> 8 ms over scale.py --days 16's 420 articles). Its digit
    comes first because ``re`` scans for a pattern's opening class only when the class opens
    it; a group led by a lookahead for a digit (``(?=[0-9०-९])(?:a|b|…)``, round sc53) was
    still tried at every position (round sp4: 7.5 -> 4.5 ms there). The group matches one
    character, at a place exactly when one of them matches there, as a group of
    :func:`_pass_groups` does."""
    digits: dict[int, _Members] = {}
    out: list[tuple[re.Pattern[str] | None, _Members]] = []
    for group, members in alone:
        part = members[0][0]
        if (group is None and len(members) == 1 and _opens_with_digit(part.pattern)
                and not part.groups and not part.flags & (re.IGNORECASE | re.VERBOSE)):
            digits.setdefault(part.flags, []).extend(members)
        else:
            out.append((group, members))
    for flags, members in digits.items():
        if len(members) == 1:
            out.append((None, members))
            continue
        either = "|".join(f"(?:{part.pattern})" for part, _ in members)
        out.append((re.compile(f"{_DIGIT_CLASS}(?<=(?=(?:{either})){_DIGIT_CLASS})", flags), members))
    return out


# A digit of either script, as the grammars write it; the plain characters it holds.
_DIGIT_CLASS = "[0-9०-९]"
_DIGIT_CHARS = frozenset("0123456789०१२३४५६७८९")


def _opens_with_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts with a digit, read from its text: it opens with
    ``_DIGIT_CLASS``, or with a ``(?:…)`` group each of whose alternatives opens with a plain
    digit that no quantifier follows. False when unsure."""
    if pattern.startswith(_DIGIT_CLASS):
        return pattern[len(_DIGIT_CLASS) : len(_DIGIT_CLASS) + 1] not in _QUANTIFIERS
    if not pattern.startswith("(?:"):
        return False
    closes = _split_bars(pattern)[1]
    if closes < 0 or pattern[closes + 1 : closes + 2] in _QUANTIFIERS:
        return False
    return all(a[:1] in _DIGIT_CHARS and a[1:2] not in _QUANTIFIERS
               for a in _split_bars(pattern[3:closes])[0])


# A first character that is not a plain literal, and what after it would repeat it.
_SPECIAL = frozenset("\\[](){}.^$?*+|")
_QUANTIFIERS = frozenset("?*+{")


def _split_bars(body: str) -> tuple[list[str], int]:
    """Split ``body`` at its depth-0 bars, by reading its brackets and escapes; also where its
    first group closes (-1: none)."""
    parts: list[str] = []
    depth, start, closes, i, in_class = 0, 0, -1, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and closes < 0:
                closes = i
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts, closes


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``a|b|c``, or one ``(?:a|b|c)`` group that
    spans it all); ``[pattern]`` when it has one."""
    parts, closes = _split_bars(pattern)
    if len(parts) == 1 and pattern.startswith("(?:") and closes == len(pattern) - 1:
        parts = _split_bars(pattern[3:-1])[0]
    return parts


# A pattern that is one character class and nothing else (``[^\u0900-\u097F\W\d_]``).
_ONE_CLASS = re.compile(r"\[\^?(?:\\.|[^\]\\\[])+\]")


@cache
def trigger_passes(pattern: str, flags: int) -> tuple[re.Pattern[str], ...]:
    """The patterns :func:`triggers_present` runs for one trigger: the trigger itself, or, for an
    alternation whose every alternative starts with a plain character, one pattern per first
    character (``पहले|पूर्व|बाद|पश्चात`` -> ``प(?:हले|ूर्व|श्चात)`` and ``बाद``), the alternatives
    in their order.

    Why: ``re`` looks for a pattern that starts with a fixed character by a fast search for that
    character, but tries an alternation's set of first characters at every position of the
    text (3.4 ms for ``आज|कल|परसों`` over the 420 articles of scale.py --days 16, 0.5 ms for
    ``बज``); the split passes took the Hindi triggers from 0.128 to 0.087 CPU-s there.
    Every occurrence of the trigger is an occurrence of one of them, and each of their
    matches is one of the trigger's, so :func:`triggers_present` still marks every span that
    holds the trigger and only spans a match of it overlaps."""
    if _ONE_CLASS.fullmatch(pattern):
        # one character of a set (a Latin letter): its runs mark the same spans as its letters
        # one by one, in one match a run instead of one a letter (2,216 matches -> 600 over
        # scale.py --days 16, round sc39); written ``[…][…]*``, not ``[…]+``: ``re`` scans
        # for a pattern's opening class only when the class itself opens it, not a repeat of
        # it (round sp4, issue 16: 6.3 -> 3.8 ms there)
        return (re.compile(pattern + pattern + "*", flags),)
    whole = re.compile(pattern, flags)
    alternatives = _top_alternatives(pattern)
    if len(alternatives) < 2 or any(
        not a or a[0] in _SPECIAL or a[1:2] in _QUANTIFIERS for a in alternatives
    ):
        return (whole,)
    by_first: dict[str, list[str]] = {}
    for a in alternatives:
        by_first.setdefault(a[0], []).append(a[1:])
    return tuple(
        re.compile(re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})"),
                   flags)
        for first, rests in by_first.items()
    )


def atom(m: re.Match[str], spec: TimeSpec, rule: str, role: str = "other", *, weak: int = 0,
         head_group: str | None = None) -> Atom:
    """An atom spanning the whole match; ``head_group`` ends the head early (at that group's end)."""
    head_end = m.end(head_group) if head_group and m.group(head_group) is not None else m.end()
    return Atom(m.start(), m.end(), head_end, spec, rule, role, weak)


def year_of(written: str) -> int | None:
    """A four-digit year, or a two-digit one after an apostrophe ('98), as an int."""
    digits = written.strip("'’ ").translate(str.maketrans("०१२३४५६७८९", "0123456789"))
    if not digits.isdigit():
        return None
    value = int(digits)
    if len(digits) == 2:
        return 1900 + value if value >= 30 else 2000 + value
    return value if 1000 <= value <= 2100 else None


def day_of(written: str) -> int | None:
    digits = re.sub(r"(?i)(st|nd|rd|th)$", "", written.strip()).translate(
        str.maketrans("०१२३४५६७८९", "0123456789"))
    if not digits.isdigit():
        return None
    value = int(digits)
    return value if 1 <= value <= 31 else None


def hour_minute(hour: str, minute: str | None) -> tuple[int, int] | None:
    table = str.maketrans("०१२३४५६७८९", "0123456789")
    h = int(hour.translate(table))
    mi = int(minute.translate(table)) if minute else 0
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    return h, mi

