"""Round seg1 (issue 13): on a page whose prose paragraphs are set off by empty lines, a
full-length headline glued to the last paragraph of the report above (no empty line between)
over prose of its own starts the next article, unless the prose under it goes on with the report
above (an inserted link to another story, a sub-heading). Line layouts of the allowed corpus day
files (Dainik Hindustan, Navbharat Times, Prabhat Khabar), sentences shortened."""

from __future__ import annotations

from khabar.clean.dump import split_dump

_HEAD = "कोरोना से लड़ने के लिए रेलवे बनाएगा टीम, डॉ. हर्षवर्धन ने की निकासी मार्गों की समीक्षा"
_P1 = (
    "डॉ. हर्षवर्धन ने हवाई अड्डों व अन्य महत्वपूर्ण निकासी मार्गों पर जांच की समीक्षा की । "
    "उन्होंने कहा कि राज्यों के साथ पूरी स्थिति की समीक्षा की जा रही है ।"
)
_P2 = (
    "डॉ. हर्षवर्धन ने कहा, ‘आवश्यक सुविधाओं को बेहतर करने के उद्देश्य से संबंधित राज्यों एवं "
    "केंद्र शासित प्रदेशों के साथ पूरी स्थिति की समीक्षा की जा रही है ।’"
)
# NT-2020-MAR-18 line 29, glued to the paragraph above
_GLUED = "फरीदाबाद में COVID-19 से पहली मौत, तीन नए कोरोना पॉजिटिव मरीज मिले"
_GLUED_BODY = (
    "हरियाणा के फरीदाबाद जिले में कोरोना वायरस संक्रमण के कारण एक 68 वर्षीय बुजुर्ग की मौत हो "
    "गई । फरीदाबाद में कोरोना से यह पहली मौत का मामला है ।"
)
# Prabhat Khabar inserts another story's headline; the paragraph under it goes on with the above
_LINK = "तेलंगाना, राजस्थान के बाद अब केरल से झारखंड के 1200 मजदूरों को लेकर रवाना हुई स्पेशल ट्रेन"
_LINK_BODY = (
    "डॉ. हर्षवर्धन ने बताया कि राज्यों के साथ निकासी मार्गों पर जांच की समीक्षा हर दिन की "
    "जाएगी । हवाई अड्डों पर सुविधाओं को बेहतर किया जा रहा है ।"
)


def _starts(head: str, body: str, gap: str = "\n") -> list[int]:
    doc = f"{_HEAD}\n{_P1}\n\n{_P2}{gap}{head}\n{body}\n\n{_P1}\n"
    return [p.first_line for p in split_dump(doc)]


def test_headline_glued_to_the_report_above_starts_an_article() -> None:
    assert _starts(_GLUED, _GLUED_BODY) == [1, 5]


def test_inserted_headline_whose_body_goes_on_with_the_report_stays() -> None:
    assert _starts(_LINK, _LINK_BODY) == [1]


def test_page_of_unspaced_paragraphs_keeps_its_lines() -> None:
    # paragraphs that follow each other with no empty line: a glued line is no evidence there
    doc = f"{_HEAD}\n{_P1}\n{_P2}\n{_GLUED}\n{_GLUED_BODY}\n{_P1}\n"
    assert [p.first_line for p in split_dump(doc)] == [1]
