"""Who said what: Hindi quotes with speaker, cue, content and kind.

Hindi news attributes speech with a small set of cues: "X ने कहा कि …", "X ने कहा, …" (often
first-person speech without quotation marks), "X ने बताया कि …", "X ने लिखा कि …", "X के मुताबिक
…", "X के अनुसार …", "X ने … पर जोर दिया कि …", "X ने इसकी पुष्टि की", and the impersonal "कहा जा
रहा है कि …" (no speaker). The speaker is the ने-marked (or possessor-marked) noun phrase before
the cue; a pronoun (उन्होंने) is the last speaker named; "और यह भी बताया कि" continues the
previous speaker. Content runs from the cue to the end of the sentence or to the next cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ..model import Mention, Quote
from .clause import PRONOUNS, DocContext, SentenceView, Unit, actor_of
from .reporting_bodies import passive_reporter

_SPEECH = frozenset({"कहा", "बताया", "लिखा", "कहना"})
_ACCORDING = frozenset({"के मुताबिक", "के अनुसार"})
# The first words of _ACCORDING: a set test before the pair's string is built for every token.
_ACCORDING_FIRST = frozenset(a.split()[0] for a in _ACCORDING)
_CUE_FIRST = _SPEECH | _ACCORDING_FIRST | {"पुष्टि", "जोर"}  # the first words of all four kinds
_FIRST_PERSON = frozenset({"मैं", "हम", "हमारे", "हमारी", "हमारा", "मुझे", "मेरा", "मेरी", "मेरे"})
# The ids of a person, named in the knowledge base or by a name it does not hold
PERSON_IDS = ("kb:person/", "name:person:")
_OPEN_QUOTES = frozenset({"“", '"', "‘", "'"})
_AUX = frozenset({"था", "थी", "थे", "है", "हैं", "गया", "गई"})
_AUX_OR_ASPECT = _AUX | {"जा", "रहा", "रही", "रहे", "भी"}  # skipped after a cue (union built once)


@dataclass
class _Cue:
    first: int
    last: int  # token index of the last cue token
    kind: str  # speech, according, confirm, emphasis


def _cues(sv: SentenceView) -> list[_Cue]:
    out: list[_Cue] = []
    if _CUE_FIRST.isdisjoint(sv.words):
        return out  # no word that opens a cue (round sc47)
    toks = sv.texts  # read once for the sentence (round sp9; in C since round sc53)
    # only a cue's first word can open one: visit those
    for i in compress(range(len(toks)), map(_CUE_FIRST.__contains__, toks)):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in _SPEECH:
            out.append(_Cue(i, i, "speech"))
        elif t in _ACCORDING_FIRST and f"{t} {nxt}" in _ACCORDING:
            out.append(_Cue(i, i + 1, "according"))
        elif t == "पुष्टि" and nxt in {"की", "किया", "करते", "करती", "कर"}:
            out.append(_Cue(i, i + 1, "confirm"))
        elif t == "जोर" and nxt in {"दिया", "देते", "देकर"}:
            out.append(_Cue(i, i + 1, "emphasis"))
    return out


def _content_start(sv: SentenceView, cue: _Cue) -> tuple[int, bool] | None:
    """Token index where the quoted content starts and whether a comma introduced it."""
    toks = sv.texts
    j = cue.last + 1
    while j < len(toks) and toks[j] in _AUX_OR_ASPECT:
        j += 1
    if j < len(toks) and toks[j] == "कि":
        return j + 1, False
    if j < len(toks) and toks[j] in {",", ":"}:
        return j + 1, True
    if j < len(toks) and toks[j] in _OPEN_QUOTES:
        return j, True
    return None


def _speaker_unit(sv: SentenceView, cue: _Cue, start: int) -> Unit | None:
    best = None
    for u in sv.units:
        if u.first < start or u.last >= cue.first:
            continue
        if (
            cue.kind == "according"
            and u.marker_end == cue.first
            and u.marker in {"के", "के मुताबिक", "के अनुसार"}
        ):
            return u
        if u.marker == "ने" or (
            cue.kind == "speech"
            and u.marker in {"का", "की"}
            and sv.tokens[cue.first].text == "कहना"
        ):
            best = u
        elif cue.kind == "speech" and passive_reporter(sv, u):
            # "गृहमंत्रालय की ओर से … बताया गया है कि हमने …": the body briefing in the passive
            # speaks, its "हम" in the sentences after it is its own (round ev194)
            best = u
    return best


def _speaker_mention(unit: Unit) -> Mention | None:
    people = [m for m in unit.mentions if m.type in {"PERSON", "ORGANIZATION", "GROUP"}]
    found = people or unit.mentions
    return found[0] if found else None


def extract_quotes(sv: SentenceView, ctx: DocContext) -> list[Quote]:
    """Quotes of one sentence; ``ctx`` gives the last speaker for pronouns and continuations."""
    toks = sv.tokens
    quotes: list[Quote] = []
    cues = _cues(sv)
    window = 0
    for n, cue in enumerate(cues):
        before = [t.text for t in toks[max(0, cue.first - 3) : cue.first]]
        impersonal = (
            cue.kind == "speech" and cue.last + 1 < len(toks) and toks[cue.last + 1].text == "जा"
        )
        if cue.kind == "according":
            content = (cue.last + 1, False)
        elif cue.kind == "confirm":
            content = (0, False)
        else:
            found = _content_start(sv, cue)
            if found is None:
                continue
            content = found
        c_start = content[0]
        c_end = len(toks) - 1
        if n + 1 < len(cues):  # content stops before a following cue's clause ", और यह भी बताया"
            nxt = cues[n + 1]
            for k in range(c_start, nxt.first):
                if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text == "और":
                    c_end = k - 1
                    break
        while c_end > c_start and toks[c_end].text in {"।", ".", "”", '"', "'", "’"}:
            c_end -= 1
        if c_end < c_start:
            continue
        speaker_id = speaker_text = None
        speaker_span: tuple[int | None, int | None] = (None, None)
        unit = None if impersonal else _speaker_unit(sv, cue, window)
        continues = bool(quotes) and (before[-2:] == ["यह", "भी"] or before[-1:] == ["और"])
        if continues:
            unit = None
        if unit is not None and unit.anaphor and toks[unit.first].text in PRONOUNS:
            if ctx.last_speaker is not None:
                speaker_id = ctx.last_speaker_actor
                speaker_text = toks[unit.first].text
                speaker_span = (toks[unit.first].start, toks[unit.last].end)
                if unit.actors == [actor_of(ctx.last_speaker)] and not (
                    ctx.last_speaker_at[0] < ctx.unnamed_at < sv.index
                ):
                    # "उन्होंने कहा, ‘‘…" of the speaker named before: the same speaker speaks
                    # again here, so the first person after it is theirs from this sentence on
                    # (round ev186: a quote's "कई देशों ने …" had cut China's spokesman off);
                    # not after an agent nobody names ("एक … अधिकारी ने … । उन्होंने कहा")
                    ctx.last_speaker_at = (sv.index, sv.end)
            elif (
                len(unit.actors) == 1
                and unit.actors[0].startswith(PERSON_IDS)
                and ctx.unnamed_at < ctx.named_at
            ):
                # no speaker quoted before: "उन्होंने कहा …" of the person the sentences before
                # named as an agent ("आज प्रधानमंत्री नरेंद्र मोदी ने देश से सीधा संवाद किया ।
                # उन्होंने कहा कि …", "जिलाधिकारी विपिन इटनकर ने … यह जानकारी दी । … उन्होंने
                # कहा, ‘‘…") makes him the speaker, at the pronoun, whose "मैं"/"हम" goes on in
                # the sentences after it (round ev194); a group ("अधिकारियों ने … दी है ।
                # उन्होंने बताया कि …") speaks as no "मैं" and is left out
                said = Mention(
                    toks[unit.first].start,
                    toks[unit.last].end,
                    sv.text_of(unit.first, unit.last),
                    "PERSON",
                    entity_id=unit.actors[0],
                )
                speaker_id, speaker_text = unit.actors[0], said.text
                speaker_span = (said.start, said.end)
                ctx.last_speaker, ctx.last_speaker_actor = said, said.entity_id
                ctx.last_speaker_at = (sv.index, sv.end)
        elif unit is not None:
            m = _speaker_mention(unit)
            if m is not None:
                speaker_id = m.entity_id
                speaker_text = sv.text_of(unit.first, unit.last)
                speaker_span = (toks[unit.first].start, toks[unit.last].end)
                ctx.last_speaker, ctx.last_speaker_actor = m, m.entity_id
                ctx.last_speaker_at = (sv.index, sv.end)
        elif continues:
            prev = quotes[-1]
            speaker_id, speaker_text = prev.speaker, prev.speaker_text
        elif cue.kind == "according" and cue.first > window:
            # "रूसी ट्रांसलेशन के मुताबिक": a source that is no entity; keep its words, no speaker
            first = max(window, cue.first - 3)
            speaker_text = sv.text_of(first, cue.first - 1)
            speaker_span = (toks[first].start, toks[cue.first - 1].end)
        elif not impersonal:
            continue  # no speaker and not impersonal: a cue without attribution, not a quote
        head = [t.text for t in toks[c_start : c_start + 2]]
        if cue.kind == "confirm":
            kind = "confirmation"
        elif content[1] or any(h in _FIRST_PERSON | _OPEN_QUOTES for h in head):
            kind = "direct"
        else:
            kind = "indirect"
        cue_text = " ".join(t.text for t in toks[cue.first : cue.last + 1])
        quotes.append(
            Quote(
                start=toks[c_start].start,
                end=toks[c_end].end,
                cue=cue_text,
                cue_start=toks[cue.first].start,
                cue_end=toks[cue.last].end,
                kind=kind,
                speaker=speaker_id,
                speaker_text=speaker_text,
                speaker_start=speaker_span[0],
                speaker_end=speaker_span[1],
                sentence=sv.index,
            )
        )
        window = cue.last + 1
    return quotes
