"""Two `review --comment` on one segment at once: the second replaced the first's comment with
nothing said, both exit 0 (a two-writer trial). A comment another process wrote after this command
read the review is kept, the new one added below it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.review.store import ReviewStore
from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3"]


def _comment(run, lib: Path) -> str:  # noqa: ANN001
    return run("--library", str(lib), "review", *BASE[:5], "--json").json()["segments"][2]["comment"]


def test_a_comment_of_another_process_written_meanwhile_is_kept(run, library_dir: Path, monkeypatch):  # noqa: ANN001
    other = [sys.executable, "-m", "reader", "--library", str(library_dir), "review", *BASE, "--comment", "van Els"]
    fresh = ReviewStore.fresh
    asked: list[bool] = []

    def another_process_first(self: ReviewStore, key: str):  # noqa: ANN202
        if not asked:  # between this command's read of the review and its write
            asked.append(True)
            done = subprocess.run(other, env={**os.environ}, capture_output=True, text=True, timeout=120)
            assert done.returncode in (0, 1), done.stderr
        return fresh(self, key)

    monkeypatch.setattr(ReviewStore, "fresh", another_process_first)
    result = run("--library", str(library_dir), "review", *BASE, "--comment", "van Jan")
    assert result.code in (0, 1), result.err
    monkeypatch.setattr(ReviewStore, "fresh", fresh)
    assert _comment(run, library_dir).splitlines() == ["van Els", "van Jan"]


@pytest.mark.parametrize("again", ["herzien door Ans"])
def test_a_comment_the_command_read_is_replaced_as_asked_and_said(run, library_dir: Path, again: str):
    assert run("--library", str(library_dir), "review", *BASE, "--comment", "van Jan").code in (0, 1)
    result = run("--library", str(library_dir), "review", *BASE, "--comment", again)
    assert "replaced the comment «van Jan»" in result.err
    assert _comment(run, library_dir) == again
