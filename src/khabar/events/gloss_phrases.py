"""The phrase rules of the English gloss: how the words of a Hindi noun phrase are put together.

Why apart: :mod:`khabar.events.gloss` says a phrase in English; most of that work is the grammar
of Hindi noun phrases read here, rule by rule: conjuncts and a head they share, "A के B" (B of A),
a relative participle with its place or origin ("X में फंसे Y" = Y stranded in X), an age, a
bound on a count, a resident of a place, "X वाले Y" (Y with X), an except-phrase, a locality
named by a proper name, and the English number of the head (singular after "एक", plural after a
quantifier). The rules call one another (a genitive's owner is a phrase, a participle's place a
genitive) and nothing of :mod:`khabar.events.gloss`, which calls them; the glossary and its words
are :mod:`khabar.events.glossary`'s.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..entities.translit import deva_key
from .glossary import (
    _DIGITS,
    _NUMBER,
    Glossary,
    _abbreviation,
    _lookup,
    _place_en,
    _place_pair,
    glossary,
    known_word,
)
from .loan_phrases import loan_modifier
from .names import name_like, romanise
from .owners_said import _UNCOUNTED, _the
from .place_lists import listed_localities, listed_places
from .places import unknown_town_before

# The postpositions a relative participle (kind ``rel``) takes its place or origin with, and
# their English: "दूसरे राज्यों में फंसे लोगों" = "people stranded in other states".
_REL_LINKS = {"में": "in", "से": "from"}
_WALE = frozenset({"वाले", "वालों", "वाली"})
_CONJUNCTIONS = frozenset({",", "और", "तथा", "एवं", "व", "या"})
_GENITIVE = frozenset({"के", "की", "का"})
# "के बीच": between the owners named before it, not owned by them (round ev102)
BETWEEN = frozenset({"बीच", "दरम्यान"})
# Postpositions inside a phrase: what comes before one qualifies the head after it in ways a
# word gloss cannot render ("बिहार के बाहर से आ रहे मजदूरों"), so only the part after it is read.
# "X समेत/सहित Y" (Y including X) names Y: the part before it is an example, left out (round
# ev34: "मंदिर समेत सभी मंदिरों" read "temples all temples" on corpus day files).
_INCLUDING = frozenset({"समेत", "सहित"})
# A colon ends a label before the phrase ("कोरोना वायरस : दिल्ली मेट्रो", round ev34, corpus).
# "X छोड़कर Y" (Y except X) names Y alone ("जरूरी चीजें छोड़कर बाकी सारी दुकानें").
_POSTPOSITIONS = (
    frozenset({"में", "से", "पर", "को", "तक", "ने", "द्वारा", ":", "छोड़कर", "छोड़"}) | _INCLUDING
)
# Words that make a number approximate after its genitive ("1000 के करीब लोगों").
_ABOUT = frozenset({"करीब", "लगभग", "तकरीबन", "आसपास"})
_SMALL_NUMBERS = {
    "एक": "1", "दो": "2", "तीन": "3", "चार": "4", "पांच": "5", "पाँच": "5", "छह": "6",
    "सात": "7", "आठ": "8", "नौ": "9", "दस": "10", "डेढ़": "1.5", "ढाई": "2.5",
}


# Nouns of places below a town that news names by a proper name the KB does not know ("तिलक
# विहार इलाके", "गमहरिया गांव", "सेक्टर"): the name is said in English, spelt from the Hindi,
# rather than left out ("entire area" for "पूरे तिलक विहार इलाके"). Issue 13, round ev43:
# sealed and contained localities on corpus day files outside the event gold.
_LOCALITIES = frozenset({"area", "areas", "village", "villages", "sector", "markets", "colony"})
_NAME_REACH = 3  # words of a locality's name: "नया भोजपुर", "तिलक विहार", "सिविल लाइंस"


def _locality_name(words: list[str], i: int, g: Glossary) -> tuple[int, str] | None:
    """(number of words, English) of a proper name the glossary and the KB do not know, right
    before a locality noun; every word must look like a name (:func:`.names.name_like`)."""
    # cheap first: a locality noun must start within reach after ``i``, else no name is read
    if not any(
        e.kind == "noun" and e.en in _LOCALITIES
        for w in words[i + 1 : i + 1 + _NAME_REACH]
        for _form, e in g.index.get(w, ())
    ):
        return None
    from ..entities.tagger import lexicon_label

    j = i
    while j < len(words) and j - i < _NAME_REACH and _lookup(words, j, g) is None:
        if not name_like(words[j]) or _place_en((words[j],)) or _NUMBER.fullmatch(words[j]):
            return None
        if lexicon_label(deva_key(words[j])) not in {None, "PER", "LOC"}:
            return None  # "सील इलाके": a word the tagger's text uses outside names
        j += 1
    hit = _lookup(words, j, g) if i < j < len(words) else None
    if hit is None or hit[1] not in _LOCALITIES or hit[2] != "noun":
        return None
    latin = romanise(" ".join(words[i:j]))
    return (j - i, latin) if latin else None


_DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those"})


# Glossary kinds that describe a head and stand after a quantifier in English ("सभी फंसे
# मजदूरों" and "फंसे सभी मजदूरों" alike: all stranded workers; round ev99).
_DESCRIBING = frozenset({"mod", "rel"})


def _conjunct(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of one conjunct without postpositions; None when its last
    word (the head) is neither a glossary noun, a place nor a number."""
    out: list[str] = []
    kinds: list[str] = []  # the glossary kind of each word of ``out`` ("" for others)
    place = head_ok = False
    i = 0
    while i < len(words):
        hit = _lookup(words, i, g)
        if hit is not None:
            n, en, kind = hit
            last = words[i + n - 1]
            if kind == "noun" and i + n < len(words) and last.endswith("ों") and last not in _WALE:
                # an oblique plural ("लोगों", "दुकानों") stands before a postposition, never
                # before another noun: a phrase read across a clause ("पुलिस लोगों बाहर
                # निकलने वालों"), no English (round ev34, corpus day files)
                return None
            if kind == "noun" and words[i + n - 1] in _WALE and i + n < len(words):
                # "उल्लंघन करने वाले 50 लोगों" = "50 violators", not "violators 50 people";
                # before another head the participle's noun says nothing readable (round ev34)
                rest = _conjunct(words[i + n :], g)
                if rest is None or rest[0].split()[-1] not in {"people", "persons"}:
                    return None
                return " ".join([*out, *rest[0].split()[:-1], en]), place or rest[1]
            at = len(out)
            while kind == "det" and at and kinds[at - 1] in _DESCRIBING:
                at -= 1  # "फंसे सभी प्रवासियों": all stranded migrants (was stranded all migrants)
            out.insert(at, en)
            kinds.insert(at, kind)
            i += n
            head_ok = i == len(words) and kind in {"noun", "act"}
            continue
        pair = _place_pair(words[i])
        if pair is not None:
            out.append(pair)
            kinds.append("")
            place = True
            i += 1
            head_ok = i == len(words)
            continue
        n = next(
            (k for k in (3, 2, 1) if i + k <= len(words) and _place_en(tuple(words[i : i + k]))),
            0,
        )
        if n:
            en = _place_en(tuple(words[i : i + n])) or ""
            after = words[i + n][1:-1] if i + n < len(words) and words[i + n][:1] == "(" else ""
            if after and _place_en((after,)) == en:  # "संयुक्त अरब अमीरात (यूएई)"
                en, n = f"{en} ({_abbreviation(after)})", n + 1
            out.append(en)
            kinds.append("")
            place = True
        elif _NUMBER.fullmatch(words[i]):
            out.append(words[i].translate(_DIGITS))
            kinds.append("")
            n = 1
            thousands = _thousands(out[-1], words[i + 1] if i + 1 < len(words) else "")
            if thousands is not None:
                out[-1], n = thousands, 2
        elif (named := _locality_name(words, i, g)) is not None:
            n, en = named
            out.append(en)
            kinds.append("")
            i += n
            head_ok = False  # the locality's noun follows
            continue
        elif i + 1 < len(words) and (loan := loan_modifier(words[i])) is not None:
            out.append(loan)  # "रेड जोन": an English word before the head (round nm1)
            kinds.append("mod")
            n = 1
        else:
            n = 1
            i += n
            head_ok = False  # an unknown word: left out (the Hindi stays on the argument)
            nxt = _lookup(words, i, g) if i < len(words) else None
            quantified = nxt is not None and (
                nxt[2] == "det" or nxt[1].split()[0] in {"all", "every", "everyone", "several"}
            )
            if out and out[-1] in _DEMONSTRATIVES and quantified:
                # "इस दौरान सभी राज्यों": a quantifier starts the head's phrase after the unknown
                # word, so the demonstrative was that word's ("during this"), not the head's
                # ("the all states", round ev83, a source stand-in); "इन चारों भाई बहनों" keeps it
                out.pop()
                kinds.pop()
            continue
        i += n
        head_ok = i == len(words)
    return (" ".join(out), place) if head_ok and out else None


