"""The Union ministry whose official reports an agentless passive measure: the ministry, not the official.

Why a module of its own: round sr1 of 2026-12-07 (issue 13, audit au11: the reporting official
made the doer of a decision told in the passive). A ministry's joint or additional secretary
briefing the press tells what the ministry or the government did, in the passive ("लव अग्रवाल ने
कहा, यूएई, कतर, ओमान और कुवैत से आने वाले यात्रियों के लिए 14 दिनों का विशेष निगरानी रखा गया है",
DJ-2020-MAR-16.txt, au11 n80; "गृह मंत्रालय में संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने जानकारी दी
कि राज्यों … से … व्यवस्था करने का अनुरोध किया गया है", AU-2020-MAR-27.txt): he made no such
decision himself. Round sm1's :func:`khabar.events.body_officials.body_official` reads the
ministry only where the official's title stands in the act's own sentence, written with a
genitive ("… के/की <title> <name>"); a live blog or a briefing's report names the title once and
then goes on "- लव अग्रवाल ने कहा, …" for each point, the title sometimes only in a later item
(live blogs run newest first), and the title is also written with "में" ("स्वास्थ्य मंत्रालय में
संयुक्त सचिव लव अग्रवाल"). The dev gold's tune half names the government for such a reported
passive (NT-2020-05-05-L1: the home ministry's joint secretary's "… शुरू की जाएगी", the
Government of India), the tuning set Xb the states with the health ministry also right
("स्वास्थ्य मंत्रालय में संयुक्त सचिव लव अग्रवाल ने कहा कि … अस्पताल नामित कर दिये गये हैं"),
and the speaker only where he acts himself (his request "… अपनाएं", AU-2020-04-20-L50, stays
his; so does a minister, "महाराष्ट्र की शिक्षा मंत्री … ने कहा कि … रद्द कर दिया गया है").

An official is a person the article writes, in any sentence, as "<Union ministry> के/की/में
<title> <name>" with a civil servant's or a spokesman's title word among at most three words
(:data:`_TITLE_WORDS`; a minister is no such official). His event is changed when he is its one
source without being its written agent (no ``source`` argument of his: the speaker or the
reporter carried over), its trigger is followed in its clause by a passive auxiliary, and it is
no punishment or warning to come (the speaker's own, as ``acting.district_body`` keeps it).
A state's official ("स्वास्थ्य विभाग के प्रधान सचिव") is left alone: his department's state is
the article's guess (round sm1). Counted on the 280 allowed corpus day files: in docs/events-rounds.md.
"""

from __future__ import annotations

from ..model import Argument, Event
from .acting import _PUNISHMENTS
from .clause import CLAUSE_BREAKS, SentenceView, unit_actors
from .ministry_goes_on import _PEOPLE, _is_ministry
from .roles import PASSIVE
from .sentence_events import events_in_sentences

# The links between a ministry and its official's title: the genitive, and "में" ("स्वास्थ्य
# मंत्रालय में संयुक्त सचिव लव अग्रवाल", "गृह मंत्रालय में संयुक्त सचिव पुण्य सलिला श्रीवास्तव",
# the allowed corpus day files)
_LINKS = frozenset({"के", "की", "में"})
# At most this many words of title between the link and the name ("संयुक्त सचिव", "अतिरिक्त
# सचिव", "वरिष्ठ अधिकारी"), as round sm1 read them
_TITLE = 3
# One of them must be an official's title word: a secretary, a spokesman, an officer, a director
# (not "मंत्री": a minister announces his ministry's acts as his own, as the dev gold codes them;
# not a bare place or time word after "में", "मंत्रालय में आज लव अग्रवाल ने …")
_TITLE_WORDS = frozenset({"सचिव", "सेक्रेटरी", "सेक्रेट्री", "प्रवक्ता", "अधिकारी", "निदेशक", "महानिदेशक"})
# How far after the trigger its passive auxiliary may stand ("निगरानी रखा गया है", "लाया गया है",
# "को अनुमति दी गई है", "बंद कर दिए गए हैं"): 4 tokens, the longest light verb complex the
# round's changes read
_AUX_REACH = 4
# The postposition of a passive's written agent
_AGENT = "द्वारा"
# Acts that stay the speaker's: a warning (THREATEN) and a punishment to come
_OWN_TYPES = frozenset({"THREATEN"})


