"""Engines compose through the Translator protocol: a remote engine's fallback is any translator.

A fake LibreTranslate server on 127.0.0.1 answers nl->en only; the fallback is the UI tests' fake
translator, which has no `_run` or any other private part of the local engine to lean on.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from reader.core.engine.cache import TranslationCache
from reader.core.engine.remote import RemoteEngine
from reader.core.model import Block
from tests.tui.fake_translator import FakeTranslator


class Server:
    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.answer: Callable[[list[str]], Any] = lambda q: [f"EN {t}" for t in q]


@pytest.fixture
def server() -> Iterator[tuple[str, Server]]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, data: Any) -> None:
            body = json.dumps(data).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            languages = [{"code": "nl", "targets": ["en"]}]
            self._send(languages if self.path.endswith("/languages") else {"info": {"version": "1.0"}})

        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            state.batches.append(list(body["q"]))
            self._send({"translatedText": state.answer(body["q"])})

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def remote(url: str, tmp_path: Path, fallback: FakeTranslator | None) -> RemoteEngine:
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    return RemoteEngine([url], cache, fallback=fallback, batch_size=1, in_flight=1, backoff=0.01)


def test_a_server_lost_mid_run_hands_what_is_left_to_the_fallback(server, tmp_path: Path):
    url, state = server
    calls = {"n": 0}

    def first_then_broken(q: list[str]) -> list[str]:
        calls["n"] += 1
        return [f"EN {t}" for t in q] if calls["n"] == 1 else []  # then a wrong count: dropped

    state.answer = first_then_broken
    fallback = FakeTranslator(pairs=(("nl", "en"),))
    seen: list[tuple[int, int]] = []
    blocks = [Block("paragraph", "Eerste zin over Luik. Tweede zin over Gent."), Block("paragraph", "Derde zin.")]
    engine = remote(url, tmp_path, fallback)
    result = engine.translate_blocks(blocks, "nl", "en", progress=lambda d, t, r: seen.append((d, t)))

    assert result.complete and fallback.calls == 1
    targets = {s.source: s.target for s in result.sentences}
    assert targets["Eerste zin over Luik."] == "EN Eerste zin over Luik."  # the text's first: the server's, kept
    assert targets["Tweede zin over Gent."] == "[en] Tweede zin over Gent."
    assert targets["Derde zin."] == "[en] Derde zin."
    assert [m["code"] for m in result.models] == ["libretranslate:nl_en", "translate-nl_en"]
    assert all(m.get("version") for m in result.models)  # the local model keeps its version: saved, shown
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1] == (3, 3)


def test_a_letterhead_half_no_server_offers_goes_to_the_fallback(server, tmp_path: Path):
    url, _ = server
    fallback = FakeTranslator(pairs=(("nl", "en"), ("fr", "en")))
    blocks = [Block("letterhead", "Service public\nBruxelles", lang="fr"), Block("paragraph", "Een zin.")]
    result = remote(url, tmp_path, fallback).translate_blocks(blocks, "nl", "en")
    assert result.complete and result.engine == "libretranslate"
    assert [s.target for s in result.blocks[0].sentences] == ["[en] Service public", "[en] Bruxelles"]
    assert result.blocks[1].sentences[0].target == "EN Een zin."


def test_progress_and_a_cancel_count_the_same_sentences():
    """Figures alone ('886', an empty cell) are done before any model runs and shown as they are:
    neither the bar nor 'kept N of M' counts them, so a cancel never says 'kept 2' of rows that all
    wait."""
    from reader.core.engine.result import TranslationResult
    from reader.core.engine.run import split_blocks
    from reader.core.model import Block

    result = TranslationResult("nl", "en", [], models=[])
    split_blocks(result, [Block("paragraph", "Een zin. 886"), Block("paragraph", "Nog een zin.")], "nl", None)
    assert [s.done for s in result.sentences] == [False, True, False]
    assert result.counted() == (0, 2)
    result.sentences[0].done = True
    assert result.counted() == (1, 2)


def test_from_the_cache_counts_only_sentences_an_earlier_run_translated():
    """A first run said '11 from the cache' of the figures and names it left as they were, and a
    count of 24 under a bar that had counted 15 (a new user's trial)."""
    from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult

    sentences = [
        SentencePair("Het plan is klaar.", "Le plan est prêt.", cached=True, done=True),  # an earlier run's
        SentencePair("Alibaba", "Alibaba", cached=True, done=True),  # left as it was
        SentencePair("8.400", "8.400", cached=True, done=True),  # a figure: no words
        SentencePair("De werken beginnen.", "Les travaux commencent.", done=True),
    ]
    result = TranslationResult("nl", "fr", [BlockTranslation("paragraph", sentences)], models=[])
    assert result.counted() == (3, 3) and result.from_cache == 1
