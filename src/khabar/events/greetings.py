"""Thanks and greetings written with no verb: the speaker's own words, his act (round tr2).

Why a module of its own: a tweet or a message quoted in the news thanks or greets in a bare noun
phrase that ends the sentence ("हाइड्रॉक्सीक्लोरोक्वीन पर निर्णय लेने के लिए भारत और भारतीय लोगों
को धन्यवाद ।", "… नीतीश कुमार जी को जन्मदिवस की शुभ मंगलकामनाएं."): no light verb, no agent, so
the lexicon's thanks and greetings entries, which need "दिया/किया/जताया", made nothing (core
SUPPORT misses of the tuning sets Vu and Vw and of the recall audit rv43, issue 13). The
lexicon's ``said_end`` light group (the sentence's stop) makes such a noun a candidate; this
module gives it the one source it can have, whoever is speaking: the ने-agent of the verb of
saying or writing whose कि-clause or quote holds it ("… ने … लिखा है कि … को … शुभकामनाएँ"),
else the speaker the quote goes on from (:func:`.speakers._we_speaker`, the speaker of "मैं" in
the same place). Never a subject or a place of the phrase itself: "आदरणीय … नीतीश कुमार जी को
… मंगलकामनाएं" is not Nitish Kumar's greeting, and with no speaker found the candidate is dropped
(precision first: a wrong thanker is worse than none). The entries need a target: a thanks to
the reader or listener ("आप सबको बहुत-बहुत धन्यवाद", the end of a broadcast) names none.
"""

from __future__ import annotations

from .arguments import Roles
from .candidates import Candidate
from .clause import DocContext, SentenceView, unit_actors
from .speakers import _we_speaker

# The stops that end a verbless greeting: the lexicon's ``said_end`` light group (a question mark
# is no greeting: "क्या … को धन्यवाद?")
_ENDS = frozenset({"।", ".", "!"})
# Verbs of saying or writing whose कि-clause or quote is the speaker's words (a tweet is written:
# "ने ट्वीट कर कहा कि", "ने ट्विटर पर लिखा है कि")
_SAYING = frozenset({"कहा", "लिखा", "ट्वीट", "बताया"})
# What opens the speaker's words after such a verb
_OPENS = frozenset({"कि", ",", ":", "-", "'", "‘", "“", '"'})


def verbless(sv: SentenceView, cand: Candidate) -> bool:
    """The candidate is a thanks or greeting noun whose "light verb" is the sentence's stop."""
    k = cand.last + 1
    return cand.light and not cand.verb and k < len(sv.tokens) and sv.tokens[k].text in _ENDS


def greeting_source(
    sv: SentenceView, ctx: DocContext, cand: Candidate, text: str, roles: Roles
) -> list[str]:
    """Who thanks or greets in the verbless ``cand``: the agent of the verb of saying whose words
    hold it, else the speaker the quote goes on from; [] when nobody (the candidate is dropped).
    A source the roles read inside the phrase (an office holder addressed: "बिहार के मुख्यमंत्री …
    को … शुभकामनाएँ") is taken out of ``roles``."""
    roles.source.clear()
    roles.args[:] = [a for a in roles.args if not a.role.startswith("source")]
    toks = sv.tokens
    opened = [
        k for k in range(1, cand.first)
        if toks[k].text in _OPENS and any(t.text in _SAYING for t in toks[max(k - 3, 0) : k])
    ]
    if opened:
        agents = [u for u in sv.units if u.marker == "ने" and u.last < opened[-1]]
        return (unit_actors(agents[-1]) or []) if agents else []
    if any(u.marker == "ने" for u in sv.units):
        return []  # an agent of another act in the sentence: not the quote's bare greeting
    return _we_speaker(sv, ctx, text)
