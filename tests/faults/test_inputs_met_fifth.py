"""Ways input went wrong that this session's new users met (2026-11-30, fifth): refused in one line
naming what is wrong, nothing newer undone, nothing hidden."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import SEED_ID, one_line_error

PAIR = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def test_an_xliff_of_another_release_is_named_and_changes_nothing(run, lib: Path, tmp_path: Path):
    exported = tmp_path / "seed.xlf"
    assert run("export", *PAIR, "--format", "xliff", "-o", str(exported)).code == 0
    before = (lib / SEED_ID / "fr.md").read_bytes()
    one_line_error(run("import", str(exported), "--release", "2020-01-01-other"), "seed.xlf", "belongs to release")
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def test_an_unterminated_escape_sequence_takes_no_text_with_it(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = tmp_path / "page.txt"
    page.write_text(
        "Nieuwe markt op het plein\n\n2 mei 2024\n\n"
        "De titel \x1b]0;weg zonder einde\nDe markt opent elke zaterdag op het plein voor het stadhuis.\n",
        encoding="utf-8",
    )
    result = run("import", str(page), "--dry-run", "--json")
    assert result.code == 0, result.err
    text = " ".join(b["text"] for b in result.json()["blocks"])
    assert "\x1b" not in text and "De markt opent elke zaterdag" in text


def test_an_import_into_a_mistyped_library_folder_is_said(run, tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("Nieuwe markt\n\n2 mei 2024\n\nDe markt opent elke zaterdag op het plein.\n", encoding="utf-8")
    made = run("--library", str(tmp_path / "librray"), "import", str(page))
    assert made.code == 0 and "there was no library here; this command created it" in made.err
