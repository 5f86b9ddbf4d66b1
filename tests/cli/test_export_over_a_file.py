"""An export written over a file of the same name keeps the earlier one as FILE~ when it differs: an
XLIFF a CAT tool had worked in, exported again before it was imported, was replaced whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_ID

BASE = ["export", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--format", "xliff"]


def test_a_different_earlier_file_is_kept_beside_the_new_one(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    out = tmp_path / "seed.xlf"
    out.write_text("<xliff>the translator's own work</xliff>\n", encoding="utf-8")
    out.chmod(0o640)
    result = run(*BASE, "-o", str(out))
    assert result.code == 0, result.err
    assert "kept as seed.xlf~" in result.err
    assert (tmp_path / "seed.xlf~").read_text(encoding="utf-8") == "<xliff>the translator's own work</xliff>\n"
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert (out.stat().st_mode & 0o777) == 0o640
    # the same export again changes nothing: no backup of a file equal to what is written
    (tmp_path / "seed.xlf~").unlink()
    again = run(*BASE, "-o", str(out))
    assert again.code == 0 and "kept as" not in again.err
    assert not (tmp_path / "seed.xlf~").exists()


def test_two_processes_exporting_to_one_name_leave_a_whole_file_and_the_earlier_one(lib: Path, tmp_path: Path):
    """Twin of the above with two writers: each write is whole (never a mix of the two), the file
    that was there first survives as FILE~ or is what both wrote over, and no temporary file stays."""
    out = tmp_path / "seed.xlf"
    out.write_text("<xliff>earlier</xliff>\n", encoding="utf-8")
    env = dict(os.environ, PRESS_READER_LIBRARY=str(lib))
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", *BASE, "-o", str(out)], env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    data = out.read_text(encoding="utf-8")
    assert data.startswith("<?xml") and data.rstrip().endswith("</xliff>") and data.count("<?xml") == 1
    assert (tmp_path / "seed.xlf~").read_text(encoding="utf-8") == "<xliff>earlier</xliff>\n"
    assert sorted(p.name for p in tmp_path.glob("seed*")) == ["seed.xlf", "seed.xlf~"]
    assert not list(tmp_path.glob(".seed*"))  # no temporary file left
