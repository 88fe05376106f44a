"""What the article named before the sentence being read: the context its bare actor words are coded in.

A bare office word ("पुलिस ने", "जिलाधिकारी ने", "सरकार ने") is the office of a place the article
named before. :class:`ActorContext` holds what earlier sentences named: the last government, city
and state, the dateline's and the credit line's town, the office holders named once in full, the
places a next sentence may point back to. The readers that keep it are here too: a round-up's new
item (a sub-heading or a dateline) forgets what the item before named (:func:`_new_item`); a town
opening a report as its dateline (:func:`_dateline_at`) or a credit line (:func:`_credit_town`);
the story's own town (:func:`_story_town`); the one state of the towns named
(:func:`state_of_towns`); the compass district named in the sentence or the one before
(:func:`_district_named`).

Why a module of its own: the context is the article's state across its sentences, made once per
document (:class:`.clause.DocContext`) and read by :mod:`.hindi` as well; :mod:`.coding` reads one
sentence's words and codes each hit with it, and :mod:`.actor_place` decides a hit's place from it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from ..model import Argument, Mention
from .actors import ActorDictionary, ActorWord, office_place, place_code
from .places import _PLACE_TYPES, is_state, state_of_town


@dataclass
class ActorContext:
    """What earlier sentences of the article named: the last government with a place, and the
    last city (where "पुलिस", "जिलाधिकारी" without a place act: local news names it once)."""

    government: tuple[str, str] | None = None  # the place whose government was named: (code, name)
    locality: tuple[str, str] | None = None  # the last city named: (code, English name)
    locality_at: int = -1  # where it was named
    # the KB state that last city lies in, where known (police_place: a state named as the
    # story's seat since, the town outside it, is where bare police act; round ev174)
    locality_state: str | None = None
    # the home town of the article's (or a round-up item's) first dateline ("गाजियाबाद [मदन
    # पांचाल] ।", "रांची : …"): the story's own town, though it names others ("… दिल्ली के मैक्स
    # अस्पताल में …"); see issuer.story_town
    home_town: tuple[str, str] | None = None
    # a person named right after an office ("कृषि मंत्री बादल पत्रलेख"): the office's code
    person_codes: dict[str, str] = field(default_factory=dict)
    # the person last named with each office word: a later bare "मंत्री ने" is that person
    holders: dict[ActorWord, Mention] = field(default_factory=dict)
    # people named after an office whom the tagger missed: id -> English name (they are no
    # article mention, so the English is kept here for events.naming.name_actors)
    names: dict[str, str] = field(default_factory=dict)
    # the sentence whose last ने-agent spoke ("डीजीपी ने कहा है कि …"): a measure announced in
    # the next sentences of the paragraph without an agent is theirs (reported speech goes on)
    speaker_at: tuple[int, int] = (-1, -1)  # (sentence index, its end offset)
    # the sentence whose last ने-agent is an authority (police, an administration, an official):
    # an agentless measure soon after in the paragraph is theirs ("पुलिस ने घेर लिया। … रोक दिया
    # गया"), until another agent acts
    authority_at: tuple[int, int] = (-1, -1)
    # that authority is a health body (a department, its team or officers: round ev148), which a
    # seal, a curfew or a zone does not go on with (acting.authority_goes_on)
    authority_health: bool = False
    measure_at: int = -1  # the last sentence that made a closure or lockdown (listed_closures)
    # the sentence whose last ने-agent is a body that is no authority (a research organisation,
    # a board, a company): an agentless act in the very next sentence is theirs (round ev166)
    body_at: tuple[int, int] = (-1, -1)
    agent_span: tuple[int, int] = (0, 0)  # where that agent is named: the evidence carried on
    # the last state (``is_state``: not a city, not a district) the article named, not as where
    # people came from: whose government issues a measure when no government word was read, and
    # whose police a bare "पुलिस" with no town are
    state: tuple[str, str] | None = None
    # where the last state and the last government were named (offsets): "राज्य में" after both
    # is the one named later ("ठाकरे ने कहा … ¶ गुजरात ने … पुष्टि की है । राज्य में … निगरानी
    # में रखा गया है" is Gujarat's, not Maharashtra's: round ev90)
    state_at: int = -1
    # the last state was named as the seat of what is reported ("तेलंगाना में", "छत्तीसगढ़ के
    # स्वास्थ्य मंत्री"), not as whose people came ("केरल की एक जमात"): coding._seat, round ev129
    state_seat: bool = False
    # ... or aside: as the owner of the person or thing after it ("झारखंड की पहली … मलयेशियाई
    # महिला") or as a label before a colon ("यह भी पढ़ें- हरियाणा: 6 जिलों में …", a link glued
    # into the paragraph), which say whose it is or what a link is about, not where the
    # paragraph is (:mod:`.paragraph_state`, round pl1)
    state_aside: bool = False
    government_at: int = -1
    # a dateline was read: the first opens the story the headline announced, a later one an item
    datelined: bool = False
    # the town of a credit dateline ("बरेली, जेएनएन ।"): where the report's unplaced local
    # offices act, though it names other towns later ("… मुंबई के नागपाड़ा इलाके में …")
    dateline_town: tuple[str, str] | None = None
    # the towns (and districts) the article named as its story's, by their Hindi as written ->
    # (code, English name): a word no table knows that is one of them misspelt ("गाजियााद में")
    # is that town (coding._misspelt_town, round ev146)
    towns_named: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the KB states of the home towns the article named so far (not as where people came from,
    # nor as a road's name, "सहारनपुर चौक"): one state where all its towns are in it (round ev66)
    town_states: set[str] = field(default_factory=set)
    # the place of the high court the article named ("दिल्ली उच्च न्यायालय ने …"): a later bare
    # "उच्च न्यायालय" is that court (round ev66, a corpus day file outside the gold's days)
    court_place: tuple[str, str] | None = None
    # (code, English name) of the court the article last named with its place or by its own name
    # ("दिल्ली उच्च न्यायालय ने …", "सुप्रीम कोर्ट ने …"): a later bare "अदालत ने" is that court, not
    # a "court" of nowhere (round ev129, issue 13: the unseen tuning set Uf)
    court_named: tuple[str, str] | None = None
    # each department the article named as its state's ("प्रदेश में स्वास्थ्य विभाग", "राज्य के
    # स्वास्थ्य विभाग ने") -> (code, English name, where): a later bare mention of the same
    # department is that body, while no town is named since (actor_place, round ev171)
    state_departments: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    # the force the article last named with its place ("दिल्ली पुलिस ने …") -> ((code, English
    # place), where): a later bare "पुलिस" is that force while no town is named since (ev174)
    police_named: tuple[tuple[str, str], int] | None = None
    # the foreign country the article named last, with no home place, home office or home
    # country named since ("ईरान में … 54 हजार कैदियों को रिहा करना पड़ा है । … नमाज … पर पाबंदी
    # लगाई जा रही है"): whose government an agentless measure there is (round ev63)
    abroad: tuple[str, str] | None = None
    abroad_at: int = -1  # where it was named (the measure must be in the same paragraph)
    # the last sentence whose last ने-agent is a phrase the glossary names, no entity ("केंद्र
    # ने …"): (sentence index, its end, the source arguments its events read, their codes,
    # whether a correlative "जहां" follows its ने), for a dropped subject right after it (round
    # ms2, :mod:`khabar.events.glossed_agents`)
    glossed: tuple[int, int, list[Argument], dict[str, str], bool] = field(
        default_factory=lambda: (-1, -1, [], {}, False)
    )
    # where the article last named a home place (a word the KB codes in the home country, "भारत
    # में", an Indian state or town): a foreign town or state named before it is no longer the
    # place of an agentless measure (:mod:`.stale_places`, round sa2)
    home_at: int = -1
    paragraph_at: int = 0  # where the paragraph of the sentence being read starts (clause.view)
    # where the paragraph before it that holds a sentence starts: a foreign country's bare
    # "सरकार" reaches back to it (round ms1, :mod:`.foreign_paragraphs`)
    prev_paragraph_at: int = 0
    # the words and linked places of the sentence being read: whether it names a home place or
    # the home nationals (:func:`_home_here`) is read from them only where a rule asks (round
    # sc47: reading it for every sentence was the costliest line of coding.coded_mentions)
    home_seen: tuple[list[str], dict[int, Mention]] = field(default_factory=lambda: ([], {}))
    # the article's day: whose government "केजरीवाल सरकार" is (the office held that day)
    on: date | None = None
    # each linked person the article named -> the actor code of the office held ``on`` that day
    # (``actors.entity_code``), read once per person and article: every sentence naming the
    # person asked it again (round sp9, issue 16); see coding.held_code
    held_codes: dict[str, str | None] = field(default_factory=dict)
    # the states whose government officers (KB people holding a state office on the day) the
    # article named: "मुख्यमंत्री विजय रूपाणी" -> IND-Gujarat
    officers_of: set[str] = field(default_factory=set)
    # each office holder the article named -> (code, English name) of the office as coded there
    # ("सीबी सिंह" -> IND-Aligarh GOV, Aligarh District Magistrate): whose body a holder who
    # reports an agentless measure speaks for (acting.district_body, round ev120)
    offices: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the last place (a KB place mention) each sentence read named, by the sentence's start: what
    # a deictic "वहां के" of the next sentence points back to (round ev88)
    place_trail: list[tuple[int, Mention | None]] = field(default_factory=list)
    # the tokens of the sentence before, by its start: the compass district of a city it named
    # ("दक्षिण-पश्चिम दिल्ली") is the one a bare "जिला प्रशासन" of the next sentence is (round
    # ev88); read only when such an office is met, not for every sentence
    district_trail: list[tuple[int, list[Any]]] = field(default_factory=list)


_START, _END, _TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")


# A round-up's item opens with a sub-heading ("हरियाणा में 14 कोरोना पॉजिटिव केस", a line with
# no sentence end and at most this many words) or a dateline ("पटना :", "लखनऊ, 11 मई (भाषा)")
# that names its place: the places and governments of the item before are not this item's (round
# ev24: NT-2020-MAR-14.txt, "13 states" round-up outside the event gold, gave Karnataka's and
# Haryana's closures to the Delhi government of an earlier item; tuned on that file's kind in the
# hand sample of seed 2525, not on the gold)
_HEADING_WORDS = 12
_SENTENCE_ENDS = frozenset({"।", "॥", ".", "?", "!", "|"})
_DATELINE_WORDS = 4  # "जागरण संवाददाता, सोनभद्र :": how far in a dateline may end
_DATELINE_MARKS = frozenset({":", "/"})
# A sub-heading told in the past perfect or the past ("जमात में गए थे दक्षिण अफ्रीका", "यज्ञ में भाग
# लेने कोडरमा के मरकच्चो पहुंचे थे बाबा रामदेव", "संक्रमण चेन तोड़ मुंगेर को बनाया था कोरोना फ्री")
# gives the story's background: it opens no item, as a round-up item's news heading does ("इटली
# में 107 लोगों की मौत", "कुवैत तीन दिन पहले लगा चुका है रोक"). Round sa8 (issue 13): on the 280
# allowed corpus day files 13 of the 365 sub-headings that opened an item held one of these
# auxiliaries, each a story's background (a Meerut report's "went to South Africa" heading made
# its later sealing of a sector the Government of India's, the tuning set Vf).
_PAST_AUXILIARIES = frozenset({"था", "थे", "थी", "थीं"})


def _new_item(
    tokens: list[Any],
    mentions: list[Mention],
    ctx: ActorContext,
    came_from: set[int],
    offsets: tuple[list[int], list[int]] | None = None,
) -> None:
    """At a sub-heading or a dateline after the first naming a place, forget the places,
    government and office holders the article named before: they were the item before's. A state the heading names
    is the new item's government ("कर्नाटक में 6 केस" … "सरकार ने … बंद कर दिया"). Called only
    for a sentence naming a linked place (only one opens an item: most sentences name none,
    round sc30); ``came_from``: the places people came from (:func:`.places.origin_places`);
    ``offsets``: the tokens' (ends, starts), when the caller has read them (round sp7)."""
    heading = (
        tokens[-1].text not in _SENTENCE_ENDS
        and len(tokens) <= _HEADING_WORDS
        and _PAST_AUXILIARIES.isdisjoint(map(_TEXT, tokens))
    )
    ends, starts = offsets or ([t.end for t in tokens], [t.start for t in tokens])
    named: list[Mention] = []
    datelines = False
    for m in mentions:
        if m.type not in _PLACE_TYPES or not m.entity_id or m.start in came_from:
            continue
        first = bisect.bisect_right(ends, m.start)
        last = bisect.bisect_left(starts, m.end) - 1
        dateline = (  # opening the sentence or after a credit ("जागरण संवाददाता, सोनभद्र :"),
            last < _DATELINE_WORDS  # not a link's ("यह भी पढ़ें- हरियाणा: 6 जिलों में …")
            and (first == 0 or tokens[first - 1].text == ",")
            and (
                (last + 1 < len(tokens) and tokens[last + 1].text in _DATELINE_MARKS)
                or _glued_slash(tokens[last], m)
            )
        )
        if (heading or dateline) and first <= last:
            named.append(m)
            datelines = datelines or (dateline and not heading)
    if named:
        ctx.dateline_town = None  # another item's dateline: the credit town was the item before's
    if datelines and not ctx.datelined:
        ctx.datelined = True  # "झारखंड सरकार का बड़ा फैसला … ¶ रांची : झारखंड में भी …"
        return
    if not named:
        return
    states = [place_code(m.entity_id) for m in named if is_state(m)]
    ctx.government = next((st for st in states if st and "-" in st[0]), None)
    ctx.government_at = tokens[0].start
    ctx.locality = ctx.state = ctx.dateline_town = ctx.abroad = ctx.home_town = None
    ctx.town_states = set()
    ctx.district_trail = []  # the item before's compass districts are its own (round sa2)
    ctx.court_place = None
    ctx.court_named = None
    ctx.state_departments = {}
    kept = _state_holders(ctx, named)
    ctx.holders.clear()
    ctx.holders.update(kept)
    ctx.offices = {
        m.entity_id: ctx.offices[m.entity_id]
        for m in kept.values()
        if m.entity_id and m.entity_id in ctx.offices
    }


