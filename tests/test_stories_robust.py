"""The signature does not follow the entities stage's name spans: a KB town inside an unlinked
place name ("पेईचिंग (रॉयटर)" read as one unknown place) is still the town, and a report naming its
quarter only in the body is told apart from a fire the other report leads with in another quarter.

The hand-built articles carry the mentions a version of the entities stage produced; the last test
reads real reports of the disaster corpus (skipped without the shared data).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import DISASTER_CORPUS, _analysed
from khabar.stories.signature import Signature, agreement, signature_of, veto

from .story_articles import article_with_mentions as _article

BEIJING, CHINA = "kb:city/1816670", "kb:country/CN"


def test_a_kb_town_inside_an_unlinked_place_name_counts_with_its_offsets() -> None:
    text = "पेईचिंग (रॉयटर): चीन के झेजियांग प्रांत में आए तूफान में 63 लोगों की मौत हो गई।"
    art = _article(text, [("पेईचिंग (रॉयटर)", "LOCATION", "name:location:pcng-rytr"),
                          ("चीन", "COUNTRY", CHINA)])  # fmt: skip
    sig = signature_of(art)
    assert BEIJING in sig.lead_places and BEIJING in sig.places
    assert "name:location:pcng-rytr" in sig.places  # the linker's reading is kept beside it
    start, end = sig.evidence[BEIJING]
    assert text[start:end] == "पेईचिंग"
    # the report of the same storm filed from Beijing now shares a lead place with it
    other = Signature(types=frozenset({"storm"}), lead_places=frozenset({BEIJING}),
                      places=frozenset({BEIJING}), months=frozenset({(2004, 8)}))  # fmt: skip
    sig = Signature(**{**sig.__dict__, "types": frozenset({"storm"}),
                       "months": frozenset({(2004, 8)})})  # fmt: skip
    assert veto(sig, other) is None and agreement(sig, other) == 1.0


def test_odd_place_names_add_nothing_and_raise_nothing() -> None:
    text = "अज्ञात नगर: शांति पार्क में आग। x राम श्याम मोहन सोहन। पेईचिंग"
    art = _article(text, [("अज्ञात नगर", "LOCATION", "name:location:jnt-ngr"),  # no KB word
                          ("शांति पार्क", "LOCATION", "name:location:snt-prk"),
                          ("x", "LOCATION", "name:location:x"),  # one word: as linked
                          ("राम श्याम मोहन सोहन", "PERSON", "name:person:rm"),  # no place
                          ("पेईचिंग", "LOCATION", "name:location:pcng")])  # fmt: skip
    sig = signature_of(art)
    assert not any(p.startswith("kb:") for p in sig.places)
    assert Signature.from_json(sig.to_json()) == Signature(**{**sig.__dict__, "evidence": {}})


def test_one_lead_locality_against_other_quarters_is_a_different_locality() -> None:
    fire = frozenset({"fire"})
    lead = Signature(types=fire, lead_localities=frozenset({"bhrnpd"}),
                     localities=frozenset({"bhrnpd"}))  # fmt: skip
    body_only = Signature(types=fire, localities=frozenset({"kml", "prl"}))
    assert veto(lead, body_only) == veto(body_only, lead) == "different locality"
    # the body naming the lead's quarter, or naming no quarter at all, is no disagreement
    same = Signature(types=fire, localities=frozenset({"bhrnpd", "prl"}))
    assert veto(lead, same) is None
    assert veto(lead, Signature(types=fire)) is None
    # two bodies without a lead quarter say nothing about where either happened
    assert veto(body_only, Signature(types=fire, localities=frozenset({"vl"}))) is None
    # a storm is felt across quarters
    storm = frozenset({"storm"})
    assert veto(Signature(**{**lead.__dict__, "types": storm}),
                Signature(**{**body_only.__dict__, "types": storm})) is None  # fmt: skip


def test_real_reports_kamala_mills_and_bandra_fires_stay_apart(shared_data: Path) -> None:
    root = shared_data / DISASTER_CORPUS
    names = {  # a pub fire in a Lower Parel compound; a slum fire near Bandra station
        "kamala": "maharashtramumbai.xml",
        "bandra": "mumbai-fire-news-today-in-hindi-massive-fire-reaches-mumbai-bandra-railway-"
        "station-bridge-accident-news.txt.xml",
        "typhoon": "navbharat_2004_8_13_813123.xml",  # "पेईचिंग (रॉयटर):" dateline
    }
    paths = [root / n for n in names.values()]
    if not all(p.exists() for p in paths):
        pytest.skip(f"disaster corpus files not found under {root}")
    config = Config()
    arts = {Path(a.source_path).name: a for a in _analysed(config, read_clean(paths, config))}
    kamala, bandra, typhoon = (signature_of(arts[n]) for n in names.values())
    assert not kamala.lead_localities and kamala.localities and bandra.lead_localities
    assert veto(kamala, bandra) == "different locality"
    assert BEIJING in typhoon.places
    start, end = typhoon.evidence[BEIJING]
    assert arts[names["typhoon"]].text[start:end] == "पेईचिंग"


def test_reading_the_story_store_does_not_import_datasketch() -> None:
    # a query of the store (``khabar stories``) needs no MinHash: datasketch pulls in scipy
    import subprocess
    import sys

    code = "import sys, khabar.stories.persist; print('datasketch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
