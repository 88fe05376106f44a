"""A report whose lead names only countries is placed by them: the same two or more countries as
the other report's lead count as a place in common (an avalanche "in Afghanistan and Pakistan"),
one country alone does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import DISASTER_CORPUS, _analysed
from khabar.stories.signature import Signature, agreement, signature_of

SNOW = frozenset({"snow"})
AF, PK, IN = "kb:country/AF", "kb:country/PK", "kb:country/IN"


def test_two_lead_countries_in_common_count_as_a_place_only_without_lead_places() -> None:
    only = Signature(types=SNOW, lead_countries=frozenset({AF, PK}), countries=frozenset({AF, PK}))
    kabul = Signature(types=SNOW, lead_places=frozenset({"kb:city/kabul"}),
                      lead_countries=frozenset({AF, PK, IN}),
                      places=frozenset({"kb:city/kabul"}), countries=frozenset({AF, PK, IN}))  # fmt: skip
    assert agreement(only, kabul) == agreement(kabul, only) == 0.75
    one = Signature(types=SNOW, lead_countries=frozenset({AF}), countries=frozenset({AF}))
    assert agreement(one, kabul) == 0.25
    # two reports that both name a place below the country are judged by those places
    herat = Signature(**{**kabul.__dict__, "lead_places": frozenset({"kb:city/herat"}),
                         "places": frozenset({"kb:city/herat"})})  # fmt: skip
    assert agreement(herat, kabul) == 0.25


def test_real_avalanche_reports_naming_two_countries_agree(shared_data: Path) -> None:
    root = shared_data / DISASTER_CORPUS
    paths = [root / "news11.txt_Blizzard5.xml", root / "rest-of-world2.txt_Blizzard6.xml"]
    if not all(p.exists() for p in paths):
        pytest.skip(f"disaster corpus files not found under {root}")
    config = Config()
    kabul, both = (signature_of(a) for a in _analysed(config, read_clean(paths, config)))
    assert not both.lead_places and {AF, PK} <= both.lead_countries & kabul.lead_countries
    assert (agreement(kabul, both) or 0.0) > 0.5
