"""What a closure, a cancellation or a lockdown falls on where no postposition of its own says it.

Why a module of its own: Hindi news writes the thing closed, cancelled or postponed as the
unmarked subject of the intransitive or passive verb ("श्री माता वैष्णो देवी यात्रा आज से बंद कर
दी गई है", "50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे", "विधानसभा का बजट सत्र भी समय से पहले
स्थगित कर दिया गया") or as the unmarked object of the active one ("… ने स्वास्थ्य मंत्रालय की
दैनिक ब्रीफिंग रविवार तक स्थगित कर दी है", "प्रशासन ने नगर के बैंक और एटीएम भी … बंद करा
दिए हैं"). :func:`khabar.events.objects.bare_object` reads such an object only when the glossary
knows every conjunct's head, and only for triggers that take a को object; a pilgrimage, a
briefing, a budget session, a fair or an award is no glossary noun, and "नहीं चलेंगे" takes no
को. Issue 13, round ev145: on the 280 allowed corpus day files 72 closures and cancellations had
no target, about 45 of them with the thing written bare before the verb; on the eight tuning sets
7 of the 84 events with an empty target where the gold has one were of this kind. The module
also holds the lockdown's को-object (:func:`locked_down`), the public of a whole territory locked
down with no agent (:func:`territory_public`) and the place or thing a measure's object pronoun
stands for in its own sentence (:func:`thing_pronoun`): each what a measure on places falls on.

The rule (:func:`closed_thing`) runs last, when no other rule found a target: the noun phrase that
ends right before the trigger (past dates, particles and the adverbials of a measure), kept as
text; the glossary's English where it can say it, the Hindi otherwise. It is never an entity the
clause analysis knows (an agent or a place: those have their own rules), never a pronoun,
quantifier or adverb of place, never a piece of a clause (a verb form, an infinitive), and never
taken when the trigger is a noun ("राष्ट्रव्यापी बंद की घोषणा": the closure announced, no verb).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _NP_STOPS, _activity, add_role
from .bare_days import bare_day
from .clause import MARKERS_1, SentenceView, Token, Unit, is_break, unit_actors
from .denied_permissions import denied_thing
from .gloss import gloss, names_people
from .glossary import names_actor
from .names import romanise
from .objects import _MEASURE_ADVERBS, CONJ, _an_occasion, glossed_span, public_addressee
from .opened_complements import opened_by_permission
from .relative_things import cancelled_occasion, demonstrative_head, planned_occasion
from .resumed_lists import resumed_list
from .unopened import negated_opening

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The measures whose bare subject or object is the thing they fall on (COERCE close: "बंद",
# "नहीं चलेंगे"; cancel: "रद्द", "स्थगित", "टाल", "निलंबित").
_ON_THINGS = frozenset({"close", "cancel"})

# Adverbials between the thing and the verb that :data:`.objects._MEASURE_ADVERBS` does not list:
# how long or how early ("अनिश्चित काल के लिए", "समय से पहले") and emphatic particles ("जरूर",
# "तो"); read on the closures and cancellations with no target of the allowed corpus day files
# (round ev145: "डीएलडब्लू सिनेमा हॉल अनिश्चित काल के लिए बंद", "बजट सत्र भी समय से पहले
# स्थगित", "एक स्कूल जरूर बंद", "पास तो पूरी तरह से बंद").
_MORE_ADVERBS: tuple[tuple[str, ...], ...] = (
    ("अनिश्चित", "काल", "के", "लिए"),
    ("अनिश्चितकाल", "के", "लिए"),
    ("समय", "से", "पहले"),
    ("जरूर",),
    ("ज़रूर",),
    ("तो",),
    ("ही",),
    ("एहतियान",),
    # all at once ("लॉकडाउन एक बार में नहीं खोला जाएगा", round ev200: the one such clause of
    # the 280 allowed corpus day files)
    ("एक", "बार", "में"),
)
_ADVERBS = _MEASURE_ADVERBS + _MORE_ADVERBS

# Words that end the phrase read back from the trigger: postpositions other than the genitive,
# conjunctions of clauses, the verbs and auxiliaries of a clause before it, punctuation.
_STOPS = frozenset(
    {"ने", "से", "को", "में", "पर", "तक", "द्वारा", "लिए", "कि", "जो", "जब", "तब", "लेकिन"}
    | {"है", "हैं", "था", "थे", "थी", "हो", "हुए", "हुई", "हुआ", "गए", "गई", "गया", "कर", "करके"}
    | {"किया", "किए", "किये", "की", "रहे", "रही", "रहा", "वाले", "वाली", "वाला", "बाद", "पहले"}
    | {",", ":", "'", "‘", "’", '"', "(", ")", "-", "–", "तो", "भी", "ही", "लेकर", "देकर"}
    # a cause, a frame or a time before the thing ("… के कारण टी20 विश्व कप", "लॉकडाउन के
    # दौरान कोई भी ट्रेन", "परीक्षाओं के साथ ही … मूल्यांकन")
    | {"कारण", "वजह", "चलते", "दौरान", "बीच", "अनुसार", "मुताबिक", "तहत", "साथ", "बजाय"}
)
# Words that name no thing on their own: pronouns, quantifiers standing alone, adverbs of place
# and time, the issuer's words ("सब कुछ बंद", "वहां स्थगित", "इसे बंद", "सरकार रद्द कर सकती").
_NO_THING = frozenset(
    {"सब", "सबकुछ", "कुछ", "सभी", "यह", "ये", "वह", "वे", "इसे", "उसे", "इन्हें", "उन्हें"}
    | {"यहां", "वहां", "यहाँ", "वहाँ", "जहां", "अब", "फिर", "आज", "कल", "पूरा", "पूरी", "पूरे"}
    | {"सरकार", "प्रशासन", "पुलिस", "विभाग", "मंत्रालय", "बोर्ड", "आयोग", "कंपनी", "उन्होंने"}
    | {"इसके", "उसके", "इनके", "उनके", "इसकी", "उसकी", "अपने", "अपनी", "अपना"}
    # a decision put off imposes nothing yet ("लॉक डाउन का फैसला फिलहाल टाल दिया")
    | {"फैसला", "फैसले", "फ़ैसला", "निर्णय"}
)
# Genitives inside the phrase ("विधानसभा का बजट सत्र", "स्वास्थ्य मंत्रालय की दैनिक ब्रीफिंग"):
# joined at most this many times, so a clause before is not read in.
_GENITIVES = frozenset({"का", "के"})
_MAX_WORDS = 8
_MAX_GENITIVES = 2
# Words that end a name: a postposition before a thing's head makes it someone's thing, not
# one named after them (round rv21, `_named_thing`).
_NAME_BREAKS = frozenset({"की", "को", "से", "में", "पर", "ने", "द्वारा"})
# The light verbs that make the trigger a verb ("बंद कर दी गई", "रद्द किया", "बंद रहेंगे",
# "बंद करा दिए"); a trigger followed by none of them is a noun ("बंद की घोषणा", "बंद का आह्वान")
# unless the entry is a verb form of its own (``verbal``: "नहीं चलेंगे").
# The reflexive possessive: the agent's own things ("अपनी सभी कक्षाएं"), its own affair.
_OWN = frozenset({"अपनी", "अपने", "अपना"})
_NOUN_NEXT = frozenset({"की", "का", "के", "को", "से", "में", "पर", "ने"})
_DIGITS = re.compile(r"[\d०-९][\d०-९,.]*")


# Round ta3 (issue 13): a purpose told as a noun phrase between the को-object and "लॉकडाउन
# करना" ("19 अप्रैल, 2013 को बोस्टन शहर को आतंकियों की खोज के लिए लॉकडाउन कर दिया गया था",
# round ta1's audit #141): what it was for, no party; the object stands before it. Only nouns and
# genitives in the phrase: an infinitive's own को-object ("वायरस को रोकने के लिए") is no object
# of the lockdown, so a phrase with an infinitive or any other postposition is not passed.
_PURPOSE_WORDS = 4
_PURPOSE_LINKS = frozenset({"की", "के", "का"})


def _past_purpose(sv: SentenceView, end: int, start: int) -> int:
    """The last token before a "<noun phrase> के लिए" purpose ending at ``end``; ``end`` when
    there is none, or the phrase holds an infinitive or a postposition other than a genitive."""
    toks = sv.tokens
    if end - 2 < start or toks[end].text != "लिए" or toks[end - 1].text != "के":
        return end
    k = end - 2
    while k >= start and end - 2 - k < _PURPOSE_WORDS and toks[k].text != "को":
        word = toks[k].text
        if word in MARKERS_1 and word not in _PURPOSE_LINKS or _activity(word) or is_break(toks, k):
            return end
        k -= 1
    return k if k >= start and k < end - 2 and toks[k].text == "को" else end


def _past_adverbs(sv: SentenceView, end: int, start: int) -> int:
    """The last token before the dates, particles and adverbials that end at ``end``."""
    toks = sv.tokens
    while end >= start:
        if end in sv.dated:
            end -= 1
            continue
        if end - 2 >= start and toks[end].text == "लिए" and toks[end - 1].text == "के" and (
            end - 2 in sv.dated
        ):
            end -= 2  # "14 अप्रैल तक के लिए": how long
            continue
        if toks[end].text == "भी":
            end -= 1
            continue
        if toks[end].text in {"से", "तक"} and (end - 1 in sv.dated or bare_day(toks, end, start)):
            end -= 2  # "आज से", "31 मार्च तक", "31 तक" (round et1): since or until when
            continue
        words = tuple(t.text for t in toks[max(start, end - 3) : end + 1])
        adverb = next((a for a in _ADVERBS if words[-len(a) :] == a), None)
        if adverb is None:
            return end
        end -= len(adverb)
    return end


def _a_verb(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the trigger is used as a verb: a light verb after it, or a verb form of its own."""
    if cand.trig.verbal:
        return True
    nxt = sv.tokens[cand.last + 1].text if cand.last + 1 < len(sv.tokens) else ""
    if nxt in _NOUN_NEXT and not (nxt == "की" and _passive_after(sv.tokens, cand.last + 1)):
        return False
    return bool(cand.verb)


