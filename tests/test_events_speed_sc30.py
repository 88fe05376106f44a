"""Speed round sc30 of the events stage: the place lookups cached per process, the compass scan
skipped where no compass word stands, the origin places read once per sentence. Each must give
what the uncached or unskipped path gives, on sentences written like the news."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events import actors
from khabar.events.actors import _kb_place, _kb_place_of, place_code
from khabar.events.issuer import _compass_districts_at, compass_districts
from khabar.model import Article
from khabar.pipeline import run_local


def _analysed(text: str) -> Article:
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art


def test_place_lookups_cached_equal_uncached() -> None:
    up = _kb_place(["उत्तर", "प्रदेश"])
    assert up is not None and up == _kb_place_of.__wrapped__("उत्तर प्रदेश")
    assert _kb_place(["उत्तर", "प्रदेश"]) == up  # the cached answer
    assert _kb_place(["पुलिस", "अधीक्षक"]) is None
    assert place_code(up) == place_code.__wrapped__(up)
    assert place_code(up) == ("IND-Uttar_Pradesh", "Uttar Pradesh")
    assert place_code(None) is None and place_code("actor:police") is None


def test_compass_scan_skips_a_text_without_compass_words() -> None:
    assert _compass_districts_at("पटना में लॉकडाउन का पालन कराने के लिए पुलिस ने गश्त बढ़ाई।") == ()
    # "मध्य" of Madhya Pradesh is a compass word (Central) with no Delhi after it: read, none found
    assert _compass_districts_at("मध्य प्रदेश सरकार ने इंदौर में कर्फ्यू लगा दिया।") == ()
    text = "दक्षिणी दिल्ली के जिलाधिकारी ने तीन इलाकों को कंटेनमेंट जोन घोषित किया।"
    assert compass_districts(text) == [(("IND-Delhi", "Delhi"), "South Delhi")]


@pytest.mark.parametrize(
    "text",
    [
        "मुंबई से लौटे 25 मजदूरों को गोपालगंज प्रशासन ने गांव के स्कूल में क्वारंटीन कर दिया।",
        "लखनऊ : उत्तर प्रदेश सरकार ने सभी जिलों में शराब की दुकानें बंद करने का आदेश दिया है।",
        "सरकार ने कहा कि दिल्ली और पुणे से आए लोगों की जांच की जाएगी। पुलिस ने बाजार बंद कराया।",
    ],
)
def test_origin_places_read_once_give_the_same_events(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = _analysed(text).to_dict()
    read_again = actors._new_item

    def old_new_item(*args: object) -> None:  # the origin places not handed on: read again
        read_again(*args)

    monkeypatch.setattr(actors, "_new_item", old_new_item)
    assert _analysed(text).to_dict() == new
