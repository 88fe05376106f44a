"""One act told twice in two sentences of an article, with the same parties and the same words.

A news article tells its act in the lead and again in its body ("हाईकोर्ट ने निचली अदालतों के लिए
भी 25 मार्च से 4 अप्रैल तक अवकाश घोषित कर दिया है" … "हाईकोर्ट ने निचली अदालतों में 26 मार्च से 4
अप्रैल तक अवकाश घोषित कर दिया है"), and a day file sometimes repeats a paragraph with a word
changed ("… स्पष्टता की मांग की" … "… स्पष्टता की मांग भी की"), which
:func:`.retold.drop_repeated_sentences` (word for word only) leaves. Each telling gave an event:
two acts on a timeline where the annotator codes one, the second a false positive.

Why a module of its own: the other merges (:mod:`.retold`) pair events of one sentence, a
headline with its lead, or a later sentence that points back with a demonstrative; this one pairs
two full sentences anywhere in the article by what they say, the words both sentences use. The
same parties and the same kind of act are not enough: an official's two appeals ("अफवाहों पर ध्यान
न देने को आग्रह" / "साफ-सफाई पर ध्यान देने का आग्रह"), two groups quarantined, 163 trains since
the 1st and 14 on Thursday are two acts of one giver; what tells them apart is their other words
and their numbers.
"""

from __future__ import annotations

import re

from ..model import Event
from .clause import GENITIVES, PARTICLES
from .retold import _PLOVER, _fullness

# Words every sentence of an act uses, which say nothing about which act it is: postpositions,
# auxiliaries, light verbs, pronouns and connectives (the genitives and particles are clause's).
_FUNCTION_TEXT = (
    "में को से ने और तथा एवं व है हैं था थे थी कि पर लिए इस यह ये वह उस इन उन तक कर करके किया  "
    "किए किये की गया गई गए गयी गये दिया दी दिए दिये हो रहा रही रहे जा जाए जाएगा जाएगी जाएंगे एक  "
    "साथ बाद लेकर करने करते हुए अपने अपनी अपना उन्होंने उनके उनकी उसने वहीं इसके हुई हुआ कहा  "
    "बताया द्वारा ओर तरह अब भी लिया ली लिये चुके चुकी"
)
_FUNCTION_WORDS = GENITIVES | PARTICLES | frozenset(_FUNCTION_TEXT.split())
_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")  # no danda
_NUMBER = re.compile(r"^[0-9\u0966-\u096F]+$")
# The share of the shorter sentence's content words that the other sentence uses too, from which
# two tellings with the same type, mode and parties are one act. Tuned on the 280 allowed corpus
# day files (round dup2, issue 13): of the 96 pairs of PLOVER events in two sentences of one
# article with one type, mode, named source and target, 14 share 0.7 or more, 13 of them one act
# told twice (a lead and its body, a repeated paragraph, a report and its quote) and one two
# counts of trains that the number test below keeps apart; below 0.7 stand two appeals of one
# prime minister (0.67), two demands of one union, two deadlines one order extended.
_SHARED = 0.7


# Words that tell a second act of the kind ("नासिक प्रशासन ने एक अन्य आदेश में … प्रतिबंध लगा दिया
# है", round dup1's test; "प्रधानमंत्री 11 मई को फिर … बैठक करेंगे", round ev203's): a sentence with
# one of them is never the other's act told again ("सात अन्य जमातियों": other people, not another
# act, is no such word).
_ANOTHER = frozenset({"फिर", "दोबारा", "दुबारा"})
_ONE_MORE = re.compile(r"(?<!\S)एक\s+(?:और|अन्य)(?!\S)")


def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's content words (no function word, no single letter) and its numbers; no
    words at all where it tells another act of its kind (``_ANOTHER``)."""
    tokens = _WORD.findall(text)
    if _ANOTHER.intersection(tokens) or _ONE_MORE.search(text):
        return frozenset(), frozenset()
    numbers = frozenset(w for w in tokens if _NUMBER.match(w))  # "4" too: no length
    return frozenset(w for w in tokens if w not in _FUNCTION_WORDS and len(w) > 1), numbers


def _one_act(
    a: Event,
    b: Event,
    wa: tuple[frozenset[str], frozenset[str]],
    wb: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Whether ``b``, in another sentence, tells the act ``a`` tells: a PLOVER type, the same
    type and mode, the same named source and the same target, neither negated, one modality,
    no two dates,
    no two sets of numbers with none in common, and most content words shared."""
    if a.type not in _PLOVER or (a.type, a.mode) != (b.type, b.mode):
        return False
    if not a.source or set(a.source) != set(b.source) or set(a.target) != set(b.target):
        return False
    if a.negated or b.negated or a.modality != b.modality:
        return False  # a meeting held and one to come are two
    if a.date and b.date and a.date != b.date:
        return False
    if wa[1] and wb[1] and not wa[1] & wb[1]:
        return False  # "163 … ट्रेनें" and "14 … ट्रेनें": two acts counted
    shorter = min(len(wa[0]), len(wb[0]))
    return shorter > 0 and len(wa[0] & wb[0]) >= _SHARED * shorter


def drop_told_twice(events: list[Event], text: str) -> list[Event]:
    """Keep one event of each act two sentences of the article tell (see ``_one_act``): the
    better-filled (:func:`.retold._fullness`), with its own sentence as evidence (the model holds
    one evidence span: the other telling is dropped). Pairs in one sentence are the other merges'
    (:mod:`.retold`). ``events`` keep their order."""
    words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def words_of(k: int) -> tuple[frozenset[str], frozenset[str]]:
        if k not in words:
            e = events[k]
            words[k] = _words(text[e.evidence_start : e.evidence_end])
        return words[k]

    kept: list[int] = []
    for j, b in enumerate(events):
        if b.type not in _PLOVER or not b.source:
            kept.append(j)
            continue
        for n, i in enumerate(kept):
            a = events[i]
            if (a.evidence_start, a.evidence_end) == (b.evidence_start, b.evidence_end):
                continue
            if _one_act(a, b, words_of(i), words_of(j)):
                if _fullness(b) > _fullness(a):
                    kept[n] = j
                break
        else:
            kept.append(j)
    return [events[k] for k in sorted(kept)]
