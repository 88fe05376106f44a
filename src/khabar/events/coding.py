"""Coding the group and office words of a sentence: actor mentions with a CAMEO/PLOVER-style code.

Why a module of its own: :mod:`khabar.events.actors` holds the dictionary and what a code is;
this module reads a sentence's tokens with it (:func:`coded_mentions`, called by
:mod:`khabar.events.clause` for each sentence view) and has :mod:`.actor_place` decide each hit's
code and English name: of the place before the word (:mod:`khabar.events.places`), else of what
the article named before (:class:`.actor_context.ActorContext`: the last government, city and
state, the office holders named once in full), else of the country, marked inferred. It keeps
that context as it reads: a round-up's new item (a sub-heading, a dateline) forgets what the item
before named; a bare office word after a named holder is that person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache
from itertools import compress
from typing import TYPE_CHECKING, Any

from ..model import Mention
from .actor_context import (
    _AGENCIES,
    _DATELINE_WORDS,
    _TEXT,
    ActorContext,
    _credit_town,
    _dateline_at,
    _district_named,
    _new_item,
    _remember_place,
    _story_town,
    district_earlier,
)
from .actor_place import _code
from .actors import (
    ActorDictionary,
    ActorWord,
    actor_dictionary,
    entity_code,
    fold_words,
    office_place,
    place_code,
    territory_of_city,
)
from .names import romanise, untagged_name
from .office_holders import (
    another_holder,
    holder_mention,
    name_past_word,
    same_office_holder,
)
from .places import (
    _PLACE_TYPES,
    LIST_OF_TOWNS,
    UNKNOWN_COUNTRY,
    _kb_place,
    _one_state,
    _place_before,
    is_state,
    origin_places,
    state_of_town,
    unknown_word,
    word_opens,
)
from .police_place import note_force, police_place
from .roads import a_road

if TYPE_CHECKING:
    from .issuer import Locality


_AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL"})
_WHERE_OR_WHO = frozenset({"में", "ने"})  # a country the story is in, or that acts
# ... or in a genitive whose phrase is where the story is or who acts ("इटली की जेलों में",
# "उत्तरी इटली के यूनिवर्सिटी ऑफ पाविया में", "स्पेन के प्रधानमंत्री पेड्रो सांचेज ने"): round ev72,
# measures of such paragraphs were given India's government (corpus day files outside the gold)
_GENITIVES = frozenset({"की", "के", "का"})
_PHRASE_ENDS = _GENITIVES | {"से", "को", "पर", ",", "।", "और", "तक"}  # built once (round sc47)
_GENITIVE_REACH = 4  # words between the genitive and its phrase's में/ने


def _its_place_or_head(tokens: list[Any], k: int) -> bool:
    """Token ``k`` is a genitive whose phrase ends in में or ने within ``_GENITIVE_REACH`` words,
    with no other case word or clause break before it."""
    if k >= len(tokens) or tokens[k].text not in _GENITIVES:
        return False
    for tok in tokens[k + 1 : k + 2 + _GENITIVE_REACH]:
        if tok.text in _WHERE_OR_WHO:
            return True
        if tok.text in _PHRASE_ENDS:
            return False
    return False
_LIKE = frozenset({"जैसे", "जैसा", "जैसी"})  # "जैसे अभी इटली में देखने को मिल रहा है": a comparison
_NUMBER_WORDS = frozenset(
    {"दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "बीस", "सौ", "कई", "कुछ"}
    | {"सैकड़ों", "हजारों", "हज़ारों", "दर्जनों", "लाखों"}
)


def _foreign_owned(
    m: Mention, mentions: list[Mention], tokens: list[Any], lex: ActorDictionary
) -> bool:
    """A home body the KB links ("संसद": the Parliament of India) owned by a foreign country
    named right before with a possessive ("बुल्गारिया की संसद", "इटली के संसद"): that country's
    body, which the dictionary word codes ("Parliament of Bulgaria"), not India's. Round ev86
    (issue 13): a foreign parliament's emergency was coded as India's parliament."""
    if m.type != "ORGANIZATION" or not (m.entity_id or "").startswith("kb:org/"):
        return False
    owner = entity_code(m.entity_id or "")
    if owner is None or not owner.startswith(f"{lex.default_country} "):
        return False
    between = [t.text for t in tokens if t.end <= m.start]
    if len(between) < 2 or between[-1] not in _GENITIVES:
        return False
    owner_end = [t.end for t in tokens if t.end <= m.start][-2]
    for p in mentions:
        if p.type == "COUNTRY" and p.end == owner_end and p.entity_id:
            code = place_code(p.entity_id)
            return code is not None and code[0] != lex.default_country
    return False


def _counted(word: str) -> bool:
    """A count before "लोगों" ("चार लोगों को गिरफ्तार") makes them some people, not the public."""
    return word in _NUMBER_WORDS or _FIGURE.fullmatch(word) is not None


_FIGURE = re.compile(r"[\d\u0966-\u096f,.]+")  # compiled once (round sc50)


# Round ev88 (issue 13): a deictic genitive before an office ("इटली में … वहां के प्रधानमंत्री ने
# पूरे देश को लॉकडाउन कर दिया" was Narendra Modi; "वहां के पीएम इमरान" was coded India's) is the
# office of the place named just before it, in the sentence or the one before, never the
# dateline's or the home country's by default (8 office/body words after वहां के/की on 271
# corpus day files outside the gold's days and the held-out sets; a closed class of Hindi words).
_THERE = frozenset({"वहां", "वहाँ"})
_RELATIVE = frozenset({"जिस", "जिन", "जहां", "जहाँ"})  # a correlative "जिस X में …, वहां"


def _deictic_places(
    tokens: list[Any], texts: list[str], places: dict[int, Mention], ctx: ActorContext | None
) -> dict[int, Mention | None]:
    """Token index of each "वहां" followed by a genitive -> the place it points back to: the
    last place named before it in the sentence, else the last the sentence before named (None:
    no place, and no office of a guessed place is read after it); an authority's office only
    (``_AUTHORITY_SECTORS``), and not after a relative word (its correlative)."""
    out: dict[int, Mention | None] = {}
    if _THERE.isdisjoint(texts):
        return out  # most sentences: nothing points back
    before: Mention | None = None
    if ctx is not None and tokens:
        here = tokens[0].start
        earlier = [m for at, m in ctx.place_trail if at < here]
        before = earlier[-1] if earlier else None
    for k in range(len(tokens) - 1):
        if tokens[k].text not in _THERE or tokens[k + 1].text not in _GENITIVES:
            continue
        if _RELATIVE & {t.text for t in tokens[:k]}:
            continue  # "जिस अस्पताल में …, वहां के डॉक्टरों": the relative's noun, not a place
        named = [m for j, m in sorted(places.items()) if j < k]
        m = named[-1] if named else before
        out[k] = None if m is None else replace(m, start=tokens[k].start, end=tokens[k].end)
    return out


def held_code(ctx: ActorContext, entity_id: str) -> str | None:
    """:func:`.actors.entity_code` of a person on the article's day (``ctx.on``), once per person
    and article: a pure function of the two while the process's KB and dictionary stay fixed,
    kept in the article's own context so that nothing carries over to the next article."""
    if entity_id not in ctx.held_codes:
        ctx.held_codes[entity_id] = entity_code(entity_id, ctx.on)
    return ctx.held_codes[entity_id]