def _passive_after(toks: list[Token], k: int) -> bool:
    """Whether the की at ``k`` is the light verb of a feminine passive ("बंद की गई", "रद्द की
    जायेगी", "रद की जा चुकी"), not a genitive."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return nxt.startswith(("गई", "गयी", "जा", "गईं", "है", "थी"))


def closed_thing(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The thing a closure or cancellation falls on, written bare right before its verb (see the
    module's docstring), added as the target (``text:`` id) when no rule found one."""
    denied_thing(sv, cand, start, units, roles)  # "… खेल आयोजन की इजाजत नहीं" (round et1)
    if roles.target or cand.trig.type != "COERCE" or cand.trig.mode not in _ON_THINGS:
        return
    _bare_thing(sv, cand, start, units, roles)
    if not roles.target and _a_verb(sv, cand):  # "… दुकानें, पब्लिक ट्रांसपोर्ट सब बंद" (tg1)
        resumed_list(sv, _past_adverbs(sv, cand.first - 1, start), start, units, roles)


# Round ta11 (issue 13, targets): the verb stems of an opening (the passive entries of
# triggers_hi.yaml: "दुकानें खोली जा सकेंगी", "स्टोर और संग्रहालय खोल दिए जाएंगे")
_OPENING = ("खोल", "खुल")


