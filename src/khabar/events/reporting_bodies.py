"""A body that reports in the passive: "गृह मंत्रालय की ओर से बताया गया कि …" (round ev189, issue 13).

Why: Hindi news gives a ministry's or a department's briefing as often in the passive, "X की ओर
से/की तरफ से बताया गया (कि)", "X की ओर से कहा गया", as in the active "X ने बताया कि"; only the
active one made X the agent whose report goes on, so the agentless acts told in and after a
passive briefing ("गृह मंत्रालय की ओर से बताया गया कि … वीजा कैंसिल कर दिया गया है । … दो नई
हेल्पलाइन की और शुरुआत की गई है", the tuning set Ul) got the authority of the dateline's place
(the Government of Delhi) instead of the ministry that briefed. Here such a unit counts as the
sentence's reporting agent for the context the later sentences read (``hindi._note_context``,
``speakers._note_speaker``) and for the speaker of its own कि-clause (``speakers._speaker``).
"""

from __future__ import annotations

from .clause import CLAUSE_BREAKS, SentenceView, Unit, unit_actors

# The speech verbs of a passive briefing, before "गया/गई/जा": "बताया गया", "कहा गया".
_SAID = frozenset({"बताया", "कहा"})
_PASSIVE_AUX = frozenset({"गया", "गई", "गयी", "जा"})
# The words of a government's information and public-relations office ("सूचना एवं जनसंपर्क
# विभाग"): it relays its government's acts as the press does (``speakers._press``), so the
# government the later rules find stays their source ("जम्मू और कश्मीर सरकार के सूचना और जनसंपर्क
# विभाग की ओर से … कहा गया है कि … बसों की आवाजाही … बंद कर दी गई है", DJ-2020-MAR-18: the
# Government of Jammu and Kashmir, not the department, on the allowed corpus day files).
_RELAYS = frozenset({"जनसंपर्क", "सूचना"})
# How many words may stand between the marker and the verb: a day or a time ("सरकार की ओर से
# रविवार को कहा गया", "… की ओर से यह बताया गया"), as the allowed corpus day files write them.
_REACH = 3
# Round ev194 (issue 13): the briefing given as a document the body issued, "X की ओर से <day>
# जारी <बुलेटिन|विज्ञप्ति|आदेश> में बताया/कहा गया", or while issuing it ("गृहमंत्रालय की ओर से
# आज हेल्थ बुलेटिन जारी करने के दौरान यह बताया गया है कि हमने …"): the issuing participle
# "जारी" between the marker and the verb lets the reach run to this many words (5 such
# briefings on the 280 allowed corpus day files, 5 to 8 words between, each the body's own)
_ISSUED = "जारी"
_ISSUED_REACH = 9


def passive_reporter(sv: SentenceView, u: Unit) -> bool:
    """The unit is the X, named (no pronoun), of "X की ओर से/की तरफ से … बताया/कहा गया": a
    body briefing in the passive (not an information office, :data:`_RELAYS`), with at most
    ``_REACH`` words between, or ``_ISSUED_REACH`` where "जारी" (the document it issued)
    stands among them."""
    if u.marker != "की ओर से" or u.anaphor or not unit_actors(u):
        return False
    toks = sv.tokens
    if any(toks[k].text in _RELAYS for k in range(u.first, u.last + 1)):
        return False
    ahead = sv.texts[u.marker_end : u.marker_end + _ISSUED_REACH + 1]
    reach = _ISSUED_REACH if _ISSUED in ahead[:_ISSUED_REACH] else _REACH
    for j in range(u.marker_end, min(u.marker_end + reach + 1, len(toks) - 1)):
        if toks[j].text in _SAID and toks[j + 1].text in _PASSIVE_AUX:
            return True
        if toks[j].text in CLAUSE_BREAKS:
            return False
    return False
