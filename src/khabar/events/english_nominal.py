"""Plans and calls told as nouns in a passive or nominal report.

Round en11 (issue 13). A report written in the passive and nominal style tells the story's acts
without an active verb of their actor: "A visit by Mr Trump to Beijing is planned for April" (a
visit that happened, before), "Mr Putin's attendance at the ... summit in Shenzhen in November has
been confirmed" (a meeting of no one), "the Russian leader will be in Shenzhen for the APEC meet
in November" (a meeting of APEC) and "The conversation was followed hours later by a phone call
with U.S. President Donald Trump" (no call). Each is read here in its general form, as a second
pass over the sentences `english.extract_english` coded; an event made here replaces the acts
read off its own words. English grammar, read on the round's blind reports and checked with other
leaders, places and gatherings in tests/test_events_english_wire_en11.py and on NGEC synthetic
stories (docs/events-rounds.md, round en11).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Argument, Article, Event
from .clause import date_part
from .english_chunks import _Chunk, _group
from .english_coord import CALL_MODES
from .english_senses import _GATHERING_NOUNS
from .english_verbs import _match
from .hindi import event_id
from .lexicon import english_triggers

Tok = tuple[int, int, str]

_PERSON = ("kb:person/", "name:person:")
_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour"})
# The predicate of a nominal plan ("is planned for April", "has been confirmed") and the
# modality each word gives; "confirmed"/"announced" name a fixed plan.
_PLAN_CUES = {"planned": "planned", "scheduled": "planned", "due": "planned",
              "confirmed": "planned", "announced": "planned", "set": "planned",
              "expected": "expected", "likely": "expected", "proposed": "proposed"}
_PLAN_AUX = frozenset({"is", "are", "been", "being"})  # "is planned", "has been confirmed"
_NEGATIONS = frozenset({"not", "never", "no", "n't"})
# Attendance nouns and their prepositions ("attendance at", "participation in").
_ATTEND_NOUNS = frozenset({"attendance", "participation", "presence"})
# Gathering nouns: en7's (english_senses) and Indian English's "meet" ("the APEC meet").
_GATHERINGS = _GATHERING_NOUNS | {"meet", "gathering"}
_SPAN = 10  # tokens from the noun's preposition to the gathering noun / the plan's predicate
_MODALS = frozenset({"will", "would", "shall"})
# Subjects of "was followed by a call": the nouns of a call or a meeting already told.
_TOLD_CALLS = frozenset({"call", "conversation", "talks", "meeting", "discussion", "conference"})
_FOLLOW_GAP = 4  # tokens between "followed" and "by" ("was followed hours later by")
_SAME_DAY = re.compile(r"\b(?:hours|minutes) later\b|\blater (?:that|the same) day\b", re.I)


@dataclass
class SentenceRead:
    """What `english.extract_english` read of one sentence, for the second pass."""

    si: int
    start: int
    end: int
    toks: list[Tok]
    chunks: list[_Chunk]
    dated: list[Any]


def _ahead(article: Article, date: str | None) -> str | None:
    """A bare month of a plan lies ahead of the publication day ("in April" in February)."""
    if date and len(date) == 7 and article.dct and date < article.dct[:7]:
        return str(int(date[:4]) + 1) + date[4:]
    return date


def _person_at(chunks: list[_Chunk], first: int, last: int) -> _Chunk | None:
    return next((c for c in chunks if first <= c.first <= last
                 and (c.entity or "").startswith(_PERSON)), None)


def _plan_cue(toks: list[Tok], lo: int, hi: int) -> str | None:
    """The modality of a plan's predicate ("is planned", "has been confirmed") in [lo, hi)."""
    for k in range(lo + 1, hi):
        word = toks[k][2].lower()
        if word in _PLAN_CUES and toks[k - 1][2].lower() in _PLAN_AUX:
            if any(t[2].lower() in _NEGATIONS for t in toks[lo:k]):
                return None
            return _PLAN_CUES[word]
    return None