def _passive_after(sv: SentenceView, ev: Event) -> bool:
    """The trigger of ``ev`` is followed, within ``_AUX_REACH`` tokens of its clause, by a
    passive auxiliary ("… रखा गया है", "… किया जाएगा"), and its clause writes no agent with
    "द्वारा" before it ("… ने कहा कि कई देशों की सरकार द्वारा अनुरोध किया गया था",
    AU-2020-ARP-10.txt: the governments', whom round sm1's rule never reaches either)."""
    before = [k for k, t in enumerate(sv.tokens) if t.end <= ev.trigger_start]
    for k in reversed(before):
        if sv.texts[k] in CLAUSE_BREAKS:
            break
        if sv.texts[k] == _AGENT:
            return False
    after = [k for k, t in enumerate(sv.tokens) if t.start >= ev.trigger_end]
    for k in after[:_AUX_REACH]:
        if sv.texts[k] in CLAUSE_BREAKS:
            return False
        if sv.texts[k] in PASSIVE:
            return True
    return False


def _ministry_in(sv: SentenceView, person: str) -> Argument | None:
    """The Union ministry sentence ``sv`` writes ``person`` an official of, with its mention."""
    for u in sv.units:
        if u.anaphor or person not in unit_actors(u):
            continue
        for v in sv.units:
            at = v.last + 1
            if not (at < u.first <= at + _TITLE + 1 and sv.texts[at] in _LINKS):
                continue
            if _TITLE_WORDS.isdisjoint(sv.texts[at + 1 : u.first]):
                continue
            named = unit_actors(v)
            if len(named) == 1 and _is_ministry(named[0]) and not v.anaphor:
                first, last = sv.tokens[v.first], sv.tokens[v.last]
                words = " ".join(sv.texts[v.first : v.last + 1])
                return Argument("source", words, first.start, last.end, named[0])
    return None


def _ministry_of(person: str, index: int, views: list[SentenceView]) -> Argument | None:
    """The ministry the article writes ``person`` an official of: in sentence ``index`` or
    the nearest earlier one that does, else the nearest later one (a live blog's newest item
    first); None when no sentence does or two ministries are named for him."""
    order = sorted(views, key=lambda sv: (sv.index > index, abs(sv.index - index)))
    found = [a for sv in order if (a := _ministry_in(sv, person)) is not None]
    if not found or len({a.entity_id for a in found}) != 1:
        return None
    return found[0]


def official_passives(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose one source is a Union ministry's official (see the module's
    docstring), not written as its agent, whose trigger is passive and that is no warning or
    punishment to come, the ministry; the ministry's mention is the new source argument (its
    evidence). Changed in place."""
    for ev, sv in events_in_sentences(events, views):
        if len(ev.source) != 1 or not ev.source[0].startswith(_PEOPLE):
            continue
        person = ev.source[0]
        if any(a.role == "source" and a.entity_id == person for a in ev.arguments):
            continue  # he is the clause's written agent
        if ev.type in _OWN_TYPES or (ev.mode in _PUNISHMENTS and ev.modality == "planned"):
            continue
        if not _passive_after(sv, ev):
            continue
        found = _ministry_of(person, sv.index, views)
        if found is None:
            continue
        ev.source = [found.entity_id or ""]
        ev.arguments = [
            a for a in ev.arguments if not (a.role == "source_inferred" and a.entity_id == person)
        ]
        ev.arguments.append(found)
        ev.target = [t for t in ev.target if t not in ev.source]
