"""An office, a management or the states and union territories urged by a कि-clause (issue 13,
round ta12).

Why a module of its own: :func:`khabar.events.addressees.urged_subject` reads the unmarked
subject leading an urged or asked कि-clause as the addressee only when it names people ("कहा कि
लोग … न जाएं") or a unit the actor dictionary knows (the callers read those first). A body the
text names by a common noun the glossary knows but that is no people noun stayed out, and such
requests kept an empty target: "श्री रे ने कहा कि सिविल सर्जन कार्यालय एवं अनुमंडल पदाधिकारी के
कार्यालय एक-एक हेल्पलाइन नंबर भी जारी करें" (the tuning set Vm codes both offices as addressees),
"गौबा ने कहा है कि राज्य और केंद्र शासित प्रदेश … यात्रियों की पहचान करें", "उन्होंने मांग की है कि
प्रबंधन यही बातें लिखित तौर पर दे". :func:`body_subject` reads such a subject when its last word is
the head of a body that acts (an office, a management, an authority, a commission, a
corporation, a union territory), never a thing ("सभी स्कूल बंद रहें": schools are what the act
is about, not whom it asks). Counted on the 280 allowed corpus day files (docs/events-rounds.md,
round ta12).
"""

from __future__ import annotations

from ..model import Argument
from .arguments import Roles
from .clause import CONJUNCTIONS, MARKERS_1, SentenceView, is_break
from .gloss import gloss

# The heads of a body that can be asked to act, as an unmarked subject writes them
_BODY_HEADS = frozenset(
    {"कार्यालय", "दफ्तर", "ऑफिस", "प्रबंधन", "प्राधिकरण", "आयोग", "निगम", "प्रशासन", "विभाग", "सरकारें"}
)
# "केंद्र शासित प्रदेश": a union territory, a body; "प्रदेश" alone is a place
_TERRITORY = ("शासित", "प्रदेश")
# Words of the subject: up to this many, genitives inside it ("अनुमंडल पदाधिकारी के कार्यालय")
_SUBJECT_WORDS = 9
_GENITIVES = frozenset({"की", "के", "का"})
# Postpositions after which the phrase is marked, no subject; "तक": until (a time)
_MARKED = (MARKERS_1 - _GENITIVES) | {"तक"}
# The predicates of a thing closed, opened or called off ("सभी दफ्तर 31 मार्च तक बंद रहें"): an
# office there is what the act falls on, not a body asked to act
_THING_STATES = frozenset({"बंद", "खुले", "खुली", "खुला", "खुलें", "खोले", "स्थगित", "रद्द", "रद"})


def body_subject(sv: SentenceView, k: int, roles: Roles) -> None:
    """Add as the target the body that leads the urged कि-clause after the कि at ``k``, unmarked
    and ending in a body's head; a coordination of bodies the glossary says conjunct by conjunct
    gives one target each ("सिविल सर्जन कार्यालय एवं … के कार्यालय"), else one for the whole."""
    toks = sv.tokens
    best = None
    for j in range(k + 1, min(k + 1 + _SUBJECT_WORDS, len(toks) - 1)):
        word = toks[j].text
        if is_break(toks, j) and word != "," or word in _MARKED:
            break
        nxt = toks[j + 1].text
        if nxt in _MARKED or nxt in _GENITIVES:
            continue
        if word in _BODY_HEADS or (word == _TERRITORY[1] and toks[j - 1].text == _TERRITORY[0]):
            best = j
    if best is None or _THING_STATES & set(_clause_after(sv, best)):
        return
    parts = _conjuncts(sv, k + 1, best)
    said = [gloss(sv.text_of(a, b)) for a, b in parts]
    if len(parts) < 2 or None in said:
        parts, said = [(k + 1, best)], [gloss(sv.text_of(k + 1, best))]
    if None in said:
        return
    for (a, b), en in zip(parts, said, strict=True):
        text = sv.text_of(a, b)
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[a].start, toks[b].end, ident, en))
        roles.target.append(ident)


def _conjuncts(sv: SentenceView, first: int, last: int) -> list[tuple[int, int]]:
    """The spans between the conjunctions of ``first``..``last``; one span when a conjunct has
    no body's head ("राज्य और केंद्र शासित प्रदेश" stays whole)."""
    toks = sv.tokens
    spans: list[tuple[int, int]] = []
    start = first
    for j in range(first, last + 1):
        if toks[j].text in CONJUNCTIONS:
            spans.append((start, j - 1))
            start = j + 1
    spans.append((start, last))
    if any(
        a > b or (toks[b].text not in _BODY_HEADS and toks[b].text != _TERRITORY[1])
        for a, b in spans
    ):
        return [(first, last)]
    return spans


def _clause_after(sv: SentenceView, j: int) -> list[str]:
    """The words after token ``j`` up to the end of its clause."""
    toks = sv.tokens
    out: list[str] = []
    for k in range(j + 1, len(toks)):
        if is_break(toks, k) and toks[k].text != ",":
            break
        out.append(toks[k].text)
    return out


# Round rq1 (issue 13): the home country's states or districts as a group, bound by a speech's
# obligation ("प्रधानमंत्री … ने … कहा कि … राज्यों को … योजना पर काम शुरू करना चाहिए", a core
# miss of the tuning pool POOL_X; "उन्होंने कहा कि ऐसे जिलों को रोकथाम रणनीति शुरू करनी चाहिए"):
# their governments are asked, as a को-dative of people is (:func:`.addressees.ought_addressee`).
# A place named alone ("देश को", "दुनिया को": a country, the world) stays a norm for everyone.
# On the 280 allowed corpus day files: 2 REQUESTs more (those two), both right.
_GOVERNED = frozenset({"राज्यों", "जिलों"})
# what may lead the group: a quantifier or a demonstrative ("सभी राज्यों", "ऐसे जिलों")
_GROUP_LEADS = frozenset({"सभी", "ऐसे", "अन्य", "इन", "उन", "कई", "कुछ", "सारे", "तमाम", "बाकी"})


def governed_group(words: list[str]) -> bool:
    """Whether ``words`` (a dative's phrase) are states or districts as a group: the plural head
    alone or after quantifiers and demonstratives only."""
    return bool(words) and words[-1] in _GOVERNED and all(w in _GROUP_LEADS for w in words[:-1])
