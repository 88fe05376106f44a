"""Follow cycles against a loopback outlet: feeds, sitemaps, home pages, a feed that changes
between cycles, a killed follower, and nothing fetched or stored twice."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from follow_server import HTML, Request, Response, Site, article_html, loopback_only, rss, serve
from khabar.config import Config
from khabar.errors import KhabarError
from khabar.follow import cycle
from khabar.follow.cycle import CycleReport, follow, run_cycle, spool_dir
from khabar.follow.fetch import Politeness
from khabar.follow.sources import FollowPlan, Source, load_sources

POLITE = Politeness(min_interval=0.0, timeout=5.0)
__all__ = ["loopback_only"]  # autouse: every test here may reach 127.0.0.1 only
ONE_LINE = re.compile(r"^E0\d\d \S+: [^\n]+$")
TOPICS = ["river flooding in Assam", "a new metro line in Pune", "wheat prices in Punjab",
          "a heat wave in Rajasthan", "a port expansion in Gujarat"]


def news(n: int) -> bytes:
    topic = TOPICS[n]
    return article_html(f"Report {n}: {topic}", [
        f"Officials said on Monday that {topic} has become the main concern of the state government,"
        f" and the chief minister called a meeting of senior officers to review the situation.",
        f"Residents told reporters that {topic} had changed their daily lives over the past week,"
        f" and several local groups asked the administration for more help and clearer information.",
        f"The government said it would publish a detailed plan about {topic} within ten days after"
        f" consulting experts, district officials and representatives of the people affected.",
    ])


def feed_site(site: Site, items: list[str]) -> None:
    """``/feed.xml`` lists ``items``, answers 304 to its own ETag, and every item is a page."""
    body = rss(site, items)
    tag = f'"{len(items)}"'

    def feed(req: Request) -> Response:
        if req.headers.get("If-None-Match") == tag:
            return 304, {"ETag": tag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": tag}, body

    site.routes["/feed.xml"] = feed
    for n, item in enumerate(items):
        site.routes.setdefault(item, (200, HTML, news(n)))


def plan(*sources: Source) -> FollowPlan:
    return FollowPlan(tuple(sources), POLITE)


def stored(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_feed_that_changes_between_cycles(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    with serve({"/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")}) as site:
        feed_site(site, ["/news/0.html", "/news/1.html", "/private/2.html"])
        follow = plan(Source("feed", site.url("/feed.xml")))
        live: list[str] = []
        first = run_cycle(follow, config, 1, on_change=lambda r: live.append(r.line()))
        assert first.counts["new"] == 2 and first.counts["failed"] == 1
        assert live[0] == "cycle 1: fetched 1, new 0, unchanged 0, failed 0, alerts 0"  # the feed
        assert live[-1] == first.line()
        assert "forbidden by robots.txt" in first.failures[0] and ONE_LINE.match(first.failures[0])

        second = run_cycle(follow, config, 2)  # the feed answers 304: nothing else is asked
        assert second.counts["unchanged"] == 1 and second.counts["new"] == 0
        assert second.line() == "cycle 2: fetched 0, new 0, unchanged 1, failed 0, alerts 0"

        feed_site(site, ["/news/0.html", "/news/1.html", "/private/2.html", "/news/3.html"])
        third = run_cycle(follow, config, 3)
        assert third.counts["new"] == 1 and third.counts["fetched"] == 2  # the feed and one page
    assert site.asked("/private/2.html") == 0
    assert [site.asked(f"/news/{n}.html") for n in (0, 1, 3)] == [1, 1, 1]
    assert stored(config.db_path) == 3
    assert len(list(spool_dir(config).glob("*.warc.gz"))) == 2  # the raw responses, kept


def test_killed_while_ingesting_resumes_without_fetching_again(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config(db_path=tmp_path / "k.db")
    real = cycle._ingest_spool

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    with serve() as site:
        feed_site(site, ["/news/0.html", "/news/1.html"])
        follow = plan(Source("feed", site.url("/feed.xml")))
        monkeypatch.setattr(cycle, "_ingest_spool", killed)
        with pytest.raises(KeyboardInterrupt):
            run_cycle(follow, config, 1)
        assert stored(config.db_path) == 0
        monkeypatch.setattr(cycle, "_ingest_spool", real)
        resumed = run_cycle(follow, config, 2)
    assert resumed.counts["new"] == 2
    assert [site.asked(f"/news/{n}.html") for n in (0, 1)] == [1, 1]
    assert stored(config.db_path) == 2


def test_killed_before_the_pages_resumes_though_the_feed_is_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config(db_path=tmp_path / "k.db")

    async def killed(*args: object) -> list[object]:
        raise KeyboardInterrupt

    with serve() as site:
        feed_site(site, ["/news/0.html", "/news/1.html"])
        follow = plan(Source("feed", site.url("/feed.xml")))
        with monkeypatch.context() as patch:
            patch.setattr(cycle, "_fetch_pages", killed)
            with pytest.raises(KeyboardInterrupt):
                run_cycle(follow, config, 1)
        resumed = run_cycle(follow, config, 2)
    assert resumed.counts["new"] == 2
    assert site.asked("/feed.xml") == 2
    assert site.log[-3].headers.get("If-None-Match") == '"2"'  # the feed answered 304


def test_home_page_discovery_and_sitemaps(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    with serve() as site:
        feed_site(site, ["/news/0.html"])
        site.routes["/"] = (200, HTML, (
            b'<html><head><title>Local news</title><link rel="alternate" type="application/rss+xml"'
            b' href="/feed.xml"></head><body><p>Front page of a local outlet.</p></body></html>'))
        index = (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 f"<sitemap><loc>{site.url('/news-sitemap.xml')}</loc></sitemap></sitemapindex>").encode()
        news_map = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<url><loc>{site.url('/news/1.html?utm_source=x')}</loc></url>"
                    f"<url><loc>{site.url('/news/0.html')}</loc></url>"
                    f"<url><loc>http://elsewhere.example/a.html</loc></url></urlset>").encode()
        site.routes["/sitemap.xml"] = (200, {"Content-Type": "application/xml"}, index)
        site.routes["/news-sitemap.xml"] = (200, {"Content-Type": "application/xml"}, news_map)
        site.routes["/news/1.html"] = (200, HTML, news(1))
        report = run_cycle(plan(Source("site", site.url("/")), Source("sitemap", site.url("/sitemap.xml"))), config)
    assert report.counts["new"] == 2 and report.failures == []
    assert site.asked("/news/0.html") == 1  # listed by the feed and the sitemap, fetched once
    assert not any("elsewhere" in r.path for r in site.log)


def test_non_html_page_fails_in_one_line_and_the_rest_is_stored(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    with serve() as site:
        site.routes["/news/1.pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7")
        feed_site(site, ["/news/0.html", "/news/1.pdf"])
        report = run_cycle(plan(Source("feed", site.url("/feed.xml"))), config)
    assert report.counts["new"] == 1 and report.counts["failed"] == 1
    assert ONE_LINE.match(report.failures[0]) and "application/pdf" in report.failures[0]


def test_sources_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("min_interval: 3\nsources:\n  - feed: http://127.0.0.1:9/feed.xml?utm_source=a\n"
                    "  - http://127.0.0.1:9/a.html\nalerts:\n  - jsonl: alerts.jsonl\n", encoding="utf-8")
    loaded = load_sources(path)
    assert loaded.politeness.min_interval == 3
    assert [(s.kind, s.url) for s in loaded.sources] == [
        ("feed", "http://127.0.0.1:9/feed.xml"), ("url", "http://127.0.0.1:9/a.html")]
    assert loaded.sinks == ("jsonl:alerts.jsonl",)


@pytest.mark.parametrize("text", ["sources: []\n", "sources:\n  - feed: ftp://x/feed\n",
                                  "sources:\n  - feed: http://a/\n    sitemap: http://a/s.xml\n",
                                  "sources: [\n", "min_interval: -1\nsources:\n  - url: http://a/\n",
                                  "sources:\n  - url: http://a/\nalerts:\n  - email: me\n"])
def test_bad_sources_file_is_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KhabarError) as info:
        load_sources(path)
    assert info.value.message.startswith("E078 ") and "\n" not in info.value.message


def test_killed_follower_process_resumes(tmp_path: Path) -> None:
    """A real ``khabar follow`` process killed (SIGKILL) while its third page hangs: the next run
    gets 304 from the feed, ingests the two pages already spooled without asking for them again,
    fetches the third, and stores each once."""
    db = tmp_path / "k.db"
    release = threading.Event()

    def stuck(_: Request) -> Response:
        release.wait(30)
        return 200, HTML, news(2)

    with serve({"/news/2.html": stuck}) as site:
        feed_site(site, ["/news/0.html", "/news/1.html", "/news/2.html"])
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"min_interval: 0\nsources:\n  - feed: {site.url('/feed.xml')}\n", encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "khabar.cli", "--db", str(db), "follow", str(sources)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 90
            while not site.asked("/news/2.html") and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            assert site.asked("/news/2.html") == 1, "the follower never reached the hanging page"
        finally:
            proc.kill()
            proc.wait(10)
            release.set()
        site.routes["/news/2.html"] = (200, HTML, news(2))
        resumed = run_cycle(plan(Source("feed", site.url("/feed.xml"))), Config(db_path=db), 2)
    assert resumed.counts["new"] == 3 and resumed.failures == []
    assert [site.asked(f"/news/{n}.html") for n in range(3)] == [1, 1, 2]
    assert site.log[-2].path == "/feed.xml" and site.log[-2].headers.get("If-None-Match") == '"3"'
    assert stored(db) == 3


def test_every_runs_cycles_and_waits_between_them(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    reports: list[CycleReport] = []
    waits: list[float] = []
    with serve() as site:
        feed_site(site, ["/news/0.html"])
        follow(plan(Source("feed", site.url("/feed.xml"))), config, 900.0, reports.append, cycles=3,
               sleep=waits.append)
    assert [r.number for r in reports] == [1, 2, 3]
    assert [r.counts["new"] for r in reports] == [1, 0, 0]
    assert len(waits) == 2 and all(0 < w <= 900 for w in waits)
    assert site.asked("/news/0.html") == 1


def test_fetch_by_url_once_and_after_a_failure_again(tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "k.db")
    with serve({"/news/0.html": (500, {}, b"oops")}) as site:
        by_hand = plan(Source("url", site.url("/news/0.html")))
        for _ in range(3):  # three transient failures: failed for good
            assert run_cycle(by_hand, config).counts["failed"] == 1
        site.routes["/news/0.html"] = (200, HTML, news(0))
        assert run_cycle(by_hand, config).counts["new"] == 1  # asked by hand: tried again
        again = run_cycle(by_hand, config)
    assert again.counts["unchanged"] == 1 and again.counts["fetched"] == 0
    assert site.asked("/news/0.html") == 4
