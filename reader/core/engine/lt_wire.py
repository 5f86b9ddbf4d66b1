"""The LibreTranslate wire: one HTTP exchange, bounded in time and size, its answer classified.

Kept apart from the engine's scheduling (remote.py) so that each reads on its own: this module
knows HTTP and LibreTranslate's answers, the engine knows batches, servers and fallbacks.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from reader.core.errors import UsageError
from reader.core.text.clean import clean_line, has_control

T = TypeVar("T")
MAX_RESPONSE = 16 * 1024 * 1024  # bytes: a batch of sentences is far smaller


class Retry(Exception):
    """A transient answer (429, 5xx): try again after a pause, the one the server asked for if it did."""

    def __init__(self, message: str, after: float | None = None) -> None:
        super().__init__(message)
        self.after = after  # seconds of its Retry-After header (RFC 9110 10.2.3), when it sent one


class ServerFailed(Exception):
    """This server is of no more use for the run (unreachable, refused the key, answered nonsense)."""


class PairMissing(Exception):
    """This server does not have the pair: others may."""


@dataclass
class Server:
    url: str  # as given, credentials included: used to connect, never shown or written
    in_flight: int
    version: str = ""
    pairs: set[tuple[str, str]] = field(default_factory=set)
    down: str | None = None  # why it was dropped for the run
    served: int = 0  # requests it answered
    slots: threading.Semaphore = field(init=False)
    down_at: float = 0.0  # when it was dropped (time.monotonic): asked again after REVIVE_AFTER
    drops: int = 0  # times it was dropped: each revival waits longer, and only the first is said
    resume_at: float = 0.0  # (time.monotonic) no request before: a 429's wait holds every slot of it

    def __post_init__(self) -> None:
        self.slots = threading.Semaphore(self.in_flight)

    def drop(self, why: str) -> bool:
        """Drop it for now; whether to say so: its first drop only (its other requests in flight fail
        alike, and a revived server failing again was said each time: trial E)."""
        if self.down is not None:
            return False
        self.down, self.down_at = why, time.monotonic()
        self.drops += 1
        return self.drops == 1

    def pause(self, seconds: float) -> None:
        self.resume_at = max(self.resume_at, time.monotonic() + seconds)

    def wait_turn(self) -> None:
        while (left := self.resume_at - time.monotonic()) > 0:
            time.sleep(min(left, 1.0))

    @property
    def name(self) -> str:
        """Scheme, host, port and path, never credentials: what messages and a provenance may carry."""
        return public_name(self.url)


def public_name(url: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    host = parsed.hostname or ""
    host = f"[{host}]" if ":" in host else host
    # the path too: two servers behind one proxy ('…:18501/lt') were shown as one (trial E)
    path = clean_line(urllib.parse.unquote(parsed.path)).rstrip("/")
    return f"{parsed.scheme}://{host}" + (f":{parsed.port}" if parsed.port else "") + path


def _shown(url: str) -> str:
    """A URL that could not be parsed, without what looks like credentials, on one line."""
    return clean_line(_USERINFO.sub("//", url))[:120]


_USERINFO = re.compile(r"//[^/?#]*@")


def check_url(url: str) -> str:
    """http(s)://host[:port][/prefix] or a one-line usage error: the one path for every bad URL."""
    text = url.strip()
    try:
        parsed = urllib.parse.urlsplit(text)
        parsed.port  # noqa: B018 - raises on a port that is not a number from 0 to 65535
    except ValueError as exc:
        raise UsageError("--engine-url", f"not an http(s) URL: {_shown(text)!r} ({exc})") from None
    odd = has_control(text) or any(c.isspace() for c in text)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or odd:
        raise UsageError("--engine-url", f"not an http(s) URL: {_shown(text)!r}")
    endpoint = _ENDPOINT.search(parsed.path.rstrip("/"))
    if endpoint:  # '…/translate' was a 404 said of the server (a team's trial): the API's own path, not its prefix
        base = _shown(text.rstrip("/")[: len(text.rstrip("/")) - len(endpoint.group(0))] or text)
        raise UsageError(
            "--engine-url", f"give the server's address, without its '{endpoint.group(0)}' endpoint: {base}"
        )
    return text.rstrip("/")


# LibreTranslate's endpoints: what the client adds to the server's address itself
_ENDPOINT = re.compile(r"/(?:translate|translate_file|languages|detect|frontend/settings|suggest)$")


def _headers(parsed: urllib.parse.SplitResult) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if parsed.username is not None:  # http://user:password@host: sent as the server asks, never kept
        pair = f"{urllib.parse.unquote(parsed.username)}:{urllib.parse.unquote(parsed.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    return headers


