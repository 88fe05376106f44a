"""Issue 13, round ta12 (targets): an office, a management or the states and union territories
leading an urged कि-clause are whom the speaker asks (:func:`khabar.events.urged_bodies.
body_subject`); the police chiefs of the states a meeting is held with are glossed. Real sentences
and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-16")


def _asked(text: str) -> list[list[str]]:
    art = analysed(text)
    return [role_names(art, e, "target") for e in events_of(art, "REQUEST")]


def test_two_offices_asked_to_issue_helplines() -> None:
    # PK-2020-MAR-16.txt (the tuning set Vm)
    text = (
        "रांची के उपायुक्त राय महिमापत रे ने भी एक बैठक की. श्री रे ने कहा कि सिविल सर्जन कार्यालय"
        " एवं अनुमंडल पदाधिकारी के कार्यालय एक-एक हेल्पलाइन नंबर भी जारी करें."
    )
    art = analysed(text)
    [ev] = [e for e in events_of(art, "REQUEST") if e.trigger == "कहा"]
    texts = [a.text for a in ev.arguments if a.role == "target"]
    assert texts == ["सिविल सर्जन कार्यालय", "अनुमंडल पदाधिकारी के कार्यालय"]
    assert all(art.text[a.start : a.end] == a.text for a in ev.arguments if a.role == "target")


def test_states_and_union_territories_asked() -> None:
    # AU-2020-MAR-27.txt
    text = (
        "गौबा ने कहा है कि राज्य और केंद्र शासित प्रदेश एक बार फिर से विदेशों से आए यात्रियों की"
        " पहचान करें ।"
    )
    assert _asked(text) == [["Indian state and union territory governments"]]


def test_a_district_administration_keeps_its_actor() -> None:
    # negative: an actor unit leads the clause, read as before (no text phrase)
    art = analysed("मुख्यमंत्री ने कहा कि जिला प्रशासन सभी जरूरी इंतजाम करे ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.target == ["actor:district administration"]


def test_things_to_stay_closed_are_not_asked() -> None:
    # negatives: offices, schools and shops to stay closed are what the act falls on, not
    # bodies asked to act (the urged request itself stays, with no addressee)
    assert _asked("मुख्यमंत्री ने कहा कि सभी दफ्तर 31 मार्च तक बंद रहें ।") == [[]]
    assert _asked("मुख्यमंत्री ने कहा कि सभी स्कूल 31 मार्च तक बंद रहें ।") == [[]]


def test_a_marked_office_is_no_subject() -> None:
    # negative: "कार्यालय में" is where, not who
    text = "मुख्यमंत्री ने कहा कि हर कार्यालय में सैनिटाइजर रखा जाए और लोग दूरी बनाकर रहें ।"
    assert ["offices"] not in _asked(text)


def test_the_police_chiefs_a_meeting_is_held_with() -> None:
    # PK-2020-APR-26.txt (the tuning set Vq)
    text = (
        "कैबिनेट सचिव ने भी कोरोना संक्रमण की स्थिति की समीक्षा के लिये रविवार को सभी राज्यों के"
        " मुख्य सचिवों और पुलिस महानिदेशकों के साथ वीडियो कांफ्रेंसिंग बैठक की."
    )
    art = analysed(text, "2020-04-26")
    [ev] = events_of(art, "CONSULT")
    assert role_names(art, ev, "target") == [
        "chief secretaries of all Indian states and directors general of police"  # nm6
    ]
