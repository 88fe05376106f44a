"""The target of a Hindi trigger written as a noun phrase before its target postposition.

Why a module of its own: most targets of everyday measures and appeals are no linked entity but
the noun phrase before the target postposition ("सभी मॉलों को बंद", "उस निजी अस्पताल को सील"),
kept as text (:func:`_object_target`), with the guards that tell it from what is no target (an
amount, "X को छोड़कर", a compound postposition, a clause of time, an appeal's own object) and its
fallbacks: the unmarked place of a seal, the gatherings or the place a ban names, the public a
measure for everyone binds. What an act falls on with no target marker (the people a passive
confinement falls on, the place a team reached) is :mod:`khabar.events.unmarked_targets`, moved
out at the size limit (review rv22). Whom a request or an order is made of is
:mod:`khabar.events.addressees`; whose activity, act or benefit a target is,
:mod:`khabar.events.possessors`. :func:`khabar.events.roles.assign_roles` calls these when the
case markers gave no target; :mod:`khabar.events.objects` completes them (bare objects, letters,
the public an appeal addresses).
"""
from __future__ import annotations

from copy import deepcopy
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from ..model import Argument
from .agent_anaphora import bare_agent
from .arguments import (
    _NP_MAX,
    _NP_STOPS,
    Roles,
    _act,
    _activity,
    _conjunctive,
    _with_participle,
    add_role,
    compared,
    infinitives_own,
)
from .banned_places import AREAS, an_area, place_of_banned_act
from .clause import MARKERS_1, SentenceView, Unit, is_break, is_place, place_of, unit_actors
from .closed_things import kept_from as _kept_from
from .closed_things import shutdown
from .correlative_targets import correlative_target
from .gatherers import who_gathers
from .gloss import RADII, gloss, names_people
from .gloss_phrases import BETWEEN
from .glossary import names_actor
from .objects import (
    CONJ,
    MEASURES_ON_THINGS,
    PARTICIPLE_ENDS,
    PUBLIC_MODES,
    SUBJECT_PRONOUNS,
    age_before,
    bare_object,
    before_aside,
    glossed_span,
    public_addressee,
)
from .oblique_pronouns import oblique_pronoun_target
from .possessors import (
    _after_subject,
    _people_doing,
    _phrase_before,
    _possessor_of_activity,
    _praised,
    _subject_of_activity,
    party_of_the_topic,
)
from .target_guards import (
    _COMPOUND_HEADS,
    _FROM_OBJECT,
    _IN_VIEW_OF,
    _MANNER_HEADS,
    _amount,
    _banned_thing,
    _clause_piece,
    _fragment,
    _fund,
    _in_a_clause_before,
    _object_of_the_appeal,
    _participle_next,
    excepted,
    likeness_or_disease,
    purpose_object,
)

if TYPE_CHECKING:
    from .candidates import Candidate

# read back word by word in _object_target: the union built once (round sc47)
_NP_STOPS_OR_GENITIVE = _NP_STOPS | {"के", "की", "का"}


# The ergative marker, alone or fused with a pronoun ("उन्होंने लोगों से … करने को कहा")
_AGENT_MARKS = frozenset({"ने", "उन्होंने", "इन्होंने", "उसने", "इसने", "मैंने", "हमने"})



_PRONOUN_OF = frozenset({"उसके", "उनके", "इसके", "इनके"})
# Object pronouns in the dative, whom a measure is taken against ("उसे क्वारंटाइन किया गया");
# not इसे, mostly a thing or the situation ("इसे ध्यान में रखते हुए").
OBJECT_PRONOUNS = frozenset({"उसे", "उसको", "उन्हें", "उनको", "इन्हें", "इनको"})
# The relative object pronoun of a clause after its head ("… मरीज मिले हैं, जिन्हें … रखा गया");
# जिसे is a clause break of its own (`clause.CLAUSE_BREAKS`) and never reaches a window
RELATIVE_OBJECTS = frozenset({"जिन्हें", "जिनको"})
# The counted "both", "all three" standing alone before को ("दोनों को क्वारंटाइन किया गया"): the
# people named before, like उन्हें (round ev87, issue 13: 6 such measures on the 272 corpus day
# files outside the gold's days and the held-out sets had no target)
COUNTED_PRONOUNS = frozenset({"दोनों", "तीनों", "चारों"})
# What may stand right before a "सभी" that stands for the people named before ("… 10 लोग … आ गए
# थे । सभी को … होम क्वारंटीन में रखा", "टीम ने सभी को … भर्ती कराया", "इन सभी को"): the
# sentence's start, a break or comma, an agent, a demonstrative, a connective adverb.
_BEFORE_ALL = frozenset({"इन", "उन", "फिलहाल", "फ़िलहाल", "जहां", "तो", "अब", "वहीं", "बाद", "फिर"})


