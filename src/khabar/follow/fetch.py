"""The polite HTTP client behind ``khabar fetch`` and ``khabar follow``.

Politeness is the default, not an option: robots.txt is read before the first request to a host
and obeyed (a robots.txt that cannot be fetched because the server fails forbids the whole host
for this run, as RFC 9309 asks; a missing one, 4xx, allows all); requests to one host are spaced
by ``min_interval`` (or the host's Crawl-delay when longer) and at most ``per_host`` run at once;
every request names khabar in its User-Agent; pages already fetched are asked for conditionally
(ETag / Last-Modified); a 429 or 503 is retried after its ``Retry-After`` (or an exponential
backoff), never sooner; every exchange has a deadline, a size cap and a bounded redirect chain,
and only http(s) URLs are fetched. Every failure becomes one coded line (:class:`KhabarError`).

The client is asynchronous so that slow hosts do not hold up the others; results come back in
the order the URLs were given, whatever order the network answered in.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from .. import __version__
from ..errors import E, KhabarError

USER_AGENT = f"khabar/{__version__} (offline news-event research; polite follower)"
# Response types kept: pages, feeds, sitemaps (XML or plain-text lists of URLs).
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
    "application/xml", "text/xml", "application/feed+json", "application/json", "text/plain",
)

REDIRECTS = (301, 302, 303, 307, 308)
_FORBID_ALL = Protego.parse("User-agent: *\nDisallow: /")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Politeness:
    """How hard khabar may press a host. The defaults follow common crawler practice (one request
    a second per host, one at a time), not a measurement."""

    user_agent: str = USER_AGENT
    min_interval: float = 1.0  # seconds between two requests to one host
    per_host: int = 1  # requests in flight to one host
    total: int = 8  # requests in flight overall
    timeout: float = 20.0  # seconds for one whole exchange, body included
    max_bytes: int = 10 * 1024 * 1024  # a news page or feed is far below 10 MB
    max_redirects: int = 5
    retries: int = 2  # further attempts after a 429/503
    backoff: float = 2.0  # first wait when a 429/503 has no Retry-After; doubles each time
    max_wait: float = 120.0  # longest Retry-After waited for within a run; longer: next run
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay above this is capped


@dataclass
class Fetched:
    """One answered request: the response as a WARC record needs it, or the error line."""

    url: str  # as asked
    final_url: str = ""  # after redirects
    status: int = 0  # 200, 304 (unchanged), 0 when no response was kept
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    http_version: str = "HTTP/1.1"
    fetched_at: str = ""
    error: KhabarError | None = None

    def header(self, name: str) -> str | None:
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def unchanged(self) -> bool:
        return self.error is None and self.status == 304


def check_scheme(url: str) -> None:
    """Refuse anything but http(s) before any request is made (file:, ftp:, data:, …)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KhabarError(E.E070, where=url, detail=parts.scheme or "no scheme")


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class HostGate:
    """Spacing and concurrency for one host: ``slot()`` waits until the host may be asked again."""

    def __init__(self, interval: float, concurrency: int, clock: Clock, sleep: Sleep) -> None:
        self.interval = interval
        self._slots = asyncio.Semaphore(concurrency)
        self._turn = asyncio.Lock()
        self._clock = clock
        self._sleep = sleep
        self._next_at = 0.0

    def defer(self, seconds: float) -> None:
        """No request to this host before ``seconds`` from now (a Retry-After)."""
        self._next_at = max(self._next_at, self._clock() + seconds)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            async with self._turn:
                wait = self._next_at - self._clock()
                if wait > 0:
                    await self._sleep(wait)
                self._next_at = self._clock() + self.interval
            yield


