"""English trigger verbs: a stem and its inflections, COVID-era measures, the frame around a verb.

Why a module of its own: :func:`khabar.events.english.code_sentence` picks a sentence's main
event from the trigger hits and the actor chunks around them; what counts as a hit, and what its
frame says, is English morphology and grammar kept here. A trigger stem of the lexicon
(``data/events/triggers_en.yaml``) matches only its regular inflections (:func:`inflects`); a
measure counts as a verb with one of its objects ("imposed a lockdown", "sealed the border") or
as a passive with its "by" agent; a fight against a disease is no use of force; the modal frame
before a verb retypes it ("will support" AGREE, "must" REQUEST, "failed to reach" REJECT); and a
passive frame (:func:`passive_at`) swaps subject and agent. The underscored names are private to
this package.
"""

from __future__ import annotations

from .english_chunks import _OPENERS, _Chunk, _group
from .lexicon import EnglishTrigger

_NEGATION = frozenset({"not", "never", "n't", "no"})
# PLOVER reads the frame around a verb: intent to act in future is AGREE ("will support",
# "offered to"), a future act with a condition is THREATEN ("will withdraw unless"), "must" is a
# demand (REQUEST), and refusing to agree or meet is REJECT. Checked on the PLOVER gold records.
_INTENT = frozenset({"will", "would", "ready", "offered", "promised", "pledged", "willing"})
_INTENT_KEEP = frozenset(
    {"THREATEN", "REQUEST", "REJECT", "AGREE", "PROTEST", "SANCTION", "ASSAULT"}
)
_FAILED = frozenset({"failed", "fail", "fails", "failing"})
_POSITIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE"})
# (round ev172: "slated", "scheduled" and "upcoming" before a noun act: "the slated visit of
# U.S. Commerce Secretary William Daley in September")
_FUTURE = frozenset(
    {"will", "would", "plans", "plan", "planned", "intends", "to", "shall", "slated", "scheduled",
     "upcoming"}
)


def _match(toks: list[tuple[int, int, str]], i: int, trig: EnglishTrigger, raw: str) -> int:
    """Number of tokens the trigger covers at ``i`` (0: no match). A capitalised word inside a
    sentence is a name ("West Bank", "Freedom party"), never a trigger."""
    if i > 0 and toks[i][2][:1].isupper():
        return 0
    if (
        toks[i][2][:1].isupper()
        and toks[i][2].lower() in _OPENERS
        and not any(t[2][:1].isalnum() for t in toks[:i])
    ):
        return 0  # round en4: a sentence's "Several ministers met ..." is not the stem "sever"
    words = trig.stem.strip().split()
    exact = raw != raw.strip()
    if i + len(words) > len(toks):
        return 0
    for k, w in enumerate(words):
        tok = toks[i + k][2].lower()
        last = k == len(words) - 1
        if (exact or not last) and tok != w:
            return 0
        if not exact and last and not inflects(tok, w):
            return 0
    prev = toks[i - 1][2].lower() if i > 0 else ""
    if len(words) == 1 and tok == w and w in _NOUN_HOMOGRAPHS and prev in _DETERMINERS:
        return 0  # "a sign of", "in return for": the noun, no act
    if len(words) == 1 and tok in {"release", "releases"} and prev in {"press", "news"}:
        return 0  # "said in a press release": a statement, no one freed
    return len(words)


# Round en5: stems whose bare form after a determiner is a noun that reports no act ("a first
# sign of recovery", "in return for", "the return of the observers" stays: "return" there is
# written with "of", still no release by anyone named); counted on NGEC synthetic stories and
# CASE 2021 snippets (11 "sign" and 18 "return" first triggers, most of them the noun).
_NOUN_HOMOGRAPHS = frozenset({"sign", "return"})
_DETERMINERS = frozenset({"a", "an", "the", "first", "no", "any", "in", "clear", "positive"})


# Round en5: a trigger stem matched any word it began ("sever" inside "several", "support" inside
# "supporters", "host" inside "hostage", "stab" inside "stability", "called on" inside "called
# one"). A stem now takes only the regular English inflections; a truncated stem (written with a
# trailing "-" in triggers_en.yaml: "invit-") only the endings that complete a verb or its action
# noun. Agent nouns (-er, -or, -ant, -ee) and adjectives (-ive, -able, -ly) are excluded on
# purpose: "supporters", "attackers", "detainees" are actors, "allegedly" is no allegation.
# The ending lists are English morphology, not tuned on a gold; checked against the word list of
# PLOVER-GSR's tune half, NGEC synthetic stories, CASE 2021 snippets, TimeBank and MEANTIME.
_WHOLE_ENDINGS = frozenset(
    {"s", "ed", "ing", "ings", "ment", "ments", "ion", "ions", "ation", "ations"}
)
_TRUNCATED_ENDINGS = frozenset(
    {"e", "es", "ed", "ing", "ings", "ion", "ions", "ation", "ations", "ment", "ments", "al",
     "als", "ure", "ures", "ance", "ence", "y", "ies", "ied"}
)
_CONSONANTS = frozenset("bdgklmnprt")  # a final consonant doubled before -ed/-ing ("stabbed")


