"""Trial E's misbehaving LibreTranslate servers (tests/faults/lt_fake.py): a server that keeps
failing is dropped for the run and said once, a 429's Retry-After is waited out, never hammered."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from reader.core.engine.cache import TranslationCache
from reader.core.engine.remote import RemoteEngine
from reader.core.model import Block
from tests.faults.lt_fake import Answer, fake_servers, refused, rendered


def blocks(n: int, tag: str = "") -> list[Block]:
    return [Block("paragraph", f"De brug {tag}{i} gaat open. Het werk aan lus {tag}{i} is klaar.") for i in range(n)]


def engine(urls: list[str], tmp_path: Path, **kwargs: Any) -> RemoteEngine:
    kwargs = {"batch_size": 1, "backoff": 0.01, "retries": 2, **kwargs}
    return RemoteEngine(urls, TranslationCache(tmp_path / "cache.sqlite3"), **kwargs)


def test_a_server_answering_500_is_dropped_for_the_run_and_said_once(tmp_path: Path, caplog, monkeypatch):
    """A server always at 500 beside a healthy one was asked five times for every batch of the run
    (195 requests, 39 warnings 'is overloaded … trying another server')."""
    monkeypatch.setattr(logging.getLogger("reader"), "propagate", True)  # a CLI run in this process stops it
    with fake_servers(2) as (broken, healthy):
        broken.answer = refused(500, "Cannot translate text: it broke")
        remote = engine([broken.url, healthy.url], tmp_path)
        with caplog.at_level(logging.WARNING, logger="reader"):
            for round_ in range(4):
                assert remote.translate_blocks(blocks(3, f"r{round_}-"), "nl", "fr").complete
    assert len(broken.posts) <= 2 * 3, len(broken.posts)  # its two slots' three tries each, once
    said = [r.getMessage() for r in caplog.records if broken.url in r.getMessage()]
    assert len(said) == 1 and "dropped for this run" in said[0] and "HTTP 500" in said[0], said


def test_a_429_retry_after_is_waited_out_by_every_slot_of_the_server(tmp_path: Path):
    """'Retry-After: 30' was ignored (tries 1, 1, 2, 4 s apart): the limiter only escalates."""
    with fake_servers(1) as (limited,):
        opened = time.monotonic()

        def limiter(q: list[str]) -> Answer:
            if time.monotonic() - opened < 1.0:
                return refused(429, "Slowdown: 2 per 1 minute", **{"Retry-After": "1"})(q)
            return rendered(q)

        limited.answer = limiter
        result = engine([limited.url], tmp_path).translate_blocks(blocks(3), "nl", "fr")
    assert result.complete
    refused_ones = [t for t in limited.posts if t - opened < 1.0]
    assert len(refused_ones) <= 2, limited.posts  # one a slot, then every slot waited


def test_a_retry_after_longer_than_a_batch_s_time_drops_the_server(tmp_path: Path):
    with fake_servers(2) as (limited, healthy):
        limited.answer = refused(429, "Too many request limits violations", **{"Retry-After": "600"})
        remote = engine([limited.url, healthy.url], tmp_path, read_timeout=5.0)
        assert remote.translate_blocks(blocks(4), "nl", "fr").complete
    assert len(limited.posts) <= 2, limited.posts
    assert "600 s" in (remote.servers[0].down or ""), remote.servers[0].down
