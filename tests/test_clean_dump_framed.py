"""Round sg2: in a dump that frames its articles with lines of spaces (Amar Ujala's exports), a
headline of full length after such a line starts an article on one point less of evidence; a
short one, or one after a plain empty line, does not. Sentences written for the test in the
style of the news (not taken from any gold)."""

from __future__ import annotations

from khabar.clean.dump import split_dump

_ARTICLES = [
    (
        "मेरठ में कोरोना के चार नए मरीज मिले, प्रशासन ने तीन मोहल्ले पूरी तरह सील किए",
        "मेरठ : जिले में शुक्रवार को कोरोना के चार नए मरीज मिले हैं । प्रशासन ने उनके घरों के आसपास "
        "के तीन मोहल्लों को सील कर दिया है और लोगों से घरों में रहने की अपील की है ।",
    ),
    (
        "आगरा में जांच के लिए दो नई लैब शुरू, रोज पांच सौ नमूनों की होगी जांच",
        "आगरा : मेडिकल कॉलेज में कोरोना जांच की दो नई प्रयोगशालाएं शुरू हो गई हैं । प्राचार्य ने "
        "बताया कि अब रोज पांच सौ नमूनों की जांच यहीं हो सकेगी और रिपोर्ट जल्दी मिलेगी ।",
    ),
    (
        "लखनऊ में राशन की होम डिलीवरी शुरू, पहले दिन दो हजार घरों तक पहुंचा सामान",
        "लखनऊ : नगर निगम ने राशन की होम डिलीवरी शुरू कर दी है । पहले दिन दो हजार घरों तक आटा, "
        "दाल और सब्जियां पहुंचाई गईं और लोगों से दुकानों पर भीड़ न लगाने को कहा गया ।",
    ),
]
# a headline without dateline or section, its words only partly repeated below it
_HEAD = "जनता कर्फ्यू से अब तक, चालीस दिनों में कहां तक पहुंचा देश में संक्रमण का आंकड़ा?"
_SHORT = "चालीस दिनों का हिसाब"
_BODY = (
    "गृह मंत्रालय ने लॉकडाउन के तीसरे चरण की घोषणा कर दी है जो चार मई से लागू होगा । इस बीच "
    "संक्रमितों की संख्या हर हफ्ते दोगुनी होने की रफ्तार अब धीमी पड़ी है ।"
)


def _starts(head: str, gap: str) -> list[int]:
    """Three framed articles, then ``head`` over its body after ``gap``."""
    parts = []
    for h, b in _ARTICLES:
        parts.append(f"{h}\n \n{b}")
    text = "\n \n".join(parts) + f"{gap}{head}\n \n{_BODY}\n"
    return [p.first_line for p in split_dump(text)]


def test_full_headline_after_a_line_of_spaces_starts_an_article() -> None:
    # it scored 2 (the frame and its length): a sub-heading of the report above
    assert _starts(_HEAD, "\n \n") == [1, 5, 9, 13]


def test_short_line_or_plain_gap_in_a_framed_dump_stays_in_the_report() -> None:
    assert _starts(_SHORT, "\n \n") == [1, 5, 9]
    assert _starts(_HEAD, "\n\n") == [1, 5, 9]
