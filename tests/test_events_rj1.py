"""Issue 13, round rj1 (denials of rumours and claims): a saying whose कि-clause calls a claim
false ("… ने … कहा कि, यह खबर बिल्कुल गलत हैं") or says there is no evidence for a rumour the
sentence names ("इन अफवाहों को लेकर … ने … कहा कि यह ऐसा कोई वैज्ञानिक प्रमाण नहीं है कि …")
denies it: a REJECT from the speaker, no target where no actor made the claim
(`events/denied_claims`, read by `events/clarified.deny_such`). Sentences from the allowed corpus
day files; the negatives are the near-misses the rule must leave alone."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from khabar.events.clause import SentenceView
from khabar.events.denied_claims import denies_claim

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-05")


def _rejects(text: str, dct: str) -> list[tuple[str, str, list[str], str]]:
    art = analysed(text, dct)
    return [
        (e.trigger, e.mode, target_names(art, e), e.modality)
        for e in art.events
        if e.type == "REJECT"
    ]


def test_no_evidence_for_a_named_rumour_is_a_denial() -> None:
    # DH-2020-MAR-05.txt:14 (a core REJECT of the tuning pool Y, missed at main)
    text = (
        "इन अफवाहों को लेकर एफएसएसएआई प्रमुख जी एस अयंगर ने गुरुवार को कहा कि यह ऐसा कोई"
        " वैज्ञानिक प्रमाण नहीं है कि कोरोनोवायरस चिकन, मटन और सीफूड खाने से फैलता है ।"
    )
    art = analysed(text, "2020-03-05")
    [ev] = [e for e in art.events if e.type == "REJECT"]
    assert (ev.trigger, ev.mode, ev.modality, ev.date) == ("कहा", "deny", "happened", "2020-03-05")
    assert target_names(art, ev) == []
    [src] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[src.start : src.end] == "जी एस अयंगर"


def test_a_report_called_false_is_a_denial() -> None:
    # PK-2020-MAR-09.txt:89: the comma after कि is kept by the clause
    text = "लेकिन कुछ स्वास्थ्य चिकित्सकों ने इसे सिरे से नकारते हुए कहा कि, यह खबर बिल्कुल गलत हैं."
    assert _rejects(text, "2020-03-09") == [("कहा", "deny", [], "happened")]


def test_no_evidence_without_a_rumour_named_is_no_denial() -> None:
    # DJ-2020-MAR-07.txt:3: what science knows; no claim named before the saying
    text = (
        "माइक रायन ने शुक्रवार को जिनेवा में कहा कि कोविड-19 (कोरोना वायरस) के प्रसार की क्षमता"
        " बढ़ रही है और अभी तक ऐसा कोई प्रमाण नहीं मिला है कि यह मौसमी संक्रमण है ।"
    )
    assert _rejects(text, "2020-03-07") == []


def test_no_evidence_after_a_denial_is_not_a_second_one() -> None:
    # AU-2020-ARP-16.txt:38, 40: the denial is the खंडन; the speaker's words after it retell it
    text = (
        "वहीं, अब आईसीएमआर ने इस बात का खंडन किया है । उन्होंने कहा कि वर्तमान में इस बात का कोई"
        " सबूत नहीं है कि यह बीमारी गर्मी के मौसम में खत्म हो जाएगी ।"
    )
    assert [t for t, *_ in _rejects(text, "2020-04-16")] == ["खंडन"]


def test_false_news_as_a_noun_phrase_is_no_denial() -> None:
    # DJ-2020-MAY-06.txt:22: "झूठी खबरों" names what newspapers guard against; nothing denied
    text = (
        "रूपाणी ने कहा कि सोशल मीडिया के दौर में समाचार पत्र सही व सटीक खबरें पहुंचाने के साथ"
        " जनता को झूठी खबरों से भी बचाते हैं ।"
    )
    assert _rejects(text, "2020-05-06") == []


def _denies(sentence: str) -> bool:
    texts = sentence.split()  # the predicate reads only the token texts
    return denies_claim(cast(SentenceView, SimpleNamespace(texts=texts)), texts.index("कि"))


def test_the_clause_predicate() -> None:
    assert _denies("उन्होंने कहा कि यह खबर भी बिल्कुल गलत है ।")
    assert not _denies("उन्होंने कहा कि गलत खबर फैलाने वालों पर कार्रवाई होगी ।")
    assert not _denies("उन्होंने कहा कि इसका कोई प्रमाण नहीं है ।")  # no rumour named before कि
    assert _denies("इन अफवाहों पर उन्होंने कहा कि इसका कोई प्रमाण नहीं है ।")
    assert not _denies("उन्होंने कहा कि यह खबर है । वह गलत है")  # the clause ends at the stop
