"""English event extraction: PLOVER type from a trigger stem lexicon, actors around it.

English news states an event as subject–verb–object, so the source is the actor phrase just
before the first trigger verb and the target the actor phrase after it. Actors come from the
entities stage where it ran; otherwise from a light chunker (capitalised name runs plus the
collective nouns news uses for actors: army, police, rebels, officials…), enough to code the
PLOVER gold standard sentences and English wire copy without a parser.

The work is split by concern: :mod:`khabar.events.english_chunks` makes the tokens and actor
chunks, :mod:`khabar.events.english_verbs` the trigger hits and the frame around each verb; this
module picks a sentence's main event (:func:`code_sentence`), the calls and meetings linked to it,
their partners, modality and date (:func:`extract_english`).
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Argument, Article, Event
from .clause import ACTOR_TYPES, PLACE_TYPES, actor_of, date_part, is_date_value, sentences_of
from .english_called_from import caller_from
from .english_chunks import (
    _ACTOR_NOUNS,
    _Chunk,
    _chunks,
    _group,
    _head_of,
    _no_target,
    _tokens,
)
from .english_clauses import (
    is_target_candidate,
    nominal_agent,
    opening_pronoun,
    parenthesised_subject,
    possessed_subject,
    relative_tokens,
    speaker_not_subject,
)
from .english_coord import CALL_MODES, between_pair, coordinated, just_now, opening_call, spoken_to
from .english_coord import SPEAK_VERBS as _SPEAK_VERBS
from .english_copy_forms import copy_forms, released_information
from .english_days import after_told_day, past_dateline
from .english_labels import label_at, without_label
from .english_leads import reciprocal_subject
from .english_nominal import SentenceRead, nominal_acts
from .english_offices import bare_titled
from .english_plans import expected_visits, invited_gatherings, planned_trips
from .english_restated_days import restated_days
from .english_senses import conditional_at, frame_start, resense
from .english_spoken import frame_words, owned_acts, same_day_call
from .english_titles import of_title_country, title_of_person
from .english_verbs import (
    _FUTURE,
    _MEASURE_GAP,
    _NEGATION,
    _against_disease,
    _by_agent,
    _match,
    _measure_hits,
    _reframe,
    passive_at,
)
from .hindi import event_id
from .lexicon import EnglishTrigger, english_triggers


def code_sentence(
    text: str, start: int, end: int, chunks: list[_Chunk] | None = None
) -> tuple[EnglishTrigger, int, int, list[_Chunk], list[_Chunk]] | None:
    """(trigger, first token, last token, source chunks, target chunks) of a sentence, or None."""
    toks = _tokens(text, start, end)
    chunks = chunks if chunks is not None else _chunks(toks, text)
    hits: list[tuple[EnglishTrigger, int, int]] = []
    i = 0
    while i < len(toks):
        for trig in english_triggers():
            n = _match(toks, i, trig, trig.stem)
            if n:
                hits.append((trig, i, i + n - 1))
                i += n - 1
                break
        i += 1
    hits = [h for h in hits if not _against_disease(toks, h[0], h[1], h[2])
            and not released_information(toks, *h)]  # round en19: "released a statement"
    # round ev172: the sense of the word where it is used (english_senses: "returned to Cuba",
    # "closed at $66.50", "a strike against Iraq")
    hits = [
        (sensed, a, b)
        for trig, a, b in hits
        if (sensed := resense(toks, trig, a, b, chunks)) is not None
    ]
    measures = _measure_hits(toks)
    passive = {h: _by_agent(toks, chunks, h[2]) for h in measures if h[0].stem.endswith(
        toks[h[1]][2].lower()
    ) and h[1] == h[2]}
    if measures:
        covered = {k for _, a, b in measures for k in range(a, b + 1)}
        # a passive's object stands before its verb ("a curfew was imposed by ..."): the
        # object's own trigger yields to the passive act
        covered |= {k for h in passive for k in range(max(0, h[1] - 1 - _MEASURE_GAP), h[1])}
        hits = sorted(
            [h for h in hits if not covered & set(range(h[1], h[2] + 1))] + measures,
            key=lambda h: h[1],
        )
    if not hits:
        return None
    # the main event: the first trigger with an actor before it (the subject), else the first
    # (round en5: or a passive with its "by" agent, "activists got detained by the police")
    # round ev172: a trigger inside a relative clause (", which cosponsor the talks ,") is not
    # the sentence's act while one outside it has a subject; no actor inside it is a subject
    rel = relative_tokens(toks)
    free = [c for c in chunks if c.first not in rel]
    trig_hit = next(
        (
            h
            for h in [h for h in hits if h[1] not in rel] + [h for h in hits if h[1] in rel]
            if any(c.last < h[1] for c in (chunks if h[1] in rel else free))
            or opening_pronoun(toks, h[1]) is not None  # "He will also attend the G20 summit"
            or passive.get(h)
            or (passive_at(toks, h[1]) and _by_agent(toks, chunks, h[2]))
        ),
        hits[0],
    )
    # a planned measure stays the measure ("will extend the lockdown": COERCE, planned), as in
    # the Hindi lexicon; PLOVER's intent-as-AGREE reading is kept for the other verbs
    trig, first, last = trig_hit if trig_hit in measures else _reframe(toks, *trig_hit)
    # round en6: an aid noun after a giving verb ("The EU gave Chad 5 million dollars of aid"):
    # the giver is the subject of the verb, the receiver its first object
    verb = _giving_verb(toks, chunks, first) if trig.type == "AID" and first == last else None
    at, end = (verb, verb) if verb is not None else (first, last)
    before = [c for c in (chunks if at in rel else free) if c.last < at]
    after = [
        c
        for c in chunks
        if c.first > end and not _no_target(toks, c) and is_target_candidate(toks, end, c)
    ]
    head = _head_of(toks, before, at) if before else None
    if at not in rel:
        # round ev172: "Mr. Stronach, founder ... of Magna, resigned": the subject stands before
        # the parenthesis, not inside it
        head = parenthesised_subject(toks, chunks, at) or head
    source = _group(chunks, toks, head) if head is not None else []
    source = possessed_subject(toks, [c for c in source if c.last < at], at)
    source = [] if source and speaker_not_subject(toks, source[-1].last, at) else source
    target = _group(chunks, toks, after[0]) if after else []
    target = [c for c in target if c.first > end]
    if trig_hit in passive:
        source, target = passive[trig_hit], []  # the agent acts; the measure is no actor
    elif passive_at(toks, first):
        # "Doctors were attacked by a mob": the subject suffers the act, the "by" agent does it;
        # with no agent the source stays empty (extract_english then drops the event, as it
        # does an active verb with no subject)
        source, target = _by_agent(toks, chunks, last), source
    elif trig_hit not in measures:
        # round ev172: "stern warnings from Moscow", "threats against him by groups"
        agent = nominal_agent(toks, chunks, trig, first, last)
        if agent is not None:
            source, target = agent
    return trig, first, last, source, target


# Round en6: verbs of giving before an aid noun (PLOVER AID; "gave ... aid", "sent ... aid" was
# a kind en5 left; one plover-gsr tune record, checked on NGEC synthetic stories and CASE 2021).
_GIVING = frozenset(
    {"gave", "give", "gives", "giving", "sent", "send", "sends", "granted", "grant", "grants",
     "pledged", "offered", "delivered", "donated"}
)


def _giving_verb(toks: list[tuple[int, int, str]], chunks: list[_Chunk], first: int) -> int | None:
    """The giving verb a few words before the aid noun at ``first``, with a chunk before it."""
    for k in range(first - 1, max(-1, first - 9), -1):
        word = toks[k][2].lower()
        if word in {".", ";", "and", "but"}:
            return None
        if word in _GIVING:
            return k if any(c.last < k for c in chunks) else None
    return None


# Meetings and calls are reciprocal (PLOVER codes every participant as source): the partner is
# the actor after "with" ("held a video call with Putin", "speaking by phone with Trump").
_RECIPROCAL = frozenset({"discuss", "phone", "video_call", "meeting"})
# A second call or meeting in the same sentence, tied to the first by time ("hours before
# speaking by phone with Trump"): same subject, same day.
_SAME_DAY_LINKS = frozenset({"before", "after", "then", "later"})
# "is set to"/"is scheduled to" name a fixed plan (planned); "expected"/"likely" a forecast
_EXPECTED = frozenset({"expected", "likely"})
# Modals of possibility before the act (round en9, blind wire reports: "Trump could visit Beijing
# in April" was a visit that happened): lower case only, so the month "May" is none of them; a
# modal with a perfect ("could have prevented") is a counterfactual, read before (english_senses).
_HEDGES = frozenset({"may", "might", "could"})
# The verb "meet" takes its partner as object, with no "with" ("Modi met Kishida"; round en9,
# left by en8): a named person after it (:func:`_met`). Verb forms only, never the noun "meeting".
_MEET_VERBS = frozenset({"met", "meet", "meets"})
# Same-clause phrases that say how a meeting was held ("held talks via video link", "a virtual
# meeting"); tuned on set A of tests/test_events_english_wire.py.
_HOW = CALL_MODES
_coordinated = coordinated  # en7's and en8's act after "and", in english_coord since round en10
# A trip "for the APEC summit" is attendance at the summit (tuned as _HOW).
# "leaders' meeting" (APEC's own name for its summit) counts too.
_GATHERINGS = frozenset({"summit", "forum", "summits"})
_OFFERS = ("offer", "pledg", "promis")
# Round en8: the verbs of a purpose clause that name attendance ("to attend", "to join", "to take
# part in", "to participate in"); English grammar, read on the round's blind reports.
_ATTEND = ("attend", "join", "take", "participat")


# Round en11: "held video talks on trade and ties with Washington": the "with" of a relation
# noun is the topic's, not the talks' partner (English grammar, read on the round's timeline).
_RELATION_NOUNS = frozenset({"ties", "relations", "relationship", "links"})


def _partners(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int, limit: int
) -> list[_Chunk]:
    """The actors introduced by "with" after token ``last`` (before token ``limit``)."""
    withs = [k for k in range(last + 1, min(limit, len(toks))) if toks[k][2].lower() == "with"
             and toks[k - 1][2].lower() not in _RELATION_NOUNS]
    if not withs:
        return []
    after = [c for c in chunks if withs[0] < c.first <= withs[0] + 4 and c.first < limit]
    return _group(chunks, toks, after[0]) if after else []


_LINK_WINDOW = 14  # tokens after the link word (tuned on set A of test_events_english_wire.py)


def _object_after(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int, limit: int
) -> list[_Chunk]:
    """The first actor after token ``last`` that may be a target, with its conjuncts."""
    after = [
        c for c in chunks
        if last < c.first < limit and not _no_target(toks, c) and is_target_candidate(toks, last, c)
    ]
    return _group(chunks, toks, after[0]) if after else []


_SAME_DAY = re.compile(
    r"\b(?:earlier|later) (?:in the day|that day|(?:on )?the same day)\b|\bon the same day\b"
    r"|\b(?:hours|minutes) (?:later|earlier|after|before)\b"
    # round en8: a part of the day with no day ("had held a video call with Putin in the
    # morning"), and a bare "Earlier," opening the sentence (a live blog's or a wire's
    # "Earlier, Xi and Putin held talks via video link"): the day of the act told before
    # (round en18: "that same afternoon", "spent the morning on a video call")
    r"|\b(?:in the|that(?: same)?|this|spent the) (?:morning|afternoon|evening)\b"
    r"|\A\W*(?:Earlier|Later)\s*,",
    re.IGNORECASE,
)


def _linked_calls(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int
) -> list[tuple[EnglishTrigger, int, int]]:
    """Reciprocal triggers after the main one, introduced by a same-day link word."""
    out = []
    for k in range(last + 1, len(toks)):
        if toks[k][2].lower() not in _SAME_DAY_LINKS:
            continue
        # the call may come a few words on ("hours before Xi had a phone call with ...",
        # "later spoke with U.S. President Donald Trump in a telephone conversation")
        for i in range(k + 1, min(k + _LINK_WINDOW, len(toks))):
            if toks[i][2] == ";":
                break
            for trig in english_triggers():
                n = _match(toks, i, trig, trig.stem)
                if n and trig.type == "CONSULT" and trig.mode in _RECIPROCAL:
                    out.append((trig, i, i + n - 1))
                    break
            if out:
                break
    return out


def extract_english(article: Article) -> list[Event]:
    """PLOVER events of an English article: the main trigger of each sentence, and a call or
    meeting tied to it by a same-day link ("hours before speaking by phone with Trump")."""
    events: list[Event] = []
    body = any(b.label == "body" for b in article.blocks)
    sentences = sentences_of(article)
    read: list[SentenceRead] = []
    for si, sent in enumerate(sentences):
        # round en18: "The two men spoke on Wednesday": the day of an act told before, read
        # before the next sentence's "that same afternoon" asks for it
        restated_days(article.text, read[-1:], events)
        if body and 0 <= sent.block < len(article.blocks) and (
            article.blocks[sent.block].label == "title"
        ):
            continue  # a headline restates the lead in shorthand, undated ("Xi phones Trump")
        toks = _tokens(article.text, sent.start, sent.end)
        mentions = [
            m
            for m in article.mentions
            if sent.start <= m.start
            and m.end <= sent.end
            and m.type in ACTOR_TYPES
            and m.kind != "adjectival"  # "Russian President Vladimir Putin": a title's adjective
        ]
        chunks = None
        if mentions:
            chunks = []
            types = []
            for m in mentions:
                idx = [k for k, t in enumerate(toks) if t[0] < m.end and t[1] > m.start]
                if idx:
                    chunks.append(_Chunk(idx[0], idx[-1], m.text, m.start, m.end, actor_of(m)))
                    types.append(m.type)
            chunks = _drop_title_countries(chunks, types, toks)
            adjectival = [
                m for m in article.mentions
                if sent.start <= m.start and m.end <= sent.end and m.kind == "adjectival"
                and m.type == "COUNTRY"
            ]
            chunks = with_unnamed_actors(
                chunks, _chunks(toks, article.text), adjectival, toks
            )
        titled = _titled(article, sent.start, sent.end, toks) or bare_titled(  # round en20
            article, sent.start, sent.end, toks)
        if titled:
            chunks = chunks if chunks is not None else _chunks(toks, article.text)
            chunks = sorted(
                [c for c in chunks if not titled[0].first <= c.first <= titled[0].last] + titled,
                key=lambda c: c.first,
            )
        chunks = owned_acts(article, article.text, toks, chunks)  # round en16: "Mr Xi's call"
        if (label := label_at(toks)) is not None:  # round en18: a factbox's "* WHAT:"
            chunks = without_label(toks, chunks or _chunks(toks, article.text), label)
        coded = code_sentence(article.text, sent.start, sent.end, chunks)
        all_chunks = chunks if chunks is not None else _chunks(toks, article.text)
        dated = [
            t
            for t in article.timexes
            if sent.start <= t.start < sent.end
            and t.type in {"DATE", "TIME"}
            and is_date_value(t.value)
        ]
        dated = past_dateline(article.text, sent.start, dated)
        places = {(m.start, m.end): m.entity_id or "" for m in mentions if m.type in PLACE_TYPES}
        due = expected_visits(article, si, sent.start, sent.end, toks, all_chunks, places, dated)
        read.append(SentenceRead(si, sent.start, sent.end, toks, all_chunks, dated))
        if coded is None:  # round en16: a planned trip may be the sentence's only act
            events += due + planned_trips(article, si, sent.start, sent.end, toks, all_chunks, dated)
            continue
        trig, first, last, source, target = coded
        fronted: list[_Chunk] = []
        if source and _with_before(toks, source[0]):
            # "Modi spoke with Kishida by video": the partner stands before the trigger
            fronted, source = source, _fronted_subject(toks, all_chunks, source[0], first)
        elif source and (told_at := _told_at(toks, source[0])) >= 0 and (
            teller := _fronted_subject(toks, all_chunks, source[0], first, told_at)
        ):  # round en13: "Xi told Trump in a phone call that ...": the teller and the told
            fronted, source = source, teller
        pron = _pronoun_subject(toks, all_chunks, first)
        if not source and pron is not None and not passive_at(
            toks, first
        ):  # "He was arrested": the pronoun is the target, no one known is the source
            # "He will also attend ...": the one person who was the last event's subject
            # (round en8: "A few hours later he had talked with Trump": the pronoun after an
            # opening adverbial; a call's first participant is its sentence's subject)
            last_ev = events[-1] if events and (events[-1].sentence or 0) < si else None
            prev = last_ev.source if last_ev is not None else []
            if len(prev) > 1 and last_ev is not None:  # round en20: "X met Y. Then, he"
                prev = prev[:1] if last_ev.mode in _HOW else reciprocal_subject(last_ev, _RECIPROCAL)
            if len(prev) == 1 and prev[0].startswith(("kb:person/", "name:person:")):
                source = [_Chunk(pron, pron, toks[pron][2], toks[pron][0], toks[pron][1], prev[0])]
        if trig.mode in _RECIPROCAL and (pair := between_pair(toks, all_chunks, last)):
            source = pair  # round en10: "a telephone call between Macron and Scholz"
        if not source or _with_before(toks, source[0]):
            continue  # no subject, or the "subject" is someone's partner (a headline's shorthand)
        hits = [(trig, first, last)] + _linked_calls(toks, all_chunks, last)
        # the link word before each linked call ("hours before speaking with Trump by phone")
        links = [0] + [
            max(
                k
                for k in range(hits[n - 1][2] + 1, hits[n][1])
                if toks[k][2].lower() in _SAME_DAY_LINKS
            )
            for n in range(1, len(hits))
        ]
        coord = _coordinated(toks, all_chunks, hits[-1][2])
        opening = opening_call(toks, all_chunks)
        if opening is not None and opening[2] < hits[0][1] and (
            partners := _partners(toks, all_chunks, opening[2], opening[3])
        ):  # round en10: "In a video call with Putin on Wednesday, Xi praised ..."
            events.append(_event(article, si, sent.start, sent.end, toks, opening[0], opening[1],
                                 opening[2], source + partners, [],
                                 [t for t in dated if t.end <= toks[opening[3]][0]], True))
        if coord is not None:
            hits.append(coord[:3])
            links.append(coord[3])
        for n, (trig, first, last) in enumerate(hits):
            # an act's partners stand before the next call's link word: in "spoke with Putin by
            # phone on Wednesday, hours before speaking with Trump by phone", Trump is the later
            # call's (round ev51: both calls came out Xi-Trump, one act seemingly told twice)
            limit = links[n + 1] if n + 1 < len(hits) else len(toks)
            who = source
            link = links[n]
            if n > 0:
                # the linked call's own subject ("hours before Xi had a phone call with ..."),
                # not its partner ("later spoke with Trump in a telephone conversation")
                stop = next((k for k in range(link, first) if toks[k][2].lower() == "with"), first)
                own = [c for c in all_chunks if link < c.first and c.last < stop
                       and not _with_before(toks, c)]  # round en10: not "spoken to Mr Trump"
                who = _group(all_chunks, toks, own[-1]) if own else source
                who = [c for c in who if c.last < first]
            trig = _how(toks, trig, first, last, limit)
            if trig.mode == "visit" and modal_future(toks, first):
                trig = _gathering(toks, all_chunks, trig, last, limit, mentions)
            pair = between_pair(toks, all_chunks, last) if trig.mode in _RECIPROCAL else []
            if pair:  # round en10: "a telephone call between Mr Xi and Donald Trump"
                who, target = pair, []
            elif trig.type in {"CONSULT", "AGREE"} and trig.mode in _RECIPROCAL:
                target = []  # a reciprocal act has participants, no target
                partners = _partners(toks, all_chunks, last, limit) or (fronted if n == 0 else [])
                if not partners and n > 0:
                    # "later spoke with Trump in a telephone conversation": the partner
                    # stands between the link word and the call
                    partners = _partners(toks, all_chunks, link, first) or spoken_to(
                        toks, all_chunks, link, first)
                if not partners and toks[last][2] in _MEET_VERBS:
                    partners = _met(toks, all_chunks, last, limit)
                if not partners and trig.mode in _HOW:
                    # "Xi phoned U.S. President Donald Trump": the called is the partner
                    # (titles between: "phoned Japanese Prime Minister Fumio Kishida")
                    partners = _called(toks, all_chunks, last, limit) or caller_from(
                        toks, all_chunks, last, limit)  # round en18: "a call from Trump"
                if not partners and n > 0 and len(who) < 2:
                    # round en8: "after Putin and Xi spoke by video": a linked call whose own
                    # subject is a pair needs no partner
                    continue
                who = who + [p for p in partners if p not in who]
            when = dated
            if coord is not None:
                # round en7: each of two coordinated acts takes the dates of its own half
                # ("accepted an invitation ... and would also attend the summit in November")
                cut = toks[coord[3]][0]
                mine = n == len(hits) - 1
                when = [t for t in dated if (t.start >= cut) == mine]
                if mine:
                    target = _object_after(toks, all_chunks, last, len(toks))
                else:  # round en10: the second half's actors are not the first act's
                    target = [c for c in target if c.first < coord[3]]
            ids = {c.entity for c in who if c.entity}
            target = [c for c in target if not (c.entity and c.entity in ids)]  # no self-target
            ev = _event(article, si, sent.start, sent.end, toks, trig, first, last,
                        who, target, when, bool(mentions))
            if ev.date is None and (_SAME_DAY.search(article.text[sent.start : sent.end])
                                    or same_day_call(article.text[sent.start : sent.end], ev.mode)):
                # round en7: "earlier in the day", "hours later": the day of the last dated
                # event told before it in the article
                # (round en8: or an earlier act of the same sentence, "held a video call ...
                # on Wednesday and spoke by telephone with Trump hours later")
                day = next((e for e in reversed(events) if e.date and len(e.date) == 10
                            and (e.sentence or 0) <= si), None)
                if day is not None:
                    ev.date, ev.date_basis = day.date, f"same day as: {day.trigger}"
                elif si > 0:
                    # round en8: no act dated before, the day the sentence before names ("By
                    # the time the sun set on Wednesday, Feb. 4, ... Xi had held a video call
                    # with Putin in the morning")
                    told = [t for t in article.timexes
                            if sentences[si - 1].start <= t.start and t.end <= sent.start
                            and t.type == "DATE" and len(date_part(t.value) or "") == 10]
                    if told:
                        ev.date = date_part(told[-1].value)
                        ev.date_basis = f"same day as: {told[-1].text}"
            if ev.date is None and article.dct and just_now(toks, trig.mode, ev.modality, first):
                # round en14: "Xi and Trump have spoken by phone": the day of the report
                ev.date, ev.date_basis = article.dct[:10], "present tense: publication day"
            after_told_day(ev, events, si)
            events.append(ev)
        events += invited_gatherings(article, sent.start, sent.end, toks, [
            e for e in events if e.sentence == si and e.mode == "accept"], dated, places)
        for plan in due:
            events = [e for e in events if not (e.sentence == si and e.mode == "visit"
                                                and e.source == plan.source)] + [plan]
        # round en8: a planned trip told as a noun ("discussed his planned trip to China in
        # April") is an event of its own; it replaces an act read off the trip noun itself
        for plan in planned_trips(article, si, sent.start, sent.end, toks, all_chunks, dated):
            events = [e for e in events if not (e.sentence == si and e.trigger_start < plan.trigger_end
                                                and plan.trigger_start < e.trigger_end)]
            events.append(plan)
    restated_days(article.text, read[-1:], events)
    # round en11: plans and calls told as nouns; round en19: shorthand, chronologies
    return copy_forms(article, nominal_acts(article, read, events))


# Round en7 (issue 13): "dialled his US counterpart Donald Trump": a possessive and
# "counterpart" stand between a call verb and the called as a title does; the country before
# "counterpart" is the called one's side, not the called. Closed classes of English.
_COUNTERPART_WORDS = frozenset({"his", "her", "their", "its", "the", "counterpart", "counterparts"})


def _called(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int, limit: int
) -> list[_Chunk]:
    """The one called after a call verb at token ``last`` ("phoned Japanese Prime Minister Fumio
    Kishida", "dialled his US counterpart Donald Trump"), with those conjoined to it."""
    after = [
        c
        for c in chunks
        if last < c.first < limit
        and all(
            t[2][:1].isupper() or t[2] == "." or t[2].lower() in _COUNTERPART_WORDS
            for t in toks[last + 1 : c.first]
        )
    ]
    while (
        len(after) > 1
        and (after[0].entity or "").startswith("kb:country/")
        and toks[after[0].last + 1][2].lower() in {"counterpart", "counterparts"}
    ):
        after = after[1:]
    return _group(chunks, toks, after[0]) if after else []


def _met(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int, limit: int
) -> list[_Chunk]:
    """The named persons met after "met"/"meet" at token ``last`` ("met Thai Prime Minister
    Yingluck Shinawatra", "meet his Norwegian counterpart Erna Solberg"): the first person named
    past title words only, with the persons conjoined to it. Round en9 first read the object as
    a call's (:func:`_called`) and took "Sept." ("were due to meet Sept. 30"), an adjective
    ("Norwegian", "Scottish") or a country before a title as the partner on NGEC stories; only a
    named person is one; round en10: nor a possessor the tagger took for a person, "met South
    Africa's defense minister" (the one met is the minister, unnamed)."""
    persons = [
        c
        for c in chunks
        if last < c.first < min(limit, last + 8)
        and (c.entity or "").startswith(("kb:person/", "name:person:"))
        and not c.text.endswith(("'s", "\u2019s"))  # round en10: "met South Africa's defense minister"
        and all(
            t[2][:1].isupper() or t[2] in {".", "'s", "of"} or t[2].lower() in _COUNTERPART_WORDS
            for t in toks[last + 1 : c.first]
        )
    ]
    if not persons:
        return []
    return [c for c in _group(chunks, toks, persons[0])
            if (c.entity or "").startswith(("kb:person/", "name:person:"))]


def _title_before(c: _Chunk, named: list[_Chunk], toks: list[tuple[int, int, str]]) -> bool:
    """Whether only capitalised title words stand between ``c`` and the next named chunk."""
    nxt = next((n for n in named if n.first > c.last), None)
    if nxt is None:
        return False
    between = [t[2] for t in toks[c.last + 1 : nxt.first]]
    return all(w[:1].isupper() or w == "." for w in between)


def with_unnamed_actors(
    named: list[_Chunk],
    light: list[_Chunk],
    adjectival: list[Any],
    toks: list[tuple[int, int, str]],
) -> list[_Chunk]:
    """The entities stage's actor chunks plus the light chunker's where no mention overlaps them.

    Round ev172: on real English wire copy (TimeBank, AQUAINT) the entities stage names few
    actors, and a sentence with one mention used to lose every actor the stage did not name:
    "Police seized a car bomb ... in a town bordering Northern Ireland" took Northern Ireland,
    "the Prime Minister applauded Singapore Airlines" had no subject, "Russian officials
    accused Ukraine" lost its subject to the next verb. A light chunk ("Police", "Prime
    Minister", "Catholic protesters") now joins them; a mention wins where both cover a word. A
    chunk that is a country's adjective and actor nouns ("Russian officials", "Iraqi troops")
    stands for that country, as its adjectival mention does in Hindi (रूसी अधिकारियों)."""
    out = list(named)
    for c in light:
        if any(n.first <= c.last and c.first <= n.last for n in named):
            continue
        if c.entity is None and _title_before(c, named, toks) or title_of_person(c, named, toks):
            continue  # "U.S. President Donald Trump": the title's country, dropped on purpose
        if any(m.start == c.start and m.end >= c.end for m in adjectival):
            continue  # "frozen Russian assets": an adjective, no actor
        adj = next((m for m in adjectival if m.start == c.start and m.end < c.end), None)
        nouns = c.text[adj.end - c.start :].split() if adj is not None else []
        if adj is not None and nouns and all(w.lower() in _ACTOR_NOUNS for w in nouns):
            c = _Chunk(c.first, c.last, c.text, c.start, c.end, actor_of(adj))
        out.append(c)
    return sorted(out, key=lambda c: (c.first, c.last))


# "the U.S. president", "the Chinese leader": a country's office holder named before in the
# article. The U.S. forms have no mention of their own (the others resolve through the
# adjectival mention); tuned on set A of tests/test_events_english_wire.py.
_TITLE = re.compile(
    r"\b[Tt]he (?P<adj>U\.S\.|US|American|[A-Z][a-z]+) "
    r"(?P<title>president|leader|premier|prime minister|chancellor)\b"
)
_US_FORMS = frozenset({"U.S.", "US", "American"})


def _titled(
    article: Article, start: int, end: int, toks: list[tuple[int, int, str]]
) -> list[_Chunk]:
    """A chunk for "the U.S. president" resolved to the last person named before the sentence
    with that office and country (none when no such person or several differ)."""
    out = []
    for m in _TITLE.finditer(article.text, start, end):
        adj, title = m.group("adj"), m.group("title")
        a0 = m.start("adj")
        country = "United States" if adj in _US_FORMS else next(
            (
                x.canonical
                for x in article.mentions
                if x.start == a0 and x.type == "COUNTRY" and x.kind == "adjectival"
            ),
            None,
        )
        if not country:
            continue
        people = {
            x.entity_id
            for x in article.mentions
            if x.end <= start
            and x.type == "PERSON"
            and x.entity_id
            and x.affiliation == country
            and (title == "leader" or (x.role or "").lower() == title)
        }
        if len(people) != 1:
            continue
        idx = [k for k, t in enumerate(toks) if t[0] < m.end() and t[1] > m.start()]
        if idx:
            out.append(_Chunk(idx[0], idx[-1], m.group(), m.start(), m.end(), people.pop()))
    return out


# Round en8: words that may stand between a subject pronoun and its verb ("he had also talked")
# (the verb and its partner may stand between: "he had talked with Trump on the telephone")
_PRONOUN_WINDOW = 12  # tokens before the trigger (read on the round's blind reports)
_CLAUSE_BREAKS = frozenset({",", "and", "but", "that", "who", "which", ";", ":", "."})
_OPENING_ADVERBS = frozenset({"later", "earlier", "then", "afterwards", "subsequently"})


def _pronoun_subject(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], first: int
) -> int | None:
    """The token of "He"/"she" that is the subject of the trigger at ``first``: the sentence's
    first word within four tokens of it (``english_clauses.opening_pronoun``), or (round en8) a
    lower-case "he"/"she" after an opening adverbial ("A few hours later he had talked with ..."), in the trigger's own clause and with
    no actor before it; else None."""
    if (opening := opening_pronoun(toks, first)) is not None:
        return opening
    for k in range(first - 1, max(0, first - _PRONOUN_WINDOW - 1), -1):
        word = toks[k][2]
        if word in {"he", "she"}:
            # only right after an opening adverbial of time ("hours later he", "then she"):
            # NGEC's '"...," he warned' and "He added that he was happy about the meeting" have
            # their subject elsewhere (round en19: or with its comma, "A few hours later, he")
            if toks[k - 1 - (k > 1 and toks[k - 1][2] == ",")][2].lower() not in _OPENING_ADVERBS:
                return None
            return None if any(c.first < k for c in chunks) else k
        if word.lower() in _CLAUSE_BREAKS and not (word == "." and "." in toks[k - 1][2]):
            return None  # round en11: "he spoke with U.S. President Trump": an abbreviation's stop
    return None