def _all_of_them(sv: SentenceView, k: int) -> bool:
    """Whether "सभी" at ``k`` stands alone for the people named before ("सभी को क्वारंटीन
    कराया गया"), not as a quantifier of a phrase ("वहां रह रहे सभी को": everyone living there).
    Issue 13, round ev98: 17 "सभी को <confinement>" on the allowed corpus day files, most of them
    after a sentence naming the group ("31 पत्रकारों को छुट्टी दे दी गई है. सभी को …"); for
    measures only: "सभी को … रहने के लिए कहा गया" addresses the public (`_ADDRESS_WORDS`)."""
    toks = sv.tokens
    if toks[k].text != "सभी":
        return False
    if k == 0:
        return True
    dated = any(tx.start <= toks[k - 1].start < tx.end for tx in sv.timexes)
    before = toks[k - 1].text
    return dated or is_break(toks, k - 1) or before in _BEFORE_ALL | _AGENT_MARKS | {","}


# Words that name nobody on their own: a target phrase of nothing else is no actor ("सभी",
# "आप सभी", "उन", "दोनों"), and a bare activity ("करने", "लाने") is none either.
# The speaker's own possessive before whom an appeal addresses ("हमारा आप सब से यह आग्रह").
_SPEAKERS = frozenset({"हमारा", "हमारी", "हमारे", "मेरा", "मेरी", "मेरे"})
_NO_ACTOR_WORDS = (
    frozenset(
        {"सभी", "सब", "हर", "उन", "इन", "उस", "इस", "दोनों", "किसी", "कोई", "तमाम", "सारे", "पूरे"}
    )
    | SUBJECT_PRONOUNS
    | _SPEAKERS
)
# "पूरे देश में लॉकडाउन", "राज्य में कर्फ्यू": the issuer's own territory, whose public a measure
# for everyone binds (the fallback below), not an actor of its own
_JURISDICTION = frozenset({"देश", "देशभर", "राज्य", "राज्यभर", "प्रदेश", "प्रदेशभर"})
# Words by which an appeal addresses everyone ("आप सभी से आग्रह है", "सभी से अपील"): the public
# of the speaker's jurisdiction, written; a third-person pronoun ("उनसे") means someone named before.
_ADDRESS_WORDS = frozenset({"आप", "सभी", "सब", "हर", "किसी", "कोई"})



@lru_cache(maxsize=256)
def _scanned(marks: frozenset[str]) -> frozenset[str]:
    """The words where :func:`_object_target`'s walk back from a trigger with these target
    markers does more than pass on: a marker, a two-word marker's last word or "लिए", an object
    pronoun, को, खिलाफ. At any other word each test of the walk is false, so the walk visits only
    these and finds the same (round sp14, issue 16: the walk was 1.6% of the stage's line events
    on ``benchmarks/scale.py --days 16``); kept per marker set."""
    seconds = {m.rpartition(" ")[2] for m in marks if " " in m} | {"लिए"}
    return marks | seconds | OBJECT_PRONOUNS | RELATIVE_OBJECTS | {"को", "खिलाफ"}


