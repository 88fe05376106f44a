"""The event signature of an article, and when two signatures cannot be the same event.

Topic words cannot tell one earthquake from the next: two quake reports share every word but the
place, the date and the magnitude. A story is one *event*, so before topic similarity decides
among candidate stories, each article is reduced to what identifies its event:

* ``types``: the main incident type(s) of the article (the disaster types the events stage
  assigns, grouped into families: a storm is a cyclone is a tornado; a blast is an attack);
* ``lead_places`` / ``lead_countries``: the places named in the headline and lead (where the
  event happened, as a reporter leads with it), and their countries; ``places`` / ``countries``:
  every place the article names (a dateline naming the desk a foreign report was filed from,
  "नई दिल्ली (जेएनएन)। अमेरिका के मैरीलैंड में...", is left out); ``lead_towns`` / ``towns``:
  the same for towns and districts only (KB cities that do not stand for their country), so
  that two avalanches in two districts of one state differ even when both leads also name the
  state;
* ``year`` / ``month`` / ``weekdays``: the event's time: the publication date when the article
  has one, else what the lead says (a written year, a month with a day, a weekday), with
  ``date_basis`` saying which was used; a lead year older than a year the text writes elsewhere
  is a happening the report recalls ("the attack of 13 December 2001"), not its event's time;
* ``published_years`` / ``not_before``: bounds on when the report was written: the publication
  year of a dated article; for an undated one, the latest year its text writes anywhere (an
  undated 2018 web report that says "2018" is not the event of a 2007 dated report, however alike
  their words);
* ``lead_localities`` / ``localities``: the quarter of a town a point incident happened in, read
  off the text since the entities stage rarely knows a ward or a police-station area: the head
  word of "X इलाके/क्षेत्र/थाना क्षेत्र/मोहल्ले में" and of "<town> के X ... में" ("मुंबई के विले
  पार्ले में", "अलीपुर क्षेत्र में"), kept as its consonant skeleton so that spellings differing in
  vowels meet (बेहरमपाड़ा, बेहरामपाड़ा); two encounters or fires in one city are told apart by it,
  even when only one lead names its quarter and the other report names its own further down;
* ``names``: named things that identify one event (storm names: 'साओमी' तूफान, तूफान फ्लोरेंस;
  unquoted, a name must be a rare word the report repeats and no place);
* ``magnitudes``: earthquake magnitudes.

Places are read off the entities stage's place mentions, plus the KB places named inside an
unlinked one (:func:`_place_mentions`), so that a change in where the stage cuts a name (a
dateline glued to its agency, a town and its police station) does not change the signature.

(The time of undated reports also vetoes: weekdays more than :data:`WEEKDAY_TOLERANCE` days
apart, and a publication year before a year the other report writes.)

:func:`veto` compares an article's signature with a story's (the union of its members') and
names the first field on which they *disagree*: both sides know it and nothing is shared. A
missing field is never a disagreement, and each side's lead is checked against everything the
other side names, so coverage that adds places or moves (a storm before and after landfall) still
joins. Every value keeps its evidence (character offsets into the article text) for ``--why``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..model import CONTENT_LABELS, Article, Mention
from .features import STOPWORDS, article_date, background_df, content_terms, normalise, stem
from .focal import focal_shared, focal_terms, own_places, tally_keys

if TYPE_CHECKING:
    from ..entities.kb import KB

# Characters of content text (from the first content block) that count as the lead. Not tuned:
# a Hindi headline and first sentence, the place and day a report opens with.
LEAD_CHARS = 400
# Two magnitudes further apart than this are two quakes (agencies differ by 0.1-0.3 for one).
MAGNITUDE_TOLERANCE = 0.5
# Months of the event further apart than this are two events (one month of slack lets coverage
# run over a month's end).
MONTH_TOLERANCE = 1
# Weekdays in the leads of two undated incident reports further apart than this (days, around
# the week) are two events ("a fire on Monday night", "a fire on Thursday night" in one ward);
# a report days later leads with its new day, hence the slack. Checked against a story's union
# of weekdays only, not member by member, so multi-day coverage (Saturday's attack, Sunday's
# toll, Monday's follow-up) stays joinable. Tuned on the 'tune' half of the disaster gold
# (B-cubed / pairwise F1) in gold order and, since clustering must not depend on the order,
# reversed and in two shuffles: 1 day 0.963 / 0.870 in gold order but 0.928 / 0.762 reversed
# (a Monday follow-up first keeps out Saturday's attack); 2 days 0.963 / 0.870 and 0.958 / 0.894
# reversed, never below no veto (0.944 / 0.844 reversed). On the report half (untuned, gold
# order) 2 days changes nothing; 1 day would have given 0.934 / 0.741 instead of 0.925 / 0.727.
WEEKDAY_TOLERANCE = 2

# Numbers each lead must write for numbers_apart to judge. Tuned on the disaster gold's tune
# half (B-cubed / pairwise F1, batch; mean and worst of 10 streams): rule off, 3 or 4: 0.978 /
# 0.939; 0.970 / 0.921; 0.954 / 0.870. 2: batch the same; 0.974 / 0.930; 0.954 / 0.870.
# 1: batch the same; 0.976 / 0.934; 0.968 / 0.917 (all 111 articles: 0.926 / 0.800 off, 0.938 /
# 0.835 at 2, 0.943 / 0.842 at 1).
MIN_NUMBERS = 1
_NUMBER = re.compile(r"(?<![0-9\u0966-\u096F.])[0-9\u0966-\u096F]+(?:\.[0-9\u0966-\u096F]+)?")
_DIGITS = {0x0966 + i: str(i) for i in range(10)}

# Incident families: a type in one family is compatible with any other type of it. Types outside
# every family (PLOVER verbs: CONSULT, REQUEST...) say nothing about which incident it is.
_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("STORM", "CYCLONE", "HURRICANE", "TORNADO", "HAIL_STORMS"), "storm"),
    **dict.fromkeys(("FLOODS",), "flood"),
    **dict.fromkeys(("LAND_SLIDE",), "landslide"),
    **dict.fromkeys(("AVALANCHES", "BLIZZARD", "COLD_WAVE"), "snow"),
    **dict.fromkeys(("EARTHQUAKE", "TSUNAMI"), "quake"),
    **dict.fromkeys(("FIRE", "FOREST_FIRE", "INDUSTRIAL_ACCIDENT"), "fire"),
    **dict.fromkeys(("HEAT_WAVE", "DROUGHT"), "heat"),
    **dict.fromkeys(("VOLCANO",), "volcano"),
    **dict.fromkeys(
        ("SUICIDE_ATTACK", "TERRORIST_ATTACK", "NORMAL_BOMBING", "SHOOT_OUT", "ARMED_CONFLICTS"),
        "attack",
    ),
    **dict.fromkeys(("RIOTS",), "riot"),
    **dict.fromkeys(
        ("VEHICULAR_COLLISION", "TRAIN_COLLISION", "AVIATION_HAZARD", "TRANSPORT_HAZARDS"),
        "transport",
    ),
}
# Families of incidents that happen at one spot (see veto).
_POINT_FAMILIES = frozenset({"fire", "attack", "riot", "transport", "snow", "landslide"})
_PLACE_TYPES = frozenset({"CITY", "REGION", "LOCATION", "COUNTRY"})
# A word of a name, for reading the KB places inside an unlinked place name (see _place_mentions).
_NAME_WORD = re.compile(r"[\u0900-\u0963\u0966-\u096F\u0971-\u097FA-Za-z]+")
# The longest alias, in words, looked for inside an unlinked place name ("नई दिल्ली" is two). Not
# tuned: KB place aliases of more words are rare and are whole names the linker already sees.
_INNER_WORDS = 3
# What follows a dateline's place name: an agency in brackets, a comma, a danda or a colon.
_DATELINE_END = re.compile(r"\s*[(\[,।.:|]")
# A place said to be where something happens: "X में", "X के Y में" (within the clause).
_LOCATIVE = re.compile(r"[^।,.]{0,25}?(?<![\u0900-\u097F])में(?![\u0900-\u097F])")
_YEAR = re.compile(r"^(\d{4})(?:-(\d\d))?")
_MONTH_ONLY = re.compile(r"^XXXX-(\d\d)")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_STORM_WORD = r"(?:तूफान|तूफ़ान|टाइफून|टायफून|चक्रवात|हरिकेन|हरीकेन|साइक्लोन)"
_QUOTED = r"['\"‘’“”]([\u0900-\u097F]{2,15})['\"‘’“”]"
_STORM_NAME = re.compile(
    rf"{_QUOTED}(?=\s*(?:नामक\s+)?{_STORM_WORD})|{_STORM_WORD}\s*{_QUOTED}"
    rf"|(?<![\u0900-\u097F])([\u0900-\u097F]{{3,12}})(?=\s+{_STORM_WORD})"
    rf"|{_STORM_WORD}\s+([\u0900-\u097F]{{3,12}})(?![\u0900-\u097F])"
)
# Words that stand before or after तूफान without naming it (kind, strength, "this", "came",
# "alert"); a word the entities stage reads as a place, or one with a digit, names no storm either.
_NOT_NAMES = frozenset(
    """आंधी आंधी-तूफान चक्रवाती समुद्री बर्फीले बर्फिले बर्फीला भीषण भयंकर भयानक जबर्दस्त जबरदस्त
    तेज इस उस यह वह आए आये आया आई रहे धूल रेतीले रेतीला उष्णकटिबंधीय शक्तिशाली ताकतवर विनाशकारी
    खतरनाक बड़े बड़ा भारी ऐसा ऐसे किसी हुए हुआ और तथा एवं या व
    कटिबंधीय जोरदार तूफानी समुदी ध्रुवीय बर्फिला बर्फीली प्रचंड चक्रवातीय ऊंची अंततः यद्यपि
    अलर्ट एलर्ट वार्निंग वॉर्निंग चेतावनी""".split()  # noqa: SIM905
)
# Cheap tests that a text can hold a storm name or a magnitude at all (most news cannot).
_STORM_CUE = re.compile(_STORM_WORD)
_MAGNITUDE_CUE = re.compile(r"तीव्रता|रिक्टर|मैग्नीट्यूड")
_MAGNITUDE = re.compile(
    r"(\d(?:\.\d)?)\s*(?:तीव्रता|की\s+तीव्रता|मैग्नीट्यूड|रिक्टर)"
    r"|रिक्टर\s+(?:स्केल|पैमाने)\s+पर\s+(?:इसकी\s+)?(?:तीव्रता\s+)?(\d(?:\.\d)?)"
)

# A locality named by what it is: "अलीपुर क्षेत्र में", "बेहरमपाड़ा इलाके में", "झंगहा थाना क्षेत्र के".
_LOCALITY_MARKED = re.compile(
    r"(?<![\u0900-\u097F])([\u0900-\u0963\u0966-\u097F]{3,15})\s+"
    r"(?:इलाके|इलाका|क्षेत्र|थाना\s+क्षेत्र|थानाक्षेत्र|मोहल्ले|मोहल्ला|कॉलोनी|कालोनी|जिले|जिला"
    r"|सेक्टर)"
    r"\s+(?:में|के|स्थित)(?![\u0900-\u097F])"
)
# A locality inside a town: "<town> के X में", "<town> के X Y (वेस्ट) में" (matched at the town's end).
_LOCALITY_IN_TOWN = re.compile(
    r"\s+के\s+([\u0900-\u0963\u0966-\u097F]{3,15})(?:\s+[^\s।,.]{1,15}){0,2}?\s+(?:में|इलाके|क्षेत्र)"
    r"(?![\u0900-\u097F])"
)
# Words that stand before इलाके/क्षेत्र without naming one ("प्रभावित क्षेत्र", "बाहरी इलाके"), or
# name a building or the last word of a name ("सरकारी अस्पताल में", "शांति पार्क इलाके में"); plural
# इलाकों ("ग्रामीण इलाकों में") is left out of the pattern for the same reason. Not tuned: read off
# every match in the disaster dev gold's 111 articles (both halves), no pair decided by it.
_NOT_LOCALITIES = frozenset(
    """प्रभावित पहाड़ी ग्रामीण तटीय सीमावर्ती शहरी मैदानी आसपास आस-पास पूरे पूरा उक्त संबंधित
    इस उस उसी इसी किसी अन्य दूसरे कई विभिन्न सभी अपने ऊपरी निचले भीतरी दक्षिणी उत्तरी पूर्वी
    पश्चिमी मध्य बाढ़ वन जंगल रिहायशी औद्योगिक प्रतिबंधित संवेदनशील दुर्गम घटना हिमस्खलन
    बर्फीले बर्फीली भूकंप सुदूर दूरदराज दूर-दराज आदिवासी नक्सल नक्सली उग्रवाद आतंक प्रभावी
    पूर्वोत्तर मुस्लिम हिंदू सिख बहुल पुराने नए नये वाले रहे बाद सभी सटे कुछ खबर बाहरी सरकारी आवासीय
    अस्पताल नाले नाला पार्क प्लेस पॉश गांव शहर जिले जिला राज्य प्रदेश""".split()  # noqa: SIM905
)


@dataclass
class Signature:
    """What identifies the event of an article (or, as a union, of a story)."""

    types: frozenset[str] = frozenset()
    lead_places: frozenset[str] = frozenset()
    lead_countries: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    lead_towns: frozenset[str] = frozenset()
    towns: frozenset[str] = frozenset()
    years: frozenset[int] = frozenset()
    months: frozenset[tuple[int, int]] = frozenset()  # (year or 0, month)
    weekdays: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()
    # the places the headline names (all levels, countries too): see veto() on other news
    head_places: frozenset[str] = frozenset()
    lead_localities: frozenset[str] = frozenset()
    localities: frozenset[str] = frozenset()
    magnitudes: frozenset[float] = frozenset()
    # the publication year of a dated article; for an undated one, the latest year its text
    # writes anywhere (it reports something that happened in that year or later)
    published_years: frozenset[int] = frozenset()
    not_before: frozenset[int] = frozenset()
    # rare terms of the headline and lead (a congregation, its leader: see focal_shared) and the
    # places the report is about (its headline's, and those its lead says it happened in)
    focal: frozenset[str] = frozenset()
    head_focal: frozenset[str] = frozenset()
    named_focal: frozenset[str] = frozenset()
    # the numbers the lead writes (tolls, counts, wards, hours), years left to the time fields
    numbers: frozenset[str] = frozenset()
    own_places: frozenset[str] = frozenset()
    # the running tally the lead reports, "measure@place" (see focal.tally_keys)
    tallies: frozenset[str] = frozenset()
    date_basis: str | None = None  # published, text year, text month, weekday
    # value -> (start, end) in the article text, for the values read off the text
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)

    def union(self, other: Signature) -> Signature:
        """The signature of a story holding both sides (evidence is per article, not kept)."""
        return Signature(
            **{name: getattr(self, name) | getattr(other, name) for name in _SET_FIELDS},
            date_basis=self.date_basis or other.date_basis,
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in _SET_FIELDS:
            values = getattr(self, name)
            if values:
                out[name] = sorted(list(v) if isinstance(v, tuple) else v for v in values)
        if self.date_basis:
            out["date_basis"] = self.date_basis
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Signature:
        return cls(**cls.json_sets(data), date_basis=data.get("date_basis"))

    @staticmethod
    def json_sets(data: dict[str, Any]) -> dict[str, Any]:
        """The set fields of a signature's JSON form (immutable, so a reader may keep them)."""
        sets: dict[str, Any] = {}
        for name in _SET_FIELDS:
            values = data.get(name) or []
            sets[name] = frozenset(tuple(v) if isinstance(v, list) else v for v in values)
        return sets