def _with_at(toks: list[tuple[int, int, str]], chunk: _Chunk) -> int:
    """The token index of "with" (or a speaking verb's "to") before ``chunk``, over its title
    ("with Japanese Prime Minister Fumio Kishida"); -1 when none."""
    k = chunk.first - 1
    while k >= 0 and (toks[k][2][:1].isupper() or toks[k][2] == "."):
        k -= 1
    if k >= 1 and toks[k][2].lower() == "to" and toks[k - 1][2].lower() in _SPEAK_VERBS:
        return k  # round en7: "Xi spoke to US President Donald Trump over the telephone"
    return k if k >= 0 and toks[k][2].lower() == "with" else -1


def _told_at(toks: list[tuple[int, int, str]], chunk: _Chunk) -> int:
    """Round en13: "Xi told U.S. President Donald Trump in a phone call on Wednesday that ...":
    the one told in a call is its partner ("in a"/"during the" right after the name), the
    teller its other participant. The token after "told" (where the teller's verb ends); -1
    when ``chunk`` is no one told in a call."""
    k = chunk.first - 1
    while k >= 0 and (toks[k][2][:1].isupper() or toks[k][2] == "."):
        k -= 1
    if (
        k >= 1 and toks[k][2].lower() in _TOLD and chunk.last + 2 < len(toks)
        and toks[chunk.last + 1][2].lower() in _CALL_PREPS
        and toks[chunk.last + 2][2].lower() in _CALL_DETERMINERS
        and not any(t[2].lower() in _INTERVIEWS for t in toks[chunk.last + 1 : chunk.last + 6])
    ):
        return k + 1
    return -1


