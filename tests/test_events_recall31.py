"""Issue 13, round ev101 (session 10): kinds of core events missed on the unseen sets Ta, Tc, Td and
the dev tune half that recur on other allowed corpus text:

- a service for the public launched ("… ने नई हेल्पलाइन की शुरुआत की", "कम्युनिटी किचन शुरू
  किया गया", "… एप लॉन्च किया"): AID service, with the कर light verb only;
- the doer of a passive named between the noun and its light verb ("भोजन की व्यवस्था नगर निगम
  की ओर से की जा रही है");
- the causative of कर after a support word ("सहायता उपलब्ध करवा रहे हैं");
- people brought back from "देशों" (countries), which in an Indian report are foreign ones;
- a direct question reports no act ("कितने भारतीय लाए गए?").

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-20")



# ---- services launched ------------------------------------------------------------------------


def test_a_service_launched_is_aid() -> None:
    art = analysed("राज्य सरकार ने मंगलवार को प्रवासी मजदूरों के लिए दो नई हेल्पलाइन की शुरुआत की है ।")
    assert [(e.mode, e.modality) for e in events_of(art, "AID")] == [("service", "happened")]
    art = analysed("नगर निगम ने गरीबों के लिए सामुदायिक रसोई शुरू की है ।")
    assert [e.mode for e in events_of(art, "AID")] == ["service"]
    art = analysed("जिला प्रशासन ने लोगों की मदद के लिए एक मोबाइल एप लॉन्च किया है ।")
    assert [e.mode for e in events_of(art, "AID", "service")] == ["service"]
    art = analysed("रेलवे अगले सप्ताह से 15 शहरों के लिए ट्रेन सेवा शुरू करेगा ।")
    assert [(e.mode, e.modality) for e in events_of(art, "AID")] == [("service", "planned")]


def test_a_service_that_begins_by_itself_or_is_only_allowed_is_no_launch() -> None:
    # "शुरू हो जाएंगी": it starts of itself; nobody launches it
    art = analysed("सोमवार से शहर में बस सेवा शुरू हो जाएगी ।")
    assert not events_of(art, "AID", "service")
    # the permission is the act, not a launch ("शुरू करने की अनुमति")
    art = analysed("सरकार ने निजी अस्पतालों को ओपीडी सेवा शुरू करने की अनुमति दी है ।")
    assert not events_of(art, "AID", "service")
    assert [e.type for e in art.events] == ["CONCEDE"]
    # a test or a campaign begun is no service given
    art = analysed("स्वास्थ्य विभाग ने गांव में लोगों की जांच शुरू कर दी है ।")
    assert not events_of(art, "AID")


# ---- the doer between the noun and its light verb ---------------------------------------------


def test_behalf_between_noun_and_light_verb_is_the_agent() -> None:
    art = analysed("मरीजों के लिए भोजन की व्यवस्था नगर निगम की ओर से की जा रही है ।")
    [ev] = events_of(art, "AID")
    assert (ev.mode, ev.modality) == ("provide", "ongoing")
    assert role_names(art, ev, "source") == ["municipal corporation"]
    art = analysed("प्रवासी मजदूरों के लिए बसों का इंतजाम उत्तर प्रदेश सरकार की तरफ से किया गया ।")
    [ev] = events_of(art, "AID")
    assert role_names(art, ev, "source") == ["Government of Uttar Pradesh"]


def test_a_direction_or_an_active_verb_after_behalf_is_no_agent() -> None:
    # "दिल्ली की ओर से आने वाले ट्रकों": the direction trucks come from, then another word
    art = analysed("राशन की व्यवस्था दिल्ली की ओर से आने वाले ट्रकों से की जा रही है ।")
    assert not events_of(art, "AID")
    # "की ओर" with no से: what the government turns to, no doer
    art = analysed("गरीबों के भोजन की व्यवस्था की ओर सरकार ध्यान दे रही है ।")
    assert not events_of(art, "AID")


# ---- the causative after a support word -------------------------------------------------------


def test_help_made_available_by_causative_is_aid() -> None:
    art = analysed("जिला प्रशासन ने बाढ़ पीड़ितों को आर्थिक मदद उपलब्ध कराई है ।")
    assert [(e.mode, e.modality) for e in events_of(art, "AID")] == [("aid", "happened")]


def test_help_asked_to_be_made_available_is_no_aid() -> None:
    # the infinitive is the request's content, as with the कर light verb
    art = analysed("मुख्यमंत्री ने अधिकारियों को गरीबों को मदद उपलब्ध कराने के लिए कहा है ।")
    assert not events_of(art, "AID")


# ---- brought back from abroad -----------------------------------------------------------------


def test_people_brought_back_from_countries_are_evacuated() -> None:
    art = analysed("अब तक 600 से ज्यादा भारतीयों को संक्रमण झेल रहे देशों से सुरक्षित वापस लाया गया है ।")
    assert [(e.mode, e.modality) for e in events_of(art, "AID")] == [("repatriate", "happened")]


def test_things_or_people_brought_from_elsewhere_stay_out() -> None:
    # samples, not people; a patient brought back to a ward
    art = analysed("कई देशों से भारतीयों के नमूने जांच के लिए लाए गए हैं ।")
    assert not events_of(art, "AID")
    art = analysed("भागे हुए मरीज को पुलिस ने पकड़कर वापस अस्पताल लाया ।")
    assert not events_of(art, "AID", "repatriate")


# ---- questions --------------------------------------------------------------------------------


def test_a_direct_question_reports_no_act() -> None:
    art = analysed("बाहर के देशों से अभी तक कितने भारतीय सुरक्षित लाए गए?")
    assert not art.events
    art = analysed("क्या कोरोना वायरस के कारण स्थगित किया जाएगा आईपीएल ?")
    assert not art.events


def test_an_indirect_question_reports_no_act() -> None:
    art = analysed("हमें नहीं पता कि केंद्र सरकार किस तरह से हवाई सेवा शुरू करने वाली है ।")
    assert not art.events
    art = analysed("पत्रकारों ने पूछा कि सरकार कब लॉकडाउन खत्म करेगी ।")
    assert not events_of(art, "COERCE")
    # what one knows was done is reported
    art = analysed("हमें पता है कि राज्य सरकार ने सभी स्कूल बंद कर दिए हैं ।")
    assert [e.mode for e in events_of(art, "COERCE")] == ["close"]


def test_a_question_quoted_after_the_act_keeps_it() -> None:
    art = analysed(
        "विपक्ष के नेता पर निशाना साधते हुए उपमुख्यमंत्री सुशील मोदी ने कहा कि उन्हें जमीनी हकीकत "
        "की जानकारी क्या होगी?"
    )
    assert [e.type for e in art.events] == ["ACCUSE"]


def test_help_wished_in_the_subjunctive_is_no_aid() -> None:
    # "करवाए" ending the clause: the subjunctive (should provide), not the perfect plural
    art = analysed("इसलिए केंद्र सरकार राज्यों को आर्थिक सहायता उपलब्ध करवाए ।")
    assert not events_of(art, "AID")
    art = analysed("प्रशासन की ओर से गांवों में लोगों को मदद उपलब्ध कराए गए हैं ।")
    assert [e.modality for e in events_of(art, "AID")] == ["happened"]


# ---- any noun's act through a support word and कर ---------------------------------------------


def test_a_support_word_makes_the_act_with_kar_whatever_the_noun() -> None:
    # सख्ती, छूट and फंड take other light verbs alone; the support word makes the conjunct with कर
    art = analysed("छूट की अवधि पूरी होते ही जिले की पुलिस ने सख्ती शुरू कर दी ।")
    assert [e.mode for e in events_of(art, "COERCE")] == ["enforce"]
    art = analysed("राज्य सरकार ने दुकानदारों को दोपहर तक दुकान खोलने की छूट प्रदान की ।")
    assert [e.type for e in art.events] == ["CONCEDE"]  # the support word is no AID of its own
    art = analysed("विश्व बैंक ने भारत को 20 करोड़ डॉलर की सहायता मंजूर की है ।")
    assert [e.type for e in art.events] == ["AID"]


def test_a_support_word_asked_for_or_wished_makes_no_act() -> None:
    art = analysed("संघ ने कहा कि सरकार को किसानों के लिए राहत पैकेज सुनिश्चित करना चाहिए ।")
    assert not events_of(art, "AID")
