"""Round sp17 (issue 16): the events stage's shortcuts hold the long way's answers.

No timings: a word opening with a stem is found in the sentence's joined words
(``places.word_opens``) exactly where asking each word found it; a misspelt town is looked for only before a "में" found in C, and difflib compares a
word with a town only where the letters the two share allow its ratio to reach the threshold
(``coding._may_be_like``); on news sentences the town found is the one the loop over every word
with a ``SequenceMatcher`` for every town found, and no pair whose ratio reaches the threshold is
turned away. The whole output is checked by ``benchmarks/core_dump.py --days 76 --baseline``
(README, round sp17).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import repeat

from khabar.events.actor_context import ActorContext
from khabar.events.clause import tokenize
from khabar.events.coding import (
    _MISSPELT_MIN,
    _MISSPELT_TOWN,
    _may_be_like,
    _misspelt_town,
)
from khabar.events.places import _ATTENDED, _SENT_TO, unknown_word, word_opens

# Sentences of corpus/hindi-covid-2020 day files (DH-2020-ARP-10.txt's "गाजियााद" is Ghaziabad
# with a letter lost) and news-like ones, with words before "में" that no table knows
SENTENCES = (
    "वहीं गाजियााद में 13 हॉटस्पॉट सील होने के पहले ही दिन पुलिस ने 62 मुकदमे दर्ज किए।",
    "गाजियाबाद में पुलिस ने लॉकडाउन तोड़ने वालों पर कार्रवाई की।",
    "मुरादाबाद के बाद अब मुरादबाद में भी जांच टीम पर हमला हुआ, पुलिस ने दस लोगों को पकड़ा।",
    "इंदौरा में और इंदौर में दो मोहल्ले सील किए गए।",
    "हजारीबाग में रहकर काम करने वाले मजदूर हजारिबाग में लौटे।",
    "लखनउ में और कानपूर में कर्फ्यू जैसे हालात हैं, प्रशासन ने बाजार बंद कराए।",
)
TOWNS = {
    "गाजियाबाद": ("IND-UP", "Ghaziabad"),
    "मुरादाबाद": ("IND-UP", "Moradabad"),
    "इंदौर": ("IND-MP", "Indore"),
    "हजारीबाग": ("IND-JH", "Hazaribagh"),
    "लखनऊ": ("IND-UP", "Lucknow"),
    "कानपुर": ("IND-UP", "Kanpur"),
}


def _misspelt_town_before_sp17(texts: list[str], starts: list[int], ctx: ActorContext) -> None:
    """``coding._misspelt_town`` before round sp17: every word asked, every town compared."""
    for k in range(len(texts) - 1):
        word = texts[k]
        if texts[k + 1] != "में" or len(word) < _MISSPELT_MIN or not unknown_word(word):
            continue
        like = {
            placed
            for hindi, placed in ctx.towns_named.items()
            if SequenceMatcher(None, word, hindi).ratio() >= _MISSPELT_TOWN
        }
        if len(like) == 1:
            ctx.locality, ctx.locality_at = next(iter(like)), starts[k]
            return


def _contexts(towns: dict[str, tuple[str, str]]) -> tuple[ActorContext, ActorContext]:
    ours, theirs = ActorContext(), ActorContext()
    for ctx in (ours, theirs):
        ctx.towns_named = dict(towns)
    return ours, theirs


def test_a_misspelt_town_is_the_one_every_comparison_found() -> None:
    found = 0
    for text in SENTENCES:
        tokens = tokenize(text, 0, len(text))
        texts = [t.text for t in tokens]
        for towns in (TOWNS, dict(list(TOWNS.items())[:1]), {}):
            ours, theirs = _contexts(towns)
            _misspelt_town(tokens, texts, ours)
            _misspelt_town_before_sp17(texts, [t.start for t in tokens], theirs)
            assert (ours.locality, ours.locality_at) == (theirs.locality, theirs.locality_at)
            found += ours.locality is not None
    assert found  # the shortcut was tried where a town is found, not only where none is


def test_no_pair_that_reaches_the_threshold_is_turned_away() -> None:
    words = {w for text in SENTENCES for w in text.split()} | set(TOWNS)
    kept = reached = 0
    for word in sorted(words):
        for hindi in TOWNS:
            ratio = SequenceMatcher(None, word, hindi).ratio()
            if ratio >= _MISSPELT_TOWN:
                reached += 1
                assert _may_be_like(word, hindi), (word, hindi, ratio)
            kept += _may_be_like(word, hindi)
    assert reached and kept < len(words) * len(TOWNS)  # it holds the true pairs, and turns some away


# Words that open with a stem, hold it inside, or stand first in the sentence
STEM_SENTENCES = (
    "सरकार ने कहा कि मरीजों को रांची रेफर किया जाएगा।",
    "केंद्रसरकार और राज्य सरकारों ने मिलकर मजदूरों को घर भेजने का फैसला किया।",
    "जमात में शामिल हुए लोगों को अस्पताल में शिफ्ट कराया गया, पहले उनकी यात्रा की जांच हुई।",
    "पुलिस ने सामान वापस भिजवाया; तीर्थयात्रा पर गए लोगों की सूची बनी।",
    "शिरकत करने वाले विदेशी नागरिकों को क्वारंटाइन किया गया।",
)


def test_a_word_opening_with_a_stem_is_found_as_each_word_found_it() -> None:
    answers = set()
    for text in STEM_SENTENCES:
        texts = [t.text for t in tokenize(text, 0, len(text))]
        joined = " ".join(texts)
        for stems in (_SENT_TO, _ATTENDED, ("यात्रा",), "सरकार", "सरकारों", "गया"):
            asked = any(map(str.startswith, texts, repeat(stems)))
            assert word_opens(joined, stems) == asked, (text, stems)
            answers.add(asked)
    assert answers == {True, False}