# Round en13: verbs whose object is the one spoken to, and the prepositions that open the call a
# told one was told in (English grammar, read on the round's blind report J2).
_TOLD = frozenset({"told", "tells", "assured", "urged", "warned", "reminded"})
_CALL_PREPS = frozenset({"in", "during"})
_CALL_DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its"})
# "told Reuters in a telephone interview": an interview with a reporter is no call of two actors
# (NGEC synthetic stories: agencies became callers)
_INTERVIEWS = frozenset({"interview", "interviews"})


def _with_before(toks: list[tuple[int, int, str]], chunk: _Chunk) -> bool:
    return _with_at(toks, chunk) >= 0


def _fronted_subject(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], partner: _Chunk, first: int,
    at: int | None = None,
) -> list[_Chunk]:
    """The subject of "X spoke with Y by video": X, when one or two lower-case words (the verb)
    stand between X and "with" and at most three words between Y's group and the trigger; none
    otherwise (a headline's "Xi speaks with Trump hours after video call with Putin")."""
    at = _with_at(toks, partner) if at is None else at  # round en13: or after "told"
    earlier = [c for c in chunks if c.last < at]
    if not earlier:
        return []
    verb = [t[2] for t in toks[earlier[-1].last + 1 : at]]
    if verb[:1] == [","] and (head := parenthesised_subject(toks, chunks, at)) is not None:
        # round en13: "Xi Jinping, China's president, spoke to Trump by telephone": the
        # subject stands before its apposition's commas
        earlier, verb = [c for c in chunks if c.last <= head.last], verb[1:]
    tail = [t[2].lower() for t in toks[partner.last + 1 : first]]
    if not 1 <= len(verb) <= 2 or not all(w.islower() for w in verb):
        return []
    if len(tail) > 3 or set(tail) & _SAME_DAY_LINKS:
        return []
    return [c for c in _group(chunks, toks, earlier[-1]) if c.last < at]


