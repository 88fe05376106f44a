"""Actor phrases cut across a clause edge: a discourse opener, a clause's verb or a time adverb
taken into an unresolved ``text:`` actor.

Why a module of its own (round nm16, issue 13): a source or target the parser took from the
words before a trigger sometimes starts inside the previous clause or runs into the next one:
"ऐसे मे केंद्र ने … निर्देश दिया" (the opener "ऐसे में", "so"), "इसके अलावा कार्यलयों को …"
("besides"), "जापान से आए एक योग साधक को …" (the participle of the relative clause), "व्यक्ति
जिन लोगों के साथ संपर्क में आया सभी को आइसोलेट" (the relative clause's own verb), "आए दिन किसी
ना किसी की मदद" (the idiom "आए दिन", "every other day"), "स्कूल अभी … बंद रहेगा" (the time adverb
"अभी"). Such an id has no English name and the product showed the raw Hindi words. The words at
the edge are no part of the party, so they are cut off the phrase (its argument keeps its
evidence: the offsets shrink to the words kept); what is left is the party ("केंद्र", "कार्यलयों",
"एक योग साधक", "स्कूल"), or, when what is left is only a quantifier, an indefinite or a pronoun
with its postposition ("सभी", "किसी ना किसी", "उसके आसपास"), no party at all, and the slot is
emptied (an honest empty slot beats junk; the event keeps its other parties).
:func:`khabar.events.stage.analyse` calls :func:`trim_junk_edges` before the unnamed targets are
dropped and the actors are named, so that the trimmed phrase is named like any other.

Only unresolved phrase actors (``text:`` ids) are looked at: a KB entity or a dictionary actor is
never changed.
"""

from __future__ import annotations

from ..model import Event

# Word sequences that open a clause, never a party, as the first words of an actor phrase.
# Tuned on the 280 allowed corpus day files at main f34e2305: 4 actor ids start with one of them
# ("ऐसे मे केंद्र", "इसके अलावा कार्यलयों", "आए एक योग साधक", "आए दिन किसी ना किसी"), none a party's
# name; "आने वाले" ("आने वाले शिकायत") is a participle of the phrase itself and not listed.
_OPENERS: tuple[tuple[str, ...], ...] = (
    ("ऐसे", "में"),
    ("ऐसे", "मे"),
    ("इसके", "अलावा"),
    ("आए", "दिन"),
    ("आया",),
    ("आए",),
)
# "आई" is not listed: it is also the letter I of a block's name ("जी, एच और आई ब्लॉक").

# Words that close a clause, never a party, as the last word of an actor phrase: the time adverb
# "अभी" ("स्कूल अभी … बंद रहेगा"; 1 actor id on the allowed files).
_CLOSERS = frozenset(["अभी"])

# A phrase made only of these words names no party: a quantifier ("सभी"), an indefinite ("किसी
# ना किसी") or a pronoun with a postposition ("उसके आसपास"). 3 actor ids on the allowed files.
_NO_PARTY_WORDS = frozenset(["सभी", "किसी", "ना", "न", "उसके", "इसके", "आसपास"])


def _kept_words(words: list[str]) -> tuple[int, int]:
    """The index range of the words left after the clause edges are cut off."""
    lo, hi = 0, len(words)
    for opener in _OPENERS:
        if tuple(words[: len(opener)]) == opener:
            lo = len(opener)
            break
    while hi > lo and words[hi - 1] in _CLOSERS:
        hi -= 1
    return lo, hi


def _trimmed(phrase: str) -> str | None:
    """The phrase with its clause edges cut off; "" when no party is left; None when unchanged."""
    words = phrase.split()
    lo, hi = _kept_words(words)
    if (lo, hi) == (0, len(words)):
        # a pronoun with its postposition alone ("उसके आसपास"): no party, though no edge was cut
        return "" if len(words) > 1 and all(w in _NO_PARTY_WORDS for w in words) else None
    kept = words[lo:hi]
    if not kept or all(w in _NO_PARTY_WORDS for w in kept):
        return ""
    return " ".join(kept)


def trim_junk_edges(events: list[Event]) -> None:
    """Cut the clause edges off each event's unresolved actor phrases, or empty the slot when no
    party is left (module docstring); events are changed in place, never dropped."""
    for ev in events:
        renamed: dict[str, str] = {}
        for ident in [*ev.source, *ev.target]:
            if not ident.startswith("text:") or ident in renamed:
                continue
            rest = _trimmed(ident[5:])
            if rest is not None:
                renamed[ident] = f"text:{rest}" if rest else ""
        if not renamed:
            continue
        for arg in ev.arguments:
            new = renamed.get(arg.entity_id or "")
            if new:
                rest = new[5:]
                at = arg.text.find(rest)
                if at < 0:  # the phrase's words are spaced otherwise: keep the whole evidence
                    at, rest = 0, arg.text
                arg.start, arg.end, arg.text = arg.start + at, arg.start + at + len(rest), rest
                arg.entity_id = new
        ev.arguments = [a for a in ev.arguments if renamed.get(a.entity_id or "") != ""]
        ev.source = list(dict.fromkeys(renamed.get(i, i) for i in ev.source if renamed.get(i, i)))
        ev.target = [
            t
            for t in dict.fromkeys(renamed.get(i, i) for i in ev.target if renamed.get(i, i))
            if t not in ev.source
        ]
        for old, new in renamed.items():
            code = ev.codes.pop(old, None)
            if new and code is not None:
                ev.codes[new] = code
