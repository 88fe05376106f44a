"""Round ner25: a place that is the first word of an organisation's name ("दिल्ली विश्वविद्यालय",
"इलाहाबाद उच्च न्यायालय") is no place of the event signature, whether or not the entities stage
took the organisation whole, so a retrained tagger that leaves such a name untagged does not give
a report a lead place (and with it a join) it had not had.

The hand-built articles carry the mentions two versions of the entities stage could produce; the
sentences are written for the test in the style of the news.
"""

from __future__ import annotations

from khabar.stories.cluster import MIN_AGREEMENT
from khabar.stories.signature import Signature, agreement, signature_of

from .story_articles import article_with_mentions as _article

DELHI, ALLAHABAD, PATNA = "kb:city/1273294", "kb:city/1278994", "kb:city/1260086"
ATTACK = frozenset({"attack"})


RULING = (
    "संसद हमले के दोषी की फांसी बरकरार। सर्वोच्च न्यायालय ने गुरुवार को पुलिस की अपील पर फैसला "
    "सुनाते हुए दिल्ली विश्वविद्यालय के एक कॉलेज के लेक्चरर को बरी करने का आदेश सही ठहराया।"
)


def test_a_place_opening_an_organisation_name_is_no_place_whatever_the_tagger_cut() -> None:
    # the entities stage took the university whole (an organisation) or left its city bare
    whole = _article(RULING, [("दिल्ली विश्वविद्यालय", "ORGANIZATION", "name:organization:dl")])
    bare = _article(RULING, [("दिल्ली", "CITY", DELHI)])
    a, b = signature_of(whole), signature_of(bare)
    assert DELHI not in b.places and DELHI not in b.lead_places and not b.lead_towns
    assert (a.lead_places, a.places, a.towns) == (b.lead_places, b.places, b.towns)
    # so a later ruling on the same old attack, naming Delhi in its body, shares no lead place
    # with it, as with the tagger that took the university whole
    later = Signature(types=ATTACK, places=frozenset({DELHI}), not_before=frozenset({2002}))
    for sig in (a, b):
        sig = Signature(**{**sig.__dict__, "types": ATTACK})
        assert (agreement(sig, later) or 0.0) <= MIN_AGREEMENT


def test_a_misspelt_head_and_one_modifier_before_the_head_still_make_an_organisation() -> None:
    text = (
        "इलाहाबाद उच्च न्यायालय ने बुधवार को सुनवाई की। दिल्ली विशवविद्यालय के शिक्षक भी पहुंचे। "
        "पटना नगर निगम ने राहत शिविर लगाए।"
    )
    art = _article(text, [("इलाहाबाद", "CITY", ALLAHABAD), ("दिल्ली", "CITY", DELHI),
                          ("पटना", "CITY", PATNA)])  # fmt: skip
    assert not signature_of(art).places


def test_a_place_where_something_happened_stays_a_place() -> None:
    # a place before a postposition, a comma, a plural head, a word that only looks like a head
    # (सरकारी is not सरकार), or a head two words on is where the report happened
    text = (
        "दिल्ली में बुधवार रात एक गोदाम में आग लग गई। इलाहाबाद, पटना और लखनऊ में भी बारिश हुई। "
        "पटना सरकारी अस्पताल में घायलों को भर्ती कराया गया। दिल्ली संगठनों की बैठक बुलाई गई। "
        "इलाहाबाद के कई कॉलेज बंद रहे।"
    )
    art = _article(text, [("दिल्ली", "CITY", DELHI), ("इलाहाबाद", "CITY", ALLAHABAD),
                          ("पटना", "CITY", PATNA), ("पटना", "CITY", PATNA),
                          ("दिल्ली", "CITY", DELHI), ("इलाहाबाद", "CITY", ALLAHABAD)])  # fmt: skip
    sig = signature_of(art)
    assert sig.places == {DELHI, ALLAHABAD, PATNA}
    assert DELHI in sig.lead_places and DELHI in sig.lead_towns


def test_a_person_or_organisation_mention_is_left_as_it_is() -> None:
    text = "सिंह विश्वविद्यालय के कुलपति ने कहा कि भारत सरकार मदद करेगी।"
    art = _article(text, [("सिंह", "PERSON", "name:person:sng"),
                          ("भारत सरकार", "ORGANIZATION", "kb:org/goi")])  # fmt: skip
    sig = signature_of(art)
    assert not sig.places and not sig.lead_countries