class Fetcher:
    """Use as ``async with Fetcher(...) as f: await f.fetch(url)``; one per run (robots.txt and
    the host gates are kept for the run)."""

    def __init__(self, politeness: Politeness | None = None, *, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.p = politeness or Politeness()
        self._clock = clock
        self._sleep = sleep
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, Protego | None] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._all = asyncio.Semaphore(self.p.total)
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        # trust_env=False: no proxy or .netrc from the environment; khabar talks only to the
        # hosts it is given.
        self._client = httpx.AsyncClient(
            follow_redirects=False, trust_env=False, timeout=self.p.timeout,
            headers={"User-Agent": self.p.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def gate(self, url: str) -> HostGate:
        key = origin(url)
        if key not in self._gates:
            self._gates[key] = HostGate(self.p.min_interval, self.p.per_host, self._clock, self._sleep)
        return self._gates[key]

    async def fetch_all(self, requests: list[tuple[str, str | None, str | None]]) -> list[Fetched]:
        """Fetch ``(url, etag, last_modified)`` triples concurrently; results in input order."""
        return list(await asyncio.gather(*(self.fetch(u, etag=e, last_modified=m) for u, e, m in requests)))

    async def fetch(self, url: str, *, etag: str | None = None,
                    last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely; never raises for a network or HTTP failure (see ``error``)."""
        try:
            check_scheme(url)
            return await self._fetch_following(url, etag, last_modified)
        except KhabarError as exc:
            return Fetched(url, error=exc)

    async def _fetch_following(self, url: str, etag: str | None, last_modified: str | None) -> Fetched:
        chain = [url]
        current = url
        while True:
            result = await self._fetch_retrying(url, current, etag, last_modified)
            location = result.header("location")
            if result.status not in REDIRECTS:
                result.url = url
                return result
            if not location:
                raise KhabarError(E.E073, where=current, detail=f"{result.status} without a Location")
            current = urljoin(current, location)
            check_scheme(current)
            if current in chain:
                raise KhabarError(E.E076, where=url, detail=f"loop back to {current}")
            chain.append(current)
            if len(chain) > self.p.max_redirects + 1:
                raise KhabarError(E.E076, where=url, detail=f"more than {self.p.max_redirects}")
            etag = last_modified = None  # validators belong to the first URL

    async def _fetch_retrying(self, asked: str, url: str, etag: str | None,
                              last_modified: str | None) -> Fetched:
        if not await self.allowed(url):
            raise KhabarError(E.E071, where=url)
        gate = self.gate(url)
        attempt = 0
        while True:
            result = await self._exchange(asked, url, etag, last_modified, gate)
            if result.status not in (429, 503):
                if result.status >= 400 or result.status < 300 and result.status != 200:
                    raise KhabarError(E.E073, where=url, detail=result.status)
                return result
            wait = retry_after(result.header("retry-after"), self._now_utc())
            if wait is None:
                wait = self.p.backoff * 2**attempt
            gate.defer(min(wait, self.p.max_wait))
            if wait > self.p.max_wait or attempt == self.p.retries:
                raise KhabarError(E.E077, where=url,
                                  detail=f"HTTP {result.status}, wait {wait:.0f} s; tried again next run")
            attempt += 1

    async def _exchange(self, asked: str, url: str, etag: str | None, last_modified: str | None,
                        gate: HostGate) -> Fetched:
        assert self._client is not None, "use Fetcher as an async context manager"
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with gate.slot(), self._all:  # host turn first: no global slot held while waiting
            try:
                async with asyncio.timeout(self.p.timeout):
                    return await self._read(asked, url, headers)
            except (TimeoutError, httpx.TimeoutException):
                raise KhabarError(E.E072, where=url, detail=f"timed out after {self.p.timeout:g} s") from None
            except httpx.HTTPError as exc:
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                raise KhabarError(E.E072, where=url, detail=detail[:160]) from None

    async def _read(self, asked: str, url: str, headers: dict[str, str]) -> Fetched:
        assert self._client is not None
        async with self._client.stream("GET", url, headers=headers) as resp:
            result = Fetched(asked, final_url=str(resp.url), status=resp.status_code,
                             headers=list(resp.headers.items()),
                             http_version=resp.http_version, fetched_at=self._now_utc().isoformat())
            if resp.status_code != 200:
                return result
            if result.content_type and not result.content_type.startswith(ACCEPTED_TYPES):
                raise KhabarError(E.E075, where=url, detail=result.content_type)
            declared = resp.headers.get("content-length")
            cap = _megabytes(self.p.max_bytes)
            if declared and declared.isdigit() and int(declared) > self.p.max_bytes:
                raise KhabarError(E.E074, where=url, detail=cap)
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > self.p.max_bytes:
                    raise KhabarError(E.E074, where=url, detail=cap)
                chunks.append(chunk)
            result.body = b"".join(chunks)
            # the body is kept decoded, so the WARC record must not claim a content encoding
            result.headers = [(k, v) for k, v in result.headers
                              if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
            return result

    async def allowed(self, url: str) -> bool:
        """Whether robots.txt lets khabar fetch ``url`` (read once per host and run)."""
        key = origin(url)
        lock = self._robots_locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._robots:
                self._robots[key] = await self._load_robots(key)
        rules = self._robots[key]
        if rules is None:
            return True
        if not rules.can_fetch(url, self.p.user_agent):
            return False
        delay = rules.crawl_delay(self.p.user_agent)
        if delay:
            gate = self.gate(url)
            gate.interval = max(gate.interval, min(float(delay), self.p.max_crawl_delay))
        return True

    async def _load_robots(self, key: str) -> Protego | None:
        """The host's rules; None allows everything (no robots.txt); a server error forbids all.
        Redirects are followed (RFC 9309 asks for at least five), e.g. http to https."""
        robots_url = key + "/robots.txt"
        for _ in range(self.p.max_redirects + 1):
            try:
                result = await self._exchange(robots_url, robots_url, None, None, self.gate(robots_url))
            except KhabarError as exc:  # unreachable: assume forbidden; unreadable: no rules
                return _FORBID_ALL if exc.code is E.E072 else None
            location = result.header("location")
            if result.status in REDIRECTS and location:
                robots_url = urljoin(robots_url, location)
                if urlsplit(robots_url).scheme not in ("http", "https"):
                    return None
                continue
            if result.status >= 500 or result.status == 429:
                return _FORBID_ALL
            if result.status != 200:
                return None  # 4xx: no rules
            return Protego.parse(result.body.decode("utf-8", "replace"))
        return None  # a redirect chain too long to follow: as if there were no robots.txt

    def _now_utc(self) -> datetime:
        return datetime.now(UTC)


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _megabytes(n: int) -> str:
    return f"{n / 1e6:g} MB"