def coded_mentions(
    tokens: list[Any],
    mentions: list[Mention],
    ctx: ActorContext | None = None,
    texts: list[str] | None = None,
) -> list[Mention]:
    """Mentions for the group and office words of a sentence, coded; none where a linked
    mention already covers the word or a name follows it (a title: "मुख्यमंत्री उद्धव ठाकरे").
    ``texts``: the tokens' texts, when the caller has read them (round sp9)."""
    lex = actor_dictionary()
    # the KB-linked mentions that cover a word, found when a word of the dictionary is (4 in 10
    # sentences have none: round sc50)
    covered: list[Mention] | None = None
    places: dict[int, Mention] = {}
    names_at: dict[int, Mention] = {}
    inside: set[int] = set()  # tokens of a place name after its first: no form starts there
    # read in C (round sc50), and only for a sentence with a mention (round sc55)
    ends = [t.end for t in tokens] if mentions else []
    starts = [t.start for t in tokens] if mentions else []
    linked = False  # a linked place named (in the tokens or not): only such a sentence opens an item
    for m in mentions:
        place = m.type in _PLACE_TYPES and bool(m.entity_id)
        linked = linked or place
        # the tokens overlapping the mention: ordered and disjoint, so two bisections
        lo = bisect.bisect_right(ends, m.start)
        hi = bisect.bisect_left(starts, m.end)
        if lo >= hi:
            continue
        if place:
            places[hi - 1] = m
            inside.update(range(lo + 1, hi))
        if m.type == "PERSON":
            names_at[lo] = m
    linked = linked and bool(tokens)
    # where people came from, read once for the new item and the words' places (round sc47)
    # (the offsets read above: only a sentence with a mention is linked; round sp7)
    came_from = origin_places(tokens, mentions, (ends, starts)) if linked else set()
    if ctx is not None and linked:
        _new_item(tokens, mentions, ctx, came_from, (ends, starts))  # reads and sets only the context
    out: list[Mention] = []
    gov_before = ctx.government if ctx is not None else None
    texts = [t.text for t in tokens] if texts is None else texts
    joined = " ".join(texts)  # (the words folded and the सरकार words below read it)
    folded = fold_words(texts, joined)  # as the dictionary's forms are (round ev113; sp21)
    index = lex.index
    here = _one_state(places, came_from) if places else None
    pointed = _deictic_places(tokens, texts, places, ctx)
    if ctx is not None:
        ctx.home_seen = (texts, places)
        if ctx.towns_named and not places:
            _misspelt_town(tokens, texts, ctx)
    i = 0  # the first token not yet read (a hit reads its whole form)
    # only tokens that start some form can start a hit: visit those, in order
    for at in compress(range(len(texts)), map(index.__contains__, folded)):
        if at < i or at in inside or (at > 0 and _kb_place(texts[at - 1 : at + 1])):
            continue  # "उत्तर प्रदेश सरकार": प्रदेश ends the place, "सरकार" is read next
        i = at
        hit = None
        for form, word in index[folded[i]]:
            if tuple(folded[i : i + len(form)]) == form:
                hit = (form, word)
                break
        if hit is None:
            continue
        form, word = hit
        last = i + len(form) - 1
        if last + 1 < len(texts) and texts[last + 1] in word.not_before:
            i = last + 1  # "जनता कर्फ्यू": the curfew's name, not the public
            continue
        start, end = tokens[i].start, tokens[last].end
        after = _past_honorific(texts, last + 1) if word.person else last + 1
        named = names_at.get(after)
        past = None  # "मुख्यमंत्री कैप्टन अमरिंदर सिंह": the name one word on (round ti2)
        if named is None and word.person:
            named = past = name_past_word(texts, after, names_at, lex)
        untagged = None
        if named is None and word.person and ctx is not None:
            untagged = untagged_name(tokens, after, mentions)
            named = untagged
        counted = i > 0 and _counted(tokens[i - 1].text)
        if (named is not None and word.group) or (counted and word.context and word.group):
            i = last + 1
            continue
        if covered is None:
            covered = [
                m
                for m in mentions
                if m.entity_id
                and m.entity_id.startswith("kb:")
                and not _foreign_owned(m, mentions, tokens, lex)
            ]
        # a loop, no generator made per coded word (round sp27, issue 16: 2,012 a pass)
        in_kb = False
        for c in covered:
            if c.start <= start and end <= c.end:
                in_kb = True
                break
        if in_kb:
            i = last + 1
            continue
        deictic = i >= 2 and (i - 2) in pointed and word.sector in _AUTHORITY_SECTORS
        if deictic and pointed[i - 2] is None:
            i = last + 1  # "वहां के प्रधानमंत्री" with no place named before: whose is not said
            continue
        places_here = places
        pointed_at = pointed.get(i - 2) if deictic else None
        if pointed_at is not None:
            places_here = {**places, i - 2: pointed_at}
        holder = _holder(word, tokens, (i, last), places_here, named, ctx)
        if holder is not None:
            out.append(holder)
            i = last + 1
            continue
        # a district the KB files as a region counts as a town here ("पलामू में पुलिस ने …
        # गिरफ्तार किया" was the police of the city an earlier sentence named, Hyderabad: round
        # ev56, issue 13, unseen corpus text); a state does not (its police are the state's)
        near = [
            m
            for k, m in sorted(places.items())
            if k < i and (m.type == "CITY" or (m.type == "REGION" and not is_state(m)))
        ]
        local = place_code(near[-1].entity_id) if near else None
        if local is None and ctx is not None:
            local = ctx.dateline_town or _story_town(ctx)
        if local is not None:  # a locality's police and offices are its city's (Delhi Police)
            up = _localities().get(local[0])
            local = up.city if up is not None else local
        local = police_place(word, ctx, lex, local, bool(near), texts[max(0, i - 2) : i])  # ev174
        code, name, inferred, first = _code(word, lex, tokens, i, places_here, ctx, local, here)
        if not inferred and first < i:  # "दिल्ली पुलिस ने …": later bare police are this force
            note_force(ctx, word, code, name, tokens[first].start)
        if deictic and word.place:  # "इटली … वहां के प्रधानमंत्री": Italy's, not India's
            code, name, first = _office_there(word, lex, pointed_at, code, name, i - 2)
        if named is None and (one := same_office_holder(ctx, word, (code, name), tokens, (i, last))):
            out.append(one)  # "रांची के उपायुक्त ने" after "… उपायुक्त राय महिमापत रे" (round ti2)
            i = last + 1
            continue
        town = (code.split()[0], name.removesuffix(" district administration"))
        whole = territory_of_city(town) if name.endswith(" district administration") else None
        if whole and "जिला" in form and inferred:
            # "इसके बाद जिला प्रशासन ने इमारत को सील …" in a Delhi report: the district the
            # sentence or the one before named ("दक्षिण-पश्चिम दिल्ली के कापसहेड़ा …"), else one
            # not named; never the territory's government (round ev88, issue 13)
            district = _district_named(tokens, i, town, ctx)
            code = f"{code.split()[0]} {word.sector}"
            name = word.en.replace("{place}", district) if district else word.bare
        elif whole and inferred and (
            district := _district_named(tokens, i, town, ctx)
            or (district_earlier(tokens, town, ctx) if ctx is not None else None)
        ):
            # a bare "प्रशासन" in a Delhi report after a compass district was named: that
            # district's administration, as an agentless measure there is (round sa2)
            code = f"{code.split()[0]} {word.sector}"
            name = word.en.replace("{place}", district)
        elif whole:
            # "प्रशासन ने राजधानी में 56 इलाकों को कंटेनमेंट जोन घोषित किया": Delhi with no
            # district is the NCT's government (round ev64; events/issuer.py does the same)
            code, name = f"{whole[0]} GOV", f"Government of {whole[1]}"
        if named is not None:  # a title: the person holds the office and gets its code
            if ctx is not None and named.entity_id and not inferred and (past is None or "-" in code):
                ctx.person_codes.setdefault(named.entity_id, code)  # past a word: a placed office
            if ctx is not None and named.entity_id and not word.group:
                ctx.holders[word] = named
                if past is None:  # a name past a word holds the office, not its body's acts
                    ctx.offices[named.entity_id] = (code, name)
            if untagged is not None and untagged.entity_id and ctx is not None:  # a name the
                untagged.role = code  # tagger missed: an actor of this sentence too
                out.append(untagged)
                ctx.names[untagged.entity_id] = romanise(untagged.text) or untagged.text
            i = last + 1
            continue
        out.append(
            Mention(
                start=tokens[first].start,
                end=end,
                text=" ".join(map(_TEXT, tokens[first : last + 1])),  # in C (round sp26)
                type="GROUP" if word.group else "ORGANIZATION",
                entity_id=f"actor:{name}",
                canonical=name,
                kind="group",
                inferred=inferred,
                role=code,
                source="actors",
            )
        )
        i = last + 1
    # any word opening with सरकार, asked of each word in C (round sp12, issue 16: the generator
    # was 2% of the events stage, for the 1 sentence in 25 that has the word); the words joined
    # are searched first, as a word opening with it is found there too (round sp14: one search
    # in C, where each word's str.startswith parsed its arguments again)
    # (since round sp17 each word is not asked: :func:`.places.word_opens` finds it in C)
    if "सरकार" in joined and word_opens(joined, "सरकार"):
        out = _gapped_centre(tokens, folded, out, mentions, lex)
    if ctx is not None:
        # loops here and below, no generator made per sentence (round sp27, issue 16)
        named_gov = ctx.government != gov_before
        if not named_gov:
            for m in out:
                if m.canonical == _CENTRE:
                    named_gov = True
                    break
        for m in mentions:
            held = held_code(ctx, m.entity_id) if m.type == "PERSON" and m.entity_id else None
            if held and held.endswith(" GOV") and "-" in held.split()[0]:
                ctx.officers_of.add(held.split()[0])
                own = office_place(m.entity_id or "", ctx.on) if _speaks(tokens, m) else None
                if own is not None and not named_gov:
                    ctx.government = own  # "नीतीश कुमार ने … अपील की … सरकार आपके लिए …"
                    ctx.government_at = m.start
        if not _AGENCIES.isdisjoint(texts[: _DATELINE_WORDS + 2]):
            # any credit line opens a report: its town, if the credit names one the KB knows
            ctx.dateline_town = _credit_town(tokens, places)
            # ... and a credit town is the report's dateline: a later dateline ("जागरण
            # संवाददाता, बक्सर/डुमरांव(बक्सर) :" in a "लखनऊ, जेएनएन ।" report) opens another item,
            # not the first story's (round sa3: the Buxar item's subdivision quarantine was
            # Lucknow's district administration)
            ctx.datelined = ctx.datelined or ctx.dateline_town is not None
        home = lex.default_country
        # (what the sentence coded and the places it names are read only where it has some,
        # the same context: of the 5,564 sentences of scale.py --days 16, 4,019 coded no word
        # and 3,866 name no linked place; round sc56)
        for m in out:
            if (
                m.role and not m.inferred
                and m.role.split()[-1] in _AUTHORITY_SECTORS
                and m.role.split("-")[0].split()[0] == home
            ):
                ctx.abroad = None  # a home authority named with its place ("केंद्र सरकार")
                break
        if places:
            towns = {m.entity_id for m in places.values() if m.type == "CITY"}
            listed = len(towns) >= LIST_OF_TOWNS and not _seat_among_origins(tokens, places, came_from)
            coded = {
                k: place_code(m.entity_id) for k, m in places.items() if m.start not in came_from
            }
            for k, p in coded.items():
                if p and p[0].split("-")[0] == home:
                    ctx.abroad = None  # "भारत में", an Indian state or town: the story is at home
                    if k + 1 < len(tokens) and tokens[k + 1].text == "में":
                        ctx.home_at = tokens[k].start  # "भारत में भी …": a foreign town is stale
                    break
            else:
                # one foreign country the story is in or that acts ("ईरान में …", "इटली ने …"); not
                # a list of them ("ईरान में 255, यूएई में 12 … भारतीय"), nor one named otherwise
                there = {
                    k: p
                    for k, p in coded.items()
                    if p
                    and places[k].type == "COUNTRY"
                    and p[0] != UNKNOWN_COUNTRY
                    and k + 1 < len(tokens)
                    and (tokens[k + 1].text in _WHERE_OR_WHO or _its_place_or_head(tokens, k + 1))
                    and not _LIKE & {t.text for t in tokens[max(0, k - 3) : k]}
                }
                if len(set(there.values())) == 1:
                    k, ctx.abroad = next(iter(there.items()))
                    ctx.abroad_at = tokens[k].start
                elif there:
                    ctx.abroad = None
            lead: str | None = None  # the state of this sentence's dateline town, if any
            for last, m in sorted(places.items()):
                if m.start in came_from:
                    continue  # "कोलकाता से घर लौटा था": not the town the story is about
                placed = place_code(m.entity_id) if m.type in {"CITY", "REGION"} else None
                road = placed is not None and m.type == "CITY" and a_road(tokens, last)
                if road:
                    continue  # "हापुड़ रोड स्थित लोहिया नगर": a street of the story's town (sa7)
                if placed and m.type == "CITY":
                    ctx.town_states.add(state_of_town(m.entity_id) or placed[0])
                if placed and m.type == "CITY" and not listed:
                    ctx.locality, ctx.locality_at = placed, m.start
                    ctx.towns_named[m.text] = placed
                    state = state_of_town(m.entity_id)
                    ctx.locality_state = state
                    if placed[0].split("-")[0] == home and _dateline_at(tokens, m, last):
                        ctx.home_town, lead = placed, state  # a later dateline opens another report
                    elif lead and state == lead:
                        # "जयपुर : भीलवाड़ा में …": a state bureau's dateline, the story a town of
                        # its state ("हजारीबाग : मुंबई में रहकर काम करने वाले …" stays Hazaribagh's)
                        ctx.home_town = placed
                elif placed and is_state(m):
                    ctx.state, ctx.state_at = placed, m.start
                    ctx.state_seat = _seat(tokens, last)
                    ctx.state_aside = not ctx.state_seat and _aside_after(tokens, last)
                elif (
                    placed
                    and m.type == "REGION"
                    and placed[0].split("-")[0] == home
                    and _dateline_at(tokens, m, last)
                    and len(places) < LIST_OF_TOWNS  # "नालंदा, कैमूर, सीवान, …": a list
                ):
                    # a district the KB knows as a region, not a city, heading the report as its
                    # dateline ("लखीमपुर-खीरी : …") is the story's town as a city's dateline is:
                    # its administration, not the country's government, issues an agentless
                    # measure there (round ev120, issue 13: the unseen tuning set Ti)
                    ctx.locality, ctx.locality_at = placed, m.start
                    ctx.home_town, ctx.locality_state = placed, None
                elif (
                    placed
                    and m.type == "REGION"
                    and placed[0].split("-")[0] == home
                    and not listed
                    and last + 1 < len(tokens)
                    and tokens[last + 1].text == "में"
                ):
                    # a district the KB knows as a region named as where things happen
                    # ("गौतमबुद्ध नगर में पुलिस ने … कार्रवाई की … । … 30 वाहन सीज किए गए") is the
                    # town the paragraph is about, as a city named so is: its police act there, not
                    # those of the town the article named before (round ev146, issue 13: the unseen
                    # tuning set Uj gave the Ghaziabad Police a Gautam Buddh Nagar seizure)
                    ctx.locality, ctx.locality_at = placed, m.start
                    ctx.towns_named[m.text] = placed
                    ctx.locality_state = None
        _remember_place(tokens, places, ctx)
    return out


