"""`import` says when a file was not UTF-8 and which code page read it, and refuses one that reads
as mojibake, in one line naming the file (exit 2). Thirty-third session, trial P: invalid bytes
readable as cp1252 were taken silently."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice as _twice

PAGE = (
    "Nieuwe fietsenstalling aan het station\n\n9 februari 2026\n\n"
    "De stad bouwt aan het station een bewaakte fietsenstalling met 400 plaatsen, open vanaf de zomer.\n\n"
    "„Eén fiets op drie staat nu al aan het station”, zegt de schepen. Kostprijs: 1,2 miljoen €.\n"
)


def _cp1252(tmp_path: Path) -> Path:
    path = tmp_path / "stalling.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    return path


def _garbled(tmp_path: Path) -> Path:
    """UTF-8 with broken bytes no cp1252 mark explains: read as cp1252, every 'é' and '€' would be two
    or three signs."""
    path = tmp_path / "kapot.txt"
    said = "Café bij de stalling opent\n\n12 maart 2026\n\nDe stad opent de stalling in één keer, met café.\n"
    path.write_bytes(said.encode() + b"\xe9\xff\n")
    return path


def test_a_cp1252_file_is_imported_with_a_note_and_its_encoding_in_json(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"), "import", "--issuer", "Stad")
    page = _cp1252(tmp_path)
    said = run(*lib, str(page), "--dry-run", "--json")
    assert said.code == 0, said.err
    assert said.json()["encoding"] == "cp1252"
    assert "„Eén fiets op drie" in str(said.json()["blocks"]) and "1,2 miljoen €" in str(said.json()["blocks"])
    assert f"press-reader: note: {page}: not UTF-8, read as Windows-1252 (cp1252)\n" in said.err
    done = run(*lib, str(page))
    assert done.code == 0 and f"{page}: not UTF-8, read as Windows-1252 (cp1252)" in done.err
    assert len(run("--library", str(tmp_path / "lib"), "list", "--json").json()) == 1


def test_a_garbled_file_is_refused_in_one_line(run, tmp_path: Path):
    page = _garbled(tmp_path)
    said = run("--library", str(tmp_path / "lib"), "import", str(page))
    assert said.code == 2
    (line,) = said.err.strip().splitlines()
    assert str(page) in line and "UTF-8 with broken bytes" in line and "save it as UTF-8" in line
    assert not (tmp_path / "lib").exists()


def test_twin_two_processes_importing_a_cp1252_file_make_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    codes = _twice(["--library", str(lib), "import", "--issuer", "Stad", str(_cp1252(tmp_path))])
    listed = run("--library", str(lib), "list", "--json").json()
    assert len(listed) == 1 and sorted(codes) in ([0, 0], [0, 2]), (codes, listed)


def test_twin_a_garbled_file_beside_a_good_one_in_another_process(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    garbled, good = _garbled(tmp_path), _cp1252(tmp_path)
    codes = _twice(
        ["--library", str(lib), "import", str(garbled)],
        ["--library", str(lib), "import", "--issuer", "Stad", str(good)],
    )
    listed = run("--library", str(lib), "list", "--json").json()
    assert codes == [0, 2] and len(listed) == 1, (codes, listed)


def _pasted(tmp_path: Path) -> Path:
    """UTF-8 with one dash of Word (0x96) pasted in (thirty-fourth session, trial Z)."""
    path = tmp_path / "plak.txt"
    said = "Café bij de stalling opent\n\n12 maart 2026\n\nDe stad opent de stalling in één keer, met café "
    path.write_bytes(said.encode() + b"\x96 en fietsherstel.\n")
    return path


def test_a_utf8_file_with_a_pasted_dash_is_imported_as_utf8_with_a_note(run, tmp_path: Path):
    page = _pasted(tmp_path)
    lib = ("--library", str(tmp_path / "lib"), "import", "--issuer", "Stad")
    done = run(*lib, str(page), "--json")
    assert done.code == 0, done.err
    assert f"{page}: UTF-8 with 1 byte of Windows-1252 (cp1252) in it, read as such" in done.err
    (release,) = run("--library", str(tmp_path / "lib"), "list", "--json").json()
    shown = run("--library", str(tmp_path / "lib"), "show", release["id"]).out
    assert "met café – en fietsherstel" in shown and "Ã" not in shown


def test_twin_two_processes_importing_a_file_with_a_pasted_dash_make_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    codes = _twice(["--library", str(lib), "import", "--issuer", "Stad", str(_pasted(tmp_path))])
    listed = run("--library", str(lib), "list", "--json").json()
    assert len(listed) == 1 and sorted(codes) in ([0, 0], [0, 2]), (codes, listed)
