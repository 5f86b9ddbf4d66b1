"""`remove ID` with the data folder read-only (trial Z): the release was removed from the library, yet
the command said 'error: ... the release was removed, its review states stayed' and exited 2, which a
script reads as 'nothing removed'. Decided: the exit follows what was done. The release is out, so
exit 0, and a warning says the review states stayed in the data folder (under the release's id, where
`remove --restore` finds them again). The same for a restore whose states could not come back."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import SEED_ID
from tests.faults.test_edit_states_unwritable import ARGS


def _renames_refused_under(monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    """A rename under the data folder refused, as a read-only file system refuses it."""
    real = os.rename

    def rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if str(src).startswith(str(data)):
            raise OSError(errno.EROFS, "Read-only file system")
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "rename", rename)


def test_a_remove_whose_states_stay_exits_0_and_says_where_they_stayed(
    run: Callable[..., Any], lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    assert run("review", *ARGS, "--segment", "3", "--set", "ok").code == 0  # states in the data folder
    with monkeypatch.context() as patched:
        _renames_refused_under(patched, tmp_path / "data")
        removed = run("remove", SEED_ID)
    assert removed.code == 0, removed.err
    assert not (lib / SEED_ID).exists()
    assert "warning" in removed.err and "review states stayed" in removed.err and "error" not in removed.err
    back = run("remove", "--restore", SEED_ID)
    assert back.code == 0, back.err
    assert run("review", *ARGS, "--json").json()["segments"][2]["status"] == "ok"  # found again