def _glued_slash(token: Any, m: Mention) -> bool:
    """The place ``m`` ends its token at a "/" typed without spaces: a dateline of two towns,
    the district's and the subdivision's ("जागरण संवाददाता, बक्सर/डुमरांव(बक्सर) :"), one token
    to the tokenizer, so the mark after the place is inside it (round sa3, the corpus day
    files' Jagran round-ups)."""
    at = m.end - token.start
    return 0 < at < len(token.text) and token.text[at] == "/"


def _state_holders(ctx: ActorContext, named: list[Mention]) -> dict[ActorWord, Mention]:
    """The holders of a state's office (a chief minister) whose state is the one every place
    of a new item's heading lies in: a sub-heading of the same state's story ("गोरखपुर मेडिकल
    कॉलेज में भी लिए जाएंगे नमूने" in a report of Yogi Adityanath's measures for Uttar Pradesh)
    leaves the state's chief minister the one a later bare "मुख्यमंत्री ने" is; a town's
    officers (a district magistrate) and the holders of another state's offices are forgotten.

    Round ev146 (issue 13): the sub-heading made two later "मुख्यमंत्री ने … निर्देश दिए" the office
    of Uttar Pradesh, not the person the article had named (AU-2020-MAR-13.txt)."""
    states: set[str] = set()
    for m in named:
        if is_state(m):
            code = place_code(m.entity_id)
        else:
            home = state_of_town(m.entity_id)
            code = place_code(f"kb:{home}") if home else None
        if code is None:
            return {}
        states.add(code[0])
    if len(states) != 1:
        return {}
    [state] = states
    return {
        word: m
        for word, m in ctx.holders.items()
        if word.state and m.entity_id and _office_state(ctx, m.entity_id) == state
    }


