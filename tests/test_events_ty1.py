"""Round ty1 (issue 13, typing): a directive told after a bare "कहा" whose content is a closure
in the passive subjunctive ("कहा कि … शेष स्कूलों को बंद कराया जाए") is an order to close (COERCE),
not a request. Sentences from the allowed corpus day files; the negatives are the near-misses the
rule must leave: an activity stopped ("टोल वसूली बंद कर दी जाए"), an ask of the public, a closure
announced in the future, an addressed ask that the gold types REQUEST."""

from __future__ import annotations

from hindi_events import analyser
from khabar.model import Article, Event

analysed = analyser("2020-03-13")


def _said(art: Article) -> Event:
    [ev] = [e for e in art.events if e.trigger == "कहा"]
    return ev


def test_a_closure_ordered_after_kaha_is_coerce() -> None:
    # DJ-2020-MAR-13.txt (review rv48: coded REQUEST at main 5cba0c0b)
    art = analysed(
        "उत्‍तर प्रदेश के मुख्‍यमंत्री योगी आदित्‍यनाथ ने ने भी 22 मार्च तक स्कूलों में छुट्टी घोषित"
        " कर दी है । उन्‍होंने कहा कि जिन स्‍कूलों में परिक्षाएं चल रही हैं उन्‍हें छोड़ शेष"
        " स्‍कूलों को बंद कराया जाए ।"
    )
    ev = _said(art)
    assert (ev.type, ev.mode) == ("COERCE", "order")
    assert ev.target  # the schools closed (round tg13) stay its target


def test_a_closure_ordered_after_kaha_comma_is_coerce() -> None:
    # DJ-2020-MAR-16.txt (review rv48)
    art = analysed(
        "- केंद्रीय स्‍वास्‍थ्‍य मंत्रालय के संयुक्‍त सचिव लव अग्रवाल ने कहा, महत्‍वपूर्ण उठाए गए"
        " कदमों में पूरे देश के स्कूलों, स्विमिंग पूल, मॉल को 31 मार्च तक बंद किया जाए ।",
        "2020-03-16",
    )
    assert (_said(art).type, _said(art).mode) == ("COERCE", "order")


def test_a_postponement_ordered_is_coerce() -> None:
    # AU-2020-MAR-15.txt: no को-object, the postponement "स्थगित की जाएं"
    art = analysed(
        "अपर सचिव उच्च शिक्षा डॉ.अहमद इकबाल ने राज्य विश्वविद्यालयों एवं निजी विश्वविद्यालयों के"
        " समस्त कुलपतियों को निर्देश दिए हैं । उन्होंने कहा कि सभी कॉलेजों में वर्कशॉप, कांफ्रेंस,"
        " सेमिनार और संगोष्ठी 31 मार्च तक के लिए स्थगित की जाएं ।",
        "2020-03-15",
    )
    assert _said(art).type == "COERCE"


def test_an_activity_stopped_stays_request() -> None:
    # AU-2020-MAR-28.txt: toll collection stopped to ease transport, no closure of a place
    art = analysed(
        "इससे पहले गडकरी ने एनएचएआई से कहा था कि सभी राष्ट्रीय राजमार्गों पर टोल वसूली बंद कर दी"
        " जाए, ताकि आवश्यक वस्तुओं के परिवहन में आसानी हो ।",
        "2020-03-28",
    )
    assert all(e.type != "COERCE" for e in art.events if "कहा" in e.trigger)


def test_an_ask_of_the_public_stays_request() -> None:
    # DH-2020-MAR-21.txt: the public asked to stop travelling
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने देश को संबोधित किया । उन्होंने जनता से अपनी यात्रा रोकने के लिए भी कहा है ।",
        "2020-03-21",
    )
    assert [e.type for e in art.events if "कहा" in e.trigger] == ["REQUEST"]


def test_an_addressed_ask_to_the_states_stays_request() -> None:
    # DH-2020-ARP-27.txt (the tuning pool's DH-2020-04-27-L1-e10: REQUEST, COERCE only also-ok)
    art = analysed(
        "9- प्रधानमंत्री ने राज्यों से कहा कि वे हॉटस्पॉट क्षेत्रों  में पूर्णबंदी से संबंधित दिशा"
        " निदेर्शों का सख्ती से पालन करें ।",
        "2020-04-27",
    )
    assert _said(art).type == "REQUEST"


def test_a_closure_announced_in_the_future_is_not_retyped() -> None:
    # AU-2020-MAR-18.txt: "बंद किया जाएगा", a conditional announcement, no directive
    art = analysed(
        "लेकिन मुख्यमंत्री उद्धव ठाकरे ने कहा है कि यदि स्थिति बिगड़ी तो मुंबई की लोकल ट्रेन और बेस्ट"
        " उपक्रम की लाल बसों का परिचालन बंद किया जाएगा ।",
        "2020-03-18",
    )
    assert all(not (e.trigger == "कहा" and e.type == "COERCE") for e in art.events)