def _object_target(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles,
    upto: int | None = None,
) -> None:
    """A target that is no entity ("सभी मॉलों को बंद", "उस निजी अस्पताल को सील"): the noun
    phrase before the trigger's target postposition, kept as text (``text:`` id); else the
    unmarked object of a measure or the public an appeal addresses (:mod:`.objects`). With
    ``upto`` only a को-object before that token is read, no fallback (:func:`_beyond`)."""
    marks = {m for m, role in cand.trig.markers.items() if role == "target"}
    unit_marks = {u.last + 1 for u in units}  # where an entity's own postposition starts
    toks = sv.tokens
    said: tuple[int, int] | None = None
    in_clause = False
    past_amount = False  # the phrase found lies before the aid's amount: said in English or none
    # the last words of the two-word markers and of "के लिए" (read below): only at one of them
    # is a word pair joined (round sc55, issue 16: a pair was joined at every word scanned)
    seconds = {m.rpartition(" ")[2] for m in marks if " " in m} | {"लिए"}
    scanned = _scanned(frozenset(marks))  # the only words the walk stops at (round sp14)
    last = cand.first if upto is None else upto
    at_words = compress(range(start, last), map(scanned.__contains__, sv.texts[start:last]))
    for k in reversed(list(at_words)):
        two = f"{toks[k - 1].text} {toks[k].text}" if k > start and toks[k].text in seconds else ""
        if (
            "के खिलाफ" in marks
            and k > start
            and toks[k].text == "खिलाफ"
            and toks[k - 1].text in _PRONOUN_OF
        ):
            rel = [j for j in range(k - 1) if toks[j].text == "जो"]
            if rel and k - 2 > rel[-1]:
                # "जो भी तोड़ेगा उसके खिलाफ": a correlative; the relative clause says who
                text = sv.text_of(rel[-1], k - 2)
                end = toks[k - 2].end
                roles.args.append(
                    Argument("target", text, toks[rel[-1]].start, end, f"text:{text}")
                )
                roles.target.append(f"text:{text}")
                return
            # "उसके खिलाफ": against someone named before; no id (a pronoun is no actor to share)
            roles.args.append(
                Argument("target", toks[k - 1].text, toks[k - 1].start, toks[k - 1].end, None)
            )
            roles.pronoun_target = True
            return
        if (
            (toks[k].text in OBJECT_PRONOUNS or (toks[k].text in RELATIVE_OBJECTS and k > 0))
            and "को" in marks
            and cand.trig.mode not in MEASURES_ON_THINGS
            and not (k + 1 < len(toks) and toks[k + 1].text in _IN_VIEW_OF)
        ):
            # "… 59 पॉजिटिव मरीज मिले हैं जिन्हें आइसोलेशन में रखा गया": a relative object
            # pronoun points at the people its own sentence names before it (round ev98)
            # "उन्हें … क्वारंटाइन सेंटर में रखा गया": someone named before; the pronoun is the
            # argument, its antecedent is found by :mod:`.anaphora` once the article is read
            roles.args.append(Argument("target", toks[k].text, toks[k].start, toks[k].end, None))
            return
        if (
            toks[k].text == "को"
            and "को" in marks
            and k - 1 >= start
            and (
                toks[k - 1].text in COUNTED_PRONOUNS
                or (cand.trig.type == "COERCE" and _all_of_them(sv, k - 1))
            )
            and cand.trig.mode not in MEASURES_ON_THINGS
        ):
            # "दोनों को आइसोलेशन वार्ड में रखा गया": the two named before, as उन्हें is
            roles.args.append(
                Argument("target", toks[k - 1].text, toks[k - 1].start, toks[k - 1].end, None)
            )
            return
        if oblique_pronoun_target(sv, cand, k, start, marks, roles):
            return  # "पड़ोसियों ने उन पर हमला कर दिया": someone named before (round ta3)
        if correlative_target(sv, cand, k, start, marks, roles):
            return  # "अगर … पाया जाएगा तो उस पर कार्रवाई": the condition's offender (ev208)
        if two in marks:
            end, at = k - 2, k - 1
        elif toks[k].text in marks and toks[k].text in MARKERS_1:
            end, at = k - 1, k
        else:
            continue
        if upto is not None and (
            toks[at].text != "को"
            or _activity(toks[at + 1].text)
            or any(t.text in _AGENT_MARKS for t in toks[at + 1 : upto])
        ):
            return  # beyond a circumstance only its को-object is read, no infinitive's (ev182)
        if toks[at].text == "को" and excepted(toks, at):
            continue  # "दवा की दुकानों को छोड़कर शेष सभी दुकानें … बंद": all but these (ev104)
        if toks[end].text in _MANNER_HEADS.get(toks[at].text, ()):
            continue  # "बारी-बारी से", "एक बार में": how it is done, no party (ev169)
        aside = before_aside(toks, end, start) if end >= start else end
        if end >= start and (
            _amount(toks, at, end) or (start <= aside < end and _amount(toks, at, aside))
        ):
            # "7.4 बिलियन यूरो (8 बिलियन डॉलर) की मदद": the amount with its conversion (ev98)
            past_amount = True
            continue  # "प्रवासियों को 1,000 रुपये की सहायता": how much, whom stands before
        if at + 1 < len(toks) and toks[at + 1].text in _IN_VIEW_OF:
            continue  # "खतरे को देखते हुए": in view of the danger, a reason and no target
        if likeness_or_disease(toks, at, end):
            continue  # "अभियान की ही तरह", "कोरोना की स्क्रीनिंग": a likeness, a disease (ev206)
        if end - 1 >= start and toks[end].text in _COMPOUND_HEADS and toks[end - 1].text in {
            "के",
            "की",
            "का",
        }:
            continue  # "इन चारों के आधार पर", "संगठन की तरफ से": a compound postposition
        if toks[at].text == "को" and at + 2 < cand.first and _kept_from(toks, at):
            continue  # "वायरस को फैलने से रोकने के लिए": what is kept from spreading (ev182)
        if purpose_object(sv, cand, start, at):
            continue  # "भीड़ को कम करने के लिए … का सुझाव": what the purpose changes (ta2)
        if toks[at].text == "से" and compared(toks, at + 1):
            continue  # "1 लाख से अधिक … सिलेंडरों के ऑर्डर": more than a count, no party (ev168)
        if toks[at].text == "से" and at + 1 < len(toks) and toks[at + 1].text.startswith(_FROM_OBJECT):
            continue  # "इस घातक बीमारी से निपटने के लिए": what the content fights, no addressee
        if (
            toks[at].text == "से"
            and at + 2 < cand.first
            and _activity(toks[at + 1].text)
            and toks[at + 2].text in {"की", "के", "का"}
        ):
            # "पादरियों से बीमारों से मिलने की अपील": the से right before the infinitive is
            # its own (whom to meet); the addressee's से stands before (round ev43, corpus)
            continue
        if infinitives_own(sv, start, at, cand.first):
            continue  # "कई बार साबुन से हाथ धोने की सलाह": the infinitive's, no addressee
        if _in_a_clause_before(toks, at, cand.first):
            # "महिलाओं को … बेचने से रोके जाने के बाद … जांच कराने को कहा": theirs; whom the
            # main act is for is then not known (no public either)
            in_clause = True
            continue
        if at not in unit_marks and _object_of_the_appeal(sv, cand, start, at):
            continue  # "सभी कार्यक्रमों को स्थगित करने की अपील": what to postpone, not to whom
        if toks[at].text == "पर" and any(_conjunctive(t.text) for t in toks[at + 1 : cand.first]):
            continue  # "डिगिहा तिराहे पर बैरियर लगाकर उसे रोक": where the participle's act was
        if toks[at].text == "पर" and _participle_next(toks, at, cand.first):
            continue  # "सड़क पर घूम रहे 20 लोगों का चालान": where those fined were (ev113)
        if at in unit_marks or end < start:
            return
        timex_at = sv.dated
        end = before_aside(toks, end, start)
        if end < start:
            return
        if end in timex_at:
            first = end
            while first - 1 >= start and first - 1 in timex_at:
                first -= 1
            if toks[at].text == "को" and _beyond(sv, cand, start, first, units, roles, upto):
                return  # "सभी को सोमवार (30 मार्च) को … हिरासत में लिया" (round ev182)
            break  # "शुक्रवार को": a date's postposition; an object may still stand after it
        first = end
        while (
            first - 1 >= start
            and end - first + 1 < _NP_MAX
            and toks[first - 1].text not in _NP_STOPS_OR_GENITIVE
            and first - 1 not in timex_at
        ):
            first -= 1
        first = _after_subject(sv, first, end, roles, units)
        if first == end and toks[end].text in RADII:
            first = _radius_start(sv, start, end)
        # "10 वर्ष से कम आयु के बच्चों को": the age says which (its "10 वर्ष" may be a timex)
        aged = age_before(toks, first, start, set()) if first == end else None
        if aged is not None and gloss(sv.text_of(aged, end)) is not None:
            first = aged
        if first > start and toks[first - 1].text in {"में", "से"}:
            # "पंजाब से लौटे 115 मजदूरों को": a relative participle's origin or place belongs
            # to the object ("115 workers returning from Punjab"), as for a target marked को
            # after a से/में participle in possessors._phrase_before (round ev34, corpus day files)
            first = _with_participle(sv, start, first, end)
        if toks[end].text in _NP_STOPS or is_break(toks, end):
            return
        first = _owner_of_staff(sv, start, first, end, units)
        doer = _subject_of_activity(sv, first, end, units)
        if doer is not None:
            add_role(roles, "target", doer, sv, unit_actors(doer))
            return
        if doer is None and _people_doing(sv, start, end, units, roles):
            return
        if (
            toks[at].text == "पर"
            and _activity(toks[end].text)
            and first - 2 >= start
            and toks[first - 1].text == "को"
        ):
            # "सभी निजी स्कूलों को फीस लेने पर रोक": who is barred from the activity (round
            # ev43, corpus day files outside the event gold), if the glossary can say them
            n_target = len(roles.target)
            _phrase_before(sv, start, first - 1, units, roles)
            if len(roles.target) > n_target:
                return
        if toks[at].text == "पर" and _place_entered(sv, start, end, units, roles):
            return
        if toks[at].text == "पर" and place_of_banned_act(sv, cand, start, end, units, roles):
            return  # "मस्जिदों में नमाज अदा करने पर पाबंदी": the facility (round ta8)
        if _gatherings(sv, cand, start, end, units, roles):
            return
        words = {t.text for t in toks[first : end + 1]}
        if words <= _NO_ACTOR_WORDS | _JURISDICTION or _activity(toks[end].text):
            # no actor named here ("सभी", "मदद करने", "बाहर निकलने" with no doer): the
            # fallbacks below (the public an appeal or a measure for everyone addresses);
            # "आप सभी से आग्रह": the words that address the public are its evidence
            while first < end and toks[first].text in _SPEAKERS:
                first += 1  # "हमारा आप सब से यह आग्रह है": the speaker's, not the addressee
            if {t.text for t in toks[first : end + 1]} <= _ADDRESS_WORDS and _binds_the_public(
                sv, cand
            ):  # "हर किसी को मास्क लगाना अनिवार्य": a rule for everyone binds the public
                said = (first, end)
            break
        while first < end and toks[first].text in SUBJECT_PRONOUNS:
            first += 1  # "हम सभी मॉल … को बंद कर रहे हैं": the speaker, not the object
        if first < end and toks[first - 1].text == "द्वारा" and _fund(cand, toks, end):
            first += 1  # "मोदी द्वारा गठित PM-CARES फंड में": the reduced relative's participle
        # "खतरे को देखते हुए गांव को सील": an adverbial participle ends before the object
        # "एक जनसभा आयोजित करके पादरियों से": a conjunctive participle too (round ev43)
        first = max(
            [first]
            + [
                k + 1
                for k in range(first, end)
                if toks[k].text in PARTICIPLE_ENDS | {"करके", "कर"} or _conjunctive(toks[k].text)
            ]
        )
        if first > start and toks[first - 1].text in CONJ:
            # a coordinated object ("होटल, रेस्तरां और सभी दुकानों को"): all its conjuncts
            wider = glossed_span(sv, start, end, units, _NP_STOPS)
            first = wider if wider is not None and wider < first else first
        elif first > start and toks[first - 1].text in {"के", "की", "का"}:
            # a list whose last conjunct has a kind before its head ("होटल, रेस्तरां और खाना
            # खाने के स्थानों को बंद"): the whole list, not "places" (round ev89)
            wider = glossed_span(sv, start, end, units, _NP_STOPS)
            if wider is not None and any(t.text in CONJ for t in toks[wider:first]):
                first = wider
        if _fragment(toks[first : end + 1]) and gloss(sv.text_of(first, end)) is None:
            break  # "इनमें एक", "किए गए बदलावों": a piece of a clause names nobody
        if toks[at].text == "में" and gloss(sv.text_of(first, end)) is None and not _fund(cand, toks, end):
            # "ऐसे में", "ऐसी स्थिति में", "इस संबंध में", "अगर देश में": a में phrase the
            # glossary cannot say as a place, people or thing is a circumstance, not where a
            # measure holds (round ev25: 7 of the 7 such lockdown targets on every 3rd corpus
            # day file outside the event gold); the public fallback below may still apply
            if _beyond(sv, cand, start, first, units, roles, upto):
                return  # "दोनों बुजुर्गों को मेस में भोजन कराया" (round ev182)
            break
        if (
            first - 2 >= start
            and first < end
            and toks[first - 1].text in {"के", "की"}
            and toks[first].text in BETWEEN
        ):
            # "प्रांतों के बीच यात्रा पर पाबंदी": travel between the provinces is what is
            # banned, not the provinces, nor "बीच यात्रा" (round ev102, the tuning set Ta)
            among = glossed_span(sv, start, first - 2, units, _NP_STOPS)
            if among is not None and gloss(sv.text_of(among, end)) is not None:
                first = among
        if first - 2 >= start and toks[first - 1].text in {"की", "के", "का"} and _act(toks[end].text):
            # "बाहरी व्यक्तियों के प्रवेश पर रोक": whose entry is barred, they are the target
            # (as "… की एंट्री रोक दी", :func:`.possessors._possessor_of_activity`), not the entry
            _phrase_before(sv, start, first - 1, units, roles)
            if roles.target:
                return
            if first == end:
                # "शराब की बिक्री पर प्रतिबंध": a kind the glossary says with the activity is
                # what is banned ("liquor sale"); "फिल्मों के संचालन पर रोक": whose it is the
                # glossary cannot say, and the activity alone names nobody (round ev89)
                if gloss(sv.text_of(first - 2, end)) in {None, gloss(toks[end].text)}:
                    break
                first -= 2
        if _banned_thing(sv, cand, at, first, end, units):
            # "मंत्रियों के विदेशी दौरों पर रोक", "26 दवाओं के एक्सपोर्ट पर रोक": a thing or
            # activity banned is no party; its owner is, if people or a body (round ev181)
            if first - 2 >= start and toks[first - 1].text in {"की", "के", "का"}:
                owner = next((u for u in units if u.last == first - 2 and u.marker_end == first), None)
                if owner is not None and unit_actors(owner):
                    # "विश्व स्वास्थ्य संगठन के वित्त पोषण पर रोक": the named owner, a place too
                    add_role(roles, "target", owner, sv, unit_actors(owner))
                    return
                _phrase_before(sv, start, first - 1, units, roles)
                if roles.target:
                    return
            break
        if (
            first - 2 >= start
            and toks[first - 1].text in {"की", "के", "का"}
            and (gloss(sv.text_of(first - 2, end)) or "").startswith("violators of")
        ):
            first -= 2  # "लॉकडाउन का उल्लंघन करने वालों": what they break says who (ev43)
        if party_of_the_topic(sv, start, first, end, units, roles):
            # "प्रभावित देशों की मदद के लिए … पैकेज", "जनता की सुविधा के लिए", "… के सवाल पर":
            # what the act is for or about; its possessor is whom, if people (ev40, ev144)
            return
        while first + 1 < end and _clause_piece(toks, first, end) and gloss(
            sv.text_of(first + 1, end)
        ) == gloss(sv.text_of(first, end)):
            first += 1  # "… सेंटर में रखे गए कुछ लोगों पर": the participle's tail (round ev104)
        text = sv.text_of(first, end)
        if past_amount and gloss(text) is None:
            return  # "उनकी कंपनी वेंटिलेटर आदि बनाने वालों को 5 करोड़ रुपये की मदद": unsure
        ident = f"text:{text}"
        _place_of_object(sv, first, units, roles)
        roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
        roles.target.append(ident)
        return
    if upto is not None:
        return
    if cand.trig.type == "SUPPORT" and cand.trig.possessor in {"target", "target_or_object"}:
        _praised(sv, cand, start, units, roles)
        if roles.target:
            return
    if cand.trig.type == "COERCE":
        _possessor_of_activity(sv, cand, start, units, roles)
    if cand.trig.type == "COERCE" and "को" in marks and not roles.target:
        bare_object(sv, cand, start, units, roles, _NP_STOPS)  # no को phrase before the trigger
    if cand.trig.type == "COERCE" and not roles.target:
        _unmarked_place(sv, cand, units, roles)
    if in_clause:
        return
    if not roles.target and not cand.trig.requires_target and _binds_the_public(sv, cand):
        if said is None and sv.tokens[cand.first].text in _NOT_TO_THE_PUBLIC:
            return  # "मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया": to whom, unsaid
        public_addressee(sv, cand, roles, said)
        if not roles.target and (
            cand.trig.withheld
            or (cand.trig.mode in _PUBLIC_MEASURES and bare_agent(sv, cand.first))
        ):
            # "… ने साफ कर दिया कि किसी भी जिले में कोई छूट नहीं है": the source, in the clause
            # of saying, is found later; the public is named (or dropped, unplaced) with it;
            # so is a bare "केंद्र ने"'s, named after the roles, for a measure that binds everyone
            # (round ev113, issue 13; an order or a request of a bare "मंत्रालय ने" without an
            # addressee was given to the states in 3 of 3 on the allowed corpus day files)
            at = toks[cand.first].start
            roles.args.append(Argument("target_inferred", "public", at, at, "actor:public"))
            roles.target.append("actor:public")