def _office_state(ctx: ActorContext, entity_id: str) -> str | None:
    """The place code of the office a holder held: the KB's on the article's day (a KB person),
    else the code the article's words gave it ("बिहार के मुख्यमंत्री नीतीश कुमार")."""
    held = office_place(entity_id, ctx.on)
    if held is not None:
        return held[0]
    coded = ctx.offices.get(entity_id)
    return coded[0].split(" ")[0] if coded else None


def _remember_place(tokens: list[Any], places: dict[int, Mention], ctx: ActorContext) -> None:
    if not tokens:
        return
    here = tokens[0].start
    if ctx.place_trail and ctx.place_trail[-1][0] >= here:
        return  # the sentence was read before
    ctx.place_trail = [(here, places[max(places)] if places else None)]
    # its compass districts read only when asked; every sentence of the item kept since round
    # sa2 (:func:`district_earlier`), the last one still the sentence before
    ctx.district_trail.append((here, tokens))


def _district_named(
    tokens: list[Any], i: int, town: tuple[str, str], ctx: ActorContext | None
) -> str | None:
    """The one compass district of ``town`` ("South West Delhi") named before token ``i`` in
    the sentence, else in the sentence before; None with none or several."""
    from .issuer import compass_districts

    named = {d for c, d in compass_districts(" ".join(t.text for t in tokens[:i])) if c[0] == town[0]}
    if not named and ctx is not None and tokens:
        before = [toks for at, toks in ctx.district_trail if at < tokens[0].start]
        earlier = compass_districts(" ".join(t.text for t in before[-1])) if before else []
        named = {d for _, d in earlier if d.endswith(town[1])}
    return next(iter(named)) if len(named) == 1 else None


