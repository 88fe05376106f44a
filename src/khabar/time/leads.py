"""A grammar rule's regex that ``re`` searches for only where one of its first characters stands.

Every rule of the Hindi grammar opens with a lookbehind (``(?<![…])``, no word character
before), and many then with an optional group (``(?:(?P<n>…)\\s+)?``). ``re`` looks ahead for
a pattern's first character (a fast skip over the text) only when the pattern opens with a
literal, a class or an alternation of literals; any other pattern, these included, is tried at
every position of the sentence, lookbehind first. Round sp11 (issue 16) measured the rules'
searches as the largest part of the time stage.

:func:`with_lead_class` compiles the same pattern with the set of characters a match can open
with (read from the parsed pattern: what the first element that consumes a character may
match, through optional elements, groups and alternatives, past zero-width assertions) written
into the compiled code's info block, as ``re`` writes it for a pattern that opens with a class.
The program that matches is ``re``'s own for the pattern, unchanged; the class only skips the
positions where no match can start (a match's first character is one of the class's), so the
matches, groups and spans are the same (tests/test_time_speed_sp11.py compares every rule on
corpus sentences). Where the set cannot be read exactly (a negated class, a back reference, a
pattern that can match nothing, a case-blind one that can open with a letter) or ``re``'s
internals are not the ones this was written for (the code's version number), the pattern is
returned as it was.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_sre: Any
_compiler: Any
_constants: Any
_parser: Any
try:  # CPython's regular expression compiler (3.11 and later), read as untyped modules
    _sre, _compiler, _constants, _parser = (importlib.import_module(name) for name in (
        "_sre", "re._compiler", "re._constants", "re._parser"))
except ImportError:  # pragma: no cover - another implementation: patterns stay as they are
    _sre = None

# The version of ``re``'s compiled code this was written and tested for (CPython 3.11).
_MAGIC = 20220615


class _Unreadable(Exception):
    """The pattern's first characters cannot be read exactly."""


def _first(items: Any, state: Any) -> tuple[list[tuple[Any, Any]], bool]:
    """The class items of the characters a match of the parsed ``items`` can open with, and
    whether the items can match nothing (then what follows them can open a match too)."""
    c = _constants
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append((c.LITERAL, av))
            return out, False
        if op is c.IN:
            if any(item_op is c.NEGATE for item_op, _ in av):
                raise _Unreadable
            out.extend(av)
            return out, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the next element opens
            continue
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unreadable
            found, empty = _first(sub.data, state)
        elif op is c.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                alt_found, alt_empty = _first(alternative.data, state)
                found += alt_found
                empty = empty or alt_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            found, empty = _first(sub.data, state)
            empty = empty or low == 0
        else:
            raise _Unreadable
        out += found
        if not empty:
            return out, False
    return out, True


def _caseless(items: list[tuple[Any, Any]]) -> bool:
    """Whether the class items name only characters without case (digits, signs) or whole
    categories, which a case-blind match reads as written: then the set a case-blind match can
    open with is the items' own (``re``'s compiler asks the same of a class prefix). The
    English grammar's dates and clock times open with a digit."""
    c = _constants
    cased = _sre.unicode_iscased
    for op, av in items:
        if op is c.LITERAL and cased(av):
            return False
        if op is c.RANGE and (av[1] > 0xFFFF or any(map(cased, range(av[0], av[1] + 1)))):
            return False
        if op not in (c.LITERAL, c.RANGE, c.CATEGORY):
            return False
    return True


def with_lead_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled to be searched for only from its possible first characters (see
    the module's docstring); ``pattern`` itself where that cannot be done exactly."""
    if (_sre is None or _sre.MAGIC != _MAGIC or not isinstance(pattern.pattern, str)
            or pattern.flags & (re.LOCALE | re.VERBOSE)):
        return pattern
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        lead, empty = _first(tree.data, tree.state)
        low, high = tree.getwidth()
        if empty or not lead or low == 0:
            return pattern
        if pattern.flags & re.IGNORECASE and not _caseless(lead):
            return pattern
        flags = tree.state.flags | pattern.flags
        c = _constants
        # the info block as _compiler._compile_info writes it for a class prefix
        code: list[int] = [c.INFO, 0, c.SRE_INFO_CHARSET, min(low, _compiler.MAXCODE),
                           min(high, _compiler.MAXCODE)]
        charset, cased = _compiler._optimize_charset(lead)
        if cased:
            return pattern
        _compiler._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        _compiler._compile(code, tree.data, flags)
        code.append(c.SUCCESS)
        names = tree.state.groupdict
        index: list[str | None] = [None] * tree.state.groups
        for name, number in names.items():
            index[number] = name
        compiled: re.Pattern[str] = _sre.compile(pattern.pattern, flags, code,
                                                 tree.state.groups - 1, names, tuple(index))
        return compiled
    except (_Unreadable, RecursionError):
        return pattern


def lead_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[…]``, as pattern text) of the characters a match of ``pattern``
    can open with, read as :func:`with_lead_class` reads them; None where that cannot be done
    exactly (see there), where a match may be empty, or where the set holds a whole category.

    Why (round sp16, issue 16): a pass of :func:`~khabar.time.grammar.triggers_present` that
    opens with a common letter (स, न, अ, आ) is searched for by ``re`` from every place that
    letter stands, and there its alternation of 10-25 rests was tried in full; a lookahead for
    the rests' first characters (``स(?=[़िदनाो…])…``) turns most of those places away after
    one class test. Every match of the rests opens with one of those characters, so the
    pattern with the lookahead matches exactly where the one without does."""
    if _sre is None or _sre.MAGIC != _MAGIC or flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    c = _constants
    try:
        tree = _parser.parse(pattern, flags)
        lead, empty = _first(tree.data, tree.state)
    except (_Unreadable, RecursionError, re.error):
        return None
    if empty or not lead or tree.getwidth()[0] == 0:
        return None
    parts: list[str] = []
    for op, av in lead:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:  # a category (\w, \d, \s ...)
            return None
    return f"[{''.join(dict.fromkeys(parts))}]"
