"""Round ta9 (issue 13): a request's or an order's content led by a relative clause binds those
the relative clause describes, when a correlative subject or dative takes them up.

Sentences of the allowed corpus day files (short quotes) and negatives: a genitive correlative
(an owner or a beneficiary), a thing and a place are no party asked."""

from __future__ import annotations

from hindi_events import article_events


def _targets(text: str, kind: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-03-18")
    return [[a.text for a in e.arguments if a.role == "target"] for e in evs if e.type == kind]


def test_the_relative_clause_of_an_urged_correlative_subject_is_asked() -> None:
    found = _targets(
        "बाबा रामदेव ने कहा कि जिन्हें कोरोना वायरस का अटैक हो गया है वे सुबह और शाम इस औषधीय"
        " काढ़ा का जरूर सेवन करें ।",
        "REQUEST",
    )
    assert found == [["जिन्हें कोरोना वायरस का अटैक हो गया है"]]
    # people at large: the clause says which, up to the genitive correlative that ends it
    found = _targets(
        "एम्स ने ये भी कहा है कि जिन लोगों की पहले से बुकिंग है उनके लिए अगर संभव हो तो वे अपनी"
        " अप्वाइंटमेंट डेट आगे बढ़ा लें ।",
        "REQUEST",
    )
    assert found == [["जिन लोगों की पहले से बुकिंग है"]]


def test_an_order_binds_whom_its_relative_clause_describes() -> None:
    found = _targets(
        "झारखंड सरकार ने ऐसा निर्देश जारी किया है कि जो भी परिवार या व्यक्ति विदेश से वापस लौटे"
        " हैं, उन्हें हाउस क्वारेंटाइन किया जायेगा ।",
        "COERCE",
    )
    assert ["जो भी परिवार या व्यक्ति"] in found
    found = _targets(
        "स्वास्थ्य अधिकारियों ने कड़े निर्देश जारी किए हैं कि जिन लोगों में सर्दी, बुखार या वायरस का"
        " कोई लक्षण दिख रहा है उन्हें केवल अपने घर के बाहर ही पोंगल करना चाहिए ।",
        "COERCE",
    )
    # a comma inside the relative clause joins its list, it does not end the clause
    assert found == [["जिन लोगों में सर्दी , बुखार या वायरस का कोई लक्षण दिख रहा है"]]


def test_a_genitive_correlative_a_thing_or_a_place_is_no_party_asked() -> None:
    # the owner of the exams, whose officers the order is given to, is not asked
    found = _targets(
        "बीएसए ने कहा है कि जिन विद्यालयों में परीक्षाएं संचालित है उनकी परीक्षाएं 23 मार्च से"
        " पूर्ववत संपन्न करायी जाये ।",
        "REQUEST",
    )
    assert all(not t for t in found)
    found = _targets(
        "शाह ने कहा कि जो लोग भारत को सुरक्षित रखने के लिए काम कर रहे हैं, उनके प्रति आभार व्यक्त"
        " करना न भूलें ।",
        "REQUEST",
    )
    assert all("जो लोग" not in " ".join(t) for t in found)
    found = _targets("मंत्री ने कहा कि जो सामान बचा है उसे गरीबों में बांटें ।", "REQUEST")
    assert all(not t for t in found)
    found = _targets("मंत्री ने कहा कि जिन जिलों में ज्यादा मामले हैं, वहां वे सख्ती बरतें ।", "REQUEST")
    assert all(not t for t in found)
