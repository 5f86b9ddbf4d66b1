"""A write a full disk refused leaves no history of it (a hostile-input trial, 2026-12-05): a lone
`history/fr/<stamp>.md` without its record, or a whole entry 'edit of segment 5' for an edit that
never landed. The history says only what was written."""

from __future__ import annotations

import errno
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID, one_line_error, tree_hashes

EDIT = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3", "--edit", "Une phrase de test.")


def _files(folder: Path) -> dict[str, str]:
    """Every file with its digest and mode (an empty history folder left says nothing)."""
    return {name: kind for name, kind in tree_hashes(folder).items() if kind != "dir"}


def _refusing(real: Callable[[str, str], None], suffix: str) -> Callable[[str, str], None]:
    """os.replace refusing, as a full disk does, the file whose name ends with `suffix`."""

    def full(src: str, dst: str) -> None:
        if str(dst).endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    return full


def _fill_the_disk_at(suffix: str) -> None:
    os.replace = _refusing(os.replace, suffix)  # type: ignore[assignment] - in a process of its own


def _edit_on_a_full_disk(library: str, suffix: str) -> int:
    """The same edit by a second process, on a disk full when it writes `suffix`."""
    from reader.cli import main

    _fill_the_disk_at(suffix)
    return main(["--library", library, "review", *EDIT])


def _remove_on_a_full_disk(library: str) -> int:
    from reader.cli import main

    _fill_the_disk_at("release.yaml")
    return main(["--library", library, "remove", SEED_ID, "--lang", "en"])


@pytest.mark.parametrize("refused", ["fr.md", ".yaml"])  # the text itself; the history's own record
@pytest.mark.parametrize("writer", ["this", "another process"])
def test_an_edit_a_full_disk_refused_keeps_no_history(run, lib: Path, monkeypatch, refused: str, writer: str):  # noqa: ANN001
    before = _files(lib / SEED_ID)
    if writer == "this":
        real = os.replace
        monkeypatch.setattr(os, "replace", _refusing(real, refused))
        one_line_error(run("review", *EDIT), "no space left on the disk")
        monkeypatch.setattr(os, "replace", real)
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_edit_on_a_full_disk, (str(lib), refused)) == 2
    assert _files(lib / SEED_ID) == before  # no record, no lone text, no hidden leftovers
    listed = run("history", SEED_ID, "--lang", "fr", "--json")
    assert listed.code == 0 and listed.json() == []
    assert run("review", *EDIT).code == 0  # room again: the edit goes in, and the history says so
    assert [r["why"] for r in run("history", SEED_ID, "--lang", "fr", "--json").json()] == ["edit of segment 3"]


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_a_version_removal_a_full_disk_refused_keeps_no_history(run, lib: Path, monkeypatch, writer: str):  # noqa: ANN001
    """`remove ID --lang en` kept the text as 'version removed', then the metadata's write was refused:
    the version stayed, and its history said it was gone."""
    before = _files(lib / SEED_ID)
    if writer == "this":
        real = os.replace
        monkeypatch.setattr(os, "replace", _refusing(real, "release.yaml"))
        one_line_error(run("remove", SEED_ID, "--lang", "en"), "no space left on the disk")
        monkeypatch.setattr(os, "replace", real)
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_remove_on_a_full_disk, (str(lib),)) == 2
    assert _files(lib / SEED_ID) == before
    assert run("history", SEED_ID, "--lang", "en", "--json").json() == []
