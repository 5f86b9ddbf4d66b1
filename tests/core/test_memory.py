"""The memory bound's arithmetic: sizes, the default, the model, the cutting into calls."""

from pathlib import Path

import pytest

from reader.core.engine import memory
from reader.core.engine.memory import GIB, MIB, Bound, ModelDims, call_bytes, parse_size, plan_calls

BASE = ModelDims(6, 512)


@pytest.mark.parametrize(
    ("text", "size"),
    [("600M", 600 * MIB), ("600m", 600 * MIB), ("2G", 2 * GIB), ("1.5GiB", 3 * GIB // 2), ("800MB", 800 * MIB)],
)
def test_sizes_are_binary_units(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_a_bare_number_is_bytes() -> None:
    assert parse_size("1048576") == MIB
    assert parse_size(" 64 K ") == 64 * 1024


@pytest.mark.parametrize("text", ["", "M", "lots", "-5M", "0", "nanG", "infG", "5X"])
def test_not_a_size(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def meminfo(available_kib: int) -> str:
    return f"MemTotal:       24684092 kB\nMemFree:         1000000 kB\nMemAvailable:   {available_kib} kB\n"


def test_default_is_half_of_available_between_floor_and_ceiling() -> None:
    assert memory.default_max_memory(meminfo(3 * 1024 * 1024)) == 3 * GIB // 2  # 3 GiB free: half
    assert memory.default_max_memory(meminfo(23 * 1024 * 1024)) == memory.DEFAULT_CEILING  # 24 GiB machine
    assert memory.default_max_memory(meminfo(200 * 1024)) == memory.DEFAULT_FLOOR  # almost nothing free
    assert memory.default_max_memory(None) == 2 * GIB  # no /proc/meminfo
    assert memory.default_max_memory("MemAvailable: lots\n") == 2 * GIB


def test_default_on_a_24_gib_machine_holds_raw_batches() -> None:
    """Batches of 16 at the longest bound of a base model fit in the default, with two models loaded."""
    two_models = 2 * 100 * MIB
    worst = call_bytes(16, 2, 1024, 512, BASE)  # CTranslate2 cuts sources at 1,024 tokens
    assert two_models + worst + memory.HEADROOM < memory.DEFAULT_CEILING


def test_call_bytes_is_linear_in_each_factor() -> None:
    assert call_bytes(1, 1, 0, 1, ModelDims(1, 1)) == int(memory.PER_DECODED)
    assert call_bytes(1, 1, 1, 0, ModelDims(1, 1)) == int(memory.PER_SOURCE)
    expected = (memory.PER_DECODED * 70 + memory.PER_SOURCE * 30) * 16 * 2 * 6 * 512
    assert call_bytes(16, 2, 30, 70, BASE) == pytest.approx(expected, rel=1e-9)
    assert call_bytes(32, 2, 30, 70, BASE) == pytest.approx(2 * expected, rel=1e-6)
    # measured points (benchmarks/bench_memory_model.py), each under the model and not far under
    for b, k, s, t, mib in [(16, 2, 30, 70, 106), (4, 2, 250, 510, 224), (4, 2, 250, 260, 134), (8, 2, 30, 250, 164)]:
        assert mib * MIB <= call_bytes(b, k, s, t, BASE) <= 1.4 * mib * MIB


def test_plan_takes_the_batch_size_when_memory_allows() -> None:
    bounds = sorted([30, 40, 70, 70, 90] * 8)
    calls = plan_calls([(b - 10) // 2 for b in bounds], bounds, 2, BASE, room=4 * GIB, max_sentences=16)
    assert [end - start for start, end in calls] == [16, 16, 8]
    assert calls[0][0] == 0 and calls[-1][1] == len(bounds)
    assert all(a[1] == b[0] for a, b in zip(calls, calls[1:], strict=False))


def test_plan_under_a_small_room_cuts_long_sentences_finer() -> None:
    bounds = [70] * 16 + [510] * 8
    sources = [(b - 10) // 2 for b in bounds]
    room = call_bytes(8, 2, 30, 70, BASE)  # eight short ones, or one long one
    calls = plan_calls(sources, bounds, 2, BASE, room, max_sentences=16)
    sizes = [end - start for start, end in calls]
    assert sizes[:2] == [8, 8]
    assert sizes[2:] == [1] * 8
    for start, end in calls:
        assert end - start == 1 or call_bytes(end - start, 2, sources[end - 1], bounds[end - 1], BASE) <= room


def test_a_sentence_too_long_for_the_room_still_goes_alone() -> None:
    assert plan_calls([300, 300], [512, 512], 2, BASE, room=0, max_sentences=16) == [(0, 1), (1, 2)]
    assert plan_calls([], [], 2, BASE, room=GIB, max_sentences=16) == []


def test_call_cap_and_shared_room() -> None:
    bound = Bound(GIB, batch_size=16)
    assert bound.cap() == 16
    bound.call_cap = 1  # a cancel is pending: one sentence at a time
    assert bound.cap() == 1
    bound.call_cap = 64
    assert bound.cap() == 16
    alone = bound.room(loaded=0)
    with bound.running(), bound.running():
        assert bound.room(loaded=0) <= alone // 2 + MIB
    assert Bound(1, 16).room(loaded=0) == 0


def test_model_dims_from_a_real_package(installed_packages: Path) -> None:
    package = next(installed_packages.glob("*nl_en*"))
    assert memory.model_dims(package) == ModelDims(2, 64)  # tests/argos_factory.py's small shape


def test_model_dims_of_a_damaged_file_fall_back(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "model.bin").write_bytes(b"\x06\x00\x00\x00garbage")
    assert memory.model_dims(tmp_path) == memory.BASE_DIMS
    assert memory.model_dims(tmp_path / "nothing") == memory.BASE_DIMS
    assert memory.model_bytes(tmp_path / "nothing") == 0


def test_next_call_warns_once_when_nothing_fits(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    monkeypatch.setattr(memory, "resident", lambda: 200 * MIB)
    trimmed: list[int] = []
    monkeypatch.setattr(memory, "release_freed", lambda: trimmed.append(1))
    roomy = Bound(8 * GIB, batch_size=16)
    assert roomy.next_call("m", 0, [30] * 20, [70] * 20, 2, BASE) == 16
    assert not trimmed  # far from the bound: nothing to hand back
    tight = Bound(250 * MIB, batch_size=16)
    monkeypatch.setattr(logging.getLogger("reader"), "propagate", True)
    with caplog.at_level(logging.WARNING, logger="reader"):
        assert tight.next_call("m", 0, [30] * 3, [70] * 3, 2, BASE) == 1
        assert tight.next_call("m", 0, [30] * 3, [70] * 3, 2, BASE) == 1
    assert trimmed and [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "250 MiB" in caplog.records[0].getMessage()


def test_memory_freed_by_a_call_serves_the_next_call_of_the_same_model(monkeypatch: pytest.MonkeyPatch) -> None:
    held = {"now": 300 * MIB}
    trims: list[int] = []
    monkeypatch.setattr(memory, "resident", lambda: held["now"])

    def trim() -> None:
        trims.append(1)
        held["now"] = 300 * MIB

    monkeypatch.setattr(memory, "release_freed", trim)
    bound = Bound(300 * MIB + memory.HEADROOM + call_bytes(4, 2, 30, 70, BASE), batch_size=16)
    assert bound.next_call("a", 0, [30] * 16, [70] * 16, 2, BASE) == 4
    assert len(trims) == 1  # near the bound: what is free is handed back first
    held["now"] += call_bytes(4, 2, 30, 70, BASE)  # the call's memory, freed but resident
    assert bound.next_call("a", 0, [30] * 12, [70] * 12, 2, BASE) == 4
    assert len(trims) == 1  # the same model reuses it: no second hand-back
    held["now"] += call_bytes(4, 2, 30, 70, BASE)
    assert bound.next_call("b", 0, [30] * 12, [70] * 12, 2, BASE) == 4
    assert len(trims) == 2  # another model's threads cannot reuse it
    held["now"] += 3 * call_bytes(4, 2, 30, 70, BASE)  # grown beyond what the last call should leave
    assert bound.next_call("b", 0, [30] * 8, [70] * 8, 2, BASE) == 4
    assert len(trims) == 3
