"""Clause ends that look like a request's verb and are not one (round kh1, issue 13).

Why a module of its own: the clause checks of :mod:`khabar.events.verbforms` read a speech verb's
कि-clause as a request ("X ने कहा कि … करें": REQUEST tell_to) when its last word ends as the
polite imperative or the subjunctive does (-ें, -एं). Round kh1 read all 88 REQUEST events whose
trigger is the bare "कहा" on the 280 allowed corpus day files by the dev gold's rule (speech is
coded by what it does: demand/appeal/advice = REQUEST, praise = SUPPORT, statements of fact or
plans = no request): 86 ask (the advice "लोग घबराएं नहीं" and "घबराने की जरूरत नहीं है" included,
as the tuning sets code them), and both that do not were read as asking for a word at the clause
end that only looks like an asking verb:

- a postposition or a pronoun's dative in -ें ("… ट्विटर … एक महत्वपूर्ण और उपयोगी साधन बनकर उभरा
  है, खासकर जरूरत के समय में": praise, the tuning set Yd's SUPPORT; "में" ends as "करें" does);
- the subjunctive of a concession ("मैच तो होंगे, भले दर्शक न आएं": a plan, even if no spectators
  come), whose verb is the concession's own, as "चाहे" (already in verbforms' ``_NOT_A_REQUEST``)
  makes it; "नोएडा के छह लोगों की रिपोर्ट भले ही निगेटिव आई हो लेकिन … घर में रहना होगा" asks
  after its लेकिन and stays asked.

Counted on the 280 allowed files: of the 71 speech कि-clauses (कहा/लिखा/कहना है) whose last word
ends in -ें/-एं, 1 ends in such a non-verb ("में"); 3 speech clauses hold "भले", 1 of them ending
in the concession's subjunctive. The two predicates here are asked where verbforms reads the
clause's last word, so a clause that ends so asks nothing unless another of its checks (an
obligation, a first conjunct that asks) finds the request.
"""

from __future__ import annotations

# Words in -ें that are no verb: the postposition and the pronouns' datives and locatives
# (a closed list: of the 71 speech कि-clauses of the allowed files whose last word ends in -ें/-एं,
# 70 end on a verb and 1 on "में"; none on a plural noun)
_NOT_VERBS = frozenset(
    {
        "में",
        "हमें",
        "तुम्हें",
        "उन्हें",
        "इन्हें",
        "जिन्हें",
        "किन्हें",
        "उनमें",
        "इनमें",
        "जिनमें",
        "किनमें",
        "सबमें",
        "आपमें",
        "हममें",
    }
)
# The concession's opener ("भले", "भले ही": even if); चाहे is verbforms' _NOT_A_REQUEST already
_CONCEDING = frozenset({"भले", "भलें"})
# What ends the concession before the clause's own verb: the main clause's "लेकिन/पर/मगर/फिर भी"
# ("भले ही निगेटिव आई हो लेकिन … रहना होगा") or a comma after it
_CONCESSION_ENDS = frozenset({"लेकिन", "पर", "मगर", "परंतु", "परन्तु", "किंतु", "किन्तु", "फिर", ","})


def no_verb_end(word: str) -> bool:
    """Whether ``word``, the last of a कि-clause, is a postposition or pronoun in -ें that the
    subjunctive's ending test would take for the polite imperative ("… जरूरत के समय में")."""
    return word.replace("\u200d", "").replace("\u200c", "") in _NOT_VERBS


def conceded_end(words: list[str]) -> bool:
    """Whether the clause ``words`` ends inside a concession: a "भले (ही)" with no
    लेकिन/पर/मगर/फिर or comma after it ("मैच तो होंगे, भले दर्शक न आएं"), so that its last
    verb is the concession's subjunctive, not what the speaker asks."""
    at = next((n for n in range(len(words) - 1, -1, -1) if words[n] in _CONCEDING), None)
    return at is not None and _CONCESSION_ENDS.isdisjoint(words[at + 1 :])
