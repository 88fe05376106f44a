"""Issue 13, recall by agents (round ev85, session 8): an act whose agent is a noun phrase khabar
did not take as an actor. Counted on the "no agent" / "symmetric, one party" drops of 264 corpus
day files outside the gold's days and the held-out sets: (a) common-noun groups with a head the
actor dictionary lacked, added by sector (firms BUS; health teams and ambulance crews HLH;
regulators GOV), and the subject of talks that follows its partner ("X के साथ … कंपनियां …
बैठक कर चुकी हैं"); (b) unknown proper names as ने-agents. Sentences are written like the news,
not copied from any gold; negatives beside the kind."""

from __future__ import annotations

from khabar.events.actors import actor_dictionary
from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-03-14")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def _sector(word: str) -> str:
    d = actor_dictionary()
    return next(w.sector for w in d.words if tuple(word.split()) in w.forms)


# ---- (a) common-noun groups, by sector -------------------------------------------------------


def test_firms_in_the_plural_are_business_actors() -> None:
    assert _sector("कंपनियां") == _sector("कंपनियों") == "BUS"
    text = "दवा बनाने वाली कई कंपनियों ने अपने कर्मचारियों को घर से काम करने को कहा है ।"
    [ev] = _of(analysed(text), "REQUEST")
    assert ev.source == ["actor:companies"]


def test_health_teams_and_ambulance_crews_are_health_actors() -> None:
    assert _sector("सर्विलांस टीम") == _sector("एंबुलेंस स्टाफ") == "HLH"
    text = "वेतन नहीं मिलने के कारण आज से जिले का एंबुलेंस स्टाफ हड़ताल पर है ।"
    [ev] = _of(analysed(text), "PROTEST")
    assert ev.source == ["actor:ambulance workers"]
    text = (
        "स्वास्थ्य टीम ने जांच के बाद दिल्ली से लौटे युवक को सामुदायिक स्वास्थ्य केंद्र में "
        "क्वारंटाइन किया ।"
    )
    [ev] = _of(analysed(text), "COERCE")
    assert ev.source and "health teams" in ev.source[0]


def test_a_bare_team_stays_no_actor() -> None:
    d = actor_dictionary()
    assert not any(("टीम",) in w.forms for w in d.words)


def test_regulators_in_the_plural_are_government_actors() -> None:
    assert _sector("नियामकों") == "GOV"


def test_the_subject_of_talks_may_follow_its_partner() -> None:
    text = (
        "सूत्रों ने बताया कि खाद्य सचिव सुधांशु पांडे के साथ खाद्य तेल बनाने वाली बड़ी कंपनियां "
        "एक दौर की बैठक कर चुकी हैं ।"
    )
    [ev] = _of(analysed(text), "CONSULT")
    # the subject after its partner is read; the partner "के साथ" is the target (round tg8,
    # events.with_parties: it was a second source)
    assert ev.source == ["actor:companies"] and len(ev.target) == 1


def test_no_subject_after_the_partner_past_an_agent_or_a_second_noun() -> None:
    for text in (
        "मंत्री ने सचिव के साथ कंपनियां बंद होने पर बैठक कर ली है ।",
    ):
        evs = _of(analysed(text), "CONSULT")
        assert not any("actor:companies" in e.source for e in evs), text


# ---- (b) an unknown person named as the ने-agent ---------------------------------------------


def test_an_unknown_name_after_an_age_or_title_is_the_agent() -> None:
    text = (
        "संक्रमण बढ़ने के बाद 85 वर्षीय बेनेडिक्टो ने अपने अनुयायियों से घरों में रहने की अपील "
        "की है ।"
    )
    [ev] = _of(analysed(text), "REQUEST")
    assert ev.source and ev.source[0].startswith("name:person:")
    arg = next(a for a in ev.arguments if a.role == "source")
    assert arg.text == "बेनेडिक्टो" and arg.en  # the age stays outside the name
    text = "शिकायत सुनकर महिला आरक्षी सुनीता ने दोनों बुजुर्गों को थाने में भोजन कराया ।"
    [ev] = _of(analysed(text), "AID")
    arg = next(a for a in ev.arguments if a.role == "source")
    assert arg.text == "सुनीता"  # the tagger or the rule: the title stays outside


def test_a_lone_unknown_word_or_a_bodys_unit_is_no_person() -> None:
    for text in (
        "लेकिन यह तय है कि हर म्यूटेशन ने इसे फैलने में मदद की है ।",
        "दिल्ली पुलिस की क्राइम ब्रांच ने मौलाना को टेस्ट कराने के लिए कहा था ।",
    ):
        for ev in analysed(text).events:
            assert not any(s.startswith("name:person:") for s in ev.source), text


def test_a_future_talk_takes_its_nominative_subject() -> None:
    text = "गृह मंत्री अमित शाह सोमवार को सभी राज्यों के मुख्यमंत्रियों से चर्चा करेंगे ।"
    [ev] = [e for e in analysed(text).events if e.type in {"AGREE", "CONSULT"}]
    assert ev.type == "CONSULT"  # a planned talk keeps its type (COVID gold; round ev202)
    # both parties; since round ta2 the subject met the chief ministers, a directed act as after
    # a ने-agent (meetings._convened_by_subject)
    assert len(ev.source) == 1 and ev.target == ["actor:chief ministers of the states"]


def test_no_future_talk_with_the_press_or_a_modal() -> None:
    for text in (
        "मुख्यमंत्री शाम को पत्रकारों से बात करेंगे ।",
        "क्वारंटाइन किए गए मजदूर मोबाइल पर परिवार वालों से बातचीत कर सकेंगे ।",
    ):
        assert not [e for e in analysed(text).events if e.type in {"AGREE", "CONSULT"}], text


def test_religious_leaders_are_a_party_of_talks() -> None:
    assert _sector("धर्मगुरुओं") == "CVL"
    text = "मुख्यमंत्री उद्धव ठाकरे ने सोमवार को राज्य के सभी धर्मगुरुओं से वीडियो कॉन्फ्रेंसिंग के जरिए बात की ।"
    [ev] = _of(analysed(text), "CONSULT")
    assert any("religious leaders" in s for s in ev.source + ev.target)
