"""What the README tells a new user on a fresh clone holds (fix batch 12, F4): the paths table names
the XDG variables that move the data, cache and config folders (only the models row did); the
XLIFF schema tests' skip is explained; the marker file the README has one touch is ignored by git."""

from __future__ import annotations

import os
import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_paths_table_names_the_xdg_variable_of_each_folder(monkeypatch):
    from reader import paths

    for what, variable in (("data", "XDG_DATA_HOME"), ("cache", "XDG_CACHE_HOME"), ("config", "XDG_CONFIG_HOME")):
        (row,) = [line for line in README.splitlines() if line.startswith(f"| {what} (")]
        assert f"`${variable}/press-reader`" in row, row
    # and it is so: the folder follows the variable when no PRESS_READER_* one is set
    monkeypatch.delenv("PRESS_READER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere/data")
    assert str(paths.data_dir()) == os.path.join("/somewhere/data", "press-reader")


def test_the_xliff_schema_skip_is_said_in_development():
    development = README.split("## Development", 1)[1]
    reason = re.search(r'reason="([^"]+)"', (ROOT / "tests/cli/test_xliff_cli.py").read_text(encoding="utf-8"))
    assert reason and "PRESS_READER_XLIFF_XSD" in development and f'("{reason.group(1)}")' in development


def test_the_marker_file_the_readme_touches_is_ignored_by_git():
    assert "touch releases/.press-reader-library" in README
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "releases/.press-reader-library" in ignored
