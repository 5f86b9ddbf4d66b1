"""A text `chgrp`ed to a team's group lost it at the next edit, its mode kept (a hostile-input trial,
2026-12-05): an atomic write makes a new file, which is the writer's group. It keeps the group now."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID

EDIT = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3", "--edit", "Une phrase revue.")


def _another_group() -> int:
    """A group this user may give a file: any for root, else one of the user's other groups."""
    if os.geteuid() == 0:
        return os.getgid() + 4242
    others = [g for g in os.getgroups() if g != os.getegid()]
    if not others:
        pytest.skip("this user belongs to one group only")
    return others[0]


def _edit_elsewhere(library: str) -> int:
    from reader.cli import main

    return main(["--library", library, "review", *EDIT])


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_an_edit_keeps_the_texts_group_and_mode(run, lib: Path, writer: str):  # noqa: ANN001
    text = lib / SEED_ID / "fr.md"
    team = _another_group()
    os.chown(text, -1, team)
    text.chmod(0o640)
    before = text.read_bytes()
    if writer == "this":
        assert run("review", *EDIT).code == 0
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_edit_elsewhere, (str(lib),)) == 0
    assert text.read_bytes() != before  # written, as a new file
    assert (text.stat().st_gid, text.stat().st_mode & 0o777) == (team, 0o640)


def test_a_group_the_os_refuses_leaves_the_write_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A group the user is not in (EPERM): the file is written all the same, in the writer's group."""
    from reader.core import atomic

    def refused(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    path = tmp_path / "notes.md"
    path.write_text("eerst\n", encoding="utf-8")
    os.chown(path, -1, _another_group())
    monkeypatch.setattr(os, "fchown", refused)
    atomic.write_text(path, "daarna\n")
    assert path.read_text(encoding="utf-8") == "daarna\n" and path.stat().st_gid == os.getegid()
