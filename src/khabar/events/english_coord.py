"""A second act in the same sentence: a verb phrase joined by "and" to the main act.

Round en7 (issue 13) read "had accepted an invitation ... and would also attend the APEC summit"
(a CONSULT act after "and" + a modal), round en8 "held a video call with Putin on Wednesday and
spoke by telephone with Trump hours later" (a call after "and" alone). Round en10, on four more
wire reports of the seeds' story written blind, added three forms of the same construction:

* a perfect auxiliary after "and" ("had held a video call with the Russian president ..., the
  Kremlin said, and had spoken to Mr Trump by telephone"): "had"/"has"/"have" stand where an
  adverb does;
* a speaking verb whose means comes after its partner ("spoken to Mr Trump by telephone"): the
  call is read at the first "by"/"via"/"over" of the verb's clause, and the partner is the actor
  after the verb's "to" (:func:`spoken_to`), never the second act's own subject;
* a second reported clause ("officials said that Putin would attend the summit in November and
  that Trump planned to visit China in April"): "and that" + an actor opens a clause with its
  own subject, whose CONSULT act is the second act (only an actor named right after "that": a
  pronoun's referent is the speaker as often as the last subject, en7's C1).

English grammar; checked with other leaders, places and gatherings in
tests/test_events_english_wire_en10.py and on plover-gsr and NGEC (docs/events-rounds.md).
"""

from __future__ import annotations

from .english_chunks import _Chunk, _group
from .english_restated import named_again
from .english_senses import resense
from .english_verbs import _match
from .lexicon import EnglishTrigger, english_triggers

Tok = tuple[int, int, str]

# Modes of a call, the act a wire joins to another by "and" alone.
CALL_MODES = frozenset({"video_call", "phone"})
_COORD_MODALS = frozenset({"will", "would", "shall"})
# Words that may stand between "and" and the second verb ("and later", "and then also"; round
# en10: the perfect auxiliary, "and had spoken").
_COORD_ADVERBS = frozenset({"also", "later", "then", "had", "has", "have"})
# verbs of speaking whose "to" introduces the partner as "with" does ("spoke to", "talked to")
SPEAK_VERBS = frozenset(
    {"spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talks", "talking"}
)
_MEANS = frozenset({"by", "via", "over"})
_MEANS_WINDOW = 8  # tokens from the speaking verb to its "by" ("spoken to U.S. President Donald Trump by")
_REPORT_WINDOW = 8  # tokens from the clause's subject to its act ("Trump planned to travel to")


def _means_after(toks: list[Tok], j: int) -> list[int]:
    """Where the call may stand after the speaking verb at ``j``: right after it, or after the
    first "by"/"via"/"over" of its clause ("spoke by telephone", "spoken to Mr Trump by
    telephone")."""
    for k in range(j + 1, min(j + _MEANS_WINDOW, len(toks) - 1)):
        word = toks[k][2].lower()
        if word in {",", ";", "and"}:
            break
        if word in _MEANS:
            return [k, k + 1]
    return [j + 1]


def _trigger_at(
    toks: list[Tok], chunks: list[_Chunk], j: int, calls_only: bool
) -> tuple[EnglishTrigger, int, int] | None | bool:
    """The CONSULT trigger at token ``j`` (a call only, when ``calls_only``), resensed; False
    when none starts there, None when one does but its sense is no act."""
    for trig in english_triggers():
        n = _match(toks, j, trig, trig.stem) if j < len(toks) else 0
        if n and trig.type == "CONSULT" and (not calls_only or trig.mode in CALL_MODES):
            sensed = resense(toks, trig, j, j + n - 1, chunks)
            return (sensed, j, j + n - 1) if sensed is not None else None
    return False


def coordinated(
    toks: list[Tok], chunks: list[_Chunk], last: int
) -> tuple[EnglishTrigger, int, int, int] | None:
    """(trigger, first, last, index of "and") of a CONSULT act coordinated after token
    ``last`` by "and" + modal (+ "also"), of a call by "and" alone, of the act of a second
    "and that" clause, or None."""
    for k in range(last + 1, len(toks) - 2):
        word = toks[k][2].lower()
        if word == ";":
            return None
        if word != "and":
            continue
        if toks[k + 1][2].lower() == "that" and not _one_person_before(toks, chunks, k):
            return _reported(toks, chunks, k)
        if (said := _said_after_and(toks, chunks, k)) is not None:
            return said
        # round en13: ", and he will also attend the summit": the subject's pronoun before the
        # modal changes no subject (a pronoun with no modal is left as before); round en14: so
        # after the subject's own "said (that)" ("accepted the invitation and said he will
        # attend the summit")
        own = toks[k + 1][2].lower() in _OWN_SAYING | {"that"}  # round en16: "and that he will"
        pron = k + 1 + own + (own and toks[k + 2][2].lower() == "that")
        p = pron if pron + 2 < len(toks) and toks[pron][2].lower() in _SAME_SUBJECT and (
            toks[pron + 1][2].lower() in _COORD_MODALS or _be_set_to(toks, pron + 1)) else k
        p = named_again(toks, chunks, k, _COORD_MODALS) or p  # round en17: "and Putin will"
        call = toks[p + 1][2].lower() not in _COORD_MODALS and not _be_set_to(toks, p + 1)
        j = p + 1 if call else p + 2 + 2 * _be_set_to(toks, p + 1)
        while j < len(toks) - 1 and toks[j][2].lower() in _COORD_ADVERBS:
            j += 1
        starts = [j]
        if call and toks[j][2].lower() in SPEAK_VERBS:
            starts += _means_after(toks, j)
        for j in starts:
            hit = _trigger_at(toks, chunks, j, call)
            if hit is not False:
                return (*hit, k) if hit else None  # type: ignore[misc]
        return None
    return None


