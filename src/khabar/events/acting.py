"""Who issued an agentless measure, as the text itself shows it: an authority acting in another
clause of the sentence, one the sentence cites, one that acted just before in the paragraph.

Why a module of its own: before any guess from a place (:mod:`.issuer`'s jurisdiction rule),
the reader sees who acts. "इनमें एक को पकड़कर क्वारंटाइन करा दिया गया हैं, दूसरे की पुलिस
तलाश कर रही है" is the police's measure; "स्वास्थ्य विभाग के अनुसार … निगरानी में रखा जाएगा"
the health department's; an agentless measure goes on with the authority that acted a few
sentences back in the same paragraph (or with a local official named with a title: "डीसी X ने
संज्ञान लिया है । … सील किया गया है" is the DC's order), and a district officer who only reports
one reports his administration's act. These readings are of the sentence's clauses and the
paragraph's agents, not of places. :func:`khabar.events.parties.guessed_issuer` asks here
first, the speaker rules (:mod:`khabar.events.speakers`) whether the last agents go on, and
:mod:`khabar.events.hindi` whose act a district officer reports (:func:`district_body`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Argument, Mention
from .actors import actor_dictionary, entity_code, sector_of
from .clause import DocContext, SentenceView, Unit, actor_of, is_place, unit_actors
from .issuer import authority, health_department_of
from .state_offices import state_government

# Sectors whose agent issues orders and measures (see data/actors/actors_hi.yaml)
AUTHORITIES = frozenset({"GOV", "COP", "MIL", "JUD"})
# How many sentences back an agent may have acted and still be the one a later agentless measure
# goes on with: 3, the reach of a local crime report's police paragraph in corpus/hindi-covid-2020
# (DJ-2020-MAY-05.txt, tune half: "पुलिस ने घेर लिया" three sentences before "रोक दिया गया")
_GOES_ON = 3
# Words that name a measure's jurisdiction without a place name ("राज्य में", "पूरे देश में",
# "जिले में"): the measure is that level's, not the agent's who acted before
_JURISDICTIONS = frozenset({"राज्य", "राज्यों", "प्रदेश", "देश", "देशभर", "जिले", "जिला", "जिलों"})
# Openers by which the writer turns from the report to another thread ("वहीं, …", "इधर, …")
_SWITCH = frozenset({"वहीं", "वहीँ", "इधर", "उधर", "हालांकि"})


# Words that end a bare subject's clause ("पुलिस तलाश कर रही है", "पुलिस पहुंची"): a finite
# verb, an auxiliary or a verb of arrival, reached before any postposition; the postpositions
# that make the bare word a modifier instead ("पुलिस चौकी के", "पुलिस लाइन में"); adverbs and
# a spot adverb a subject may stand before ("पुलिस मौके पर पहुंची"); and the heads of a team of
# an authority ("पुलिस की टीम", "पुलिस टीम ने"), which act for it
_FINITE = frozenset(
    {"कर", "करा", "करती", "करता", "करते", "रही", "रहा", "रहे", "रहीं", "है", "हैं", "था", "थी", "थे"}
    | {"पहुंची", "पहुंचे", "पहुंचा", "पहुँची", "पहुँचे", "पहुँचा"}
)
_CASES = frozenset({"के", "की", "का", "को", "में", "से", "पर", "द्वारा"})
_TEAMS = frozenset({"टीम", "टीमें", "टीमों", "दल", "बल", "जवान", "जवानों", "कर्मी", "कर्मियों"})


def _acts_from(sv: SentenceView, k: int) -> bool:
    """The words from token ``k`` go on to a verb of a subject's own: ने after at most a team
    word, or a finite verb within four words, with no postposition before it."""
    toks = sv.tokens
    if k < len(toks) and toks[k].text in _TEAMS:
        k += 1  # "पुलिस टीम ने", "पुलिस बल तैनात है"
    for j in range(k, min(k + 4, len(toks))):
        word = toks[j].text
        if word == "ने" and j == k:
            return True
        if word == "पर" and toks[j - 1].text == "मौके":
            continue  # "मौके पर": on the spot, an adverb
        if word in _CASES:
            return False
        if word in _FINITE:
            return True
    return False


def _subject(sv: SentenceView, u: Unit) -> bool:
    """The unit is an agent of its own clause: marked by ने, bare before its verb ("दूसरे की
    पुलिस तलाश कर रही है", "पुलिस टीम ने पकड़ा"), or the owner of a team that acts ("पुलिस की
    टीम मौके पर पहुंची")."""
    if u.marker == "ने":
        return True
    if u.marker is None:
        return _acts_from(sv, u.last + 1)
    k = u.marker_end
    teams = u.marker in {"की", "के"} and k < len(sv.tokens) and sv.tokens[k].text in _TEAMS
    return teams and _acts_from(sv, k)


def _code(m: Mention, ctx: DocContext, on: date | None) -> str | None:
    """The actor code of a mention: a coded office's own, else the office a person was named
    with in the article ("उपायुक्त नैंसी सहाय"), else the office a linked holder held ``on``."""
    if sector_of(m.role):
        return m.role
    ident = m.entity_id or ""
    return ctx.actors.person_codes.get(ident) or (entity_code(ident, on) if ident else None)


def sentence_authority(
    sv: SentenceView, ctx: DocContext, span: tuple[int, int], taken: list[str], on: date | None
) -> Unit | None:
    """An authority the sentence names as the agent of another of its clauses ("इनमें एक को
    पकड़कर क्वारंटाइन करा दिया गया हैं, दूसरे की पुलिस तलाश कर रही है", "गांव को प्रशासन ने
    सील कर दिया गया है"): the agentless measure (tokens ``span``) is theirs, the one the reader
    sees acting, before any guess from the place. An authority is a coded office or group of
    ``AUTHORITIES`` (police, an administration), or an official: a person named with such an
    office or holding it ``on`` the article's day ("मुख्यमंत्री नीतीश कुमार ने बैठक की और स्कूलों
    को बंद कर दिया गया"); not one of ``taken`` (the measure's own target: "पुलिसकर्मियों को
    क्वारंटीन किया गया"), not an anaphor, and not one only cited ("पुलिस के मुताबिक")."""
    for u in acting_units(sv, span, taken):
        if all(sector_of(_code(m, ctx, on)) in AUTHORITIES for m in u.mentions):
            return u
    return None


def acting_units(sv: SentenceView, span: tuple[int, int], taken: list[str]) -> Iterator[Unit]:
    """The units of ``sv`` that act as a subject of another clause than the measure's (tokens
    ``span``): named, no anaphor, not one of ``taken`` (the measure's own targets), not one only
    cited; in order. The candidates every "who is seen acting" rule then judges by its codes
    (:func:`sentence_authority`, ``health_body.health_clause_issuer``)."""
    first, last = span
    for u in sv.units:
        inside = u.first <= last and u.last >= first
        if u.anaphor or inside or not u.mentions or not _subject(sv, u):
            continue
        actors = unit_actors(u)
        if actors and not set(actors) & set(taken):
            yield u


# Round ev90 (issue 13, event sources): an authority the sentence cites for an agentless measure
# ("स्वास्थ्य विभाग के अनुसार इस वार्ड में … निगरानी में रखा जाएगा", "जिलाधिकारी के अनुसार … छूट को
# … खत्म कर दिया गया है") reports its own measure, as "X ने कहा कि …" does: its source, before any
# guess from the place. Not a news agency, a report or figures ("पीटीआइ के मुताबिक", "आंकड़ों के
# अनुसार": no authority), nor a rule (central_rule reads "दिशानिर्देशों के अनुसार"). The police
# cited are the news's source, not the issuer ("पुलिस के मुताबिक, … गांव को … सील कर दिया गया है"
# is the administration's seal: round ev15, tests/test_events_issuer2.py), and a health department
# cited issues no territorial measure (a seal, a curfew, a zone: the district administration's).
_CITING_MARKERS = frozenset({"के मुताबिक", "के अनुसार"})
_CITED_SECTORS = frozenset({"GOV", "HLH"})
_TERRITORIAL = frozenset({"seal", "curfew", "restrict", "zone", "lockdown"})


def cited_authority(
    sv: SentenceView,
    ctx: DocContext,
    span: tuple[int, int],
    taken: list[str],
    mode: str,
    on: date | None,
) -> tuple[list[str], dict[str, str], list[Argument]] | None:
    """(source, codes, arguments) of an agentless measure (tokens ``span``, of ``mode``) whose
    sentence cites an authority for it before the trigger ("X के मुताबिक/अनुसार"): a coded office,
    body or official of ``_CITED_SECTORS`` (a health one not for a ``_TERRITORIAL`` measure), not
    one of ``taken`` (the measure's targets); None without."""
    first, _ = span
    sectors = _CITED_SECTORS - {"HLH"} if mode in _TERRITORIAL else _CITED_SECTORS
    for u in sv.units:
        if u.marker not in _CITING_MARKERS or u.last >= first or u.anaphor or is_place(u):
            continue
        actors = unit_actors(u)
        if not actors or set(actors) & set(taken) or not u.mentions:
            continue
        if all(sector_of(_code(m, ctx, on)) in sectors for m in u.mentions):
            at, end = sv.tokens[u.first].start, sv.tokens[u.last].end
            said = sv.text_of(u.first, u.last)
            return actors, {}, [Argument("source_inferred", said, at, end, i) for i in actors]
    return None


def official_speaking(ctx: DocContext, on: date | None) -> bool:
    """The agents last named are officials (a person named with a GOV or COP office, or holding
    one ``on`` the day): a report of what they did goes on in their words."""
    codes = [ctx.actors.person_codes.get(a) or entity_code(a, on) for a in ctx.last_agents]
    return bool(codes) and all(sector_of(c) in {"GOV", "COP"} for c in codes)


def sentence_issuer(
    sv: SentenceView,
    ctx: DocContext,
    span: tuple[int, int],
    taken: list[str],
    text: str,
    on: date | None = None,
) -> tuple[list[str], dict[str, str], list[Argument]] | None:
    """(source, codes, arguments) of an agentless measure (tokens ``span``) whose sentence names
    an authority acting in another clause (``sentence_authority``), the office words as evidence;
    None without one. A bare office word of no known place ("पुलिस", "उपायुक्त" where the article
    named) is resolved to that sector of the place's authority, as the jurisdiction rule
    (``authority``) finds it: the police of the place, else its district administration; with
    no place at all it stays the bare office (IND COP), never the country's government."""
    unit = sentence_authority(sv, ctx, span, taken, on)
    if unit is None:
        return None
    at, end = sv.tokens[unit.first].start, sv.tokens[unit.last].end
    said = text[at:end]
    bare = {w.bare for w in actor_dictionary().words if w.bare}
    # only a police or government office word is the place's police or administration: a bare
    # army or court stays itself ("लेह में सेना का जवान संक्रमित … सेना ने … पृथक कर दिया गया"
    # was Leh's district administration: round ev56, issue 13, unseen stand-in set E)
    local = all(sector_of(m.role) in {"COP", "GOV"} for m in unit.mentions)
    if local and all(m.canonical in bare for m in unit.mentions):
        police = all(sector_of(m.role) == "COP" for m in unit.mentions)
        ident, code, _ = authority(sv, ctx, True, police, False, text)
        if "-" in code.split()[0]:  # a place below the country was found; else the bare word
            return [ident], {ident: code}, [Argument("source_inferred", said, at, end, ident)]
    source = unit_actors(unit)
    return source, {}, [Argument("source_inferred", said, at, end, ident) for ident in source]


def goes_on(at: tuple[int, int], sv: SentenceView, ctx: DocContext, text: str) -> bool:
    """The agents last named (in sentence ``at``) are still the ones acting here: at most
    ``_GOES_ON`` sentences back, in the same paragraph, no other agent since, and this sentence
    opens no new thread (``_SWITCH``)."""
    said, end = at
    if sv.tokens and sv.tokens[0].text.rstrip(",") in _SWITCH:
        return False  # "वहीं, भारत आने के बाद …": the writer turns to another thread
    return (
        bool(ctx.last_agents)
        and said >= ctx.agents_sentence
        and 0 < sv.index - said <= _GOES_ON
        and "\n" not in text[end : sv.start]
    )


def authority_goes_on(sv: SentenceView, ctx: DocContext, text: str, mode: str = "") -> bool:
    """An authority acted shortly before in the paragraph ("इनमें से एक वृद्ध को पुलिस ने घेर
    लिया … डिगिहा तिराहे पर बैरियर लगाकर उसे रोक दिया गया") and this sentence names no place
    of its own: the agentless measure goes on with the same agent. A sentence that names a place
    is left to the jurisdiction rule (``authority``), as is one naming its scope in a word
    (``_JURISDICTIONS``). A body that is no authority (``ctx.actors.body_at``: an airline, a
    research organisation) goes on into the very next sentence only (round ev166)."""
    places = any(m.type in {"COUNTRY", "REGION", "CITY"} for u in sv.units for m in u.mentions)
    scope = not _JURISDICTIONS.isdisjoint(sv.words)  # "राज्य में … कर्फ्यू लगाया गया"
    if places or scope:
        return False
    if ctx.actors.authority_health and mode in _TERRITORIAL:
        return office_holder_goes_on(sv, ctx, text)  # a seal after the health team: the district's
    body = ctx.actors.body_at
    return (
        goes_on(ctx.actors.authority_at, sv, ctx, text)
        or office_holder_goes_on(sv, ctx, text)
        or (sv.index - body[0] == 1 and goes_on(body, sv, ctx, text))
    )


# How many sentences after a local office holder acted ("डीसी X ने संज्ञान लिया है") an
# agentless measure of the same paragraph is still theirs: 5, the reach of a DC's statement in
# the tune half of the event gold (DJ-2020-ARP-20.txt: "उपायुक्त … ने पुष्टि की है। उन्होंने …
# कहा है- … गांव को सील किया गया है", the seal five sentences on); one sentence across a
# paragraph break (a heading-less turn of the same report)
_HOLDER_REACH = 5
# Offices held at a place by one person (actors_hi.yaml: local and person) whose holder is the
# issuer a measure goes on with: the civil ones (DM/DC, SDM, BDO). Not a police officer's (SHO,
# SP): an arrest after "एसएचओ X ने बताया" is the force's act that the officer reports (2 of the
# 8 changes on the 357 corpus/hindi-covid-2020 day files outside the event gold, round ev38)
_HOLDER_SECTORS = frozenset({"GOV"})


def office_holder_goes_on(sv: SentenceView, ctx: DocContext, text: str) -> bool:
    """The agents last named are local office holders named with their title ("डीसी मुकेश कुमार
    आहूजा ने तुरंत संज्ञान लिया है । … शेष एरिया को बफर जोन घोषित किया गया है"): an agentless
    measure after them in the same paragraph (or the sentence right after it) is that official's
    order, not the generic authority of the place (round ev38, issue 13: the tune half of the
    event gold names the DC, not "Panchkula district administration"). Narrow: within
    ``_HOLDER_REACH`` sentences, no other agent since (named, unnamed or a quoted speaker), no
    agent in this sentence, and no switch of thread (``_SWITCH``). The caller checks that the
    sentence names no place or scope of its own."""
    agents = ctx.last_agents
    officials = {
        m.entity_id
        for w, m in ctx.actors.holders.items()
        if w.local and w.person and w.sector in _HOLDER_SECTORS and m.entity_id
    }
    if not agents or not officials.issuperset(agents):
        return False
    if sv.tokens and sv.tokens[0].text.rstrip(",") in _SWITCH:
        return False  # "वहीं, …": another thread
    if any(u.marker == "ने" for u in sv.units) or any(t.text == "ने" for t in sv.tokens):
        return False  # an agent of its own here ("उन्होंने … कहा है- … रखा गया है")
    said = ctx.agents_sentence
    gap = sv.index - said
    if not 0 < gap <= _HOLDER_REACH or ctx.unnamed_at >= said:
        return False
    speaker = ctx.last_speaker_actor
    if ctx.last_speaker_at[0] >= said and speaker is not None and speaker not in agents:
        return False  # someone else quoted since: their report, not the official's
    # the same paragraph as where the agent was named, or the very next sentence
    return gap == 1 or "\n" not in text[ctx.actors.agent_span[1] : sv.start]


# Round ev120 (issue 13, sources on unseen text): a district's officers (the actor dictionary's
# offices whose English ends so) who only report an agentless measure ("जिला अधिकारी ने बताया कि
# … 9 अन्य लोगों को … होम क्वारंटाइन कर दिया गया था") report their administration's act: the
# unseen tuning sets Tk and Ti code the district administration there, as the event gold's tune
# half codes a reporting DC's measure (round ev103); the officer keeps what he does himself.
_DISTRICT_OFFICES = (
    "District Magistrate",
    "Additional District Magistrate",
    "local magistrate",
    "Chief Development Officer",
)
# A district's medical head (सीएमओ, "मुख्य चिकित्सा अधिकारी"; the actor dictionary's "{place} Chief
# Medical Officer") reporting an agentless measure reports his health department's act ("सीएमओ डॉ.
# कृष्ण स्वरूप ने बताया कि … गांव को सील कर दिया गया है"): the office, not the person, as the COVID
# event gold codes it (source_also_ok the district administration or the officer; round ev202,
# counted on tuning sets Ul and the allowed corpus day files).
_HEALTH_OFFICES = ("Chief Medical Officer",)
_HEAD_OF_STATE = "Chief Minister of "
# the modes :func:`.reread.warned_actions` and :func:`.reread.conditional_punishments` read as warnings
_PUNISHMENTS = frozenset({"arrest", "charge", "legal_action", "fine", "seize"})


def district_body(
    source: list[str], sv: SentenceView, ctx: DocContext, act: tuple[str, str] = ("", "")
) -> tuple[str, str, str] | None:
    """(id, code, name) of the body a lone officer of ``source`` reports an agentless measure
    of: a district officer's district administration, a chief medical officer's health
    department, a chief minister's state government (round ev202), each of the office as coded
    where the article named its holder ("सीबी सिंह": Aligarh District Magistrate) or in this
    sentence ("actor:Aligarh District Magistrate"), with the office's place; None for anyone
    else, an office of no place ("डीएम" with none known), or a punishment to come (``act``, the
    trigger's mode and the modality: "मुख्यमंत्री ने कहा कि … कड़ी कार्रवाई की जाएगी" is the
    speaker's own warning, which :mod:`.reread` makes THREATEN, and the COVID event gold codes a
    DM's warning as his, round ev202)."""
    if len(source) != 1 or (act[0] in _PUNISHMENTS and act[1] == "planned"):
        return None
    ident = source[0]
    office = ctx.actors.offices.get(ident)
    if office is None:
        coded = [m for u in sv.units for m in u.mentions if actor_of(m) == ident and m.role]
        office = (coded[0].role or "", ident.removeprefix("actor:")) if coded else None
    if office is None:
        return None
    code, name = office
    place = code.split()[0]
    health = next((s for s in _HEALTH_OFFICES if name.endswith(" " + s)), None)
    if health is not None and "-" in place:  # round ev202: the CMO reports his department's act
        return health_department_of(f"{name.removesuffix(' ' + health)} district administration", place)
    if name.startswith(_HEAD_OF_STATE) and "-" in place:  # round ev202: the CM, his government's
        state = name.removeprefix(_HEAD_OF_STATE)
        return f"actor:Government of {state}", f"{place} GOV", f"Government of {state}"
    if (government := state_government(name, place, sv.texts)) is not None:
        return government  # round sr1: the chief secretary announces his government's measure
    suffix = next((s for s in _DISTRICT_OFFICES if name.endswith(" " + s)), None)
    if suffix is None or "-" not in place:
        return None
    body = f"{name.removesuffix(' ' + suffix)} district administration"
    return f"actor:{body}", f"{place} GOV", body