def _stop(toks: list[Tok], at: int, marks: frozenset[str] = frozenset({".", ";"})) -> int:
    return next((k for k in range(at, len(toks)) if toks[k][2] in marks), len(toks))


def _make(article: Article, s: SentenceRead, typ: str, mode: str, at: int, to: int, who: list[str],
          args: list[Argument], target: list[str], lo: int, hi: int, modality: str,
          date: str | None = None, basis: str | None = None) -> Event:
    if date is None:
        when = [t for t in s.dated if s.toks[lo][0] <= t.start and t.end <= s.toks[hi - 1][1]]
        date = _ahead(article, date_part(when[0].value)) if when else None
        basis = f"sentence: {when[0].text}" if when else None
    t_start, t_end = s.toks[at][0], s.toks[to][1]
    return Event(
        type=typ, mode=mode, trigger=article.text[t_start:t_end], trigger_start=t_start,
        trigger_end=t_end, evidence_start=s.start, evidence_end=s.end, source=who,
        target=target, date=date, date_basis=basis, modality=modality, arguments=args,
        sentence=s.si, confidence=0.5, id=event_id(article.id, t_start),
    )


def _possessor(article: Article, s: SentenceRead, at: int) -> _Chunk | None:
    """The person a possessive surname names ("Mr Putin's", which the tagger leaves untagged):
    the one person named before in the article whose name ends in that word; None otherwise."""
    start, end, word = s.toks[at]
    stem = word[:-2]
    people = {m.entity_id for m in article.mentions
              if m.type == "PERSON" and m.entity_id and m.end <= start
              and m.text.split()[-1:] == [stem]}
    if len(people) != 1:
        return None
    return _Chunk(at, at, word, start, end - 2, people.pop())


def _arg(role: str, c: _Chunk) -> Argument:
    return Argument(role, c.text, c.start, c.end, c.entity)


