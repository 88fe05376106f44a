"""The polite client against a loopback server: robots.txt, rate limit and concurrency cap,
conditional GET, Retry-After, timeouts, size cap, redirect loops, non-HTML bodies, schemes.

Waits go through an injected clock and sleep, so the rate limit is checked by what the client
asked to wait, not by timing the test."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from follow_server import HTML, Request, Response, loopback_only, serve, slow
from khabar.errors import E
from khabar.follow.fetch import Fetched, Fetcher, HostGate, Politeness, retry_after

__all__ = ["loopback_only"]  # autouse: every test here may reach 127.0.0.1 only
ONE_LINE = re.compile(r"^E0\d\d \S+: [^\n]+$")
PAGE = (200, HTML, b"<html><body><p>page</p></body></html>")
FAST = Politeness(min_interval=0.0, timeout=5.0)


class FakeTime:
    """A clock that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))
        self.now += seconds
        await asyncio.sleep(0)


def fetch(urls: list[str], politeness: Politeness = FAST, fake: FakeTime | None = None,
          etag: str | None = None) -> list[Fetched]:
    async def go() -> list[Fetched]:
        kwargs = {"clock": fake.clock, "sleep": fake.sleep} if fake else {}
        async with Fetcher(politeness, **kwargs) as f:  # type: ignore[arg-type]
            return await f.fetch_all([(u, etag, None) for u in urls])

    return asyncio.run(go())


def test_robots_forbidden_path_is_never_requested() -> None:
    robots = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    with serve({"/robots.txt": robots, "/private/a.html": PAGE, "/news/a.html": PAGE}) as site:
        private, public = fetch([site.url("/private/a.html"), site.url("/news/a.html")])
    assert private.error is not None and private.error.code is E.E071
    assert ONE_LINE.match(private.error.message)
    assert public.ok and b"page" in public.body
    assert site.asked("/private/a.html") == 0
    assert site.asked("/robots.txt") == 1  # read once per host and run


def test_robots_behind_a_redirect_is_obeyed() -> None:
    robots = (200, {"Content-Type": "text/plain"}, b"User-agent: khabar\nDisallow: /\n")
    routes = {"/robots.txt": (301, {"Location": "/real-robots.txt"}, b""), "/real-robots.txt": robots,
              "/a.html": PAGE}
    with serve(routes) as site:
        (got,) = fetch([site.url("/a.html")])
    assert got.error is not None and got.error.code is E.E071
    assert site.asked("/a.html") == 0


def test_robots_server_error_forbids_the_host() -> None:
    with serve({"/robots.txt": (503, {}, b"down"), "/news/a.html": PAGE}) as site:
        (got,) = fetch([site.url("/news/a.html")])
    assert got.error is not None and got.error.code is E.E071
    assert site.asked("/news/a.html") == 0


def test_user_agent_names_khabar() -> None:
    with serve({"/a.html": PAGE}) as site:
        fetch([site.url("/a.html")])
    assert all(r.headers["User-Agent"].startswith("khabar/") for r in site.log)


def test_rate_limit_spaces_requests_to_one_host() -> None:
    fake = FakeTime()
    pages = {f"/p{n}.html": PAGE for n in range(4)}
    with serve(pages) as site:
        results = fetch([site.url(p) for p in pages], Politeness(min_interval=2.0), fake)
    assert all(r.ok for r in results)
    # robots.txt + 4 pages = 5 requests to one host: 4 waits of the full interval between them
    assert fake.waits == [2.0, 2.0, 2.0, 2.0]
    assert site.most_active == 1


def test_crawl_delay_slows_the_host_down() -> None:
    fake = FakeTime()
    robots = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 5\n")
    with serve({"/robots.txt": robots, "/a.html": PAGE, "/b.html": PAGE}) as site:
        fetch([site.url("/a.html"), site.url("/b.html")], Politeness(min_interval=1.0), fake)
    assert fake.waits == [1.0, 5.0]  # robots.txt, then a.html at the default pace, then b.html


def test_hosts_are_limited_separately_and_concurrency_is_capped() -> None:
    fake = FakeTime()
    with serve({f"/p{n}.html": slow(0.2, PAGE) for n in range(3)}) as one, \
            serve({f"/p{n}.html": slow(0.2, PAGE) for n in range(3)}) as two:
        urls = [s.url(f"/p{n}.html") for n in range(3) for s in (one, two)]
        results = fetch(urls, Politeness(min_interval=1.0, per_host=1), fake)
    assert [r.url for r in results] == urls  # answers in the order asked
    assert all(r.ok for r in results)
    assert one.most_active == 1 and two.most_active == 1
    # 4 requests per host (robots.txt, 3 pages) = 3 gaps of 1 s; one shared limit would take 7 s
    assert fake.now - 100.0 == pytest.approx(3.0)


def test_host_gate_honours_a_deferral() -> None:
    fake = FakeTime()
    gate = HostGate(1.0, 1, fake.clock, fake.sleep)

    async def go() -> None:
        async with gate.slot():
            pass
        gate.defer(30.0)
        async with gate.slot():
            pass

    asyncio.run(go())
    assert fake.waits == [30.0]


def test_conditional_get_gives_304() -> None:
    def page(req: Request) -> Response:
        if req.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {**HTML, "ETag": '"v1"'}, b"<html><body><p>v1</p></body></html>"

    with serve({"/a.html": page}) as site:
        (first,) = fetch([site.url("/a.html")])
        (again,) = fetch([site.url("/a.html")], etag=first.header("etag"))
    assert first.ok and first.header("etag") == '"v1"'
    assert again.unchanged and again.body == b""