def inflects(tok: str, stem: str) -> bool:
    """Whether the lower-case token ``tok`` is ``stem`` or a regular inflection of it (see
    ``_WHOLE_ENDINGS``); a stem ending in "-" is truncated ("invit-") and takes the endings of
    ``_TRUNCATED_ENDINGS``. A possessive "'s" is ignored ("the attack's aftermath")."""
    tok = tok.removesuffix("'s").removesuffix("’s")
    if stem.endswith("-"):
        base = stem[:-1]
        return tok.startswith(base) and tok[len(base) :] in _TRUNCATED_ENDINGS
    if tok == stem:
        return True
    if tok.startswith(stem):
        rest = tok[len(stem) :]
        if rest in _WHOLE_ENDINGS:
            return True
        if rest == "es" and stem.endswith(("s", "sh", "ch", "x", "z", "o")):
            return True  # "clashes", "vetoes"
        if rest == "d" and stem.endswith("e"):
            return True  # "agreed", "eased"
        # a doubled final consonant: "stabbed", "kidnapping", "admitted"
        return stem[-1] in _CONSONANTS and rest[:1] == stem[-1] and rest[1:] in {"ed", "ing", "ings"}
    head = stem[:-1]
    if not tok.startswith(head):
        return False
    rest = tok[len(head) :]
    if stem.endswith("e"):
        return rest in {"ing", "ings", "ion", "ions", "ation", "ations"}  # "easing", "probing"
    if stem.endswith("y") and stem[-2:-1] not in set("aeiou"):
        return rest in {"ies", "ied"}  # "rallied", "denies"
    return False


def _reframe(
    toks: list[tuple[int, int, str]], trig: EnglishTrigger, first: int, last: int
) -> tuple[EnglishTrigger, int, int]:
    """Retype a trigger from the modal frame before it (see ``_INTENT``)."""
    before = [t[2].lower() for t in toks[max(0, first - 3) : first]]
    words = {t[2].lower() for t in toks}
    if "must" in before:
        return EnglishTrigger(trig.stem, "REQUEST", "request"), first, last
    if before and set(before) & _NEGATION and trig.type in _POSITIVE:
        return EnglishTrigger(trig.stem, "REJECT", "reject"), first, last
    wider = {t[2].lower() for t in toks[max(0, first - 4) : first]}  # "failed to reach an"
    if wider & _FAILED and "to" in wider and trig.type in _POSITIVE:
        # round en5: "failed to reach an agreement", "refuse to cooperate" read as the
        # negation does (English grammar; one on the PLOVER-GSR tune half, our own sentences)
        return EnglishTrigger(trig.stem, "REJECT", "reject"), first, last
    if set(before) & _INTENT and not passive_at(toks, first):
        # (round en5: "will get detained by the police" is the police's planned arrest, no
        # promise of the subject's)
        if "unless" in words:
            return EnglishTrigger(trig.stem, "THREATEN", "threaten"), first, last
        if trig.type == "CONSULT":  # a planned meeting keeps its kind (visit, summit, call)
            return EnglishTrigger(trig.stem, "AGREE", trig.mode), first, last
        if trig.type not in _INTENT_KEEP:
            return EnglishTrigger(trig.stem, "AGREE", "agree"), first, last
    return trig, first, last


# A fight, a war or a kill whose other side is a disease or a social ill is no use of force:
# "fight the pandemic", "fighting against COVID-19", "the virus has killed 300 people" (the
# Hindi lexicon has no "लड़ाई" trigger at all for the same reason). Word stems; written from
# general COVID-era news English (round en2, issue 13 item 5), checked on our own wire-style
# sentences in tests/test_events_english_acts.py.
_ILLS = (
    "pandemic",
    "epidemic",
    "virus",
    "coronavirus",
    "covid",
    "corona",
    "outbreak",
    "disease",
    "infection",
    "contagion",
    "malaria",
    "dengue",
    "cancer",
    "tuberculosis",
    "poverty",
    "hunger",
    "inflation",
    "unemployment",
    "corruption",
    "climate",
    "illiteracy",
    "drought",
    "locust",
)
# words that may stand between the verb and the ill ("fight back against the spread of the
# deadly virus", "killed by the coronavirus") or before it as its subject ("the virus has
# already killed")
_ILL_FILLER = frozenset(
    {
        "against", "the", "a", "an", "back", "off", "on", "with", "this", "that", "novel",
        "deadly", "global", "ongoing", "spread", "of", "by", "its", "their", "our", "his",
        "her", "country's", "nation's", "new", "second", "wave", "has", "have", "had",
        "already", "so", "far", "-", "19", "now",
    }
)