_SET_FIELDS = (
    "types", "lead_places", "lead_countries", "places", "countries", "years", "months",
    "weekdays", "names", "magnitudes", "lead_towns", "towns", "published_years", "not_before",
    "lead_localities", "localities", "head_places", "focal", "own_places",
    "head_focal", "named_focal", "numbers", "tallies",
)  # fmt: skip


@functools.cache
def _is_town(entity_id: str) -> bool:
    """A KB city, town or district that names itself (not a capital standing for its country,
    as बीजिंग does for China): the finest place level the KB knows."""
    from ..entities.kb import load_kb

    if not entity_id.startswith("kb:"):
        return False
    entry = load_kb(Config()).get(entity_id[3:])
    return entry is not None and entry.type == "CITY" and entry.metonym_for is None


@functools.cache
def _country_of(entity_id: str) -> str | None:
    """The country a KB place lies in (itself for a country); None for unknown places."""
    from ..entities.kb import load_kb

    if not entity_id.startswith("kb:"):
        return None
    entry = load_kb(Config()).get(entity_id[3:])
    if entry is None:
        return None
    if entry.type == "COUNTRY":
        return entry.kb_id
    return f"kb:{entry.country}" if entry.country else None


def _rare_word(word: str) -> bool:
    """A word that can be a name: no function or descriptive word, absent from the background
    document frequencies of everyday Hindi news (which keep terms of >= 5 articles)."""
    if word in _NOT_NAMES or content_terms(word) != [stem(word)]:
        return False
    return stem(word) not in background_df()[1]


