"""Speed round sc48 (issue 16): ``alias_key`` cached per process, and the compass-district scan's
cheap test made exact (whole words). Each must give what it replaces gave, on text written like
the news, negatives included."""

from __future__ import annotations

import pytest

from khabar.entities.kb import alias_key
from khabar.events.issuer import _COMPASS, _COMPASS_WORD, WORD_RE, compass_districts


@pytest.mark.parametrize(
    "alias",
    ["नई दिल्ली", "नयी  दिल्ली", "ज़िलाधिकारी", "संक्रमण", "New  Delhi", "WHO", "कोविड-19", "", " "],
)
def test_cached_alias_key_equals_uncached(alias: str) -> None:
    assert alias_key(alias) == alias_key.__wrapped__(alias)
    assert alias_key(alias) == alias_key(alias)  # asked again: from the cache, the same


def _has_compass_word(text: str) -> bool:
    """The full reading's own test: a word of ``WORD_RE`` (hyphens split) that is a compass word."""
    return any(w in _COMPASS for m in WORD_RE.finditer(text) for w in m.group().split("-"))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("दक्षिणी दिल्ली के डीएम ने दो इलाकों को सील करने का आदेश दिया।", True),
        ("उत्तर-पूर्वी दिल्ली में पुलिस ने फ्लैग मार्च निकाला।", True),  # after a hyphen
        ("प्रशासन (पश्चिमी दिल्ली) ने राशन बांटा।", True),  # after a bracket
        ("जिले की सीमा सील, वेस्ट दिल्ली में सख्ती", True),  # at the end of a headline
        ("मध्य प्रदेश सरकार ने भोपाल में कर्फ्यू बढ़ाया।", True),  # a word, no Delhi: read, none
        ("मध्यम वर्ग के परिवारों को राशन किट दी गई।", False),  # मध्य inside मध्यम
        ("मध्यप्रदेश के इंदौर में 20 नए मामले मिले।", False),  # inside one word
        ("ईस्टर की प्रार्थना घरों में ही करने की अपील की गई।", False),  # ईस्ट inside ईस्टर
        ("दक्षिणपंथी संगठनों ने बैठक टाल दी।", False),  # दक्षिण inside दक्षिणपंथी
        ("पश्चिमोत्तर रेलवे ने सभी यात्री ट्रेनें रद्द कीं।", False),  # पश्चिम inside
        ("पटना में दुकानें शाम सात बजे तक खुलेंगी।", False),
    ],
)
def test_compass_word_test_is_exact(text: str, named: bool) -> None:
    """The cheap test finds a compass word exactly where the full reading's words hold one, so
    an article it skips has no compass district to miss."""
    assert bool(_COMPASS_WORD.search(text)) is named
    assert _has_compass_word(text) is named


def test_districts_found_as_before() -> None:
    assert compass_districts("दक्षिणी दिल्ली के डीएम ने दो इलाकों को सील किया।") == [
        (("IND-Delhi", "Delhi"), "South Delhi")
    ]
    assert compass_districts("उत्तर-पूर्वी दिल्ली में पुलिस तैनात।") == [
        (("IND-Delhi", "Delhi"), "North East Delhi")
    ]
    assert compass_districts("मध्य प्रदेश सरकार ने भोपाल में कर्फ्यू बढ़ाया।") == []
    assert compass_districts("मध्यम वर्ग के परिवारों को दिल्ली में राशन दिया गया।") == []