def _beyond(
    sv: SentenceView, cand: Candidate, start: int, first: int, units: list[Unit], roles: Roles,
    upto: int | None,
) -> bool:
    """Whether a को-object stands before a circumstance that stopped the walk at ``first`` (a
    date's को, a में-phrase that is no place: "सभी को सोमवार (30 मार्च) को पुलिस ने हिरासत में
    लिया", "दोनों बुजुर्गों को मेस में भोजन कराया"); it is then the target, read by the same
    walk, else the fallbacks run as before. Issue 13, round ev182 (allowed corpus day files)."""
    if upto is not None or "को" not in {m for m, r in cand.trig.markers.items() if r == "target"}:
        return False
    scratch = deepcopy(roles)
    _object_target(sv, cand, start, units, scratch, upto=first)
    if not any(a.role == "target" for a in scratch.args[len(roles.args) :]):
        return False
    roles.__dict__.update(scratch.__dict__)
    return True


# Measures whose unmarked place right before the trigger is what they act on.
_ON_PLACES = frozenset({"seal", "close"})


def _unmarked_place(sv: SentenceView, cand: Candidate, units: list[Unit], roles: Roles) -> None:
    """A place named with no postposition right before a seal or a closure ("आज रात से मेरठ,
    बागपत और शामली भी सील हो जाएंगे", "… ने नोएडा सील कर दिया"): what it seals or closes, the
    subject of the intransitive and the object of the transitive alike (round ev89, issue 13:
    such places were no target, only places marked को were)."""
    if cand.trig.mode not in _ON_PLACES:
        return
    toks = sv.tokens
    unit = next(
        (
            u
            for u in units
            if u.marker is None
            and u.last < cand.first
            and {t.text for t in toks[u.last + 1 : cand.first]} <= _EMPHATIC
            and is_place(u)
        ),
        None,
    )
    if unit is not None and unit_actors(unit):
        add_role(roles, "target", unit, sv, unit_actors(unit))