def _is_ill(word: str) -> bool:
    return word.lower().startswith(_ILLS)


def _against_disease(
    toks: list[tuple[int, int, str]], trig: EnglishTrigger, first: int, last: int
) -> bool:
    """An ASSAULT trigger whose object (or subject) is a disease or social ill (see _ILLS)."""
    if trig.type != "ASSAULT":
        return False
    k = last + 1
    while k < len(toks) and toks[k][2].lower() in _ILL_FILLER:
        k += 1
    if k < len(toks) and _is_ill(toks[k][2]):
        return True
    k = first - 1
    while k >= 0 and toks[k][2].lower() in _ILL_FILLER:
        k -= 1
    return k >= 0 and _is_ill(toks[k][2])


# COVID-era measures stated as verb + object ("imposed a lockdown", "extended the lockdown",
# "ordered the closure of schools", "sealed the border", "announced a relief package"): the
# verb counts only with one of its objects within a few words, so "sealed a deal" or "extended
# support" stay no event and a bare "the lockdown was a mistake" has no act. Modes follow the
# Hindi lexicon (lockdown, seal, close, relief_package). Written from general COVID-era news
# English (round en2, issue 13 item 5); checked on tests/test_events_english_acts.py.
_MEASURE_VERBS: dict[str, frozenset[str]] = {
    "impos-": frozenset({"lockdown", "curfew", "restriction", "ban"}),
    "extend": frozenset({"lockdown", "curfew", "closure", "restriction"}),
    "enforc-": frozenset({"lockdown", "curfew"}),
    "announc-": frozenset({"lockdown", "curfew", "package", "closure"}),
    "declar-": frozenset({"lockdown", "curfew"}),
    "order": frozenset({"lockdown", "closure", "curfew"}),
    "clamp": frozenset({"lockdown", "curfew"}),
    "seal": frozenset({"border", "boundar-", "district", "area", "village", "building", "city"}),
    "clos-": frozenset({"border", "school", "college", "market", "shop", "mall"}),
    "shut": frozenset({"border", "school", "college", "market", "shop", "mall"}),
}
_MEASURE_OBJECTS: dict[str, tuple[str, str]] = {
    "lockdown": ("COERCE", "lockdown"),
    "curfew": ("COERCE", "coerce"),
    "restriction": ("COERCE", "restrict"),
    "ban": ("SANCTION", "ban"),
    "closure": ("COERCE", "close"),
    "package": ("AID", "relief_package"),
    "border": ("COERCE", "seal"),
    "boundar-": ("COERCE", "seal"),
    "district": ("COERCE", "seal"),
    "area": ("COERCE", "seal"),
    "village": ("COERCE", "seal"),
    "building": ("COERCE", "seal"),
    "city": ("COERCE", "seal"),
    "school": ("COERCE", "close"),
    "college": ("COERCE", "close"),
    "market": ("COERCE", "close"),
    "shop": ("COERCE", "close"),
    "mall": ("COERCE", "close"),
}
# nouns and adverbs sharing a verb's stem: "the closure of schools" alone is no act
_NOT_MEASURE_VERBS = frozenset(
    {"closure", "closures", "closer", "closely", "closest", "shutdown", "shutdowns", "orderly",
     "announcement", "announcements", "declaration", "enforcement", "imposition", "extension",
     "extensive", "extent", "orders"}
)
# words between a measure verb and its object ("extended the nationwide lockdown till May 3",
# "announced a Rs 1.7 lakh crore relief package")
_MEASURE_GAP = 5
# a measure only asked for is no act ("calls to extend the lockdown grew")
_ASKED = frozenset(
    {"calls", "call", "demand", "demands", "demanded", "demanding", "urged", "sought", "plea",
     "pressure", "whether", "if"}
)


