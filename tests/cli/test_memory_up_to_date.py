"""`memory` after a hand edit that another command aligned first (trial D): it said '0 aligned now',
as if the edit was not taken; it now says the memory is up to date with the latest change, naming it."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from tests.core.test_translation_memory import archive

EDITED = "2024-01-12-laadpalen-02"


def _concordance(library: str) -> int:
    from reader.cli import main

    return main(["--library", library, "concordance", "werken", "--from", "nl", "--to", "fr", "--json"])


@pytest.mark.parametrize("aligner", ["this process", "another process"])
def test_memory_says_it_is_up_to_date_with_an_edit_another_command_aligned(run, tmp_path: Path, aligner: str):
    root = archive(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    fr = root / EDITED / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("débutent", "commencent"), encoding="utf-8")
    later = time.time() + 60  # the newest change of the library, whatever the clock's resolution
    os.utime(fr, (later, later))
    if aligner == "this process":
        assert run("--library", str(root), "concordance", "werken", "--from", "nl", "--to", "fr").code == 0
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_concordance, (str(root),)) == 0
    said = run("--library", str(root), "memory")
    assert said.code == 0 and "(0 aligned now" in said.out
    assert f"Up to date: the latest change ({EDITED}, " in " ".join(said.out.split())
    data = run("--library", str(root), "memory", "--json").json()
    assert data["aligned"] == 0 and data["latest_change"]["release"] == EDITED
    hits = run("--library", str(root), "concordance", "werken", "--from", "nl", "--to", "fr", "--json").json()
    assert any(h["release"] == EDITED and "commencent" in h["target"] for h in hits)  # the edit is in it
