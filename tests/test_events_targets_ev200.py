"""Targets left empty where the gold has one (issue 13, round ev200).

(1) An object pronoun whose earlier sentence names more than one person or group takes the one
an act of the same doer fell on there ("कुसुम देवी को … असामाजिक लोगों ने मारपीट किया. उन्हें जान
से मारने की धमकी भी दी"): the doer goes on acting on whom it acted on. (2) A reopening refused
that falls on the lockdown itself ("लॉकडाउन एक बार में नहीं खोला जाएगा") keeps the lockdown in
force: it binds the public of its issuer's place, as a lockdown imposed does.

The sentences are from corpus day files outside the event gold's days and the excluded list
(PK-2020-MAY-06, AU-2020-ARP-08, NT-2020-APR-06, AU-2020-MAY-02)."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.model import Event

_BEATEN = (
    "कोरोना संक्रमितों की पहचान में जुटी कुसुम देवी को डोर टू डोर सर्वे अभियान के दौरान गांव के"
    " कुछ असामाजिक लोगों ने मारपीट किया."
)


def the(evs: list[Event], etype: str) -> Event:
    [ev] = [e for e in evs if e.type == etype]
    return ev


def test_the_one_beaten_is_the_one_then_threatened() -> None:
    art, evs = article_events(_BEATEN + " उन्हें जान से मारने की धमकी भी दी.", "2020-05-06")
    threat = the(evs, "THREATEN")
    assert target_names(art, threat) == ["Kusum Devi"]
    assert [a.text for a in threat.arguments if a.role == "target_antecedent"] == ["कुसुम देवी"]


def test_another_doer_keeps_the_pronoun_open() -> None:
    # the police are not the ones who beat her: the pronoun may mean the attackers as well
    art, evs = article_events(_BEATEN + " पुलिस ने उन्हें गिरफ्तार कर लिया.", "2020-05-06")
    arrest = the(evs, "COERCE")
    assert "Kusum Devi" not in target_names(art, arrest)


def test_the_lockdown_not_lifted_binds_the_public() -> None:
    art, evs = article_events(
        "बैठक में शामिल रहे बीजद सांसद पिनाकी मिश्रा ने दावा किया है कि प्रधानमंत्री ने स्पष्ट"
        " किया है कि 14 अप्रैल को लॉकडाउन एक बार में नहीं खोला जाएगा  ।",
        "2020-04-08",
    )
    kept = the(evs, "COERCE")
    assert kept.trigger == "नहीं खोला जाएगा"
    assert kept.target == ["actor:public"]
    assert target_names(art, kept) == ["public of India"]


def test_shops_not_reopened_stay_the_target() -> None:
    # what will not open is a trade or a place, not the lockdown: no public
    art, evs = article_events(
        "उन्होंने कहा कि रेड जोन में नाई की दुकान और सलून आदि नहीं खुलेंगे ।", "2020-05-02"
    )
    closed = the(evs, "COERCE")
    assert not any(t.startswith("actor:public") for t in closed.target)
