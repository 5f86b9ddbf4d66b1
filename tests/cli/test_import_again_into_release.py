"""A file imported again with --release into the release whose version it already is (trial O: a
script adding each French page to its release, run a second time): refused 'already imported …;
use --force', exit 2, where the same file without --release is skipped, exit 0, as the README says
('alone or in a folder'). Now a skip with --release too. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_import_together import _twice

NL = (
    "Nieuwe bibliotheek in Tielt\n\nFOD Cultuur\n\nTielt, 3 maart 2026\n\n"
    "De stad opent op 14 april een bibliotheek van 2.400 vierkante meter, voor 3,1 miljoen euro.\n"
)
FR = (
    "Nouvelle bibliothèque à Tielt\n\nSPF Culture\n\nTielt, le 3 mars 2026\n\n"
    "La ville ouvre le 14 avril une bibliothèque de 2 400 mètres carrés, pour 3,1 millions d'euros.\n"
)


def _library(run, tmp_path: Path) -> tuple[list[str], str, str]:  # noqa: ANN001 - the `run` fixture
    """A library holding the Dutch release and its French page: its flags, the release, the page."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    flags = ["--library", str(lib)]
    made = run(*flags, "import", str(tmp_path / "nl.txt"), "--json")
    assert made.code == 0, made.err
    rid = made.json()["id"]
    assert run(*flags, "import", str(tmp_path / "fr.txt"), "--release", rid).code == 0
    return flags, rid, str(tmp_path / "fr.txt")


def test_a_version_imported_again_into_its_release_is_skipped(run, tmp_path: Path):  # noqa: ANN001
    flags, rid, page = _library(run, tmp_path)
    again = run(*flags, "import", page, "--release", rid, "--json")
    assert again.code == 0, again.err
    assert again.json() == {"file": page, "written": False, "skipped": True, "id": rid}
    assert f"already imported as release '{rid}' (same content) (skipped)" in again.err
    dry = run(*flags, "import", page, "--release", rid, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert dry.json()["skipped"] and "an import would skip it" in dry.err
    assert "use --force" not in again.err + dry.err


def test_another_provenance_asked_is_still_refused_naming_force(run, tmp_path: Path):  # noqa: ANN001
    """The user wants a change (the official page as unofficial): said, not skipped in silence."""
    flags, rid, page = _library(run, tmp_path)
    asked = run(*flags, "import", page, "--release", rid, "--provenance", "unofficial")
    assert asked.code == 2 and "use --force" in asked.err, asked.err


def test_twin_two_processes_adding_the_same_page_to_its_release_both_succeed(run, tmp_path: Path):  # noqa: ANN001
    """One writes the French version, the other finds it written (before its plan or under the
    lock) and skips it: exit 0 both, one French version."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    flags = ["--library", str(lib)]
    rid = run(*flags, "import", str(tmp_path / "nl.txt"), "--json").json()["id"]
    argv = [*flags, "import", str(tmp_path / "fr.txt"), "--release", rid]
    assert _twice(argv) == [0, 0]
    (release,) = run(*flags, "list", "--json").json()
    assert sorted(release["languages"]) == ["fr", "nl"]


def test_a_page_another_process_added_after_its_digest_was_read_is_a_skip(run, tmp_path: Path, monkeypatch):  # noqa: ANN001
    """The twin above, its interleaving fixed: the digest looked up before the other process's
    import landed, the release read after it. The page is that version: a skip, never 'already has a
    fr version; use --force' (one run in twenty-five of the twin, and most runs of two commands)."""
    from reader.core.errors import AlreadyImported
    from reader.core.importer import importer
    from reader.core.library import Library

    flags, rid, page = _library(run, tmp_path)
    monkeypatch.setattr(importer, "already_imported", lambda library, digest: None)
    with pytest.raises(AlreadyImported):
        importer.plan_import(Path(page), Library.load(Path(flags[1])), release_id=rid)
