"""PDFs built to exhaust a reader: pypdf stops at its own bounds, and the import says so in one line
naming the file, exit 2 (it was 'unexpected LimitReachedError', exit 70: a hostile-input trial)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from tests.faults.conftest import one_line_error
from tests.fixtures_gen import pdf_bytes


def _inflating(path: Path) -> Path:
    """One page whose content stream inflates to 200 MB of spaces."""
    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(squeeze.compress(chunk) for _ in range(200)) + squeeze.flush()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    path.write_bytes(
        pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, content])
    )
    return path


def _many_pages(path: Path) -> Path:
    """A page tree of 100,001 entries, each the same page."""
    kids = b" ".join([b"3 0 R"] * 100_001)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    pages = b"<< /Type /Pages /Kids [" + kids + b"] /Count 100001 >>"
    path.write_bytes(pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", pages, page]))
    return path


@pytest.mark.parametrize("make", [_inflating, _many_pages], ids=["inflating", "many-pages"])
def test_a_pdf_past_the_readers_bounds_is_one_line_naming_it(run, lib: Path, tmp_path: Path, make):  # noqa: ANN001
    page = make(tmp_path / "release.pdf")
    one_line_error(run("import", str(page), "--dry-run"), "release.pdf", "PDF")
