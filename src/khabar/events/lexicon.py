"""The event ontology and trigger lexicons, loaded once per process from ``khabar/data/events``.

The ontology (PLOVER types and modes, the CAMEO export table, the disaster extension) and the
trigger lexicons are data, not code, so that a domain expert can extend them without touching the
extractor; this module only parses and validates them, and answers the few questions the
extractor and the exporters ask (what CAMEO code does a type and mode export as, what is the 2021
name of a legacy PLOVER type).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..errors import E, KhabarError
from ..yamlload import safe_load

DATA_DIR = ("data", "events")


def _load_yaml(name: str) -> dict[str, Any]:
    path = resources.files("khabar").joinpath(*DATA_DIR, name)
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:  # a broken shipped file is a packaging bug, reported clearly
        raise KhabarError(E.E060, where=name, detail=str(exc).splitlines()[0]) from exc
    if not isinstance(data, dict):
        raise KhabarError(E.E060, where=name, detail="top level is not a mapping")
    return data


def _spelling_groups(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each word of a ``spellings`` group of the lexicon -> its whole group (the word first).

    Why data: a loanword has as many spellings as the news writes (14 of क्वारंटाइन beyond the six
    the forms listed, round ev91), and every multiword form with it ("क्वारंटाइन सेंटर में") needs
    each; a group says it once. A word in two groups or twice in one is E060."""
    out: dict[str, tuple[str, ...]] = {}
    for i, group in enumerate(data.get("spellings") or []):
        words = [str(w) for w in group or []]
        if len(words) < 2 or len(set(words)) != len(words) or set(words) & set(out):
            raise KhabarError(E.E060, where=f"triggers_hi.yaml spellings group {i}", detail=f"{words}")
        for w in words:
            out[w] = (w, *[v for v in words if v != w])
    return out


def _with_spellings(
    forms: Any, groups: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], ...]:
    """The forms, each followed by every spelling of it its words' groups give (no duplicates)."""
    out: dict[tuple[str, ...], None] = {}
    for form in forms:
        for f in itertools.product(*[groups.get(w, (w,)) for w in form]):
            out.setdefault(f)
    return tuple(out)


@dataclass(frozen=True)
class Ontology:
    """PLOVER types with their modes and CAMEO codes, legacy names and the disaster extension."""

    types: dict[str, dict[str, Any]]
    legacy: dict[str, str]
    disaster_types: frozenset[str]
    disaster_roles: tuple[str, ...]
    disaster_plover: dict[str, str]
    modalities: tuple[str, ...]

    def normalize(self, name: str | None) -> str | None:
        """The 2021 PLOVER name of ``name`` (legacy names such as DEMAND map to REQUEST)."""
        if name is None:
            return None
        up = name.strip().upper()
        return self.legacy.get(up, up)

    def cameo(self, type_: str | None, mode: str | None = None) -> str | None:
        """The CAMEO code an event of this PLOVER type and mode exports as (None: no CAMEO code)."""
        if type_ is None or type_ not in self.types:
            return None
        entry = self.types[type_]
        modes = entry.get("modes") or {}
        if mode and mode in modes:
            return str(modes[mode]["cameo"])
        return str(entry["cameo"])

    def is_type(self, name: str) -> bool:
        return name in self.types or name in self.disaster_types