def entity_label(entity_id: str) -> str:
    """A KB entity's English name for explanations (the id itself outside the KB)."""
    entry = _label_kb().get(entity_id[3:]) if entity_id.startswith("kb:") else None
    return entry.name if entry is not None else entity_id


@functools.cache
def _label_kb() -> KB:
    """The KB :func:`entity_label` reads: the built-in one (a default :class:`Config` names no
    user file), which ``load_kb`` loads once per process anyway. Kept here rather than asked
    for per label: making the ``Config`` was most of a label's cost, and the writer labels the
    entities of every ``--why`` line it records (round sc51, issue 16: 1,746 labels over the
    corpus, 2% of the writer's story side in cProfile)."""
    from ..entities.kb import load_kb

    return load_kb(Config())


def _lead_end(article: Article) -> int:
    content = [b for b in article.blocks if b.label in CONTENT_LABELS]
    start = content[0].start if content else 0
    return start + LEAD_CHARS


def _main_types(article: Article, lead_end: int) -> frozenset[str]:
    """The families of the most frequent incident type, counting lead events twice."""
    counts: dict[str, int] = {}
    for ev in article.events:
        fam = _FAMILIES.get(ev.type or "")
        if fam:
            counts[fam] = counts.get(fam, 0) + (2 if ev.trigger_start < lead_end else 1)
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(f for f, c in counts.items() if c == top)