def _measure_hits(toks: list[tuple[int, int, str]]) -> list[tuple[EnglishTrigger, int, int]]:
    """Measure acts of the sentence (see ``_MEASURE_VERBS``): verb token to object token."""
    out: list[tuple[EnglishTrigger, int, int]] = []
    for i, (_, _, word) in enumerate(toks):
        low = word.lower()
        if not word[:1].islower():
            continue
        verb = next((v for v in _MEASURE_VERBS if inflects(low, v)), None)
        if verb is None or low in _NOT_MEASURE_VERBS:
            continue
        if set(t[2].lower() for t in toks[max(0, i - 3) : i]) & _ASKED:
            continue
        found = False
        for j in range(i + 1, min(len(toks), i + 2 + _MEASURE_GAP)):
            w = toks[j][2].lower()
            if w in _MEASURE_STOPS:
                break
            obj = next((o for o in _MEASURE_VERBS[verb] if inflects(w, o)), None)
            if obj is not None:
                type_, mode = _MEASURE_OBJECTS[obj]
                out.append((EnglishTrigger(low + " " + w, type_, mode), i, j))
                found = True
                break
        hit = None if found else _passive_measure(toks, i, verb)
        if hit is not None:
            out.append(hit)
    return out


# "between a verb and its object" stops at a clause or phrase boundary: in "sealed the deal in
# the city" the city is no object of "sealed"
_MEASURE_STOPS = frozenset(
    {",", ";", ".", "and", "but", "to", "as", "after", "because", "in", "at", "on", "for",
     "with", "from", "by", "into", "over", "under", "amid"}
)
# Round en5: the "get" passive ("two men got arrested", "will get detained") is a passive too;
# English grammar, not tuned on a gold (a handful in NGEC stories, CASE 2021 and TimeBank).
_PASSIVE_AUX = frozenset(
    {"was", "were", "been", "be", "is", "are", "being", "get", "gets", "got", "gotten", "getting"}
)


def _passive_measure(
    toks: list[tuple[int, int, str]], i: int, verb: str
) -> tuple[EnglishTrigger, int, int] | None:
    """A passive measure with its agent ("Schools in the district were closed by the
    administration"): a passive frame (``passive_at``), the object before it, "by" after it.
    The trigger is the verb alone, so its own frame ("will be imposed") gives the modality.
    Round en5: the frame test was a near-copy of ``passive_at`` (no adverb, no "get" passive);
    it is now that test, plus the two things only a measure needs: an agent and an object."""
    low = toks[i][2].lower()
    if not passive_at(toks, i) or _by_at(toks, i) < 0:
        return None
    for j in range(i - 2, max(-1, i - 2 - _MEASURE_GAP), -1):
        w = toks[j][2].lower()
        if w in {",", ";", "."}:
            break
        obj = next((o for o in _MEASURE_VERBS[verb] if inflects(w, o)), None)
        if obj is not None:
            type_, mode = _MEASURE_OBJECTS[obj]
            return EnglishTrigger(w + " " + low, type_, mode), i, i
    return None


# how far "by" may stand after a passive verb ("was imposed in the old city by the district
# administration"); tuned on our own sentences in tests/test_events_english_acts.py
_BY_WINDOW = 8


def _by_at(toks: list[tuple[int, int, str]], last: int) -> int:
    """The token index of "by" within ``_BY_WINDOW`` after ``last``, before any comma; -1."""
    for k in range(last + 1, min(last + 1 + _BY_WINDOW, len(toks))):
        if toks[k][2] in {",", ";", "."}:
            break
        if toks[k][2] == "by":
            return k
    return -1


def _by_agent(
    toks: list[tuple[int, int, str]], chunks: list[_Chunk], last: int
) -> list[_Chunk]:
    """The actor after "by" just after token ``last`` (a passive's agent)."""
    at = _by_at(toks, last)
    after = [c for c in chunks if at >= 0 and at < c.first <= at + 4]
    return _group(chunks, toks, after[0]) if after else []


# A passive frame: an auxiliary ("was", "were", "has been", "is being", "will be") just before
# a past participle, at most one "-ly" adverb between ("were reportedly attacked"). Irregular
# participles that end neither in -ed nor -en; written from general news English (round en3).
_IRREGULAR_PARTICIPLES = frozenset(
    {"hit", "shot", "held", "met", "struck", "fought", "sought", "caught", "told", "sent",
     "put", "cut", "set", "led", "built", "kept", "left", "brought", "bought", "thrown", "shut",
     "won", "paid", "sold", "quit", "slain", "hung", "spent", "lost"}
)


def passive_at(toks: list[tuple[int, int, str]], first: int) -> bool:
    """Whether the trigger at token ``first`` is a past participle after a passive auxiliary."""
    if first <= 0:
        return False
    verb = toks[first][2].lower()
    if not (verb.endswith(("ed", "en")) or verb in _IRREGULAR_PARTICIPLES):
        return False
    if first + 1 < len(toks) and toks[first + 1][2].lower() == "to":
        return False  # an adjective's frame: "is prepared to lift", "was forced to resign"
    k = first - 1
    if toks[k][2].lower().endswith("ly") and k > 0:
        k -= 1
    return toks[k][2].lower() in _PASSIVE_AUX
