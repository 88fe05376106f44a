"""A KB short form (a given name or surname alone) links only as a name of its own.

Round ner11: "तेजस्वी" is Tejashwi Yadav's short form in the KB, but "तेजस्वी सूर्या" is another
person; the tagger's longer person span wins and stays a document-local name. Sentences are
written like the news, not taken from any gold.
"""

from __future__ import annotations

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.stage import extract_mentions
from khabar.model import Article, Block


def people(text: str) -> dict[str, str | None]:
    art = Article(id="t", text=text, dct="2020-05-05", blocks=[Block(0, len(text), "body", 1)])
    return {m.text: m.entity_id for m in extract_mentions(art, load_kb(Config()))
            if m.type == "PERSON"}


def test_short_form_inside_another_full_name_is_not_the_kb_person() -> None:
    got = people("बेंगलुरु दक्षिण के सांसद तेजस्वी सूर्या ने मजदूरों के लिए राशन भेजा।")
    assert got.get("तेजस्वी सूर्या", "").startswith("name:person:")
    assert "kb:person/tejashwi-yadav" not in got.values()


def test_short_form_alone_still_links() -> None:
    got = people("राजद नेता तेजस्वी ने कहा कि प्रवासी मजदूरों को घर लाया जाए।")
    assert got.get("तेजस्वी") == "kb:person/tejashwi-yadav"


def test_span_of_the_kb_persons_own_name_words_links_to_that_person() -> None:
    got = people("राजद प्रमुख लालू प्रसाद ने जेल से बयान जारी किया।")
    assert got.get("लालू प्रसाद") == "kb:person/lalu-prasad-yadav"


def test_spelling_variant_of_the_full_name_links_as_one_span() -> None:
    got = people("अमेरिकी राष्ट्रपति डोनल्ड ट्रंप ने चीन पर आरोप लगाया।")
    assert got.get("डोनल्ड ट्रंप") == "kb:person/donald-trump"


def test_a_title_word_the_tagger_takes_in_is_not_weighed() -> None:
    got = people("डब्ल्यूएचओ के डायरेक्टर जनरल टेड्रोस अडेहनॉम गेब्रीयेसस ने चेतावनी दी।")
    assert got.get("टेड्रोस अडेहनॉम गेब्रीयेसस") == "kb:person/tedros-adhanom"