def _time(article: Article, lead_end: int, sig: dict[str, Any]) -> None:
    published = article_date(article)
    if published is not None:
        sig["years"] = frozenset({published.year})
        sig["published_years"] = frozenset({published.year})
        sig["months"] = frozenset({(published.year, published.month)})
        sig["date_basis"] = "published"
        return
    written = _written_years(article)
    latest = 0
    if written:
        latest, where = max(written)
        sig["not_before"] = frozenset({latest})
        sig["evidence"].setdefault(f"written {latest}", where)
    years: set[int] = set()
    months: set[tuple[int, int]] = set()
    weekdays: set[int] = set()
    evidence = sig["evidence"]
    for t in article.timexes:
        if t.start >= lead_end or not t.value:
            continue
        surface = normalise(article.text[t.start : t.end])
        m = _YEAR.match(t.value)
        if m and m.group(1) in surface:  # a year the text writes, not the tagger's placeholder
            if int(m.group(1)) < latest:
                continue  # an earlier happening the report recalls ("the 2001 attack")
            years.add(int(m.group(1)))
            evidence.setdefault(f"year {m.group(1)}", (t.start, t.end))
            if m.group(2):
                months.add((int(m.group(1)), int(m.group(2))))
            continue
        m = _MONTH_ONLY.match(t.value)
        if m:
            months.add((0, int(m.group(1))))
            evidence.setdefault(f"month {int(m.group(1))}", (t.start, t.end))
            continue
        m = _WEEKDAY.match(t.value)
        if m:
            weekdays.add(int(m.group(1)))
            evidence.setdefault(f"weekday {m.group(1)}", (t.start, t.end))
    sig["years"], sig["months"], sig["weekdays"] = (
        frozenset(years), frozenset(months), frozenset(weekdays),
    )  # fmt: skip
    sig["date_basis"] = (
        "text year" if years else "text month" if months else "weekday" if weekdays else None
    )


def _written_years(article: Article) -> list[tuple[int, tuple[int, int]]]:
    """The years an article's text writes as digits (the time stage's values whose surface
    holds them), each with its offsets; years followed by तक ("by 2030") are plans, not news."""
    out = []
    for t in article.timexes:
        m = _YEAR.match(t.value or "")
        if not m or m.group(1) not in normalise(article.text[t.start : t.end]):
            continue
        if "तक" in article.text[t.start : t.end + 4].split()[1:]:
            continue
        out.append((int(m.group(1)), (t.start, t.end)))
    return out


