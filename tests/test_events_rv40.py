"""Issue 13, round rv40: a twelfth unbiased recall audit and the kinds of miss it fixed.

250 body sentences drawn at random (``random.Random(4001)``, at most 3 from a file) from the
allowed corpus day files were judged by hand. Fixed in general form: a speaker's duty to ENSURE
whose content is a second कि-clause ("… को यह सुनिश्चित करना चाहिए कि …") asks it, a REQUEST;
a warning told to a named addressee with no कि-clause ("… ने लोगों को सचेत किया है") cautions
them, a REQUEST (सचेत warned as आगाह is); and a visa's term extended eases its holders' stay,
CONCEDE. Sentences are the news's own (allowed corpus day files) or written like them."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names, target_names

analysed = analyser("2020-04-17")


def test_a_duty_to_ensure_with_its_own_ki_clause_is_asked() -> None:
    # AU-2020-ARP-17 (allowed corpus day file; the rv40 draw's core miss)
    art = analysed(
        "यूपी सरकार के इस कदम की राजस्थान के मुख्यमंत्री अशोक गहलोत ने प्रशंसा की और कहा कि अन्य"
        " राज्य सरकारों को भी यह सुनिश्चित करना चाहिए कि वे लॉकडाउन के दौरान इस शहर में फंसे अपने"
        " राज्यों के छात्रों को उनके घरों तक सुरक्षित पहुंचाए  ।"
    )
    [ask] = events_of(art, "REQUEST")
    assert ask.trigger == "कहा"
    assert role_names(art, ask, "source") == ["Ashok Gehlot"]
    assert target_names(art, ask) == ["other Indian state governments"]
    assert [e.type for e in events_of(art, "SUPPORT")] == ["SUPPORT"]  # the praise as before
    # the must form ("… करना होगा कि …") asks as चाहिए does (written)
    must = analysed(
        "मुख्यमंत्री ने कहा कि जिलाधिकारियों को यह सुनिश्चित करना होगा कि कोई भी भूखा न रहे ।"
    )
    [ask] = events_of(must, "REQUEST")
    assert target_names(must, ask) == ["district magistrates"]


def test_a_duty_with_nobody_bound_or_a_view_is_no_request() -> None:
    # nobody named to ensure it: a remark, dropped for want of a target (written)
    art = analysed("मंत्री ने कहा कि यह सुनिश्चित करना चाहिए कि कोई भी भूखा न रहे ।")
    assert events_of(art, "REQUEST") == []
    # "समझना चाहिए कि …": a view told, not the verb of ensuring (DH-2020-MAY-07 has one)
    view = analysed("मंत्री ने कहा कि लोगों को समझना चाहिए कि शराब कोरोना वायरस का टीका नहीं है ।")
    assert events_of(view, "REQUEST") == []
    # an ensuring done, not asked (written)
    done = analysed("मंत्री ने कहा कि अधिकारियों ने यह सुनिश्चित किया कि कोई भी भूखा न रहे ।")
    assert events_of(done, "REQUEST") == []
    # a relative's duty: a norm for whoever came, no addressee (written)
    norm = analysed(
        "मंत्री ने कहा कि जो लोग बाहर से आए हैं उन्हें यह सुनिश्चित करना होगा कि वे जांच कराएं ।"
    )
    assert events_of(norm, "REQUEST") == []


def test_a_warning_to_an_addressee_with_no_clause_is_a_caution() -> None:
    # AU-2020-MAR-13 (allowed corpus day file; the rv40 draw's core miss)
    art = analysed(
        "कोरोनावायरस को लेकर झांसी के जिलाधिकारी आंध्रा वामसी ने लोगों को सचेत किया है ।",
        "2020-03-13",
    )
    [ev] = events_of(art, "REQUEST")
    assert (ev.trigger, ev.mode, ev.modality) == ("सचेत", "advise", "happened")
    assert target_names(art, ev) == ["residents of Jhansi"]
    # DJ-2020-MAR-07: आगाह, the warning verb of round ev107, to named countries
    who = analysed(
        "WHO ने कोविड-19 (कोरोना वायरस) से प्रभावित सभी देशों को इस बारे में आगाह कर दिया है ।",
        "2020-03-07",
    )
    [ev] = events_of(who, "REQUEST")
    assert ev.trigger == "आगाह"
    assert role_names(who, ev, "source") == ["World Health Organization"]


def test_a_warning_of_a_danger_or_a_threat_stays_as_it_was() -> None:
    # NT-2020-APR-26: an official's forecast, no addressee: no act
    art = analysed(
        "इस बीच चीन के एक वरिष्ठ स्वास्थ्य अधिकारी ने सचेत किया है कि विदेशों से आए संक्रमित लोगों"
        " के कारण खतरा बढ़ सकता है ।",
        "2020-04-26",
    )
    assert art.events == []
    # a कि-clause of a forecast with an addressee: still no caution (written)
    forecast = analysed("विशेषज्ञों ने लोगों को चेताया कि संक्रमण बढ़ सकता है ।")
    assert forecast.events == []
    # a coercion warned of stays a threat (written)
    threat = analysed("पुलिस ने दुकानदारों को चेताया कि नियम तोड़ने पर दुकान सील कर दी जाएगी ।")
    assert [e.type for e in threat.events] == ["THREATEN"]
    # सचेत as an adjective of the advice: the advice is the act (written)
    advice = analysed("उपायुक्त ने लोगों को सचेत रहने की सलाह दी ।")
    assert [(e.type, e.trigger) for e in advice.events] == [("REQUEST", "सलाह")]


def test_a_visa_term_extended_is_eased() -> None:
    # AU-2020-ARP-18 (allowed corpus day file; the rv40 draw's core miss)
    art = analysed(
        "इस दौरान गृह मंत्रालय की प्रवक्ता ने बताया कि कोरोना संकट के चलते भारत में फंसे विदेशियों"
        " की वीजा अवधि बढ़ाई जाएगी  ।",
        "2020-04-18",
    )
    [ev] = events_of(art, "CONCEDE")
    assert (ev.mode, ev.modality) == ("ease", "planned")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    assert target_names(art, ev) == ["stranded foreigners in India"]


def test_a_measure_term_or_a_warranty_extended_is_no_easing() -> None:
    # a lockdown's term extended stays the lockdown (written)
    art = analysed("सरकार ने लॉकडाउन की अवधि बढ़ा दी है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "lockdown")]
    # a carmaker's warranty (NT-2020-MAR-30 has one): a firm's service, no rule eased
    firm = analysed("मारुति सुजुकी ने ग्राहकों के लिए सर्विस, वारंटी अवधि बढ़ाने की घोषणा की ।")
    assert events_of(firm, "CONCEDE") == []
    # an extension only considered: no act yet (written)
    mulled = analysed("उन्होंने कहा कि वीजा अवधि बढ़ाने पर विचार किया जा रहा है ।")
    assert events_of(mulled, "CONCEDE") == []