def opened_thing(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The thing an easing opens, written bare right before its verb as a closure's is ("इटली
    में 18 मई को स्टोर और संग्रहालय खोल दिए जाएंगे", "एक जून से कैफे और सलून खोले जाएंगे"): the
    target, read as :func:`closed_thing` reads a closed thing. A place marked में that the trigger
    entry took for the target where nothing else stood ("इटली में", "रिहायशी इलाकों में") is where
    the things open, so it becomes the location; a को-object or any other target stays. Round
    ta11: the tuning set Vg's Italian stores and museums (its target was Italy); of the 16
    openings on the 280 allowed corpus day files 7 had no target and 4 a place or a wrong party,
    and this gives 5 of them the thing opened (read, all right); the others write a time, a
    clause or "बीच" (beach, also "between": a stop) before the verb, or a को-object."""
    opened_by_permission(sv, cand, start, units, roles)  # "… दुकानें खोलने का निर्देश" (tg1)
    toks = sv.tokens
    if not negated_opening(sv, cand):  # "इन इलाकों में अब बैंक भी नहीं खुलेंगे" (tg11)
        if cand.trig.type != "CONCEDE" or not cand.trig.verbal:
            return
        if not toks[cand.first].text.startswith(_OPENING):
            return
        if cand.trig.cues and cand.trig.cues.isdisjoint(sv.words):
            return  # the entry keeps such a clause only for its target; it opens no new act
    placed = [a for a in roles.args if a.role == "target"]
    ends = {t.end: k for k, t in enumerate(toks)}
    if any(
        a.entity_id is None
        or a.end not in ends
        or ends[a.end] + 1 >= len(toks)
        or toks[ends[a.end] + 1].text != "में"
        for a in placed
    ):
        return  # a को-object ("हॉटस्पॉट जोन को खोल दिया गया") or a pronoun is the target
    args, target = list(roles.args), list(roles.target)
    roles.args[:] = [a for a in roles.args if a.role != "target"]
    roles.target.clear()
    _bare_thing(sv, cand, start, units, roles)
    if not roles.target:
        roles.args[:], roles.target[:] = args, target
        return
    for a in placed:
        roles.args.append(replace(a, role="location"))
        if a.entity_id is not None and a.entity_id not in roles.location:
            roles.location.append(a.entity_id)


def _bare_thing(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The noun phrase written bare right before a measure's verb, added as the target."""
    if not _a_verb(sv, cand):
        return
    toks = sv.tokens
    end = _past_adverbs(sv, cand.first - 1, start)
    if end < start or toks[end].text in _STOPS or is_break(toks, end):
        return
    first = end
    genitives = 0
    while first - 1 >= start and end - first + 1 < _MAX_WORDS:
        word = toks[first - 1].text
        if word in _GENITIVES or word == "की":
            if genitives >= _MAX_GENITIVES or first - 2 < start:
                break
            before = toks[first - 2].text
            if before in _STOPS or before in _NO_THING or first - 2 in sv.dated:
                break
            genitives += 1
            first -= 1
            continue
        if word in _STOPS or is_break(toks, first - 1) or first - 1 in sv.dated:
            break
        if word in {"और", "व", "तथा"} and first - 2 >= start and toks[first - 2].text in _STOPS:
            break
        first -= 1
    # leading connectives and quantifier-free openers are no part of the thing ("वहीं", "उधर")
    while first < end and (toks[first].text in CONJ or toks[first].text in _OPENERS):
        first += 1
    for u in units:
        if u.first > end or u.marker_end <= first:
            continue
        if u.last >= end or u.marker not in _GENITIVES | {"की", None}:
            # the head is an entity, or one is marked as an agent, a place or an object: the
            # clause analysis reads those
            return
        if u.marker is None and u.first <= first and any(m.type in _BODIES for m in u.mentions):
            first = u.marker_end  # "सरकार प्लेसमेंट फेयर रद्द करेगी": the unmarked doer
    # a name that owns the thing or names it is part of the phrase: "विधानसभा का बजट सत्र",
    # "श्री माता वैष्णो देवी यात्रा", "डीएलडब्लू सिनेमा हॉल"
    if first > end:
        return
    if first - 2 >= start and toks[first].text in _RELATED and toks[first - 1].text == "से":
        # "स्किल डेवलपमेंट से जुड़े सेंटर", "… परीक्षा से संबंधित विज्ञापन": what they relate
        # to belongs to the phrase, not "जुड़े सेंटर" alone
        k = first - 2
        while k - 1 >= start and first - k < _RELATED_REACH and not (
            toks[k - 1].text in _STOPS or toks[k - 1].text in _GENITIVES or is_break(toks, k - 1)
        ):
            k -= 1
        if not any(u.first <= first - 2 and u.marker_end > k for u in units):
            first = k
    words = [t.text for t in toks[first : end + 1]]
    head = words[-1]
    if head in _NO_THING or head in _GENITIVES or head == "की" or _DIGITS.fullmatch(head):
        return
    if head in _DAY_TIMES:
        return
    if _activity(head) or (head.endswith("ना") and _activity(head[:-1] + "ने")):
        return  # "घोषणा करने", "शुरू करना": an infinitive, the act itself, no thing
    if set(words) <= _NO_THING | CONJ | {"भी", "ही"}:
        return
    if any(_activity(w) or w in _VERB_FORMS for w in words):
        return  # "… से संक्रमित होने": a piece of a clause, no thing
    if words[0] in _OWN:
        return  # "अपनी सभी कक्षाएं … निलंबित": the body's own affair (round ev69), no target
    said = gloss(sv.text_of(first, end))
    named = any(u.first >= first and u.last <= end for u in units)
    if (
        said is not None
        and not named
        and not names_actor(sv.text_of(first, end))
        and not _an_occasion(sv.text_of(first, end))
        and not _a_conjunct_names_actor(words)
    ):
        # "धार्मिक यात्रा रद्द": travel is something people do, no occasion held; an activity
        # the glossary knows has no object of its own (as in objects.bare_object, round ev98).
        # A named one is an occasion: "श्री माता वैष्णो देवी यात्रा", "… की बेल्जियम यात्रा"
        return
    if cand.trig.withheld and said is None:
        # "ऐसे काम नहीं चलेगा" (that will not do): a service not run is one the glossary
        # knows ("बसें", "मेट्रो", "ट्रेन"); the entry's cues keep only those clauses
        return
    group = _people_group(sv, first, end, units)
    if group is not None:
        add_role(roles, "target", group, sv, unit_actors(group))  # "मेडिकल स्टाफ की छुट्टियां"
        return
    end = _people_owner(sv, first, end, units)
    text = sv.text_of(first, end)
    if not text:
        return
    ident = f"text:{text}"
    english = _named_thing(sv, first, end, units)
    roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident, english))
    roles.target.append(ident)