# How like a town the article named (its Hindi as written there) a word no table knows must be,
# before "में", to be taken for that town misspelt: difflib's ratio on the Devanagari, 0.8, as
# actor_place._MISSPELT is for a state's English name (round ev146: "वहीं गाजियााद में 13 हॉटस्पॉट
# सील होने के … पुलिस ने …" against "गाजियाबाद", 0.82, DH-2020-ARP-10.txt; the words of 5
# letters or more only, so that no short word meets a short town's name by chance)
_MISSPELT_TOWN = 0.8
_MISSPELT_MIN = 5


def _may_be_like(word: str, hindi: str) -> bool:
    """Whether difflib's ratio of the two may reach ``_MISSPELT_TOWN``: its bound by the letters
    the two share, counted with repeats (difflib's own ``quick_ratio``, which ``ratio`` never
    exceeds: the matched letters are shared letters), in the same float sum as difflib's.
    Safe: a pair it turns away has a ratio below the threshold. Why: of the 471 pairs a pass of
    ``benchmarks/scale.py --days 16`` compared, 2 reach it, and each comparison built a
    ``SequenceMatcher`` and its matching blocks (round sp17, issue 16: 2% of the events stage)."""
    length = len(word) + len(hindi)
    if 2.0 * min(len(word), len(hindi)) / length < _MISSPELT_TOWN:
        return False  # difflib's real_quick_ratio: too unlike in length
    shared = sum((Counter(word) & Counter(hindi)).values())
    return 2.0 * shared / length >= _MISSPELT_TOWN


