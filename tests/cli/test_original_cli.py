"""`press-reader original ID LANG`: the version people wrote first, set after the import (a folder's
French file sorting first made every pair French-led, and nothing but a hand edit changed it)."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.conftest import SEED_ID, second_process


def test_the_original_is_set_and_read_by_every_command(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    meta = library_dir / SEED_ID / "release.yaml"
    meta.write_text("# kept by hand\n" + meta.read_text(encoding="utf-8"), encoding="utf-8")
    set_fr = run(*lib, "original", SEED_ID, "fr", "--json")
    assert set_fr.code == 0, set_fr.err
    assert set_fr.json() == {"id": SEED_ID, "original_language": "fr"}
    assert "original_language: fr" in meta.read_text(encoding="utf-8")
    assert meta.read_text(encoding="utf-8").startswith("# kept by hand")  # the rest of the file as it was
    shown = run(*lib, "list", "--json").json()
    assert [r for r in shown if r["id"] == SEED_ID][0]["original_language"] == "fr"
    assert run(*lib, "original", SEED_ID, "nl").code == 0
    assert "original_language: nl" in meta.read_text(encoding="utf-8")


def test_a_language_the_release_lacks_or_a_machine_s_is_refused_in_one_line(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    meta = library_dir / SEED_ID / "release.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(
        text.replace("  en:\n    provenance: unofficial", "  en:\n    provenance: machine"), encoding="utf-8"
    )
    machine = run(*lib, "original", SEED_ID, "en")
    assert machine.code == 2 and machine.err.count("\n") == 1 and "machine translation" in machine.err, machine.err
    assert run(*lib, "remove", SEED_ID, "--lang", "en").code == 0
    missing = run(*lib, "original", SEED_ID, "en")
    assert missing.code == 2 and missing.err.count("\n") == 1 and "has no 'en' version" in missing.err
    assert "original_language: nl" in meta.read_text(encoding="utf-8")


def test_twin_the_original_set_while_another_process_edits_the_release(run, library_dir: Path):
    """Both writes of release.yaml kept: the original set here, another process's import of a new
    French text (its title and provenance) at once."""
    lib = ("--library", str(library_dir))
    page = library_dir.parent / "fr.txt"
    page.write_text("Un titre nouveau\n\nBruxelles, le 5 décembre 2018\n\nUn texte nouveau pour la version.\n")
    errors: list[str] = []

    def other() -> None:
        errors.append(
            second_process(
                *lib, "import", str(page), "--release", SEED_ID, "--lang", "fr", "--force", "--provenance", "unofficial"
            )
        )

    thread = threading.Thread(target=other)
    thread.start()
    assert run(*lib, "original", SEED_ID, "fr").code == 0
    thread.join()
    meta = (library_dir / SEED_ID / "release.yaml").read_text(encoding="utf-8")
    assert "original_language: fr" in meta and "Un titre nouveau" in meta, (meta, errors)