# People whose owner says nothing more of them: the public a place's genitive names is its
# residents (the naming rules of round ev97), not "people of the district"
_PUBLIC_EN = frozenset({"people", "everyone", "general public", "citizens", "residents"})


def _owner_of_staff(
    sv: SentenceView, start: int, first: int, end: int, units: list[Unit]
) -> int:
    """The first token of an object of people with its genitive owner ("अस्पताल के स्टाफ को
    क्वारंटाइन" = the hospital's staff, was "staff"; "नगर निगम और फायर ब्रिगेड के स्टाफ के
    खिलाफ": the staff of both), else ``first``: the object was read back only to the genitive
    (round ev102, issue 13: "… के स्टाफ" on the tuning set Tc). Only where the owner is a body
    or place the glossary can say and saying it changes the English; the public stays as named."""
    toks = sv.tokens
    if first - 2 < start or toks[first - 1].text not in {"के", "की", "का"}:
        return first
    head = sv.text_of(first, end)
    said = gloss(head)
    if said is None or said in _PUBLIC_EN or not names_people(head):
        return first
    owner = glossed_span(sv, start, first - 2, units, _NP_STOPS)
    if owner is None or names_people(sv.text_of(owner, first - 2)):
        return first  # a person's kin or staff ("मरीज के स्वजनों") are left as named
    whole = gloss(sv.text_of(owner, end))
    return owner if whole is not None and whole != said else first