def _misspelt_town(tokens: list[Any], texts: list[str], ctx: ActorContext) -> None:
    """Make the town the article named before the place of the sentence (``ctx.locality``)
    where the sentence names no linked place but writes that town misspelt before "में": the
    one town whose Hindi is like the unknown word; none where two are, or none is.

    Only the words before a "में" are read, found in C (round sp17, issue 16: the loop asked
    every word of the 1,563 sentences a pass reads here), and a town is compared by difflib
    only where :func:`_may_be_like` allows it."""
    if "में" not in texts:
        return
    for k in compress(range(len(texts) - 1), map("में".__eq__, texts[1:])):
        word = texts[k]
        if len(word) < _MISSPELT_MIN or not unknown_word(word):
            continue
        like = {
            placed
            for hindi, placed in ctx.towns_named.items()
            if _may_be_like(word, hindi)
            and SequenceMatcher(None, word, hindi).ratio() >= _MISSPELT_TOWN
        }
        if len(like) == 1:
            ctx.locality, ctx.locality_at = next(iter(like)), tokens[k].start
            ctx.locality_state = None
            return


def _seat_among_origins(
    tokens: list[Any], places: dict[int, Mention], came_from: set[int]
) -> bool:
    """Whether the towns a sentence names are one town written as where things happen ("X में")
    and the rest where people came from: no list of towns, the one town the story is about.

    Round ev146 (issue 13): "सिद्धार्थनगर में मिले दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से
    आया है" (DH-2020-MAY-01.txt) named three towns, so the list rule (``LIST_OF_TOWNS``) kept the
    town the headline named last (Deoria), and the next sentence's "दोनों को प्रशासन ने स्कूलों में
    क्वारंटीन कर दिया है" was the Deoria administration's. A town named otherwise ("शामली के युवक",
    whose home it is) leaves the list rule as it was."""
    seats = [
        last
        for last, m in places.items()
        if m.type == "CITY" and m.start not in came_from
    ]
    return len(seats) == 1 and seats[0] + 1 < len(tokens) and tokens[seats[0] + 1].text == "में"