def _place_mentions(article: Article) -> list[Mention]:
    """The article's place mentions, plus the KB places named inside an unlinked one.

    Why: which words the entities stage takes as one name varies between its versions, and the
    signature must not follow it. A dateline glued to its agency ("पेईचिंग (रॉयटर):" read as one
    unknown place), a town and its police ("बवाना पुलिस"), a village and the town it lies by are
    names the KB does not know as a whole, so they were unlinked places that matched nothing on
    the other side, while the town inside was the place both reports lead with. An inner span of
    one to :data:`_INNER_WORDS` words counts when it is the full-name alias of exactly one KB
    place (longest first, not overlapping); the whole name is left as the linker left it.
    """
    from ..entities.kb import load_kb

    out = list(article.mentions)
    kb = None
    for m in article.mentions:
        if m.type not in _PLACE_TYPES or m.kind != "name":
            continue
        if not (m.entity_id or "").startswith("name:"):
            continue
        words = list(_NAME_WORD.finditer(article.text, m.start, m.end))
        if len(words) < 2:
            continue
        kb = kb or load_kb(Config())
        taken: set[int] = set()
        for n in range(min(_INNER_WORDS, len(words) - 1), 0, -1):
            for i in range(len(words) - n + 1):
                if taken & set(range(i, i + n)):
                    continue
                start, end = words[i].start(), words[i + n - 1].end()
                hits = {
                    e.id: e
                    for e, kind in kb.lookup(article.text[start:end])
                    if kind == "name" and e.type in _PLACE_TYPES
                }
                if len(hits) != 1:
                    continue
                entry = next(iter(hits.values()))
                taken |= set(range(i, i + n))
                out.append(Mention(start, end, article.text[start:end], entry.type,
                                   entity_id=entry.kb_id, source="stories"))  # fmt: skip
    return out


# Words after a place that may stand between it and an organisation's head ("दिल्ली उच्च
# न्यायालय", "मुंबई नगर निगम"): one. Not tuned: the modifier of a head, as the entities stage's
# structure rules read an organisation (khabar.entities.structure).
_ORG_MODIFIERS = 1
# Consonants a head's skeleton needs to stand for it (see _organisation_heads). Not tuned: the
# shortest skeletons of the head list that meet another common word have four.
_HEAD_SKELETON = 4
# A word of a name after a place: Devanagari or Latin letters (a danda, comma or bracket ends it).
_NEXT_WORD = re.compile(r"\s+([\u0900-\u0963\u0966-\u097FA-Za-z]+)")


