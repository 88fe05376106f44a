"""tools/actor_errors.py (round ev110): where the gold writes a target that ours got wrong (the
construction holding it), and an unseen tuning set read whole with ``--gold``."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from scripts import load_script


def _tool() -> ModuleType:
    return load_script("tools", "actor_errors")


def _event(as_written: str | None, text: str, line: int = 2) -> dict[str, Any]:
    return {
        "target": [{"as_written": as_written, "name": "x"}],
        "evidence": {"line": line, "text": text},
    }


def test_a_wrong_target_is_put_into_the_construction_that_holds_the_gold_one() -> None:
    where = _tool().target_construction  # type: ignore[attr-defined]
    art = {"lines": {"first": 1, "last": 3}}
    lines = ["सभी मॉल बंद", "प्रशासन ने सभी मॉल को बंद कर दिया । दुकानदारों पर जुर्माना लगा ।", "अंत ।"]
    assert where(_event("सभी मॉल", "प्रशासन ने सभी मॉल को बंद कर दिया ।"), art, lines) == "marked को"
    said = "प्रशासन ने मजदूरों के लिए भोजन की व्यवस्था की ।"
    assert where(_event("मजदूरों", said), art, lines) == "marked के लिए"  # not "के"
    said = "जो लोग आदेश नहीं मानेंगे उन पर कार्रवाई होगी ।"
    assert where(_event("लोग", said), art, lines) == "relative clause"
    assert where(_event("मॉल", "सभी मॉल बंद रहेंगे ।"), art, lines) == "unmarked"
    # the gold's phrase is elsewhere: in another sentence of the line, in the headline, nowhere
    assert where(_event("दुकानदारों", "प्रशासन ने सभी मॉल को बंद कर दिया ।"), art, lines) == (
        "another sentence of the paragraph"
    )
    assert where(_event("सभी मॉल बंद", "अंत ।", 3), art, lines) == "headline"
    assert where(_event(None, "अंत ।", 3), art, lines) == "inferred in gold"
