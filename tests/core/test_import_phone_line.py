"""A telephone number alone on its line in a page's head is never the headline (a food agency's page
of trial C, thirty-second session: its free help line's number was taken for it). Texts in our own
words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEADLINE = "Vijf nieuwe laadpalen voor elektrische fietsen aan het station"
TEXT = (
    "De gemeente plaatst deze maand vijf laadpalen voor elektrische fietsen aan de stationsparking. "
    "Fietsers kunnen er gratis laden, telkens tot vier uur lang."
)
MORE = "De palen worden in april aangesloten en zijn vanaf mei in gebruik."


@pytest.mark.parametrize("number", ["0800 12 345", "02/123 45 67", "+32 9 876 54 32", "0470.12.34.56"])
def test_a_phone_number_in_the_head_is_no_headline(tmp_path: Path, number: str):
    page = tmp_path / "laadpalen.txt"
    page.write_text(f"Infolijn\n\n{number}\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path), date=dt.date(2025, 3, 4))
    assert plan.title == HEADLINE


def test_a_headline_with_a_figure_in_it_still_heads_the_page(tmp_path: Path):
    page = tmp_path / "cijfer.txt"
    page.write_text(f"2025 laadpalen in 2025\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    assert plan_import(page, Library.load(tmp_path), date=dt.date(2025, 3, 4)).title == "2025 laadpalen in 2025"
