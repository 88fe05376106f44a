"""Teams sent to assess: an inspection visit, not a deployment (round rc7).

Why apart: a team formed or sent is a MOBILIZE of the lexicon's team entry, and
:func:`.kind_rules._sent_abroad` already makes one sent abroad an AID; a team formed and sent for
an assessment ("इन शहरों की स्थिति का आंकलन करने और … पता लगाने के लिए अंतर मंत्रालयों
(आईएमसीटी) की 4 केंद्रीय टीमें गठित करके यहां भेजी जा रही हैं", NT-2020-APR-25.txt) is an
inspection visit, CONSULT/visit as the development gold's tune half ("केंद्र सरकार की टीम" sent
to four states: CONSULT, plover_mode visit) and the tuning pool code it. Both questions a team's
candidate asks (sent abroad? sent to assess?) are answered here, in that order, for
:func:`khabar.events.hindi.extract_sentence`.

Only with an assessment noun before the purpose infinitive ("आकलन/जायजा/निरीक्षण … करने/लेने के
लिए/हेतु"): teams formed to survey or trace ("टीमें गठित कर घर-घर सर्वे कराने के साथ …", "…
ब्यौरा इकठ्ठा करने के लिए … जांच दल का गठन किया है") stay deployments.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView, Token
from .kind_rules import _TEAMS, _sent_abroad

# the nouns of an assessment or inspection (round rc7, the 280 allowed corpus day files: 2
# sentences hold one of them in a purpose infinitive with a team, "स्थिति का आकलन/आंकलन करने (और
# …) के लिए"; one is a team's MOBILIZE candidate, the other the teams' arrival told as a subject)
_ASSESS = frozenset({"आकलन", "आंकलन", "जायजा", "निरीक्षण", "मूल्यांकन", "समीक्षा"})
_PURPOSE_VERBS = frozenset({"करने", "लेने"})
_PURPOSE = frozenset({"लिए", "लिये"})
_AND = frozenset({"और", "तथा", "एवं", "व"})
# the infinitive that takes the purpose after a coordinated assessment ("… पता लगाने के लिए")
_INFINITIVES = frozenset({"लगाने", "देखने", "जानने", "रखने"})


def _purpose_at(toks: list[Token], k: int) -> bool:
    """Whether "के लिए/लिये" or "हेतु" starts at token k."""
    if k < len(toks) and toks[k].text == "हेतु":
        return True
    return k + 1 < len(toks) and toks[k].text == "के" and toks[k + 1].text in _PURPOSE


def _assessing(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the team's sentence, before the team, holds "<assessment noun> करने/लेने के लिए"
    ("… हेतु"), or that infinitive coordinated with another that takes the purpose ("स्थिति का
    आंकलन करने और … पता लगाने के लिए")."""
    toks = sv.tokens
    for k in range(cand.first - 1):
        if toks[k].text not in _ASSESS or toks[k + 1].text not in _PURPOSE_VERBS:
            continue
        if _purpose_at(toks, k + 2):
            return True
        if toks[k + 2].text in _AND and any(
            toks[j].text in _PURPOSE_VERBS | _INFINITIVES and _purpose_at(toks, j + 1)
            for j in range(k + 3, cand.first)
        ):
            return True
    return False


def sent_team(sv: SentenceView, cand: Candidate) -> tuple[str, str] | None:
    """The type and mode a team's MOBILIZE candidate takes instead: AID/aid when sent abroad,
    CONSULT/visit when formed or sent to assess; None for any other candidate."""
    if _sent_abroad(sv, cand):
        return "AID", "aid"  # "डॉक्टरों की एक टीम को इटली भेजेगा": help sent abroad (ev108)
    if sv.tokens[cand.first].text in _TEAMS and _assessing(sv, cand):
        return "CONSULT", "visit"
    return None
