"""Issue 13, round sm1 (sources of the wrong party or level): an agentless measure of national
reach that the issuer rule gives the Union government goes on with the Union ministry whose order
the article was telling point by point (``events.ministry_goes_on``); not after a meeting the
ministry held, not past another party's act, not alone. A passive measure reported by an official
written as a Union body's ("मध्य रेलवे के जनसंपर्क अधिकारी …") is that body's
(``events.body_officials``); his own act, and an official of no Union body, stay his."""

from __future__ import annotations

from khabar.events.ministry_goes_on import _REACH

from .hindi_events import analyser, one_event, role_names

analysed = analyser("2020-05-01")

_ORDER = "नई दिल्ली । गृह मंत्रालय ने अपने आदेश में कहा कि लॉकडाउन की अवधि दो सप्ताह के लिए बढ़ा दी गई है ।"
# AU-2020-MAY-01.txt (Vt AU-2020-05-01-L1-e07: the home ministry's)
_BUSES = "हालांकि बसों में 50 फीसदी यात्रियों को बैठाने का निर्देश दिया गया है ।"


def test_the_next_point_of_a_ministrys_order_is_the_ministrys() -> None:
    art = analysed(f"{_ORDER}\n\n{_BUSES}")
    ev = one_event(art.events, "निर्देश")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    [arg] = [a for a in ev.arguments if a.role == "source_inferred"]
    # the evidence is the ministry's mention where its order was told
    assert art.text[arg.start : arg.end] == "गृह मंत्रालय"


def test_a_meeting_of_the_ministry_is_no_order_that_goes_on() -> None:
    art = analysed(
        "नई दिल्ली । केंद्रीय स्वास्थ्य मंत्रालय ने राज्यों के अधिकारियों के साथ बैठक की ।\n\n" + _BUSES
    )
    ev = one_event(art.events, "निर्देश")
    assert role_names(art, ev, "source") == ["Government of India"]


def test_another_party_acting_between_keeps_the_union_government() -> None:
    art = analysed(
        f"{_ORDER}\n\nप्रधानमंत्री नरेंद्र मोदी ने लोगों से घरों में रहने की अपील की ।\n\n{_BUSES}"
    )
    ev = one_event(art.events, "निर्देश")
    assert role_names(art, ev, "source") == ["Government of India"]


def test_no_ministry_before_and_one_too_far_back() -> None:
    art = analysed(_BUSES)
    assert role_names(art, one_event(art.events, "निर्देश"), "source") == ["Government of India"]
    filler = " ".join(["देश में संक्रमण के मामले बढ़ रहे हैं ।"] * (_REACH + 1))
    art = analysed(f"{_ORDER} {filler}\n\n{_BUSES}")
    assert role_names(art, one_event(art.events, "निर्देश"), "source") == ["Government of India"]


def test_an_official_of_the_ministry_who_told_the_order() -> None:
    # NT-2020-APR-23.txt (Vm NT-2020-04-23-L1-e01: the home ministry's exemption)
    art = analysed(
        "नई दिल्ली । गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने कहा कि ग्रामीण क्षेत्रों में"
        " उद्योगों को काम करने की अनुमति दी गई है ।\n\n"
        "वहीं, वरिष्ठ नागरिकों की बैक साइड अटेंडेंट और देखभाल सेवाओं को प्रतिबंधों से छूट दी गई है ।"
    )
    ev = one_event(art.events, "छूट")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]


def test_a_ministry_itself_only_inferred_does_not_go_on() -> None:
    # the order's issuer guessed from the sentence that names the ministry's guideline (round
    # ev42), not written as acting: the next measure keeps its own guess
    art = analysed(
        "नई दिल्ली । गृह मंत्रालय की गाइडलाइन के तहत सभी स्कूल बंद कर दिए गए हैं ।\n\n" + _BUSES
    )
    closed = one_event(art.events, "बंद")
    ev = one_event(art.events, "निर्देश")
    if role_names(art, closed, "source") == ["Ministry of Home Affairs of India"]:
        assert not any(a.role == "source" for a in closed.arguments)
    assert role_names(art, ev, "source") == ["Government of India"]


analysed_mar = analyser("2020-03-18")
# AU-2020-MAR-18.txt (a zonal railway's public relations officer reporting its cancellations)
_CANCELLED = "कोविड-19 के एहतियाती उपाय के मद्देनजर ट्रेनें रद्द की गई हैं ।"


def test_an_official_of_the_railways_reports_the_railways_measure() -> None:
    art = analysed_mar(f"मुंबई । मध्य रेलवे के जनसंपर्क अधिकारी ए.के.सिंह ने बताया कि {_CANCELLED}")
    ev = one_event(art.events, "रद्द")
    assert role_names(art, ev, "source") == ["Indian Railways"]


def test_the_officials_own_act_and_an_official_of_no_union_body_stay_theirs() -> None:
    art = analysed_mar("मुंबई । मध्य रेलवे के जनसंपर्क अधिकारी ए.के.सिंह ने यात्रियों से घर पर रहने की अपील की ।")
    assert role_names(art, one_event(art.events, "अपील"), "source") == ["E.ke.singh"]
    art = analysed_mar(f"मुंबई । जनसंपर्क अधिकारी ए.के.सिंह ने बताया कि {_CANCELLED}")
    assert role_names(art, one_event(art.events, "रद्द"), "source") == ["E.ke.singh"]
    # a state department's official: its state is the article's to give, not this rule's
    art = analysed_mar(
        "कोहिमा । स्वास्थ्य और परिवार कल्याण विभाग के प्रमुख निदेशक डॉ विज़ोली जेड सुखरी ने बताया कि"
        " 245 लोगों को निगरानी में रखा गया है ।"
    )
    assert role_names(art, one_event(art.events, "निगरानी"), "source") == ["Vizoli Z. Sukhri"]
