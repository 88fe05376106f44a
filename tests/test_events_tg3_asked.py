"""Issue 13, round tg3: whom a request is made of when its से-addressee stands after a participle
clause ("A ने … करते हुये X से … का आह्वान किया") or in an agentless active clause ("X से … को
कहा है"), where neither ``addressees._asked_from`` nor ``_asked_in_passive`` looks
(:mod:`khabar.events.asked_beyond`). Real sentences, with negatives: a place, a date, a verb's
own object and a को-object are no addressee."""

from __future__ import annotations

from .hindi_events import analyser, events_of, one_event, target_names

analysed = analyser("2020-04-19")


def _request(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    return target_names(art, one_event(events_of(art, "REQUEST"), trigger))


def test_residents_told_without_an_agent() -> None:
    # DJ-2020-ARP-19.txt: the doer is the health department of the sentence before (the audit au6)
    text = (
        "कानपुर में स्वास्थ्य विभाग की टीम ने तीनों परिवारों के घरों के बाहर नोटिस चस्पा करके सभी "
        "को क्वारंटाइन कर दिया है । मोहल्ले के लोगों से इन परिवार से दूर रहने को कहा है ।"
    )
    assert _request(text, "को कहा") == ["residents of Kanpur"]


def test_addressee_after_a_participle_clause() -> None:
    # PK-2020-APR-23.txt: the concern voiced "करते हुये" stands between the agent and whom he asks
    text = (
        "डा. गुलेरिया ने मरीजों के देर से अस्पताल पहुंचने पर चिंता व्यक्त करते हुये देशवासियों से "
        "संक्रमण से बचने के लिये अस्पताल तक पहुंचने में तत्परता दिखाने का आह्वान किया।"
    )
    assert _request(text, "आह्वान") == ["public"]


def test_ongoing_form_with_we() -> None:
    # AU-2020-MAR-05.txt: "हम" is the unmarked subject of the ongoing form, the people are asked
    text = (
        "प्रभावित लोगों की मदद में जुटी अंकिता उपरेती ने बताया कि इन लोगों ने पहले ही काफी कुछ "
        "झेला है । अभी तो हम लोगों से स्वच्छता बनाए रखने के लिए कह रहे हैं ।"
    )
    assert _request(text, "के लिए कह") == ["public"]


def test_group_after_a_participle() -> None:
    # written: a named group, not the public
    text = "जिलाधिकारी ने बैठक करते हुए व्यापारियों से दुकानें बंद रखने को कहा है ।"
    assert _request(text, "को कहा") == ["traders"]


def test_a_date_after_the_participle_is_no_addressee() -> None:
    # written: "सोमवार से" is when, nobody is asked
    text = "जिलाधिकारी ने बैठक करते हुए सोमवार से दुकानें बंद रखने को कहा है ।"
    assert _request(text, "को कहा") == []


def test_a_place_is_no_addressee() -> None:
    # written: an agentless clause whose से-phrase is a city
    text = (
        "कानपुर में स्वास्थ्य विभाग की टीम ने सभी को क्वारंटाइन कर दिया है । लखनऊ से घर में "
        "रहने को कहा है ।"
    )
    assert _request(text, "को कहा") == []


def test_the_verbs_own_object_is_no_addressee() -> None:
    # written: "डॉक्टर से संपर्क" is what they are to do; the phrase before it is too long to
    # open the clause, so nothing is taken
    text = (
        "कानपुर में स्वास्थ्य विभाग की टीम ने सभी को क्वारंटाइन कर दिया है । उनके संपर्क में आए "
        "लोगों से डॉक्टर से संपर्क करने को कहा है ।"
    )
    assert _request(text, "को कहा") == []


def test_a_ko_object_after_the_participle_stays_the_ko_rules() -> None:
    # written: a को-phrase first is whom it is told (the को rules name it), never a से after it
    text = "जिलाधिकारी ने बैठक करते हुए दिल्ली से आए लोगों को घर में रहने को कहा है ।"
    assert _request(text, "को कहा") == ["people arriving from Delhi"]


def test_companies_a_mail_was_sent_to() -> None:
    # NT-2020-MAR-07.txt: the request is told in a mail sent to the companies
    text = (
        "दूरसंचार विभाग (डीओटी) ने शुक्रवार को दूरसंचार सेवाप्रदाता कंपनियों को भेजे एक ईमेल में कहा "
        "है कि अगले आदेश तक इस ऑडियो संदेश का इस्तेमाल ‘रिंग बैक टोन’ के रूप में किया जाए ।"
    )
    assert _request(text, "कहा") == ["companies"]


def test_officers_an_order_was_issued_to() -> None:
    # written after AU-2020-MAR-13.txt, with officers the glossary knows
    text = (
        "सभी जिलाधिकारियों को जारी आदेश में मुख्य सचिव ने कहा है कि सभी स्कूलों में परीक्षाएं "
        "टाल दी जाएं ।"
    )
    assert _request(text, "कहा") == ["all district magistrates"]


def test_a_day_before_the_issued_figures_addresses_nobody() -> None:
    # written: "शनिवार को जारी आदेश" is dated, nobody is addressed
    text = "मंत्रालय ने शनिवार को जारी आदेश में कहा है कि सभी दुकानें बंद रखी जाएं ।"
    art = analysed(text)
    assert all(target_names(art, e) == [] for e in events_of(art, "REQUEST"))