# Going into a place, whose ban names the place visited ("पार्कों और बागों में जाने पर रोक",
# "… मंदिर में प्रवेश पर रोक"): round ev118, issue 13.
_ENTERING = frozenset({"जाने", "आने", "प्रवेश", "एंट्री", "घूमने"})
_AREAS = AREAS  # settlements and areas, no facility: kept in banned_places (round ta8)


def _place_entered(
    sv: SentenceView, start: int, end: int, units: list[Unit], roles: Roles
) -> bool:
    """Whether a ban on going into a place ("जम्मू-कश्मीर में पार्कों और बागों में जाने पर रोक",
    "मंदिर में प्रवेश पर रोक") found its target in the place visited: the phrase before the
    "में" right before the verb of entering, when the glossary says it as a facility or it is a
    body (never a town, district or state: "देश में आने पर रोक" bars arrivals, said otherwise,
    and a place is no target). Nobody named goes in, so the place stands for its visitors, as
    the gold codes them ("parks and gardens … (visitors)"); people whose going it is ("लोगों के
    पार्कों में जाने पर") are the target before this is asked
    (:func:`.possessors._people_doing`)."""
    toks = sv.tokens
    if toks[end].text not in _ENTERING or end - 2 < start or toks[end - 1].text != "में":
        return False
    n_args, n_target = len(roles.args), len(roles.target)
    _phrase_before(sv, start, end - 1, units, roles)
    added = roles.args[n_args:]
    if len(roles.target) > n_target and all(
        names_actor(a.text) and not names_people(a.text) and not an_area(a.text)
        for a in added
        if (a.entity_id or "").startswith("text:")
    ):
        return True
    del roles.args[n_args:]
    del roles.target[n_target:]
    return False


