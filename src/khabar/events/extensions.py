"""Measures extended and measures put in force: the verb forms an extension or "लागू" takes.

Why a module of its own (round ev164, issue 13): a lockdown, a curfew or "धारा 144" extended is
an act of its issuer as the measure itself is (COERCE, the measure's mode), and the Hindi press
writes the extension in forms the light-verb search of :mod:`khabar.events.candidates` did not
reach: the absolutive "X को (5 अप्रैल से) बढ़ाकर 14 अप्रैल तक कर दिया गया है" (extended, made it
run to), whose finite verb is a कर some words on, past the new end date; and a को-object whose
time phrase fills the few words a light verb may stand away ("लॉकडाउन को 30 अप्रैल तक के लिए
बढ़ा दिया गया है", "… को अब दो सप्ताह के लिए और बढ़ा दिया है"). The new end ("14 अप्रैल तक",
"1 जून") says until when the measure runs, not when it was extended: the dev gold dates an
extension by the day it was taken or not at all (:func:`new_end`). A measure put in force with
"लागू कर दी है" and no ने ("पूरे राज्य में धारा 144 लागू कर दी है", the subject dropped after
"झारखंड सरकार ने …") is the perfect of the conjunct verb: :func:`past_conjunct` lets the voice
rules read the perfect after "लागू". Never the growth of a count ("मामले बढ़कर … हो गए": no
measure is its object) nor a deadline or a number raised ("… की आखिरी तारीख बढ़ाकर 30 जून कर दी",
"… को 25 सीटों से बढ़ाकर 125 कर दे"): only a trigger whose entry extends with बढ़ा- is read.
"""

from __future__ import annotations

from .clause import SentenceView, Token, is_break
from .lexicon import Trigger, TriggerLexicon

# The absolutive of the extending verb, written as one word ("बढ़ाकर"; "बढ़ा कर" in two is the
# light verb बढ़ा itself, which the entries already read)
_EXTENDING_ABSOLUTIVE = frozenset({"बढ़ाकर"})
# The finite or announced forms of कर that complete "बढ़ाकर … कर-": the perfect, its passive
# and future, and the infinitive an announcement or a decision takes ("… बढ़ाकर तीन मई तक करने की
# घोषणा"; the infinitive's finiteness is judged by the candidate rules as for any light verb)
_KAR = frozenset(
    {"कर", "किया", "की", "किए", "किये", "कीं", "करने", "करेगी", "करेगा", "करेंगे", "करेंगी"}
)
# The finite forms of the extending verb a को-object takes ("बढ़ा दिया", "बढ़ाया जाएगा")
_EXTENDING = frozenset({"बढ़ा", "बढ़ाया", "बढ़ाई", "बढ़ायी", "बढ़ाए", "बढ़ाये", "बढ़ाने"})
# Words an extension's time phrase is made of besides the timex itself: its postpositions and
# the adverbs of "once more" and "further" ("दो सप्ताह के लिए और", "तीन मई से आगे भी", "एक बार
# फिर"); they do not count toward the reach of the light verb
_TIME_GLUE = frozenset({"तक", "के", "लिए", "लिये", "से", "और", "भी", "अब", "आगे", "फिर", "एक", "बार"})
# Other words between the measure and its extending verb, or between बढ़ाकर and its कर, besides
# the time phrase (tuned on the 280 allowed corpus day files: "लॉकडाउन की अवधि को बढ़ाकर तीन मई
# तक कर दिया", "धारा 144 को 5 अप्रैल से बढ़ाकर 14 अप्रैल तक कर दिया" need none, "… को तीन मई से
# आगे भी बढ़ाया जाएगा" none past the glue; two leave room for an adverb such as "सख्ती से")
_REACH = 2
# How many tokens after the object a time phrase and its verb are looked for in
_WINDOW = 12
# The conjunct noun "लागू" (in force), whose own verb is the कर or हो after it
_CONJUNCT = frozenset({"लागू"})


def _extends(trig: Trigger) -> bool:
    """The entry reads an extension: its light verbs hold the extending बढ़ा-."""
    return "बढ़ाया" in trig.light


def _timed(sv: SentenceView, lo: int, hi: int) -> set[int]:
    """Token indices in ``[lo, hi)`` that lie inside a time expression of the sentence."""
    toks = sv.tokens
    return {
        k
        for tx in sv.timexes
        for k in range(lo, min(hi, len(toks)))
        if tx.start <= toks[k].start < tx.end
    }