def _named_thing(sv: SentenceView, first: int, end: int, units: list[Unit]) -> str | None:
    """The English of a thing named after a person ("श्री माता वैष्णो देवी यात्रा" = Shri Mata
    Vaishno Devi travel): the name romanised before the head's gloss, where the word-by-word
    gloss would leave the name out and say its glossary words ("mother travel"); None for any
    other phrase (lead, session 19, on round ev145's closures).

    A phrase with a postposition before its head is no name but the person's (or a place's)
    thing ("शी जिनपिंग की जापान की प्रस्तावित आधिकारिक यात्रा" was "Shi Jinping Ki Japan Ki
    Prastavit Adhikarik travel"): the gloss says it (round rv21, issue 13: the rule's one change
    on 60 allowed corpus day files, seed 2619, was that one, wrong)."""
    if any(t.text in _GENITIVES | _NAME_BREAKS for t in sv.tokens[first:end]):
        return None
    if end <= first or not any(
        u.first >= first and u.last < end and any(m.type == "PERSON" for m in u.mentions)
        for u in units
    ):
        return None
    head = gloss(sv.tokens[end].text)
    name = romanise(sv.text_of(first, end - 1))
    return f"{name} {head}" if name and head else None


def _people_owner(sv: SentenceView, first: int, end: int, units: list[Unit]) -> int:
    """The last token of the people whose thing is closed or cancelled, when the phrase opens
    with them and a genitive ("सभी खिलाड़ियों की छुट्टियां", "मेडिकल स्टाफ की छुट्टियां": the
    players' and the staff's leave is cancelled, they are whom it falls on, as
    :func:`khabar.events.possessors.people_of_the_noun` reads "कर्मचारियों की छुट्टी भी रद कर दी"),
    else ``end``: a body or a place that owns it stays part of the thing ("विधानसभा का बजट सत्र")."""
    toks = sv.tokens
    k = next((j for j in range(first + 1, end) if toks[j].text in _GENITIVES | {"की"}), None)
    if k is None or any(u.first < k and u.marker_end > first for u in units):
        return end
    owner = sv.text_of(first, k - 1)
    return k - 1 if names_people(owner) and gloss(owner) is not None else end


