"""Speed round sc30 of the events stage: the KB place lookup of a word pair is cached per
process. It must give what the uncached lookup gives, and the events of sentences written like
the news must not change."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events import places
from khabar.events.places import _kb_place, _kb_place_of
from khabar.model import Article
from khabar.pipeline import run_local


def _analysed(text: str) -> Article:
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art


def test_place_lookup_cached_equals_uncached() -> None:
    up = _kb_place(["उत्तर", "प्रदेश"])
    assert up is not None and up == _kb_place_of.__wrapped__("उत्तर प्रदेश")
    assert _kb_place(["उत्तर", "प्रदेश"]) == up  # the cached answer
    assert _kb_place(["पुलिस", "अधीक्षक"]) is None
    assert _kb_place(["जिला", "प्रशासन"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "मुंबई से लौटे 25 मजदूरों को गोपालगंज प्रशासन ने गांव के स्कूल में क्वारंटीन कर दिया।",
        "लखनऊ : उत्तर प्रदेश सरकार ने सभी जिलों में शराब की दुकानें बंद करने का आदेश दिया है।",
        "बिहार सरकार ने कहा कि दिल्ली और पुणे से आए लोगों की जांच होगी। पुलिस ने बाजार बंद कराया।",
    ],
)
def test_cached_place_lookup_gives_the_same_events(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = _analysed(text).to_dict()
    assert cached["events"]
    monkeypatch.setattr(places, "_kb_place_of", _kb_place_of.__wrapped__)
    assert _analysed(text).to_dict() == cached


def test_compass_scan_skips_a_text_without_compass_words() -> None:
    from khabar.events.issuer import _compass_districts_at, compass_districts

    assert _compass_districts_at("पटना में लॉकडाउन का पालन कराने के लिए पुलिस ने गश्त बढ़ाई।") == ()
    # "मध्य" of Madhya Pradesh is a compass word (Central) with no Delhi after it: read, none found
    assert _compass_districts_at("मध्य प्रदेश सरकार ने इंदौर में कर्फ्यू लगा दिया।") == ()
    text = "दक्षिणी दिल्ली के जिलाधिकारी ने तीन इलाकों को कंटेनमेंट जोन घोषित किया।"
    assert compass_districts(text) == [(("IND-Delhi", "Delhi"), "South Delhi")]


def test_a_new_item_opens_only_at_a_linked_place() -> None:
    """A sub-heading naming no place (most sentences name none) forgets nothing; one naming a
    state does."""
    art = _analysed(
        "बिहार सरकार ने सभी स्कूल बंद करने का आदेश दिया।\nकोरोना के 14 नए केस\n"
        "सरकार ने बाजार बंद कराए।"
    )
    assert any("Bihar" in s for ev in art.events for s in ev.source)
