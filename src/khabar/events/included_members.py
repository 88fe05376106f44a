"""The countries or states a report names as among the many that acted: "स्पेन और पुर्तगाल समेत
कई देशों ने इटली आने-जाने वाले विमानों और ट्रेनों पर … रोक लगा दी है" is Spain's and Portugal's
ban (and others'), not one of "several countries".

Why: the clause analysis takes the head of the agent phrase, "कई देशों" (several countries), and
leaves the places named before "समेत"/"सहित" (including) out of it, so the act has a source no one
can place or code. The event coders name the places the text names: the tuning set Vf's ban is
"Government of Spain, Government of Portugal", Vo's "बिहार, राजस्थान, महाराष्ट्र, झारखंड समेत कई
राज्यों ने स्पेशल ट्रेन चलाने की मांग की थी" the four state governments. The named places become
the act's sources (the KB place ids, which :func:`.parties.governments_of_places` makes their
governments, with the words that name each as its evidence); the unnamed rest is left out, as the
coders leave it. Only "including": "जापान और चीन जैसे देशों ने" (countries such as Japan and
China) gives examples of a kind, not the actors.

Issue 13, round sa10: "X (, Y …) और Z समेत/सहित कई/कुछ (अन्य) देशों/राज्यों ने" 3 times on the
280 allowed corpus day files (2 with an event, both these sets' sources); see
docs/events-rounds.md.
"""

from __future__ import annotations

from ..model import Argument, Article
from .arguments import Roles
from .clause import SentenceView

# The head nouns of a group of governments, with the KB place kinds its members must be of.
_GROUPS = {"देशों": ("country",), "राज्यों": ("-state", "-province", "-nation")}
# The words that may stand before the head: a quantifier ("कई", "कुछ", "तमाम"), "अन्य".
_QUANTIFIERS = frozenset({"कई", "कुछ", "अनेक", "तमाम", "दर्जनों", "अन्य"})
# "including": the places before it are members of the group named after it.
_INCLUDING = frozenset({"समेत", "सहित"})
# What joins the members of the list before "समेत".
_JOINS = frozenset({",", "और", "व", "तथा", "एवं"})


def included_members(
    article: Article, sv: SentenceView, roles: Roles, source: list[str]
) -> list[str]:
    """``source`` with a quantified group of countries or states written after a list of them
    and "समेत"/"सहित" ("स्पेन और पुर्तगाल समेत कई देशों") replaced by the listed places' KB ids,
    each given a source argument of its own words; as it is where the words before the group
    are not such a list (:func:`_members`)."""
    for arg in [a for a in roles.args if a.role == "source"]:
        ident = arg.entity_id or ""
        if not ident.startswith("text:") or ident not in source:
            continue
        members = _members(article, sv, arg)
        if not members:
            continue
        roles.args.remove(arg)
        roles.args.extend(members)
        at = source.index(ident)
        source = source[:at] + [m.entity_id or "" for m in members] + source[at + 1 :]
    return list(dict.fromkeys(source))


def _members(article: Article, sv: SentenceView, arg: Argument) -> list[Argument]:
    """The source arguments of the places listed right before "समेत"/"सहित" before ``arg``, a
    group ("कई देशों"); none unless every item of the list is a KB place of the group's kind."""
    words = arg.text.split()
    if not words or words[-1] not in _GROUPS or not all(w in _QUANTIFIERS for w in words[:-1]):
        return []
    kinds = _GROUPS[words[-1]]
    toks = sv.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= arg.start), 0)
    if k < 2 or toks[k - 1].text not in _INCLUDING:
        return []
    places = {
        m.end: m
        for m in article.mentions
        if (m.entity_id or "").startswith("kb:")
        and (m.entity_id or "").removeprefix("kb:").split("/", 1)[0].endswith(kinds)
    }
    found: list[Argument] = []
    j = k - 2
    while j >= 0:
        m = places.get(toks[j].end)
        if m is None or m.start < sv.start:
            return []
        found.append(Argument("source", m.text, m.start, m.end, m.entity_id))
        j = next((i for i in range(j, -1, -1) if toks[i].start <= m.start), 0) - 1
        if j < 0 or toks[j].text not in _JOINS:
            break
        j -= 1
    return found[::-1]