def district_earlier(tokens: list[Any], town: tuple[str, str], ctx: ActorContext) -> str | None:
    """The compass district of ``town`` the item named last in a sentence before this one
    (``tokens``), or None: where a bare "प्रशासन" in a Delhi report acts.

    Round sa2 (issue 13, the source audit's class C): "जिला मजिस्ट्रेट ने कहा कि प्रशासन ने इमारत
    को सील करके …" in a report on a Kapashera building ("दक्षिण-पश्चिम दिल्ली के कापसहेड़ा …",
    sentences before) was the Government of Delhi, as a bare "प्रशासन" in Delhi with no district
    in the sentence or the one before is (round ev64); an agentless measure there was already the
    district's (:func:`.issuer.authority` reads the districts named before in the article)."""
    from .issuer import compass_districts

    if not tokens:
        return None
    before = [toks for at, toks in ctx.district_trail if at < tokens[0].start]
    for toks in reversed(before):
        named = [d for c, d in compass_districts(" ".join(map(_TEXT, toks))) if c[0] == town[0]]
        if named:
            return named[-1]
    return None


_HOME_WORD = "भारत"  # भारत, भारतीय, भारतीयों: the home country or its nationals


def _home_here(ctx: ActorContext, lex: ActorDictionary) -> bool:
    """Whether the sentence being read names a home place or the home nationals (a word opening
    with भारत: "सरकार ने ईरान में फंसे भारतीयों को …" is the home government's act)."""
    texts, places = ctx.home_seen
    return any(t.startswith(_HOME_WORD) for t in texts) or any(
        (pc := place_code(m.entity_id)) is not None and pc[0].split("-")[0] == lex.default_country
        for m in places.values()
    )


