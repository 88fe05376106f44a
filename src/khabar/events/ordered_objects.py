"""The target of an ordered or decided act: what the order's complement acts on.

Why a module of its own: an order, instruction or decision told as a noun ("… के आदेश दिए",
"… का निर्देश", "… का फैसला") with an infinitive complement often names no addressee, and then
whom or what the order is about stands inside the complement, as the object of the act it orders,
marked by that act's own postposition: "सभी पोल्ट्री फार्म पर जांच करने के आदेश" (the farms
inspected), "… के खिलाफ कार्रवाई करने के निर्देश" (whom action is taken against), "… अन्य वाहनों
का संचालन बंद कराए जाने का निर्देश" (the vehicles stopped), "निजामुद्दीन से लौटे लोगों के बारे
में पता लगाने के आदेश" (the people traced). The genitive of an inspection ("X की जांच कराने के
आदेश") is :func:`khabar.events.possessors.people_of_the_noun`'s; an order with a को-addressee is
:mod:`khabar.events.addressees`' (the annotators code the addressee as its target: "एनडीएमसी …
के अधिकारियों को … संक्रमणमुक्त करने का निर्देश", "नगर निगम … को … अभियान चलाए जाने का
निर्देश", tuning set Uk), and an order folded into the measure it orders ("दुकानों को बंद करने का
आदेश") is the measure's. Here too, whom a passive order is given to when its complement cannot
take its only को-phrase as its own object (:func:`passive_addressee`: "सुरक्षा बलों को …
प्रक्रियाओं पर रोक लगाने के लिए कहा गया है"). :func:`khabar.events.roles.assign_roles` calls both in one place,
when nothing else gave the act a target. Issue 13, round ev160.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import Roles
from .clause import MARKERS_1, SentenceView, Token, Unit, is_break
from .gloss import names_people
from .glossary import names_actor
from .possessors import _falls_on, _phrase_before, _taken

if TYPE_CHECKING:
    from .candidates import Candidate

# The nouns of an order or a decision that carry an infinitive complement (Hindi usage, not fitted)
ORDER_NOUNS = frozenset(
    {"आदेश", "आदेशों", "निर्देश", "निर्देशों", "फैसला", "फैसले", "फ़ैसला", "निर्णय", "हिदायत"}
)
_LINK = frozenset({"का", "के", "की"})
_PARTICLES = frozenset({"भी", "ही"})
# The verb words of the complement between its act noun and the link: the infinitive, a causative
# passive "कराए जाने", "किए जाने" and the support verbs of the act nouns below
_VERB_WORDS = frozenset(
    {
        "करने",
        "कराने",
        "करवाने",
        "रखने",
        "लगाने",
        "जाने",
        "किए",
        "किये",
        "कराए",
        "कराये",
        "करवाए",
    }
)
# Manner words an act noun may carry ("सख्त कार्रवाई करने", "कड़ी नजर रखने"), Hindi usage
_MANNER = frozenset({"सख्त", "सख़्त", "कड़ी", "कठोर", "तत्काल", "तुरंत", "उचित", "आवश्यक", "कानूनी"})
# Act nouns by the postposition of what they fall on (Hindi grammar, not fitted): an inspection,
# an action or a watch falls on its पर-object; an action, a case or an inquiry on its "के
# खिलाफ"-object; an operation or movement stopped ("का संचालन बंद") on its genitive; finding out
# ("के बारे में पता लगाने") on what it is about. "X पर रोक लगाने का फैसला" is left out: the ban
# is its own trigger, and an identification or arrangement names what is found or provided.
_ON_PAR = frozenset({"जांच", "जाँच", "कार्रवाई", "कार्यवाही", "नजर", "नज़र", "निगरानी"})
_AGAINST = frozenset(
    {"जांच", "जाँच", "कार्रवाई", "कार्यवाही", "मुकदमा", "केस", "एफआईआर", "प्राथमिकी"}
)
_AGAINST_WORDS = frozenset({"खिलाफ", "ख़िलाफ़", "विरुद्ध", "विरूद्ध"})
_OPERATIONS = frozenset({"संचालन", "परिचालन", "आवागमन", "आवाजाही"})
_FINDING = frozenset({"पता", "जानकारी"})
# After the order noun, a frame that makes it the reason of another act ("के आदेश पर")
_FRAME_AFTER = frozenset({"पर", "से", "के", "अनुसार", "मुताबिक"})
# Words after "को" that make it part of a frame, no addressee: cause or topic ("को देखते हुए",
# "को लेकर") and exception ("वाहनों को छोड़कर अन्य वाहनों"), Hindi grammar
_KO_FRAMES = frozenset(
    {"देखते", "देख", "लेकर", "ध्यान", "मद्देनजर", "मद्देनज़र"}
    | {"\u091b\u094b\u0921\u093c\u0915\u0930", "\u091b\u094b\u095c\u0915\u0930"}  # छोड़कर, both nukta forms
)


def _complement_act(toks: list[Token], start: int, first: int) -> tuple[int, bool] | None:
    """The act noun of an order's complement and whether it is stopped ("बंद"): read back from
    the order noun at ``first`` over particles, the link, the verb words, "बंद" and one manner
    word; None when the complement is no such act."""
    i = first - 1
    while i > start and toks[i].text in _PARTICLES:
        i -= 1
    if i <= start or toks[i].text not in _LINK:
        return None
    i -= 1
    verbs = 0
    while i > start and toks[i].text in _VERB_WORDS:
        i -= 1
        verbs += 1
    if not verbs:
        return None
    stopped = toks[i].text == "बंद"
    if stopped:
        i -= 1
    if i > start and toks[i].text in _MANNER:
        i -= 1
    return (i, stopped) if i > start else None


def _object_marker(toks: list[Token], start: int, act: int, stopped: bool) -> int | None:
    """Where the postposition of what the act at ``act`` falls on starts (the phrase ends right
    before it), or None when the act noun takes no such object there."""
    noun, before = toks[act].text, toks[act - 1].text
    if before == "पर" and noun in _ON_PAR and not stopped:
        return act - 1
    if before in _AGAINST_WORDS and noun in _AGAINST and act - 2 > start and toks[act - 2].text == "के":
        return act - 2
    if before in _LINK and noun in _OPERATIONS and stopped:
        return act - 1
    if (
        noun in _FINDING
        and before == "में"
        and act - 3 > start
        and toks[act - 2].text == "बारे"
        and toks[act - 3].text == "के"
    ):
        return act - 3
    return None


def _addressed(sv: SentenceView, start: int, at: int) -> bool:
    """Whether a को-phrase (no date, no "को लेकर"/"को देखते हुए" frame) stands in the clause
    before the complement's object: whom the order is given to, the addressees' rules' target."""
    toks = sv.tokens
    for j in range(start, at):
        if toks[j].text != "को" or j - 1 in sv.dated:
            continue
        if j + 1 < len(toks) and toks[j + 1].text in _KO_FRAMES:
            continue
        return True
    return False