def _drop_title_countries(
    chunks: list[_Chunk], types: list[str], toks: list[tuple[int, int, str]]
) -> list[_Chunk]:
    """Without a country named as a title's adjective ("US President Donald Trump": the
    country, a capitalised title, then the person)."""
    out = []
    for k, c in enumerate(chunks):
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        if types[k] == "COUNTRY" and nxt is not None and types[k + 1] == "PERSON":
            between = [t[2] for t in toks[c.last + 1 : nxt.first]]
            if between and all(w[:1].isupper() for w in between) or (
                    of_title_country(toks, c.first, c.last, nxt.first)):  # round en17
                continue
        out.append(c)
    return out


def modal_future(toks: list[tuple[int, int, str]], first: int) -> bool:
    """A future frame just before token ``first`` ("will travel", "plans to", "is set to")."""
    at = frame_start(toks, first)
    words = {t[2].lower() for t in toks[max(0, at - 3) : at]}
    return bool(words & (_FUTURE | _EXPECTED))


def _how(
    toks: list[tuple[int, int, str]], trig: EnglishTrigger, first: int, last: int, limit: int
) -> EnglishTrigger:
    """Talks or a meeting "via video link"/"by phone" take the call's mode (see ``_HOW``)."""
    if trig.type != "CONSULT" or trig.mode not in {"discuss", "meeting"}:
        return trig
    for i in range(last + 1, limit):
        if toks[i][2] == ";":
            break
        for other in english_triggers():
            if other.type == "CONSULT" and other.mode in _HOW and _match(toks, i, other, other.stem):
                return EnglishTrigger(trig.stem, trig.type, other.mode)
    return trig