def state_of_towns(ctx: ActorContext) -> tuple[str, str] | None:
    """(code, name) of the one state every home town the article named so far lies in, or None
    (no town, a town of no known state, or towns of several states)."""
    if len(ctx.town_states) != 1:
        return None
    state = next(iter(ctx.town_states))
    return place_code(f"kb:{state}") if state.startswith("in-state/") else None


def _story_town(ctx: ActorContext) -> tuple[str, str] | None:
    """The town last named, unless an earlier paragraph named it and the story's dateline names
    another: then the dateline's (as issuer.story_town; round ev72: "रांची : … बांग्लादेश और दुबई
    दोनों गयी थी … ¶ … पुलिस को रिम्स प्रबंधन ने एम्बुलेंस …" was the "Dubai Police")."""
    town, home = ctx.locality, ctx.home_town
    if town is None or home is None or town == home or ctx.locality_at >= ctx.paragraph_at:
        return town
    return home


# What ends a dateline's town opening a sentence ("गाजियाबाद [मदन पांचाल] ।", "लखनऊ, 11 मई",
# "रांची : …", "रांची / …"): round ev72
_DATELINE_ENDS = frozenset({":", "/", ",", "[", "(", "।"})
_CASE_WORDS = frozenset({"में", "के", "की", "का", "से", "को", "पर", "ने", "तक"})


def _dateline_at(tokens: list[Any], m: Mention, last: int) -> bool:
    """The town ``m`` (its last token ``last``) is a dateline: it opens the sentence, or ends
    within ``_DATELINE_WORDS`` before ":" or "/" ("जागरण संवाददाता, सोनभद्र :")."""
    first = bisect.bisect_right([t.end for t in tokens], m.start)
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    if tokens and tokens[0].text == f"{m.text}ः":  # "रांचीः राजधानी रांची के …": a visarga typed for ":"
        return True
    if first == 0:  # "लखनऊ, 11 मई", or a credit line of its own ("गाजियाबाद [मदन पांचाल] ।"),
        # not a short heading about the town ("आगरा में आठवीं मौत")
        credit = (
            len(tokens) <= _DATELINE_WORDS + 1
            and tokens[-1].text in _SENTENCE_ENDS
            and nxt not in _CASE_WORDS
        )
        return nxt in _DATELINE_ENDS or credit
    return last < _DATELINE_WORDS and nxt in _DATELINE_MARKS


# Round ev60 (issue 13): a Jagran-style credit dateline ("बरेली, जेएनएन ।") names the town the
# report is from; a bare "स्वास्थ्य विभाग की टीम" later was the department of the last town named
# ("Mumbai health department" in a Bareilly report, corpus day files outside the gold's days).
_CREDITS = frozenset({"जेएनएन", "संवाददाता"})
_AGENCIES = _CREDITS | {"पीटीआइ", "पीटीआई", "आइएएनएस", "आईएएनएस", "एएनआइ", "एएनआई", "भाषा", "एजेंसी"}


def _credit_town(tokens: list[Any], places: dict[int, Mention]) -> tuple[str, str] | None:
    for k, m in sorted(places.items()):
        if m.type != "CITY" or k > 1:
            continue
        after = [t for t in tokens if t.start >= m.end][:2]
        if len(after) == 2 and after[0].text == "," and after[1].text in _CREDITS:
            return place_code(m.entity_id)
    return None