def _stop(toks: list[Token], k: int, lex: TriggerLexicon) -> bool:
    """A word no time phrase of an extension holds: a break, a comma, a complementiser, an agent
    marker or another trigger's form."""
    text = toks[k].text
    if is_break(toks, k) or text in {",", "कि", "ने", "द्वारा"}:
        return True
    return text in lex.index and any(
        _at(toks, k, form) for form, _ in lex.index[text] if form[0] == text
    )


def _at(toks: list[Token], k: int, form: tuple[str, ...]) -> bool:
    return tuple(t.text for t in toks[k : k + len(form)]) == form


def _scan(sv: SentenceView, start: int, lex: TriggerLexicon, wanted: frozenset[str]) -> int:
    """The first token from ``start`` in ``wanted``, past time-phrase words and at most
    :data:`_REACH` others; -1 when a stop word or the reach comes first."""
    toks = sv.tokens
    timed = _timed(sv, start, start + _WINDOW)
    others = 0
    for k in range(start, min(start + _WINDOW, len(toks))):
        text = toks[k].text
        if text in wanted:
            return k
        if _stop(toks, k, lex):
            return -1
        if k not in timed and text not in _TIME_GLUE:
            others += 1
            if others > _REACH:
                return -1
    return -1


def absolutive_tail(sv: SentenceView, m: int, lex: TriggerLexicon) -> int:
    """At ``m`` the absolutive बढ़ाकर: the token index of the कर that completes "बढ़ाकर <new
    end> कर-" ("बढ़ाकर 14 अप्रैल तक कर दिया गया है", "बढ़ाकर तीन मई तक करने की घोषणा"), or -1."""
    toks = sv.tokens
    if m >= len(toks) or toks[m].text not in _EXTENDING_ABSOLUTIVE:
        return -1
    return _scan(sv, m + 1, lex, _KAR)


def extension_verb(sv: SentenceView, j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """A measure extended as the को-object of बढ़ा- or बढ़ाकर … कर-, its time phrases between
    ("धारा 144 को 5 अप्रैल से बढ़ाकर 14 अप्रैल तक कर दिया गया है", "लॉकडाउन को 30 अप्रैल तक
    के लिए बढ़ा दिया गया है"), or of "की अवधि (को) बढ़ाकर … कर-" ("लॉकडाउन की अवधि को बढ़ाकर
    तीन मई तक कर दिया गया है"), or right after the measure ("… की आखिरी तारीख बढ़ाकर 30 जून कर दी
    गई है", round ev209): the token index the verb complex is read from (the finite कर,
    or the extending verb), or -1. Only for an entry that extends with बढ़ा- (:func:`_extends`)."""
    toks = sv.tokens
    if not _extends(trig) or j + 1 >= len(toks):
        return -1
    if toks[j].text in _EXTENDING_ABSOLUTIVE:
        return absolutive_tail(sv, j, lex)  # "… की आखिरी तारीख बढ़ाकर 30 जून कर दी" (ev209)
    if toks[j].text == "की" and toks[j + 1].text in {"अवधि", "अवधी", "मियाद"}:
        j += 2  # "लॉकडाउन की अवधि (को) …": the period is what is extended
        if j >= len(toks):
            return -1
        if toks[j].text != "को":
            return absolutive_tail(sv, _scan(sv, j, lex, _EXTENDING_ABSOLUTIVE), lex)
    if toks[j].text != "को" or j + 1 >= len(toks):
        return -1
    at = _scan(sv, j + 1, lex, _EXTENDING | _EXTENDING_ABSOLUTIVE)
    if at < 0:
        return -1
    if toks[at].text in _EXTENDING_ABSOLUTIVE:
        return absolutive_tail(sv, at, lex)
    return at


def new_end(sv: SentenceView, start: int) -> bool:
    """The time expression starting at character ``start`` stands right after an extending
    absolutive ("बढ़ाकर 1 जून कर दिया गया है"): the measure's new end, not the day it was
    extended."""
    k = sv.token_at(start)
    return k > 0 and sv.tokens[k - 1].text in _EXTENDING_ABSOLUTIVE


def past_conjunct(verb: list[str]) -> list[str]:
    """The verb complex past a leading "लागू", the noun whose own verb follows ("लागू कर दी है":
    the perfect दी stands third), for the voice rules that read its first words."""
    return verb[1:] if verb and verb[0] in _CONJUNCT else verb
