"""Issue 13, sixth recall pass (ev18): event nouns with no light verb of their own. Each kind on
a real sentence of corpus/hindi-covid-2020 (day files outside the event gold), with a negative
beside it (precision first)."""

from __future__ import annotations

import pytest

from khabar.model import Article
from lexicon_faults import trigger_lexicon_error

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _meetings(art: Article) -> list[tuple[str | None, list[str]]]:
    return [(e.type, e.source) for e in art.events if e.mode == "meeting"]


def test_a_meeting_named_as_where_its_agent_acted_is_a_consultation() -> None:
    # AU-2020-MAY-10.txt:52: the agent before the meeting noun
    art = analysed(
        "प्रधानमंत्री ने बैठक में कहा था कि कोरोना वायरस का प्रभाव आने वाले महीनों में दिखाई"
        " देगा ।"
    )
    [(type_, source)] = _meetings(art)
    assert type_ == "CONSULT" and source
    [ev] = [e for e in art.events if e.mode == "meeting"]
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[arg.start : arg.end] == "प्रधानमंत्री"  # evidence: where the agent is named
    # DH-2020-ARP-27.txt:14: the agent after "बैठक में"
    art = analysed(
        "बैठक में नौ राज्यों के मुख्यमंत्रियों ने अपनी बात रखी और इनमें से चार ने पूर्णबंदी"
        " की अवधि तीन मई से भी आगे बढाने का सुझाव दिया ।"
    )
    assert [t for t, _ in _meetings(art)] == ["CONSULT"]
    # PK-2020-MAR-10.txt:4: who spoke right after the meeting took part in it
    art = analysed(
        "विजयन ने मंत्रिमंडल की एक विशेष बैठक के बाद संवाददाताओं से कहा कि प्रभावित लोगों में"
        " तीन इटली से आये थे ।"
    )
    assert [t for t, _ in _meetings(art)] == ["CONSULT"]


def test_no_meeting_from_an_interview_a_passive_or_a_later_mention() -> None:
    # DJ-2020-MAR-15.txt:14: an interview with a newspaper is no consultation
    art = analysed(
        "वाराणसी के मुख्य पशु चिकित्साधिकारी बीबी सिंह ने 25 फरवरी 2020 को दैनिक जागरण से"
        " बातचीत में इसकी पुष्टि की थी ।"
    )
    assert not [e for e in art.events if e.type == "CONSULT"]
    # a passive after the agent's own clause: discussed in the meeting, by nobody named
    art = analysed("मंत्री ने कहा कि बैठक में कई मुद्दों पर चर्चा की गई ।")
    assert not _meetings(art)
    # a second sentence about the same meeting names the same meeting: one event
    art = analysed(
        "प्रधानमंत्री ने बैठक में कहा था कि कोरोना वायरस का प्रभाव आने वाले महीनों में दिखाई"
        " देगा । बैठक में नौ राज्यों के मुख्यमंत्रियों ने अपनी बात रखी ।"
    )
    assert len(_meetings(art)) == 1


def test_an_official_team_arriving_at_a_place_visits_it() -> None:
    # DJ-2020-ARP-10.txt:6: whose team it is (the possessor) is the visitor
    art = analysed(
        "शुक्रवार को स्वास्थ्य विभाग की टीम हुमायूं नगर पहुंची और उनके घर के आसपास रहने वाले"
        " 16 लोगों के सैंपल लिए ।"
    )
    [ev] = [e for e in art.events if e.mode == "visit"]
    assert (ev.type, ev.modality, ev.source) == ("CONSULT", "happened", ["actor:health department"])
    assert art.text[ev.trigger_start : ev.trigger_end] == "टीम"


