"""The stored JSON of an article (``Store.put_article``'s ``data``) is what ``asdict`` gave,
built faster: same text for real articles, private ``extra`` keys left out, odd values kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.store.db import article_data, plain

from .conftest import EXAMPLES


def _old(art: Article) -> str:
    data = dataclasses.asdict(art)
    data["extra"] = {k: v for k, v in data["extra"].items() if not k.startswith("_")}
    return json.dumps(data, ensure_ascii=False, default=str)


def test_the_stored_json_of_real_articles_is_unchanged() -> None:
    read = [a for a in read_paths([EXAMPLES], Config()) if not isinstance(a, Failure)]
    articles = list(pipeline.run_local(read, Config()))
    assert articles and all(a.mentions and a.events for a in articles)
    for art in articles:
        art.extra["_private"] = "not stored"
        assert json.dumps(article_data(art), ensure_ascii=False, default=str) == _old(art)
        assert "_private" not in article_data(art)["extra"]


def test_odd_values_pass_through_as_asdict_leaves_them() -> None:
    art = Article(id="x", text="t", extra={"when": dt.date(2020, 4, 1), "pair": (1, "a"),
                                           "nested": {"k": [1, {"z": None}]}})
    assert json.dumps(plain(art), default=str) == json.dumps(dataclasses.asdict(art), default=str)
    assert plain(art)["extra"]["when"] == dt.date(2020, 4, 1)  # left for the JSON default
