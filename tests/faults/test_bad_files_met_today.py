"""Ways input went wrong that two new users met (2026-11-30): each a one-line error naming the
file and the problem, or read as what it is; nothing written where it should not be."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import SEED_ID, one_line_error


def test_a_letterhead_fence_missing_its_close_is_named(run, lib: Path):
    body = lib / SEED_ID / "nl.md"
    lines = body.read_text(encoding="utf-8").split("\n")
    closing = next(n for n, line in enumerate(lines) if n and line.strip() == ":::")
    body.write_text("\n".join(lines[:closing] + lines[closing + 1 :]), encoding="utf-8")
    one_line_error(run("show", SEED_ID, "--lang", "nl"), "nl.md", "letterhead fence not closed")


def test_a_body_file_deleted_by_hand_is_named_not_the_release_missing(run, lib: Path):
    (lib / SEED_ID / "fr.md").unlink()
    line = one_line_error(run("show", SEED_ID, "--lang", "nl"), "fr.md", "missing")
    assert "no release" not in line


def test_an_output_folder_that_does_not_exist_creates_nothing(run, lib: Path, tmp_path: Path):
    target = tmp_path / "typo" / "out.xlf"
    argv = ["export", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--format", "xliff", "-o", str(target)]
    one_line_error(run(*argv), "does not exist")
    assert not (tmp_path / "typo").exists()


def test_a_text_saved_as_utf16_is_read_not_refused_as_binary(run, lib: Path, tmp_path: Path):
    page = tmp_path / "page.txt"
    text = (
        "Nieuw zwembad opent in april\n\n3 april 2025\n\n"
        "De gemeente opent in het voorjaar een nieuw zwembad met drie baden en een kleine sauna.\n"
    )
    page.write_bytes(text.encode("utf-16"))
    result = run("import", str(page), "--dry-run", "--json")
    assert result.code == 0, result.err
    assert result.json()["title"] == "Nieuw zwembad opent in april"
