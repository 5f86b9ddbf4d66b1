"""Ways input went wrong that this session's new users met (2026-11-30, sixth): refused in one line
naming what is wrong, or taken with nothing lost. Texts in our own words."""

from __future__ import annotations

import io
from pathlib import Path

from tests.faults.conftest import SEED_ID, one_line_error


def test_a_day_the_calendar_lacks_is_named_as_such(run, lib: Path, tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("Nieuwe markt\n\nDe markt opent elke zaterdag op het plein.\n", encoding="utf-8")
    one_line_error(run("import", str(page), "--date", "2023-02-30"), "--date", "'2023-02-30' is no day of the calendar")


def test_an_unknown_kind_of_version_is_refused(run, lib: Path):
    assert run("list", "--provenance", "robot").code == 2


def test_standard_input_beyond_the_bound_is_refused(run, lib: Path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("woord " * 200_001))
    one_line_error(run("translate", "--text", "-", "--from", "nl", "--to", "en"), "standard input holds more than")


def test_a_page_of_one_enormous_line_is_checked_to_its_end(run, tmp_path: Path, monkeypatch):
    """A new user's one-line page (thousands of sentences) was never checked to its end; now in stretches."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    sentences = 400
    nl = " ".join(f"De gemeente {i} krijgt {i * 3} nieuwe fietsen voor haar scholen." for i in range(sentences))
    fr = " ".join(f"La commune {i} reçoit {i * 3} nouveaux vélos pour ses écoles." for i in range(sentences))
    (tmp_path / "nl.txt").write_text(f"Fietsen voor scholen\n\nBrussel, 6 mei 2024\n\n{nl}\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text(
        f"Des vélos pour les écoles\n\nBruxelles, le 6 mai 2024\n\n{fr}\n", encoding="utf-8"
    )
    made = run("import", str(tmp_path / "nl.txt"), str(tmp_path / "fr.txt"), "--json")
    assert made.code == 0, made.err
    rid = made.json()[0]["id"]
    checked = run("check", rid, "--source", "nl", "--target", "fr", "--json")
    assert checked.code in (0, 1) and "Traceback" not in checked.err
    assert len(checked.json()) > sentences  # every sentence pair, the title and the date line


def test_an_xliff_unit_whose_original_changed_is_named_not_the_whole_file_refused(run, lib: Path, tmp_path: Path):
    exported = tmp_path / "seed.xlf"
    pair = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
    assert run("export", *pair, "--format", "xliff", "-o", str(exported)).code == 0
    nl = lib / SEED_ID / "nl.md"
    nl.write_text(nl.read_text(encoding="utf-8").replace("22 hectare", "23 hectare"), encoding="utf-8")
    result = run("import", str(exported), "--json")
    assert result.code == 0 and "Traceback" not in result.err
    assert result.json()["changes"] == []  # an untouched file changes nothing, wherever its units stood