def test_429_is_retried_after_its_retry_after() -> None:
    calls: list[int] = []

    def busy(_: Request) -> Response:
        calls.append(1)
        return (429, {"Retry-After": "7"}, b"slow down") if len(calls) == 1 else PAGE

    fake = FakeTime()
    with serve({"/a.html": busy}) as site:
        (got,) = fetch([site.url("/a.html")], FAST, fake)
    assert got.ok
    assert len(calls) == 2
    assert 7.0 in fake.waits  # not asked again before the server said


def test_503_without_retry_after_backs_off_exponentially() -> None:
    answers = iter([(503, {}, b""), (503, {}, b""), PAGE])
    fake = FakeTime()
    with serve({"/a.html": lambda _: next(answers)}) as site:
        (got,) = fetch([site.url("/a.html")], FAST, fake)
    assert got.ok and site.asked("/a.html") == 3
    assert fake.waits == [2.0, 4.0]


def test_redirect_without_location_is_one_line() -> None:
    with serve({"/a.html": (302, {}, b"")}) as site:
        (got,) = fetch([site.url("/a.html")])
    assert got.error is not None and got.error.code is E.E073 and "without a Location" in got.error.message


def test_retry_after_beyond_the_limit_fails_for_this_run() -> None:
    with serve({"/a.html": (503, {"Retry-After": "86400"}, b"maintenance")}) as site:
        (got,) = fetch([site.url("/a.html")])
    assert got.error is not None and got.error.code is E.E077
    assert ONE_LINE.match(got.error.message)
    assert site.asked("/a.html") == 1


def test_retry_after_as_http_date() -> None:
    now = datetime(2026, 2, 5, 10, 0, 0, tzinfo=UTC)
    assert retry_after("Thu, 05 Feb 2026 10:00:30 GMT", now) == 30.0
    assert retry_after("120", now) == 120.0
    assert retry_after("soon", now) is None


def test_slow_host_times_out_in_one_line() -> None:
    with serve({"/slow.html": slow(3.0, PAGE)}) as site:
        (got,) = fetch([site.url("/slow.html")], Politeness(min_interval=0.0, timeout=0.5))
    assert got.error is not None and got.error.code is E.E072
    assert "timed out after 0.5 s" in got.error.message and ONE_LINE.match(got.error.message)


def test_redirect_loop_is_cut() -> None:
    routes = {"/a": (302, {"Location": "/b"}, b""), "/b": (301, {"Location": "/a"}, b"")}
    with serve(routes) as site:
        (got,) = fetch([site.url("/a")])
    assert got.error is not None and got.error.code is E.E076
    assert ONE_LINE.match(got.error.message)
    assert site.asked("/a") == 1 and site.asked("/b") == 1


def test_redirect_is_followed_to_its_target() -> None:
    with serve({"/old": (301, {"Location": "/new.html"}, b""), "/new.html": PAGE}) as site:
        (got,) = fetch([site.url("/old")])
    assert got.ok and got.final_url == site.url("/new.html") and got.url == site.url("/old")


def test_fifty_megabyte_body_is_refused_without_reading_it() -> None:
    big = (200, HTML, b"x" * (50 * 1024 * 1024))
    with serve({"/big.html": big}) as site:
        (got,) = fetch([site.url("/big.html")])
    assert got.error is not None and got.error.code is E.E074
    assert got.body == b"" and ONE_LINE.match(got.error.message)


def test_body_without_length_is_cut_at_the_cap() -> None:
    def chunked(_: Request) -> Response:
        return 200, {**HTML, "Content-Length": str(3 * 1024 * 1024)}, b"y" * (3 * 1024 * 1024)

    polite = Politeness(min_interval=0.0, max_bytes=1024 * 1024)
    with serve({"/big.html": chunked}) as site:
        (got,) = fetch([site.url("/big.html")], polite)
    assert got.error is not None and got.error.code is E.E074


def test_non_html_body_is_refused() -> None:
    with serve({"/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7")}) as site:
        (got,) = fetch([site.url("/report.pdf")])
    assert got.error is not None and got.error.code is E.E075
    assert "application/pdf" in got.error.message


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.html", "file:///etc/passwd", "javascript:alert(1)", "127.0.0.1/a"])
def test_only_http_and_https(url: str) -> None:
    (got,) = fetch([url])
    assert got.error is not None and got.error.code is E.E070


def test_http_error_is_one_line() -> None:
    with serve({}) as site:
        (got,) = fetch([site.url("/missing.html")])
    assert got.error is not None and got.error.code is E.E073
    assert got.error.message.endswith("server answered HTTP 404")


def test_unreachable_host_is_one_line() -> None:
    with serve({}) as site:
        url = site.url("/a.html")
    (got,) = fetch([url])  # the server is gone: connection refused
    assert got.error is not None and got.error.code in (E.E071, E.E072)
    assert ONE_LINE.match(got.error.message)


def test_tests_reach_loopback_only() -> None:
    with pytest.raises(BaseException) as info:  # anyio may wrap it in a group
        fetch(["http://192.0.2.1/a.html"])  # TEST-NET-1: the guard stops it before the network
    errors = [info.value]
    while isinstance(errors[-1], BaseExceptionGroup):
        errors.append(errors[-1].exceptions[0])
    assert isinstance(errors[-1], AssertionError) and "tried to reach 192.0.2.1" in str(errors[-1])


def test_cli_fetch_failure_is_one_line_then_the_cycle_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    with serve({}) as site:
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "fetch", site.url("/gone.html")])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1
    assert lines == [f"E073 {site.url('/gone.html')}: server answered HTTP 404",
                     "cycle 1: fetched 0, new 0, unchanged 0, failed 1, alerts 0"]
