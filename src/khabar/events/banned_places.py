"""The facility where a banned activity is done, as the ban's target (issue 13, round ta8).

Why a module of its own: a ban that names an activity and no one who does it ("सार्वजनिक
स्थानों और कार्यालयों में थूकने पर पाबंदी", "सभी सिनेमाघरों, मल्टीप्लेक्स में फिल्मों के संचालन
पर रोक", "मस्जिदों में नमाज अदा करने तक पर पाबंदी") binds whoever is in the place it names, as a
ban on going into a facility does ("पार्कों और बागों में जाने पर रोक", round ev118, which the
annotators code "parks and gardens … (visitors)"): the place stands for the people in it. The
activity alone names nobody (round ev89 leaves "फिल्मों के संचालन" and an infinitive with no
target), so such a ban had none: three of the 147 real events of round ta8's audit, the kind
that round ta6's audit also saw three times (a measure "X में …" with its place unread).

A settlement, an area or a jurisdiction is no such place ("पूरे देश में आवाजाही पर प्रतिबंध",
"कई राज्यों में … हाजिरी बनाने पर रोक", "गांव में जाने पर रोक"): the ban then binds the public
of a territory, which the older rules name (:data:`AREAS`, moved here from the targets rules,
round rv16's list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import Roles, _act, _activity
from .clause import SentenceView, Unit
from .gloss import gloss, names_people
from .glossary import names_actor
from .possessors import _phrase_before

if TYPE_CHECKING:
    from .candidates import Candidate

# Settlements and areas are where people live, not a facility visited: a ban on going into a
# village, a neighbourhood, a zone or homes bars outsiders, whom it does not name ("गांव में
# जाने पर रोक" was "village", "बाहरी लोगों के गांव में प्रवेश पर रोक" "village of outside
# people"; review rv16). The glossary's English heads of such words.
AREAS = frozenset(
    {"village", "villages", "area", "areas", "neighbourhood", "neighbourhoods", "district"}
    | {"districts", "state", "states", "country", "countries", "border", "borders", "home"}
    | {"homes", "zone", "zones", "sector", "sectors", "housing society", "colony", "colonies"}
)

# The most words between the facility's "में" and the ban's "पर": the activity with its object
# or manner ("बिना मास्क के जाने", "अंडा, चिकन व अन्य जानवरों की खरीद-फरोख्त" is 8). Tuned on
# the 280 allowed corpus day files (round ta8): the longest activity of a ban there is 6 words.
_REACH = 6
# Words that end the activity phrase read back from "पर": another clause or phrase begins.
_STOPS = frozenset({"ने", "को", "से", "पर", "कि", "और", "तथा", "व", "एवं", ",", "।", "(", ")"})
# Particles after the activity and before "पर" ("नमाज अदा करने तक पर", "… पर भी").
_PARTICLES = frozenset({"तक", "भी", "ही"})
_GENITIVE = frozenset({"के", "की", "का"})


def an_area(text: str) -> bool:
    """Whether a phrase's head (its last word) is a settlement or area (:data:`AREAS`)."""
    words = text.split()
    return bool(words) and gloss(words[-1]) in AREAS


def place_of_banned_act(
    sv: SentenceView, cand: Candidate, start: int, end: int, units: list[Unit], roles: Roles
) -> bool:
    """Whether a ban on an activity ("X में <activity> पर रोक/पाबंदी/प्रतिबंध", ``end`` the word
    before "पर") found its target in the facility X where the activity is done: taken when the
    activity ends in an infinitive or a word the glossary calls an activity (थूकने, संचालन,
    हाजिरी), the words between "में" and "पर" name no people and hold no genitive owner the
    glossary says (whose activity it is, the older rules' target), and the phrase before "में" is one
    the glossary says as a facility or body (never people, whose ban names them otherwise, nor a
    settlement, area or jurisdiction: :func:`an_area`)."""
    if cand.trig.type not in {"COERCE", "SANCTION"}:
        return False
    toks = sv.tokens
    last = end
    while last > start and toks[last].text in _PARTICLES:
        last -= 1
    if not (_activity(toks[last].text) or _act(toks[last].text)):
        return False
    at = next(
        (
            k
            for k in range(last - 1, max(start, last - _REACH) - 1, -1)
            if toks[k].text == "में" or toks[k].text in _STOPS
        ),
        None,
    )
    if at is None or toks[at].text != "में" or at - 1 < start:
        return False
    if any(
        toks[k].text in _GENITIVE and gloss(sv.text_of(at + 1, k - 1)) is not None
        for k in range(at + 2, last)
    ) or names_people(sv.text_of(at + 1, last)):
        # "अकादमी परिसर में बाहरी व्यक्तियों के प्रवेश पर": whom it bars is named; "स्कूलों में
        # कक्षाओं के संचालन पर": whose running, said, is the target (round ev89's reading)
        return False
    n_args, n_target = len(roles.args), len(roles.target)
    _phrase_before(sv, start, at, units, roles)
    added = [a for a in roles.args[n_args:] if (a.entity_id or "").startswith("text:")]
    if (
        len(roles.target) > n_target
        and added
        and len(added) == len(roles.args) - n_args
        and all(names_actor(a.text) and not names_people(a.text) and not an_area(a.text) for a in added)
    ):
        return True
    del roles.args[n_args:]
    del roles.target[n_target:]
    return False