def request(
    server: Server, method: str, path: str, body: dict[str, Any] | None, connect_timeout: float, read_timeout: float
) -> Any:
    """One HTTP exchange with a server, its answer classified: retry, pair missing, server failed.

    The read timeout bounds the whole answer, headers and body: a server trickling a byte now and
    then is cut off when it is over, not waited for byte by byte.
    """
    parsed = urllib.parse.urlsplit(server.url)
    kind = http.client.HTTPSConnection if parsed.scheme == "https" else http.client.HTTPConnection
    connection = kind(parsed.hostname or "", parsed.port, timeout=connect_timeout)
    payload = json.dumps(body).encode("utf-8") if body is not None else None
    expired = threading.Event()
    opened: list[socket.socket] = []  # the response keeps reading it after the connection lets it go

    def cut() -> None:
        expired.set()
        for sock in opened:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    watchdog: threading.Timer | None = None
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(read_timeout)
            opened.append(connection.sock)
        watchdog = threading.Timer(read_timeout, cut)
        watchdog.daemon = True
        watchdog.start()
        connection.request(method, (parsed.path or "") + path, body=payload, headers=_headers(parsed))
        response = connection.getresponse()
        data = response.read(MAX_RESPONSE + 1)
    except TimeoutError:
        raise ServerFailed("timed out") from None
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set():
            raise ServerFailed(f"no whole answer within {read_timeout:g} s") from None
        reason = getattr(exc, "strerror", None) or f"connection lost ({type(exc).__name__})"
        raise ServerFailed(reason) from None
    finally:
        if watchdog is not None:
            watchdog.cancel()
        connection.close()
    if expired.is_set():
        raise ServerFailed(f"no whole answer within {read_timeout:g} s")
    if len(data) > MAX_RESPONSE:
        raise ServerFailed("answer too large")
    try:
        answer = json.loads(data) if data else {}
    except (ValueError, RecursionError):
        answer = {}
        if data.lstrip()[:1] == b"<" and response.status < 400:  # was 'the wrong number of texts' (trial E)
            raise ServerFailed("answered HTML, not JSON (a proxy page?)") from None
    error = clean_line(str(answer.get("error", "")))[:200] if isinstance(answer, dict) else ""
    if response.status == 429 or response.status >= 500:
        raise Retry(f"HTTP {response.status}{f': {error}' if error else ''}", retry_after(response))
    if response.status in (401, 403) or (response.status == 400 and "api key" in error.lower()):
        # said with where a key is given: 'HTTP 400: Please contact the server operator to get an API
        # key' named no option (an archive team's trial)
        refused = "invalid" in error.lower() or response.status != 400
        said = "refused the API key" if refused else "wants an API key"
        # a key given and refused is to be checked, not given ('give one' over a wrong key: a trial)
        how = (
            "check the key given by --api-key or PRESS_READER_API_KEY"
            if refused
            else "give one with --api-key or PRESS_READER_API_KEY"
        )
        raise ServerFailed(f"{said} ({error or response.status}); {how}")
    if response.status == 400 and "not supported" in error:
        raise PairMissing(error)
    if response.status >= 400:
        raise ServerFailed(f"HTTP {response.status}{f': {error}' if error else ''}")
    if not data:
        raise ServerFailed("empty answer")
    return answer


def retry_after(response: http.client.HTTPResponse) -> float | None:
    """A Retry-After header in seconds: a number of seconds or an HTTP date (RFC 9110 10.2.3)."""
    value = (response.getheader("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when.tzinfo else None


def post_with_retries(server: Server, send: Callable[[], Any], retries: int, backoff: float, longest: float) -> Any:
    """`send` to `server`, a 429 or 5xx retried after a pause; ServerFailed once it keeps failing.

    A server answering 500 every time was never dropped: every batch of a run asked it five times
    (195 requests, 296 s in trial E), and its Retry-After was ignored. LibreTranslate's limiter
    escalates on repeated violations (its issue #181, PR #87), so the pause is the server's: every
    slot of it waits it out, a wait longer than a batch's `longest` drops it at once, and a server
    still refusing after `retries` is dropped for the run.
    """
    delay = backoff
    for attempt in range(retries + 1):
        server.wait_turn()
        if server.down is not None:  # dropped while this batch waited for a slot of it
            raise ServerFailed(server.down)
        try:
            return send()
        except Retry as exc:
            if exc.after is not None and exc.after > longest:
                raise ServerFailed(f"{exc}; asked to wait {exc.after:g} s, more than a batch's {longest:g} s") from None
            if attempt == retries:
                raise ServerFailed(f"{exc} ({retries + 1} times in a row)") from None
            server.pause(exc.after if exc.after is not None else delay)
            delay = min(delay * 2, 8.0)
    raise AssertionError("unreachable")  # pragma: no cover


def in_daemon(work: Callable[..., T], *args: Any) -> Future[T]:
    """`work` in a thread of its own that the process does not wait for: a request a slow server has
    not answered yet must not hold a quit or a Ctrl-C for its read timeout (a pool's threads are
    joined at exit, up to two minutes of a blank terminal). At most `in_flight` per server run at once."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work(*args))
        except BaseException as exc:  # handed to the waiting run, which says it
            future.set_exception(exc)

    threading.Thread(target=run, name="libretranslate", daemon=True).start()
    return future
