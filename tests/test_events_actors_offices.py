"""A chief secretary is a state's office (round ev19): "मुख्य सचिव" without a place takes the
state whose government the article last named, never the country's; with none named it stays a
bare "chief secretary"."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str) -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct="2020-05-05", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art.events


def test_chief_secretary_is_the_named_states() -> None:
    # PK-2020-MAY-05.txt style: Bihar's lockdown rules, then its chief secretary's directions
    evs = events(
        "बिहार सरकार ने लॉकडाउन बढ़ा दिया है । मुख्य सचिव ने सभी जिलाधिकारियों को निर्देश दिए ।"
    )
    [order] = [e for e in evs if e.mode == "order"]
    assert order.source == ["actor:Bihar Chief Secretary"]
    assert order.codes["actor:Bihar Chief Secretary"] == "IND-Bihar GOV"


def test_chief_secretary_of_no_named_state_is_bare() -> None:
    [order] = events("मुख्य सचिव ने सभी जिलाधिकारियों को निर्देश दिए ।")
    assert order.source == ["actor:chief secretary"]
