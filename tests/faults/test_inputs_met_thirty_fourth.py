"""Ways input went wrong that the thirty-fourth session met (2026-12-05), kept beside the others:
a UTF-8 page with one Windows-1252 mark pasted in (read whole as cp1252, every accent garbled, exit 0),
and an XLIFF of far more units than its release has segments (65 s and 606 MB before its refusal).
Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_xliff_many_units import _padded
from tests.cli.test_xliff_renamed_ids import _exported
from tests.faults.conftest import one_line_error, tree_hashes


def test_a_utf8_page_with_a_word_quote_pasted_in_is_read_as_utf8(run, tmp_path: Path):
    page = tmp_path / "markt.txt"
    said = "Nieuwe markt op het plein\n\n4 maart 2026\n\nDe markt krijgt één extra dag, zegt de schepen: "
    page.write_bytes(said.encode() + b"\x93elke vrijdag\x94, met " + "café en fietsenstalling.\n".encode())
    result = run("--library", str(tmp_path / "lib"), "import", "--issuer", "Stad", str(page), "--json")
    assert result.code == 0 and "Traceback" not in result.err, result.err
    assert f"{page}: UTF-8 with 2 bytes of Windows-1252 (cp1252) in it" in result.err
    (release,) = run("--library", str(tmp_path / "lib"), "list", "--json").json()
    shown = run("--library", str(tmp_path / "lib"), "show", release["id"]).out
    assert "één extra dag" in shown and "“elke vrijdag”" in shown and "Ã" not in shown


def test_an_xliff_of_far_more_units_than_segments_is_refused_and_changes_nothing(run, tmp_path: Path):
    lib, _base, out = _exported(run, tmp_path)
    library = Path(lib[1])
    before = tree_hashes(library)
    one_line_error(run(*lib, "import", str(_padded(out, 5000))), str(out), "segments of release")
    assert tree_hashes(library) == before