def _visit_by(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"A visit by <person> to <place> is planned for April": AGREE visit, the cue's modality."""
    out = []
    toks = s.toks
    for k in range(len(toks) - 3):
        if toks[k][2].lower() not in _TRIP_NOUNS or toks[k + 1][2].lower() != "by":
            continue
        who = _person_at(s.chunks, k + 2, k + 3)
        if who is None or who.last + 2 >= len(toks) or toks[who.last + 1][2].lower() != "to":
            continue
        place = next((c for c in s.chunks if c.first == who.last + 2), None)
        if place is None:
            continue
        stop = _stop(toks, place.last + 1, frozenset({".", ";", ","}))
        modality = _plan_cue(toks, place.last, min(stop, place.last + 1 + _SPAN))
        if modality is None and k > 0:
            # round en15: the plan's adjective before the noun ("a planned trip by <person> to
            # <place> in April"), as en12's possessed visit reads it
            modality = _PLAN_ADJECTIVES.get(toks[k - 1][2].lower())
        if modality is None:
            continue
        ev = _make(article, s, "AGREE", "visit", k, k, [who.entity or ""],
                   [_arg("source", who), _arg("target", place)],
                   [place.entity or f"text:{place.text}"], k, stop, modality)
        out.append((ev, k, stop))
    return out


# Round en12: a possessed trip noun and the word that makes it a plan ("Modi's proposed Japan
# visit", "Modi's visit, which Tokyo has said would take place in April"): the adjective before
# the noun, or a relative clause after it whose verb is "take place"/"happen" under a future
# modal. Read on the blind reports H3 and H4 (tests/test_events_english_wire_en12.py).
_PLAN_ADJECTIVES = {"proposed": "proposed", "planned": "planned", "scheduled": "planned",
                    "upcoming": "planned", "forthcoming": "planned", "expected": "expected",
                    "likely": "expected", "possible": "possible"}
_TAKE_PLACE = re.compile(r"^,? which\b[^.;]{0,60}?\b(?:will|would|is to|is due to) "
                         r"(?:take place|happen|go ahead)\b", re.I)


def _possessed_visit(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"<person>'s proposed <place> visit", "<person>'s visit, which ... would take place in
    April": AGREE visit of the plan's modality, its place the noun's modifier or its "to"."""
    out = []
    toks = s.toks
    for k in range(len(toks) - 1):
        if not toks[k][2].endswith(("'s", "\u2019s")):
            continue
        who = next((c for c in s.chunks if c.first <= k <= c.last
                    and (c.entity or "").startswith(_PERSON)), None) or _possessor(article, s, k)
        if who is None:
            continue
        j, modality = k + 1, None
        if toks[j][2].lower() in _PLAN_ADJECTIVES:
            modality, j = _PLAN_ADJECTIVES[toks[j][2].lower()], j + 1
        place = next((c for c in s.chunks if c.first == j and c.last + 1 < len(toks)), None)
        noun = place.last + 1 if place is not None else j
        if noun >= len(toks) or toks[noun][2].lower() not in _TRIP_NOUNS:
            continue
        if place is None and noun + 2 < len(toks) and toks[noun + 1][2].lower() == "to":
            place = next((c for c in s.chunks if c.first == noun + 2), None)
        stop = _stop(toks, noun + 1)
        if modality is None:
            rest = article.text[toks[noun][1] : toks[stop - 1][1]] if stop > noun + 1 else ""
            if not _TAKE_PLACE.match(rest):
                continue  # "Modi's visit to Tokyo last year": a visit made, read elsewhere
            modality = "planned"
        else:
            stop = _stop(toks, noun + 1, frozenset({".", ";", ",", "and"}))
        args = [_arg("source", who)] + ([_arg("target", place)] if place is not None else [])
        target = [place.entity or f"text:{place.text}"] if place is not None else []
        ev = _make(article, s, "AGREE", "visit", noun, noun, [who.entity or ""], args, target,
                   k, stop, modality)
        out.append((ev, k, stop))
    return out


def _attendance(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"<person>'s attendance at the <gathering> ... has been confirmed": AGREE summit."""
    out = []
    toks = s.toks
    for k in range(1, len(toks) - 2):
        if toks[k][2].lower() not in _ATTEND_NOUNS or toks[k + 1][2].lower() not in {"at", "in"}:
            continue
        if not toks[k - 1][2].endswith(("'s", "\u2019s")):
            continue
        who = next((c for c in s.chunks if c.first <= k - 1 <= c.last
                    and (c.entity or "").startswith(_PERSON)), None) or _possessor(article, s, k - 1)
        stop = _stop(toks, k + 2, frozenset({".", ";", ","}))
        noun = next((j for j in range(k + 2, min(stop, k + 2 + _SPAN))
                     if toks[j][2].lower() in _GATHERINGS), None)
        if who is None or noun is None:
            continue
        modality = _plan_cue(toks, noun, min(stop, noun + 1 + _SPAN))
        if modality is None:
            continue  # "its participation in" was cancelled or hoped for (round en7, NGEC)
        ev = _make(article, s, "AGREE", "summit", noun, noun, [who.entity or ""],
                   [_arg("source", who)], [], k, stop, modality)
        out.append((ev, k, stop))
    return out


# Round en14 (issue 13): the subject's own confirmation of its attendance ("Putin also confirmed his
# participation in the APEC summit, which will take place in Shenzhen in November", the Russian
# agencies' form, blind report K2): a plan, as "<person>'s attendance ... has been confirmed" is.
# Only after a verb that fixes the plan and before a gathering noun; a past gathering ("last
# year's summit") is none. English grammar, read on the blind report K2.
_CONFIRMING = frozenset({"confirmed", "confirms", "announced", "announces"})
_OWN = frozenset({"his", "her"})
_BEFORE_VERB = frozenset({"also", "has", "have", "had", "on"})  # "has also confirmed"
_PAST_MARKS = frozenset({"last", "previous", "past", "former"})
_RELATIVES = frozenset({"which", "that"})


def _confirmed_attendance(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"<person> confirmed his participation in the <gathering>(, which will take place in
    November)": AGREE summit, planned, dated by the gathering's phrase and its relative clause."""
    out = []
    toks = s.toks
    for k in range(1, len(toks) - 3):
        if toks[k][2].lower() not in _CONFIRMING or toks[k + 1][2].lower() not in _OWN:
            continue
        if toks[k + 2][2].lower() not in _ATTEND_NOUNS or toks[k + 3][2].lower() not in {"at", "in"}:
            continue
        j = k - 1
        while j > 0 and toks[j][2].lower() in _BEFORE_VERB - {"on"}:
            j -= 1
        who = next((c for c in s.chunks if c.last == j
                    and (c.entity or "").startswith(_PERSON)), None)
        stop = _stop(toks, k + 4)
        comma = _stop(toks, k + 4, frozenset({",", ".", ";"}))
        if comma < stop and not (comma + 1 < len(toks) and toks[comma + 1][2].lower() in _RELATIVES):
            stop = comma  # the phrase ends at a comma that opens no relative clause about it
        noun = next((i for i in range(k + 4, min(stop, k + 4 + _SPAN))
                     if toks[i][2].lower() in _GATHERINGS), None)
        if who is None or noun is None or any(
            t[2].lower() in _PAST_MARKS for t in toks[k + 4 : noun]
        ):
            continue
        ev = _make(article, s, "AGREE", "summit", noun, noun, [who.entity or ""],
                   [_arg("source", who)], [], k, stop, "planned")
        out.append((ev, k, stop))
    return out


# Round en14: a gathering told first and its attendee in a relative clause after it ("the APEC
# summit in Shenzhen in November - which Putin will attend", blind report K3, where the summit
# came out a meeting of APEC that had happened; NGEC has the form once, "a summit in Istanbul
# ..., on the margins of which <a president> will attend", left: "which" opens no clause
# there). English grammar.
_CLAUSE_OPENERS = frozenset({",", "-", "\u2013", "\u2014"})
_ATTEND_VERBS = frozenset({"attend", "join"})


def _attended_which(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"<gathering> ... , which <person> will attend": AGREE summit, planned, dated by the
    gathering's phrase."""
    out = []
    toks = s.toks
    for k in range(2, len(toks) - 3):
        if toks[k][2].lower() != "which" or toks[k - 1][2] not in _CLAUSE_OPENERS:
            continue
        who = next((c for c in s.chunks if c.first == k + 1
                    and (c.entity or "").startswith(_PERSON)), None)
        if who is None or who.last + 2 >= len(toks) or toks[who.last + 1][2].lower() not in _MODALS:
            continue
        verb = who.last + 2 + (toks[who.last + 2][2].lower() == "also")
        if verb >= len(toks) or toks[verb][2].lower() not in _ATTEND_VERBS:
            continue
        noun = next((j for j in range(k - 2, max(-1, k - 2 - _SPAN), -1)
                     if toks[j][2] in {".", ";"} or toks[j][2].lower() in _GATHERINGS), None)
        if noun is None or toks[noun][2] in {".", ";"}:
            continue
        stop = _stop(toks, verb + 1, frozenset({".", ";", ","}))
        ev = _make(article, s, "AGREE", "summit", noun, noun, [who.entity or ""],
                   [_arg("source", who)], [], noun, stop, "planned")
        out.append((ev, noun, stop))
    return out


def _there_for(article: Article, s: SentenceRead) -> list[tuple[Event, int, int]]:
    """"<person> will be in <place> for the <gathering>": AGREE summit, planned (not "for a
    summit with Xi": a meeting with one named host is a visit, as in en7's `_gathering`)."""
    out = []
    toks = s.toks
    for k in range(1, len(toks) - 4):
        if toks[k][2].lower() not in _MODALS or [t[2].lower() for t in toks[k + 1 : k + 3]] != [
            "be", "in"
        ]:
            continue
        who = next((c for c in s.chunks if c.last == k - 1
                    and (c.entity or "").startswith(_PERSON)), None)
        place = next((c for c in s.chunks if c.first == k + 3), None)
        if who is None or place is None or place.last + 1 >= len(toks):
            continue
        if toks[place.last + 1][2].lower() != "for":
            continue
        stop = _stop(toks, place.last + 1, frozenset({".", ";", ","}))
        noun = next((j for j in range(place.last + 2, min(stop, place.last + 2 + _SPAN))
                     if toks[j][2].lower() in _GATHERINGS), None)
        if noun is None or (noun + 2 < len(toks) and toks[noun + 1][2].lower() == "with"
                            and toks[noun + 2][2][:1].isupper()):
            continue
        ev = _make(article, s, "AGREE", "summit", k + 1, noun, [who.entity or ""],
                   [_arg("source", who), _arg("target", place)], [], k, stop, "planned")
        out.append((ev, k, stop))
    return out


def _followed_by_call(article: Article, s: SentenceRead, earlier: list[Event]
                      ) -> list[tuple[Event, int, int]]:
    """"The conversation was followed hours later by a phone call with <X>": a call of the
    last call's first participant with X (as round en8's "A few hours later he had talked
    with ..."), on its day when "hours later" says so."""
    toks = s.toks
    at = next((k for k in range(1, len(toks)) if toks[k][2].lower() == "followed"
               and toks[k - 1][2].lower() in {"was", "were"}), None)
    if at is None or not {t[2].lower() for t in toks[:at]} & _TOLD_CALLS:
        return []
    by = next((k for k in range(at + 1, min(at + 2 + _FOLLOW_GAP, len(toks)))
               if toks[k][2].lower() == "by"), None)
    last_call = next((e for e in reversed(earlier) if e.type == "CONSULT"
                      and e.mode in CALL_MODES | {"meeting", "discuss"} and e.source), None)
    if by is None or last_call is None:
        return []
    for i in range(by + 1, min(by + 5, len(toks))):
        for trig in english_triggers():
            n = _match(toks, i, trig, trig.stem)
            if not n or trig.type != "CONSULT" or trig.mode not in CALL_MODES:
                continue
            end = i + n - 1
            if end + 2 >= len(toks) or toks[end + 1][2].lower() != "with":
                return []
            after = [c for c in s.chunks if end + 1 < c.first <= end + 5]
            partners = _group(s.chunks, toks, after[0]) if after else []
            if not partners:
                return []
            first = last_call.source[0]
            who = [first] + [p.entity or f"text:{p.text}" for p in partners
                             if (p.entity or f"text:{p.text}") != first]
            same = _SAME_DAY.search(article.text[s.start : s.end]) and last_call.date
            ev = _make(article, s, "CONSULT", trig.mode, i, end, who,
                       [_arg("source", p) for p in partners], [], i, _stop(toks, end),
                       "happened", last_call.date if same else None,
                       f"same day as: {last_call.trigger}" if same else None)
            return [(ev, at, _stop(toks, end))]
    return []


def nominal_acts(article: Article, sentences: list[SentenceRead], events: list[Event]
                 ) -> list[Event]:
    """``events`` with the nominal plans and calls of ``sentences`` added; each replaces the
    events of its sentence whose trigger lies inside its own span."""
    for s in sentences:
        found = (_visit_by(article, s) + _possessed_visit(article, s) + _attendance(article, s)
                 + _confirmed_attendance(article, s) + _attended_which(article, s)
                 + _there_for(article, s)
                 + _followed_by_call(article, s, [e for e in events if (e.sentence or 0) < s.si]))
        for ev, lo, hi in found:
            a, b = s.toks[lo][0], s.toks[hi - 1][1]
            events = [e for e in events if not (e.sentence == s.si and a <= e.trigger_start < b)]
            events.append(ev)
    return events
