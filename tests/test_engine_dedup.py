"""The Ray executor's near-duplicate band join, without Ray: band rows, edges per partition and
connected components give the groups the local online index gives, on real corpus text with
copies made of it; the window of days holds; odd input gives no rows, not an error."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.engine import dedup
from khabar.model import Article, Block
from khabar.stories.dedup import NearDupIndex, syndication_groups
from khabar.stories.features import article_date, article_title, story_text
from khabar.stories.upkeep import ACTIVE_DAYS

from .conftest import corpus_sample


@pytest.fixture(scope="module")
def articles(shared_data: Path) -> list[Article]:
    """The whole Hindi corpus (1,645 articles over 76 days; clean only, which is what the
    signatures read), and copies of two of its articles: one re-headlined and trimmed by
    another outlet the same day, one verbatim three weeks later."""
    paths = corpus_sample(shared_data, 10_000)
    arts = [a for a in read_clean(paths, Config(data_dir=shared_data)) if a.status == "ok"]
    first, second = [a for a in arts if len(story_text(a)) > 1500][:2]
    body = story_text(first)
    text = "नई सुर्ख़ी: " + (article_title(first) or "") + "\n\n" + body[: int(len(body) * 0.8)]
    trimmed = Article(id="copy-trimmed", text=text, dct=first.dct, outlet="Another Outlet",
                      language="hi", blocks=[Block(0, text.index("\n"), "title"),
                                             Block(text.index("\n") + 2, len(text), "body")])
    late_day = (article_date(second) or dt.date(2020, 4, 1)) + dt.timedelta(days=21)
    late = replace(second, id="copy-late", dct=late_day.isoformat(), published=None)
    return [*arts, trimmed, late]


def online_groups(arts: list[Article]) -> dict[str, list[str]]:
    """The local executor's groups: each article checked against the index, in date order,
    the index forgetting what is older than the window."""
    index = NearDupIndex()
    links = []
    for art in sorted(arts, key=lambda a: (article_date(a) or dt.date.min, a.id)):
        if article_date(art):
            index.evict_before(article_date(art) - dt.timedelta(days=ACTIVE_DAYS))
        link = index.check_add(art.id, (article_title(art) or "") + "\n" + story_text(art),
                               outlet=art.outlet, date=article_date(art))
        if link is not None:
            links.append(link)
    return syndication_groups(links)


def _join_groups(arts: list[Article], parts: int) -> dict[str, list[str]]:
    """The band join as Ray runs it: rows hash-partitioned on the band key, edges per part."""
    rows = dedup.band_rows(arts)
    split: list[list[dict]] = [[] for _ in range(parts)]
    for row in rows:
        split[sum(row["band"].encode()) % parts].append(row)
    pairs = set()
    for part in split:
        found = dedup.edges(pa.Table.from_pylist(part, schema=dedup.BANDS))
        pairs |= set(zip(found.column("a").to_pylist(), found.column("b").to_pylist(),
                         strict=True))
    groups: dict[str, list[str]] = {}
    for aid, gid in dedup.components(sorted(pairs)).items():
        groups.setdefault(gid, []).append(aid)
    return groups


def test_the_band_join_finds_the_groups_the_online_index_finds(articles: list[Article]) -> None:
    same_window = [a for a in articles if a.id != "copy-late"]
    online = online_groups(same_window)
    assert any("copy-trimmed" in g for g in online.values())  # the copy is found at all
    assert len(online) > 20  # the corpus's own copies (29 groups when written)
    assert _join_groups(same_window, parts=1) == online
    assert _join_groups(same_window, parts=7) == online  # however the rows are partitioned


def test_a_copy_three_weeks_on_is_out_of_the_window(articles: list[Article]) -> None:
    groups = _join_groups(articles, parts=3)
    assert not any("copy-late" in g for g in groups.values())
    late = next(a for a in articles if a.id == "copy-late")
    original = next(a for a in articles if a.text == late.text and a.id != late.id)
    moved = replace(original, id="copy-late-2", dct=original.dct, published=original.published)
    assert any({"copy-late-2", original.id} <= set(g)
               for g in _join_groups([*articles, moved], parts=3).values())


def test_odd_input_gives_no_rows_and_no_edges() -> None:
    short = Article(id="s", text="बस दो शब्द", dct="2020-04-01")
    failed = Article(id="f", text="कुछ भी " * 50, status="no_text")
    rows = dedup.band_rows([short, failed])
    assert [r["band"][0] for r in rows] == ["="] and rows[0]["sig"] is None  # exact key only
    assert dedup.edges(pa.Table.from_pylist([], schema=dedup.BANDS)).num_rows == 0
    assert dedup.components([]) == {}
    assert pickle.loads(pickle.dumps(dedup.edges)) is dedup.edges  # a Ray task, by reference