# Round en15: the planned future of "is scheduled to" after the subject's pronoun, as a modal's
# (English grammar, read on the round's blind markets report: "Putin accepted an invitation ...,
# and he is scheduled to attend the ... summit in November").
_BE = frozenset({"is", "are"})
_SET = frozenset({"scheduled", "set", "due", "expected", "slated"})


def _be_set_to(toks: list[Tok], j: int) -> bool:
    """Whether tokens ``j``.. read "is/are scheduled (set, due, expected, slated) to"."""
    return j + 2 < len(toks) and toks[j][2].lower() in _BE and (
        toks[j + 1][2].lower() in _SET) and toks[j + 2][2].lower() == "to"


def _one_person_before(toks: list[Tok], chunks: list[_Chunk], k: int) -> bool:
    """Round en16: "said Putin has accepted ..., and that he will also attend ...": a pronoun
    after "and that" (token ``k`` the "and") repeats the subject when one person only is named
    before it; "said that Macron met Scholz and that he would visit India" names two, and the
    pronoun is left unread (round en10)."""
    if toks[k + 2][2].lower() not in _SAME_SUBJECT:
        return False
    return len({c.entity for c in chunks if c.last < k and (c.entity or "").startswith(
        ("kb:person/", "name:person:"))}) == 1


# Round en13: subject pronouns that repeat a coordinated act's subject (English grammar, read on
# the round's blind report J1: "accepted an invitation ..., and he will also attend ...").
_SAME_SUBJECT = frozenset({"he", "she", "they"})
# Round en14: the subject's own verbs of saying before that pronoun (English grammar, read on the
# blind report K1: "Putin accepted the invitation with pleasure and said he will attend ...").
_OWN_SAYING = frozenset({"said", "says", "added", "adds"})


# Round en12: a second clause that reports another source's act (", and the Kremlin said Putin
# will attend ..."), the form of a news brief that joins two items of one story in one sentence;
# read on the blind report H2 (tests/test_events_english_wire_en12.py).
_SAYING = frozenset({"said", "says", "announced", "confirmed", "added", "reported"})
_SAYER_REACH = 4  # tokens from "and" to the speaker ("and the Kremlin", "and Russian officials")


def _said_after_and(
    toks: list[Tok], chunks: list[_Chunk], k: int
) -> tuple[EnglishTrigger, int, int, int] | None:
    """The act reported in "and <speaker> said (that) <actor> ..." whose "and" is token ``k``
    (the speaker an actor right after "and", over "the" and a title), as an "and that" clause;
    None when no speaker and verb of saying follow."""
    speaker = next((c for c in chunks if k + 1 <= c.first <= k + _SAYER_REACH), None)
    if speaker is None or any(
        toks[i][2].lower() != "the" and not toks[i][2][:1].isupper()
        for i in range(k + 1, speaker.first)
    ):
        return None
    verb = _group(chunks, toks, speaker)[-1].last + 1
    if verb >= len(toks) - 2 or toks[verb][2].lower() not in _SAYING:
        return None
    hit = _reported(toks, chunks, verb if toks[verb + 1][2].lower() == "that" else verb - 1)
    return (*hit[:3], k) if hit is not None else None


def _reported(
    toks: list[Tok], chunks: list[_Chunk], k: int
) -> tuple[EnglishTrigger, int, int, int] | None:
    """The act of the clause "and that X ..." whose "and" is token ``k``: X an actor right
    after "that" (over its title), the act within a few words of X."""
    subject = next((c for c in chunks if k + 2 <= c.first <= k + 5), None)
    if subject is None or any(not toks[i][2][:1].isupper() for i in range(k + 2, subject.first)):
        return None
    end = _group(chunks, toks, subject)[-1].last
    for j in range(end + 1, min(end + _REPORT_WINDOW, len(toks))):
        if toks[j][2] in {",", ";", "."} or toks[j][2].lower() == "that":
            return None
        hit = _trigger_at(toks, chunks, j, False)
        if hit is not False:
            return (*hit, k) if hit else None  # type: ignore[misc]
    return None


