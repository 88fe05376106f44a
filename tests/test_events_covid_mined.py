"""Constructions mined from the COVID corpus (tools/mine_light_verbs.py, judged by hand) and the
grammar that lets the agent of an act be found when Hindi leaves it out, on real corpus
sentences (corpus/hindi-covid-2020, days outside the event gold) through the real stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article
from lexicon_faults import trigger_lexicon_error

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def test_lockdown_put_in_force_with_laagu_is_an_order() -> None:
    # DH-2020-MAY-07.txt:48
    art = analysed("इस स्थिति से निपटने के लिए भारत सरकार ने देश में लॉकडाउन लागू कर दिया है ।")
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert ev.mode == "lockdown" and ev.modality == "happened"
    assert ev.source and ev.trigger == "लॉकडाउन"


def test_a_demand_raised_is_a_request() -> None:
    # AU-2020-MAR-10.txt:88
    art = analysed(
        "रेलवे कर्मचारियों ने स्टेशन पर कर्मियों की चिकित्सा स्क्रीनिंग की पर्याप्त व्यवस्था करने की मांग उठाई ।"
    )
    assert [(e.type, e.mode) for e in art.events] == [("REQUEST", "request")]


def test_an_appeal_in_the_passive_to_the_public_is_not_kept() -> None:
    # a guessed issuer and "the public" would be all the event says (and such guesses joined
    # unrelated disaster stories), so a passive appeal to the public at large is no event
    art = analysed(
        "दिल्ली सरकार ने सभी स्कूल बंद कर दिए हैं । ऐसे में लोगों से घरों में ही रहने की अपील की गई है ।"
    )
    assert not [e for e in art.events if e.type == "REQUEST"]


def test_an_appeal_in_the_passive_to_a_named_group_is_the_authoritys() -> None:
    # NT-2020-MAR-06.txt:34 (issue 13, round ev6): whom it asks is named, the issuer inferred
    art = analysed(
        "दिल्ली सरकार ने सभी स्कूल बंद कर दिए हैं । ऐसे में बुजुर्गों को घरों में ही रहने की अपील की गई है ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.target and any(a.role == "source_inferred" for a in ev.arguments)


def test_a_dropped_subject_is_the_agent_of_the_sentence_before() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने मंगलवार को अधिकारियों के साथ बैठक की ।"
        " साथ ही लोगों से घरों में रहने की अपील की ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.source == ["kb:person/nitish-kumar"]
    # three sentences on nobody is carried over (two: see test_events_backoff.py)
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने मंगलवार को अधिकारियों के साथ बैठक की । राज्य में 20 नए मामले"
        " मिले हैं । 5 मरीज ठीक हुए हैं । साथ ही लोगों से घरों में रहने की अपील की ।"
    )
    assert not [e for e in art.events if e.type == "REQUEST"]


def test_bad_input_an_unknown_light_verb_group_names_the_entry(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = trigger_lexicon_error(monkeypatch, lambda entries: {**entries[0], "light": ["nosuch"]})
    assert "E060" in text and "entry 0" in text and "nosuch" in text


def test_arrests_and_quarantine_as_news_writes_them() -> None:
    # NT-2020-APR-29.txt:27 (हिरासत में लिया), DH-2020-MAY-08.txt:26 (क्वारंटाइन सेंटर भेज)
    art = analysed("पुलिस ने तीन युवकों को हिरासत में लिया ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "arrest")]
    art = analysed("प्रशासन ने बाहर से आए मजदूरों को क्वारंटाइन सेंटर भेज दिया ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("COERCE", "quarantine") and ev.target == ["actor:workers"]
    # round ev45: a patient admitted to an isolation ward is isolated (COERCE quarantine, as the
    # event gold codes it: tests/test_events_agents5.py); a plain hospital admission is treatment
    [ev] = analysed("डॉक्टरों ने मरीज को आइसोलेशन वार्ड में भर्ती कराया ।").events
    assert (ev.type, ev.mode) == ("COERCE", "quarantine")
    assert not analysed("डॉक्टरों ने मरीज को अस्पताल में भर्ती कराया ।").events


def test_a_measure_announced_is_the_agents_act() -> None:
    art = analysed("मुख्यमंत्री नीतीश कुमार ने राज्य में लॉकडाउन का ऐलान किया ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.source) == ("COERCE", "lockdown", ["kb:person/nitish-kumar"])
    # a meeting's decision is what was decided there, not a meeting
    assert not [e for e in analysed("बैठक का फैसला लिया गया ।").events if e.type == "CONSULT"]


def test_a_chief_minister_belongs_to_a_state_never_to_the_country() -> None:
    art = analysed("मुख्यमंत्री ने केंद्र सरकार से मदद मांगी ।")
    [ev] = art.events
    assert (ev.type, ev.source, ev.target) == (
        "REQUEST",
        ["actor:chief minister"],
        ["actor:Government of India"],
    )
    art = analysed("बिहार सरकार ने लॉकडाउन बढ़ा दिया । मुख्यमंत्री ने केंद्र सरकार से मदद मांगी ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.source == ["actor:Chief Minister of Bihar"]
    assert ev.codes["actor:Chief Minister of Bihar"] == "IND-Bihar GOV"


def test_a_package_announced_and_a_donation_are_aid() -> None:
    art = analysed("केंद्र सरकार ने किसानों के लिए राहत पैकेज की घोषणा की ।")
    assert [(e.type, e.mode) for e in art.events] == [("AID", "relief_package")]
    art = analysed("उद्योगपति ने पीएम केयर्स फंड में 500 करोड़ रुपये दान किए ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.codes[ev.source[0]]) == ("AID", "donate", "IND BUS")


@pytest.mark.parametrize(
    ("dictionary", "message"),
    [  # an unknown field names its line; org_words must name a known sector
        ("actors:\n  - {hi: [मुख्यमंत्री], sector: GOV, en: chief minister, states: true}\n",
         r"E061 .*actors.yaml:5: .*unknown field\(s\) states"),
        ("org_words: {Party: PARTY}\nactors:\n  - {hi: [सरकार], sector: GOV, en: government}\n",
         r"E061 .*unknown sector 'PARTY' for 'Party'"),
    ],
)
def test_bad_input_in_the_actor_dictionary_is_one_e061_line(
    tmp_path: Path, dictionary: str, message: str
) -> None:
    from khabar.errors import KhabarError
    from khabar.events.actors import read_dictionary

    path = tmp_path / "actors.yaml"
    path.write_text("version: 1\ndefault_country: IND\nsectors: {GOV: government}\n" + dictionary,
                    encoding="utf-8")
    with pytest.raises(KhabarError, match=message):
        read_dictionary(path)


def test_a_sub_heading_is_no_event_of_its_own() -> None:
    # NT-2020-MAR-20 style round-up: a telegraphic sub-heading, then the report it heads
    text = (
        "UPSC ने रद्द किए इंटरव्यू\n"
        "कोरोना वायरस के खतरे को देखते हुए संघ लोक सेवा आयोग ने सभी इंटरव्यू रद्द कर दिए हैं ।"
    )
    art = analysed(text)
    assert [e.trigger_start > text.index("\n") for e in art.events] == [True]
    # the same words ending in a danda are a sentence
    assert analysed("UPSC ने सभी इंटरव्यू रद्द कर दिए ।\nआगे की तारीख बाद में बताई जाएगी ।").events


def test_is_heading_on_lines() -> None:
    from khabar.events.stage import is_heading

    text = "दिल्ली में सभी मॉल बंद\nसरकार ने सभी मॉल बंद कर दिए ।\nअंतिम पंक्ति"
    assert is_heading(text, 0, text.index("\n"))
    second = text.index("सरकार")
    assert not is_heading(text, second, text.index("।") + 1)
    last = text.index("अंतिम")
    assert not is_heading(text, last, len(text))  # nothing after it: not a heading


def test_self_quarantine_is_no_coercion() -> None:
    # PK-2020-MAR-20 kind: politicians who met an infected singer isolated themselves
    art = analysed("भाजपा सांसद दुष्यंत सिंह ने खुद को होम क्वारंटाइन कर लिया है ।")
    assert not [e for e in art.events if e.type == "COERCE"]
    art = analysed("प्रशासन ने गांव के 40 लोगों को होम क्वारंटाइन कर दिया है ।")
    assert [e.mode for e in art.events] == ["quarantine"]


def test_a_surname_after_the_full_name_is_that_person() -> None:
    from khabar.events.stage import _full_names
    from khabar.model import Event, Mention

    text = "मुख्यमंत्री अशोक गहलोत ने बैठक की । गहलोत ने निर्देश दिए ।"
    full = Mention(12, 23, "अशोक गहलोत", "PERSON", "name:person:sk-ghlt")
    short = Mention(
        text.index("गहलोत ने निर्देश"), text.index("गहलोत ने निर्देश") + 5, "गहलोत", "PERSON", "doc:t:1"
    )
    art = Article(id="t", text=text, language="hi", mentions=[full, short])
    at = text.index("निर्देश")
    ev = Event("COERCE", "order", "निर्देश", at, at + 7, 0, len(text), source=["doc:t:1"])
    _full_names(art, [ev])
    assert ev.source == ["name:person:sk-ghlt"]


def test_english_spelling_of_a_short_a_before_h() -> None:
    from khabar.events.names import romanise

    assert romanise("अशोक गहलोत") == "Ashok Gehlot"
    assert romanise("तहसीलदार") == "Tehsildar"
    assert romanise("ब्रह्म मोहिंद्रा") == "Brahm Mohindra"  # a cluster before the a: kept
    assert romanise("महेश") == "Mahesh"  # h before a vowel: kept


def test_a_person_named_with_an_office_gets_its_code() -> None:
    art = analysed("दिल्ली पुलिस आयुक्त एसएन श्रीवास्तव ने चार लोगों को गिरफ्तार किया ।")
    [ev] = art.events
    assert ev.codes[ev.source[0]] == "IND-Delhi COP" and ev.source[0].startswith("name:person:")
    assert ev.target == ["text:चार लोगों"]  # four people, not "the public"
    art = analysed("प्रधानमंत्री ने देशवासियों से घरों में रहने की अपील की ।")
    [ev] = art.events
    assert ev.target == ["actor:public of India"]


def test_a_meeting_held_with_officials_and_a_peers_talk_are_directed() -> None:
    art = analysed("मुख्यमंत्री अशोक गहलोत ने सोमवार को अधिकारियों के साथ बैठक की ।")
    [ev] = art.events
    assert ev.source == ["kb:person/ashok-gehlot"] and ev.target == ["actor:officials"]
    # peers: directed too since round rv27 ("X ने Y से बात की", as the dev gold codes it)
    art = analysed("पुतिन ने शी जिनपिंग से वीडियो कॉल पर बात की ।")
    [ev] = art.events
    assert ev.source == ["kb:person/vladimir-putin"]
    assert ev.target == ["kb:person/xi-jinping"]


def test_a_measure_extended_as_the_object_of_its_verb() -> None:
    # DH-2020-ARP-15.txt:24
    art = analysed("कोरोना वायरस को फैलने से रोकने के लिए लॉकडाउन को 3 मई तक बढ़ा दिया गया है ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("COERCE", "lockdown")
    assert any(a.role == "source_inferred" for a in ev.arguments)
    # "लॉकडाउन को लेकर" is about the lockdown: what is imposed after it is another act
    art = analysed("लॉकडाउन को लेकर सरकार ने नई पाबंदियां लगा दी हैं ।")
    assert "lockdown" not in [e.mode for e in art.events]


def test_relief_by_legislators_and_voluntary_organisations_and_a_state_government() -> None:
    art = analysed("विधायक ने गरीबों के बीच राहत सामग्री बांटी ।")
    [ev] = art.events
    assert (ev.type, ev.codes[ev.source[0]]) == ("AID", "IND LEG")
    art = analysed("स्वयंसेवी संस्था ने जरूरतमंदों को भोजन के पैकेट वितरित किए ।")
    [ev] = art.events
    assert (ev.type, ev.codes[ev.source[0]]) == ("AID", "IND NGO")
    art = analysed("राज्य सरकार ने लॉकडाउन को 3 मई तक बढ़ा दिया है ।")
    [ev] = art.events
    assert ev.source == ["actor:state government"]  # a state's, not the country's


def test_on_whose_behalf_a_passive_act_was_done_is_its_agent() -> None:
    art = analysed("पुलिस की ओर से लोगों से घरों में रहने की अपील की गई ।")
    [ev] = art.events
    assert ev.source == ["actor:police"]
    assert not any(a.role == "source_inferred" for a in ev.arguments)
    # DH-2020-ARP-06.txt:18: an order denied, still the government's
    art = analysed("यह फेक है और सरकार की ओर से ऐसा कोई निर्देश नहीं दिया गया है ।")
    assert [(e.source, e.modality) for e in art.events] == [
        (["actor:Government of India"], "denied")
    ]


def test_linked_organisations_are_coded_by_their_name() -> None:
    from khabar.events.actors import entity_code

    assert entity_code("kb:org/inc") == "IND PTY"
    assert entity_code("kb:org/supreme-court-in") == "IND JUD"
    assert entity_code("kb:org/who") is None  # no country: no country code to give
    art = analysed("कांग्रेस ने सरकार के इस फैसले का विरोध किया है ।")
    [ev] = art.events
    assert ev.codes["kb:org/inc"] == "IND PTY"


def test_told_to_in_the_subjunctive_is_a_request() -> None:
    # DH-2020-ARP-27.txt:22
    art = analysed(
        "प्रधानमंत्री ने राज्यों से कहा कि वे हॉटस्पॉट क्षेत्रों  में पूर्णबंदी से संबंधित दिशा"
        " निदेर्शों का सख्ती से पालन करें ।"
    )
    [ev] = art.events
    assert (ev.type, ev.mode, ev.target) == ("REQUEST", "tell_to", ["text:राज्यों"])
    # told a fact: no request
    assert not analysed("मंत्री ने पत्रकारों से कहा कि स्थिति नियंत्रण में है ।").events


def test_a_conjoined_act_with_its_own_object_shares_the_agent() -> None:
    art = analysed("जिला प्रशासन ने गांव को सील कर दिया है और लोगों के आने-जाने पर रोक लगा दी है ।")
    assert [(e.mode, e.source) for e in art.events] == [
        ("seal", ["actor:district administration"]),
        ("ban", ["actor:district administration"]),
    ]
    art = analysed("प्रशासन द्वारा सभी दुकानों को बंद करा दिया गया ।")
    [ev] = art.events
    assert ev.target == ["text:सभी दुकानों"]  # the agent phrase is not part of the object


def test_subjects_before_a_topic_and_passives_with_an_aspect_verb() -> None:
    art = analysed("प्रशासन लोगों से घरों में रहने की अपील कर रहा है ।")
    [ev] = art.events
    assert (ev.source, ev.modality) == (["actor:district administration"], "ongoing")
    # "किया जा रहा है": a passive; its authority is inferred
    art = analysed("संक्रमित मिलने के बाद गांव को सील किया जा रहा है ।")
    [ev] = art.events
    assert ev.mode == "seal" and any(a.role == "source_inferred" for a in ev.arguments)
    # "नगर निगम क्षेत्र में": a compound noun before a place phrase is no subject
    art = analysed("नगर निगम क्षेत्र में मॉल मार्केट बंद रहेंगे ।")
    assert not art.events
    art = analysed("सरकार की तरफ से लोगों से अपील की गई है कि वे घबराएं नहीं ।")
    [ev] = art.events
    assert not any(a.role == "source_inferred" for a in ev.arguments)


def test_more_mined_acts_cancel_seize_question() -> None:
    # DJ-2020-MAR-10.txt:50 (रद, a spelling of रद्द), AU-2020-ARP-05.txt:19 (जब्त)
    art = analysed("अमृतसर प्रशासन ने 12 व 13 मार्च को रखा गया प्लेसमेंट फेयर रद कर दिया है ।")
    assert [e.mode for e in art.events] == ["cancel"]
    art = analysed("पुलिस ने उनके पासपोर्ट जब्त कर लिए हैं ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "seize")]
    # questions by a helpline are no interrogation: an investigation needs whom it questions
    assert not analysed("इस नंबर पर सुबह 9 बजे से शाम 6 तक पूछताछ की जा सकती है ।").events


def test_a_passive_future_dates_forward_and_a_year_of_a_name_dates_nothing() -> None:
    # NT-2020-MAY-05 kind: "गुरुवार (7 मई) को … किया जाएगा" in a paper of 5 May is 7 May 2020
    art = analysed(
        "भारतीयों को निकालने के लिए गुरुवार (7 मई) को 2 विशेष उड़ानों का परिचालन किया जाएगा ।",
        dct="2020-05-05",
    )
    assert {t.value for t in art.timexes} == {"2020-05-07"}
    art = analysed("सोमवार को बैठक की गई थी ।", dct="2020-05-05")
    assert [t.value for t in art.timexes] == ["2020-05-04"]
    # "एग्जामिनेशन, 2019 के इंटरव्यू": the year names the exam, not when they were cancelled
    art = analysed("संघ लोक सेवा आयोग ने सिविल सर्विसेज (मेन) एग्जामिनेशन, 2019 के इंटरव्यू रद्द कर दिए हैं ।")
    [ev] = art.events
    assert ev.mode == "cancel" and ev.date is None


def test_what_stays_closed_announced_by_someone_is_their_order() -> None:
    art = analysed("मुख्यमंत्री ने शुक्रवार को कहा कि राजधानी में सभी मॉल बंद रहेंगे ।")
    [ev] = art.events
    assert (ev.mode, ev.modality) == ("close", "happened")  # the announcement is the order


def test_political_criticism_thanks_raids_and_contributions() -> None:
    art = analysed("भाजपा ने राज्य सरकार पर निशाना साधा ।")
    [ev] = art.events
    assert (ev.type, ev.source, ev.target) == (
        "ACCUSE",
        ["kb:org/bjp"],
        ["actor:state government"],
    )
    assert ev.codes["kb:org/bjp"] == "IND PTY"
    art = analysed("मुख्यमंत्री ने स्वास्थ्य कर्मियों का आभार जताया ।")
    [ev] = art.events
    assert (ev.type, ev.target) == ("SUPPORT", ["actor:health workers"])
    art = analysed("पुलिस ने जमातियों की तलाश में छापेमारी की ।")
    assert [(e.type, e.mode, e.target) for e in art.events] == [("COERCE", "raid", [])]
    art = analysed("मुख्यमंत्री ने पीएम केयर्स फंड में 10 करोड़ रुपये का योगदान दिया ।")
    assert [(e.type, e.mode) for e in art.events] == [("AID", "donate")]


def test_a_bare_government_is_the_state_the_sentence_names() -> None:
    art = analysed("बिहार में सरकार ने लोगों से अपील की ।")
    [ev] = art.events
    assert ev.source == ["actor:Government of Bihar"] and ev.target == ["actor:public of Bihar"]


def test_relief_distributed_and_help_assured() -> None:
    art = analysed("प्रशासन ने जरूरतमंदों के बीच राशन का वितरण किया ।")
    assert [(e.type, e.mode) for e in art.events] == [("AID", "relief")]
    art = analysed("मंत्री ने मजदूरों को हर संभव मदद का भरोसा दिलाया ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.modality, ev.target) == (
        "AGREE",
        "promise",
        "planned",  # a promise commits its giver: planned (round pr5; was proposed)
        ["actor:workers"],
    )


def test_declaring_a_pandemic_or_disaster() -> None:
    # AU-2020-MAR-12.txt:4 kind
    # the disease declared is no target; the public of the declarer's country is (round ta1)
    art = analysed("केंद्र सरकार ने कोरोना को राष्ट्रीय आपदा घोषित किया ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.source, ev.target) == (
        "COERCE",
        "emergency",
        ["actor:Government of India"],
        ["actor:public of India"],
    )
