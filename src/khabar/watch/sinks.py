"""Where alerts go: a JSON Lines file (one alert a line, appended) or a webhook (POST JSON,
retried with backoff). The terminal is the CLI's job (``Alert.line``).

A delivery that still fails after its retries is one E081 line; the alert stays recorded as
sent, so the terminal and file sinks do not repeat it on the next cycle.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import E, KhabarError
from .watches import Alert

# Webhook attempts and the first wait between them (doubling): three tries over ~3 s ride out a
# receiver restart without holding the follower up for long. Common practice, not measured.
WEBHOOK_ATTEMPTS = 3
WEBHOOK_BACKOFF = 1.0
WEBHOOK_TIMEOUT = 10.0


def deliver(alerts: Sequence[Alert], sinks_of: Callable[[str], Sequence[str]],
            sleep: Callable[[float], None] = time.sleep) -> list[str]:
    """Send each alert to its watch's sinks; returns one line per failed delivery."""
    failures: list[str] = []
    for alert in alerts:
        for sink in sinks_of(alert.watch):
            kind, _, target = sink.partition(":")
            try:
                if kind == "jsonl":
                    write_jsonl(Path(target), alert)
                elif kind == "webhook":
                    post_webhook(target, alert, sleep)
            except KhabarError as exc:
                failures.append(exc.message)
    return failures


def write_jsonl(path: Path, alert: Alert) -> None:
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise KhabarError(E.E081, where=str(path), detail=exc.strerror or str(exc)) from None


def post_webhook(url: str, alert: Alert, sleep: Callable[[float], None]) -> None:
    import httpx

    from ..follow.fetch import USER_AGENT

    body = json.dumps(alert.to_dict(), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT}
    problem = ""
    for attempt in range(WEBHOOK_ATTEMPTS):
        if attempt:
            sleep(WEBHOOK_BACKOFF * 2 ** (attempt - 1))
        try:
            resp = httpx.post(url, content=body, headers=headers, timeout=WEBHOOK_TIMEOUT, trust_env=False)
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"[:160]
            continue
        if resp.status_code < 300:
            return
        problem = f"HTTP {resp.status_code}"
        if resp.status_code < 500 and resp.status_code != 429:
            break  # the receiver refuses this alert; asking again will not help
    raise KhabarError(E.E081, where=url, detail=f"{problem} after {attempt + 1} attempt(s)")
