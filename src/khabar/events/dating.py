"""Dates an act shares with the acts told with it in one sentence.

:func:`khabar.events.timexowner._timex_owner` gives each date of a sentence to the first trigger
after it in its clause, before anyone knows which triggers become events. Three things then lose
a date the text gives (round ev84, issue 13: 8 of the 11 wrong dates of a seeded sample of 150
events of 18 corpus day files outside the gold's days, judged by hand, were
a date in the act's own sentence left unused):

- the owner makes no event ("डीजीसीए ने मंगलवार को … मास्क देने के साथ … उठाने का आदेश दिया":
  the aid, dropped for want of an agent, held Tuesday; "शनिवार को … छापा मारकर … मास्क जब्त कर
  इसे सील कर दिया गया"; "एयर इंडिया ने बुधवार की रात कहा कि वह … उड़ानें बंद कर रही हैं": the
  saying, no event of its own): the date goes on to the next act of the chain;
- an act told before the owner without a light verb of its own ("मोदी ने शनिवार को अधिकारियों
  के साथ बैठक में … समीक्षा की थी और उन्हें निर्देश दिया था": the meeting, read from its noun);
- an act the owner's agent does next, in a converb chain or a conjoined clause ("पीड़िता ने
  शनिवार को प्राथमिकी दर्ज कर न्याय की गुहार लगायी", "शी जिनपिंग ने मंगलवार को वुहान का दौरा
  किया और … की प्रशंसा की"): both on that day, as the event gold dates conjoined acts
  (DH-2020-03-20-L64-e05, announced together).

None of these crosses a clause break other than the कि after a saying whose date it is (the
sentence's date reaches a कि-clause act already, "ठाकरे ने शुक्रवार को कहा कि … बंद रहेंगे"),
a condition or a purpose (अगर/यदि … तो, ताकि), a new agent, or another date.
"""

from __future__ import annotations

from ..model import Event, Timex
from .candidates import Candidate
from .clause import AND_WORDS, SentenceView, Token, date_part, is_break, is_date_value
from .extensions import _EXTENDING, _EXTENDING_ABSOLUTIVE
from .timexowner import _relative_before
from .verbforms import _WEEKDAYS, coming_weekday, past_weekday
from .voice import _AGENT_MARKED

# a condition, its consequence or a purpose between the date and the act: the date is the other
# clause's ("यदि शनिवार को रिपोर्ट पॉजिटिव आई तो इमारत सील की जाएगी")
_HYPOTHETICAL = frozenset({"अगर", "यदि", "तो", "ताकि", "जिससे", "बशर्ते"})
# a cause or an earlier happening the date belongs to ("ईरान में सोमवार को … मामले आने … को देखते
# हुए … कैदियों को रिहा किया गया", "रविवार को … रिपोर्ट पॉजिटिव आने के बाद … सील किया गया": the
# release and the sealing are not dated by the text; read on the corpus day files, round ev84)
_CAUSES = frozenset({"देखते", "मद्देनजर", "मद्देनज़र", "चलते", "कारण", "वजह", "बाद", "बावजूद"})
_CONVERBS = frozenset({"कर", "करके", "कराकर", "करा"})


def _clear(sv: SentenceView, a: int, b: int, *, said: bool = False) -> bool:
    """Tokens ``a`` .. ``b - 1`` hold no clause break (a कि only right after a saying, when
    ``said``), no condition or purpose word and no agent of their own."""
    toks = sv.tokens
    for k in range(a, b):
        text = toks[k].text
        if text in _HYPOTHETICAL or text in _CAUSES or text in _AGENT_MARKED:
            return False
        if is_break(toks, k) and not (said and text == "कि" and k == a):
            return False
    return True


def _no_date_between(sv: SentenceView, a: int, b: int) -> bool:
    lo, hi = sv.tokens[a].start if a < len(sv.tokens) else sv.end, sv.tokens[b].start
    return not any(lo <= tx.start < hi for tx in sv.timexes)


def _linked(sv: SentenceView, prior: Candidate, cand: Candidate) -> bool:
    """``cand`` is the next verb of ``prior``'s agent: ``prior`` ends in a converb ("दर्ज कर …
    गुहार लगायी") or a finite verb followed by और ("दौरा किया और … प्रशंसा की")."""
    verb = prior.verb
    if prior.fronted or not verb:
        return False
    if verb[0] in _CONVERBS or (verb[0].endswith("कर") and len(verb[0]) > 3):
        return True  # "दर्ज कर", "लगाकर"
    if not prior.finite:
        return False
    k = prior.last + 1
    while k < len(sv.tokens) and sv.tokens[k].text in verb:
        k += 1  # past the verb complex
    return k < cand.first and sv.tokens[k].text in AND_WORDS


