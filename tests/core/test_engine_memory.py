"""The engine under a memory bound, on the tiny real packages of tests/argos_factory.py (not timed).

What the process holds is pinned (memory.resident), so that the cut into calls is the same on any
machine; the calls themselves are real CTranslate2 calls, watched by a spy.
"""

from pathlib import Path
from typing import Any

import pytest

from reader.core.engine import guard, memory
from reader.core.engine.cache import TranslationCache
from reader.core.engine.memory import GIB, MIB
from reader.core.engine.translator import Engine
from reader.core.library import Library
from tests.conftest import ROOT, SEED_ID

HELD = 200 * MIB  # what the process "holds" before a call, in these tests


@pytest.fixture
def seed_nl():
    return Library.load(ROOT / "releases").get(SEED_ID).versions["nl"]


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "resident", lambda: HELD)


def spy(engine: Engine, calls: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Record every translate_batch call of every model the engine loads."""
    real_load = engine._load

    def load(package):  # noqa: ANN001, ANN202
        loaded = real_load(package)
        translator = loaded.translator
        if not hasattr(translator, "calls"):

            class Spy:
                def __init__(self) -> None:
                    self.calls = calls

                def translate_batch(self, batch, **kwargs):  # noqa: ANN001, ANN202
                    calls.append({"model": package.code, "sizes": [len(t) for t in batch], **kwargs})
                    return translator.translate_batch(batch, **kwargs)

            loaded.translator = Spy()
        return loaded

    monkeypatch.setattr(engine, "_load", load)


def test_with_room_calls_take_the_batch_size_sorted_by_length(installed_packages, tmp_path: Path, seed_nl, monkeypatch):
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1, max_memory=8 * GIB)
    calls: list[dict[str, Any]] = []
    spy(engine, calls, monkeypatch)
    result = engine.translate_blocks(seed_nl.blocks, "nl", "en", title=seed_nl.title)
    assert result.complete and all(s.target for s in result.sentences)
    for model in {c["model"] for c in calls}:  # the Dutch text, and the French half of the letterhead
        sizes = [len(c["sizes"]) for c in calls if c["model"] == model]
        assert sizes[:-1] == [16] * (len(sizes) - 1) and 1 <= sizes[-1] <= 16
    calls = [c for c in calls if c["model"] == "translate-nl_en"]
    assert len(calls) >= 2
    for call in calls:  # each call bounded by its own longest sentence, and not cut by CTranslate2
        assert call["max_decoding_length"] == guard.max_decoding_length(max(call["sizes"]))
        assert call["max_batch_size"] == len(call["sizes"])
    longest = [max(c["sizes"]) for c in calls]
    assert longest == sorted(longest)  # grouped by length: short ones are not bounded by long ones


def test_a_small_bound_keeps_every_call_inside_it(installed_packages, tmp_path: Path, seed_nl, monkeypatch):
    dims = memory.ModelDims(2, 64)
    room = memory.call_bytes(4, 2, 100, 210, dims)  # four sentences of 100 tokens at a time
    bound = HELD + memory.HEADROOM + room
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1, max_memory=bound)
    calls: list[dict[str, Any]] = []
    spy(engine, calls, monkeypatch)
    result = engine.translate_blocks(seed_nl.blocks, "nl", "fr", title=seed_nl.title)
    assert result.complete and all(s.target for s in result.sentences)
    assert {c["model"] for c in calls} == {"translate-nl_en", "translate-en_fr"}
    fits = memory.Bound(bound, 16).room(0)
    for call in calls:
        size = len(call["sizes"])
        assert size == 1 or memory.call_bytes(size, 2, max(call["sizes"]), call["max_decoding_length"], dims) <= fits
    assert max(len(c["sizes"]) for c in calls) < 16
    assert any(len(c["sizes"]) > 1 for c in calls)


def test_call_cap_makes_the_next_calls_single_sentences(installed_packages, tmp_path: Path, seed_nl, monkeypatch):
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1, max_memory=8 * GIB)
    calls: list[dict[str, Any]] = []
    spy(engine, calls, monkeypatch)
    engine.bound.call_cap = 1  # what a pending cancel asks for (issue 24)
    engine.translate_blocks(seed_nl.blocks[:3], "nl", "en")
    assert calls and {len(c["sizes"]) for c in calls} == {1}


def test_a_cancel_between_calls_keeps_what_finished(installed_packages, tmp_path: Path, seed_nl, monkeypatch):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    engine = Engine(installed_packages, cache, threads=1, max_memory=8 * GIB)
    engine.bound.call_cap = 2
    calls: list[dict[str, Any]] = []
    spy(engine, calls, monkeypatch)

    def cancel() -> bool:
        return len(calls) >= 3  # stop after the third call, whichever hop it was

    result = engine.translate_blocks(seed_nl.blocks, "nl", "fr", cancel=cancel)
    assert result.cancelled and len(calls) == 3
    assert all(len(call["sizes"]) <= 2 for call in calls)  # a pending cancel keeps calls small
    # every sentence a finished first-hop call translated is cached: a rerun starts from there
    first_hop = Engine(installed_packages, cache, threads=1).route("nl", "en")[0]
    decoded = sum(len(call["sizes"]) for call in calls if call["model"] == first_hop.code)
    sources = list(dict.fromkeys(s.source for s in result.sentences if s.source))
    hits = cache.get_many(first_hop.code, first_hop.cache_version, sources, engine.options)
    assert decoded >= 1 and len(hits) == decoded


def test_the_bound_reaches_the_engine_from_settings(installed_packages, tmp_path: Path) -> None:
    from reader.core.engine.factory import build_engine
    from reader.core.settings import Settings

    settings = Settings.under(tmp_path)
    settings = Settings(settings.data, settings.cache, settings.config, installed_packages, max_memory=600 * MIB)
    engine = build_engine(settings, TranslationCache(tmp_path / "c.sqlite3"))
    assert engine.bound.max_memory == 600 * MIB
    unbounded = build_engine(Settings(settings.data, settings.cache, settings.config, installed_packages), engine.cache)
    assert memory.DEFAULT_FLOOR <= unbounded.bound.max_memory <= max(memory.DEFAULT_CEILING, 2 * GIB)
