"""Issue 13, round src10 (national measures given a state's or city's government): a bare
"सरकार" in a sentence that says the country's scope ("देश में", "देशभर", "देशव्यापी", "पूरे देश",
the 21 days' lockdown, "लॉकडाउन 2.0") took the state government the article named before; it is
the Centre's now (:mod:`khabar.events.central_matters`). Sentences from the allowed corpus day
files; the negatives are the near-misses read on them: a sentence naming the state
(Maharashtra's lockdown put off), a state's own lockdown extension (Odisha's), a round-up of
states' lockdowns ("देश के कई राज्यों"), a date ("लॉकडाउन 3 मई तक") and a state's scope
("राज्य")."""

from __future__ import annotations

from khabar.events.central_matters import central_matter
from khabar.events.clause import Token

from .hindi_events import analyser, one_event, role_names

analysed = analyser("2020-04-22")


def _sources(text: str, dct: str, trigger: str) -> list[str]:
    art = analysed(text, dct)
    return role_names(art, one_event(art.events, trigger), "source")


def _tokens(sentence: str) -> list[Token]:
    return [Token(0, 0, w) for w in sentence.split()]


def test_an_ordinance_for_the_country_after_a_states_item_is_the_centres() -> None:
    # NT-2020-APR-22.txt: a live blog's Andhra Pradesh item, then the Union Cabinet's ordinance
    text = (
        "आंध्र प्रदेश में 56 नए मामले, दो की मौत\n"
        "आंध्र प्रदेश में पिछले 24 घंटे में कोरोना के 56 नए मामले सामने आए हैं, वहीं दो लोगों की"
        " मौत हुई है । आंध्र प्रदेश सरकार ने लोगों से घरों में रहने की अपील की है ।\n\n"
        "डॉक्टरों पर हमला पड़ेगा भारी, पूरे 7 साल की जेल\n"
        "कोरोना वायरस महामारी के दौरान देश में डॉक्टरों और नर्सों पर हमले को देखते हुए सरकार"
        " उनकी सुरक्षा के लिए एक अध्यादेश लाई है ।"
    )
    assert _sources(text, "2020-04-22", "अध्यादेश") == ["Government of India"]


def test_the_twenty_one_days_lockdown_is_the_centres() -> None:
    # NT-2020-MAR-30.txt: a news round-up from New Delhi, the Delhi government named before
    text = (
        "नयी दिल्ली, कोरोना वायरस मरीजों का इलाज कर रहे डॉक्टर दिल्ली सरकार के खर्च पर यहां एक"
        " निजी होटल में रहेंगे ।\n\n"
        "नयी दिल्ली, सरकार ने सोमवार को कहा कि पिछले हफ्ते मंगलवार को मध्यरात्रि से प्रभावी हुए"
        " 21 दिन के लॉकडाउन की अवधि बढ़ाने की उसकी कोई योजना नहीं है ।"
    )
    assert _sources(text, "2020-03-30", "लॉकडाउन") == ["Government of India"]


def test_a_state_named_in_the_sentence_keeps_its_government() -> None:
    # AU-2020-MAR-18.txt: "देश में" compares Maharashtra with the country; the state decided
    text = (
        "कोरोना वायरस: महाराष्ट्र में संक्रमितों की संख्या हुई 41, मुंबई में लॉकडाउन फिलहाल टला\n\n"
        "देश में कोरोना वायरस के सबसे ज्यादा पॉजिटिव महाराष्ट्र में पाए जाने से चिंतित सरकार ने"
        " लॉक डाउन का फैसला फिलहाल टाल दिया है ।"
    )
    assert _sources(text, "2020-03-18", "टाल") == ["Government of Maharashtra"]


def test_a_states_own_lockdown_extension_stays_the_states() -> None:
    # PK-2020-APR-10.txt: Odisha extended its lockdown first; no country's scope in the sentence
    text = (
        "ओड़िशा में लॉकडाउन 30 अप्रैल तक\n"
        "ओड़िशा में नवीन पटनायक की सरकार ने लॉकडाउन बढ़ा कर अब 30 अप्रैल तक कर दी है ."
    )
    assert _sources(text, "2020-04-10", "लॉकडाउन") == ["Government of Odisha"]


def test_the_countrys_scope_words() -> None:
    assert central_matter(_tokens("देशभर में लॉकडाउन को 3 मई तक बढ़ा दिया गया है"))
    assert central_matter(_tokens("सरकार ने देशव्यापी लॉकडाउन की घोषणा की"))
    assert central_matter(_tokens("पूरे देश में लॉकडाउन"))
    assert central_matter(_tokens("लॉकडाउन 2 . 0 के दौरान"))
    assert central_matter(_tokens("21 दिनों के लॉकडाउन की मियाद"))


def test_no_countrys_scope_in_a_round_up_a_date_or_a_states_scope() -> None:
    # AU-2020-ARP-08.txt: the states' own lockdowns, told as the country's round-up
    assert not central_matter(_tokens("देश के कई राज्यों और शहरों में लॉकडाउन किया गया है"))
    # "लॉकडाउन 3 मई तक": a date, not the third phase
    assert not central_matter(_tokens("सरकार ने लॉकडाउन 3 मई तक बढ़ा दिया है"))
    # one state's scope named: the state's measure, whatever the country does
    assert not central_matter(
        _tokens("देश में कोरोना के बढ़ते मामलों को देखते हुए सरकार ने राज्य के सभी स्कूल बंद किए")
    )
    # "देशी विदेशी मदिरा" (AU-2020-MAR-22.txt) is no scope
    assert not central_matter(_tokens("देशी विदेशी मदिरा दुकानों को बंद करने का फैसला"))