@functools.cache
def _organisation_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The organisation heads of the entities stage's structure rules (folded), and the
    consonant skeletons of the long ones, so a misspelt head meets its word (विशवविद्यालय,
    विश्वविद्यालय: ``vsvdyl``); a skeleton of :data:`_HEAD_SKELETON` consonants or fewer meets
    other words (सरकार and सरकारी are both ``srkr``); and the heads' plurals, which name a
    class, not one organisation (संगठनों: :data:`~khabar.entities.structure.PLURAL_HEADS`)."""
    from ..entities.link import name_skeleton
    from ..entities.structure import ORG_HEAD_WORDS, ORG_HEADS, PLURAL_HEADS

    skeletons = (name_skeleton(w) for w in ORG_HEAD_WORDS)
    return ORG_HEADS, frozenset(s for s in skeletons if len(s) > _HEAD_SKELETON), PLURAL_HEADS


def _names_organisation(article: Article, m: Mention) -> bool:
    """Whether a place mention is the first word(s) of an organisation's name ("दिल्ली
    विश्वविद्यालय के …", "इलाहाबाद उच्च न्यायालय ने"): an institution named after its seat,
    not where the event happened.

    Why: the entities stage takes such a name whole as an organisation or not, depending on its
    tagger's version (the CRF of round ner23 left a misspelt "दिल्ली विशवविद्यालय" untagged, so
    its Delhi became a lead place of a 2005 court ruling on the Parliament attack, which then
    shared a lead place with the 2007 ruling on it and joined it); the signature must not
    follow where the stage cuts a name (see :func:`_place_mentions`)."""
    if m.type not in _PLACE_TYPES:
        return False
    at = m.end
    for _ in range(_ORG_MODIFIERS + 1):
        found = _NEXT_WORD.match(article.text, at)
        if found is None or found.group(1) in STOPWORDS:  # "दिल्ली में", "दिल्ली के …"
            return False
        if _organisation_head(found.group(1)):
            return True
        at = found.end()
    return False


@functools.lru_cache(maxsize=4096)
def _organisation_head(word: str) -> bool:
    """Whether a word is an organisation's head (see :func:`_organisation_heads`). Cached: the
    words after places repeat, and uncached the test added a fifth to a signature's time (0.46
    -> 0.57 ms an article, CPU, the 111 disaster dev articles; cached 0.46)."""
    from ..entities.link import name_skeleton
    from ..entities.translit import deva_key

    heads, skeletons, plurals = _organisation_heads()
    key = deva_key(word)
    return key in heads or (key not in plurals and name_skeleton(word) in skeletons)


def _dateline_starts(article: Article, places: list[Mention]) -> list[int]:
    """Offsets of place names that open a body block as its dateline ("नई दिल्ली (जेएनएन)।")."""
    starts = {b.start for b in article.blocks if b.label in CONTENT_LABELS}
    return [
        m.start
        for m in places
        if m.start in starts
        and m.type in _PLACE_TYPES
        and _DATELINE_END.match(article.text, m.end)
    ]


def _desk_dateline(article: Article, lead_end: int, places: list[Mention]) -> set[int]:
    """Datelines that name the desk a report was filed from, not where it happened: the body's
    lead says it happened in another country ("नई दिल्ली (जेएनएन)। अमेरिका के मैरीलैंड में...",
    "बैंकॉक : ... म्यांमार में"). A local report ("गोरखपुर। झंगहा के...") keeps its dateline, and
    so does one naming a foreign team or nationality ("लाहौर।। ... श्रीलंका टीम पर हमला")."""
    datelines = set(_dateline_starts(article, places))
    if not datelines:
        return set()
    own, other, abroad = set(), set(), False
    for m in places:  # the body after the dateline (a headline's words can be loose)
        if not min(datelines) <= m.start < lead_end or m.type not in _PLACE_TYPES:
            continue
        if not m.entity_id:
            continue
        country = _country_of(m.entity_id)
        if not country:
            continue
        if m.start in datelines:
            own.add(country)
        else:
            other.add(country)
            # where it happened, not a team or a nationality ("श्रीलंका टीम पर")
            abroad = abroad or bool(_LOCATIVE.match(article.text, m.end))
    return datelines if own and abroad and not (own & other) else set()


def _localities(
    article: Article,
    lead_end: int,
    evidence: dict[str, tuple[int, int]],
    places: list[Mention],
) -> tuple[frozenset[str], frozenset[str]]:
    """The localities the text names (see the module docstring), all and those in the lead,
    as consonant skeletons; a word the entities stage links to a KB place is a town, state or
    country (the town fields' business), not a locality."""
    from ..entities.link import name_skeleton

    kb_starts = {m.start for m in places if (m.entity_id or "").startswith("kb:")}
    found: list[tuple[int, int]] = [m.span(1) for m in _LOCALITY_MARKED.finditer(article.text)]
    for m in places:
        if m.type in _PLACE_TYPES and m.entity_id and _is_town(m.entity_id):
            hit = _LOCALITY_IN_TOWN.match(article.text, m.end)
            if hit:
                found.append(hit.span(1))
    every, lead = set(), set()
    for start, end in sorted(found):
        word = article.text[start:end]
        if start in kb_starts or word in _NOT_LOCALITIES or not content_terms(word):
            continue
        key = name_skeleton(word)
        if not key:
            continue
        every.add(key)
        if start < lead_end:
            lead.add(key)
            evidence.setdefault(f"locality {word}", (start, end))
    return frozenset(lead), frozenset(every)


def _lead_numbers(
    article: Article, lead_end: int, evidence: dict[str, tuple[int, int]]
) -> frozenset[str]:
    """The numbers written in digits in the headline and lead (not years: see _time)."""
    out = set()
    for found in _NUMBER.finditer(article.text, 0, lead_end):
        value = found.group().translate(_DIGITS)
        if len(value) == 4 and value[:2] in ("19", "20"):
            continue
        out.add(value)
        evidence.setdefault(f"number {value}", found.span())
    return frozenset(out)


def numbers_apart(a: Signature, b: Signature) -> bool:
    """Both leads write :data:`MIN_NUMBERS` number(s) or more and none in common: two reports of
    one incident repeat some figure (a toll, the injured, an hour, a ward) even as tolls rise,
    two incidents of one type in one place (two fires in one block, two blasts in one city) do
    not. Weighs only where nothing else told the time (see khabar.stories.cluster)."""
    return (
        len(a.numbers) >= MIN_NUMBERS
        and len(b.numbers) >= MIN_NUMBERS
        and not (a.numbers & b.numbers)
    )


def signature_of(article: Article) -> Signature:
    """Read the signature off an analysed article (fields stay empty where a stage has not run)."""
    lead_end = _lead_end(article)
    evidence: dict[str, tuple[int, int]] = {}
    lead_places, lead_countries, places, countries = set(), set(), set(), set()
    lead_towns, towns, head_places = set(), set(), set()
    titles = [b for b in article.blocks if b.label == "title"]
    head_end = titles[0].end if titles else 0
    place_mentions = [m for m in _place_mentions(article) if not _names_organisation(article, m)]
    desk = _desk_dateline(article, lead_end, place_mentions)
    for m in place_mentions:
        if m.type not in _PLACE_TYPES or m.kind != "name" or not m.entity_id:
            continue
        if not m.entity_id.startswith(("kb:", "name:")) or m.start in desk:
            continue
        country = _country_of(m.entity_id)
        places.add(m.entity_id)
        if m.start < head_end:
            head_places.add(m.entity_id)
        town = _is_town(m.entity_id)
        if town:
            towns.add(m.entity_id)
        if country:
            countries.add(country)
        if m.start < lead_end:
            if town:
                lead_towns.add(m.entity_id)
            evidence.setdefault(m.entity_id, (m.start, m.end))
            if country:
                lead_countries.add(country)
            if m.type != "COUNTRY":
                lead_places.add(m.entity_id)
    names = set()
    place_starts = {m.start for m in article.mentions if m.type in _PLACE_TYPES}
    for found in _STORM_NAME.finditer(article.text) if _STORM_CUE.search(article.text) else ():
        group = next(g for g in (1, 2, 3, 4) if found.group(g))
        name = normalise(found.group(group))
        # an unquoted name must be a rare word the report repeats (a storm's name recurs; a
        # stray word next to तूफान, "पचास", "जीप", does not)
        if group >= 3 and (not _rare_word(name) or article.text.count(found.group(group)) < 2):
            continue
        if any(c.isdigit() for c in name) or found.start(group) in place_starts:
            continue
        names.add(name)
        evidence.setdefault(f"name {name}", (found.start(group), found.end(group)))
    magnitudes = set()
    cued = _MAGNITUDE_CUE.search(article.text)
    for found in _MAGNITUDE.finditer(normalise(article.text)) if cued else ():
        value = float(found.group(1) or found.group(2))
        if 2.0 <= value <= 9.9:
            magnitudes.add(value)
    sig: dict[str, Any] = {"evidence": evidence}
    linked = [
        m for m in place_mentions if m.type in _PLACE_TYPES and m.kind == "name" and m.entity_id
    ]
    own = own_places(article, lead_end, head_end, linked)
    # a country is where a report happened only when it names no finer place ("भारत में" is
    # the national count, "मुंबई में" a city's, though both lie in India)
    finer = [m for m in own if m.type != "COUNTRY"]
    sig["own_places"] = frozenset(m.entity_id for m in finer or own if m.entity_id)
    if article.mentions:  # the place checks of focal_shared rest on the entities stage
        sig["focal"] = focal_terms(article, lead_end, evidence, own)
        sig["head_focal"] = focal_terms(article, head_end, {}, own)
        sig["named_focal"] = focal_terms(article, lead_end, {}, own, named=True)
        sig["tallies"] = tally_keys(
            article, lead_end, linked, (head_end, frozenset(head_places)),
            frozenset(lead_countries), evidence,
        )  # fmt: skip
    sig["lead_localities"], sig["localities"] = _localities(
        article, lead_end, evidence, place_mentions
    )
    _time(article, lead_end, sig)
    return Signature(
        types=_main_types(article, lead_end),
        lead_places=frozenset(lead_places),
        lead_countries=frozenset(lead_countries),
        places=frozenset(places),
        countries=frozenset(countries),
        lead_towns=frozenset(lead_towns),
        towns=frozenset(towns),
        head_places=frozenset(head_places),
        names=frozenset(names),
        magnitudes=frozenset(magnitudes),
        numbers=_lead_numbers(article, lead_end, evidence),
        **sig,
    )


def _disjoint_leads(
    a_lead: frozenset, a_all: frozenset, b_lead: frozenset, b_all: frozenset
) -> bool:
    """Both leads name something and neither lead's values appear anywhere on the other side."""
    return bool(a_lead and b_lead) and not (a_lead & b_all) and not (b_lead & a_all)


def _apart_localities(a: Signature, b: Signature) -> bool:
    """Both sides name quarters of a town, at least one in its lead, and neither lead's quarter
    is named on the other side. One lead is enough: a report may open with "a posh area of
    Mumbai" and name its quarter only further down, where another fire's quarter is not."""
    return (
        bool(a.lead_localities or b.lead_localities)
        and bool(a.localities and b.localities)
        and not (a.lead_localities & b.localities)
        and not (b.lead_localities & a.localities)
    )


def _month_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] and b[0]:
        return abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1]))
    gap = abs(a[1] - b[1])
    return min(gap, 12 - gap)


