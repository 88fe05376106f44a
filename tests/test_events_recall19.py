"""Issue 13, recall pass ev57: kinds missed on the unseen stand-in sets F and G (article spans of
corpus day files outside the event gold, annotated by hand before khabar ran on them), and the
known precision kind of a demand read as the closure it asks for. Sentences are written like the
news, each kind with a negative beside it (precision first).

- a list of relief goods whose last item takes the light verb ("भोजन, पानी और दवा देगी");
- meals served (लंच/डिनर कराया, खाना खिलाया);
- a request written to an addressee ("केंद्र को लिखा है कि … भेजे जाएं");
- a request whose कि-clause closes with a purpose clause ("… करा लें, ताकि … सके");
- an infinitive coordinated with a demanded one ("बंद करने और … देने की मांग की"): no closure;
- a passive hand-out with no agent ("सभी परिवारों को दस किलो राशन दिया जाएगा"): issuer inferred.

Corpus check (corpus/hindi-covid-2020 outside the gold's days, the sentences of each
construction probed before and after, every change read by hand): lists and meals 4 events more
(3 right: the Delhi lunches, the UP food and water, kits and masks given to health workers; 1 wrong,
food sold on trains); written requests 0 more and 1 wrong one avoided ("संदेश में लिखा है कि … को
… शुभकामनाएं"); purpose clauses 5 requests more (5 right); coordinated infinitives 1 wrong closure
fewer, none lost; passive hand-outs 7 more on 84 sentences (6 right, 1 a second event of a
provision). On 60 whole day files (random.Random(5757)) 7 events more, none lost, 6 right. All
together 19 new events, 17 right (0.89), 1 wrong one gone."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_a_list_of_relief_goods_is_aid() -> None:
    art = analysed("मुख्यमंत्री ने कहा कि फंसे हुए मजदूरों को भोजन, पानी और दवा देंगे ।")
    assert [e.mode for e in _of(art, "AID")] == ["relief"]
    art = analysed("जिलाधिकारी ने कहा कि सभी जरूरतमंदों को भोजन व पानी दिया जाएगा ।")
    assert [e.mode for e in _of(art, "AID")] == ["relief"]


def test_relief_goods_in_another_phrase_are_no_aid() -> None:
    # the list runs into a postposition: the goods are used, not handed out
    art = analysed("प्रशासन ने कहा कि लोग राशन और मास्क का इस्तेमाल सोच समझकर करें ।")
    assert not _of(art, "AID")
    # two relief nouns, one handing out: one event, not two
    art = analysed("प्रशासन ने गरीब परिवारों को राशन और मास्क बांटे ।")
    assert len(_of(art, "AID")) == 1


def test_meals_served_are_aid() -> None:
    art = analysed("नगर निगम ने रविवार को दस हजार गरीबों को लंच और डिनर कराया ।")
    assert [e.mode for e in _of(art, "AID")] == ["relief"]
    art = analysed("जिला प्रशासन ने शिविर में रुके मजदूरों को खाना खिलाया ।")
    assert [e.mode for e in _of(art, "AID")] == ["relief"]


def test_food_eaten_is_no_aid() -> None:
    art = analysed("डॉक्टरों ने लोगों को ताजा खाना खाने की सलाह दी ।")
    assert not _of(art, "AID")


def test_a_request_written_to_an_addressee() -> None:
    art = analysed("मुख्यमंत्री ने केंद्र सरकार को लिखा है कि राज्य को जल्द से जल्द वेंटिलेटर भेजे जाएं ।")
    events = _of(art, "REQUEST")
    assert [e.mode for e in events] == ["tell_to"] and events[0].target
    art = analysed("मुख्य सचिव ने सभी जिलों को लिखा है कि लॉकडाउन का सख्ती से पालन कराया जाए ।")
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]


def test_writing_that_only_says_is_no_request() -> None:
    art = analysed("उन्होंने प्रधानमंत्री को लिखा कि राज्य की स्थिति नियंत्रण में है ।")
    assert not _of(art, "REQUEST")
    # no addressee before the writing: a wish in a message, not a request
    art = analysed("मंत्री ने अपने संदेश में लिखा है कि मुख्यमंत्री को जन्मदिन की ढेरों शुभकामनाएं ।")
    assert not _of(art, "REQUEST")


def test_a_request_closed_by_a_purpose_clause() -> None:
    art = analysed(
        "सचिव ने सभी जिलाधिकारियों को लिखा है कि वे राशन दुकानों के भंडार की जांच करा लें, "
        "ताकि समय पर आवंटन किया जा सके ।"
    )
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]
    art = analysed(
        "स्वास्थ्य मंत्री ने राज्यों से कहा कि वे जांच की संख्या बढ़ाएं ताकि संक्रमण पर रोक लग सके ।"
    )
    assert [e.mode for e in _of(art, "REQUEST")] == ["tell_to"]


def test_a_statement_with_a_purpose_clause_is_no_request() -> None:
    art = analysed("मंत्री ने राज्यों से कहा कि जांच बढ़ाई गई है ताकि संक्रमण रोका जा सके ।")
    assert not _of(art, "REQUEST")


def test_a_coordinated_demand_is_no_closure() -> None:
    art = analysed("व्यापारियों ने बाजार बंद करने और कर्मचारियों को छुट्टी देने की मांग की ।")
    assert not [e for e in art.events if e.type == "COERCE"]
    assert _of(art, "REQUEST")
    art = analysed(
        "नोएडा के लोगों ने कंपनियों को बंद करने और घर से काम की सुविधा देने के लिए आवाज उठाई है ।"
    )
    assert not [e for e in art.events if e.type == "COERCE"]


def test_a_coordinated_order_stays_a_closure() -> None:
    art = analysed("प्रशासन ने बाजार बंद करने और लोगों को घरों में रहने के निर्देश दिए ।")
    assert [e for e in art.events if e.type == "COERCE" and e.mode == "close"]


def test_a_passive_hand_out_is_aid_with_its_issuer_inferred() -> None:
    art = analysed("बाढ़ प्रभावित सभी परिवारों को दस किलो राशन दिया जाएगा ।")
    events = _of(art, "AID")
    assert [e.mode for e in events] == ["relief"] and events[0].source
    art = analysed("गरीबों को मुफ्त मास्क बांटे जा रहे हैं ।")
    assert [e.mode for e in _of(art, "AID")] == ["relief"]


def test_a_hand_out_denied_is_no_aid() -> None:
    art = analysed("अस्पताल के सफाई कर्मचारियों को अब तक मास्क और दस्ताने नहीं दिए गए हैं ।")
    assert not [e for e in _of(art, "AID") if e.modality != "denied"]


def test_a_voice_raised_for_something_is_its_demand() -> None:
    art = analysed("ग्रामीणों ने गांव को सील करने के लिए आवाज उठाई है ।")
    assert [e.mode for e in _of(art, "REQUEST")] == ["request"]
    assert not _of(art, "COERCE")  # the sealing asked for is no act


def test_a_voice_raised_against_something_is_no_request() -> None:
    art = analysed("विपक्ष ने बिजली के बढ़े बिलों के खिलाफ आवाज उठाई है ।")
    assert not _of(art, "REQUEST")
