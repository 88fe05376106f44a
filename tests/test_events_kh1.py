"""Issue 13, round kh1: what the REQUEST "कहा" events really are.

All 88 REQUEST events with the bare trigger "कहा" on the 280 allowed corpus day files, read by the
dev gold's rule (demand/appeal/advice = REQUEST; praise = SUPPORT; plans and facts = no request):
86 ask. The two that do not were read as asking for a word at the clause end that only looks like
a polite imperative: the postposition "में" ("… जरूरत के समय में", praise of Twitter, the tuning
set Yd's SUPPORT) and a concession's subjunctive ("मैच तो होंगे, भले दर्शक न आएं", a plan).
Real sentences of the allowed files, with the near-misses the rule must leave alone
(:mod:`khabar.events.asked_ends`)."""

from __future__ import annotations

from khabar.events.asked_ends import conceded_end, no_verb_end

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-08")

# AU-2020-ARP-21.txt:30
_PRAISE = (
    "इस पोर्टल की शुरुआत करते हुए डॉ. हर्ष वर्धन ने कहा कि सूचनाओं के आदान-प्रदान के लिए ट्विटर"
    " समय के साथ सरकार और नागरिक दोनों के लिए एक महत्वपूर्ण और उपयोगी साधन बनकर उभरा है, खासकर"
    " जरूरत के समय में  ।"
)
# AU-2020-MAR-08.txt
_PLAN = (
    "दरअसल, शुक्रवार को ही बीसीसीआई अध्यक्ष सौरव गांगुली ने एक बयान में कहा है कि मैच तो होंगे, भले दर्शक न आएं ।"
)


def _requests(text: str, dct: str = "2020-03-08") -> list[str]:
    art = analysed(text, dct=dct)
    return [e.trigger for e in events_of(art, "REQUEST")]


def test_a_clause_closing_on_the_postposition_men_asks_nothing() -> None:
    assert "कहा" not in _requests(_PRAISE, dct="2020-04-21")


def test_a_concessions_subjunctive_asks_nothing() -> None:
    assert "कहा" not in _requests(_PLAN)


def test_a_polite_imperative_still_asks() -> None:
    # AU-2020-MAR-07.txt: "न जाएं" closes the clause, the speaker's advice
    art = analysed("सोनी ने कहा कि लोग भीड़भाड़ वाले क्षेत्रों में न जाएं ।")
    [ev] = events_of(art, "REQUEST", "tell_to")
    assert ev.trigger == "कहा"


def test_an_addressee_told_to_act_with_men_inside_the_clause_still_asks() -> None:
    # PK-2020-MAR-11.txt: "में" inside the clause, the verb "करें" closing it
    art = analysed(
        "इटली के प्रधानमंत्री ग्यूसेप कोंते ने अपने देश के नागरिकों से कहा है कि वे किसी"
        " अत्यावश्यक कार्य या स्वास्थ्य कारणों से ही यात्रा करें.",
        dct="2020-03-11",
    )
    [ev] = events_of(art, "REQUEST", "tell_to")
    assert role_names(art, ev, "source") == ["Giuseppe Conte"]


def test_a_concession_answered_by_lekin_still_asks_after_it() -> None:
    # AU-2020-MAR-04.txt: the duty after "लेकिन" is what the district magistrate asks
    art = analysed(
        "जिलाधिकारी बीएन सिंह का कहना है कि नोएडा के छह लोगों की रिपोर्ट भले ही निगेटिव आई हो"
        " लेकिन 14 दिन तक इन लोगों को बिल्कुल अलग अपने घर में रहना होगा ।",
        dct="2020-03-04",
    )
    assert [e.trigger for e in events_of(art, "REQUEST")] == ["कहना है"]


def _words(text: str) -> list[str]:
    return text.split()


def test_the_clause_end_predicates() -> None:
    assert no_verb_end("में") and no_verb_end("उन्हें")
    assert not no_verb_end("करें") and not no_verb_end("जाएं") and not no_verb_end("रहें")
    assert conceded_end(_words("मैच तो होंगे , भले दर्शक न आएं"))
    assert not conceded_end(_words("रिपोर्ट भले ही निगेटिव आई हो लेकिन घर में रहना होगा"))
    assert not conceded_end(_words("लोग घरों में रहें"))
