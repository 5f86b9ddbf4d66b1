"""`memory` counts the releases that gave pairs, and says how many of those read have none: trial O's
'3289 sentence pairs from 800 releases' read as 800 bilingual releases where 100 had two human
versions (F8)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_memory_cli import _library


def test_memory_counts_the_releases_that_gave_pairs(run, tmp_path: Path):
    root = _library(tmp_path)  # five releases in two human versions, one in Dutch alone
    said = run("--library", str(root), "memory")
    assert said.code == 0, said.err
    assert " sentence pairs from 5 release(s) (" in said.out, said.out
    assert "1 of the 6 have no pair of human versions" in said.out
    built = run("--library", str(root), "memory", "--json").json()
    assert built["paired_releases"] == 5 and built["releases"] == 6


def test_every_release_paired_says_no_rest(run, tmp_path: Path):
    root = _library(tmp_path)
    for path in (root / "2024-06-01-nieuw").iterdir():
        path.unlink()
    (root / "2024-06-01-nieuw").rmdir()
    said = run("--library", str(root), "memory")
    assert " sentence pairs from 5 release(s) (" in said.out and "no pair" not in said.out