def _people_group(sv: SentenceView, first: int, end: int, units: list[Unit]) -> Unit | None:
    """A group of people the clause analysis found that opens the phrase with a genitive, whose
    thing is closed or cancelled ("मेडिकल स्टाफ की छुट्टियां": the medical staff), else None."""
    unit = next((u for u in units if u.first == first and u.marker_end <= end), None)
    if unit is None or unit.marker not in _GENITIVES | {"की"} or not unit_actors(unit):
        return None
    return unit if {m.type for m in unit.mentions} == {"GROUP"} else None


# Participles of relation after a से ("X से जुड़े", "X से संबंधित") and how far back their X is read.
_RELATED = frozenset({"जुड़े", "जुड़ी", "जुड़ा", "जुडे", "जुडी", "संबंधित", "सम्बन्धित"})
_RELATED_REACH = 4
# Verb forms inside a phrase make it a piece of a clause.
_VERB_FORMS = frozenset({"किए", "किया", "किये", "गए", "गई", "गया", "गये", "गयी", "होने", "हुए"})
# Entity types that act: an unmarked one before the thing is the clause's subject, not its name.
_BODIES = frozenset({"ORGANIZATION", "GROUP", "COUNTRY"})
# Words a clause opens with before its subject, no part of the thing closed.
_OPENERS = frozenset({"वहीं", "उधर", "इधर", "यानी", "साथ", "ही", "इसके", "अतः", "अत", "हालांकि"}) | (
    {"तत्काल", "फिलहाल", "फ़िलहाल", "एहतियातन"}  # "दुकानदार ने तत्काल शटर बंद कर दिया"
) | {"यहां", "वहां", "यहाँ", "वहाँ"}  # "यहां खुदरा दुकानें … खोले जा सकेंगे" (round ta11)
# "now" before the thing ("इन इलाकों में अब बैंक भी नहीं खुलेंगे", round tg11): a time, not the bank
_OPENERS |= {"अब", "अभी"}
# Times of day a clock time leaves bare before the verb ("सभी दुकानें मध्यान्ह 12 बजे से शाम 6 बजे
# तक खोली जाएंगी": the time stage dates "12 बजे से …", not "मध्यान्ह"): no thing's head (ta11)
_DAY_TIMES = frozenset({"सुबह", "सवेरे", "दोपहर", "मध्यान्ह", "शाम", "रात"})


# The forms of करना after a lockdown that make it a verb whose object is the place locked down
# ("झारखंड को भी लॉकडाउन कर दिया गया", "भोपाल शहर को पूरी तरह लॉकडाउन किया जा रहा है").
_DO = frozenset({"कर", "किया", "किए", "किये", "की", "करके", "करने", "करना"})
# Class words after a place's name ("भोपाल शहर", "मेरठ जिले") and the words of the issuer's whole
# territory ("देश", "पूरे देश"): the place is the named one, the territory its public.
_CLASS_WORDS = frozenset({"शहर", "जिले", "जिला", "राज्य", "प्रदेश", "इलाके", "क्षेत्र", "नगर"})
_WHOLE = frozenset({"देश", "देशभर", "राज्य", "प्रदेश"})
_ALL = frozenset({"पूरे", "पूरा", "सारे", "समूचे"})


