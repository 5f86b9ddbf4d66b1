"""The library's own folders (.removed, .claims) are never followed when they are symbolic links: a
removed release went out of the library, a claim was written where the link pointed (a hostile-input
trial)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_ID


@pytest.mark.parametrize("twin", [False, True], ids=["this process", "a second process"])
def test_remove_into_a_linked_removed_folder_is_refused(run, library_dir: Path, tmp_path: Path, twin: bool) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (library_dir / ".removed").symlink_to(outside)
    argv = ["--library", str(library_dir), "remove", SEED_ID]
    if twin:
        done = subprocess.run([sys.executable, "-m", "reader", *argv], capture_output=True, text=True, timeout=120)
        code, err = done.returncode, done.stderr
    else:
        result = run(*argv)
        code, err = result.code, result.err
    assert code == 2 and err.count("\n") == 1 and ".removed" in err and "symbolic link" in err
    assert (library_dir / SEED_ID / "release.yaml").is_file() and list(outside.iterdir()) == []


def test_a_linked_claims_folder_is_not_written_through(library_dir: Path, tmp_path: Path) -> None:
    from reader.core.engine.save import claim_path
    from reader.core.library import Library

    outside = tmp_path / "outside"
    outside.mkdir()
    (library_dir / ".claims").symlink_to(outside)
    release = Library.load(library_dir).get(SEED_ID)
    assert not claim_path(tmp_path / "cache", release, "en").is_relative_to(library_dir)
