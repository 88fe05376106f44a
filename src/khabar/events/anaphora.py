"""Targets written as pronouns: whom "उन्हें", "उसे", "उसके खिलाफ" point back at.

Why: Hindi news names the people a measure is taken against once and then goes on with a
pronoun ("पिछले 30 मार्च को 115 लोग … देवघर आए थे । … उन्हें पहले … क्वारंटाइन सेंटर में रखा
गया"; "… संक्रमित 26 वर्षीय महिला पर … मामला दर्ज किया गया है । … उसके खिलाफ … मामला दर्ज"). The
clause analysis (:mod:`.roles`) keeps such a pronoun as a target argument with no actor; once the
whole article is read, this module looks back for its antecedent: the nearest person or group of
people named in the same sentence before it or in the two sentences before, compatible in number
(उसे/उसके singular; उन्हें/उनके plural or a person, whom Hindi honours with the plural). It is
conservative: a place, an organisation, the public at large, an agent (ने) of the pronoun's own
sentence or the event's own source is never taken, and two different candidates in the nearest sentence that has any leave
the pronoun unresolved (a wrong target is worse than none). The pronoun stays the argument's
text and span; a ``target_antecedent`` argument carries the antecedent's own words and offsets,
the evidence of what the target is.

Read by others too: the people noun a phrase ends in (:func:`people_head`) by :mod:`.subjects`,
:mod:`.institutions` and :mod:`.kind_rules`; the pronoun sets (:data:`SINGULAR`, :data:`PLURAL`)
by :mod:`.agent_anaphora`, which settles the agents written short.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from ..model import Argument, Event
from .aside_people import aside
from .clause import AND_WORDS, SentenceView, Token, Unit, is_break, unit_actors
from .gloss import gloss, names_people
from .glossary import _DIGITS, glossary, modifier, modifier_at, names_actor
from .names import name_like
from .objects import MEASURES_ON_THINGS
from .oblique_pronouns import OBLIQUE_PLURAL, then_clause
from .topic_antecedents import bare_topic, honoured_one

# Measures whose pronoun object is a place or a thing, never a person: the measures on things,
# and a sanitisation (round ev158's entry), which cleans a place, a vehicle or a building.
# Review rv22 (issue 13): on the allowed corpus day files a sanitisation's "उसे" took the person
# named before for its antecedent twice of twice ("जिस जगह युवती बैठी थी, उस जगह पर … उसे
# सैनीटाइज करवाया": the young woman; "होटल जहां … पर्यटक रुका हुआ था, उसे सैनिटाइज": the tourist).
_ON_THINGS = MEASURES_ON_THINGS | {"sanitise"}

SINGULAR = frozenset({"उसे", "उसको", "इसे", "इसको", "उसके", "इसके"})
PLURAL = frozenset({"उन्हें", "उनको", "इन्हें", "इनको", "उनके", "इनके"})
# "दोनों को … रखा गया" (targets.COUNTED_PRONOUNS): only a phrase counting as many is meant
# ("दो युवकों … । दोनों को"); read on the 272 corpus day files outside the gold's days and the
# held-out sets (round ev87): 2 of 6 antecedents right without the count, 2 of 2 with it
_COUNT_OF = {
    # a married couple is two ("दंपती … लौटे हैं । दोनों को … रखा गया", round ev149)
    "दोनों": ("दो", "2", "दोनों", "दंपती", "दंपति"),
    "तीनों": ("तीन", "3", "तीनों"),
    "चारों": ("चार", "4", "चारों"),
}
PLURAL |= frozenset(_COUNT_OF)
# "सभी को … रखा गया" standing alone (targets._all_of_them): all of those named before (round ev98)
ALL_OF_THEM = frozenset({"सभी"})
# "पुलिस टीम द्वारा लगातार उनकी निगरानी की जा रही है" (possessors.people_of_the_noun): the
# plural genitive as the object of an act told as a noun; the singular "उसकी/इसकी" as often
# means a matter ("इसकी जांच"), so it is left alone (round ev149)
PLURAL_GENITIVES = frozenset({"उनकी", "उनका", "इनकी", "इनका"})
PLURAL |= PLURAL_GENITIVES
# "मैंने उनसे अपील की है कि …" (pronoun_parties.ASKED_PRONOUNS): whom a request asks (round ev155)
PLURAL |= frozenset({"उनसे", "इनसे"})
# "पड़ोसियों ने उन पर हमला कर दिया" (oblique_pronouns): the oblique plural before पर (round ta3);
# not in PLURAL, which the agent rules read as whole pronouns
_POINTING = SINGULAR | PLURAL | ALL_OF_THEM | OBLIQUE_PLURAL
# "… मरीज मिले हैं, जिन्हें … रखा गया" (targets.RELATIVE_OBJECTS): the head its own sentence names
# before it, never a sentence before (round ev98)
RELATIVE_OBJECTS = frozenset({"जिन्हें", "जिनको"})
# Sentences before the pronoun's own that may hold its antecedent ("115 लोग … आए थे । इन सभी को
# … उतारा गया । उन्हें … रखा गया": two back).
_BACK = 2
# A counted pronoun ("दोनों/तीनों/चारों को … रखा गया") must find a phrase of its own count
# (:data:`_COUNT_OF`), which keeps a longer reach precise: the count is often told three
# sentences before, past a sentence of where they had been ("दो और लोग … पाए गए है । इनमें से एक
# … । दोनों में … यात्रा की थी । … दोनों को आइसोलेशन में रखा गया है"). Round ta7 (issue 13),
# tuned on the 280 allowed corpus day files: 10 of 28 such confinements kept no target at 2.
_COUNTED_BACK = 4
# Quantifiers and number words of more than one, and the counted forms "तीनों", "चारों".
_MANY = frozenset(
    {"दोनों", "सभी", "सारे", "सारी", "तमाम", "कई", "अनेक", "सैकड़ों", "हजारों", "हज़ारों"}
    | {"दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस"}
)
_COUNTED = frozenset({"तीन", "चार", "पांच", "छह", "सात", "आठ", "दस"})
# Words after a number that make it an age ("32 वर्षीय व्यक्ति"), not a count.
_AGE = frozenset({"वर्षीय", "साल", "वर्ष", "साला"})
# Indefinite words: "कोई भी व्यक्ति" names nobody a pronoun may point back at.
_INDEFINITE = frozenset({"कोई", "किसी"})
# English last words of plural people nouns that do not end in -s.
_PLURAL_EN = frozenset({"people", "police", "children", "women", "men", "accused", "couple"})


@dataclass(frozen=True)
class _Candidate:
    """A person or group of people named before a pronoun, with its evidence."""

    ident: str
    text: str
    start: int
    end: int
    plural: bool | None  # None: either (a person, whom Hindi may honour with the plural)
    en: str | None = None


def resolve_pronoun_targets(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each pronoun target of ``events`` (a ``target`` argument with no actor whose text
    is a pronoun) and each demonstrative people phrase ("इन विदेशी पर्यटकों") the actor it
    points back at, where one candidate alone fits; events are changed in place (their
    ``target`` list and arguments)."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if ev.mode in _ON_THINGS:
            continue  # "… पाए जाने के बाद उसे कंटेनमेंट जोन घोषित": a place, never a person
        for arg in [a for a in ev.arguments if a.role == "target"]:
            said = _demonstrative_people(arg)
            if arg.entity_id is None and arg.text in _POINTING | RELATIVE_OBJECTS:
                found = _antecedent(ev, arg, events, by_index, text)
            elif said is not None and not _correlative(
                by_index.get(ev.sentence) if ev.sentence is not None else None, arg
            ):
                stand_in = Argument(arg.role, said[0], arg.start, arg.end, None)
                found = _antecedent(ev, stand_in, events, by_index, text)
                if found is not None:
                    found = _through_pointing(ev, found, events, by_index, text)
                en = _same_people(found, said[1]) if found is not None else None
                if found is None or en is None or found.ident in ev.source:
                    continue
                found = replace(found, en=en)
                ev.target = [t for t in ev.target if t != arg.entity_id]
            else:
                continue
            if found is not None:
                found = _through_pointing(ev, found, events, by_index, text)
            if found is None or found.ident in ev.source:
                continue
            arg.entity_id, arg.en = found.ident, found.en
            ev.arguments.append(
                Argument("target_antecedent", found.text, found.start, found.end, found.ident, found.en)
            )
            if found.ident not in ev.target:
                ev.target.append(found.ident)


# Round ev89 (issue 13): a demonstrative before a people noun points back as a pronoun does
# ("38 संसद सदस्यों से मुलाकात की … । … इन सांसदों से अपील की", "115 लोग … आए थे । इन लोगों को
# क्वारंटाइन किया गया"): the group named before is the target, not "the members of parliament";
# only where the antecedent's English ends in the same noun, or the noun is people at large.
_POINTING_BACK = {"इन": "उन्हें", "उन": "उन्हें", "इस": "उसे", "उस": "उसे"}
_ANY_PEOPLE = frozenset({"people", "persons", "person"})


def _demonstrative_people(arg: Argument) -> tuple[str, str] | None:
    """For a target "इन/उन/इस/उस (सभी) <people noun>" kept as text or as a group of the actor
    dictionary ("इन सांसदों"): the pronoun of its number and the English of its noun; None for
    any other target."""
    words = arg.text.split()
    ident = arg.entity_id or ""
    if (
        not ident.startswith(("text:", "actor:"))
        or ident.startswith("actor:public")
        or len(words) < 2
        or words[0] not in _POINTING_BACK
        or not names_people(words[-1])
    ):
        return None
    return _POINTING_BACK[words[0]], gloss(words[-1]) or ""


# Round ev183 (issue 13): an antecedent that itself points back ("… 11 मौलवियों से पूछताछ चल रही
# है. … चूंकि इन लोगों में से तीन चीन से आये थे, सभी को क्वारंटाइन में रखा गया": "सभी" found "इन
# लोगों", named "the people") stands for what it points at; it is followed back once more, from
# its own place, as the pronoun of its number (its own sentence and the two before it).
_CHAIN_STEPS = 2  # links followed, at most; tuned on the allowed corpus day files (none needed 3)


# Plural demonstratives a people phrase may follow outside its candidate's words ("ये सभी लोग
# मंडी जिले के हैं": the phrase found is "सभी लोग").
_THESE = frozenset({"ये", "वे", "इन", "उन"})
_POINTING_WORDS = _THESE | frozenset(_POINTING_BACK)


def _pointer(c: _Candidate, text: str) -> str | None:
    """The pronoun a candidate stands for when it is a demonstrative phrase of people ("इन
    लोगों", "इन सभी लोगों", "उन यात्रियों", "ये सभी लोग") or "सभी" itself; None for one that
    names them."""
    words = c.text.split()
    if words == ["सभी"]:
        return "सभी"
    before = text[max(0, c.start - 4) : c.start].split()[-1:]
    if before and before[0] in _THESE:
        words = before + words
    if len(words) < 2 or words[0] not in _POINTING_WORDS:
        return None
    if not names_people(words[-1]) and words[-1] not in ALL_OF_THEM:
        return None
    return "उन्हें" if words[0] in _THESE else _POINTING_BACK[words[0]]


def _through_pointing(
    ev: Event,
    found: _Candidate,
    events: list[Event],
    views: dict[int, SentenceView],
    text: str,
) -> _Candidate:
    """``found``, or where it only points back, the candidate it points at (followed at most
    :data:`_CHAIN_STEPS` times): that candidate's words and offsets are the evidence; where the
    chain finds none, ``found`` itself stays."""
    current = found
    for _ in range(_CHAIN_STEPS):
        pronoun = _pointer(current, text)
        if pronoun is None or _owner(current, text):
            break
        at = next((i for i, sv in views.items() if sv.start <= current.start < sv.end), None)
        if at is None:
            break
        stand_in = Argument("target", pronoun, current.start, current.end, None)
        further = _antecedent(ev, stand_in, events, views, text, sentence=at)
        if further is None or further.ident == current.ident:
            break
        current = further
    return current


def _owner(c: _Candidate, text: str) -> bool:
    """Whether a genitive follows the candidate ("फिर उन व्यक्तियों के संपर्क में आने वालों तक
    निगरानी … । … उन्हें … रख दिया गया"): the people it owns are meant more likely than it, so
    it is not followed back (the allowed corpus day files: the one such link named the patients
    of a sentence before)."""
    return text[c.end : c.end + 4].split()[:1] in (["के"], ["की"], ["का"])


# The English of phrases naming everyone ("सभी लोगों", "आम जनता"): no antecedent of "इन लोगों".
_EVERYONE = frozenset({"everyone", "general public"})


def _correlative(sv: SentenceView | None, arg: Argument) -> bool:
    """Whether a relative word follows the phrase in its sentence ("उन लोगों को पृथक कर रखा गया
    था जो … संपर्क में आये थे"): the relative clause says who they are, no antecedent does."""
    return sv is not None and any(
        t.start >= arg.end and t.text in _RELATIVES for t in sv.tokens
    )


def _same_people(found: _Candidate, noun: str) -> str | None:
    """The English of an antecedent that may be the people a demonstrative phrase names: not
    itself such a phrase nor the public, its English (or gloss) known and ending in the
    phrase's noun (or the noun is people at large); None when it may not."""
    if set(found.text.split()) & set(_POINTING_BACK) or found.ident.startswith("actor:public"):
        return None  # another phrase pointing back ("संक्रमित इस मरीज"), or the public
    en = found.en or gloss(found.text)
    if not en or not noun or en in _EVERYONE:
        return None  # an antecedent the glossary cannot say would name them no better
    if en == noun:
        return None  # "सांसदों" for "इन सांसदों": says no more than the phrase
    return en if noun in _ANY_PEOPLE or en.endswith(noun) else None


def _antecedent(
    ev: Event,
    arg: Argument,
    events: list[Event],
    views: dict[int, SentenceView],
    text: str,
    sentence: int | None = None,
) -> _Candidate | None:
    """The one candidate of the nearest sentence (the pronoun's own first, then back) that has
    any compatible with the pronoun's number; None when there is none or more than one. The
    pronoun stands in the event's sentence, or in ``sentence`` where given (a pointing
    antecedent followed back)."""
    own_sentence = ev.sentence if sentence is None else sentence
    if own_sentence is None:
        return None
    plural = arg.text in PLURAL | ALL_OF_THEM | RELATIVE_OBJECTS | OBLIQUE_PLURAL
    back = 0 if arg.text in RELATIVE_OBJECTS else _COUNTED_BACK if arg.text in _COUNT_OF else _BACK
    chained = 0  # sentences that speak of the one meant only by a pronoun (_SAME_ONE)
    for index in itertools.count(own_sentence, -1):
        if index < own_sentence - back - chained:
            break
        sv = views.get(index)
        if sv is None:
            continue
        own = index == own_sentence
        then = then_clause(sv, arg.start) if own else None  # "जब X ने … तो Y ने उन पर" (ta3)
        limit = arg.start if then is None else then
        people = [
            c for c in _candidates(sv, events, text, not own or then is not None) if c.end <= limit
        ]
        if own:
            people = [c for c in people if not _agent_conjunct(sv, c, arg.start)]
        people = [c for c in people if not aside(sv, c.start, c.end, c.text)]  # round tg14
        people = _past_contacts(sv, people, plural)
        things = [a.start for a in _things(sv, events) if a.end <= arg.start]
        things += [t.start for t in _objects(sv) if t.end <= arg.start]
        rel = _relative(sv, arg.start) if own else None
        if rel is not None:
            # a correlative ("जिन इलाकों में …, उन्हें"; "कार्यक्रम जो …, उन्हें"): the pronoun
            # takes up the relative clause's head, right before or after its relative word
            people = [c for c in people if c.start >= rel[0] or c.end >= rel[1]]
            things = [t for t in things if t >= rel[0]]
            if not people:
                return None
        found = [c for c in people if c.ident not in ev.source and _agrees(c, plural)]
        if not found and not own:
            found = honoured_one([c for c in people if c.ident not in ev.source], arg.text)
        if arg.text in _COUNT_OF:
            found = [c for c in found if set(c.text.split()) & set(_COUNT_OF[arg.text])]
        if things and (not found or max(things) > max(c.start for c in found)):
            return None  # "146 परिसरों को सील कर उन्हें … जोन घोषित": the thing named last
        if len({c.ident for c in found}) > 1:
            joined = _conjoined(found, text) if plural else None
            if joined is not None:
                return joined  # "उसके परिजनों और अन्य लोगों का … । उन्हें …": both of them
            acted_on = _acted_on(found, ev, events, sv) if not own else None
            if acted_on is not None:
                return acted_on  # "कुसुम देवी को … मारपीट किया. उन्हें … धमकी भी दी"
            topic = bare_topic(sv, found, plural) if not own else None
            if topic is not None:
                return topic  # "जो 2 लोग … पाए गए थे … लोगों से मिलना-जुलना … । उन्हें …"
            return None  # two people named there: which one is meant is not said
        if found:
            return max(found, key=lambda c: c.start)
        if not own and not plural and chained < _CHAIN and _SAME_ONE & sv.words:
            chained += 1  # "… । वह … लौटा था । उसे …": the one named before is still meant
    return None


def _acted_on(
    found: list[_Candidate], ev: Event, events: list[Event], sv: SentenceView
) -> _Candidate | None:
    """The one candidate of an earlier sentence that an act of the same doer fell on there, when
    that sentence names more than one: the doer goes on acting on the one it acted on ("कोरोना
    संक्रमितों की पहचान में जुटी कुसुम देवी को … असामाजिक लोगों ने मारपीट किया. उन्हें जान से
    मारने की धमकी भी दी": Kusum Devi, beaten and then threatened, not the infected she was
    looking for). Round ev200 (issue 13): the tuning set Uk's threat kept no target; a doer
    shared by the two acts is required (an act of another doer names no focus the pronoun keeps)."""
    if not ev.source:
        return None
    doers = set(ev.source)
    hit = {
        a.entity_id
        for other in events
        if other is not ev and doers & set(other.source)
        for a in other.arguments
        if a.role == "target" and a.entity_id and sv.start <= a.start < sv.end
    }
    chosen = {c.ident: c for c in found if c.ident in hit}
    return next(iter(chosen.values())) if len(chosen) == 1 else None


_POSTPOSITIONS = frozenset({"को", "से", "में", "पर", "का", "की", "के", "तक", "ने"})


def _agent_conjunct(sv: SentenceView, c: _Candidate, before: int) -> bool:
    """Whether a candidate of the pronoun's own sentence is a conjunct of its ने-agent ("साथ ही
    डॉक्टरों और अन्य स्वास्थ्य कर्मियों ने भी उनकी सराहना की": the doctors praise, they are not
    praised): a conjunction right after it, then words with no postposition up to a "ने" before
    the pronoun. Round ev149 (issue 13): the agent's own unit was left out, its first conjunct
    not."""
    toks = [t for t in sv.tokens if c.end <= t.start and t.end <= before]
    if not toks or toks[0].text not in _AND:
        return False
    for t in toks[1:]:
        if t.text == "ने":
            return True
        if t.text in _POSTPOSITIONS or t.text == ",":
            return False
    return False


# Conjunctions that join two people phrases into one group ("उसके परिजनों और अन्य लोगों", "दो आइएएस
# व दो आइपीएस"); a comma alone lists, and may as well part two clauses, so it joins nothing.
_AND = AND_WORDS


# "जमाती और उनके संपर्क में आए लोग", "जमातियों व उनके खिदमत में लगे सभी 24 लोगों": the second
# conjunct named by its tie to the first ("their contacts", "those serving them"), one group
_THEIR = frozenset({"उनके", "उनकी", "इनके", "इनकी"})
_TIE_WORDS = 4  # "उनके संपर्क में आए": the words of the tie, at most


def _joins(between: list[str]) -> bool:
    """Whether the words between two people phrases join them into one: a conjunction alone, or
    a conjunction and a tie to the first ("और उनके संपर्क में आए") of at most
    :data:`_TIE_WORDS` words with no agent, object or clause mark in it."""
    if not between or between[0] not in _AND:
        return False
    if len(between) == 1:
        return True
    tie = between[1:]
    return (
        tie[0] in _THEIR
        and len(tie) <= _TIE_WORDS
        and not {"ने", "को", ",", "।", "कि"} & set(tie)
    )


def _conjoined(found: list[_Candidate], text: str) -> _Candidate | None:
    """The candidates of one sentence as one group when they are the conjuncts of one phrase,
    each joined to the next by a conjunction alone ("युवक के संपर्क में रहे उसके परिजनों और अन्य
    लोगों का भी सैंपल लिया जाएगा । उन्हें क्वारंटीन किया जाएगा": the relatives and the others,
    both); None when anything else stands between two of them. A plural pronoun only: the group
    is many. Its English joins the conjuncts' where each has one. Round ev149 (issue 13): two
    such phrases left a pronoun open as two competing candidates."""
    parts = sorted({c.ident: c for c in found}.values(), key=lambda c: c.start)
    if not all(_joins(text[a.end : b.start].split()) for a, b in itertools.pairwise(parts)):
        return None
    first, last = parts[0], parts[-1]
    words = text[first.start : last.end]
    ens = [c.en or gloss(c.text) for c in parts]
    en = gloss(words) or (" and ".join(e for e in ens if e) if all(ens) else None)
    return _Candidate(f"text:{words}", words, first.start, last.end, True, en)


# Round ev104 (issue 13): a sentence that speaks of the one person meant only by a singular
# pronoun ("कालाढूंगी निवासी व्यक्ति … लौटा था । हालांकि वह … इन्कार करता रहा है । उसका कहना है
# कि वह … । … उसे क्वारंटाइन कर …") keeps him in focus: it names nobody else and is not counted
# among the sentences looked back over, up to _CHAIN such sentences (4 on the allowed corpus day
# files: "मृत युवक … । वह … लौटा था । … कुछ लोगों का कहना है कि वह … । … उसके स्वास्थ्य की जांच
# … । उन्होंने बताया कि उसे होम क्वारंटाइन …"). Singular only: a plural pronoun (उन्होंने)
# is as often the honoured speaker of a report.
_SAME_ONE = frozenset({"वह", "उसने", "उसका", "उसकी", "उसके", "उसे", "उसको"})
_CHAIN = 3


# "अस्पताल के 108 कर्मचारी इन रोगियों के संपर्क में आए थे । उन्हें क्वारंटाइन में रखा गया": the
# people whose contacts a sentence names are not whom a plural pronoun after them means, the
# contacts are (round ev104, issue 13: 4 such pronouns left open on the allowed corpus day files).
_CONTACT = ("के", "संपर्क", "में")


def _past_contacts(sv: SentenceView, people: list[_Candidate], plural: bool) -> list[_Candidate]:
    """``people`` without those written right before "के संपर्क में" when a plural pronoun
    looks back and the sentence names another group (the contacts) as well."""
    if not plural or "संपर्क" not in sv.words:
        return people
    toks = sv.tokens
    owners = set()
    for c in people:
        k = next((i for i, t in enumerate(toks) if t.end == c.end), None)
        if k is not None and tuple(t.text for t in toks[k + 1 : k + 4]) == _CONTACT:
            owners.add(c.ident)
    rest = [c for c in people if c.ident not in owners]
    return rest if owners and any(c.plural is not False for c in rest) else people


_RELATIVES = frozenset({"जिन", "जिस", "जो", "जिन्हें", "जिसे", "जिनके", "जिसके"})
# Nouns that make "जिसके"/"जिस" a connective of time or cause ("… पहुंचे थे. जिसके बाद इन्हें
# … रखा गया", "जिसके चलते"): it heads no relative clause whose head the pronoun would take up
# (round ev149, issue 13: the tuning set Un and the allowed corpus day file PK-2020-MAY-09)
_LINKING = frozenset({"बाद", "चलते", "कारण", "बावजूद", "पश्चात", "उपरांत"})


def _relative(sv: SentenceView, before: int) -> tuple[int, int] | None:
    """The start of the last relative word before offset ``before`` in a sentence and the end
    of the token two before it (a head written before "जो" ends there or after, its postposition
    between: "उन सभी लोगों का … जो"); None when there is none."""
    toks = sv.tokens
    at = [
        k
        for k, t in enumerate(toks)
        if t.end <= before
        and t.text in _RELATIVES
        and not (k + 1 < len(toks) and toks[k + 1].text in _LINKING)
    ]
    if not at:
        return None
    k = at[-1]
    return toks[k].start, toks[k - 2].end if k > 1 else -1


def _things(sv: SentenceView, events: list[Event]) -> list[Argument]:
    """Targets of events in a sentence that name no people ("146 परिसरों", "सभी स्कूल"): a
    pronoun after one more likely points at it, so no person before it is taken."""
    return [
        a
        for ev in events
        for a in ev.arguments
        if a.role == "target"
        and a.entity_id
        and sv.start <= a.start < sv.end
        and not a.entity_id.startswith("actor:public")
        and a.text not in _POINTING
        and not _number(a.text)[0]
        and not _person(sv, a)
        and not _group(sv, a)
    ]


def _objects(sv: SentenceView) -> list[Token]:
    """Nouns of things marked को ("146 परिसरों को सील कर उन्हें … जोन घोषित"): the glossary
    knows them as nouns, not of people; an object a pronoun after it may point at."""
    toks = sv.tokens
    return [
        t
        for k, t in enumerate(toks[:-1])
        if toks[k + 1].text == "को" and names_actor(t.text) and not _number(t.text)[0]
    ]


def _group(sv: SentenceView, a: Argument) -> bool:
    """Whether an event argument holds a group the clause analysis found ("पुलिसकर्मियों")."""
    return any(
        m.type == "GROUP" and m.start < a.end and a.start < m.end
        for u in sv.units
        for m in u.mentions
    )


def _agrees(c: _Candidate, plural: bool) -> bool:
    """Number agreement: a person or a noun of either number fits both (उन्हें honours one
    person); a group or phrase of known number only its own."""
    return c.plural is None or c.plural == plural


def _candidates(
    sv: SentenceView, events: list[Event], text: str, agents: bool
) -> list[_Candidate]:
    """People named in a sentence: the targets other events gave an actor there (their ids and
    English), the persons and groups the clause analysis found (no place, no organisation), and
    noun phrases of people the glossary knows ("115 लोग"); a phrase that overlaps an event's
    target is that target. An agent (ने) only when ``agents``: an earlier sentence's subject is
    often whom the pronoun means ("… महिला ने भी कोरोना से जंग जीत ली. उसे … रखा गया"), one of
    the pronoun's own sentence is not."""
    out: list[_Candidate] = []
    for ev in events:
        for a in ev.arguments:
            if (
                a.role == "target_antecedent"
                or a.role != "target"
                or not a.entity_id
                or not sv.start <= a.start < sv.end
                or a.entity_id.startswith("actor:public")
            ):
                continue
            people, plural = _number(a.text)
            if people or _person(sv, a):
                out.append(_Candidate(a.entity_id, a.text, a.start, a.end, plural, a.en))
            elif a.text in _POINTING:
                # a pronoun resolved before stands for its antecedent ("… शख्स पर मुकदमा दर्ज
                # किया । उसे डॉक्टरों ने … कहा था । उसे फिर से पकड़कर …", round ev104)
                ante = _antecedent_of(ev, a)
                if ante is not None:
                    out.append(ante)  # its own words and offsets stay the evidence
    taken = [(c.start, c.end) for c in out]
    for u in sv.units:
        if u.marker == "ने" and (not agents or _reports(sv, u.marker_end)):
            continue
        if u.anaphor or not u.mentions or _helper(sv, u):
            continue
        kinds = {m.type for m in u.mentions}
        ids = unit_actors(u)
        if len(ids) != 1 or not kinds <= {"PERSON", "GROUP"} or ids[0].startswith("actor:public"):
            continue
        start, end = sv.tokens[u.first].start, sv.tokens[u.last].end
        if any(s < end and start < e for s, e in taken):
            continue
        if kinds == {"PERSON"} and _common(text[start:end]):
            continue
        plural = None if kinds == {"PERSON"} else True
        out.append(_Candidate(ids[0], text[start:end], start, end, plural))
        taken.append((start, end))
    out.extend(_people_phrases(sv, text, taken, agents))
    return out


# Nouns of help after a genitive: "कई एनजीओ की मदद से प्रशासन ने इनके लिए खाने की व्यवस्था की"
# names who helped the act, never whom its pronoun means (round ev155, an allowed corpus day file)
_HELP = frozenset({"मदद", "सहयोग", "सहायता"})


def _helper(sv: SentenceView, u: Unit) -> bool:
    """Whether the unit is the genitive of a "की मदद से" (with the help of) phrase."""
    toks = sv.tokens
    k = u.marker_end
    return (
        u.marker in {"की", "के"}
        and k + 1 < len(toks)
        and toks[k].text in _HELP
        and toks[k + 1].text == "से"
    )


def _antecedent_of(ev: Event, pronoun: Argument) -> _Candidate | None:
    """The antecedent an event's pronoun target was resolved to (its ``target_antecedent``
    argument), as a candidate of the pronoun's number; None when it was left open."""
    found = next(
        (a for a in ev.arguments if a.role == "target_antecedent" and a.entity_id == pronoun.entity_id),
        None,
    )
    if found is None or found.entity_id is None:
        return None
    plural = True if pronoun.text in PLURAL else False if pronoun.text in SINGULAR else None
    return _Candidate(found.entity_id, found.text, found.start, found.end, plural, found.en)


# Verbs of saying: an agent who reports ("डॉक्टर नरेंद्र अग्रवाल ने बताया कि अभी तीन लोग ऐसे
# मिले हैं") is the source of the news, not whom a pronoun after it means.
_SAYING = frozenset({"बताया", "कहा", "बताते", "कहते", "जानकारी"})
_SAYING_REACH = 4  # tokens after ने: "ने शनिवार को बताया", "ने मीडिया को बताया"


def _reports(sv: SentenceView, k: int) -> bool:
    """Whether a verb of saying follows an agent's ने (token ``k`` is the one after it)."""
    return not _SAYING.isdisjoint(sv.texts[k : k + _SAYING_REACH])


def _person(sv: SentenceView, a: Argument) -> bool:
    """Whether an event argument is a person the clause analysis found."""
    return not _common(a.text) and any(
        m.type == "PERSON" and m.start < a.end and a.start < m.end
        for u in sv.units
        for m in u.mentions
    )


def _common(words: str) -> bool:
    """A name with no word that may be part of a person's name ("राज्य", "मॉल्स" tagged a
    person; :func:`khabar.events.names.name_like`): a common noun the tagger misread, no
    person to point back at."""
    return not any(name_like(w) for w in words.split())


def _number(words: str) -> tuple[bool, bool | None]:
    """Whether a phrase ends in a glossary noun of people, and its number: plural for an
    oblique plural ("मजदूरों") or a noun only plural ("लोग" people), singular for one whose
    English is ("महिला" woman, "युवक" young man), else either ("मरीज" is one or many)."""
    parts = words.split()
    en = people_head(parts)
    if en is None:
        return False, None
    last = en.split()[-1].lower()
    counts = [w for k, w in enumerate(parts[:-1]) if parts[k + 1] not in _AGE]
    if parts[-1].endswith("ों") or last in _PLURAL_EN or any(_many(w) for w in counts):
        return True, True  # "दोनों व्यक्ति", "10 लोग", "चारों संक्रमित"
    return True, None if last.endswith("s") else False


def _many(word: str) -> bool:
    """A quantifier or number of more than one ("दोनों", "कई", "55", "चारों")."""
    digits = word.translate(_DIGITS).replace(",", "")
    if digits.isdigit():
        return int(digits) > 1
    return word in _MANY or (word.endswith("ों") and word[:-2] in _COUNTED)


def people_head(words: list[str]) -> str | None:
    """The English of the glossary people noun that ends ``words``, else None."""
    g = glossary()
    for k in range(len(words)):
        for form, entry in g.index.get(words[k], ()):
            if entry.people and tuple(words[k:]) == form:
                return entry.en
    return None


def _people_phrases(
    sv: SentenceView, text: str, taken: list[tuple[int, int]], agents: bool
) -> list[_Candidate]:
    """Noun phrases of people the glossary knows and no event or entity holds: the head with
    the numbers and modifiers before it ("115 लोग", "दो लोग"), kept as text (``text:`` id)."""
    toks = sv.tokens
    out: list[_Candidate] = []
    for i, tok in enumerate(toks):
        counted = _counted_adjective(toks, i)
        if people_head([tok.text]) is None and not counted:
            continue
        if i + 1 < len(toks) and people_head([toks[i + 1].text]) is not None:
            continue  # the head is the last word of the phrase
        if tok.text in _RESIDENT and _resident_of(toks, i) is not None:
            continue  # "ओइना गांव निवासी एक युवक": one young man, resident of the village
        if _owned_people(toks, i) is not None:
            continue  # "तीन परिवारों के 32 लोगों": the owner is part of the people after it
        first = _phrase_start(toks, i)
        en = None
        if first >= 1 and toks[first - 1].text in _RESIDENT and _resident_of(toks, first - 1) == i:
            # his home is his evidence; his English is the person's (the glossary says no "X
            # निवासी" but as residents)
            en = gloss(text[toks[first].start : tok.end])
            first = _home_start(toks, first - 1)
        if first >= 2 and toks[first - 1].text in _OWNER_MARKS and people_head([toks[first - 2].text]):
            first = _phrase_start(toks, first - 2)
        start, end = toks[first].start, tok.end
        if any(s < end and start < e for s, e in taken):
            continue
        if i + 1 < len(toks) and toks[i + 1].text == "ने" and (
            not agents or _reports(sv, i + 2)
        ):
            continue  # "छह व्यक्तियों ने … दौरा किया, जिनमें से … उन्हें": not in its own clause
        if _INDEFINITE & {t.text for t in toks[max(0, first - 2) : first]}:
            continue  # "कोई भी व्यक्ति": nobody in particular
        words = text[start:end]
        en = en or gloss(words)
        if counted and en is None:
            en = gloss(f"{words} लोग")  # the adjective stands for people: "two infected people"
        plural = True if counted else _number(words)[1]
        out.append(_Candidate(f"text:{words}", words, start, end, plural, en))
    return out


# Adjectives of the sick that Hindi news uses as nouns of people once counted ("सिद्धार्थनगर में
# मिले दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से आया है । दोनों को … क्वारंटीन", "सभी
# संक्रमित … पहुंचे थे. जिसके बाद इन्हें …"); alone they modify a noun ("संक्रमित मरीज"), so
# the glossary does not know them as people. Round ev149 (issue 13): such antecedents left plural
# pronouns open on the allowed corpus day files and the tuning set Un.
_SICK = frozenset({"पॉजिटिव", "पाॅजिटिव", "पोजिटिव", "संक्रमित", "संदिग्ध"})
_DISEASE = frozenset({"कोरोना", "कोविड", "नए", "नये"})  # words between the count and the adjective
_CASES = frozenset({"केस", "मामले", "मामलों", "मामला", "रिपोर्ट"})  # "दो पॉजिटिव केस": cases


def _counted_adjective(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is an adjective of :data:`_SICK` standing as the noun of a counted
    group: no noun follows it (no glossary people noun, no word the glossary knows as a thing:
    "दो संक्रमित मरीज", "तीन पॉजिटिव केस"), and a count of more than one or "सभी" comes before
    it, past :data:`_DISEASE` words."""
    if toks[i].text not in _SICK:
        return False
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if people_head([nxt]) is not None or names_actor(nxt) or gloss(nxt) or nxt in _CASES:
        return False
    k = i - 1
    while k >= 0 and toks[k].text in _DISEASE:
        k -= 1
    return k >= 0 and (_many(toks[k].text) or toks[k].text == "सभी")


# Round ev68 (issue 13, target actors): people owned by people are one group ("तीन परिवारों के
# 32 लोगों के नमूने लेकर उन्हें क्वारंटाइन में भेज दिया": the 32 people, whom the families only
# place; seen on the ev68 actor stand-in K and 7 times "… कर उन्हें क्वारंटाइन" in
# corpus/hindi-covid-2020): the owner is no second candidate that would leave the pronoun open.
_OWNER_MARKS = frozenset({"के", "की", "का"})


# Round ev104 (issue 13): "<place> निवासी <person>" is one person ("कालाढूंगी निवासी व्यक्ति",
# "ओइना गांव निवासी एक युवक", "फुलवारीशरीफ निवासी उक्त मरीज"), not a resident and a person, two
# candidates that left a pronoun after them open; the place words before निवासी are his.
_RESIDENT = frozenset({"निवासी"})
_HOME_WORDS = 3  # "ओइना गांव निवासी": the words of the home before निवासी, at most
_HOME_STOPS = frozenset({"के", "की", "का", "में", "से", "को", "ने", "पर", "तक", ",", "और", "व"})


def _resident_of(toks: list[Token], k: int) -> int | None:
    """The head of the people phrase right after the resident noun at token ``k`` (numbers and
    modifiers between: "निवासी एक युवक"), else None."""
    j = k + 1
    while j < len(toks) and modifier_at(toks, j) and people_head([toks[j].text]) is None:
        j += 1
    if j < len(toks) and j > k and people_head([toks[j].text]) is not None:
        return j
    return None


def _home_start(toks: list[Token], k: int) -> int:
    """The first token of "<home> निवासी" whose resident noun is token ``k``: up to
    :data:`_HOME_WORDS` words before it, stopping at a postposition or a clause break."""
    first = k
    while (
        first - 1 >= 0
        and k - (first - 1) <= _HOME_WORDS
        and toks[first - 1].text not in _HOME_STOPS
        and not _participle(toks[first - 1].text)
        and not is_break(toks, first - 1)
    ):
        first -= 1
    return first


def _participle(word: str) -> bool:
    """A relative participle of the glossary ("नोयडा से लौटे ग्राम इनायतनगर निवासी युवक": where
    he returned from, no part of his home) or a conjunctive one ("रहकर")."""
    return word.endswith("कर") or any(e.kind == "rel" for _, e in glossary().index.get(word, ()))


def _phrase_start(toks: list[Token], i: int) -> int:
    """The first token of the noun phrase whose head is token ``i``: the modifiers and numbers
    before it ("115 लोग", "सभी विदेशी नागरिकों")."""
    first = i
    while first - 1 >= 0 and (modifier(toks[first - 1].text) or _thousands(toks, first - 1)):
        first -= 1
    if first >= 2 and toks[first - 1].text == "और" and _many(toks[first - 2].text):
        first -= 2  # "दो और लोग … पाए गए": two more people, one phrase (round ta7)
    return first


def _thousands(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is the comma inside a number ("4,935 लोग" is tokenised "4 , 935"), no
    boundary of the phrase (round ev89: the antecedent was "935 लोग")."""
    return (
        toks[k].text == ","
        and 0 < k < len(toks) - 1
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text.isdigit()
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def _owned_people(toks: list[Token], i: int) -> int | None:
    """The head of a people phrase right after "के/की/का" after token ``i`` (its modifiers
    between: "परिवारों के 32 लोगों"), else None."""
    if i + 2 >= len(toks) or toks[i + 1].text not in _OWNER_MARKS:
        return None
    k = i + 2
    while k < len(toks) and modifier_at(toks, k) and people_head([toks[k].text]) is None:
        k += 1
    if k < len(toks) and people_head([toks[k].text]) is not None:
        return k
    return None