def _gathering(
    toks: list[tuple[int, int, str]],
    chunks: list[_Chunk],
    trig: EnglishTrigger,
    last: int,
    limit: int,
    mentions: list[Any],
) -> EnglishTrigger:
    """A planned trip "for the APEC summit" is attendance at the summit (see ``_GATHERINGS``)."""
    for i in range(last + 1, limit):
        word = toks[i][2]
        if word == ";":
            break
        ahead = [t[2].lower() for t in toks[i + 1 : min(i + 8, limit)]]
        # round en8: "will travel to Shenzhen in November to attend the APEC summit": the
        # purpose clause of an attendance verb names the gathering as "for" does
        purpose = word.lower() == "to" and i + 1 < limit and toks[i + 1][2].lower().startswith(
            _ATTEND
        )
        if (word.lower() == "for" or purpose) and (
            set(ahead) & _GATHERINGS or "leaders" in ahead and "meeting" in ahead
        ):
            if _summit_with_name(toks, i + 1, limit):
                # round en7: "travel to China in April for a summit with Xi": a meeting with
                # one named host is the visit; attendance is at a gathering of many
                return trig
            return EnglishTrigger(trig.stem, trig.type, "summit")
    return trig


def _summit_with_name(toks: list[tuple[int, int, str]], start: int, limit: int) -> bool:
    """A gathering noun followed by "with" and a capitalised name ("a summit with Xi"), within
    the next eight words from ``start``."""
    for k in range(start, min(start + 8, limit - 2)):
        if toks[k][2].lower() in _GATHERINGS and toks[k + 1][2].lower() == "with":
            return toks[k + 2][2][:1].isupper()
    return False


