"""A small HTTP server on 127.0.0.1 for the follow and watch tests: routes are set per test,
and every request is logged (path, headers) so tests can see what was and was not asked."""

from __future__ import annotations

import html
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

Response = tuple[int, dict[str, str], bytes]
LOOPBACK = ("127.0.0.1", "::1")


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to a host other than loopback fails the test that makes it (imported by
    the follow and watch test modules, where it applies to every test)."""
    real = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise AssertionError(f"a test tried to reach {address[0]}")
        real(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
Route = Response | Callable[["Request"], Response]


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class Site:
    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Request] = field(default_factory=list)
    active: int = 0
    most_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def asked(self, path: str) -> int:
        return sum(1 for r in self.log if r.path == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep pytest output clean
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(self.path, dict(self.headers.items()), self.rfile.read(length))
            with site.lock:
                site.log.append(request)
                site.active += 1
                site.most_active = max(site.most_active, site.active)
            try:
                route = site.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not here"))
                status, headers, body = route(request) if callable(route) else route
            finally:
                # the request stops counting as active before its answer is sent: the client can
                # send its next request as soon as it has read this answer, possibly before this
                # thread runs again, and a decrement after the write then counted that well-spaced
                # request as concurrent (most_active 2 on a loaded host, in two full runs)
                with site.lock:
                    site.active -= 1
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        do_GET = _serve
        do_POST = _serve

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up on purpose (size cap, timeout) is expected here: socketserver would
    print a traceback block to stderr from a handler thread that can outlive its test, into the
    stderr another test is reading."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serve(routes: dict[str, Route] | None = None) -> Iterator[Site]:
    """Serve ``routes`` on a free loopback port for the duration of the block."""
    site = Site(routes=dict(routes or {}))
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def slow(seconds: float, response: Response) -> Callable[[Request], Response]:
    def answer(_: Request) -> Response:
        time.sleep(seconds)
        return response

    return answer


HTML = {"Content-Type": "text/html; charset=utf-8"}


def seed_page(path: Path, outlet: str) -> bytes:
    """A bundled seed article as an outlet would serve it: its lines as paragraphs, its date as
    ``article:published_time``, the outlet as ``og:site_name``."""
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^\s*date\s+(\S+)\s*", text)
    assert m is not None
    body = text[m.end():]
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in body.splitlines() if line.strip())
    title = html.escape(body.splitlines()[0][:80])
    return (
        f'<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{m.group(1)}T08:00:00+05:30">'
        f"</head><body><article>{paras}</article></body></html>"
    ).encode()


def rss(site: Site, items: list[str], title: str = "Local news") -> bytes:
    entries = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{site.url('/')}</link>{entries}</channel></rss>").encode()


def article_html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>").encode()