def ordered_object(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles, passive: bool
) -> None:
    """The target of an order or decision told as a noun with no addressee: what its
    complement's act falls on, "स्थानीय प्रशासन ने … सभी पोल्ट्री फार्म पर जांच करने के आदेश
    दिए" (the farms), "… अन्य वाहनों का संचालन बंद कराए जाने का निर्देश दिया" (the vehicles).
    The postpositions read (पर, "के खिलाफ", "के बारे में", the genitive of an operation stopped)
    never mark who gives the order, so unlike a genitive before the order noun no agent is
    needed (", साथ ही … लोगों के बारे में पता लगाने के आदेश भी दिए": the agent stands in the
    clause before). Taken only when no frame follows the order noun ("के आदेश पर"), when no
    को-addressee stands before (its rules decide), and when the phrase names people or a glossary
    noun of businesses, places of business or services (as the genitive of an inspection is
    taken: :func:`khabar.events.possessors.people_of_the_noun`); an act that needs a target is
    kept or dropped on its own words, and an agentless passive order is left alone, so no event
    is found that was not."""
    if roles.target or cand.trig.requires_target or cand.trig.type not in {"COERCE", "REQUEST"}:
        return
    if passive and cand.trig.mode == "order":
        return  # an agentless order's fate hangs on its target (:func:`passive_addressee`)
    toks = sv.tokens
    if toks[cand.first].text not in ORDER_NOUNS:
        return
    if cand.last + 1 < len(toks) and toks[cand.last + 1].text in _FRAME_AFTER:
        return
    found = _complement_act(toks, start, cand.first)
    if found is None:
        return
    act, stopped = found
    at = _object_marker(toks, start, act, stopped)
    if at is None or at - 1 < start or toks[at - 1].text in MARKERS_1:
        return
    if any(is_break(toks, j) for j in range(at, cand.first)) or _addressed(sv, start, at):
        return
    n_args = len(roles.args)
    _phrase_before(sv, start, at, units, roles)
    added = roles.args[n_args:]
    if roles.target and all(_falls_on(a, True) for a in added) and not _taken(added, roles.args[:n_args]):
        return
    del roles.args[n_args:]
    roles.target.clear()


# The passive auxiliaries of an order or request given with no agent named ("… का आदेश दिया गया
# है", "… के लिए कहा गया है")
_PASSIVE_AUX = frozenset({"गया", "गई", "गए", "गयी", "गये", "गईं", "गयीं", "जाए", "जाएं"})
# Infinitives of the intransitive acts an order asks of people ("घरों में रहने", "बाहर न निकलने"):
# they take no object, so a को-phrase before them is whom the order is given to (Hindi grammar)
_INTRANSITIVE = frozenset({"रहने", "बैठने", "निकलने", "लौटने", "रुकने", "ठहरने"})
# Act nouns that take their object with पर when the complement is a measure ("… प्रक्रियाओं पर रोक
# लगाने के लिए कहा गया है"): with _ON_PAR, the acts whose object is never the को-phrase
_ON_PAR_MEASURES = _ON_PAR | {"रोक", "प्रतिबंध", "पाबंदी"}
_CLAUSE_OPENERS = frozenset({"कि", "जो", "जिसमें", "जिसके", "ने", "द्वारा"})
_AGENT_WORDS = frozenset({"उन्होंने", "इन्होंने", "उसने", "इसने", "मैंने", "हमने"})
# Pointing words and pronouns before "को": an antecedent for the anaphora, no phrase here
_POINTING = frozenset({"उन्हें", "इन्हें", "उसे", "इसे", "उन", "इन", "किसी", "सभी", "सब", "दोनों"})


