"""Round ev159 (issue 13): agents written with initials. A stop after an initial or an
abbreviation ("प्रभु एन. सिंह", "आर.के. शर्मा", "डी.एम.") is no clause break and no sentence end;
sentences from corpus/hindi-covid-2020 day files outside the held-out lists, and the issue's."""

from __future__ import annotations

from hindi_events import article_events, one_event, role_names
from khabar.events.clause import Token, is_break
from khabar.events.initials import initial_stop
from khabar.lang.sentences import split_sentences


def _tokens(text: str) -> list[Token]:
    from khabar.events.clause import _TOKEN

    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _stop(text: str, after: str) -> tuple[list[Token], int]:
    toks = _tokens(text)
    k = next(k for k in range(1, len(toks)) if toks[k].text == "." and toks[k - 1].text == after)
    return toks, k


def test_dotted_initial_keeps_the_meeting() -> None:
    for text in (
        "जिलाधिकारी प्रभु एन. सिंह ने बुधवार को अधिकारियों के साथ बैठक की ।",
        "जिलाधिकारी प्रभु एन सिंह ने बुधवार को अधिकारियों के साथ बैठक की ।",
    ):
        art, evs = article_events(text)
        ev = one_event(evs, "बैठक")
        assert ev.type == "CONSULT"
        assert role_names(art, ev, "source") == ["Prabhu N. Singh"]


def test_dotted_initial_keeps_the_order() -> None:
    art, evs = article_events("डीएम प्रभु एन. सिंह ने अधिकारियों को निर्देश दिए ।")
    ev = one_event(evs, "निर्देश")
    assert ev.type == "COERCE"
    assert role_names(art, ev, "source") == ["Prabhu N. Singh"]


def test_chain_of_initials_and_abbreviated_office() -> None:
    art, evs = article_events("डी.एम. ए.के. यादव ने अधिकारियों के साथ बैठक की ।")
    ev = one_event(evs, "बैठक")
    assert role_names(art, ev, "source") == ["DM A.K. Yadav"]  # round nm7: the office keeps its letters
    art, evs = article_events("एसपी बी.एस. सोढ़ी ने थाना प्रभारियों को निर्देश दिए ।")
    assert role_names(art, one_event(evs, "निर्देश"), "source") == ["B.S. Sodhi"]  # round nm7: dotted initials, ढ़ = dh


def test_corpus_meeting_after_an_initial() -> None:
    # AU-2020-APR day file: the chairman's meeting was lost to the stop after "एन"
    text = (
        "टाटा ग्रुप के चेयरमैन एन. चंद्रशेखरन ने सोमवार की शाम बोर्ड रूम में कंपनी के ग्लोबल सीईओ"
        " सह एमडी टीवी नरेंद्रन व अन्य वरीय अधिकारियों के साथ बैठक की ।"
    )
    art, evs = article_events(text)
    ev = one_event(evs, "बैठक")
    assert ev.type == "CONSULT"
    assert role_names(art, ev, "source") == ["N. Chandrasekaran"]  # round nm7: press spelling


def test_initial_stop_reads_the_kinds() -> None:
    toks, k = _stop("प्रभु एन. सिंह ने बैठक की", "एन")
    assert initial_stop(toks, k) and not is_break(toks, k)
    toks, k = _stop("सलाहकार के. विजय राघवन ने बताया", "के")
    assert initial_stop(toks, k)  # a genitive के takes no stop: an initial before a Hindi word
    toks, k = _stop("सी.एम.ओ. ने बताया", "ओ")
    assert initial_stop(toks, k)  # the end of a chain
    toks, k = _stop("वह आई.ए.एस. अधिकारी हैं", "आई")
    assert initial_stop(toks, k)  # आई inside a chain is a letter
    toks, k = _stop("इसे नवभारतटाइम्स.कॉम की टीम ने एडिट नहीं किया है", "नवभारतटाइम्स")
    assert not is_break(toks, k)  # a stop inside a name written as one word


def test_word_letter_names_and_sentence_stops_still_break() -> None:
    # "आई" came and the honorific "जी" end sentences as words: alone they are no initial
    toks, k = _stop("अगले दिन बारिश आई. फिर सब ठीक हुआ", "आई")
    assert not initial_stop(toks, k) and is_break(toks, k)
    toks, k = _stop("धन्यवाद मोदी जी. उन्होंने कहा", "जी")
    assert not initial_stop(toks, k)
    # an ordinary word's stop, and a stop with a space before it, still close the clause
    toks, k = _stop("लॉकडाउन खत्म हो सकता है. लेकिन", "है")
    assert is_break(toks, k)
    toks = _tokens("प्रभु एन . सिंह ने")
    assert not initial_stop(toks, 2)


def test_sentence_splitter_keeps_a_lone_initial_in_its_name() -> None:
    for text in (
        "केरल के मुख्यमंत्री पी. विजयन ने शुक्रवार को कहा है कि राज्य में तीन नए मामले मिले हैं ।",
        "भारत सरकार के प्रधान वैज्ञानिक सलाहकार के. विजय राघवन ने बताया कि नीति आयोग बैठक करेगा ।",
        "ड्यूटी पर तैनात डॉ के. रंजन ने उसका इलाज किया और उसे अस्पताल में रोक लिया.",
    ):
        assert len(split_sentences(text)) == 1, text
    # "आई" and "जी" stay sentence ends; a letter before a Latin word or a number too
    assert len(split_sentences("अगले दिन बारिश आई. फिर सब ठीक हुआ।")) == 2
    assert len(split_sentences("धन्यवाद मोदी जी. उन्होंने कहा कि सब ठीक है।")) == 2


def test_corpus_minister_with_a_lone_initial() -> None:
    art, evs = article_events(
        "केरल के मुख्यमंत्री पी. विजयन ने शुक्रवार को लोगों से घरों में रहने की अपील की ।"
    )
    assert role_names(art, one_event(evs, "अपील"), "source") == ["Pinarayi Vijayan"]
    assert [m.text for m in art.mentions if m.type == "PERSON"] == ["पी. विजयन"]


def test_middle_initial_joins_the_surname() -> None:
    # NT-2020-APR-22: with the sentence whole, the KB's "टेड्रोस" alone left "गेब्रेयेसस ने"
    # without a mention, and "उन्होंने" went to the WHO named before him
    text = (
        "WHO के महानिदेशक टेड्रोस ए. गेब्रेयेसस ने वर्चुअल ब्रीफिंग के जरिये पत्रकारों को बताया,"
        " 'कई देशों में लॉकडाउन है ।' उन्होंने आगे कहा, 'हमें बहुत आगे जाना है और यह सुनिश्चित"
        " करें कि कोई गलती न हो ।"
    )
    art, evs = article_events(text, "2020-04-22")
    assert "टेड्रोस ए. गेब्रेयेसस" in [m.text for m in art.mentions]
    assert role_names(art, one_event(evs, "कहा"), "source") == ["Tedros Adhanom Ghebreyesus"]
    # a tagger's person: "अजित के. चतुर्वेदी" (DJ-2020-ARP-11) whole
    art, _ = article_events(
        "आइआइटी रुड़की के निदेशक प्रो. अजित के. चतुर्वेदी ने बताया कि संस्थान ने मास्क बांटे ।"
    )
    assert "अजित के. चतुर्वेदी" in [m.text for m in art.mentions]
