"""The "we" of a Union ministry's official: the ministry, not the official.

Why: a ministry's joint or additional secretary briefing the press speaks for the ministry in the
first person plural ("केंद्रीय स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि हमने 10,000
वेंटिलेटर बनाने के लिए एक पीएसयू को आदेश दिया है", AU-2020-MAR-27.txt), and the clause analysis
gave the act to the speaker, the official. The tuning gold names the ministry for such a "हमने"
(Vo AU-2020-03-27-L100-e07, the health ministry's telemedicine guidelines and its request to
patients told in the same breath), as round sm1 made the ministry the source of an agentless
measure told after its official's "हमने" (:mod:`.ministry_goes_on`). An official is a person the
article writes as "<Union ministry> की/के <title of at most three words> <name>" in the act's
sentence or an earlier one (:data:`.ministry_goes_on._TITLE`): a minister named by his own title
("केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन") is no such official and keeps his acts, and so does an
official's singular "मैंने" (his own act). Round src4 (issue 13); the count over the allowed
files is in :func:`ministry_we`.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView, unit_actors
from .ministry_goes_on import _OF, _PEOPLE, _TITLE, _is_ministry
from .sentence_events import events_in_sentences

# The first person plural as the subject of a reported clause ("हमने", "हम … कर रहे हैं"; "हमनें"
# is a spelling the corpus uses, AU-2020-ARP-10.txt)
_WE = frozenset({"हम", "हमने", "हमनें"})


def ministry_we(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose one source is a person, told in a reported clause (after the last
    "कि" before its trigger) that holds a first person plural with no ने-agent of its own
    between, the Union ministry the person is written as an official of in the act's sentence or
    before it; the ministry's mention there is the new source argument (its evidence). Changed
    in place."""
    by_index = {sv.index: sv for sv in views}
    for ev, sv in events_in_sentences(events, views):
        if len(ev.source) != 1 or not ev.source[0].startswith(_PEOPLE) or not _WE & sv.words:
            continue
        trig = next((k for k, t in enumerate(sv.tokens) if t.start >= ev.trigger_start), 0)
        ki = [k for k in range(trig) if sv.texts[k] == "कि"]
        between = sv.texts[ki[-1] + 1 : trig] if ki else []
        if not _WE & set(between) or "ने" in between:
            continue
        found = _ministry_of(ev.source[0], sv.index, by_index)
        if found is None:
            continue
        person = ev.source[0]
        ev.source = [found.entity_id or ""]
        ev.arguments = [
            a
            for a in ev.arguments
            if not (a.role in {"source", "source_inferred"} and a.entity_id == person)
        ]
        ev.arguments.append(found)
        ev.target = [t for t in ev.target if t not in ev.source]


def _ministry_of(person: str, index: int, views: dict[int, SentenceView]) -> Argument | None:
    """The Union ministry written right before a genitive and at most ``_TITLE`` words of title
    before a mention of ``person``, in sentence ``index`` or the nearest earlier one that has
    it; None when none."""
    for k in range(index, -1, -1):
        sv = views.get(k)
        if sv is None:
            continue
        for u in sv.units:
            if person not in unit_actors(u):
                continue
            for v in sv.units:
                of = v.last + 1
                if of < u.first <= of + _TITLE + 1 and sv.texts[of] in _OF:
                    named = unit_actors(v)
                    if len(named) == 1 and _is_ministry(named[0]):
                        first, last = sv.tokens[v.first], sv.tokens[v.last]
                        words = " ".join(sv.texts[v.first : v.last + 1])
                        return Argument("source", words, first.start, last.end, named[0])
    return None
