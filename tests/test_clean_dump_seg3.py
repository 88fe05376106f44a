"""Round seg3 (issue 13): three headlines the dump splitter read as lines of the report above.
Line layouts of the tuning sets' and allowed corpus day files (Navbharat Times, Dainik
Hindustan, Prabhat Khabar), sentences shortened:

- a short headline over a wire's dateline with the day in words, "बिजनौर, एक मई (भाषा)";
- a headline over a titled related link ("यह भी पढ़ें: ...") and then its report;
- a teaser headline closing on an ellipsis ("... और अब...") over a dateline.
"""

from __future__ import annotations

import pytest

from khabar.clean.dump import split_dump

_HEAD = "महाराष्ट्र में कोरोना मरीजों की संख्या 11 हजार के पार, 24 घंटों में सामने आए 1008 नए मामले"
_P1 = (
    "महाराष्ट्र में लगातार कोरोना वायरस के मामले सामने आ रहे हैं । अब महाराष्ट्र में 24 घंटों के "
    "दौरान 1008 नए कोरोना मरीजों की पुष्टि हुई है ।"
)
_P2 = (
    "नगर निगम ग्रेटर मुंबई की ओर से बताया गया है कि सिर्फ मुंबई में शुक्रवार को कोरोना के 751 नए "
    "मामले सामने आए हैं और 5 लोगों की मौत हुई है ।"
)
# NT-2020-MAY-01 l.16, 44 characters: short, so only a dateline under it makes it a headline
_SHORT = "बिजनौर में कोरोना वायरस से 18 लोग स्वस्थ हुए"
_SHORT_BODY = (
    "उत्तर प्रदेश के बिजनौर में कोरोना वायरस से संक्रमित 18 मरीज स्वस्थ हो गये है । सीएमओ डा. "
    "विजय कुमार यादव ने शुक्रवार को बताया कि सभी को घर भेज दिया गया ।"
)


@pytest.mark.parametrize("dateline", ["बिजनौर, एक मई (भाषा) ", "बिजनौर, 1 मई (भाषा) "])
def test_short_headline_over_a_wire_dateline_with_the_day_starts_an_article(dateline: str) -> None:
    doc = f"{_HEAD}\n{_P1}\n{_P2}\n{_SHORT}\n{dateline}{_SHORT_BODY}\n"
    assert [p.first_line for p in split_dump(doc)] == [1, 4]


def test_short_headline_over_plain_prose_stays_a_sub_heading() -> None:
    doc = f"{_HEAD}\n{_P1}\n{_P2}\n{_SHORT}\n{_SHORT_BODY}\n"
    assert [p.first_line for p in split_dump(doc)] == [1]


# DH-2020-MAY-01 l.14-17: a headline, a titled related link glued under it, its report
_LINKED_HEAD = (
    "गोरखपुर-बस्ती मंडल में बने दो नए हॉटस्पॉट, सिद्धार्थनगर में दो, देवरिया में एक कोरोना "
    "पॉजिटिव मिला"
)
_LINKED_BODY = (
    "सिद्धार्थनगर में मिले दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से आया है । दोनों को "
    "प्रशासन ने स्कूलों में क्वारंटीन कर दिया है ।"
)
# the report's next paragraph: the headline's words come back over its first two paragraphs
_LINKED_MORE = (
    "गोरखपुर मंडल के देवरिया में एक और मरीज मिला है । बस्ती मंडल में दो नए हॉटस्पॉट बने हैं, "
    "जिनको प्रशासन ने सील कर दिया है ।"
)
_TITLED = (
    "यह भी पढ़ें: लॉकडाउन में बीमार दादा को इलाज के लिए ठेले पर लेकर निकलीं पोतियां, पुलिस ने "
    "मदद की बजाए वापस लौटाया"
)
_DH_P = (
    "हालांकि प्रशासन ने कुछ लोगों को खाद्य सामग्री, मेडिकल और केश निकासी कराने के लिए पास "
    "निर्गत जरूर किए है । लेकिन यह नाकाफी साबित हो रहे है ।"
)


def _linked(link: str) -> list[int]:
    doc = (
        f"{_HEAD}\n{_P1}\n\n{_DH_P}\n\n{_LINKED_HEAD}\n{link}\n\n{_LINKED_BODY}\n\n"
        f"{_LINKED_MORE}\n"
    )
    return [p.first_line for p in split_dump(doc)]


def test_headline_over_a_titled_link_is_read_on_the_report_under_the_link() -> None:
    assert _linked(_TITLED) == [1, 6]


def test_a_bare_link_label_is_not_passed_over() -> None:
    # PK-2020-APR-26 l.6-9: "Also Read" alone heads the linked story's title on the next line;
    # the report under it may be the one above going on, so the label is not skipped
    assert _linked("Also Read") == [1]


# PK-2020-MAR-08 l.48-50: a teaser headline glued between two reports, over a dateline
_TEASER = (
    "दो बच्चों की मां से मोबाइल पर बातचीत के बाद बनाया शारीरिक संबंध, फिर दबाव में शादी और अब..."
)
_TEASER_BODY = (
    "बिहारशरीफ : बिहार में नालंदा के बिहारशरीफ से एक युवक द्वारा शादीशुदा महिला से प्रेम, यौन "
    "उत्पीड़न, शादी और फिर धोखा देने का एक अनोखा मामला प्रकाश में आया है. पीड़िता ने थाने में "
    "शिकायत दी है."
)
_PK_P = (
    "विश्वभर में कोरोना वायरस के मामलों की संख्या 1,05,800 से अधिक हो गई है, जिनमें 3,595 "
    "लोगों की मौत हो चुकी है. अब तक 95 देश इस महामारी से प्रभावित हो चुके हैं."
)


def test_teaser_headline_closing_on_an_ellipsis_over_a_dateline_starts_an_article() -> None:
    doc = f"{_HEAD}\n{_P1}\n\n{_PK_P}\n{_TEASER}\n{_TEASER_BODY}\n"
    assert [p.first_line for p in split_dump(doc)] == [1, 5]


def test_a_paragraph_closing_on_an_ellipsis_without_a_dateline_stays_prose() -> None:
    body = _TEASER_BODY.removeprefix("बिहारशरीफ : ")
    doc = f"{_HEAD}\n{_P1}\n\n{_PK_P}\n{_TEASER}\n{body}\n"
    assert [p.first_line for p in split_dump(doc)] == [1]
