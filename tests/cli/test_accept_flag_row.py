"""The one row `review --segment N --accept-flag CODE` prints: its flags column was empty where the
full `review` said 'dismissed here (number): …' (trial A). It says the same now, and a dismissal
another process wrote meanwhile on that segment too (the store as it is after the write)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED_ID

ARGS = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")


def _two_flags(run: Any, library_dir: Path) -> str:
    """The segment of the 22 hectares, given a wrong figure and a wrong town in the French."""
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(
        text.replace("22 hectares autour de l'aéroport de Liège", "32 hectares autour de l'aéroport de Namur")
    )
    checked = run("--library", str(library_dir), "check", *ARGS, "--json").json()
    (segment,) = [p for p in checked if p["flags"]]
    assert {f["code"] for f in segment["flags"]} == {"number", "name"}, segment["flags"]
    return str(segment["segment"])


def _dismiss_elsewhere(library: str, segment: str) -> int:
    from reader.cli import main

    return main(["--library", library, "review", *ARGS, "--segment", segment, "--accept-flag", "name"])


@pytest.mark.parametrize("writer", ["no one else", "another process"])
def test_the_row_printed_after_a_dismissal_says_it(
    run: Any, library_dir: Path, monkeypatch: pytest.MonkeyPatch, writer: str
) -> None:
    monkeypatch.setenv("COLUMNS", "240")
    segment = _two_flags(run, library_dir)
    if writer == "another process":  # its dismissal lands after this command ran its checks
        from reader.core.review import dismiss

        original = dismiss.accept

        def accept_after_another(*a: Any) -> list[str]:
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                assert pool.apply(_dismiss_elsewhere, (str(library_dir), segment)) == 0
            return original(*a)

        monkeypatch.setattr(dismiss, "accept", accept_after_another)
    done = run("--library", str(library_dir), "review", *ARGS, "--segment", segment, "--accept-flag", "number")
    assert done.code == 0, done.err
    row = done.out.split("flags / comment", 1)[1]
    assert "dismissed here (number): numbers differ" in row, row
    if writer == "another process":
        assert "dismissed here (name)" in row and "⚑ name" not in row, row
    else:
        assert "⚑ name" in row, row
    listed = run("--library", str(library_dir), "review", *ARGS, "--json").json()["segments"][int(segment) - 1]
    assert {f["code"] for f in listed["dismissed"]} == ({"number", "name"} if writer != "no one else" else {"number"})