@functools.cache
def ontology() -> Ontology:
    data = _load_yaml("ontology.yaml")
    dis = data["disaster"]
    return Ontology(
        types=dict(data["plover"]),
        legacy=dict(data.get("legacy") or {}),
        disaster_types=frozenset(dis["natural"]) | frozenset(dis["man_made"]),
        disaster_roles=tuple(dis["roles"]),
        disaster_plover=dict(dis.get("plover") or {}),
        modalities=tuple(data["modalities"]),
    )


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: the forms that trigger an event and how its arguments are read."""

    forms: tuple[tuple[str, ...], ...]
    type: str
    mode: str
    light: frozenset[str]  # accepted light-verb tokens after a nominal trigger
    nominal: bool = False
    verbal: bool = False
    symmetric: bool = False
    possessor: str | None = None
    place_possessor: str | None = None
    place_object: str | None = None
    markers: dict[str, str] = field(default_factory=dict)
    mode_cues: dict[str, str] = field(default_factory=dict)
    modality: str | None = None
    requires_modality: frozenset[str] = frozenset()
    requires_target: bool = False
    # Whom an offer or aid is for, when no case marker names a recipient: the possessor of a
    # purpose noun before the trigger ("गाजा के पुनर्निर्माण में मदद के लिए ... पेशकश").
    beneficiary: bool = False
    # A passive order with no named agent is kept; its source is the place's authority, inferred.
    agentless: bool = False
    # Counts only right after an infinitive (-ने): "पालन करने के लिए कहा" asks; "को कहा" alone says.
    after_infinitive: bool = False
    # Counts only before a कि-clause in the subjunctive: "राज्यों से कहा कि वे … बनाएं" asks.
    subjunctive: bool = False
    # Counts only before a कि-clause whose act is a coercion to come, a threat, or that says what
    # to do, advice (round ev107): "… ने चेताया कि … कड़ी कार्रवाई की जाएगी" threatens, "… चेताया
    # कि … जल्दबाजी नहीं करनी चाहिए" advises; "… ने चेताया कि संक्रमण बढ़ सकता है" forecasts.
    threat_clause: bool = False
    # Counts only with a कि-clause right after its verb (round ev161): "मंत्रालय ने साफ कर दिया है
    # कि …" makes a claim clear; "मास्क को दोबारा साफ करके बेच रहे हैं" cleans them.
    clause_after: bool = False
    # Postpositions that may stand between the noun and its light verb, a few words on: where
    # one is sent or kept ("क्वारंटाइन के लिए … भेजा गया", "क्वारंटाइन पर भेज रहा है").
    via: frozenset[str] = frozenset()
    # Words the light verb may stand after the noun, past where it goes ("टीम गांव पहुंच गई",
    # "टीम उनके घर पहुंची"): an arrival names its destination between the two.
    reach: int = 0
    # A permission withheld ("… की अनुमति नहीं होगी"): a prohibition, counted only negated, its
    # नहीं the measure's content rather than a denial of it.
    withheld: bool = False
    # A rule stated ("… की अनुमति नहीं होगी", "50 फीसदी कर्मचारी ही काम करेंगे"): kept with no
    # agent named, like a measure in the passive, its issuer inferred.
    rule: bool = False
    # Counts only where the sentence names an agent (ने) before it (round ev117): "गृह मंत्रालय ने
    # बताया कि … दुकानें खुली रहेंगी" announces an easing; a bare "… दुकानें खुली रहेंगी" is an item
    # of a list of rules, which the event gold codes as the list's one announcement.
    announced: bool = False
    # Words one of which the sentence must hold unless a target is marked (round ev27): "मामले
    # दर्ज किए गए" is a charge only beside "धारा", "उल्लंघन", "खिलाफ" …; else it counts infections.
    cues: frozenset[str] = frozenset()
    # The actor must be named in the clause, as a person or an organisation (round ev27): "रोगी
    # ने इटली की यात्रा की थी", "5 हजार लोगों ने यात्रा की" are journeys, not visits.
    named_source: bool = False
    # The act counts only with an explicit agent (with ने) whose actor id ends in one of these
    # words (round ev31): "पुलिस ने … को पकड़ लिया" is an arrest, "ट्रेन पकड़ी" is not.
    source_heads: frozenset[str] = frozenset()
    # Whom the act holds must be people: a person or group an entity, the actor dictionary or
    # the glossary's people nouns name, or a personal pronoun ("पुलिस ने धरने पर बैठे लोगों को हटा
    # दिया" is a removal of people; "बैरिकेड को हटा दिया", "अतिक्रमण को हटा दिया" are not).
    held_people: bool = False
    # A verb counted only in the passive, never negated nor under "अगर"/"जैसे ही" (round ev41): "दुकानें
    # खोली जा सकेंगी", "जोन को खोल दिया गया" reopen by an authority's rule; the active "खोल दिया"
    # also opens accounts, ATMs and fronts ("मोर्चा खोल दिया").
    passive_only: bool = False
    # A noun of goods that may head a list whose last item takes the light verb (round ev57):
    # "भोजन, शुद्ध पानी और दवा देंगे", "राशन, सब्जी और दूध बांटा" hand out the whole list.
    listed: bool = False
    # The form counts only right after one of these words (round ev57): "केंद्र को लिखा कि …
    # दी जाएं" writes to an addressee; "संदेश में लिखा है कि … को … शुभकामनाएं" names one after.
    after_word: frozenset[str] = frozenset()
    # Words or phrases (token sequences) none of which may stand in the sentence (round ev79):
    # bare "प्रदर्शन" is a protest beside "के खिलाफ"/"नारेबाजी", but a performance beside
    # "बेहतर", "टीम", "बॉक्स ऑफिस", "सेंसेक्स" ("भारत ने … के खिलाफ शानदार प्रदर्शन किया").
    excludes: tuple[tuple[str, ...], ...] = ()
    # A place one is sent to ("उन्हें जिला अस्पताल भेजा गया", round tr3): no other act, so another
    # entry's light verb may be reached past it ("टीम को जिला अस्पताल भेजा गया" sends a team).
    destination: bool = False


@dataclass(frozen=True)
class TriggerLexicon:
    triggers: tuple[Trigger, ...]
    particles: frozenset[str]
    light_verbs: frozenset[str]
    # first token -> [(form tokens, trigger)], longest form first
    index: dict[str, list[tuple[tuple[str, ...], Trigger]]]
    # first token -> (its one-word entries, {second token: its one-word entries and those whose
    # second token that is}), each in index order: :func:`.candidates.find_candidates` visits
    # only the entries that may match before the token that follows (:func:`_by_next`)
    by_next: dict[str, tuple[list[tuple[tuple[str, ...], Trigger]],
                             dict[str, list[tuple[tuple[str, ...], Trigger]]]]] = field(
        init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_next", _by_next(self.index))


def _by_next(index: dict[str, list[tuple[tuple[str, ...], Trigger]]]
             ) -> dict[str, tuple[list[tuple[tuple[str, ...], Trigger]],
                                  dict[str, list[tuple[tuple[str, ...], Trigger]]]]]:
    """:attr:`TriggerLexicon.by_next` of ``index``.

    Why: before a token that is no particle, a form of several words can match only if that
    token is its second word, and most of a first word's forms are not (round sp3, issue 16:
    of the 54,029 entries find_candidates tested over ``benchmarks/scale.py --days 16``, 47,660
    failed on the second word, the events stage's busiest lines). A particle may stand inside a
    form ("मामला भी दर्ज"), so before one every entry is still tried, from ``index``."""
    out: dict[str, tuple[list[tuple[tuple[str, ...], Trigger]],
                         dict[str, list[tuple[tuple[str, ...], Trigger]]]]] = {}
    for first, entries in index.items():
        seconds = {form[1] for form, _ in entries if len(form) > 1}
        out[first] = (
            [e for e in entries if len(e[0]) == 1],
            {s: [e for e in entries if len(e[0]) == 1 or e[0][1] == s] for s in sorted(seconds)},
        )
    return out


def _build_index(
    pairs: list[tuple[tuple[str, ...], Trigger]],
) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    index: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for form, trig in pairs:
        index.setdefault(form[0], []).append((form, trig))
    for entries in index.values():
        entries.sort(key=lambda p: -len(p[0]))
    return index


@functools.cache
def hindi_triggers() -> TriggerLexicon:
    data = _load_yaml("triggers_hi.yaml")
    groups = {k: frozenset(v) for k, v in data["light_verbs"].items()}
    spellings = _spelling_groups(data)
    onto = ontology()
    triggers: list[Trigger] = []
    pairs: list[tuple[tuple[str, ...], Trigger]] = []
    for i, raw in enumerate(data["triggers"]):
        if raw["type"] not in onto.types:
            raise KhabarError(E.E060, where=f"triggers_hi.yaml entry {i}", detail=raw["type"])
        unknown = [g for g in raw.get("light") or [] if g not in groups]
        if unknown:
            raise KhabarError(E.E060, where=f"triggers_hi.yaml entry {i}", detail=f"{unknown}")
        # a misspelt modality ("planed") would silently make the trigger never fire
        odd = [m for m in raw.get("requires_modality") or [] if m not in onto.modalities]
        if odd:
            raise KhabarError(E.E060, where=f"triggers_hi.yaml entry {i}", detail=f"modality {odd}")
        reach = raw.get("reach") or 0
        if not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 8:
            # a light verb further than a few words away is another clause's
            raise KhabarError(E.E060, where=f"triggers_hi.yaml entry {i}", detail=f"reach {reach!r}")
        light: frozenset[str] = frozenset().union(*[groups[g] for g in raw.get("light") or []])
        trig = Trigger(
            forms=_with_spellings((tuple(str(f).split()) for f in raw["forms"]), spellings),
            type=raw["type"],
            mode=raw["mode"],
            light=light,
            nominal=bool(raw.get("nominal")),
            verbal=bool(raw.get("verbal")),
            symmetric=bool(raw.get("symmetric")),
            possessor=raw.get("possessor"),
            place_possessor=raw.get("place_possessor"),
            place_object=raw.get("place_object"),
            markers=dict(raw.get("markers") or {}),
            mode_cues={
                v: mode for w, mode in (raw.get("mode_cues") or {}).items() for v in spellings.get(w, (w,))
            },
            modality=raw.get("modality"),
            requires_modality=frozenset(raw.get("requires_modality") or ()),
            requires_target=bool(raw.get("requires_target")),
            beneficiary=bool(raw.get("beneficiary")),
            agentless=bool(raw.get("agentless")),
            after_infinitive=bool(raw.get("after_infinitive")),
            subjunctive=bool(raw.get("subjunctive")),
            threat_clause=bool(raw.get("threat_clause")),
            clause_after=bool(raw.get("clause_after")),
            via=frozenset(raw.get("via") or ()),
            reach=reach,
            withheld=bool(raw.get("withheld")),
            rule=bool(raw.get("rule")),
            announced=bool(raw.get("announced")),
            cues=frozenset(v for w in raw.get("cues") or () for v in spellings.get(w, (w,))),
            named_source=bool(raw.get("named_source")),
            source_heads=frozenset(raw.get("source_heads") or ()),
            held_people=bool(raw.get("held_people")),
            passive_only=bool(raw.get("passive_only")),
            listed=bool(raw.get("listed")),
            after_word=frozenset(raw.get("after_word") or ()),
            excludes=tuple(tuple(str(w).split()) for w in raw.get("excludes") or ()),
            destination=bool(raw.get("destination")),
        )
        triggers.append(trig)
        pairs.extend((form, trig) for form in trig.forms)
    return TriggerLexicon(
        triggers=tuple(triggers),
        particles=frozenset(data["particles"]),
        light_verbs=frozenset().union(*groups.values()),
        index=_build_index(pairs),
    )


@dataclass(frozen=True)
class DisasterLexicon:
    # first token -> [(form tokens, candidate types, generic?)], longest first
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]]
    cues: dict[str, str]
    # the keys of both as sets, for the per-sentence test whether any stands in a sentence (a
    # set's isdisjoint is a third of the time of a dict view's: round sc50, issue 16)
    starts: frozenset[str] = field(init=False)
    cue_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", frozenset(self.index))
        object.__setattr__(self, "cue_words", frozenset(self.cues))


@functools.cache
def disaster_triggers() -> DisasterLexicon:
    data = _load_yaml("disaster_hi.yaml")
    known = ontology().disaster_types
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]] = {}

    def add(form: str, types: tuple[str, ...], generic: bool) -> None:
        bad = [t for t in types if t not in known]
        if bad:
            raise KhabarError(E.E060, where="disaster_hi.yaml", detail=f"unknown types {bad}")
        toks = tuple(form.split())
        index.setdefault(toks[0], []).append((toks, types, generic))

    for type_, forms in data["specific"].items():
        for form in forms:
            add(str(form), (type_,), False)
    for form, types in data["generic"].items():
        add(str(form), tuple(types), True)
    for entries in index.values():
        entries.sort(key=lambda p: -len(p[0]))
    return DisasterLexicon(index=index, cues=dict(data["cues"]))


@dataclass(frozen=True)
class EnglishTrigger:
    stem: str
    type: str
    mode: str


@functools.cache
def english_triggers() -> tuple[EnglishTrigger, ...]:
    data = _load_yaml("triggers_en.yaml")
    onto = ontology()
    out: list[EnglishTrigger] = []
    for type_, modes in data["triggers"].items():
        if type_ not in onto.types:
            raise KhabarError(E.E060, where="triggers_en.yaml", detail=type_)
        for mode, stems in modes.items():
            out.extend(EnglishTrigger(str(s).lower(), type_, mode) for s in stems)
    # longest stem first so "call for" wins over "call"
    return tuple(sorted(out, key=lambda t: -len(t.stem)))
