"""The one person a report introduced, as the antecedent of a measure's singular pronoun.

Why: Hindi reports of a case introduce the person once with "एक" (a, one) or a demonstrative
and then tell what was done to them a few sentences on with "उसे" ("लेह में सेना का 34 वर्षीय
एक जवान … संक्रमित पाया गया है. … मामला है. सात मार्च को उसे बाकियों से पृथक कर दिया गया था";
"यहां एक दवाई दुकानदार ही अपने … लक्षण को छिपा कर … । मामले के उजागर होते ही प्रशासन में
हड़कंप मच गया । आनन-फानन में उसे गिरफ्तार कर लिया गया है"). The gold names that person as the
target of the quarantine or the arrest. :mod:`.anaphora` reads only two sentences back and takes
only the people nouns the glossary knows, with the number the glossary gives them ("दुकानदार"
traders), so such pronouns stayed open. This pass runs after it, for a singular object
pronoun it left open, of a measure on people only (quarantine, arrest, charge, release …): it
walks back at most :data:`_BACK` sentences, stops at the first sentence that names any person or
group, and takes it only where that is one person introduced ("एक <modifiers> <people noun>",
"यह/उक्त <people noun>") and nobody else, or, past anaphora's two sentences, the one person
alone named there; an owner ("एक बुजुर्ग के संपर्क में आए …") is no introduction, and two
sentences passed that speak of something else end the walk. Round tg6 (issue 13).
"""

from __future__ import annotations

from ..model import Argument, Event
from .anaphora import _SAME_ONE, _candidates, people_head
from .clause import SentenceView, Token
from .gloss import gloss

# Measures whose object is a person, never a place or a thing (seal, close, cancel take those).
_ON_PEOPLE = frozenset(
    {"quarantine", "arrest", "charge", "surveillance", "screen", "legal_action", "fine", "release"}
)
# Singular object pronouns; the genitive "उसके" more often owns a thing ("उसके सैंपल").
_SINGULAR_OBJECTS = frozenset({"उसे", "उसको", "इसे", "इसको"})
# Sentences back, the pronoun's own not counted: the introduction, a sentence of what the person
# did, one of how it came out, then the measure ("… एक जवान … पाया गया है. … पहला मामला है. …
# उसे … पृथक"); tuned on the 280 allowed corpus day files (round tg6): 3 pronouns filled, all
# right, one of them (the Lucknow suspected patient) four sentences back.
_BACK = 4
# Sentences between that may speak of something else (neither naming anyone nor saying "वह",
# "उसे", "उसमें" …): one ("… एक जवान … । … यह पहला मामला है । … उसे … पृथक"); two mean the story
# has moved on, as round ev104 decided for anaphora's own chain (tests/test_events_targets15.py).
_OTHER = 1
_HIM = _SAME_ONE | {"उसमें"}
# Sentences back :mod:`.anaphora` reads: past them, one person alone named in the nearest
# sentence that names anyone is taken as it would have been within them.
_ANAPHORA_BACK = 2
# Words that introduce one person: the numeral "एक" and the demonstratives of one.
_ONE = frozenset({"एक", "यह", "उक्त"})
# Modifiers between the introducing word and the noun, at most ("एक 76 वर्षीय बुजुर्ग").
_MODIFIERS = 3
# Words no modifier of a noun phrase is: case markers, conjunctions, verbs of being.
_BREAKS = frozenset(
    {"के", "की", "का", "में", "से", "को", "ने", "पर", "और", "व", "या", "है", "हैं", "था", "थे", "थी"}
)
# People nouns of the news the glossary does not list as people, with their English ("34 वर्षीय
# एक जवान": the army's man; "आरोपित": the accused).
_MORE_PEOPLE = {"जवान": "soldier", "आरोपित": "accused", "डॉक्टर": "doctor", "सिपाही": "constable"}


def introduced_antecedents(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each measure on people whose target is still a singular object pronoun with no
    actor the one person introduced before it (see the module's docstring); events are changed
    in place, a ``target_antecedent`` argument keeping the antecedent's words and offsets."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if ev.target or ev.mode not in _ON_PEOPLE or ev.sentence is None:
            continue
        arg = next(
            (
                a
                for a in ev.arguments
                if a.role == "target" and a.entity_id is None and a.text in _SINGULAR_OBJECTS
            ),
            None,
        )
        own = by_index.get(ev.sentence)
        if arg is None or own is None:
            continue
        if any(c.end <= arg.start for c in _candidates(own, events, text, False)):
            continue  # someone named before it in its own sentence: anaphora's call
        found = _introduced_before(ev.sentence, by_index, events, text)
        if found is None:
            continue
        start, end, en = found
        ident = f"text:{text[start:end]}"
        arg.entity_id, arg.en = ident, en
        ev.arguments.append(Argument("target_antecedent", text[start:end], start, end, ident, en))
        ev.target.append(ident)


def _introduced_before(
    index: int, views: dict[int, SentenceView], events: list[Event], text: str
) -> tuple[int, int, str] | None:
    """The span and English of the one person introduced in the nearest sentence before
    ``index`` that names anyone, within :data:`_BACK`; None when that sentence names someone
    else too, nobody is named within reach, or more than :data:`_OTHER` sentences passed speak
    neither of anyone nor of "him"."""
    other = 0  # sentences passed that name nobody and speak of no "him" either
    for k in range(index - 1, index - _BACK - 1, -1):
        sv = views.get(k)
        if sv is None:
            return None
        named = _candidates(sv, events, text, True)
        intros = _introductions(sv)
        if not named and not intros:
            other += not _HIM & sv.words
            if other > _OTHER:
                return None  # the story has moved on ("बाजार में भीड़ … । गांव में सफाई …")
            continue
        if (
            not intros
            and k < index - _ANAPHORA_BACK
            and len(named) == 1
            and named[0].plural is not True
        ):
            return named[0].start, named[0].end, named[0].en or gloss(named[0].text) or ""
        if len(intros) != 1:
            return None
        start, end, en = intros[0]
        if any(not (c.start < end and start < c.end) for c in named):
            return None  # someone else named there too: which one is meant is not said
        return intros[0]
    return None


def _introductions(sv: SentenceView) -> list[tuple[int, int, str]]:
    """Phrases of one person in a sentence: an introducing word, at most :data:`_MODIFIERS`
    modifiers and a people noun that ends the phrase (no genitive after it: an owner is no
    introduction); their spans and English ("एक दवाई दुकानदार": one medicine trader)."""
    toks = sv.tokens
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        en = _person_noun(tok)
        if en is None:
            continue
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if nxt in {"के", "की", "का"} or people_head([nxt]) is not None:
            continue
        first = next(
            (j for j in range(i - 1, max(-1, i - _MODIFIERS - 2), -1) if toks[j].text in _ONE),
            None,
        )
        if first is None or any(t.text in _BREAKS for t in toks[first + 1 : i]):
            continue
        words = " ".join(t.text for t in toks[first : i + 1])
        named = gloss(words) if tok.text not in _MORE_PEOPLE else None
        out.append((toks[first].start, tok.end, named or en))
    return out


def _person_noun(tok: Token) -> str | None:
    """The English of a noun of one person: a people noun of the glossary, or one of
    :data:`_MORE_PEOPLE`."""
    if tok.text in _MORE_PEOPLE:
        return _MORE_PEOPLE[tok.text]
    return people_head([tok.text])