def veto(a: Signature, b: Signature, *, days: bool = True) -> str | None:
    """Why ``a`` and ``b`` cannot be one event (a short reason), or ``None`` when compatible.

    Storm names decide first: one shared name joins across places (storms move), different
    names are two storms. Then, between two incident reports, the incident family and the
    place (countries, then places below the country, then towns and districts); for any article
    the time (year, month; with ``days``, the weekdays of undated incident reports) and the
    magnitude. ``days=False`` leaves the weekdays out: a story's members are checked one by one
    that way, since a multi-day story's members each name their own day.
    """
    if a.names and b.names:
        if a.names & b.names:
            return None
        return "different storm names"
    if a.types and b.types and not (a.types & b.types):
        return "different incident type"
    if a.types or b.types:
        # Places identify an incident (a quake, a fire, a blast). Other news is about who
        # said or decided what, and its leads name a capital, a state or a venue at will (one
        # Markaz story on the COVID gold days leads with Delhi, Nizamuddin and J&K).
        if _disjoint_leads(a.lead_countries, a.countries, b.lead_countries, b.countries):
            return "different country"
        if _disjoint_leads(a.lead_places, a.places, b.lead_places, b.places):
            return "different place"
        # A shared state or region in both leads does not make two towns one place. A point
        # incident (a fire, a blast, an avalanche, a crash) happens in one town: its lead town
        # must be the other lead's, not a town its body mentions in passing ("Gulmarg had snow
        # too"). A quake, storm or flood is felt in many towns: any town of the other side will do.
        kinds = a.types | b.types
        point = bool(kinds) and kinds <= _POINT_FAMILIES
        if _disjoint_leads(
            a.lead_towns, a.lead_towns if point else a.towns,
            b.lead_towns, b.lead_towns if point else b.towns,
        ):  # fmt: skip
            return "different town"
        # ... and a point incident happens in one quarter of its town
        if point and _apart_localities(a, b):
            return "different locality"
    elif _disjoint_leads(
        a.head_places, a.head_places | a.countries, b.head_places, b.head_places | b.countries
    ):
        # Other news (a count update, a measure, a statement) leads with any place it touches,
        # but its headline names where it happened: "मुंबई में 16 और लोग" and "आंध्र प्रदेश में
        # कोरोना के 43" are two updates, however alike their words. A place one headline names
        # anywhere in the other report (a city of the state, the country) is no disagreement.
        return "different place in the headline"
    if a.years and b.years and not (a.years & b.years) and not _adjacent_months(a.months, b.months):
        return "different year"
    if (
        a.months
        and b.months
        and all(_month_gap(x, y) > MONTH_TOLERANCE for x in a.months for y in b.months)
    ):
        return "different month"
    if _reported_before(a, b) or _reported_before(b, a):
        return "published before a year the other writes"
    if days and (a.types or b.types) and _weekdays_apart(a.weekdays, b.weekdays):
        return "different weekday"
    if (
        a.magnitudes
        and b.magnitudes
        and all(abs(x - y) > MAGNITUDE_TOLERANCE for x in a.magnitudes for y in b.magnitudes)
    ):
        return "different magnitude"
    return None