def share_dates(
    sv: SentenceView,
    cands: list[Candidate],
    dates: dict[int, tuple[str, str, int]],
    made: list[tuple[Event, int]],
    dct: str | None,
) -> None:
    """Date the undated events of ``made`` (each with its candidate index) from the dates
    ``dates`` gave to candidates of the same sentence (see the module docstring)."""
    if not made:
        return
    made_ci = {ci for _, ci in made}
    for ev, cj in made:
        if ev.date or cj in dates:
            continue
        cand = cands[cj]
        got: tuple[str, str, int] | None = None
        basis, owner_ci = "", -1
        for ci, owned in sorted(dates.items()):
            if owned[2] < 0 or ci == cj or len(owned[0]) < 8:
                continue  # a day or a week of the owner's own clause (not "पिछले साल चुनी गयीं")
            tx = next((t for t in sv.timexes if t.start == owned[2]), None)
            if tx is None or _relative_before(sv, tx, cand.first):
                continue
            owner, end = cands[ci], sv.token_at(tx.end - 1)
            if end < cand.first < owner.first:
                if _clear(sv, end + 1, cand.first):
                    got, basis = owned, "before its owner"  # the meeting before the order
            elif ci not in made_ci and owner.first < cand.first:
                between = [c for c in made_ci if owner.first < cands[c].first < cand.first]
                said = owner.trig.type == "REQUEST" and not owner.light
                if not between and _clear(sv, owner.last + 1, cand.first, said=said):
                    got, basis = owned, "its owner made no event"
            elif ci in made_ci and owner.first < cand.first and _linked(sv, owner, cand):
                between = [c for c in made_ci if owner.first < cands[c].first < cand.first]
                if not between and _clear(sv, owner.last + 1, cand.first) and _no_date_between(
                    sv, owner.last + 1, cand.first
                ):
                    got, basis = owned, "conjoined"
            if got:
                owner_ci = ci
                break
        if got is None:
            continue
        date, text, _ = got
        if basis == "its owner made no event":  # the owner's day ("रविवार को प्रेस कॉन्फ्रेंस
            owner_verb = cands[owner_ci].verb[:2]  # करके कहा कि … लागू रहेगा": the saying's)
            ev.date = past_weekday(date, text, "happened", dct, owner_verb)
        else:
            ev.date = past_weekday(date, text, ev.modality, dct, cand.verb)
        ev.date_basis = f"shared ({basis}): {text}"
    for ev, cj in made:
        if not ev.date and ev.type in _MEASURES:
            start = _start_day(sv, cands[cj])
            if start is not None:
                k = sv.token_at(start.end - 1) + 1
                after = sv.tokens[k].text if k < len(sv.tokens) else ""
                day = coming_weekday(date_part(start.value), start.text, dct, cands[cj].verb, after)
                ev.date, ev.date_basis = day, f"start: {start.text}"


# round ev84: a day a measure runs from dates it when the sentence gives no other ("आज से … बस
# और ट्रेन सर्विस बंद कर दी जाएगी", "भारत पहले ही रविवार से … उड़ानों पर रोक लगा चुका है"), as
# the event gold dates "सोमवार से … सख्त जांच शुरू कर दी गई है" (DH-2020-04-20-L1), "रविवार से ही
# … गश्त तेज हो गई है" (DJ-2020-04-20-L7), "3 से 13 अप्रैल तक महाकर्फ्यू लगाया गया"
# (PK-2020-04-07-L107) and "सात मई से" flights (AU-2020-05-05-L73); 3 of the 11 wrong dates of the
# seeded sample. A day announced beside it still wins (_timex_owner: "सोमवार को कहा कि 25 मार्च
# से … अनुमति नहीं होगी" is Monday's). Not speech (an appeal "रविवार से घरों में रहने की" is not
# made that day), not a count since then ("1 अप्रैल से अब तक 500 लोग क्वारंटाइन किए गए").
_MEASURES = frozenset({"COERCE", "AID", "MOBILIZE", "CONCEDE", "RETREAT"})
_SINCE_NOW = frozenset({"अब", "आज", "अभी", "लेकर"})
_SINCE_OR_RELATIVE = _SINCE_NOW | {"पहले", "बाद", "पूर्व"}  # built once (round sc47)
# "धारा 144 को 5 अप्रैल से बढ़ाकर 14 अप्रैल तक कर दिया", "… को तीन मई से आगे भी बढ़ाया": the
# old end of a measure extended, no day it runs from (round ev205: the one such start day between
# a noun and its light verb on the 280 allowed corpus day files, NT-2020-APR-05)
_SINCE_OR_RELATIVE |= _EXTENDING_ABSOLUTIVE | _EXTENDING | {"आगे"}
# A measure announced, decided or ordered from a day ("25 मार्च से … बंद की घोषणा की थी", "23 से
# 25 मार्च तक बंद करने का फैसला किया गया", "24 मार्च से … बंद करने का आदेश जारी किया", "26 मार्च
# से … अवकाश घोषित कर दिया"): the day it starts, the gold's about_time, not when it was decided;
# an act put off "20 अप्रैल से 4 मई तक के लिए स्थगित": the days it was set for (corpus, round ev84)
_DECIDED = frozenset(
    {"घोषणा", "एलान", "ऐलान", "घोषित", "फैसला", "फैसले", "निर्णय", "आदेश", "आदेशों", "निर्देश"}
    | {"दिशानिर्देश", "दिशा-निर्देश", "अधिसूचना", "नोटिफिकेशन", "स्थगित", "टाल", "टाला", "टाली"}
)


