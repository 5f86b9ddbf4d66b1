"""A LibreTranslate-speaking server of the tests' own on 127.0.0.1 whose /translate answers are set
per test (a status, headers, a body): trial E's misbehaving servers, written anew."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# (status, headers, body) for a batch: by default a made-up rendering that keeps every figure
Answer = tuple[int, dict[str, str], bytes]


def rendered(q: list[str]) -> Answer:
    texts = [f"FR {' '.join(w if any(c.isdigit() for c in w) else w[::-1] for w in t.split())}" for t in q]
    return 200, {}, json.dumps({"translatedText": texts}).encode()


def refused(status: int, error: str, **headers: str) -> Callable[[list[str]], Answer]:
    return lambda q: (status, headers, json.dumps({"error": error}).encode())


class FakeLT:
    def __init__(self) -> None:
        self.answer: Callable[[list[str]], Answer] = rendered
        self.posts: list[float] = []  # when each /translate came (time.monotonic)
        self.url = ""


def _handler(fake: FakeLT) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            headers = {"Content-Type": "application/json", **headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            if self.path.endswith("/languages"):
                codes = ["nl", "fr", "en"]
                langs: Any = [{"code": c, "targets": [t for t in codes if t != c]} for c in codes]
                self._send(200, {}, json.dumps(langs).encode())
            else:
                self._send(200, {}, json.dumps({"info": {"version": "1.6.0"}}).encode())

        def do_POST(self) -> None:  # noqa: N802
            fake.posts.append(time.monotonic())
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            q = body["q"] if isinstance(body["q"], list) else [body["q"]]
            self._send(*fake.answer(q))

    return Handler


@contextmanager
def fake_servers(count: int = 1, prefix: str = "") -> Iterator[list[FakeLT]]:
    """`count` fakes, each at http://127.0.0.1:PORT`prefix`."""
    running = []
    try:
        for _ in range(count):
            fake = FakeLT()
            httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
            httpd.daemon_threads = True
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            fake.url = f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
            running.append((fake, httpd))
        yield [fake for fake, _ in running]
    finally:
        for _, httpd in running:
            httpd.shutdown()
            httpd.server_close()
