"""A table's segment edited (review --edit-file, an XLIFF back from a CAT tool) stays a table: its
rows are its lines. Joined into one line, the table was gone and no check said so."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
NL_TABLE = "| Provincie | Bedrag |\n|---|---|\n| Luik | 12 miljoen |\n| Namen | 4 miljoen |"
FR_TABLE = "| Province | Montant |\n|---|---|\n| Liège | 12 millions |\n| Namur | 4 millions |"


def _add_tables(lib: Path) -> None:
    for lang, table in (("nl", NL_TABLE), ("fr", FR_TABLE)):
        path = lib / SEED_ID / f"{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + table + "\n", encoding="utf-8")


def _table_segment(run) -> int:  # noqa: ANN001
    segments = run("review", *BASE, "--json").json()["segments"]
    (n,) = [i for i, s in enumerate(segments, 1) if "Province" in s["target"]]
    return n


def _rows(lib: Path) -> list[str]:
    return [line for line in (lib / SEED_ID / "fr.md").read_text(encoding="utf-8").split("\n") if line.startswith("|")]


def test_a_table_edited_from_a_file_keeps_its_rows(run, lib: Path, tmp_path: Path):
    _add_tables(lib)
    n = _table_segment(run)
    edit = tmp_path / "table.txt"
    edit.write_text(FR_TABLE.replace("4 millions", "5 millions") + "\n", encoding="utf-8")
    result = run("review", *BASE, "--segment", str(n), "--edit-file", str(edit))
    assert result.code in (0, 1), result.err
    assert _rows(lib) == FR_TABLE.replace("4 millions", "5 millions").split("\n")


def test_a_table_back_from_a_cat_tool_keeps_its_rows(run, lib: Path, tmp_path: Path):
    _add_tables(lib)
    exported = tmp_path / "out.xlf"
    assert run("export", *BASE, "--format", "xliff", "-o", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert "| Namur | 4 millions |" in text
    exported.write_text(text.replace("| Namur | 4 millions |", "| Namur | 5 millions |"), encoding="utf-8")
    result = run("import", str(exported))
    assert result.code in (0, 1), result.err
    assert _rows(lib) == FR_TABLE.replace("4 millions", "5 millions").split("\n")


def test_a_table_edited_while_another_process_comments_elsewhere_keeps_both(run, lib: Path, tmp_path: Path):
    _add_tables(lib)
    n = _table_segment(run)
    other = subprocess.Popen(
        [sys.executable, "-m", "reader", "review", *BASE, "--segment", "2", "--comment", "second writer"],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    edit = tmp_path / "table.txt"
    edit.write_text(FR_TABLE.replace("Liège", "Liege"), encoding="utf-8")
    assert run("review", *BASE, "--segment", str(n), "--edit-file", str(edit)).code in (0, 1)
    assert other.wait(timeout=60) in (0, 1)
    assert _rows(lib) == FR_TABLE.replace("Liège", "Liege").split("\n")
    comments = {s["comment"] for s in run("review", *BASE, "--json").json()["segments"]}
    assert "second writer" in comments
    assert not re.search(r"\| \|", (lib / SEED_ID / "fr.md").read_text(encoding="utf-8"))