def test_no_visit_from_an_unowned_team_or_a_team_sent_for_an_act() -> None:
    # an unowned team names no visitor; a team come for a test is the test's (another trigger
    # stands between the noun and the arrival)
    art = analysed("मंगलवार की सुबह मेडिकल टीम उक्त व्यक्ति के घर पहुंची ।")
    assert not [e for e in art.events if e.mode == "visit"]
    art = analysed("इस पर वहां की टीम जांच के लिए पहुंची तो तीन लोग नहीं मिले ।")
    assert not [e for e in art.events if e.mode == "visit"]
    # a team named with no arrival is no visit
    art = analysed("स्वास्थ्य विभाग की टीम ने लोगों की स्क्रीनिंग की ।")
    assert not [e for e in art.events if e.mode == "visit"]


def test_a_closure_announced_or_decided_in_a_ki_clause_is_the_announcers() -> None:
    # DJ-2020-MAR-13.txt:6: "ऐलान किया कि … बंद रहेंगे", as "कहा कि … बंद रहेंगे" already was
    art = analysed("इसके बाद सरकार ने ऐलान किया कि 31 मार्च तक राज्य के सभी स्कूल बंद रहेंगे ।")
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert ev.source and ev.modality == "happened"
    assert art.text[ev.trigger_start : ev.trigger_end] == "बंद"


def test_no_announcer_for_a_closure_outside_the_ki_clause() -> None:
    # the closure is a fact stated beside the announcement, not its content
    art = analysed("सरकार ने राहत पैकेज का ऐलान किया । सभी स्कूल बंद रहेंगे ।")
    assert not [e for e in art.events if e.type == "COERCE" and e.modality == "happened"]


def test_an_act_in_the_first_person_is_the_speakers() -> None:
    # DH-2020-MAY-11.txt:41, after the speaker is named in the sentence before
    art = analysed(
        "जिलाधिकारी अमित कुमार ने बताया कि गांव में एक युवक संक्रमित पाया गया है । हमने गांव को"
        " सील कर दिया है ।"
    )
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert (ev.mode, ev.modality) == ("seal", "happened")
    assert ev.source == [e.source for e in art.events][0] and ev.source
    # no speaker known: the act has no agent, so no event
    assert not analysed("हमने गांव को सील कर दिया है ।").events


def test_a_suggested_act_is_not_done_and_a_test_of_people_is_no_investigation() -> None:
    # DJ-2020-MAR-01.txt:7: the sealing is what was suggested; the suggestion is the event
    art = analysed(
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने कहा कि संक्रमण बढ़ रहा है । हमने केंद्र को सिर्फ"
        " उन इलाकों को सील करने का सुझाव दिया है, जहां संक्रमण के मामले सामने आ रहे हैं ।"
    )
    # the chief minister's "हमने" is his government's (round ev186)
    assert [(e.type, e.source) for e in art.events] == [("REQUEST", ["actor:Government of Delhi"])]
    # PK-2020-MAY-05.txt:72 kind: "लोगों की जांच" is a test, not an investigation
    art = analysed("अधिकारी ने कहा कि करीब 8.72 लाख लोगों की जांच की जा चुकी है ।")
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_kept_closed_by_a_decision_or_an_order_is_a_closure() -> None:
    # DH-2020-MAR-21.txt:18 kind ("बंद रखने का फैसला किया है")
    art = analysed(
        "छत्तीसगढ़ सरकार ने सभी सरकारी कार्यालयों को 31 मार्च तक बंद रखने का फैसला किया है ।"
    )
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert (ev.mode, ev.modality) == ("close", "happened")
    assert art.text[ev.trigger_start : ev.trigger_end] == "बंद"


def test_no_closure_from_advice_to_keep_ones_doors_shut() -> None:
    # the polite imperative "बंद रखें" is advice to the public, no closure
    art = analysed("डॉक्टरों ने कहा कि लोग अपने घरों के दरवाजे बंद रखें ।")
    assert not [e for e in art.events if e.type == "COERCE"]


def test_a_bad_reach_in_the_lexicon_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    text = trigger_lexicon_error(monkeypatch, lambda entries: {**entries[0], "reach": "four"})
    assert "E060" in text and "entry 0" in text and "reach 'four'" in text
    assert "\n" not in text
