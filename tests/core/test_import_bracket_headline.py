"""A line closing on its date in brackets heads the page over the site's lines above it (a food
agency's page of trial C, thirty-second session: a menu line of its sections was taken once its
help line's number was not). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEADLINE = "Vijf nieuwe laadpalen voor elektrische fietsen aan het station (04/03/2025)"
TEXT = (
    "De gemeente plaatst deze maand vijf laadpalen voor elektrische fietsen aan de stationsparking. "
    "Fietsers kunnen er gratis laden, telkens tot vier uur lang."
)
MORE = "De palen worden in april aangesloten en zijn vanaf mei in gebruik."
MENU = "Inwoners Ondernemers Gezondheid Vervoer Bestuur Vrije tijd Onderwijs Wonen Werk Milieu"


def test_a_line_closing_on_its_date_in_brackets_heads_the_page_over_the_site_s_lines(tmp_path: Path):
    page = tmp_path / "laadpalen.txt"
    page.write_text(f"Infolijn\n\n0800 12 345\n\n{MENU}\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    # the date read from its brackets, the headline is the words (trial B, F7: '… Nordhavn (21/11/2026)')
    assert plan.title == HEADLINE.removesuffix(" (04/03/2025)") and plan.date == dt.date(2025, 3, 4)
    assert MENU in plan.dropped


def test_a_bracketed_date_that_is_the_page_s_leaves_the_headline_and_another_stays(tmp_path: Path):
    """Under a dateline of the same day the brackets say nothing more: the headline is its words; a
    bracket naming another day than the page's is part of what the headline says."""
    page = tmp_path / "laadpalen.txt"
    page.write_text(f"{HEADLINE}\n\n4 maart 2025\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == HEADLINE.removesuffix(" (04/03/2025)") and plan.date == dt.date(2025, 3, 4)
    page.write_text(f"{HEADLINE}\n\n12 maart 2025\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == HEADLINE and plan.date == dt.date(2025, 3, 12)


def test_under_a_date_line_the_line_over_it_heads_the_page_still(tmp_path: Path):
    # the bracketed line is then a heading of the text; the date line's headline stays
    page = tmp_path / "laadpalen.txt"
    first = "Stad zet in op fietsers aan de sporen"
    page.write_text(f"{first}\n\n12 maart 2025\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == first and plan.date == dt.date(2025, 3, 12)
