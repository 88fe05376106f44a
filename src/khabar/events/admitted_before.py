"""The health department as the issuer of an agentless isolation of people the paragraph has
just told were admitted to a hospital (round src6, issue 13).

Why a module of its own: :func:`khabar.events.health_body.hospital_issuer` and
:func:`khabar.events.premises.premises_issuer` read the hospital only in the measure's own clause
("उसे रायपुर के एम्स में क्वैरंटाइन में रखा गया है"). A report often names the hospital and the
admission first and tells the isolation in a later sentence with a pronoun for the patients
("अमृतसर के गुरु नानक देव अस्पताल में कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं । … । दोनों
व्यक्ति हाल ही में इटली से लौटे हैं । इन्हें आइसोलेशन में रखा गया है", DJ-2020-MAR-07.txt): the
isolation is then the hospital's, where the jurisdiction guess
(:func:`khabar.events.issuer.authority`) gave it to the place's district administration, which runs
quarantine centres, not wards. The dev gold's tune half codes an agentless isolation in a hospital
as the place's health department ("Panchkula health department (Civil Hospital)"); the hand gold
of the tuning pool names the hospital or the health officials of that place, never the district
administration. This reads, for an agentless isolation or quarantine whose people are a pronoun
("इन्हें", "उन्हें", "उसे", "दोनों को"), the sentences of the same paragraph just before it (and
its own words before the pronoun) for an admission to a hospital ("… अस्पताल में … भर्ती"), and
then changes the place's guessed administration into the same place's health department
(:func:`khabar.events.issuer.health_department_of`). Not a quarantine centre (the
administration's, as it was), not a measure a ने-agent of the sentence reported, not an issuer
other than a place's administration or government (a named health body, the police, a ministry),
and never across a paragraph.
"""

from __future__ import annotations

import re

from .clause import SentenceView
from .health_body import _CENTRES, _HOSPITALS
from .issuer import health_department_of
from .premises import _INSTITUTES, _town

# The measures a hospital takes on its own patients: isolation and quarantine (the lexicon's
# mode for "आइसोलेशन में", "पृथक", "क्वारंटाइन", "निगरानी में").
_MODES = frozenset({"quarantine"})
# The pronoun (or "दोनों") objects that say the people were told of before; the measure's object
# must be one of them, so that new people ("सिंगापुर और इंडोनेशिया से लौटे तीन लोगों को
# आइसोलेशन में रखा गया है", DJ-2020-MAR-07.txt) keep their own reading
_PRONOUNS = frozenset({"इन्हें", "उन्हें", "उसे", "इसे", "इनको", "उनको", "दोनों", "दोनो"})
# How many sentences before the measure the admission may be told: 4, the longest distance on
# the 280 allowed corpus day files (Amritsar: admission, source, return from Italy, isolation, 3;
# "चंडीगढ़ पीजीआई में … दंपती को … भर्ती कराया गया है । … । … । … । दोनों को आइसोलेशन वार्ड में
# रखा गया है", AU-2020-MAR-11.txt, 4)
_BACK = 4
# How many words after the hospital's "में" its "भर्ती" may stand ("गुरु नानक देव अस्पताल में
# कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं": 6; "चंडीगढ़ पीजीआई में सोमवार को बलटाना निवासी एक
# दंपती को कोरोना वायरस के संदिग्ध होने पर भर्ती कराया गया है": 13)
_TO_ADMITTED = 14
_ADMITTED = "भर्ती"
_SENTENCE_END = re.compile(r"(?<=[।?!|])\s+|(?<=\.)\s+")
_WORD = re.compile(r"\S+")


def _admitted(sentence: str) -> tuple[str, str, str] | None:
    """Where ``sentence`` tells an admission to a hospital: a hospital word (or an institute of
    :data:`khabar.events.premises._INSTITUTES`, or "मेडिकल कॉलेज"), its "में" next, and "भर्ती"
    within :data:`_TO_ADMITTED` words of it, with no quarantine centre in the sentence. The
    institute itself (id, code, name) where it is one of a known city ("चंडीगढ़ पीजीआई":
    "PGIMER Chandigarh", as :func:`khabar.events.premises.premises_issuer` names it), ``("", "",
    "")`` for any other hospital, None where no admission is told."""
    words = [w.strip(",;:'\"()") for w in _WORD.findall(sentence)]
    if not _CENTRES.isdisjoint(words):
        return None
    for k, word in enumerate(words[:-1]):
        college = word == "कॉलेज" and k > 0 and words[k - 1] == "मेडिकल"
        if not (word in _HOSPITALS or word in _INSTITUTES or college):
            continue
        if words[k + 1] != "में" or _ADMITTED not in words[k + 2 : k + 2 + _TO_ADMITTED]:
            continue
        if word not in _INSTITUTES:
            return "", "", ""
        short, own = _INSTITUTES[word]
        near = [words[j] for j in (k - 1, k - 2) if j >= 0 and words[j] != "के"][:1]
        for town in (*near, own):
            if town and (city := _town(town)) is not None:
                name = f"{short} {city[1]}"
                return f"actor:{name}", f"{city[0]} HLH", name
        return "", "", ""
    return None


def admitted_issuer(
    text: str, sv: SentenceView, first: int, mode: str, issued: tuple[str, str, str],
    reported: bool,
) -> tuple[str, str, str]:
    """The hospital's issuer for an agentless isolation (trigger at token ``first`` of ``sv``)
    of people a pronoun stands for, admitted to a hospital in the paragraph's :data:`_BACK`
    sentences before (or the sentence's own words before the pronoun): a named institute of a
    known city itself, any other hospital the health department of the guessed issuer's place
    (a place below the country); ``issued`` (id, code, name) unchanged otherwise."""
    if mode not in _MODES or reported:
        return issued
    before = sv.texts[:first]
    if _PRONOUNS.isdisjoint(before) or not _CENTRES.isdisjoint(sv.texts):
        return issued
    _, code, name = issued
    place, _, sector = code.partition(" ")
    if sector != "GOV":
        return issued
    own = next(k for k in range(first - 1, -1, -1) if before[k] in _PRONOUNS)
    told = [text[sv.start : sv.tokens[own].start]]
    para = text.rfind("\n", 0, sv.start) + 1
    back = [s for s in _SENTENCE_END.split(text[para : sv.start]) if s.strip()][-_BACK:]
    told.extend(reversed(back))  # the nearest admission first
    found = next((a for s in told if (a := _admitted(s)) is not None), None)
    if found is None:
        return issued
    if found[0]:
        return found
    return (health_department_of(name, place) if "-" in place else None) or issued
