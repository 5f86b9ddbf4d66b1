"""Wording a new user met (fix batch 12, F6): a refusal that said the replacing twice, two forms of
'the release has these languages', and a piped check that cut a message in two."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED_ID


def test_a_corrected_page_is_refused_with_one_way_to_replace_its_version(run: Any, library_dir: Path, tmp_path: Path):
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library
    from reader.tui.import_hints import DIALOG

    page = tmp_path / "seed_nl.txt"
    seed = (ROOT / "tests" / "fixtures" / "seed_nl.txt").read_text(encoding="utf-8")
    page.write_text(seed.replace("75 miljoen", "76 miljoen"), encoding="utf-8")
    refused = run("--library", str(library_dir), "import", str(page))
    assert refused.code == 2
    assert f"to replace it with this page: --release {SEED_ID} --force\n" in refused.err, refused.err
    assert refused.err.count("replace") == 1, refused.err
    (shown,) = [
        w for w in plan_import(page, Library(library_dir), hints=DIALOG, preview=True).warnings if "refused" in w
    ]
    assert f"replace it with this page: the command line's import --release {SEED_ID} --force" in shown, shown


def test_original_names_the_languages_a_release_has_as_show_does(run: Any, tmp_path: Path):
    """'(it has fr, nl)' in sorted order where show said '(it has: nl, fr)', the original first."""
    lib = ("--library", str(tmp_path / "lib"))
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text("Een fietsenstalling aan het station\n\n5 mei 2025\n\nDe stalling telt driehonderd plaatsen.\n")
    fr.write_text("Un parking vélos à la gare\n\n5 mai 2025\n\nLe parking compte trois cents places.\n")
    made = run(*lib, "import", str(nl), str(fr), "--issuer", "Stad", "--json").json()
    rid = made[0]["id"]
    said, shown = run(*lib, "original", rid, "en"), run(*lib, "show", rid, "--lang", "en")
    assert said.code == 2 and "(it has: nl, fr)" in said.err and "(it has: nl, fr)" in shown.err, (said, shown)


# the figure changed (a flag) in a sentence made longer than the 160 columns a pipe was given
LONGER = "23 hectares, à côté des pistes, des hangars de fret et des bureaux des transitaires qui y travaillent, autour"


@pytest.mark.parametrize("columns", [None, "60"])
def test_a_piped_check_prints_each_message_on_one_line(
    run: Any, library_dir: Path, monkeypatch: pytest.MonkeyPatch, columns: str | None
):
    """Piped, rich cut lines at 160 columns, mid-message ('…source itself 21);' / 'aligned without
    MT'); COLUMNS set (a script's) wrapped them as narrow."""
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares autour", LONGER), encoding="utf-8")
    args = ("--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    flagged = [p for p in run(*args, "--json").json() if p["flags"]]
    out = run(*args).out
    for pair in flagged:
        assert f"  nl: {pair['source']}\n" in out and f"  fr: {pair['target']}\n" in out, out
        for flag in pair["flags"]:
            assert f"{flag['code']} {flag['message']}\n" in out, out


def test_a_dry_run_of_a_page_refused_as_the_releases_says_it_once(run: Any, library_dir: Path, tmp_path: Path):
    """The preview (--dry-run, the import dialog) said the refusal and, after it, 'this reads as a
    corrected page of' the same release, with the same way to replace it a second time."""
    page = tmp_path / "seed_nl.txt"
    seed = (ROOT / "tests" / "fixtures" / "seed_nl.txt").read_text(encoding="utf-8")
    page.write_text(seed.replace("75 miljoen", "76 miljoen"), encoding="utf-8")
    shown = run("--library", str(library_dir), "import", str(page), "--dry-run", "--json")
    warnings = shown.json()["warnings"]
    assert shown.code == 2 and sum(f"--release {SEED_ID} --force" in w for w in warnings) == 1, warnings
    assert not any("corrected page" in w for w in warnings), warnings
