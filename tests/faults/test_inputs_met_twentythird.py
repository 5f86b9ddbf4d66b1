"""Ways input went wrong met in the seventeenth session (2026-12-03), by a translator trying the
tool: a language given with a region a CAT tool writes, or with an escape in it; a version to
remove that the release lacks, or named with an escape. One line each, nothing written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID


def test_a_language_tag_with_an_unknown_region_or_an_escape_is_one_line(run, library_dir: Path, tmp_path: Path):
    lib = ("--library", str(library_dir))
    for target in ("fr-ZZ", "fr-\x1b[31mBE", "xx-BE", "fr--BE"):
        out = tmp_path / "a.xlf"
        result = run(*lib, "export", SEED_ID, "--source", "nl", "--target", target, "--no-mt", "-o", str(out))
        assert result.code == 2 and result.err.count("\n") == 1 and "\x1b" not in result.err, (target, result.err)
        assert "Traceback" not in result.err and not out.exists()


def test_a_version_to_remove_that_is_not_there_is_one_line_and_removes_nothing(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    before = sorted(p.name for p in (library_dir / SEED_ID).iterdir())
    for lang in ("de", "\x1b]0;x\x07", "", "fr-BE-x"):
        result = run(*lib, "remove", SEED_ID, "--lang", lang)
        assert result.code == 2 and result.err.count("\n") == 1 and "\x1b" not in result.err, (lang, result.err)
    assert sorted(p.name for p in (library_dir / SEED_ID).iterdir()) == before
