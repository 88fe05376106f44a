"""Whose contacts: the owner written before "के संपर्क में आए लोगों" joins the contacts' target.

Why: :func:`khabar.events.arguments._contacts_of` starts a contacts' target at "संपर्क" ("संपर्क
में आए 61 लोगों"), so the English said "contacts" or "17 family members in contact" where the
Hindi says whose ("नये रोगियों के संपर्क में आए लोगों" = contacts of new patients, "मृतक के संपर्क
में आए 17 पारिवारिक सदस्यों" = 17 family members in contact with the deceased). The gloss of
:func:`khabar.events.gloss_phrases._contacts` already says the owner when the phrase holds it;
the span did not. Issue 13, round nm10 (the English of descriptive groups): 8 of the tuning
sets' contacts targets (Vf-Vj, Vm-Vq, Vr-Vv) lacked their owner this way; 33 events of the 280
allowed corpus day files stand in a sentence with "के संपर्क में आ…", about 10 of them such a
target cut after its owner.

Only an owner the glossary can say is taken: the words right before "के", walked back while
the glossary knows them (a pronoun, "उनके", or a word it lacks ends the owner: "प्रशासन व्यक्ति
के" gives "व्यक्ति"), and only when the gloss of the whole phrase then says the owner (an owner
the gloss drops, "कोरोना पॉजिटिव के", leaves the target as it was, evidence unchanged).
"""

from __future__ import annotations

from .clause import SentenceView
from .gloss import gloss
from .glossary import known_word

# Words an owner may hold at most: "संक्रमित अमेरिकी", "नये रोगियों", "इन लोगों", "कोरोना मरीज"
_OWNER_REACH = 3
# Words the glossary knows that end an owner rather than belong to it: case markers and
# conjunctions ("… से मृतक के", "X और Y के": a coordination the walk cannot split safely)
# A demonstrative before the owner says "the" ("इन लोगों के" = of the people: those just named)
_POINTING = frozenset({"इन", "इस", "उन", "उस"})
_ENDS = frozenset({"ने", "को", "से", "में", "पर", "तक", "का", "की", "के", "और", "व", "तथा", "एवं", ","})


def with_owner(sv: SentenceView, at: int | None, last: int) -> int | None:
    """The first token of a contacts' target whose phrase starts at ``at`` ("संपर्क"), moved
    back over a genitive owner the gloss says ("X के संपर्क में आए लोगों"); ``at`` itself when
    there is none or the gloss would drop it; None stays None."""
    if at is None or at < 2 or sv.tokens[at - 1].text != "के":
        return at
    base = gloss(sv.text_of(at, last))
    best, prev = at, base or ""
    k = at - 2
    while base and k >= 0 and at - 1 - k <= _OWNER_REACH:
        word = sv.tokens[k].text
        if word in _ENDS or not known_word(word):
            break
        said = gloss(sv.text_of(k, last))
        grows = _more(said, prev) or word in _POINTING if said else False
        if said and said.startswith(base.split(" in contact")[0]) and grows:
            # the gloss says the owner ("contacts of …", "… in contact with …") and the word
            # added says something ("प्रशासन व्यक्ति के": प्रशासन is left out, so no owner of it)
            best, prev = k, said
        k -= 1
    return best


def _more(said: str, before: str) -> bool:
    """Whether ``said`` has words ``before`` lacks, "the" aside."""
    return bool(set(said.split()) - set(before.split()) - {"the"})