def spoken_to(toks: list[Tok], chunks: list[_Chunk], start: int, end: int) -> list[_Chunk]:
    """The actor after a speaking verb's "to" between tokens ``start`` and ``end`` ("and had
    spoken to Mr Trump by telephone"), with its conjuncts; none otherwise."""
    for k in range(start + 1, min(end, len(toks) - 1)):
        if toks[k][2].lower() == "to" and toks[k - 1][2].lower() in SPEAK_VERBS:
            after = [c for c in chunks if k < c.first <= k + 4 and c.first < end]
            return _group(chunks, toks, after[0]) if after else []
    return []


# Round en10: where a call is told as a noun phrase rather than as the sentence's verb. Both are
# wire analysis forms ("With Taiwan on the agenda of a telephone call between Mr Xi and Donald
# Trump, markets read ...", "In a video call with Vladimir Putin on Wednesday ..., Mr Xi praised
# ..."); English grammar, read on the round's blind reports.
_BETWEEN_GAP = 2  # tokens from the call word to "between" ("a telephone call between")
# Round en11 (a passive report): "was/were held" and a time adverbial may stand between the call
# and "between" ("A video call was held on Wednesday between Xi and Putin"); words only, so a
# comma or a number ends the search as before. English grammar, read on the round's blind reports.
_HELD_GAP = 5  # "was held" + up to three words ("on Wednesday", "late on Tuesday")
_OPENERS = frozenset({"In", "During"})
_OPENING_SPAN = 4  # tokens from "In"/"During" to the call ("In a brief telephone call with")


def between_pair(toks: list[Tok], chunks: list[_Chunk], last: int) -> list[_Chunk]:
    """The participants of "a call/talks between A and B" (the call ending at token ``last``):
    the actor right after "between" with its conjuncts, when they are two or more."""
    gap = _BETWEEN_GAP
    if [t[2].lower() for t in toks[last + 1 : last + 3]] in (["was", "held"], ["were", "held"]):
        gap += _HELD_GAP  # round en11: "A video call was held on Wednesday between A and B"
    for k in range(last + 1, min(last + 1 + gap, len(toks) - 1)):
        if toks[k][2].lower() == "between":
            after = [c for c in chunks if k < c.first <= k + 4]
            pair = _group(chunks, toks, after[0]) if after else []
            return pair if len(pair) > 1 else []
        if not toks[k][2].isalpha():
            break
    return []


def opening_call(toks: list[Tok], chunks: list[_Chunk]) -> tuple[EnglishTrigger, int, int, int] | None:
    """(trigger, first, last, index of the closing comma) of a call that opens the sentence
    in a prepositional phrase ("In a video call with Vladimir Putin on Wednesday, Mr Xi
    praised ..."): the main clause's subject is a participant; its partner follows "with"."""
    if not toks or toks[0][2] not in _OPENERS:
        return None
    comma = next((k for k, t in enumerate(toks) if t[2] in {",", ";"}), None)
    if comma is None:
        return None
    for j in range(1, min(_OPENING_SPAN, comma)):
        hit = _trigger_at(toks, chunks, j, True)
        if hit:
            return (*hit, comma)  # type: ignore[misc]
    return None


# Round en14 (issue 13): a call told in the present progressive or the present perfect with no
# date ("Putin and Xi are holding a video call", "Xi and Trump have spoken by phone": a live
# blog's entries, blind report K4) is on the day of the report (`english.extract_english`); a
# repeated or long-past call ("have spoken by phone several times", "since", "already") is none.
# English grammar; no NGEC synthetic story tells a call so (docs/events-rounds.md, round en14).
_PRESENT_AUX = frozenset({"is", "are", "has", "have"})
_JUST = frozenset({"just", "now"})
_NOT_JUST_NOW = frozenset(
    {"times", "since", "already", "often", "repeatedly", "regularly", "before", "never", "ever",
     "frequently", "not", "n't", "twice", "once"}
)
_AUX_REACH = 4  # tokens from the auxiliary to the call ("are holding a video call")


def just_now(toks: list[Tok], mode: str | None, modality: str, first: int) -> bool:
    """A call (``mode``) that happened, told by a present auxiliary, an optional "just"/"now"
    and a participle ("are holding", "have spoken") right before its trigger at token
    ``first``, with no word of repetition in the sentence."""
    if mode not in CALL_MODES or modality != "happened":
        return False
    if {t[2].lower() for t in toks} & _NOT_JUST_NOW:
        return False
    for k in range(max(0, first - _AUX_REACH), first):
        if toks[k][2].lower() not in _PRESENT_AUX:
            continue
        j = k + 1
        while j < first and toks[j][2].lower() in _JUST:
            j += 1
        verb = toks[j][2].lower() if j < len(toks) else ""
        participle = verb.endswith("ing") if toks[k][2].lower() in {"is", "are"} else (
            verb in SPEAK_VERBS or verb in {"held", "had"})
        if participle and j <= first:
            return True
    return False
