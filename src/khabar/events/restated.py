"""One act restated by a later sentence of the article in the same words, kept once.

A report tells an act and, a few sentences on, tells it again: the airline's own statement
quoted after the news line ("… ने … अपनी सभी उड़ानें रद्द करने की घोषणा की है" / "एयरलाइन ने
… कहा, '… ने … अपनी सभी उड़ानें रद्द करने का फैसला लिया है'"), a live page's later entry
("… ने … शराब की बिक्री पर प्रतिबंध लगा दिया" / "नासिक में … शराब की बिक्री पर प्रतिबंध लगा दिया
गया है"), the police's figures told again ("… लोगों को हिरासत में लिया गया"). The gold's rules
take the restatement as the same event (its ``also_evidence``); coded twice it stands on a
timeline as two acts and the reference scorer's one-to-one precision counts the second as a
false positive (round dup1, issue 13: rv45's recall audit found the airline's pair).

Why a module of its own: :mod:`.retold` judges a restatement by a pointer (a headline, a
demonstrative, a background mark, "इसमें"); this rule has none, only the same act told with
the same words, and :mod:`.retold` is near its size bound. The events stage calls
:func:`drop_restated` after :func:`.retold.drop_recaps`, once actors are named and coded to
ids, so that two tellings of one giver and one target compare equal.
"""

from __future__ import annotations

from ..model import Event

# Words that say nothing of which act is meant: a postposition, a conjunction or a pronoun as
# the words before a trigger ("उन्होंने कहा कि …" twice is two instructions of one speech, round
# dup1's read of the 280 allowed corpus day files).
_EMPTY = frozenset(
    {"को", "की", "का", "के", "में", "से", "पर", "ने", "तक", "और", "तथा", "भी", "ही", "कि"}
    | {"उन्होंने", "उसने", "उन्हें", "उसे", "इसे", "वह", "वे", "यह", "ये", "हमने", "मैंने"}
)
# A sentence that names its act as another one ("एक अन्य नोटिफिकेशन के अनुसार … अवकाश घोषित"):
# a second act of the same words, not the first told again.
_ANOTHER = frozenset({"अन्य", "दूसरा", "दूसरे", "दूसरी"})
# The words before the trigger compared: the object or measure named ("अपनी सभी उड़ानें रद्द",
# "शराब की बिक्री पर प्रतिबंध"). Two words, tuned on the 280 allowed corpus day files (round
# dup1): one word also joined two appeals of one speaker on different matters ("… से अपील की है"),
# two joined 8 pairs, each one act told twice.
_OBJECT_WORDS = 2


def _object_words(e: Event, text: str) -> list[str]:
    """The words right before ``e``'s trigger in its sentence, which name what the act is on."""
    return text[e.evidence_start : e.trigger_start].split()[-_OBJECT_WORDS:]


def _restates(prior: Event, ev: Event, text: str) -> bool:
    """Whether ``ev``, in a later sentence, tells again the act ``prior`` told: the same type,
    mode, trigger words, modality and negation; the same giver and the same target (both named);
    no two different dates; the same words before the trigger, at least one of them a content
    word; and no "अन्य"/"दूसरे" (another) before ``ev``'s trigger. Two acts of one kind by one
    giver on one target differ in their words ("… 163 श्रमिक स्पेशल ट्रेनें चलाई हैं" / "… 14
    श्रमिक स्पेशल ट्रेनें चलाई गईं": two counts) or in their dates, and stay two."""
    if prior.type is None or prior.evidence_end > ev.evidence_start:
        return False
    if (prior.type, prior.mode, prior.trigger) != (ev.type, ev.mode, ev.trigger):
        return False
    if (prior.modality, prior.negated) != (ev.modality, ev.negated):
        return False
    if not prior.source or set(prior.source) != set(ev.source):
        return False
    if not prior.target or set(prior.target) != set(ev.target):
        return False
    if prior.date and ev.date and prior.date != ev.date:
        return False
    words = _object_words(ev, text)
    if words != _object_words(prior, text) or not set(words) - _EMPTY:
        return False
    return not _ANOTHER & set(text[ev.evidence_start : ev.trigger_start].split())


def drop_restated(events: list[Event], text: str) -> list[Event]:
    """Drop each event a later sentence restates (see ``_restates``): the first telling stays,
    with its own trigger and evidence offsets, and takes the restatement's date where it had
    none (the fuller of the two). ``events`` keep their order."""
    gone: set[int] = set()
    for j, ev in enumerate(events):
        for i in range(j):
            prior = events[i]
            if i in gone or not _restates(prior, ev, text):
                continue
            gone.add(j)
            if not prior.date and ev.date:
                prior.date, prior.date_basis = ev.date, ev.date_basis
            break
    return [e for k, e in enumerate(events) if k not in gone]