# What names a state as where things happen or whose authority acts: "तेलंगाना में", "छत्तीसगढ़ के
# स्वास्थ्य मंत्री", "केरल सरकार"; not "केरल की एक जमात" (a group from there; round ev129)
_SEAT_WORDS = frozenset({"सरकार", "मुख्यमंत्री", "स्वास्थ्य", "प्रशासन", "मंत्री", "राज्यपाल", "पुलिस"})


# What follows a state named aside (``ActorContext.state_aside``): a genitive, a label's colon
_ASIDE = _GENITIVES | {":"}


def _aside_after(tokens: list[Any], last: int) -> bool:
    """Whether a genitive or a colon follows the place ending at token ``last`` ("झारखंड की …",
    "हरियाणा: …")."""
    return last + 1 < len(tokens) and tokens[last + 1].text in _ASIDE


def _seat(tokens: list[Any], last: int) -> bool:
    """Whether the state named by the mention ending at token ``last`` is named as the seat of
    what the text reports (``ActorContext.state_seat``)."""
    after = [t.text for t in tokens[last + 1 : last + 3]] + ["", ""]
    if after[0] == "में" or after[0] in _SEAT_WORDS:
        return True
    return after[0] in {"के", "की", "का"} and after[1] in _SEAT_WORDS


@cache
def _localities() -> dict[str, Locality]:
    """:func:`.issuer.localities` (issuer imports this module through clause): one import per
    process, not one per dictionary word coded (1,215 over scale.py's --days 16; round sc50)."""
    from .issuer import localities

    return localities()


