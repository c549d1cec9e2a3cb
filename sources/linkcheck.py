"""Probing one address the way a link-rot bot does: HEAD, then GET when HEAD is not answered well.

Only classifies; deciding that a source is dead takes repeated failures days apart
(see `liveness_after`).
"""
from __future__ import annotations

import datetime as dt
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

USER_AGENT = "Claimtrack-linkcheck/1.0 (+https://claimtrack.example/bot)"
PAYWALL_STATUSES = (401, 402, 403)
FAILURES_FOR_DEAD = 3
DAYS_BETWEEN_FAILURES = 3


@dataclass(frozen=True)
class Probe:
    outcome: str  # ok | failed | paywalled | redirect_home
    status: int | None
    final_url: str
    method: str
    error: str
    elapsed_ms: int


def _is_front_page(url: str) -> bool:
    return urlsplit(url).path in ("", "/") and not urlsplit(url).query


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _request(url: str, method: str, timeout: float) -> tuple[int, str]:
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if method == "GET":
                resp.read(65536)
            return resp.status, resp.geturl()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.geturl() or url


def probe(url: str, *, timeout: float = 10.0, paywalled_domains: frozenset[str] = frozenset()) -> Probe:
    started = time.monotonic()
    status, final, method, error = None, url, "HEAD", ""
    for method in ("HEAD", "GET"):
        try:
            status, final = _request(url, method, timeout)
            error = ""
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError, ValueError) as exc:
            status, error = None, f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
            continue
        if status < 400 or status in (404, 410):
            break  # a clear answer; GET would say the same
    elapsed = int((time.monotonic() - started) * 1000)
    if status is None:
        outcome = "failed"
    elif status in PAYWALL_STATUSES and _host(url) in paywalled_domains:
        outcome = "paywalled"
    elif status >= 400:
        outcome = "failed"
    elif _is_front_page(final) and not _is_front_page(url):
        outcome = "redirect_home"  # an article that now sends readers to the front page is gone
    else:
        outcome = "ok"
    return Probe(outcome, status, final, method, error, elapsed)


def liveness_after(history: list[tuple[dt.datetime, str]], current: str) -> str:
    """A source's liveness from its checks, oldest first: dead only after three failures at
    least three days apart with no success between them; a paywall is not death."""
    if not history:
        return current
    last_time, last = history[-1]
    if last == "ok":
        return "live"
    if last == "paywalled":
        return "paywalled"
    spaced, previous = 0, None
    for when, outcome in history:
        if outcome in ("ok", "paywalled"):
            spaced, previous = 0, None
            continue
        if previous is None or when - previous >= dt.timedelta(days=DAYS_BETWEEN_FAILURES):
            spaced += 1
            previous = when
    return "dead" if spaced >= FAILURES_FOR_DEAD else current
