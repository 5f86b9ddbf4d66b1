"""A correction of an official version is kept as a proposal in the segment's comment: a later comment
(`review --comment`) is added above it, never in its place, also when two processes write at once."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from tests.conftest import SEED_ID

REVERSE = [SEED_ID, "--source", "fr", "--target", "nl", "--no-mt"]  # the Dutch version is official


@pytest.fixture
def lib(library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    return library_dir


def _comment(run, segment: int) -> str:  # noqa: ANN001
    return str(run("review", *REVERSE, "--json").json()["segments"][segment - 1]["comment"])


def test_a_new_comment_keeps_the_stored_proposal(run, lib: Path):
    assert run("review", *REVERSE, "--segment", "3", "--edit", "Een betere zin van de vertaler.").code == 2
    result = run("review", *REVERSE, "--segment", "3", "--set", "ok", "--comment", "checked with the desk")
    assert result.code == 0, result.err
    comment = _comment(run, 3)
    assert comment.splitlines() == ["checked with the desk", "proposed: Een betere zin van de vertaler."]
    # The same comment again, or one that repeats the proposal, does not double it.
    run("review", *REVERSE, "--segment", "3", "--comment", comment)
    assert _comment(run, 3) == comment
    run("review", *REVERSE, "--segment", "3", "--comment", "")
    assert _comment(run, 3) == "proposed: Een betere zin van de vertaler."


def _review(library: str, barrier: object, *argv: str) -> None:
    from reader.cli import main

    os.environ["PRESS_READER_LIBRARY"] = library
    barrier.wait()  # type: ignore[attr-defined]
    main(["review", *REVERSE, *argv])


@pytest.mark.parametrize("round_", range(3))
def test_twin_a_comment_and_a_proposal_written_at_once_both_stay(run, lib: Path, round_: int):
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_review, args=(str(lib), barrier, "--segment", "4", "--comment", "seen by the desk"))
    other.start()
    barrier.wait()
    run("review", *REVERSE, "--segment", "4", "--edit", "Een voorstel uit het tweede venster.")
    other.join(60)
    assert other.exitcode == 0
    lines = _comment(run, 4).splitlines()
    assert "proposed: Een voorstel uit het tweede venster." in lines and "seen by the desk" in lines
