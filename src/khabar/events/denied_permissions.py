"""What a ban told as a permission denied falls on when the thing not permitted is written in the
genitive before the permission (issue 13, round et1).

Why a module of its own: a ban is often told as a permission withheld ("… की इजाजत नहीं दी
जाएगी", "… की भी इजाजत नहीं होगी"). Whom it binds is read from a को-phrase or an infinitive's
doer ("किसी भी विदेशी को … शामिल होने की इजाजत नहीं होगी", "भक्तों को … शामिल होने की अनुमति
नहीं"); the thing not permitted, written as a noun phrase in the genitive ("राज्य में किसी भी
प्रकार के धार्मिक, खेल आयोजन की इजाजत नहीं दी जाएगी", the tuning set Vw-Vz; "किसी भी सामाजिक,
सांस्कृतिक, … संगोष्ठी या सम्मेलनों की भी इजाजत नहीं होगी"), was read by no rule, though the
same ban told with पर is ("धार्मिक कार्यक्रमों पर रोक": religious functions). Those two are the
only noun genitives before a withheld permission on the 280 allowed corpus day files, both
without a target. :func:`denied_thing` takes that phrase as the target, as
:func:`khabar.events.closed_things.closed_thing` takes a thing closed: kept as text, the
glossary's English where it can say it. An easing ("… की अनुमति दी गई") is left alone: the
annotators name the people or places it frees, not the activity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _act, _activity
from .clause import MARKERS_1, SentenceView, Unit, is_break
from .gloss import gloss

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The nouns of a permission a ban withholds (the lexicon's COERCE ban entries of "… की इजाजत/अनुमति
# नहीं"), Hindi usage
_PERMISSIONS = frozenset({"इजाजत", "अनुमति", "परमिशन", "इज़ाजत"})
_PARTICLES = frozenset({"भी", "ही"})
# The negation that withholds the permission, right after it ("इजाजत नहीं दी जाएगी")
_NOT = "नहीं"
_NOT_REACH = 2
# The words that join a list of things ("धार्मिक, खेल आयोजन", "संगोष्ठी या सम्मेलनों")
_LIST_WORDS = frozenset({",", "और", "व", "या", "एवं", "तथा"})
# Words of the phrase, list words not counted: ten, the longest such phrase of the allowed corpus
# day files ("कार्यक्रमों जैसे सामाजिक, सांस्कृतिक, … संगोष्ठी या सम्मेलनों", PK-2020-MAR-22), set
# by that sentence so a clause before a shorter phrase is not read in
_MAX_WORDS = 10
# Words that end the phrase read back: a quantifier or the speaker before it ("किसी भी प्रकार
# के", "सभी"), and a clause's verbs
_ENDS = frozenset({"भी", "ही", "सभी", "सब", "हर", "कोई", "किसी", "है", "हैं", "था", "कहा"})


def denied_thing(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The noun phrase in the genitive before a withheld permission, added as the ban's target
    when no rule found one (see the module docstring)."""
    if roles.target:
        return
    toks = sv.tokens
    if toks[cand.first].text not in _PERMISSIONS:
        return
    if (cand.trig.type, cand.trig.mode) != ("COERCE", "ban") and not (
        cand.trig.type == "CONCEDE" and _NOT in sv.texts[cand.last + 1 : cand.last + 1 + _NOT_REACH]
    ):
        # an easing entry whose "नहीं" makes it a ban later ("… की इजाजत नहीं दी जाएगी"); an
        # easing granted is left alone
        return
    k = cand.first - 1
    while k > start and toks[k].text in _PARTICLES:
        k -= 1
    if k - 1 <= start or toks[k].text != "की":
        return
    end = k - 1
    if _activity(toks[end].text) or _act(toks[end].text) or toks[end].text in _LIST_WORDS:
        # "घर से निकलने की इजाजत", "लोगों की आवाजाही की इजाजत": an act of whoever is barred,
        # whom the rules for its doer or owner read
        return
    if any(u.first <= end <= u.last for u in units):
        return  # an entity's genitive: the clause analysis reads it
    first, words = end, 1
    while first - 1 > start and words < _MAX_WORDS:
        word = toks[first - 1].text
        if word in _ENDS or word in MARKERS_1 or is_break(toks, first - 1):
            break
        if word in {"की", "का", "के"} or _activity(word) or first - 1 in sv.dated:
            break  # "किसी भी प्रकार के": of a kind; a clause or a date before the phrase
        if word not in _LIST_WORDS:
            words += 1
        first -= 1
    while first < end and toks[first].text in _LIST_WORDS:
        first += 1
    text = sv.text_of(first, end)
    ident = f"text:{text}"
    roles.args.append(
        Argument("target", text, toks[first].start, toks[end].end, ident, gloss(text))
    )
    roles.target.append(ident)
