"""An XLIFF export with the data folder read-only (trial Z): it failed, because it could not keep its
export record (the states it was made with), though the file itself goes elsewhere. Now the file is
written and a warning says the record could not be kept; taken back later, the file's states are
weighed as those of a file with no record (the review's stay where they differ)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.faults.test_edit_states_unwritable import ARGS, _states_unwritable


def test_an_xliff_export_is_written_when_its_record_cannot_be_kept(
    run: Callable[..., Any], lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "out.xlf"
    with monkeypatch.context() as patched:
        _states_unwritable(patched, tmp_path / "data")
        done = run("export", *ARGS, "--format", "xliff12", "-o", str(out))
    assert done.code == 0, done.err
    assert out.is_file() and "<trans-unit" in out.read_text(encoding="utf-8")
    assert "warning" in done.err and "cannot keep the export's states" in done.err
    assert not list((tmp_path / "data").rglob("exports/*.json"))
    back = run("import", str(out), "--json")  # taken back unchanged: nothing to apply, nothing refused
    assert back.code == 0 and back.json()["changes"] == [], back.err
