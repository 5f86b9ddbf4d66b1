"""Ways input went wrong that two more new users met (2026-11-30, later): each refused in one line
naming what is wrong, nothing written; or, for an old CAT file, nothing newer undone."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import SEED_ID, one_line_error

PAIR = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def test_an_empty_edit_file_is_refused_and_deletes_nothing(run, lib: Path, tmp_path: Path):
    before = (lib / SEED_ID / "fr.md").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    one_line_error(run("review", *PAIR, "--segment", "2", "--edit-file", str(empty)), "empty")
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def test_an_xliff_naming_no_languages_says_so(run, lib: Path, tmp_path: Path):
    unnamed = tmp_path / "unnamed.xlf"
    unnamed.write_text(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="press-reader:{SEED_ID}" datatype="plaintext"><body>'
        '<trans-unit id="s1-x"><source>Tekst</source><target>Texte</target></trans-unit></body></file></xliff>',
        encoding="utf-8",
    )
    line = one_line_error(run("import", str(unnamed)), "unnamed.xlf", "names no source language")
    assert "None" not in line


def test_a_glossary_entry_with_an_empty_side_blames_the_entry(run, lib: Path):
    line = one_line_error(run("glossary", "add", "Kaapstad", "   "), "FR name is empty")
    assert "glossary.yaml" not in line


def test_a_stamp_the_library_never_kept_is_taken_as_the_file_says(run, lib: Path, tmp_path: Path):
    """A file whose export stamp is forged or from another library: its states are taken as before,
    never read as a path (the stamp is checked against its shape first)."""
    out = tmp_path / "x.xlf"
    assert run("export", *PAIR, "--format", "xliff12", "-o", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    forged = tmp_path / "forged.xlf"
    forged.write_text(text.replace(f"press-reader:{SEED_ID}@", f"press-reader:{SEED_ID}@../../"), encoding="utf-8")
    result = run("import", str(forged), "--json")
    assert result.code == 0, result.err


def test_an_edit_of_invisible_characters_only_is_empty(run, lib: Path):
    """A zero-width space passed for text: it deleted the sentence and regrouped its neighbours."""
    before = (lib / SEED_ID / "fr.md").read_bytes()
    for text in ("\u200b", " \u2060 ", "\u00a0"):
        one_line_error(run("review", *PAIR, "--segment", "10", "--edit", text), "empty")
    assert (lib / SEED_ID / "fr.md").read_bytes() == before