def _gatherings(
    sv: SentenceView, cand: Candidate, start: int, end: int, units: list[Unit], roles: Roles
) -> bool:
    """A ban on gathering that names nobody as who gathers ("एक जगह इकट्ठा होने पर रोक", "भीड़
    इकट्ठा करने पर प्रतिबंध", with what else it bans: "बसों और एक जगह इकट्ठा होने पर रोक"): the
    gatherings are its target, as a banned service is ("public transport and gatherings"), where
    an activity is otherwise no target; whether it was taken (round ev89, issue 13)."""
    toks = sv.tokens
    if cand.trig.type not in {"COERCE", "SANCTION"} or not _activity(toks[end].text):
        return False
    first = glossed_span(sv, start, end, units, _NP_STOPS)
    if first is None:  # "इकट्ठा होने" alone: a form of words the glossary knows only together
        first = next(
            (
                k
                for k in range(max(start, end - 3), end)
                if not any(t.text in _NP_STOPS for t in toks[k:end]) and gloss(sv.text_of(k, end))
            ),
            None,
        )
    if first is None or not names_actor(sv.text_of(first, end)):
        return False
    first, end = who_gathers(sv, start, first, end)  # "5 लोगों से ज्यादा के इकट्ठा होने"
    text = sv.text_of(first, end)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
    roles.target.append(ident)
    return True



def _radius_start(sv: SentenceView, start: int, end: int) -> int:
    """Where a radius phrase starts ("अस्पताल के एक किलोमीटर के दायरे में कर्फ्यू"): at what
    it is around, when the glossary can say it (one or two words before "के" or right before
    the number), else at the number; at its last word when it is no radius (issue 13, round
    ev59: the curfew was read as the whole town's, a seal's target as "दायरे")."""
    toks = sv.tokens
    first = end - 3
    if first < start or gloss(sv.text_of(first, end)) is None:
        return end
    k = first - 1 if first - 1 >= start and toks[first - 1].text in {"के", "की"} else first
    for n in (2, 1):
        if k - n < start or any(
            t.text in _NP_STOPS | {"के", "की", "का"} for t in toks[k - n : k]
        ):
            continue
        if (gloss(sv.text_of(k - n, end)) or "").count(" of ") > 0:
            return k - n
    return first


def _place_of_object(sv: SentenceView, first: int, units: list[Unit], roles: Roles) -> None:
    """The place written right before an object phrase ("पटना में सार्वजनिक वाहनों पर रोक",
    "मुंबई में सभी दफ्तरों को बंद"): where the measure holds, a location of the event, so the
    object's English names that place (:func:`khabar.events.naming.name_actors`), not the
    jurisdiction of the one who speaks of it (round ev25: the tune half's "मुंबई में सार्वजनिक
    वाहनों पर रोक" by Maharashtra's chief minister)."""
    if first < 1 or sv.tokens[first - 1].text != "में":
        return
    unit = next((u for u in units if u.marker_end == first and u.marker == "में"), None)
    if unit is None or not is_place(unit) or not all(m.entity_id for m in unit.mentions):
        return
    add_role(roles, "location", unit, sv, [place_of(m) for m in unit.mentions])