def _office_there(
    word: ActorWord,
    lex: ActorDictionary,
    at: Mention | None,
    code: str,
    name: str,
    first: int,
) -> tuple[str, str, int]:
    """A home office word ("प्रधानमंत्री": Prime Minister of India) after "वहां के" pointing
    back to a foreign country: that country's office; a home place keeps the home office."""
    placed = place_code(at.entity_id) if at is not None else None
    home = f" of {lex.default_name}"
    if placed is None or placed[0].split("-")[0] == lex.default_country or "-" in placed[0]:
        return code, name, first
    if not word.en.endswith(home):
        return code, name, first
    return f"{placed[0]} {word.sector}", word.en.removesuffix(home) + f" of {placed[1]}", first


# Round ev64 (issue 13): a state's office holder (a KB person in a state office that day) who
# acts or speaks as a ने-agent makes the state's government the one a later bare "सरकार" is,
# unless the sentence names a government itself ("नीतीश कुमार ने बिहार के बाहर फंसे लोगों से
# अपील की है । … सरकार आपके लिए हर जरूरी सामान की व्यवस्था कर रही है" was the Delhi government
# of the paragraph before: unseen stand-in F, noticed by round ev61).
_CENTRE = "Government of India"


# Round ev136 (issue 13, coordination): "केंद्र और राज्य सरकार को", "केंद्र एवं आप सरकार से",
# "केंद्र व राज्य सरकारों ने": the head सरकार is said once for both conjuncts, so the bare
# "केंद्र" is the Centre's government. 14 such on the 280 allowed corpus day files (the second
# conjunct up to _GAP_REACH words before its सरकार: "सभी राज्य सरकारें").
_CONJUNCTIONS = frozenset({"और", "व", "एवं", "तथा"})
_GAP_REACH = 3


