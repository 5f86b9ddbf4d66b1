"""The LibreTranslate wire: one HTTP exchange, bounded in time and size, its answer classified.

Kept apart from the engine's scheduling (remote.py) so that each reads on its own: this module
knows HTTP and LibreTranslate's answers, the engine knows batches, servers and fallbacks.
"""

from __future__ import annotations

import http.client
import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from reader.core.errors import UsageError

MAX_RESPONSE = 16 * 1024 * 1024  # bytes: a batch of sentences is far smaller


class Retry(Exception):
    """A transient answer (429, 5xx): try again after a pause."""


class ServerFailed(Exception):
    """This server is of no more use for the run (unreachable, refused the key, answered nonsense)."""


class PairMissing(Exception):
    """This server does not have the pair: others may."""


@dataclass
class Server:
    url: str
    in_flight: int
    version: str = ""
    pairs: set[tuple[str, str]] = field(default_factory=set)
    down: str | None = None  # why it was dropped for the run
    served: int = 0  # requests it answered
    slots: threading.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self.slots = threading.Semaphore(self.in_flight)

    @property
    def name(self) -> str:
        return self.url


def check_url(url: str) -> str:
    """http(s)://host[:port][/prefix] or a one-line usage error."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise UsageError("--engine-url", f"not an http(s) URL: {url!r}")
    return url.strip().rstrip("/")


def request(
    server: Server, method: str, path: str, body: dict[str, Any] | None, connect_timeout: float, read_timeout: float
) -> Any:
    """One HTTP exchange with a server, its answer classified: retry, pair missing, server failed."""
    parsed = urllib.parse.urlsplit(server.url)
    kind = http.client.HTTPSConnection if parsed.scheme == "https" else http.client.HTTPConnection
    connection = kind(parsed.hostname or "", parsed.port, timeout=connect_timeout)
    payload = json.dumps(body).encode("utf-8") if body is not None else None
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(read_timeout)
        connection.request(method, parsed.path + path, body=payload, headers=headers)
        response = connection.getresponse()
        data = response.read(MAX_RESPONSE + 1)
    except TimeoutError:
        raise ServerFailed("timed out") from None
    except (OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "strerror", None) or f"connection lost ({type(exc).__name__})"
        raise ServerFailed(reason) from None
    finally:
        connection.close()
    if len(data) > MAX_RESPONSE:
        raise ServerFailed("answer too large")
    try:
        answer = json.loads(data) if data else {}
    except ValueError:
        answer = {}
    error = str(answer.get("error", "")) if isinstance(answer, dict) else ""
    if response.status == 429 or response.status >= 500:
        raise Retry(f"HTTP {response.status}{f': {error}' if error else ''}")
    if response.status in (401, 403):
        raise ServerFailed(f"refused the API key ({error or response.status})")
    if response.status == 400 and "not supported" in error:
        raise PairMissing(error)
    if response.status >= 400:
        raise ServerFailed(f"HTTP {response.status}{f': {error}' if error else ''}")
    if not data:
        raise ServerFailed("empty answer")
    return answer
