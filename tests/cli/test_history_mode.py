"""An earlier text kept in history/ is as closed as the body it was: a fr.md made 640 had its earlier
texts written 644, readable by all (a two-writers trial)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_ID

EDIT = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3", "--edit"]


def _modes(folder: Path) -> set[int]:
    return {p.stat().st_mode & 0o777 for p in folder.iterdir()}


def test_history_keeps_the_mode_of_the_text_it_keeps(run, lib: Path):  # noqa: ANN001
    (lib / SEED_ID / "fr.md").chmod(0o640)
    assert run(*EDIT, "Une phrase revue par une traductrice.").code == 0
    assert (lib / SEED_ID / "fr.md").stat().st_mode & 0o777 == 0o640
    assert _modes(lib / SEED_ID / "history" / "fr") == {0o640}


def test_twin_history_written_by_another_process_keeps_the_mode_too(lib: Path):
    (lib / SEED_ID / "fr.md").chmod(0o600)
    env = dict(os.environ, PRESS_READER_LIBRARY=str(lib), PRESS_READER_TRANSLATOR="Tester")
    for text in ("Une première phrase revue.", "Une seconde phrase revue."):
        done = subprocess.run([sys.executable, "-m", "reader", *EDIT, text], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert _modes(lib / SEED_ID / "history" / "fr") == {0o600}
