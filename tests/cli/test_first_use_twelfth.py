"""What a new user's trial (fourth session of 2026-12-01) met on the command line: a language
code typed in capitals, a glossary entry removed with its names the other way round, a flag code
that does not exist, and the TMX header's original-format attribute."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID


def test_a_language_code_in_capitals_is_that_language(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    listed = run(*lib, "list", "--lang", "FR", "--json")
    assert listed.code == 0 and [r["id"] for r in listed.json()] == [SEED_ID]
    checked = run(*lib, "check", SEED_ID, "--source", "NL", "--target", " fr", "--no-mt", "--json")
    assert checked.code in (0, 1), checked.err


def test_a_glossary_entry_goes_whichever_order_its_names_are_given(run):
    assert run("glossary", "add", "Bergen", "Mons").code == 0
    removed = run("glossary", "remove", "Mons", "Bergen", "--json")
    assert removed.code == 0 and removed.json()["removed"] is True
    assert run("glossary", "list", "--json").json()["entries"] == []
    assert run("glossary", "remove", "Mons", "Bergen").code == 2  # gone: said, not silently passed


def test_an_unknown_flag_code_is_named_with_the_known_ones(run, library_dir: Path):
    lib, args = ("--library", str(library_dir)), (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    wrong = run(*lib, "review", *args, "--segment", "1", "--accept-flag", "numbers")
    assert wrong.code == 2 and wrong.err.count("\n") == 1
    assert "the flag codes are number, date" in wrong.err


def test_the_tmx_header_names_its_original_format(run, library_dir: Path, tmp_path: Path):
    lib = ("--library", str(library_dir))
    tmx = tmp_path / "out.tmx"
    written = run(*lib, "export", SEED_ID, "--source", "nl", "--target", "fr", "--format", "tmx", "-o", str(tmx))
    assert written.code == 0, written.err
    header = tmx.read_text(encoding="utf-8").split("<header", 1)[1].split(">", 1)[0]
    assert 'o-tmf="press-reader"' in header and 'creationtool="press-reader"' in header


def test_a_file_of_several_that_is_not_imported_is_said_as_an_error_with_its_reason(run, tmp_path: Path):
    """Its reason was said as a warning and only the count as an error: a user read the warning as
    something the import had got past."""
    (tmp_path / "nl.txt").write_text("Een nieuwe brug\n\nDe stad bouwt een brug van 80 meter.\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("Un nouveau pont\n\nLa ville construit un pont de 80 mètres.\n", encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", str(tmp_path / "nl.txt"), str(tmp_path / "fr.txt"))
    assert result.code == 2
    lines = result.err.splitlines()
    assert any(line.startswith("press-reader: error: ") and "nl.txt" in line and "--date" in line for line in lines)
    assert "warning: " not in result.err and lines[-1].endswith("not imported (each named above)")


def test_an_id_not_found_names_the_release_meant_or_that_it_was_removed(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    typed = SEED_ID[:12]  # the date and the first word: an id is made from the whole headline
    said = run(*lib, "show", typed)
    assert said.code == 2 and f"did you mean {SEED_ID}?" in said.err and said.err.count("\n") == 1
    assert run(*lib, "remove", SEED_ID).code == 0
    gone = run(*lib, "check", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    assert gone.code == 2 and "it was removed" in gone.err and "remove --restore" in gone.err
    assert "did you mean" not in run(*lib, "show", "zzzz-nothing-like-it").err
