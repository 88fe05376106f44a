"""Issue 13, round ev120: the SOURCE of an event on unseen text, kinds the seven tuning sets showed.

A pronoun opening the agent of a speaker's own कि-clause is the speaker; a state's government
written with a misspelt name is that state's, not the country's; a body's team acts under the
phrase as written; a district heading a report as its dateline is the story's town; a bare
institution noun that speaks a quote of an agentless measure is the institution named before.
Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.events.actor_place import _misspelt

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-10")


def test_a_pronoun_in_the_speakers_clause_is_the_speaker() -> None:
    art = analysed(
        "सांसद अजय मिश्रा ने बताया कि मजदूर होटलों में फंसे हैं । उन्होंने रेल मंत्रालय को पत्र लिखकर"
        " मजदूरों को वापस लाने की मांग की है । विधायक रमेश यादव ने कहा कि उन्होंने मुख्यमंत्री को पत्र"
        " लिख मांग की है कि किसानों की मदद की जाए ।"
    )
    first, second = events_of(art, "REQUEST")[:2]
    assert role_names(art, first, "source") == ["Ajay Mishra"]
    assert role_names(art, second, "source") == ["Ramesh Yadav"]


def test_a_pronoun_after_another_agent_of_the_clause_is_not_the_speaker() -> None:
    art = analysed(
        "सांसद अजय मिश्रा ने लोगों से घरों में रहने की अपील की । विधायक रमेश यादव ने कहा कि किसान"
        " परेशान हैं, पुलिस ने उन्हें रोका और उन्होंने जिलाधिकारी से मदद की मांग की है ।"
    )
    for ev in events_of(art, "REQUEST")[1:]:
        assert "Ramesh Yadav" not in role_names(art, ev, "source")


def test_a_misspelt_state_is_that_states_government() -> None:
    art = analysed(
        "उत्तराखंड में कोरोना के तीन नए मामले सामने आए हैं । त्तराखंड सरकार ने कोरोना को महामारी घोषित"
        " कर दिया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Government of Uttarakhand"]


def test_a_word_unlike_the_state_leaves_the_government_bare() -> None:
    art = analysed(
        "झारखंड में कोरोना का पहला मामला सामने आया है । अलर्ट सरकार ने भी कई देशों के यात्रियों के"
        " आने पर रोक लगा रखी है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") != ["Government of Jharkhand"]


def test_misspelt_reads_a_lost_or_changed_letter_only() -> None:
    assert _misspelt("त्तराखंड", "Uttarakhand")
    assert _misspelt("छतीसगढ़", "Chhattisgarh")
    assert not _misspelt("अलर्ट", "Jharkhand")
    assert not _misspelt("उत्तराखंड", "Uttarakhand")  # a name the tables know: no guess needed


def test_a_bodys_team_acts_under_the_phrase_as_written() -> None:
    art = analysed("देहरादून : स्वास्थ्य विभाग की टीम ने विदेश से लौटे तीन लोगों को क्वारंटाइन कर दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Dehradun health department team"]  # its team (pq1)
    texts = [a.text for a in ev.arguments if a.role == "source"]
    assert texts == ["स्वास्थ्य विभाग की टीम"]


def test_a_district_dateline_is_the_storys_town() -> None:
    art = analysed(
        "लखीमपुर-खीरी : लॉकडाउन को लेकर लोग घरों में हैं । किसी बाहरी व्यक्ति या वाहन को जिले में"
        " घुसने की अनुमति नहीं है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Lakhimpur Kheri district administration"]


def test_a_district_named_in_the_body_is_no_dateline() -> None:
    art = analysed(
        "दिल्ली से लखीमपुर खीरी लौटे मजदूर घरों में हैं । किसी बाहरी व्यक्ति को गांव में घुसने की"
        " अनुमति नहीं है ।"
    )
    for ev in events_of(art, "COERCE"):
        assert role_names(art, ev, "source") != ["Lakhimpur Kheri district administration"]


def test_a_bare_department_quoted_is_the_department_named_before() -> None:
    art = analysed(
        "अखबार ने सिंध हेल्थ डिपार्टमेंट के हवाले से कहा कि कराची में एक व्यक्ति संक्रमित पाया गया है ।"
        " विभाग ने अपने आधिकारिक बयान में कहा, “उसके संपर्क में आए सभी लोगों को आइसोलेट कर दिया गया है ।”"
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Sindh health department"]


def test_a_bare_speaker_gives_no_act_the_clause_leaves_to_others() -> None:
    art = analysed(
        "केंद्र ने राज्य सरकारों से कहा है कि वे लॉकडाउन का सख्ती से पालन कराएं और इसका उल्लंघन करने"
        " वालों के खिलाफ कानूनी कार्रवाई करें ।"
    )
    for ev in events_of(art, "COERCE"):
        assert role_names(art, ev, "source") != ["Government of India"]


def test_a_bare_speaker_named_nowhere_before_keeps_the_guessed_issuer() -> None:
    art = analysed(
        "दिल्ली में तबलीगी जमात के लोगों की जांच हो रही है । मंत्रालय ने कहा कि अब तक 1339 लोगों को"
        " दिल्ली के नरेला क्वारंटीन केंद्र में भेजा गया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.source and not any(s.startswith("text:") for s in ev.source), ev.source


def test_a_district_officer_reporting_a_measure_reports_the_administrations() -> None:
    art = analysed(
        "अलीगढ़ : जिलाधिकारी सीबी सिंह ने अधिकारियों के साथ बैठक की । जिला अधिकारी ने बताया कि युवक"
        " के संपर्क में आए नौ लोगों को होम क्वारंटाइन कर दिया गया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Aligarh district administration"]


def test_a_district_officer_keeps_what_he_orders_himself() -> None:
    art = analysed("अलीगढ़ : जिलाधिकारी सीबी सिंह ने नौ लोगों को होम क्वारंटाइन करने का आदेश दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["C.B. Singh"]  # round nm7: initials dotted


def test_a_minister_reporting_a_measure_is_no_district_officer() -> None:
    art = analysed("लखनऊ : स्वास्थ्य मंत्री ने बताया कि नौ लोगों को होम क्वारंटाइन कर दिया गया है ।")
    for ev in events_of(art, "COERCE"):
        assert not any("district administration" in n for n in role_names(art, ev, "source"))


def test_the_health_department_in_urdu_and_english_words() -> None:
    art = analysed("अलीगढ़ : मस्जिद के आसपास का पूरा इलाका जिला प्रशासन और स्वास्थ्य महकमा सील करेगा ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == [
        "Aligarh district administration",
        "Aligarh health department",
    ]
    art = analysed("कराची : सिंध हेल्थ डिपार्टमेंट ने संक्रमित के परिवार को आइसोलेट कर दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Sindh health department"]


def test_a_department_of_another_word_is_no_health_department() -> None:
    art = analysed("अलीगढ़ : राजस्व महकमा ने दुकानों को सील कर दिया है ।")
    for ev in events_of(art, "COERCE"):
        assert "Aligarh health department" not in role_names(art, ev, "source")
