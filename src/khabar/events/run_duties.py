"""Whom a speech run asks, and with which more forms: the "must" duty and a bare subject.

Why: a speech told sentence by sentence (:mod:`.runs`) asks with a polite verb ("… न जाएं"),
"<infinitive> चाहिए" or "<infinitive> है" ("हर भारतीय को … बनना है"). Round sd1 (issue 13,
standalone directives missed on the tuning sets) found the run reader dropping two more shapes of
the same act:

- the "must" of :mod:`.obligation`, "<infinitive> होगा/होगी/होंगे/पड़ेगा" ("रेल मंत्रालय का कहना है
  कि … । … । राज्य सरकारों को … बसों में … यात्रियों को लाना होगा ।", a core REQUEST of the tuning
  set Vg): the run read only "है"/"हैं" after the infinitive. It binds a listener as that form
  does, and only one named (a को-dative that names an actor other than the public): "देश … इन
  कड़े फैसलों को जारी रखना पड़ेगा" is a resolve, "लोगों को … रहना होगा" a norm (round ev193 found
  the same for the कि-clause reading);
- a polite verb whose subject is a glossary noun of people or bodies that no entity names ("ऐसे
  में अधिकारी गंभीर होकर कार्यकर्ताओं की समस्याओं का समाधान करें", Vp; "सभी विभाग … सुनिश्चित
  करें"): the run took it for a tip that names nobody and dropped it.

On the 280 allowed corpus day files the two add 5 requests, all right (docs/events-rounds.md).
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .gloss import gloss
from .glossary import names_actor
from .obligation import must_clause


def run_must(main: list[str], k: int) -> bool:
    """Whether ``main[k]`` closes a "must" obligation ("… लाना होगा"). Whom it binds is the run's
    check: a को-dative leading the clause that names an actor other than the public ("लोगों को
    … रहना होगा", "हमें … करना होगा": a norm or a resolve, not a directive to a body)."""
    return must_clause(main[: k + 1])


# Words that may open a directive before its subject: "ऐसे में अधिकारी … करें", "इसलिए …"
_LEADS = frozenset({"ऐसे", "में", "इसलिए", "अब", "साथ", "ही", "वहीं", "तो", "भी", "फिर", "अतः"})
# What follows a phrase that is not the sentence's subject: a postposition or a genitive
_NOT_SUBJECT = frozenset(
    {"में", "से", "के", "की", "का", "को", "पर", "ने", "तक", "द्वारा", "लिए", "बीच", "साथ"}
)
# The people at large: "लोग" is the public of the speaker's jurisdiction (runs' fallback)
_AT_LARGE = frozenset({"people", "everyone", "person", "public", "general public"})
# How many words the subject phrase may hold: "सभी राज्य और केंद्रशासित प्रदेश"
_SUBJECT_WORDS = 5


def bare_subject(sv: SentenceView, verb_start: int, ought: bool) -> tuple[int, int] | None:
    """The sentence's subject as a token span when it is a glossary noun of people or bodies that
    no entity names ("ऐसे में अधिकारी गंभीर होकर … समाधान करें": the officials asked): the
    longest phrase after the opening words whose last word names an actor and that no
    postposition follows. None where there is none before the verb, for an "ought" (said of
    anything: "जनता की सेवा करनी चाहिए", an opinion) and for people at large ("लोग … न करें": the
    public of the speaker's jurisdiction, as before)."""
    if ought:
        return None
    toks = sv.tokens
    first = 0
    while first < len(toks) and toks[first].text in _LEADS:
        first += 1
    best = None
    for last in range(first, min(first + _SUBJECT_WORDS, len(toks))):
        if toks[last].end > verb_start:
            break
        after = toks[last + 1].text if last + 1 < len(toks) else ""
        if after not in _NOT_SUBJECT and names_actor(sv.text_of(first, last)):
            best = (first, last)
    if best is None or gloss(toks[best[1]].text) in _AT_LARGE:
        return None
    return best


def said_in_run(ev: Event) -> bool:
    """Whether ``ev`` is a speech run's request to a listener written in its sentence (its source
    inferred from the run's cue, its target written): the next sentence's "उन्होंने कहा कि …" is a
    new statement of the speaker's, not a request to the same listener. "ऐसे में अधिकारी …
    समाधान करें । उन्होंने कहा कि आज से ही 2022 की तैयारी में जुट जाएं ।" asks the officials, then
    the party's workers (AU-2020-MAR-01.txt): :func:`.asked_on.asked_on` would carry the officials
    on. A run's request to the public inferred still carries on (one change of round sd1's reading
    of the allowed files, right)."""
    roles = {a.role for a in ev.arguments}
    return "source" not in roles and "source_inferred" in roles and "target" in roles