def _gapped_centre(
    tokens: list[Any], folded: list[str], out: list[Mention], mentions: list[Mention],
    lex: ActorDictionary,
) -> list[Mention]:
    """``out`` with a mention of the Government of India for each bare "केंद्र" conjoined with a
    government whose head सरकार the two share; not a centre of something ("… के केंद्र"), nor a
    word another mention covers."""
    word = next(
        (w for f, w in lex.index.get("केंद्र", ()) if f == ("केंद्र", "सरकार") and w.place), None
    )
    if word is None:
        return out
    added = []
    for k, text in enumerate(folded[:-2]):
        if text != "केंद्र" or tokens[k + 1].text not in _CONJUNCTIONS:
            continue
        if k > 0 and tokens[k - 1].text in _GENITIVES:
            continue  # "राज्य के केंद्र": the centre of a place
        nxt = range(k + 2, min(len(tokens), k + 3 + _GAP_REACH))
        if not any(tokens[j].text.startswith("सरकार") for j in nxt):
            continue
        at = tokens[k]
        if any(m.start <= at.start < m.end for m in [*out, *mentions]):
            continue
        added.append(
            Mention(
                start=at.start, end=at.end, text=at.text, type="ORGANIZATION",
                entity_id=f"actor:{word.en}", canonical=word.en, kind="group", inferred=False,
                role=f"{word.place} {word.sector}", source="actors",
            )
        )
    return sorted([*out, *added], key=lambda m: m.start) if added else out


