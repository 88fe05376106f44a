"""Targets, round ta7 (issue 13): a counted pronoun ("दोनों/तीनों/चारों को … रखा गया") whose
count is told up to four sentences before it, and "<count> और <people>" ("दो और लोग": two
more people) read as one phrase; never a phrase of another count, nor one five sentences back."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events

events = partial(article_events, dct="2020-03-29")


def _antecedents(text: str) -> list[list[str]]:
    _, evs = events(text)
    return [
        [a.text for a in e.arguments if a.role == "target_antecedent"]
        for e in evs
        if e.type == "COERCE"
    ]


# corpus day file AU-2020-MAR-31 (allowed): the count three sentences before the pronoun
_FOUR = (
    "दिल्ली के निजामुद्दीन में हुए जलसे में शामिल होने वालों में रानी खेत से भी चार लोग गए थे । "
    "बताया जा रहा है कि यह लोग 15 मार्च को वहां पहुंचे और 16 मार्च को लौट आए थे । "
    "पुलिस ने चारों को सत्यापित कर दो बार उनका स्वास्थ्य परीक्षण कराया है । "
    "उनमें कोरोना के लक्षण नहीं पाए गए हैं, एहतियात के तौर पर चारों को 14 दिनों के लिए क्वारंटाइन"
    " सेंटर भेज दिया गया है ।"
)


def test_a_counted_pronoun_reaches_its_count_three_sentences_back() -> None:
    assert ["चार लोग"] in _antecedents(_FOUR)


def test_count_and_more_is_one_phrase() -> None:
    # AU-2020-MAR-29 (allowed): "दो और लोग" (two more people), three sentences before "दोनों"
    found = _antecedents(
        "तमिलनाडु में दो और लोग कोरोना वायरस से संक्रमित पाए गए है । "
        "इनमें से एक 42 साल का व्यक्ति कुंभकोणम है जो कुछ दिन पहले वेस्ट इंडीज से लौटा था । "
        "दोनों में मध्य पूर्व देशों की यात्रा की थी । "
        "तमिलनाडु के स्वास्थ्य मंत्री ने बताया कि दोनों को आइसोलेशन में रखा गया है ।"
    )
    assert ["दो और लोग"] in found


def test_another_count_or_a_farther_one_is_not_taken() -> None:
    # negatives: "तीनों" never takes "चार लोग"; five sentences back is past the reach
    assert all(not a for a in _antecedents(_FOUR.replace("चारों को 14", "तीनों को 14")))
    far = _FOUR.replace(" । बताया", " । शहर में दुकानें बंद रहीं । बाजार भी सुनसान रहे । बताया")
    assert all(not a for a in _antecedents(far))


def _targets(text: str, trigger: str) -> list[list[str]]:
    _, evs = events(text)
    return [[a.text for a in e.arguments if a.role == "target"] for e in evs if e.trigger == trigger]


def test_a_ko_object_past_the_content_manner_is_the_target() -> None:
    # DH-2020-ARP-16 (allowed): released on bail; "जमानत पर" is how, not what the act is about
    found = _targets(
        "जस्टिस रजनीश भटनागर ने सफदरजंग अस्पताल के दो रेजिडेंट डॉक्टरों पर हमला करने के आरोपी"
        " संजीव शर्मा को जमानत पर रिहा करने का आदेश देते हुए यह टिप्पणी की है ।",
        "रिहा",
    )
    assert found == [["संजीव शर्मा"]]
    # AU-2020-MAR-06 (allowed): the employees are told, "रजिस्टर पर" is where they sign
    found = _targets(
        "प्रशासन ने कर्मचारियों को रजिस्टर पर हस्ताक्षर कर उपस्थिति दर्ज कराने को कहा है ।", "को कहा"
    )
    assert found == [["कर्मचारियों"]]


def test_a_list_a_genitive_head_or_a_passive_keeps_the_guard() -> None:
    # AU-2020-MAR-15 (allowed): "50 घरों के लोगों" stays whole (the text reading), never the
    # unit "लोगों" alone, which is the public at large
    found = _targets(
        "टीम ने 50 घरों के लोगों को दो सप्ताह तक घरों में ही आइसोलेशन में रहने के लिए कहा है ।",
        "के लिए कहा",
    )
    assert found == [["50 घरों के लोगों"]]
    # DJ-2020-MAR-13 (allowed): a passive order is kept only with its addressee and an issuer
    # inferred from it; this reading makes no act that was not there
    text = (
        "कोरोना वायरस से प्रभावित देशों से आने वाले लोगों को 14 दिनों तक घर में क्वॉरेंटाइन रहने"
        " का आदेश दिया गया है ।"
    )
    assert _targets(text, "आदेश") == []
