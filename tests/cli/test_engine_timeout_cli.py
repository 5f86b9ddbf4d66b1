"""How long a LibreTranslate server may take over a batch: the flag, the variable, the default.

A team's server busy with someone else's batch took over two minutes a sentence in a new user's
trial, and the 120 s were fixed; a script that would rather fail fast could not say so either."""

from __future__ import annotations

import pytest

from reader import paths
from reader.core.engine.cache import TranslationCache
from reader.core.engine.factory import build_engine


def test_the_flag_then_the_variable_then_120_seconds(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.delenv("PRESS_READER_ENGINE_TIMEOUT", raising=False)
    assert paths.settings().engine_timeout == 120.0
    monkeypatch.setenv("PRESS_READER_ENGINE_TIMEOUT", "300")
    assert paths.settings().engine_timeout == 300.0
    assert paths.settings(timeout=15.0).engine_timeout == 15.0
    settings = paths.settings(urls=["http://127.0.0.1:9"])
    engine = build_engine(settings, TranslationCache(tmp_path / "cache.sqlite3"))
    assert getattr(engine, "read_timeout", None) == 300.0


def test_review_and_check_say_they_ask_a_server_and_how_not_to(run, library_dir):
    """A busy team server made `review` take two minutes without a word (a new user's trial)."""
    from tests.conftest import SEED_ID
    from tests.core.test_engine_compose import server as _server  # the fake LibreTranslate on 127.0.0.1

    serving = _server.__wrapped__()  # type: ignore[attr-defined]
    url, _state = next(serving)
    try:
        secret = url.replace("http://", "http://someone:secret@")
        argv = ["--library", str(library_dir), "--engine-url", secret, "check", SEED_ID, "--source", "nl"]
        said = run(*argv, "--target", "en")
        quiet = run(*argv, "--target", "en", "--no-mt")
    finally:
        next(serving, None)
    assert f"comparing meanings through {url}; --no-mt checks without it" in said.err
    assert "secret" not in said.err and "comparing meanings" not in quiet.err
