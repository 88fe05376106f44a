"""Issue 13, round tg10 (restrictions whose affected party is lost): a ban on an activity the
glossary could not say kept no target. The glossary now says the Umrah pilgrimage, the loans
एक्सपोर्ट and एटेंडेंस, the agreeing form "इकट्ठे होने" and the biometric attendance system, so
the ban falls on them (the dev gold codes a ban on an activity with the activity: "public
transport and gatherings"), or on the people who gather where the ban names them. Sentences from
the allowed corpus day files; the negatives are the other sentences of the same stories that
must not change: the pilgrims' cancelled tickets, an export put under control, a ban on the
biometric system in several states (the states' public is not said)."""

from __future__ import annotations

from .hindi_events import analyser, one_event, target_names

analysed = analyser("2020-03-02")


def _ban_targets(text: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    [ev] = [e for e in art.events if e.trigger.startswith("रोक")]
    return target_names(art, ev)


def test_a_ban_on_the_umrah_falls_on_the_pilgrimage() -> None:
    # AU-2020-MAR-02.txt
    text = "कोराना वायरस से सुरक्षा के लिए सऊदी अरब सरकार ने उमरा पर रोक लगा दी है ।"
    assert _ban_targets(text, "2020-03-02") == ["Umrah pilgrimage in Saudi Arabia"]


def test_a_ban_on_exports_written_as_the_english_loan() -> None:
    # DJ-2020-MAR-03.txt
    text = "- भारत सरकार ने कोरोना वायरस के खतरे को देखते हुए 26 दवाओं के एक्सपोर्ट पर रोक लगाई दी है ।"
    assert _ban_targets(text, "2020-03-03") == ["medicine exports in India"]


def test_a_ban_on_gathering_in_the_agreeing_form_names_the_gatherers() -> None:
    # PK-2020-MAR-14.txt
    text = "आस्ट्रेलिया की सरकार ने 500 लोगों के एक जगह पर इकट्ठे होने पर रोक लगा दी है."
    assert _ban_targets(text, "2020-03-14") == ["people in Australia"]


def test_a_ban_on_biometric_attendance() -> None:
    # PK-2020-MAR-05.txt: the police's ban told twice, as the system and as the attendance
    first = (
        "भागलपुर : बिहार में कोरोना वायरस के खतरे को देखते ही अन्य विभागों की तरह भागलपुर पुलिस ने भी"
        " उपस्थिति दर्ज करने के लिए बनायी गयी बायोमेट्रिक व्यवस्था पर तत्कालीन रोक लगा दी है."
    )
    assert _ban_targets(first, "2020-03-05") == ["biometric attendance system in Bhagalpur"]
    second = (
        "भागलपुर : इसी को लेकर भागलपुर पुलिस के सभी पुलिस प्रतिष्ठानों में जहां बायोमेट्रिक व्यवस्था"
        " (फिंगर प्रिंट) से एटेंडेंस पर आगामी 15 दिनों के लिये रोक लगा दी गयी है."
    )
    assert _ban_targets(second, "2020-03-05") == ["attendance in Bhagalpur"]


def test_the_pilgrims_cancelled_tickets_name_no_pilgrimage() -> None:
    # AU-2020-MAR-02.txt: "उमरा" inside the pilgrims' description is no target of its own
    art = analysed(
        "इसकी वजह से उमरा जाने वाले 80 लेागों का टिकट रविवार को कैंसिल कराना पड़ा है ।", "2020-03-02"
    )
    names = [n for ev in art.events for n in target_names(art, ev)]
    assert not any("Umrah" in n for n in names)


def test_an_export_put_under_control_is_left_alone() -> None:
    # AU-2020-MAR-05.txt: a control, not a ban, with its own reading of the export
    art = analysed("एन95 मास्क और अन्य उपकरणों के एक्सपोर्ट को नियंत्रित किया गया है ।", "2020-03-05")
    names = [n for ev in art.events for n in target_names(art, ev)]
    assert not any("export" in n for n in names)


def test_a_ban_in_several_states_names_no_system() -> None:
    # PK-2020-MAR-06.txt: the attendance is an infinitive's object; the ban keeps its reading
    text = (
        "वायरस को फैलने से रोकने के लिए दिल्ली सहित कई राज्यों में बायोमीट्रिक सिस्टम से हाजिरी बनाने"
        " पर रोक लगा दी गयी है."
    )
    art = analysed(text, "2020-03-06")
    ev = one_event(art.events, "रोक")
    assert "biometric attendance system" not in " ".join(target_names(art, ev))