def _thousands(number: str, word: str) -> str | None:
    """A count of thousands in the figures English news writes ("70 हजार कैदियों" = "70,000
    prisoners", "2.5 हजार" = "2,500"), not "70 thousand"; None when ``word`` is no हजार or the
    product is no whole number. Lakh and crore stay words: Indian English says "72 lakh people"
    (issue 13, round ev93: 26 counts "<number> हजार <noun>" on the corpus day files outside the
    gold's days and the held-out sets)."""
    if word not in {"हजार", "हज़ार"} or not re.fullmatch(r"\d+(\.\d{1,3})?", number):
        return None
    whole, _, frac = number.partition(".")
    value = int(whole) * 1000 + int((frac + "000")[:3] or 0)
    return f"{value:,}"


def _phrase(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of a phrase: conjuncts glossed one by one, "A के B" = "B of A";
    a people noun after the last genitive is owned by all the conjuncts before it ("गृह विभाग
    और पुलिस के आला अधिकारियों" = "senior officials of home department and police")."""
    more = _more(words, g) or listed_places(words, g, _genitive)  # "इटली और ईरान से …" (nm1)
    if more is not None:
        return more
    at = max((i for i, w in enumerate(words) if w in _GENITIVE), default=-1)
    if 0 < at < len(words) - 2 and words[at + 1] in BETWEEN and not _CONJUNCTIONS & set(words[at:]):
        # "भारत और चीन के बीच उड़ानों" = "flights between India and China": between them all
        head = _conjunct(words[at + 2 :], g)
        among = _phrase(words[:at], g) if head is not None else None
        if head is not None and among is not None:
            return f"{head[0]} between {among[0]}", head[1] or among[1]
    if 0 < at < len(words) - 1 and not _CONJUNCTIONS & set(words[at:]):
        head = _conjunct(words[at + 1 :], g)
        if head is not None and head[0].split()[-1] in _people():
            lead = 0
            while lead < at - 1 and _describes_people(words[lead], g):
                lead += 1  # "दोषी नगर निगम और … के स्टाफ": the guilty staff, not guilty bodies
            owned = words[lead:at]
            owners = _phrase(owned, g) if _CONJUNCTIONS & set(owned) else None
            if owners is not None:
                described = [_lookup(words, k, g) for k in range(lead)]
                said = " ".join([*(d[1] for d in described if d), head[0]])
                to = owners[1] and _TRAVEL & set(head[0].split())  # "… और ईरान की यात्रा करने वाले"
                return f"{said} {'to' if to else 'of'} {owners[0]}", owners[1]
    if 0 < at < len(words) - 1 and set(words[:at]) <= _OWNERS_NOT_KINDS and _CONJUNCTIONS & set(words):
        # "राज्य के सभी निजी और सरकारी स्कूल": the conjoined heads of the state, which the
        # jurisdiction places; read without "राज्य के" it was only its last conjunct (ev204)
        return _phrase(words[at + 1 :], g)
    parts: list[list[str]] = [[]]
    for k, w in enumerate(words):
        if w in _CONJUNCTIONS and words[k + 1 : k + 2] != ["उससे"]:  # "18 वर्ष या उससे कम"
            parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if not parts:
        return None
    shared = _shared_head(parts, g) or listed_localities(parts, g, _locality_name)  # nm3
    if shared is not None:
        return shared
    glossed: list[str] = []
    place = False
    for part in parts:
        got = _genitive(part, g)
        if got is None:
            return None
        glossed.append(got[0])
        place = place or got[1]
    if len(glossed) == 1:
        return glossed[0], place
    return f"{', '.join(glossed[:-1])} and {glossed[-1]}", place


def _describes_people(word: str, g: Glossary) -> bool:
    """Whether the glossary knows a word both as a noun of people and as a modifier ("दोषी":
    culprits, guilty): before coordinated owners of a people noun it describes the people, not
    the first owner (round ev102: "दोषी नगर निगम और फायर ब्रिगेड के स्टाफ" on the tuning set Tc
    was "staff of culprits municipal corporation and fire brigade")."""
    kinds = {(e.kind, e.people) for f, e in g.index.get(word, ()) if f == (word,)}
    return ("noun", True) in kinds and any(kind == "mod" for kind, _ in kinds)


def _more(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """ "84 और ट्रेनों" = "84 more trains", "एक और मरीज" = "another patient": a count before और
    and a phrase with no count or place of its own is how many more, no conjunct of its own (round
    ev102: "84 and trains" on the tuning set Te; 120 "<count> और <word>" on the allowed corpus day
    files, most of them more cases, patients or people). "तीन और पंजाब" (three, and Punjab) stays
    a coordination."""
    if len(words) < 3 or words[1] != "और" or _CONJUNCTIONS & set(words[2:]):
        return None
    raw = words[0].translate(_DIGITS)
    count = _SMALL_NUMBERS.get(raw) or (raw if _NUMBER.fullmatch(raw) else None)
    if count is None or _NUMBER.fullmatch(words[2]) or words[2] in _SMALL_NUMBERS:
        return None
    rest = _genitive(words[2:], g)
    if rest is None or rest[1]:
        return None
    if count == "1":
        return f"another {_singular(rest[0]) or rest[0]}", False
    said = _lookup(words[:1], 0, g)  # "दो" = "two", as the glossary says a count alone
    count = said[1] if said is not None and said[2] == "det" else count
    return f"{count} more {_plural(rest[0]) or rest[0]}", False


def _shared_head(parts: list[list[str]], g: Glossary) -> tuple[str, bool] | None:
    """ "सभी निजी और सरकारी स्कूलों" = "all private and government schools": conjuncts of
    modifiers only share the head of the last conjunct (round ev43: "निजी और सरकारी स्कूल"
    was read as "government schools" alone on corpus day files outside the event gold)."""
    if len(parts) < 2:
        return None
    mods: list[str] = []
    for part in parts[:-1]:
        hits = [_lookup(part, i, g) for i in range(len(part))]
        if not all(h is not None and h[0] == 1 and h[2] in {"mod", "det"} for h in hits):
            return None
        if not any(h is not None and h[2] == "mod" for h in hits):
            return None  # "कुछ और क्षेत्रों": some more areas, no shared head
        mods.append(" ".join(h[1] for h in hits if h is not None))
    if not all(known_word(w) or w in _GENITIVE for w in parts[-1]):
        # "प्रशासनिक तथा राजभाषा विभाग": the last conjunct's own modifier is unknown, so the
        # modifiers before would be joined to nothing ("administrative and department", round
        # ev119 on a corpus day file once प्रशासनिक was glossed)
        return None
    last = _genitive(parts[-1], g)
    if last is None:
        return None
    return " and ".join([*mods, last[0]]), last[1]


@cache
def _people() -> frozenset[str]:
    """Last English words of the actor dictionary's groups ("officials", "workers") and of the
    glossary's nouns of people ("staff", "employees"): the nouns of people a genitive after a
    coordination belongs to as a whole (round ev102: "नगर निगम और फायर ब्रिगेड के स्टाफ" was
    "municipal corporation and staff of fire brigade", the staff read as a second target)."""
    from .actors import actor_dictionary

    groups = {w.bare.split()[-1] for w in actor_dictionary().words if w.group and w.bare}
    staff = {e.en.split()[-1] for e in glossary().entries if e.people and e.kind == "noun"}
    return frozenset(groups | staff)


# The glossary's English of the motion participles (आने वाले, आए; लौटे): arriving from a place
# after से, in one named right before it (round ev99); returning to it (round ev119).
_ARRIVING = "arriving"
_MOTION = {_ARRIVING: "in", "returning": "to", "returned": "to"}
# Where a motion starts or ends that names no place of the KB: "घर लौट रहे लोगों" = "people
# returning home", "बाहर से आने वाले लोगों" = "people arriving from outside", "विदेश से" = "from
# abroad" (round ev119, issue 13: the participle was lost, "home people", "people")
_HOME = frozenset({"घर", "घरों"})
_OUTSIDE = {"बाहर": "outside", "विदेश": "abroad", "विदेशों": "abroad"}


def _participle(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """ "X में फंसे Y" = "Y stranded in X": a relative participle of the glossary (kind ``rel``)
    after a place or origin postposition links the phrase before it to the head after it; None
    when there is none or the head after it is unknown (the head before it may be: "Y stranded").
    A motion says both its ends where the phrase names them ("दूसरे राज्य से झारखंड में आने वाली
    बसों" = "buses arriving in Jharkhand from other state"; "बाहर से घर लौट रहे लोगों" = "people
    returning home from outside", round ev119)."""
    for i in range(len(words) - 1, 0, -1):
        for form, entry in g.index.get(words[i], ()):
            end = i + len(form)
            if entry.kind != "rel" or tuple(words[i:end]) != form:
                continue
            got = _linked(words, i, entry.en, g)
            if got is None:
                continue
            link, before, origin = got
            # "दूसरे देशों से आने वालों": the participle's वाले names the people themselves
            alone = end == len(words) and form[-1] in _WALE
            head = ("people", False) if alone else _genitive(words[end:], g)
            if head is not None and entry.en == _ARRIVING and before[-1:] == ["संपर्क"]:
                return _contacts(before[:-1], head[0], g), head[1]
            where = (link, True) if link == "home" else _where(before, g)
            # "ट्रेन से दिल्ली में आने वाले" = arriving in Delhi by train: a vehicle before the
            # से is how one came, not where from (round ev121: "from train", "from buses")
            since = (_by(origin) or f" from {origin}") if origin else ""
            if head is None or where is None:
                # no place or origin that can be said: the head alone, if it is a word
                return None if alone else head
            # the phrase is placed by its own place or origin: no jurisdiction is added
            if where[0] in {"abroad", "outside"} and link in {"from", "in"}:
                # "विदेश में फंसे" = "stranded abroad" (round ev34)
                return f"{head[0]} {entry.en}{' from' if link == 'from' else ''} {where[0]}", True
            if link == "home":
                return f"{head[0]} {entry.en} {link}{since}", True
            carried = _by(where[0]) if link == "from" else None
            if carried:
                # "स्पेशल ट्रेन से आने वाले लोगों": by the train, not from it (round ev62)
                return f"{head[0]} {entry.en}{carried}", True
            return f"{head[0]} {entry.en} {link} {where[0]}{since}", True
    return None


def _linked(
    words: list[str], i: int, verb: str, g: Glossary
) -> tuple[str, list[str], str | None] | None:
    """(link, the words of the place or origin, where a motion comes from) of the participle at
    ``words[i]``: the link is the English of its postposition ("in", "from"), or, with none, the
    end of a motion named right before it ("भारत आने वाले" = arriving in India, "भारत लौटे" =
    returning to India, "घर लौटे" = returning home); None when the participle links nothing.
    "वापस" (back) before it is the participle's own ("इटली से वापस लौटे", "गाजियाबाद वापस लौटे")."""
    if verb in _MOTION and i > 1 and words[i - 1] == "वापस":
        i -= 1
    link, before = _REL_LINKS.get(words[i - 1]), words[: i - 1]
    if link is None and verb in _MOTION:
        start = max((k for k in range(i) if words[k] in _POSTPOSITIONS | _GENITIVE), default=-1)
        reached = words[start + 1 : i]
        if reached and reached[-1] in _HOME:
            link, before = "home", words[: i - 1]
        elif reached and _place_en(tuple(reached)):
            # "भारत आने वाले यात्रियों": the place arrived at, no postposition before the
            # participle, "passengers arriving in India" (was "India passengers")
            link, before = _MOTION[verb], reached
        else:
            return None
        # where the motion came from: a से right before the place reached ("बाहर से घर")
        origin = _origin(words[: i - 1 if link == "home" else start + 1], g)
        return link, before, origin
    if link is None:
        return None
    if link == "in" and verb in _MOTION:
        # "दूसरे राज्य से झारखंड में आने वाली": arriving in Jharkhand, from another state
        cut = max((k for k, w in enumerate(before) if w in _POSTPOSITIONS), default=-1)
        if cut > 0 and before[cut] == "से":
            return link, before[cut + 1 :], _origin(before[: cut + 1], g)
    return link, before, None


def _origin(words: list[str], g: Glossary) -> str | None:
    """The English of where a motion comes from, read from words ending in its से ("बाहर से" =
    outside, "बिहार के बाहर से" = outside Bihar, "दिल्ली से" = Delhi), else None."""
    if len(words) < 2 or words[-1] != "से":
        return None
    return (_where(words[:-1], g) or (None, False))[0]


def _where(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of the place or origin before a participle's postposition: the
    longest tail of ``words`` the glossary can say, since the phrase read back to the participle
    may hold words of the clause before it ("साउथ कोरिया विदेश से आने वाले" = arriving from
    abroad; round ev119: the participle was lost, "passengers in South Korea"); "बाहर", "विदेश"
    are outside and abroad, and "X के बाहर" is outside X."""
    for k in range(len(words)):
        tail = words[k:]
        if tail[-1] in _OUTSIDE and len(tail) == 1:
            if k and words[k - 1] in _GENITIVE:
                # "जिले के बाहर से": outside an owner the glossary cannot say is not said;
                # "outside" alone would name anywhere (round ev121: was "from outside")
                return None
            return _OUTSIDE[tail[-1]], True
        if tail[-1] == "बाहर" and len(tail) >= 3 and tail[-2] in _GENITIVE:
            owner = _genitive(tail[:-2], g)
            if owner is not None:
                return f"outside {owner[0]}", True
            continue
        got = _genitive(tail, g)
        if got is not None:
            return got
    return None


# What one arrives by, not from ("ट्रेन से आने वाले", "बसों से आए"): the glossary's vehicles
# ("विमान" = aircraft: round ev121, "returning to India from aircraft").
_CARRIERS = frozenset(
    {"train", "trains", "bus", "buses", "flight", "flights", "vehicles", "aircraft"}
)


# How English says one came by a vehicle: the singular, no article ("by bus", not "by buses")
_BY = {"trains": "train", "buses": "bus", "flights": "flight", "vehicles": "vehicle"}


def _by(vehicle: str) -> str | None:
    """ " by train" for a vehicle of :data:`_CARRIERS` a motion came by ("बसों से" = by bus), the
    vehicle alone as English says it: the words before it are a name the glossary splits
    (round ev121: "श्रमिक स्पेशल ट्रेन से" was "from workers train"); None for anything else."""
    carrier = vehicle.split()[-1]
    if carrier not in _CARRIERS:
        return None
    return f" by {_BY.get(carrier, carrier)}"


def _contacts(before: list[str], head: str, g: Glossary) -> str:
    """ "(X के) संपर्क में आए 61 लोगों" = "61 contacts (of X)": who came in contact with a case,
    as coders name them, not "61 people arriving" nor "the public". A head other than people keeps
    its noun ("three traders in contact"). Issue 13, round ev43: 25 quarantines and isolations of
    such contacts on corpus day files outside the event gold, glossed "public of India", "61
    people" or not at all."""
    of = None
    if len(before) >= 2 and before[-1] in _GENITIVE:
        got = _genitive(before[:-1], g)
        one = not before[-2].endswith(("ों", "ओं")) and not _many_things(before[:-1])  # nm10
        of = _the((one and _singular(got[0])) or got[0], one) if got is not None else None
    if head == "everyone":  # "संपर्क में आए सभी लोगों"
        head = "all people"
    if head == "people" or head.endswith(" people"):
        return head.removesuffix("people") + "contacts" + (f" of {of}" if of else "")
    return f"{head} in contact" + (f" with {of}" if of else "")


# An age before a genitive ("65 साल से ज्यादा आयु के बुजुर्गों" = "elderly people over 65",
# "10 वर्ष से कम उम्र के बच्चों" = "children under 10"): the groups advisories and appeals of
# 2020 name. Forms read on corpus day files outside the event gold (round ev34, ~30 uses).
AGE = re.compile(
    r"([\d०-९]+) (?:साल|वर्ष) (से|या उससे) (ज्यादा|ज़्यादा|अधिक|ऊपर|कम)"
    r"(?: (?:की|के))?(?: (?:आयु|उम्र))? (?:के|की|का)"
)


def _age(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of "<age> के <head>"; None when the phrase is no such."""
    text = " ".join(words)
    m = AGE.match(text)
    if m is None:
        return None
    head = _genitive(text[m.end() :].split(), g)
    if head is None:
        return None
    years = m.group(1).translate(_DIGITS)
    under = m.group(3) == "कम"
    if m.group(2) == "से":
        return f"{head[0]} {'under' if under else 'over'} {years}", head[1]
    return f"{head[0]} aged {years} or {'under' if under else 'over'}", head[1]


# Round ev183 (issue 13): contacts named by a genitive or वाले rather than "संपर्क में आए" ("उनके
# संपर्क के लोगों को होम क्वारंटीन", "इनके संपर्क वाले लोगों", "मरीज के संपर्क वाले सदस्यों"): the
# glossary said them as the public or the bare head ("residents of Narmadapuram", "people in
# Saharanpur"); 3 such targets on the 280 allowed corpus day files.
_CONTACT_LINKS = frozenset({"के", "वाले", "वाली", "वालों"})
# Words after the link that make it a compound postposition's ("संपर्क के लिए", "… के बाद"),
# no contacts' phrase.
_NOT_CONTACTS = _POSTPOSITIONS | _GENITIVE | {"लिए", "लिये", "बाद", "पहले", "साथ", "दौरान", "बारे"}


def _contact_genitive(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """ "(X के) संपर्क के/वाले <people>" said as :func:`_contacts` says "संपर्क में आए"; None when
    the words are no such phrase or its head is unknown."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _CONTACT_LINKS and words[i - 1] == "संपर्क":
            if _NOT_CONTACTS & set(words[i + 1 :]):
                return None  # "संपर्क के लिए लोगों": the people are not said to be contacts
            head = _conjunct(words[i + 1 :], g)
            return None if head is None else (_contacts(words[: i - 1], head[0], g), head[1])
    return None


def _genitive(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    aged = _age(words, g)
    if aged is not None:
        return aged
    contact = _contact_genitive(words, g) if "संपर्क" in words else None
    if contact is not None:
        return contact
    linked = _participle(words, g)
    if linked is not None:
        return linked
    cut = max((i for i, w in enumerate(words) if w in _POSTPOSITIONS), default=-1)
    bounded = _bound(words, cut, g)
    if bounded is not None:
        return bounded
    if cut > 0 and words[cut] in _INCLUDING:
        # "दिल्ली समेत कई शहरों" = "several cities including Delhi": a place before समेत is
        # said (the phrase is placed by it); anything else before it is left out
        before = words[:cut][
            max((i for i, w in enumerate(words[:cut]) if w in _POSTPOSITIONS), default=-1) + 1 :
        ]
        named = _place_en(tuple(before)) if before else None
        rest = _genitive(words[cut + 1 :], g) if named else None
        if named and rest is not None:
            return f"{rest[0]} including {named}", True
    if cut > 0 and words[cut] in _EXCEPT:
        excepted = _except(words, cut, g)
        if excepted is not None:
            return excepted
    words = words[cut + 1 :]
    resident = _resident(words, g) or _having(words, g)
    if resident is not None:
        return resident
    at = max((i for i, w in enumerate(words) if w in _GENITIVE), default=-1)
    if at < 0:
        return _conjunct(words, g)
    if at == 1 and _NUMBER.fullmatch(words[0]) and words[2:3] and words[2] in _ABOUT:
        # "1000 के करीब लोगों": about 1000 people, not "about people of 1000"
        counted = _conjunct(words[3:], g)
        return (f"about {words[0].translate(_DIGITS)} {counted[0]}", counted[1]) if counted else None
    if at + 2 < len(words) and words[at + 1] in BETWEEN:
        # "राज्यों के बीच आवाजाही" = "movement between states" (was "movement of states": बीच,
        # no glossary word, was left out and the genitive read as the owner's; round ev102)
        head = _conjunct(words[at + 2 :], g)
        among = _genitive(words[:at], g)
        if head is None or among is None:
            return head
        return f"{head[0]} between {among[0]}", head[1] or among[1]
    head = _conjunct(words[at + 1 :], g)
    if head is None:
        return None
    # "शराब की दुकानें": a kind of thing before की makes an English compound; one form of
    # several words too ("कोरोना वायरस के मरीजों" = "COVID-19 patients", round ev34); after a
    # count its kind follows it ("तबलीगी जमात के 960 विदेशियों" = "960 Tablighi Jamaat
    # foreigners", round ev102: the kind was lost, "960 foreigners")
    kind = _kind_of(words[:at], g)
    if kind is not None and _NUMBER.fullmatch(words[at + 1]):
        number, _, tail = head[0].partition(" ")
        return (f"{number} {kind} {tail}", head[1]) if tail else head
    if kind is not None:
        return f"{kind} {head[0]}", head[1]
    owner = _genitive(words[:at], g)
    if owner is None:
        return head
    if not owner[1] and not words[at - 1].endswith(("ों", "ओं")) and not _many_things(words[:at]):
        # "स्कूल के पांच बच्चों" = "five children of school", not "of schools": an owner in the
        # oblique singular is one, whatever number the glossary gives its noun (round ev102)
        owner = (_singular(owner[0]) or owner[0], owner[1])
    elif not owner[1] and _many_things(words[:at]):
        # "दो परिवार के सदस्यों" = members of two families: a counted owner (round nm4)
        owner = (_plural(owner[0]) or owner[0], owner[1])
    one = not owner[1] and not words[at - 1].endswith(("ों", "ओं")) and not _many_things(words[:at])
    owner = (_possessive(owner[0]) or _the(owner[0], one), owner[1]) if not owner[1] else owner
    link = "in" if owner[1] and " " not in owner[0].strip() else "of"
    if owner[1] and _TRAVEL & set(head[0].split()) and all(map(known_word, words[:at])):
        # "जर्मनी की यात्रा करने वाले लोगों" = "travellers to Germany", "चीन की यात्रा" = "travel
        # to China": the genitive of a journey is where it goes (round ev119: was "travellers in
        # Germany", people in the place). Not so of flights or trains: "दिल्ली की सभी उड़ानें"
        # does not say from, to or in Delhi (round ev121: "all flights to Delhi" said a direction)
        link = "to"
    elif at == 1 and _place_pair(words[0]) and head[0].split()[-1] in _CARRIERS:
        # "दिल्ली-मुंबई की सभी उड़ानें" = "all Delhi-Mumbai flights": a pair of places names the
        # route (round ev121: was "all flights to Delhi-Mumbai")
        *said, carrier = head[0].split()
        return " ".join([*said, owner[0], carrier]), True
    return f"{head[0]} {link} {owner[0]}", head[1] or owner[1]


# Noun modifiers that before की/के name an owner, not a kind: "राज्य सरकारों" = state
# governments, but "राज्य के लोगों" is the state's people, never "state people" (round ev204,
# issue 13: the glossary's modifiers राज्य, जिला and संसद, added for the compounds)
_OWNERS_NOT_KINDS = frozenset({"राज्य", "जिला", "संसद"})


def _kind_of(words: list[str], g: Glossary) -> str | None:
    """The English of a kind before की/के that makes an English compound with the head after it
    ("शराब की दुकानों" = liquor shops), with the glossary modifiers before it ("सरकारी शराब की
    दुकानों" = government liquor shops, "सभी शराब की दुकानों" = all liquor shops: round ev119, both
    were "shops"); None when ``words`` is no kind or a word before it is no modifier or quantifier."""
    for k in range(len(words)):
        if words[k] in _OWNERS_NOT_KINDS:
            return None
        kind = next(
            (e.en for f, e in g.index.get(words[k], ()) if f == tuple(words[k:]) and e.kind == "mod"),
            None,
        )
        if kind is None:
            continue
        said: list[str] = []
        j = 0
        while j < k:
            hit = _lookup(words[:k], j, g)
            if hit is None or hit[2] not in {"mod", "det"}:
                return None
            said.append(hit[1])
            j += hit[0]
        return " ".join([*said, kind])
    return None


_EXCEPT = frozenset({"छोड़कर", "छोड़"})
_TRAVEL = frozenset({"travel", "travellers"})


def _except(words: list[str], cut: int, g: Glossary) -> tuple[str, bool] | None:
    """ "जरूरी चीजें छोड़कर बाकी सारी दुकानें" = "all shops except essential goods", "आवश्यक
    सेवाओं को छोड़कर सभी प्रतिष्ठानों" = "all establishments except essential services": what is
    excepted is said (round ev119: it was left out, "all remaining shops", which names every
    shop); "the rest" (बाकी, शेष) is then the except's to say. None when either part is unknown."""
    end = cut - 1 if words[cut - 1] == "को" else cut
    start = max((i for i in range(end) if words[i] in _POSTPOSITIONS), default=-1) + 1
    rest = _genitive(words[cut + 1 :], g)
    left = _genitive(words[start:end], g) if start < end else None
    if rest is None or left is None:
        return None
    said = re.sub(r"\bremaining ", "", rest[0])
    return f"{said} except {left[0]}", rest[1]


def _having(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """ "गंभीर लक्षण वाले दो मरीजों" = "two patients with severe symptoms": a noun phrase before
    वाले/वाली describes the head after it as having it (round ev119, issue 13: the phrase was
    said "two patients"); None unless both parts can be said. A verb's वाले ("रहने वाले",
    "उल्लंघन करने वाले") is the glossary's and :func:`_participle`'s, a form the glossary lists
    ("भीड़-भाड़ वाली") its own."""
    at = next((i for i, w in enumerate(words) if w in _WALE), -1)
    if at < 1 or at == len(words) - 1 or words[at - 1].endswith(("ने", "ते")):
        return None
    for k in range(at):
        hit = _lookup(words, k, g)
        if hit is not None and k + hit[0] > at:
            return None  # a glossary form holds the वाले ("भीड़ वाली")
    having = _conjunct(words[:at], g)
    head = _conjunct(words[at + 1 :], g)
    if having is None or head is None or having[1]:
        return None
    *said, place = having[0].split()
    if place in _DWELLINGS:
        # "गांव वाले लोगों" = "people of the village": a place before वाले is where they are
        # from, nothing they have (round ev121: was "people with village")
        return f"{head[0]} of the {' '.join([*said, _DWELLINGS[place]])}", head[1]
    return f"{head[0]} with {having[0]}", head[1]


# Places one lives in, said after "of the" when "X वाले" names the people of X: the glossary's
# nouns of such places, "घर" (home) as the household ("घर वाले लोग" are a family, round ev121)
_DWELLINGS = {
    "village": "village", "villages": "villages", "neighbourhood": "neighbourhood",
    "neighbourhoods": "neighbourhoods", "area": "area", "areas": "areas", "colony": "colony",
    "city": "city", "cities": "cities", "home": "household", "homes": "households",
}


def _possessive(owner: str) -> str | None:
    """ "family of woman" -> "the woman's family": an owner that is itself owned by one person
    is said with the person's possessive, so a genitive chain reads as English ("महिला के परिवार
    के पांच सदस्यों" = "five members of the woman's family", round ev119: was "five members of
    family of woman"); None unless the inner owner is one person of the glossary."""
    m = re.fullmatch(r"([a-z]+) of (?:the )?((?:young )?[a-z]+)", owner)
    if m is None or m.group(2).endswith("s"):
        return None
    person = m.group(2).split()[-1]
    if person not in _people() and _IRREGULAR.get(person, f"{person}s") not in _people():
        return None
    return f"the {m.group(2)}'s {m.group(1)}"


# "<home> निवासी <person>": one person and where he lives ("गोरखपुर निवासी व्यक्ति" = "resident of
# Gorakhpur", "ओइना गांव निवासी एक युवक" = "one young man from Oina village"), not residents and a
# person ("Gorakhpur residents person", round ev110's note; round ev113, issue 13). A person
# word that says no more than "person" leaves the resident alone.
_RESIDENT = "निवासी"
_ANYONE = frozenset({"person", "persons", "people"})


def _resident(words: list[str], g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of "<home> निवासी <people noun>", or None."""
    if _RESIDENT not in words[1:-1]:
        return None
    r = words.index(_RESIDENT)
    after = words[r + 1 :]
    person = _conjunct(after, g)
    if person is None or person[0].split()[-1] not in _people():
        return None
    home = _conjunct(words[:r], g)
    where = home[0] if home is not None else _home_name(words[:r])
    # the direct form after निवासी is one person unless counted ("निवासी युवक"; "निवासी दो युवकों")
    many = _many_things(after) or after[-1].endswith(("ों", "ओं"))
    one = (None if many else _singular(person[0])) or person[0]
    if person[0].split()[-1] in _ANYONE:
        one = " ".join([*one.split()[:-1], "residents" if many else "resident"])
    if where is None:
        return one, False  # a home no table knows: the person alone, never "residents person"
    if one.split()[-1] in {"resident", "residents"}:
        return f"{one} of {where}", True
    return f"{one} from {where}", True


def _home_name(words: list[str]) -> str | None:
    """A one-word home the glossary and the KB do not know, said as its name ("कालाढूंगी
    निवासी" = Kaladhungi) where it looks like a town's (:func:`.places.unknown_town_before`: a
    town's ending or a location of the tagger's lexicon; "कालोनी निवासी" is no town)."""
    if len(words) != 1:
        return None
    return unknown_town_before([_Word(words[0])], 1)


class _Word(NamedTuple):
    """A word where a token is read for its text alone."""

    text: str


# A bound on a count: "100 से ज्यादा देशों" = "more than 100 countries", "कम से कम 45 लोगों" =
# "at least 45 people" (the से is the comparison's, not a place's or a source's: cut there,
# the count was lost and "countries" named a hundred of them). Issue 13, round ev97: 2 of the
# unseen set Td's sources; 408 "<number> से ज्यादा/अधिक <word>" on the allowed corpus day files,
# none yet an actor phrase that reaches the count (their arguments still stop at the से).
_MORE = frozenset({"ज्यादा", "ज़्यादा", "अधिक"})


def _bound(words: list[str], cut: int, g: Glossary) -> tuple[str, bool] | None:
    """(English, names a place) of a phrase whose last postposition is a bound's से, or None."""
    if cut < 1 or words[cut] != "से" or not words[cut + 2 :]:
        return None
    if cut == 1 and words[:3] == ["कम", "से", "कम"]:
        rest = _genitive(words[3:], g)
        return (f"at least {rest[0]}", rest[1]) if rest and _NUMBER.match(rest[0]) else None
    if words[cut + 1] not in _MORE:
        return None
    # the count is what stands between the bound's से and the postposition before it, if any
    count = words[max((i for i in range(cut) if words[i] in _POSTPOSITIONS), default=-1) + 1 : cut]
    number = count[0].translate(_DIGITS) if count and _NUMBER.fullmatch(count[0]) else None
    number = number or (_SMALL_NUMBERS.get(count[0]) if count else None)
    if number is None or len(count) > 2:
        return None
    if len(count) == 2:
        number = _thousands(number, count[1]) or (
            f"{number} lakh" if count[1] == "लाख" else f"{number} crore" if count[1] == "करोड़"
            else None
        )
        if number is None:
            return None
    rest = _genitive(words[cut + 2 :], g)
    return (f"more than {number} {rest[0]}", rest[1]) if rest is not None else None


_HUNDREDS = frozenset({"सौ", "हजार", "हज़ार", "लाख", "करोड़", "दर्जन"})


def _one_thing(words: list[str]) -> bool:
    """ "एक बड़े पार्क", "एक धर्मगुरु", "उस स्कूल": one of a thing the glossary names in the plural
    (round ev53: "one parks", "one religious leaders", "the schools" on corpus day files); not
    "एक लाख लोगों"."""
    # "वायरस संक्रमित एक अन्य मरीज": एक after the modifiers too (round nm4: "one other infected
    # patients")
    at = words.index("एक") if "एक" in words[1:-1] and "एक" not in words[:1] else 0
    return (
        len(words) >= 2
        and words[at] in {"एक", "इस", "उस", "इसी", "उसी"}  # इस/उस: singular (plural इन/उन)
        and words[at + 1] not in _HUNDREDS
        and not words[-1].endswith(("ों", "ओं"))
        and not (_CONJUNCTIONS | _INCLUDING) & set(words)  # "इस स्कूल समेत … दो स्कूल" (ev104)
    )


# Quantifiers that make the head plural ("दो गांव", "सभी अस्पताल", "कई अस्पताल"), whose direct
# form the glossary often gives in the singular (round ev83, issue 13: "two village", "all
# hospital", "11 hospital", "several hospital" on corpus day files outside the gold's days)
_MANY = frozenset(
    {"सभी", "कई", "दोनों", "तमाम", "सारे", "अनेक", "विभिन्न", "तीनों", "चारों", "पांचों", "कुछ"}
    | {"अन्य", "सैकड़ों", "हजारों", "हज़ारों", "लाखों"}
)
_MEASURED = frozenset(
    {"वर्षीय", "वर्ष", "साल", "सालों", "फीसदी", "फीसद", "प्रतिशत", "किलोमीटर", "किमी", "मीटर"}
    | {"दिन", "दिनों", "घंटे", "महीने", "बजे"}
)
# Plurals with no singular of the same sense ("जरूरी सामान की दुकानों" = shops of essential
# goods, not "of essential good"; round ev119)
_NO_SINGULAR = frozenset({"good", "premise", "arm", "clothe"})
_IRREGULAR = {"man": "men", "woman": "women", "wife": "wives", "person": "persons"}


def _many_things(words: list[str]) -> bool:
    """ "दो गांव", "11 अस्थायी अस्पताल", "सभी अस्पताल": a plural quantifier (not "एक") first."""
    rest = [w for w in words if w not in _ABOUT]
    # "के लिये सभी रेलवे जोन": a compound postposition's word the span kept (round nm4)
    rest = rest[1:] if rest[:1] in (["लिए"], ["लिये"]) else rest
    if len(rest) < 2 or _CONJUNCTIONS & set(rest):
        return False
    first = rest[0].translate(_DIGITS)
    if rest[1] in _MEASURED:
        return False  # "32 वर्षीय व्यक्ति": an age, "50 फीसदी": a share, not how many
    if first in _MANY or rest[1] in _HUNDREDS:
        return True
    number = _SMALL_NUMBERS.get(first) or (first if _NUMBER.fullmatch(first) else None)
    return number is not None and number.replace(",", "") not in {"1", "1.5"}


def _plural(en: str) -> str | None:
    """ "two village in Gaya" -> "two villages in Gaya": the head's plural, else None."""
    # only a plain head, or one placed "in …": "people arriving from …", "50 percent of …" are
    # headed elsewhere
    m = re.match(r"^((?:\S+ )*?)([a-z]+)((?: in .*)?)$", en)
    # a participle placed "in …" is no head ("workers stranded in another state", round ev119:
    # was "workers strandeds")
    participles = r" (?:of|from|returning|returned|arriving|coming|stranded|living) "
    if m is None or re.search(participles, f" {m.group(1)}{m.group(2)} "):
        return None
    head = m.group(2)
    if head in _UNCOUNTED or head.endswith("s"):
        return None
    if head in _IRREGULAR:
        head = _IRREGULAR[head]
    elif head.endswith("y") and head[-2:-1] not in set("aeiou"):
        head = head[:-1] + "ies"
    elif head.endswith(("ch", "sh", "x")):
        head += "es"
    else:
        head += "s"
    return f"{m.group(1)}{head}{m.group(3)}"


def _singular(en: str) -> str | None:
    """ "patients in Gaya" -> "patient in Gaya": the head's plural -s dropped, else None."""
    m = re.match(r"^((?:\S+ )*?)([a-z]+)(s)((?: (?:in|of|from|returning|returned) .*)?)$", en)
    if m is None or m.group(2).endswith("s") or m.group(2) in _NO_SINGULAR:
        return None
    head = m.group(2)
    # "companies" -> "company", "churches" -> "church" (round ev83: "इस कंपनी" was glossed "the
    # companie" on corpus day files outside the gold's days)
    if head.endswith("ie") and len(head) > 3:
        head = head[:-2] + "y"
    elif head.endswith(("che", "she", "sse", "xe")):
        head = head[:-1]
    return f"{m.group(1)}{head}{m.group(4)}"
