"""Issue 13, round ev92 (session 9): kinds of core events missed on the unseen set Ta (12 articles
of allowed corpus days, annotated by someone who never ran khabar) that recur on other corpus text:

- a request whose कि-clause asks in its first conjunct, then goes on ("लोगों से कहा है कि लोग
  घबराएं नहीं, …", "… से कहा गया है कि वे घरों में ही रहें और …"), and the passive of the speech
  verb ("राज्यों से कहा गया है कि वे … करें");
- people brought from a foreign country ("ईरान से … 53 लोगों को लाया गया है") are evacuees as the
  stranded are.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# ---- requests asked in the first conjunct, and in the passive ---------------------------------


def test_a_request_in_the_first_conjunct_of_the_clause_is_a_request() -> None:
    art = analysed(
        "जिलाधिकारी ने लोगों से कहा है कि वे घबराएं नहीं, जिले में अब तक कोई नया मामला नहीं मिला है ।"
    )
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]
    # the subjunctive spelt without its nasal, the negation after the verb
    art = analysed("उपायुक्त ने ग्रामीणों से कहा कि लोग घबराए नहीं, सभी मरीज ठीक हो रहे हैं ।")
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]
    art = analysed(
        "मुख्यमंत्री ने व्यापारियों से कहा कि वे दाम न बढ़ाएं और सरकार हर संभव मदद करेगी ।"
    )
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]


def test_a_first_conjunct_that_only_says_or_sets_a_condition_is_no_request() -> None:
    # a report: the first conjunct is in the past
    art = analysed("अधिकारी ने पत्रकारों से कहा कि कल दो मरीज मिले, दोनों की हालत ठीक है ।")
    assert not _of(art, "REQUEST")
    art = analysed("अधिकारी ने पत्रकारों से कहा कि मजदूर घबराए नहीं थे, सभी शिविर में रहे ।")
    assert not _of(art, "REQUEST")
    # a condition or a relative clause leads: its subjunctive is not the request
    art = analysed("मंत्री ने पत्रकारों से कहा कि अगर लोग घरों में रहें, तो संक्रमण रुक जाएगा ।")
    assert not _of(art, "REQUEST")
    art = analysed("मंत्री ने पत्रकारों से कहा कि जो लोग बाहर से आएं, उनकी जांच अस्पताल में होगी ।")
    assert not _of(art, "REQUEST")
    # a list of plural nouns ends as the subjunctive does: no clause, no request
    art = analysed("मंत्री ने पत्रकारों से कहा कि सभी दुकानें, मॉल और सिनेमा हॉल बंद रहेंगे ।")
    assert not _of(art, "REQUEST")
    art = analysed("जिलाधिकारी ने लोगों से कहा कि राशन की दुकानें और दवा की दुकानें खुली रहेंगी ।")
    assert not _of(art, "REQUEST")
    # no addressee: an opinion as often as a request (the lexicon's requires_target)
    art = analysed("मंत्री ने कहा कि सरकार सतर्क रहे, हालात काबू में हैं ।")
    assert not [e for e in _of(art, "REQUEST") if e.mode == "tell_to" and not e.target]


def test_the_passive_of_the_speech_verb_asks_named_officials() -> None:
    art = analysed("सभी जिलाधिकारियों से कहा गया है कि वे अपने जिलों में राहत शिविर बनाएं ।")
    [ev] = _of(art, "REQUEST")
    assert ev.mode == "tell_to" and ev.source and ev.target
    art = analysed(
        "राज्यों से कहा गया है कि वे जांच की क्षमता बढ़ाएं और अस्पतालों में बिस्तर तैयार रखे जाएंगे ।"
    )
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]


def test_the_passive_of_the_speech_verb_that_only_reports_is_no_request() -> None:
    # "… के हवाले से कहा गया है कि": a source cited, no addressee asked
    art = analysed("मीडिया रिपोर्ट के हवाले से कहा गया है कि दो और लोग संक्रमित पाए गए हैं ।")
    assert not _of(art, "REQUEST")
    art = analysed("राज्यों से कहा गया है कि केंद्र ने पर्याप्त किट भेज दी हैं ।")
    assert not _of(art, "REQUEST")


# ---- people brought from abroad --------------------------------------------------------------


def test_people_brought_from_a_foreign_country_are_evacuated() -> None:
    art = analysed("विदेश मंत्रालय ने बताया कि इटली से 218 छात्रों को विशेष विमान से लाया गया है ।")
    assert [e.mode for e in _of(art, "AID")] == ["repatriate"]
    art = analysed("वंदे भारत मिशन के तहत अब तक करीब दो हजार भारतीय नागरिक विदेशों से लाए गए ।")
    assert [e.mode for e in _of(art, "AID")] == ["repatriate"]


def test_goods_from_abroad_and_people_from_home_are_no_evacuation() -> None:
    art = analysed("चीन से पचास हजार जांच किट लाए गए हैं ।")
    assert not _of(art, "AID")
    art = analysed("ईरान से भारतीयों के नमूने जांच के लिए पुणे लाये गये ।")
    assert not _of(art, "AID")
    # within the country, nobody stranded: a patient or workers moved, no evacuation
    art = analysed("दिल्ली से बीस मजदूरों को बस से गांव लाया गया ।")
    assert not _of(art, "AID")


def test_a_planned_evacuation_of_the_stranded_is_aid_planned() -> None:
    art = analysed("विदेश मंत्री ने बताया कि इटली में फंसे सभी भारतीय छात्रों को जल्द ही भारत लाया जाएगा ।")
    [ev] = _of(art, "AID")
    assert (ev.mode, ev.modality) == ("repatriate", "planned")


def test_a_plan_on_a_condition_or_an_airlift_told_twice_is_no_second_evacuation() -> None:
    # a condition: not yet a plan
    art = analysed("अगर केंद्र से अनुमति मिली तो दूसरे राज्यों में फंसे मजदूरों को वापस लाया जाएगा ।")
    assert not [e for e in _of(art, "AID") if e.mode == "repatriate"]
    # "एयरलिफ्ट कर … लाया जाएगा": the airlift, one event
    art = analysed("कुवैत में फंसे तीन सौ भारतीयों को एयरलिफ्ट कर भारत लाया जाएगा ।")
    assert len(_of(art, "AID")) == 1


# ---- a long telegraphic line inside an article is a heading (precision) ----------------------

# Two body paragraphs around the line tested (a short text's lone lines are boilerplate to the
# clean stage and never reach the events stage).
_BEFORE = (
    "धनबाद : गुरुवार को जिले में तीन नये कोरोना पॉजिटिव मरीजों की पुष्टि हुई है, जानकारी के अनुसार"
    " सभी मरीज दिल्ली से लौटे थे और गांव के स्कूल में बने क्वारंटाइन सेंटर में रह रहे थे. प्रशासन"
    " ने तीनों को इलाज के लिए पीएमसीएच भेज दिया है. उनके संपर्क में आये लोगों की पहचान की जा रही है."
)
_AFTER = (
    "बताया जाता है कि तीनों मरीज एक ही गांव के रहने वाले हैं. इनमें दो पुरुष और एक महिला है."
    " गांव को पूरी तरह सील कर दिया गया है."
)


def _with_line(line: str) -> Article:
    return analysed(f"{_BEFORE}\n\n{line}\n\n{_AFTER}")


def test_a_long_telegraphic_line_inside_an_article_is_a_heading() -> None:
    # a related story's headline between paragraphs: the light verb before its noun, no stop
    art = _with_line(
        "कोरोना को लेकर धनबाद डीसी ने की बैठक, बाजारों में नये मजिस्ट्रेट तैनात, कंटेनमेंट जोन में"
        " कोई भी पास मान्य नहीं"
    )
    assert not _of(art, "CONSULT")
    assert [e.mode for e in _of(art, "COERCE")] == ["seal"]


def test_a_long_line_that_only_lost_its_stop_keeps_its_events() -> None:
    # body text without its stop, the light verb after the noun: not telegraphic
    art = _with_line(
        "धनबाद के उपायुक्त ने बुधवार को जिले के सभी प्रखंड विकास पदाधिकारियों और थाना प्रभारियों के"
        " साथ बैठक की और लॉकडाउन का सख्ती से पालन कराने के निर्देश दिए"
    )
    assert [e.mode for e in _of(art, "CONSULT")] == ["meeting"]