def locked_down(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The place (or people) a lockdown is put on when written as the को-object of "लॉकडाउन
    करना" ("अब झारखंड को भी लॉकडाउन कर दिया गया है", "उत्तर प्रदेश के 16 जिलों को भी 25 मार्च
    तक लॉकडाउन किया गया है", "कई राज्यों को लॉकडाउन किया गया है"): the lockdown entry reads only
    "X में लॉकडाउन" as its target; the को phrase right before the trigger (past particles, dates
    and adverbials) is what it falls on, an entity as the clause analysis found it, else a noun
    phrase the glossary knows. Only with a form of करना right after the trigger: "लोगों को
    लॉकडाउन का पालन करना है" asks people to obey it and "X को लॉकडाउन बढ़ने से" is another
    clause. Issue 13, round ev145: 6 such lockdowns with no target on the 280 allowed corpus day
    files (a state, a city, districts, "कई राज्यों"), one on the tuning set Un."""
    if roles.target or cand.trig.type != "COERCE" or cand.trig.mode != "lockdown":
        return
    toks = sv.tokens
    if cand.last + 1 >= len(toks) or toks[cand.last + 1].text not in _DO:
        return
    at = _past_adverbs(sv, cand.first - 1, start)
    at = _past_purpose(sv, at, start)  # "बोस्टन शहर को आतंकियों की खोज के लिए लॉकडाउन" (ta3)
    if at - 1 < start or toks[at].text != "को":
        return
    end = at - 1
    # "भोपाल शहर को": a place with its class word after it is the place
    k = end
    while k >= start and toks[k].text in _CLASS_WORDS:
        k -= 1
    unit = next((u for u in units if u.last == k and (u.marker == "को" or k < end)), None)
    if unit is not None:
        actors = unit_actors(unit)
        if actors:
            add_role(roles, "target", unit, sv, actors)
        return
    if toks[end].text in _WHOLE and (
        end == start or toks[end - 1].text in _ALL or toks[end - 1].text not in _GENITIVES | {"की"}
    ):
        # "देश को लॉकडाउन किया गया", "पूरे देश को": the issuer's whole territory, whose
        # public the lockdown binds (named with the source, as for "देश में")
        first = end - 1 if end > start and toks[end - 1].text in _ALL else end
        public_addressee(sv, cand, roles, (first, end))
        return
    said = glossed_span(sv, start, end, units, _NP_STOPS)
    if said is None or not names_actor(sv.text_of(said, end)):
        return
    text = sv.text_of(said, end)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[said].start, toks[end].end, ident))
    roles.target.append(ident)


def _a_conjunct_names_actor(words: list[str]) -> bool:
    """Whether an earlier conjunct of a listed object is a glossary noun of a thing closed, so
    the list is one, though its last conjunct is an activity ("सभी कक्षाएं और लैब से जुड़ी
    गतिविधियां … बंद" = all classes and activities; round nm2: the list lost its target when
    कक्षाएं became a glossary noun). An activity alone ("धार्मिक यात्रा रद्द") stays no object."""
    cuts = [k for k, w in enumerate(words) if w in CONJ]
    spans = zip([-1, *cuts], cuts, strict=False)  # each cut with the one before it
    return any(b > a + 1 and names_actor(" ".join(words[a + 1 : b])) for a, b in spans)


# Words that may stand between "देश में" and a lockdown or curfew: its length, its order, the
# adverbs of its being in force ("देश में 17 मई तक लॉकडाउन", "पूरे देश में 21 दिन का लॉकडाउन",
# "देश में दूसरा लॉकडाउन", "पूरे देश में जनता कर्फ्यू").
_BETWEEN_TERRITORY = frozenset(
    {"का", "के", "की", "दिन", "दिनों", "सप्ताह", "हफ्ते", "हफ्तों", "पूर्ण", "संपूर्ण", "पूरी", "तरह"}
    | {"फिलहाल", "प्रभावी", "जारी", "दूसरा", "तीसरा", "भी", "ही", "अब", "तक", "जनता", "एक", "और"}
)
_TERRITORY_MEASURES = frozenset({"lockdown", "curfew"})


def territory_public(
    sv: SentenceView, cand: Candidate, start: int, roles: Roles
) -> None:
    """The public a lockdown or curfew binds when its place is the issuer's whole territory and
    no agent is written ("पूरे देश में 21 दिन का लॉकडाउन लगाया गया था", "देश में 17 मई तक
    लॉकडाउन लगा दिया गया है", "प्रदेश में 23 से 31 मार्च तक धारा 144 लगा दी गई"): the words are
    the evidence and the public is named with the source the issuer rule infers, as for a bare
    "केंद्र ने" (:func:`khabar.events.targets._object_target`), or dropped when none is placed.
    The "X में" must be the lockdown's own: only its length, order and adverbs of force between.
    Issue 13, round ev145: 10 such lockdowns and curfews with no target on the 280 allowed corpus
    day files; the tuning sets code them "India" (Uj, Uh)."""
    if roles.target or cand.trig.type != "COERCE" or cand.trig.mode not in _TERRITORY_MEASURES:
        return
    toks = sv.tokens
    if not cand.finite or any(_activity(t.text) for t in toks[cand.last + 1 : cand.last + 3]):
        return  # "देश में लॉकडाउन लागू करने के बाद …": an infinitive's clause, background
    k = cand.first - 1
    while k > start and (
        toks[k].text in _BETWEEN_TERRITORY or k in sv.dated or _DIGITS.fullmatch(toks[k].text)
    ):
        k -= 1
    if k - 1 < start or toks[k].text != "में" or toks[k - 1].text not in _WHOLE:
        return
    end = k - 1
    if end - 1 >= start and toks[end - 1].text in {"के", "की", "का"}:
        return  # "राज्य के प्रदेश में", a territory of someone named: not the issuer's own
    first = end - 1 if end - 1 >= start and toks[end - 1].text in _ALL else end
    public_addressee(sv, cand, roles, (first, end))


# Object pronouns of a measure on a place or thing ("उसे कंटेनमेंट जोन घोषित", "इसे सील",
# "उन्हें हॉटस्पॉट घोषित"), and the relative object pronouns that follow their head ("… पांच और
# जिले हैं जिन्हें रेड जोन घोषित किया गया"). :mod:`.anaphora` leaves these alone (a person is
# never what such a measure falls on); the place or thing meant is read here, in the pronoun's
# own sentence only.
_THING_PRONOUNS = frozenset({"उसे", "इसे", "उन्हें", "इन्हें"})
_RELATIVE_PRONOUNS = frozenset({"जिन्हें", "जिसे"})
_CORRELATIVE_OPENERS = frozenset({"जिस", "जिन"})
_PRONOUN_REACH = 4  # words between the pronoun and the trigger: "उसे भी पूरी तरह सील"
_HEAD_WORDS = 3  # words of the head after "जिस/जिन": "जिन इलाकों", "जिस सरकारी इमारत"
_COPULA = frozenset({"है", "हैं", "था", "थे", "थी", ","})
# Modes of the measures on places and things (:data:`.objects.MEASURES_ON_THINGS`) and a zone.
_ON_PLACES_OR_THINGS = frozenset({"seal", "close", "restrict", "cancel", "lockdown", "curfew"})


def thing_pronoun(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """The place or thing an object pronoun of a measure on places and things stands for, when
    its own sentence names it: the head of a correlative ("जिस इमारत में वह रहते थे उसे सील कर
    दिया जाएगा", "जिन इलाकों में पॉजिटिव केस मिल रहे हैं, उन्हें हॉटस्पॉट घोषित", "सभी सरकारी
    कार्यक्रम जो 22 मार्च को होने थे, उन्हें रद्द"), the head right before a relative object
    ("पांच और जिले हैं जिन्हें रेड जोन घोषित किया गया"), else the one place or facility the
    sentence marks with में or पर before the pronoun ("गुवाहाटी के एक अपार्टमेंट में … के बाद
    उसे कंटेनमेंट जोन घोषित", "एक मेडिकल स्टोर पर छापा मारकर … इसे सील"): a common noun the
    glossary knows and no people (an entity place is left alone: "दिल्ली में … उसे सील" seals
    something in Delhi, not Delhi). Issue 13, round ev145: 12 such pronouns of seals, closures,
    zones and cancellations on the 280 allowed corpus day files had no target, 8 of them with the
    place or thing in their own sentence."""
    if roles.target or cand.trig.type != "COERCE" or cand.trig.mode not in _ON_PLACES_OR_THINGS:
        return
    toks = sv.tokens
    p = next(
        (
            k
            for k in range(cand.first - 1, max(start, cand.first - 1 - _PRONOUN_REACH) - 1, -1)
            if _bare(toks[k].text) in _THING_PRONOUNS | _RELATIVE_PRONOUNS
        ),
        None,
    )
    if p is None or any(
        toks[j].text in {"को", "ने", "कि"} or is_break(toks, j) for j in range(p + 1, cand.first)
    ):
        return
    if _bare(toks[p].text) in _RELATIVE_PRONOUNS:
        span = _head_before_relative(sv, p, units, cand.trig.mode) or demonstrative_head(sv, p, units)
    else:
        span = _correlative_head(sv, p, units, cand.trig.mode)
        if span is None:
            span = _one_place_before(sv, p, units) or planned_occasion(sv, p, units, cand.trig.mode)
    if span is None:
        return
    first, end = span
    text = sv.text_of(first, end)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
    roles.target.append(ident)


def _bare(word: str) -> str:
    """A word without the zero-width joiners some outlets type inside conjuncts ("जिन्‍हें")."""
    return word.replace("\u200d", "").replace("\u200c", "")


def _a_thing(sv: SentenceView, first: int, end: int) -> bool:
    """Whether a phrase is a place, facility or thing the glossary can say, naming no people."""
    text = sv.text_of(first, end)
    return gloss(text) is not None and names_actor(text) and not names_people(text)


def _correlative_head(sv: SentenceView, p: int, units: list[Unit], mode: str) -> tuple[int, int] | None:
    """The head of the relative clause a correlative pronoun at ``p`` takes up: the words after
    the sentence's last "जिस/जिन" before it, or the phrase right before a "जो" there."""
    toks = sv.tokens
    rel = [k for k in range(p) if toks[k].text in _CORRELATIVE_OPENERS | {"जो"}]
    if not rel:
        return None
    r = rel[-1]
    if toks[r].text == "जो":
        if r < 1:
            return None
        first = glossed_span(sv, 0, r - 1, units, _NP_STOPS)
        return (first, r - 1) if first is not None and cancelled_occasion(sv, first, r - 1, mode) else None
    best = None
    for end in range(r + 1, min(p, r + 1 + _HEAD_WORDS)):
        if toks[end].text in _STOPS or toks[end].text in _GENITIVES:
            break
        if _a_thing(sv, r + 1, end):
            best = (r + 1, end)
    return best


def _head_before_relative(sv: SentenceView, p: int, units: list[Unit], mode: str) -> tuple[int, int] | None:
    """The head a relative object pronoun at ``p`` follows: the phrase right before it, past a
    copula and a comma ("पांच और जिले हैं जिन्हें …", "… हॉटस्पॉट, जिन्हें …")."""
    toks = sv.tokens
    end = p - 1
    while end >= 0 and toks[end].text in _COPULA:
        end -= 1
    if end < 0:
        return None
    first = glossed_span(sv, 0, end, units, _NP_STOPS)
    return (first, end) if first is not None and cancelled_occasion(sv, first, end, mode) else None


def _one_place_before(sv: SentenceView, p: int, units: list[Unit]) -> tuple[int, int] | None:
    """The one common-noun place or facility marked में or पर before the pronoun at ``p`` in its
    sentence, None when there is none or more than one."""
    toks = sv.tokens
    found: list[tuple[int, int]] = []
    for k in range(1, p):
        if toks[k].text not in {"में", "पर"} or any(u.last == k - 1 for u in units):
            continue
        first = glossed_span(sv, 0, k - 1, units, _NP_STOPS)
        if first is not None and _a_thing(sv, first, k - 1):
            found.append((first, k - 1))
    return found[0] if len(found) == 1 else None


def shutdown(sv: SentenceView, cand: Candidate) -> bool:
    """Whether a closure is the noun "बंद", a shutdown of everything, as a lockdown is: its
    genitive after it ("बंद की अवधि … बढ़ा दी", "… बंद की घोषणा") or "-व्यापी" before it
    ("राष्ट्रव्यापी बंद"). It binds the public of its issuer's place as a lockdown does (round
    ev182, issue 13: 3 such closures on the 280 allowed corpus day files had no target; the
    tuning set Uh codes "India" for "भारत ने … बंद की अवधि तीन मई तक बढ़ा दी"); so does the
    lockdown itself kept in force (:func:`lockdown_kept`, round ev200)."""
    if lockdown_kept(sv, cand):
        return True
    if cand.trig.mode != "close" or cand.first != cand.last or sv.texts[cand.first] != "बंद":
        return False
    after = sv.texts[cand.first + 1] if cand.first + 1 < len(sv.texts) else ""
    before = sv.texts[cand.first - 1] if cand.first > 0 else ""
    return after in {"की", "का", "के"} or before.endswith("व्यापी")


# The lockdown's own words ("लॉकडाउन", "लॉक डाउन", "लाकडाउन"), the thing a refused reopening
# may keep in force
_LOCKDOWN_WORDS = frozenset({"लॉकडाउन", "लाकडाउन", "लॉकडॉउन", "डाउन"})


def lockdown_kept(sv: SentenceView, cand: Candidate) -> bool:
    """Whether a reopening refused falls on the lockdown itself ("अगर … एक भी मामला प्रदेश में
    रहेगा तो लॉकडाउन नहीं खोला जाएगा", "14 अप्रैल को लॉकडाउन एक बार में नहीं खोला जाएगा"): the
    lockdown kept in force binds the public of its issuer's place as one imposed does, as a
    shutdown does (:func:`shutdown`). Round ev200 (issue 13): such a lockdown, a thing the
    glossary says, had no target at all; on the 280 allowed corpus day files the second is now
    the public of India (the prime minister's), the first stays empty (the tuning set Ug's
    "Uttar Pradesh": its officer's place is not known, so the public is dropped unplaced)."""
    if cand.trig.mode != "close" or not cand.trig.withheld:
        return False
    end = _past_adverbs(sv, cand.first - 1, 0)
    return end >= 0 and sv.texts[end] in _LOCKDOWN_WORDS


def kept_from(toks: list[Token], at: int) -> bool:
    """Whether the को at ``at`` is the object of a prevention written after it, "X को <verb>ने
    से रोकने" ("कोरोना वायरस को फैलने से रोकने के लिए"): what is kept from spreading is no
    target of the act the walk reads, and no act's object stands there (round ev182, issue 13:
    it hid the public a shutdown binds; 4 acts changed on the 280 allowed corpus day files)."""
    return at + 2 < len(toks) and _activity(toks[at + 1].text) and toks[at + 2].text == "से"
