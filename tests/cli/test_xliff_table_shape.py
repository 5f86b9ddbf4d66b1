"""A table's unit that comes back from a CAT tool with its rows joined into one line is no table any
more: written, the version held a one-row table of every cell and no check said so (trial D, F1). Its
target is refused by name, never written flat; a table whose rows stay rows is taken as before."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_edit_tables import BASE, FR_TABLE, _add_tables, _rows, _table_segment
from tests.two_writers import twice


def _flattened(run, tmp_path: Path) -> Path:  # noqa: ANN001
    """The release's XLIFF with the French table's rows joined by spaces, as a tool that normalises
    whitespace inside a segment returns it, a figure corrected besides."""
    exported = tmp_path / "out.xlf"
    assert run("export", *BASE, "--format", "xliff12", "-o", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert FR_TABLE in text
    joined = " ".join(FR_TABLE.replace("4 millions", "5 millions").split("\n"))
    flat = tmp_path / "flat.xlf"
    flat.write_text(text.replace(FR_TABLE, joined), encoding="utf-8")
    return flat


def test_a_table_whose_rows_a_cat_tool_joined_is_refused_by_name(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    _add_tables(lib)
    n = _table_segment(run)
    flat = _flattened(run, tmp_path)
    dry = run("import", str(flat), "--dry-run", "--json").json()
    assert dry["reshaped"] == [n] and not any(c["target"] for c in dry["changes"])
    result = run("import", str(flat))
    assert f"segment(s) {n}" in result.err and "table" in result.err, result.err
    assert result.code != 0  # its only edit not applied: never a quiet success
    assert _rows(lib) == FR_TABLE.split("\n")


def test_a_table_whose_rows_stay_rows_is_taken(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    _add_tables(lib)
    exported = tmp_path / "out.xlf"
    assert run("export", *BASE, "--format", "xliff12", "-o", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    # a row the translator restored (one more line) is a table still, with the source's columns
    fuller = FR_TABLE + "\n| Hainaut | 7 millions |"
    exported.write_text(text.replace(FR_TABLE, fuller), encoding="utf-8")
    assert run("import", str(exported)).code in (0, 1)
    assert _rows(lib) == fuller.split("\n")


def test_twin_two_processes_import_the_flattened_table_at_once(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    _add_tables(lib)
    flat = _flattened(run, tmp_path)
    codes = twice(["--library", str(lib), "import", str(flat)])
    assert 0 not in codes, codes
    assert _rows(lib) == FR_TABLE.split("\n")
