"""A name's own quotes, closed before its postposition ("'गो एयर' ने").

Why a module of its own: :mod:`khabar.events.clause` reads a unit's postposition right after its
mention (particles skipped), so a name the entities stage tagged but an outlet wrote in quotes lost
its case: "'गो एयर' ने … अपनी सभी उड़ानें रद्द करने की घोषणा की है" died "no agent" although its
agent stands named (round rv39, issue 13: the "no agent" drops with a ने-agent of the 280 allowed
corpus day files, read by kind). The unit keeps its span (its evidence is the name); only where
its postposition is read moves past the closing quote, and only for quotes around the whole name:
a quoted phrase that merely ends in a name ("'मेड इन इंडिया' को") takes the case as a phrase.
An honorific "जी" after a person's name ("नरेंद्र मोदी जी ने … अपील की थी") was tried the same way
and not kept: of its 3 changes on the files 1 was right; "मुझे … हेब्बाले जी ने लिखा है" made the
writer the speaker of the next "मैंने … बात की" of a Prime Minister's address.
"""

from __future__ import annotations

from ..wordtokens import Token

# Quote pairs, closer to opener: a closer after the mention counts only when its opener stands
# right before the mention. On the 280 allowed corpus day files a closing quote stands before a
# postposition 80 times, before ने 3 times ("'गो एयर' ने", "'ट्रिब्यून' ने", "'नईदुनिया' ने")
_PAIRS = {"'": "'", "’": "‘", "”": "“", '"': '"'}
OPENERS = frozenset({"'", "‘", "“", '"'})
CLOSERS = frozenset(_PAIRS)
# what a sentence must hold for the reading to be tried at all (most hold none of it)
WORDS = CLOSERS


def past_closer(tokens: list[Token], first: int, after: int) -> int:
    """The index where the postposition of a unit spanning ``first`` to ``after - 1`` is read:
    past the closing quote of quotes around the whole name, else ``after`` itself."""
    if after >= len(tokens):
        return after
    word = tokens[after].text
    if (
        word in CLOSERS
        and first > 0
        and tokens[first - 1].text in OPENERS
        and tokens[first - 1].text in {word, _PAIRS[word]}
    ):
        return after + 1
    return after
