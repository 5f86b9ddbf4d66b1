"""The CLI's import of a PDF whose letterhead sets an address block beside the issuer's name and whose
headline runs over two lines (trial V): the headline is the release's title, whole. Own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_address_block import HEADLINE, PAGE
from tests.core.test_import_pdf_print import _write


def test_the_import_titles_the_release_with_its_headline_not_its_postcode(run, tmp_path: Path, lib: Path):  # noqa: ANN001, ARG001
    path = _write(tmp_path / "ecluse.pdf", [PAGE])
    said = run("import", str(path), "--issuer", "Régie des ports", "--json")
    assert said.code == 0, said.err
    assert said.json()["title"] == " ".join(HEADLINE)