# Round pr2 (issue 13, the tuning set Vg's NT-2020-03-22-L14, "सोमवार सुबह 6 बजे से 31 मार्च को
# आधी रात तक लॉकडाउन रहेगा" undated): a start told with its hour and its day is a TIME of that
# day ("दिल्ली में सोमवार को सुबह 10 बजे से शाम 4 बजे तक मेट्रो सेवा बंद रहेगी": 2020-03-23T10:00);
# the day dates the measure as a DATE start does. A clock time that names no day ("सुबह 7 बजे
# से", which the time stage puts on the dct) dates nothing. Counted on the 280 allowed corpus day
# files: 5 measures dated so (all 5 the day the text names: "आज रात 12 बजे से … सील हो जाएंगे",
# "21 मार्च को रात 12 बजे से … पाबंदी", "सोमवार को सुबह 10 बजे से … मेट्रो सेवा बंद", "21 मार्च
# की मध्य रात्रि से … ट्रेनें नहीं चलेंगी", "छह मई रात 12 बजे से … बंद रहेंगी"); the Vg sentence
# itself is not among them (the time stage reads its range as a DATE of the month).
_DAY_TYPES = frozenset({"DATE", "TIME"})
_DAY_WORDS = _WEEKDAYS | {"आज", "कल", "परसों"} | {
    "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर",
    "अक्टूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
}


def _names_day(tx: Timex) -> bool:
    """A DATE, or a TIME whose words name its day (a weekday, a month, आज/कल)."""
    return tx.type == "DATE" or not _DAY_WORDS.isdisjoint(tx.text.split())


def _start_day(sv: SentenceView, cand: Candidate) -> Timex | None:
    """The last "<day> से" of the trigger's clause before it, or between its noun and the light
    verb far after it (a calendar day, not a bound "से पहले/बाद" nor "से अब तक")."""
    toks = sv.tokens
    found = None
    verb_at = _light_verb_at(sv, cand)
    for tx in sv.timexes:
        if tx.type not in _DAY_TYPES or not tx.text.endswith("से") or not _names_day(tx):
            continue
        if len(date_part(tx.value or "")) != 10 or not is_date_value(date_part(tx.value or "")):
            continue
        if tx.end <= toks[cand.first].start:
            stop = cand.first
        elif toks[cand.last].end <= tx.start and tx.end <= toks[verb_at].start:
            stop = verb_at  # "… वतन वापसी की प्रक्रिया 7 मई से चरणबद्ध तरीके से शुरू की जाएगी"
        else:
            continue
        k = sv.token_at(tx.end - 1) + 1
        if k < len(toks) and toks[k].text in _SINCE_OR_RELATIVE:
            continue
        if any(is_break(toks, j) for j in range(k, stop)):
            continue
        if any(_decided(toks, j) for j in range(k, _clause_end(sv, cand.last))):
            continue
        if _relative_before(sv, tx, cand.first):
            continue
        found = tx
    return found


def _light_verb_at(sv: SentenceView, cand: Candidate) -> int:
    """The first token of a noun trigger's verb complex where words stand between the two
    ("वतन वापसी की प्रक्रिया 7 मई से … शुरू की जाएगी": the light verb reached past the process,
    round ev199), else the trigger's first token. The complex is the last match of its words in
    the clause, before no break: a genitive "की" right after the noun is none of it.

    Round ev205 (issue 13): a start day in that stretch is the act's as one before the noun is
    (the tune half's repatriation, dated 7 May by the gold, had no date)."""
    verb = cand.verb
    toks = sv.tokens
    if not cand.light or not verb or cand.fronted or cand.trig.verbal:
        return cand.first
    n = len(verb)
    end = _clause_end(sv, cand.last)
    for k in range(end - n, cand.last + 1, -1):
        if [t.text for t in toks[k : k + n]] == verb:
            return k
    return cand.first


def _decided(toks: list[Token], j: int) -> bool:
    """Token ``j`` is a word of deciding, not the bound "अगले आदेश तक" (until further orders)."""
    if toks[j].text not in _DECIDED:
        return False
    return not (j + 1 < len(toks) and toks[j + 1].text == "तक")


def _clause_end(sv: SentenceView, index: int) -> int:
    for k in range(index + 1, len(sv.tokens)):
        if is_break(sv.tokens, k):
            return k
    return len(sv.tokens)
