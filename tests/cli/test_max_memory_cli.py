"""--max-memory and PRESS_READER_MAX_MEMORY: one line for a bad size, the bound carried to the engine."""

from pathlib import Path

import pytest

from reader import paths
from reader.core.engine.memory import GIB, MIB
from tests.conftest import SEED_ID


def test_translate_under_a_bound(run, installed_packages, library_dir: Path, no_network) -> None:
    result = run("--library", str(library_dir), "translate", SEED_ID, "--to", "en", "--json", "--max-memory", "600M")
    assert result.code == 0, result.err
    sentences = [s for b in result.json()["blocks"] for s in b["sentences"]]
    assert sentences and all(s["target"] for s in sentences)


@pytest.mark.parametrize("size", ["lots", "-1G", "0"])
def test_a_bad_size_is_one_line(run, size: str) -> None:
    result = run("translate", "--text", "Goedemorgen", "--from", "nl", "--to", "en", f"--max-memory={size}")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "--max-memory" in result.err and "not a size" in result.err


def test_a_bad_variable_is_one_line(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESS_READER_MAX_MEMORY", "plenty")
    result = run("translate", "--text", "Goedemorgen", "--from", "nl", "--to", "en")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "PRESS_READER_MAX_MEMORY" in result.err


def test_flag_over_variable_over_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESS_READER_MAX_MEMORY", raising=False)
    assert paths.settings().max_memory is None  # the engine takes a share of free memory
    monkeypatch.setenv("PRESS_READER_MAX_MEMORY", "2G")
    assert paths.settings().max_memory == 2 * GIB
    assert paths.settings(max_memory=600 * MIB).max_memory == 600 * MIB


def test_the_tui_takes_the_flag_too() -> None:
    from reader.cli import build_parser

    args = build_parser().parse_args(["--max-memory", "1G"])
    assert args.command is None and args.max_memory == GIB
    args = build_parser().parse_args(["translate", "x", "--to", "en", "--max-memory", "700M"])
    assert args.max_memory == 700 * MIB
    assert not hasattr(build_parser().parse_args(["translate", "x", "--to", "en"]), "max_memory")
