"""A command the output suggests names the library this command was given with --library: pasted,
it ran on the default library and found no such release (a new user's trial)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import SEED_ID


def test_a_suggested_command_names_the_library_given_and_runs_as_pasted(run, library_dir: Path, tmp_path: Path):
    lib = tmp_path / "my lib"  # a space in it: quoted as a shell reads it
    shutil.copytree(library_dir, lib)
    removed = run("remove", "--library", str(lib), SEED_ID, "--lang", "en")
    assert removed.code == 0, removed.err
    said = removed.out + removed.err
    found = re.search(r"\(press-reader (.*?) brings it back\)", said.replace("\n", " "))
    assert found and found.group(1).startswith(f"--library '{lib}' history {SEED_ID}"), said
    stamp = found.group(1).split("--restore ")[1].split()[0]
    assert run("--library", str(lib), "history", SEED_ID, "--lang", "en", "--restore", stamp).code == 0


def test_a_library_from_the_environment_is_not_repeated(run, lib: Path):
    """$PRESS_READER_LIBRARY holds in the shell the command is pasted into."""
    removed = run("remove", SEED_ID, "--lang", "en")
    assert removed.code == 0 and "press-reader history" in removed.out + removed.err
    assert "--library" not in removed.out + removed.err
