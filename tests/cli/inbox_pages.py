"""Pages of one release in two languages, in our own words, and the inbox a nightly job imports
them from again and again (tests/cli/test_import_*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

NL = """Een nieuwe veerboot over de Schelde

Antwerpen, 14 mei 2026

De provincie zet vanaf juli een tweede veerboot in tussen beide oevers. De boot vaart elk half uur.

Een overtocht kost twee euro, fietsers varen gratis mee.
"""
FR = """Un nouveau bac sur l'Escaut

Anvers, le 14 mai 2026

La province met en service un deuxième bac entre les deux rives dès juillet. Le bateau navigue toutes les demi-heures.

Une traversée coûte deux euros, les cyclistes voyagent gratuitement.
"""
# the Dutch page corrected: its headline and one figure
CORRECTED = NL.replace("Een nieuwe veerboot", "Een tweede veerboot").replace("twee euro", "drie euro")


def make_inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The pages of one release, and an empty library that every command (and process) writes to."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "nl.txt").write_text(NL, encoding="utf-8")
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    return folder


def ids(run) -> list[str]:  # noqa: ANN001
    return sorted(r["id"] for r in run("list", "--json").json())
