"""A restriction's extension asked for in a reported statement with no demand verb of its own.

Why a module of its own: chief ministers quoted after a meeting with the prime minister ask for
the lockdown to go on in their own words, with no demand verb that the trigger lexicon reads:
"गोवा के मुख्यमंत्री प्रमोद सावंत ने कहा, '… लॉकडाउन जो तीन मई को खत्म हो रहा है उसे और आगे तक
के लिए बढ़ाना चाहिए'", "मेघालय के मुख्यमंत्री कोनराड संगमा ने कहा, 'प्रधानमंत्री … के साथ वीडियो
कॉन्फ्रेंस में हमने लॉकडाउन बढ़ाने की बात कही …'". The dev gold's rules code speech by what it
does (a demand -> REQUEST, the asking happened); the tuning pool POOL_X codes these core
REQUESTs, and the extractor left them: the passive or subjectless "चाहिए" binds nobody
(:func:`khabar.events.addressees.ought_addressee` wants a को-dative and a कि), and "की बात कही"
is plain reporting. Round rq1 (issue 13) reads the narrow construction: a quote with a known
speaker whose content holds a restriction (लॉकडाउन, कर्फ्यू, पूर्णबंदी), then its extension's verb
(बढ़ाना, जारी रखना), then a plea: the infinitive with "चाहिए" (active or passive), or the
speaker's own "मैंने/हमने … बढ़ाने की मांग/बात/अनुरोध". Opinions about how things should be
are left: the rule needs the restriction, its extension and the plea in one clause, no second
कि (a view reported of others: "कुछ लोग … बात कर रहे हैं कि … किया जाना चाहिए"), no purpose
or condition before the plea, no negation and no "चाहिए था" (a criticism of the past). The
source is the quote's speaker (:mod:`khabar.events.quotes`), named in the sentence (a pronoun's
last speaker quoted may be someone else); the target the authority the speech names with "से"
or "के साथ" before the plea, else the Centre (inferred) when a chief minister speaks, else none.
Counts on the 280 allowed corpus day files: docs/events-rounds.md, round rq1.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Argument, Article, Event, Quote
from .centre_asked import ask_centre
from .clause import PARTICLES, PRONOUNS, SentenceView, is_place, unit_actors
from .ids import event_id

# The restriction extended (tuned on the 280 allowed corpus day files, round rq1)
_MEASURES = frozenset({"लॉकडाउन", "लाकडाउन", "लॉकडॉउन", "कर्फ्यू", "पूर्णबंदी"})
_TWO_WORD = ("लॉक", "डाउन")  # "लॉक डाउन" written as two words
# The extension's verb: the infinitive (plain and oblique) and the perfect participle of
# बढ़ाना (to extend; never the intransitive बढ़ना, "मामले बढ़ रहे हैं"), and "जारी रखना"
_EXTEND_STEMS = ("बढ़ा", "बढा")
_EXTEND_ENDS = frozenset({"ना", "ने", "या", "यी", "ई", "ए", "ये"})
_CONTINUE = "जारी"
_KEEP = frozenset({"रखना", "रखने", "रखा", "रखी", "रखे"})
_OUGHT = frozenset({"चाहिए", "चाहिये", "चाहिएं"})
_PASSIVE_INFINITIVE = frozenset({"जाना", "जानी", "जाने"})
# "… बढ़ाने की मांग/बात/…": the speaker's own plea, said in the first person
_PLEA_NOUNS = frozenset({"मांग", "अनुरोध", "आग्रह", "बात"})
_FIRST_PERSON = frozenset({"मैंने", "हमने", "मैं", "हम"})
# Words between the restriction and the plea that make it something else: a negation, a
# purpose, a condition, another reported clause
_NOT_A_PLEA = frozenset({"नहीं", "न", "ना", "ताकि", "अगर", "यदि", "कि", "वरना"})
_PAST = frozenset({"था", "थी", "थे"})  # "बढ़ाना चाहिए था": a criticism, not a plea
_REACH = 16  # tokens from the restriction to its extension's verb (the Goa quote: 15)
_STOPS = frozenset({"।", "॥", "?", "!", "|"})
_SPEECH_CUES = frozenset({"कहा", "कहना", "बताया"})
_ADDRESS_MARKERS = frozenset({"से", "के साथ"})
# A state's head: with no addressee named, the Centre is whom one asks to extend the lockdown,
# as the states asking together ask it (:mod:`khabar.events.centre_asked`); the tuning pool
# POOL_X codes the Goa chief minister's plea so (the Government of India, inferred)
_HEADS = frozenset({"मुख्यमंत्री", "सीएम"})


def _norm(word: str) -> str:
    """ढ़ as ढ + nukta, the form of the stems: the corpus writes it so and as one code point."""
    return word.replace("\u095d", "\u0922\u093c")


def _extends(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` is the extension's verb (बढ़ाना's forms, "जारी रखना")."""
    w = _norm(words[k])
    if any(w.startswith(s) and w[len(s) :] in _EXTEND_ENDS for s in _EXTEND_STEMS):
        return True
    return w in _KEEP and k > 0 and words[k - 1] == _CONTINUE


