"""The CLI's import of a PDF whose running header starts on page 2 (trial V): the header and the page
numbers are listed as left out, never the issuer, and the sentence the page break cut is one. Own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_later_header import HEADER, ONE, THREE, TWO, _frame
from tests.core.test_import_pdf_print import _write


def test_the_import_lists_a_later_header_as_left_out_and_joins_the_cut_sentence(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    path = _write(tmp_path / "archief.pdf", [_frame(1) + ONE, _frame(2) + TWO, _frame(3) + THREE])
    said = run("import", str(path), "--issuer", "Stadsarchief Hoeveldonk", "--json")
    assert said.code == 0, said.err
    found = said.json()
    assert HEADER in found["dropped"] and "2 / 3" in found["dropped"]
    body = (lib / found["id"] / "nl.md").read_text(encoding="utf-8")
    assert "volgens de planning eind april aan" in body and HEADER not in body and "/ 3" not in body
