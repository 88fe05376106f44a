"""The state government a state's chief secretary reports an agentless measure of.

Why a module of its own: round sr1 (issue 13, wrong sources). Rounds ev120/ev202
(:func:`khabar.events.acting.district_body`) read an agentless passive that a district officer,
a chief medical officer or a chief minister reports ("जिलाधिकारी ने बताया कि … क्वारंटाइन कर
दिया गया था") as the body he speaks for, in the measure's own sentence and carried over into the
next ones (:mod:`khabar.events.carried_bodies`). A state's chief secretary ("मुख्य सचिव", "अपर
मुख्य सचिव", "प्रमुख सचिव": the actor dictionary's "{place} Chief Secretary") kept being the
source himself: "उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने … बताया कि इन जिलों के हॉटस्पॉट
इलाकों को 15 अप्रैल तक पूरी तरह से सील किया जाएगा । इन 15 जगहों पर कोई भी दुकान नहीं
खुलेंगी" (DH-2020-ARP-08.txt), while the tuning sets' gold codes such a measure as the state's
government (POOL_fresh2 DH-2020-04-08-L11-e03; AU-2020-04-08-L17-e01, the additional chief
secretary's, with the officer only also right): the chief secretary heads the state's
administration and announces its decisions, he does not decide them alone. What he does himself
(an order or letter he gives, a request in his words, a warning to come) stays his, as the
district officer's does.
"""

from __future__ import annotations

# The actor dictionary's English of the state secretariat's head (actors_hi.yaml: "मुख्य सचिव",
# "अपर मुख्य सचिव", "प्रमुख सचिव" -> "{place} Chief Secretary", placed in a state)
_CHIEF_SECRETARY = " Chief Secretary"
# A bare "the state('s)" before the title names no state: its place is the article's guess, which
# in a national round-up is the dateline's ("राज्य के मुख्य सचिव लालनुनमाविया चुआंगो ने बताया कि …
# सीमाओं को सील किया जाएगा", PK-2020-MAR-09.txt, Mizoram's secretary in a story from Delhi,
# became the Government of Delhi in a first form of this rule)
_BARE_STATES = frozenset({"राज्य", "प्रदेश", "सूबे", "सूबा"})
_TITLE_STARTS = frozenset({"मुख्य", "अपर", "प्रमुख"})
# what stands before such a bare word: the sentence's or clause's start, a demonstrative
_BEFORE_BARE = frozenset({"इस", "उस", "इसी", "उसी", ",", "और", "कि", "तो", "वहीं", "वहीं,"})


def state_government(name: str, place: str, texts: list[str]) -> tuple[str, str, str] | None:
    """(id, code, name) of the state government whose chief secretary the office ``name``
    ("Uttar Pradesh Chief Secretary") placed in ``place`` (a state's code, "IND-Uttar_Pradesh")
    is; None for any other office, one of no state (a bare "chief secretary", a country) and
    where the sentence's words ``texts`` write the title after a bare "राज्य के" (a guessed state)."""
    if not name.endswith(_CHIEF_SECRETARY) or "-" not in place:
        return None
    if any(
        texts[i] in _BARE_STATES and texts[i + 1] == "के" and texts[i + 2] in _TITLE_STARTS
        and (i == 0 or texts[i - 1] in _BEFORE_BARE)  # not "उत्तर प्रदेश के मुख्य सचिव"
        for i in range(len(texts) - 2)
    ):
        return None
    state = name.removesuffix(_CHIEF_SECRETARY)
    if not state:
        return None
    return f"actor:Government of {state}", f"{place} GOV", f"Government of {state}"