def _infinitive_before(toks: list[Token], cand: Candidate) -> int | None:
    """The complement's infinitive of an order noun ("… रहने का आदेश") or of a request verb that
    opens with its link ("… लगाने के लिए कहा", "… करने को कहा"); None when there is none."""
    i = cand.first - 1
    if toks[cand.first].text in ORDER_NOUNS:
        while i > 0 and toks[i].text in _PARTICLES:
            i -= 1
        if i < 1 or toks[i].text not in _LINK:
            return None
        i -= 1
    elif toks[cand.first].text not in {"को", "के"}:
        return None
    return i if i >= 0 and toks[i].text.endswith("ने") else None


def _own_object_start(toks: list[Token], inf: int) -> int | None:
    """Where the complement's own object or place ends its reach: the infinitive itself when it is
    intransitive, else the postposition of a पर-object of a measure or
    action noun ("प्रक्रियाओं पर रोक लगाने", "फार्म पर जांच करने"); None when the complement may
    take the को-phrase as its own object ("दुकानों को बंद करने")."""
    if toks[inf].text in _INTRANSITIVE:
        return inf
    i = inf
    while i > 0 and toks[i].text in _VERB_WORDS:
        i -= 1
    if i == inf:
        return None
    while i > 0 and toks[i].text in _MANNER:
        i -= 1
    if i > 1 and toks[i].text in _ON_PAR_MEASURES and toks[i - 1].text == "पर":
        return i - 1
    return None


def passive_addressee(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """Whom a passive request is made of when its complement cannot take its only को-phrase as
    its own object: "सुरक्षा बलों को … प्रक्रियाओं पर रोक लगाने के लिए कहा गया है" (the ban's
    object is marked पर; the ban's trigger ends the request's own words, so the clause is read
    back across it), "… को घरों में ही रहने के लिए कहा गया है" (to stay takes no object). A passive
    order (mode "order") is left alone on purpose, as
    :func:`khabar.events.addressees.addressee_before_complement` leaves it: whether an agentless
    order is an event at all hangs on its target (an order with one names whom it binds and gets
    a guessed issuer; one without is kept only as a present perfect measure where an authority
    acts, :func:`khabar.events.voice.ordered_passive`), so a target found here made "लोगों को
    घरों में ही रहने का आदेश दिया गया था" (a story told) and the same order with no authority named
    events (tests/test_events_recall23.py), and 2 such orders on the allowed corpus day files.
    The clause ends at a break, "कि", a relative or an agent; a date's को and a frame's ("को
    लेकर") are no addressee, a pronoun is left to the anaphora, and the phrase must name people
    or a body. Issue 13, round ev160 (tuning set Uh: the services asked to halt purchases)."""
    if roles.target or any(a.role == "target" for a in roles.args):
        return
    if cand.trig.type != "REQUEST" or cand.trig.mode == "order" or _PASSIVE_AUX.isdisjoint(cand.verb):
        return  # an order's fate hangs on its target: see above
    toks = sv.tokens
    inf = _infinitive_before(toks, cand)
    if inf is None:
        return
    end = _own_object_start(toks, inf)
    if end is None:
        return
    marks: list[int] = []
    lo = 0
    for j in range(end - 1, -1, -1):
        word = toks[j].text
        if is_break(toks, j) or word in _CLAUSE_OPENERS or word in _AGENT_WORDS:
            lo = j + 1
            break
        if word != "को" or j < 1 or j - 1 in sv.dated:
            continue
        if j + 1 < len(toks) and toks[j + 1].text in _KO_FRAMES:
            continue
        marks.append(j)
    if len(marks) != 1:
        return
    at = marks[0]
    if toks[at - 1].text in _POINTING or toks[at - 1].text in MARKERS_1:
        return
    units = [u for u in sv.units if u.first >= lo and u.marker_end <= at + 1]
    n_args = len(roles.args)
    _phrase_before(sv, lo, at, units, roles)
    added = roles.args[n_args:]
    if roles.target and all(_someone(a) for a in added):
        return
    del roles.args[n_args:]
    roles.target.clear()



def _someone(arg: Argument) -> bool:
    """Whether a phrase names someone an order can be given to: an entity that is no text, or a
    text the glossary reads as people or an actor (not a thing: "धारा 144 को लागू करने")."""
    ident = arg.entity_id or ""
    return not ident.startswith("text:") or names_people(arg.text) or names_actor(arg.text)
