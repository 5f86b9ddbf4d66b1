"""`review --edit-file` refused a UTF-16 or a cp1252 file ('not UTF-8') while `import` reads both
(trial Z): the file is now read as import reads a text file, its encoding said when it is not
Unicode, and one that reads as nothing sensible still refused in one line. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_edit_cli import BASE, _segments


@pytest.mark.parametrize(("codec", "note"), [("utf-16", ""), ("cp1252", "cp1252")])
def test_an_edit_file_in_utf16_or_cp1252_is_read_as_import_reads_it(
    run, lib: Path, tmp_path: Path, codec: str, note: str
):
    new = _segments(run)[2]["target"] + " Le député a été élu à Liège, à l’unanimité."
    edit = tmp_path / "edit.txt"
    edit.write_bytes(new.encode(codec))
    result = run("review", *BASE, "--segment", "3", "--edit-file", str(edit))
    assert result.code == 0, result.err
    assert _segments(run)[2]["target"] == new
    assert (note in result.err) if note else "not UTF-8" not in result.err


def test_an_edit_file_of_binary_bytes_is_still_refused_in_one_line(run, lib: Path, tmp_path: Path):
    edit = tmp_path / "edit.bin"
    edit.write_bytes(b"\x00\x01\x02binary\x00" * 10)
    result = run("review", *BASE, "--segment", "3", "--edit-file", str(edit))
    assert result.code == 2 and result.err.count("\n") == 1 and str(edit) in result.err
