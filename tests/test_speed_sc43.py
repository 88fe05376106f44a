"""Round sc43 (issue 16): under ``ingest --jobs N`` a worker sends each analysed article back
without what its row form holds (:func:`khabar.store.db.lighten`): the row form now also holds
the fact tables' rows, so the writer needs neither the text nor the analysis, and the result
no longer crosses the process boundary twice (as the article and again as its JSON). These
tests check structure, not timings: what a lightened article keeps, that the writer stores the
same tables and stories from it as from the whole article, and that one it cannot store
faithfully (renamed after the worker) stops with an error instead of storing an empty row."""

from __future__ import annotations

import pickle
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.ingest.api import Batch, IngestReport, flush_batch
from khabar.model import Article
from khabar.stagepool import Outcome, _work
from khabar.store.db import LEAN_KEY, ROW_KEY, RowForm, Store, _utf8
from khabar.stories.prepare import KEY, prepared

from .dbdump import dump

STAGES = ("clean", "lang", "entities", "time", "events")

# Written like the news (not taken from any gold file): two reports of one event and another.
NEWS = [
    ("भोपाल में 12 नए संक्रमित मिले\n\n"
     "भोपाल, 21 अप्रैल। स्वास्थ्य विभाग ने मंगलवार को बताया कि शहर में कोरोना के 12 नए"
     " मरीज मिले हैं। कलेक्टर ने जहांगीराबाद इलाके को कंटेनमेंट क्षेत्र घोषित कर दिया और"
     " वहां की सभी दुकानें 30 अप्रैल तक बंद रखने का आदेश दिया।\n"),
    ("भोपाल में कोरोना के 12 नए मरीज\n\n"
     "भोपाल, 21 अप्रैल। शहर में मंगलवार को कोरोना के 12 नए मरीज मिले। जिला कलेक्टर ने"
     " जहांगीराबाद को कंटेनमेंट क्षेत्र घोषित करते हुए वहां की दुकानें 30 अप्रैल तक बंद"
     " रखने के आदेश दिए हैं।\n"),
    ("पटना में राशन बांटा गया\n\n"
     "पटना, 22 अप्रैल। नगर निगम ने बुधवार को शहर की झुग्गी बस्तियों में दो हजार परिवारों"
     " को राशन के पैकेट बांटे। महापौर ने कहा कि लॉकडाउन तक यह काम जारी रहेगा।\n"),
]


def _analysed(lean: bool) -> list[Article]:
    """The articles as a stage task's result reaches the writer (pickled both ways)."""
    out: list[Article] = []
    for n, text in enumerate(NEWS):
        art = Article(id=f"sc43-{n}", text=text, source_path=f"report{n}.txt", outlet="Test")
        result = _work([art], Config(), STAGES, art.source_path, True, False, None, lean)
        result = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        assert isinstance(result, Outcome) and result.error is None
        out.extend(result.articles)
    return out


def _store(db: Path, articles: list[Article]) -> str:
    config = Config(db_path=db)
    with Store(db) as store:
        run_id = store.start_run(["sc43"])
        batch = Batch()
        batch.articles.extend(articles)
        flush_batch(store, run_id, batch, IngestReport(Counter()), config, set())
        with store.transaction():
            store.stories(config).close()
    return dump(db)


def test_a_lightened_article_keeps_what_the_writer_reads_and_nothing_else() -> None:
    whole, lean = _analysed(False), _analysed(True)
    assert any(a.events for a in whole) and any(a.mentions for a in whole)
    for full, light in zip(whole, lean, strict=True):
        assert light.extra.get(LEAN_KEY) is True and LEAN_KEY not in full.extra
        assert isinstance(light.extra[ROW_KEY], RowForm) and KEY in light.extra
        assert light.text == "" and not (light.blocks or light.sentences or light.mentions
                                         or light.timexes or light.events or light.quotes)
        for name in ("id", "source_path", "source_kind", "record", "raw_sha256", "url", "outlet",
                     "title", "published", "dct", "language", "status", "warnings"):
            assert getattr(light, name) == getattr(full, name), name
        # the row form holds the facts the article no longer carries
        form = light.extra[ROW_KEY]
        assert isinstance(form.data, bytes) and isinstance(form.body, bytes)  # UTF-8, as sent
        assert len(form.events) == len(full.events) and len(form.mentions) == len(full.mentions)
        assert (len(pickle.dumps(light, protocol=pickle.HIGHEST_PROTOCOL))
                < len(pickle.dumps(full, protocol=pickle.HIGHEST_PROTOCOL)))


def test_the_writer_stores_the_same_tables_and_stories_from_lightened_articles(
        tmp_path: Path) -> None:
    whole = _store(tmp_path / "whole.db", _analysed(False))
    lean = _store(tmp_path / "lean.db", _analysed(True))
    # and as under --jobs 1: articles with neither a row form nor a preparation
    plain = _analysed(False)
    for art in plain:
        del art.extra[ROW_KEY], art.extra[KEY]
    assert "story_members" in whole and "sc43-2" in whole
    assert lean == whole == _store(tmp_path / "plain.db", plain)
    with sqlite3.connect(tmp_path / "lean.db") as conn:  # the bytes are stored as text
        assert {r for r in conn.execute("SELECT typeof(data), typeof(body) FROM articles")} == {
            ("text", "text")}


def test_only_text_utf8_keeps_as_it_is_goes_as_bytes() -> None:
    """A lone surrogate (UTF-8 cannot encode it) or a NUL stays a string: the writer meets it
    as it did before the round."""
    assert _utf8("जांच केंद्र") == "जांच केंद्र".encode()
    assert _utf8("a\udc80b") == "a\udc80b" and _utf8("a\x00b") == "a\x00b"


def test_a_lightened_article_renamed_after_the_worker_is_refused(tmp_path: Path) -> None:
    """Its text is gone, so no row can be made again: an error, never an empty row."""
    art = _analysed(True)[0]
    art.id = "renamed"
    with Store(tmp_path / "k.db") as store, store.transaction(), \
            pytest.raises(RuntimeError, match="row form is stale"):
        store.put_article(art)
    with pytest.raises(RuntimeError, match="preparation is stale"):
        prepared(art, Config())


def test_a_task_run_here_keeps_its_articles_whole() -> None:
    """Only a worker's result is pickled: a task the caller runs itself is not lightened."""
    art = Article(id="sc43-here", text=NEWS[2], source_path="here.txt")
    result = _work([art], Config(), STAGES, "here.txt", True)
    assert isinstance(result, Outcome)
    assert result.articles[0].text and LEAN_KEY not in result.articles[0].extra
