"""What a zone declaration or a border seal rules when its own clause names nothing (issue 13,
round ev165).

Why a module of its own: :mod:`.measure_places` (round ev162) gives a curfew or a lockdown the
place it rules; a zone and a seal fall on named things, so it leaves them alone. Two of their
constructions still say what they fall on, outside the measure's own words:

* a zone declared on districts or states the sentence only counts ("असम में बंगाइगांव के अलावा
  पांच और जिले हैं जिन्हें रेड जोन घोषित किया गया है"), whose members the next sentence of the
  same paragraph lists, pointing back ("ये हैं गोलाघाट, नलबाड़ी, धुबरी, गोलपारा और मोरिगांव") or
  naming the same zone ("इनमें उत्तर प्रदेश के 19 क्षेत्र, महाराष्ट्र के 14 … रेड जोन के अंतर्गत
  आते हैं"): the listed places are the target (:func:`zone_members`);
* a seal of borders that names no owner ("जिलाधिकारी कौशल राज शर्मा ने बताया कि बॉर्डर सील
  रहेंगे"): the borders of the issuer's district, which for an officer the text places nowhere
  is the story town (:func:`.issuer.story_town`, as :func:`.measure_places.ruled_place` takes
  it), never a place people came from (:func:`sealed_borders`).

The tuning sets code these targets the same way (Ug: "Golaghat, Nalbari, Dhubri, Goalpara and
Morigaon districts"; Uk: "borders of Varanasi district"). Counted on the 280 allowed corpus day
files (docs/events-rounds.md, round ev165).
"""

from __future__ import annotations

from ..model import Argument, Event
from .candidates import Candidate
from .clause import DocContext, SentenceView, is_place, unit_actors
from .issuer import story_town
from .measure_places import _town_may_stand
from .roles import Roles

# The words of a zone trigger ("रेड जोन घोषित", "जोन में", "हॉटस्पॉट घोषित").
_ZONE_WORDS = ("जोन", "ज़ोन", "हॉटस्पॉट")
_ZONE_MODES = frozenset({"zone", "restrict"})
# Plural class nouns a zone's receivers are counted by before the trigger ("पांच और जिले हैं
# जिन्हें", "चार राज्य ऐसे हैं जिन्हें", "पांच जिला रेड जोन में रखे गये"): the sentence counts
# them and leaves their names to the next.
_COUNTED = frozenset(
    {"जिले", "जिलों", "जिला", "राज्य", "राज्यों", "इलाके", "इलाकों", "क्षेत्र", "क्षेत्रों", "शहर", "शहरों"}
)
# Words that open a list pointing back at the counted receivers ("ये हैं …", "इनमें …").
_POINTERS = frozenset({"ये", "इनमें", "इन"})
# At least two places make a list of members (one place is more often the story's setting; the 2
# lists of the 280 allowed corpus day files, round ev165, name 4 and 2 recognised places).
_MIN_MEMBERS = 2

# A bare word for borders ("बॉर्डर सील रहेंगे", "सीमाएं सील कर दी हैं") and the genitive that
# would give them an owner ("दोनों देशों की सीमाओं को", "दिल्ली की सीमाएं").
_BORDERS = frozenset({"बॉर्डर", "बार्डर", "बॉर्डरों", "सीमा", "सीमाएं", "सीमाएँ", "सीमाओं"})
_GENITIVE = frozenset({"का", "की", "के"})
_BARE_EN = "borders"


def zone_members(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each zone declaration with no target of its own the places the next sentence of its
    paragraph lists as its members; events are changed in place. Only where the declaration's
    sentence counts its receivers by a class noun before the trigger, and the next sentence
    points back ("ये हैं", "इनमें") or names the same zone ("रेड जोन")."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if (
            ev.mode not in _ZONE_MODES
            or ev.target
            or ev.negated
            or ev.sentence is None
            or not any(w in ev.trigger for w in _ZONE_WORDS)
        ):
            continue
        sv, nv = by_index.get(ev.sentence), by_index.get(ev.sentence + 1)
        if sv is None or nv is None or "\n" in text[sv.end : nv.start]:
            continue
        before = [t.text for t in sv.tokens if t.end <= ev.trigger_start]
        if not _COUNTED & set(before) or not nv.tokens:
            continue
        if nv.tokens[0].text not in _POINTERS and not _names_zone(before, nv):
            continue
        members = [u for u in nv.units if is_place(u) and u.marker != "से" and unit_actors(u)]
        idents = list(dict.fromkeys(i for u in members for i in unit_actors(u)))
        if len(idents) < _MIN_MEMBERS:
            continue
        ev.target = idents
        for u in members:
            for m in u.mentions:
                if m.entity_id in idents:
                    ev.arguments.append(Argument("target", m.text, m.start, m.end, m.entity_id))


def _names_zone(before: list[str], nv: SentenceView) -> bool:
    """Whether the next sentence names the zone of the declaration: the word before its "जोन"
    ("रेड", "ग्रीन") followed by "जोन" there too."""
    kinds = {before[k - 1] for k in range(1, len(before)) if before[k] in _ZONE_WORDS}
    kinds |= {w for w in _ZONE_WORDS if w in before}  # "… जिन्हें रेड जोन …": the kind is next
    texts = nv.texts
    return any(
        texts[k] in kinds and k + 1 < len(texts) and texts[k + 1] in _ZONE_WORDS
        for k in range(len(texts))
    )


def sealed_borders(
    sv: SentenceView, ctx: DocContext, cand: Candidate, roles: Roles, source: list[str]
) -> None:
    """Name the bare borders a seal falls on ("बॉर्डर सील रहेंगे") as the story town's, where
    the issuer is an officer or a local office the text places nowhere; the target argument's
    English is changed in place. A border with an owner ("दिल्ली की सीमाएं") or a named
    issuer's place (:func:`khabar.events.naming.name_actors` then adds it) is left alone."""
    if cand.trig.mode != "seal" or not source:
        return
    town = story_town(ctx)
    if town is None or not _town_may_stand(sv, cand, source):
        return
    for arg in roles.args:
        if arg.role != "target" or arg.text not in _BORDERS or arg.en not in (None, _BARE_EN):
            continue
        k = sv.token_starting(arg.start)
        if k is None or (k > 0 and sv.tokens[k - 1].text in _GENITIVE):
            continue
        arg.en = f"borders of {town[1]} district"