# Measures that bind everyone in the issuer's jurisdiction when they name nobody: a lockdown, a
# curfew, rules, a requirement, a helpline opened for all; and orders that are guidelines or a
# notification (other orders with no addressee may be an inquiry or a transfer: no public).
# + enforce (round ev25): "पुलिस … कर्फ्यू जैसी सख्ती बरतेगी", "सख्ती बढ़ा दी गई" tighten a measure
# on everyone (the tune half of the event gold codes the public of Bihar; 2 of 2 on every 3rd
# corpus day file outside it bind a town's or the country's people).
# + emergency (round ta1): an epidemic, a disaster or an emergency a government declares ("हरियाणा
# सरकार ने कोरोना को महामारी घोषित कर दिया है") gives it powers over everyone in its territory,
# as a lockdown does; what is declared (the disease) is no target, so with no place named the
# public of the declarer's jurisdiction is (tuned on the round's audit of 150 random events of the
# allowed corpus day files: 16 of 19 such declarations there had no target at all).
_PUBLIC_MEASURES = frozenset(
    {"lockdown", "curfew", "rules", "require", "service", "enforce", "emergency"}
)
_GUIDELINES = frozenset({"दिशा-निर्देश", "दिशानिर्देश", "गाइडलाइन", "गाइडलाइंस", "अधिसूचना"})


# Requests that are not made of the public when no addressee is written: a suggestion or an
# urging goes to those who decide ("कुछ सरकारों ने सुझाव दिया था कि …", "राज्य सरकार ने निकाय
# चुनाव टालने का आग्रह किया था", "इटली सरकार ने आग्रह किया कि यूरोपीय संघ …"). Round ev28: all 7
# such inferred publics on 340 corpus day files outside the event gold were wrong (an appeal,
# advice or call without an addressee was the public's in 9 of 11 there).
_NOT_TO_THE_PUBLIC = frozenset({"सुझाव", "आग्रह"})


def _binds_the_public(sv: SentenceView, cand: Candidate) -> bool:
    """Whether an act with no target named is addressed to the public: an appeal or advice
    (the coders' "public of India" for the prime minister's appeal), or a measure that binds
    everyone (the gold codes the public of the issuer's jurisdiction as its target)."""
    mode = cand.trig.mode
    if mode in PUBLIC_MODES or mode in _PUBLIC_MEASURES or shutdown(sv, cand):
        return True
    if cand.trig.withheld and _withheld_from_all(sv, cand):
        # "किसी भी जिले में कोई छूट नहीं होगी", "किसी को आने-जाने की अनुमति नहीं होगी": a
        # permission withheld from no one named is withheld from everyone, a rule binding the
        # public (the event gold codes "public of Bihar" for the tune half's one; issue 13,
        # round ev62, read on corpus day files outside the gold's days)
        return True
    said = set(sv.texts[cand.first : cand.last + 1])
    return mode == "order" and bool(said & _GUIDELINES)


# What a permission withheld from everyone may say of where it holds: "किसी भी जिले में कोई छूट
# नहीं" (the issuer's whole jurisdiction); a locality ("सील एरिया में किसी को …", "कंटेनमेंट जोन
# में …") binds its residents alone, whose name the English cannot give (no public then).
_WHOLE_UNITS = frozenset({"जिले", "जिला", "जिलों", "शहर", "शहरों", "लॉकडाउन"}) | _JURISDICTION
_EMPHATIC = frozenset({"भी", "ही"})


def _withheld_from_all(sv: SentenceView, cand: Candidate) -> bool:
    """Whether a permission withheld is withheld from everyone: in its clause (after the last
    "कि") it names no one but the words of everyone ("किसी को भी … की इजाजत नहीं होगी", "कोई
    छूट नहीं"), no object pronoun ("इन्हें": the foreigners named before), no other को phrase
    ("किसी बाहरी व्यक्ति या वाहन को"), and no place but the jurisdiction's units. Issue 13, round
    ev62: 9 withheld permissions with no target on the 312 corpus day files outside the gold's
    days, read by hand; only the 3 of everyone are kept (the others bind a sealed area, the
    quarantined workers or restaurants)."""
    toks = sv.tokens[: cand.first]
    ki = max((j for j, t in enumerate(toks) if t.text == "कि" or is_break(sv.tokens, j)), default=-1)
    clause = toks[ki + 1 :]
    if any(t.text in OBJECT_PRONOUNS for t in clause):
        return False
    everyone = len(clause) >= 1 and clause[-1].text == "कोई"
    for j, t in enumerate(clause):
        if t.text not in {"को", "में"}:
            continue
        k = j - 1
        while k >= 0 and clause[k].text not in MARKERS_1 and clause[k].text not in {",", "के", "की", "का"}:
            k -= 1
        words = {w.text for w in clause[k + 1 : j]} - _EMPHATIC
        if not words:
            return False
        if t.text == "को" and not words <= _ADDRESS_WORDS:
            return False
        if t.text == "में" and not words <= _ADDRESS_WORDS | _WHOLE_UNITS:
            return False
        everyone = everyone or t.text == "को"
    return everyone