def _speaks(tokens: list[Any], m: Mention) -> bool:
    """The person's mention is followed by ने (an agent: "नीतीश कुमार ने कहा")."""
    after = [t.text for t in tokens if t.start >= m.end][:1]
    return after == ["ने"]


# Round ev103 (issue 13): an honorific between an office and its holder's name ("केंद्रीय स्वास्थ्य
# मंत्री डॉ. हर्षवर्धन ने", "पलामू के उपायुक्त डॉ शांतनु कुमार") left the office bare, so a later
# "स्वास्थ्य मंत्री ने" was "minister", not the person (about 70 office words before डॉ/डा/श्री/प्रो
# and a name on the 230 allowed corpus day files outside the tuning sets; the title words the
# name tagger reads before names, entities.crffeatures.HONORIFIC_BEFORE, as tokens without ".")
_HONORIFICS = frozenset({"डॉ", "डा", "श्री", "श्रीमती", "सुश्री", "प्रो", "प्रोफेसर"})
# Round ev146 (issue 13): the doctor's title written out in full ("केंद्रीय स्वास्थ्य मंत्री डॉक्टर
# हर्षवर्धन ने …", AU-2020-MAR-05.txt, AU-2020-ARP-26.txt) is the same honorific as "डॉ": before
# it the office stayed bare and a later "स्वास्थ्य मंत्री ने" was "minister", not the person (2 of
# the 4 bare "minister" sources on the 280 allowed corpus day files). Only between an office and
# a name: the word alone ("डॉक्टर ने") is the noun, and a name must follow for it to count.
_HONORIFICS |= {"डॉक्टर", "डाक्टर"}


def _past_honorific(texts: list[str], k: int) -> int:
    """The token after an honorific (and its abbreviation stop) at ``k``, else ``k``."""
    if k < len(texts) and texts[k] in _HONORIFICS:
        k += 1
        if k < len(texts) and texts[k] == ".":
            k += 1
    return k


def _holder(
    word: ActorWord,
    tokens: list[Any],
    span: tuple[int, int],
    places: dict[int, Mention],
    named: Mention | None,
    ctx: ActorContext | None,
) -> Mention | None:
    """A bare office word ("मंत्री ने") after the article named a person with it ("कृषि मंत्री
    बादल पत्रलेख"): a mention of that person (inferred), as news names an official once in
    full and then by the office; None with a place before the word or a name after it."""
    i, last = span
    if ctx is None or named is not None or word.group or word not in ctx.holders:
        return None
    if _place_before(tokens, i, places) is not None or another_holder(tokens, i):
        return None  # "बिहार के मुख्यमंत्री": an office of a place, maybe another holder
    person = ctx.holders[word]
    return holder_mention(tokens, span, person, ctx.person_codes.get(person.entity_id or ""))
