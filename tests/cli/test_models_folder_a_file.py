"""ARGOS_PACKAGES_DIR naming a file, not a folder: a translation said only 'no model for nl->en', and
the user looked for a model to install when the variable was wrong (trial Z). Now the line names the
variable, the path, and that it is not a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_ID


def test_a_models_folder_that_is_a_file_is_named_with_its_variable(
    run, library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    afile = tmp_path / "afile"
    afile.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(afile))
    result = run("--library", str(library_dir), "translate", SEED_ID, "--to", "en")
    assert result.code == 2, result.err
    assert "ARGOS_PACKAGES_DIR" in result.err and str(afile) in result.err and "not a folder" in result.err
    assert result.err.count("\n") == 1, result.err