def _plea_after(words: list[str], k: int, first_person: bool) -> int | None:
    """The index of the plea's last word right after the extension's verb at ``k``: "बढ़ाना
    चाहिए", "बढ़ाया जाना चाहिए", "(मैंने/हमने) … बढ़ाने की मांग/बात"; None where there is none."""
    j = k + 1
    while j < len(words) and words[j] in PARTICLES:
        j += 1
    if j < len(words) and words[j] in _PASSIVE_INFINITIVE:
        j += 1  # "बढ़ाया जाना चाहिए"
    if j < len(words) and words[j] in _OUGHT:
        if j + 1 < len(words) and words[j + 1] in _PAST:
            return None
        return j
    plea = j + 1 < len(words) and words[j] in {"की", "का"} and words[j + 1] in _PLEA_NOUNS
    return j + 1 if plea and first_person else None


def _restriction(words: list[str], k: int) -> bool:
    return words[k] in _MEASURES or (k + 1 < len(words) and (words[k], words[k + 1]) == _TWO_WORD)


def _plea(sv: SentenceView, first: int) -> tuple[int, int, int] | None:
    """The token indices of the restriction, its extension's verb and the plea's last word in
    the content from ``first`` on."""
    words = [t.text for t in sv.tokens]
    end = next((j for j in range(first, len(words)) if words[j] in _STOPS), len(words))
    for m in range(first, end):
        if not _restriction(words, m):
            continue
        if "कि" in words[first + 1 : m]:
            break  # "… बात कर रहे हैं कि … लॉकडाउन …": a view reported of others
        for k in range(m + 1, min(end, m + _REACH + 1)):
            if words[k] in _NOT_A_PLEA:
                break
            if not _extends(words, k):
                continue
            first_person = not _FIRST_PERSON.isdisjoint(words[first:m])
            last = _plea_after(words[:end], k, first_person)
            if last is not None:
                return m, k, last
            break
    return None


def _addressee(sv: SentenceView, first: int, before: int) -> tuple[list[str], list[Argument]]:
    """The authority the speech names before the plea: a "से" or "के साथ" phrase of actors."""
    for u in sv.units:
        if first <= u.first and u.last < before and u.marker in _ADDRESS_MARKERS:
            actors = unit_actors(u)
            if actors and not is_place(u):
                toks = sv.tokens
                text = sv.text_of(u.first, u.last)
                at = (toks[u.first].start, toks[u.last].end)
                return actors, [Argument("target", text, at[0], at[1], a) for a in actors]
    return [], []


def _chief_minister(sv: SentenceView, q: Quote) -> bool:
    """Whether the speaker is named with a state's head's title ("गोवा के मुख्यमंत्री प्रमोद
    सावंत ने कहा"): the title, or the title right before the name."""
    first = next((j for j, t in enumerate(sv.tokens) if t.start == q.speaker_start), None)
    if first is None:
        return False
    words = [_plain(t.text) for t in sv.tokens[max(0, first - 1) : first + 1]]
    return not _HEADS.isdisjoint(words)


def _plain(word: str) -> str:
    return word.replace("\u200d", "").replace("\u200c", "")


def quoted_pleas(
    article: Article, views: list[SentenceView], quotes: Iterable[Quote], events: list[Event]
) -> list[Event]:
    """The REQUEST events of quotes that ask for a restriction's extension with no demand verb
    the extractor read: one per sentence, where the sentence has no REQUEST yet."""
    asked = {e.sentence for e in events if e.type == "REQUEST"}
    by_index = {sv.index: sv for sv in views}
    found: list[Event] = []
    for q in quotes:
        sv = by_index.get(q.sentence) if q.sentence is not None else None
        if sv is None or sv.index in asked or not q.speaker or q.kind == "confirmation":
            continue
        if q.speaker_text in PRONOUNS:
            continue  # "उन्होंने कहा, '…'": the last speaker quoted is not always who speaks
        if q.cue.split()[0] not in _SPEECH_CUES:
            continue
        first = next((j for j, t in enumerate(sv.tokens) if t.start >= q.cue_end), None)
        if first is None or (hit := _plea(sv, first)) is None:
            continue
        m, k, last = hit
        toks = sv.tokens
        target, args = _addressee(sv, first, m)
        start = toks[k - 1].start if toks[k].text in _KEEP else toks[k].start  # "जारी रखना"
        at = (q.speaker_start or q.cue_start, q.speaker_end or q.cue_end)
        speaker = Argument("source", q.speaker_text or "", at[0], at[1], q.speaker)
        ev = Event(
            type="REQUEST",
            mode="request",
            trigger=article.text[start : toks[last].end],
            trigger_start=start,
            trigger_end=toks[last].end,
            evidence_start=sv.start,
            evidence_end=sv.end,
            source=[q.speaker],
            target=target,
            modality="happened",
            arguments=[speaker, *args],
            sentence=sv.index,
            confidence=0.55,
            id=event_id(article.id, start),
        )
        if not target and _chief_minister(sv, q):
            ask_centre(ev)  # whom a state's head asks to extend the lockdown: the Centre
        found.append(ev)
        asked.add(sv.index)
    return found