def _event(
    article: Article,
    si: int,
    s_start: int,
    s_end: int,
    toks: list[tuple[int, int, str]],
    trig: EnglishTrigger,
    first: int,
    last: int,
    source: list[_Chunk],
    target: list[_Chunk],
    dated: list[Any],
    linked: bool,
) -> Event:
    """One English event; its date is the sentence's last date before the trigger (else its
    first), so a dateline "Feb 4" yields to "on Wednesday" where both are given."""
    at = frame_start(toks, first) if trig.mode == "visit" else first
    words = frame_words(toks, at)  # round en16: no "to" of "spoke to Kishida by phone"
    hedged = False
    if words & _NEGATION:
        modality = "denied"
    elif conditional_at(toks, at):
        modality = "possible"  # round ev175: "if it cooperates", "is considering urging"
    elif hedged := bool({t[2] for t in toks[max(0, at - 3) : at]} & _HEDGES):
        modality = "possible"  # round en9: "could visit", "may meet in March" (never happened)
    elif words & _EXPECTED and "to" in words:
        modality = "expected"
    elif words & _FUTURE:
        modality = "planned"
    else:
        modality = "happened"
    type_, mode = trig.type, trig.mode
    if trig.stem.startswith(_OFFERS) and modality == "happened":
        mode, modality = "offer_aid", "proposed"  # proposed until delivered (as in Hindi पेशकश)
    if type_ == "CONSULT" and (modality in {"planned", "expected"} or hedged):
        type_ = "AGREE"  # PLOVER: future meetings, visits and summits are coded AGREE
    t_start, t_end = toks[first][0], toks[last][1]
    before = [t for t in dated if t.end <= t_start]
    timex = before[-1] if before else (dated[0] if dated else None)
    date = date_part(timex.value) if timex else None
    if (
        date
        and modality in {"planned", "expected"}
        and article.dct
        and timex is not None
        and not re.search(r"\d{4}", timex.text)
        and len(date) == 7  # a bare month ("in November"), never "yesterday" or "Tuesday"
        and date[:4].isdigit()
        and date < article.dct[: len(date)]
    ):
        # a plan lies ahead: "will attend ... in November" written in February is next November
        date = str(int(date[:4]) + 1) + date[4:]
    return Event(
        type=type_,
        mode=mode,
        trigger=article.text[t_start:t_end],
        trigger_start=t_start,
        trigger_end=t_end,
        evidence_start=s_start,
        evidence_end=s_end,
        source=[c.entity or f"text:{c.text}" for c in source],
        target=[c.entity or f"text:{c.text}" for c in target],
        date=date,
        date_basis=f"sentence: {timex.text}" if timex else None,
        modality=modality,
        negated=modality == "denied",
        arguments=[Argument("source", c.text, c.start, c.end, c.entity) for c in source]
        + [Argument("target", c.text, c.start, c.end, c.entity) for c in target],
        sentence=si,
        confidence=0.6 if linked else 0.4,
        id=event_id(article.id, t_start),
    )