def specificity(sig: Signature) -> int:
    """How well an article says which event it reports, 0-3: a place in its lead, a time (a
    publication date or one its lead gives), a locality in its lead. A batch is placed most
    specific first (see :func:`khabar.stories.cluster.arrival_key`)."""
    time = sig.years or sig.months or sig.weekdays
    return bool(sig.lead_places) + bool(time) + bool(sig.lead_localities)


def agreement(a: Signature, b: Signature) -> float | None:
    """How much of what identifies an event two compatible signatures share, in [0, 1]: a
    shared storm name is 1; else a lead place found on the other side (or, where a lead names
    no place below the country, two or more lead countries in common) 0.5, a shared incident
    family 0.25, a shared month or weekday 0.25. ``None`` unless both sides report an incident
    (a disaster, accident or attack type): other news has no signature to compare."""
    if not a.types or not b.types:
        return None
    if a.names & b.names:
        return 1.0
    score = 0.0
    if (a.lead_places & b.places) or (b.lead_places & a.places):
        score += 0.5
    elif not (a.lead_places and b.lead_places) and len(a.lead_countries & b.lead_countries) >= 2:
        # a report that names only countries, the same two or more as the other's lead
        # ("अफगानिस्तान और पाकिस्तान में हिमस्खलन"): the set of countries is its place
        score += 0.5
    if a.types & b.types:
        score += 0.25
    if (a.months & b.months) or (a.weekdays & b.weekdays):
        score += 0.25
    return score


def _reported_before(a: Signature, b: Signature) -> bool:
    """``a`` was published before the latest year ``b``'s text writes: ``b`` reports a later
    event (an undated web report of 2018 against a dated 2007 one with the same words)."""
    return bool(a.published_years and b.not_before) and max(a.published_years) < max(b.not_before)


def _weekdays_apart(a: frozenset[int], b: frozenset[int]) -> bool:
    """Both sides name weekdays and none of one side lies within :data:`WEEKDAY_TOLERANCE`
    days of one of the other's."""
    return bool(a and b) and all(
        min(abs(x - y), 7 - abs(x - y)) > WEEKDAY_TOLERANCE for x in a for y in b
    )


def _adjacent_months(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    """A December and the January after it (coverage over the new year)."""
    return any(x[0] and y[0] and _month_gap(x, y) <= MONTH_TOLERANCE for x in a for y in b)


_WEEKDAYS = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def event_time(sig: Signature) -> str | None:
    """The event time an article was placed with and what it rests on, for ``--why``:
    "2016-04 (published)", "2015 (text year)", "month 5 (text month)", "Sunday (weekday)",
    "2018 or later (written year)"."""
    if sig.date_basis is None:
        # an undated report with no time in its lead: when it can have been written, at least
        return f"{max(sig.not_before)} or later (written year)" if sig.not_before else None
    if sig.months and any(y for y, _ in sig.months):
        value = ", ".join(f"{y}-{m:02d}" for y, m in sorted(sig.months) if y)
    elif sig.years:
        value = ", ".join(str(y) for y in sorted(sig.years))
    elif sig.months:
        value = "month " + ", ".join(str(m) for _, m in sorted(sig.months))
    else:
        value = ", ".join(_WEEKDAYS[d] for d in sorted(sig.weekdays))
    return f"{value} ({sig.date_basis})"


def shared(a: Signature, b: Signature) -> list[str]:
    """What two signatures have in common, for ``--why`` (most identifying first)."""
    out = [f"name {n}" for n in sorted(a.names & b.names)]
    places = sorted((a.lead_places & b.places) | (b.lead_places & a.places))
    out += [f"place {entity_label(p)}" for p in places]
    out += [f"type {t}" for t in sorted(a.types & b.types)]
    out += [f"{y}-{m:02d}" if y else f"month {m}" for y, m in sorted(a.months & b.months)]
    out += [f"magnitude {x}" for x in sorted(a.magnitudes & b.magnitudes)]
    for t in sorted(focal_shared(a, b)):
        measure, _, place = t.removeprefix("tally:").partition("@")
        out.append(f"tally {measure} in {entity_label(place)}" if place else f"focal {t}")
    return out
