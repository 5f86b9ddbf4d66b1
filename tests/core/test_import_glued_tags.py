"""Tags copied from a list run together, an item's last lower-case word into the next item's capital
('… van de bevolkingBE-Alert'), are no headline: trial W (thirty-third session, p03) took such a line
over the date for the headline of a crisis centre's page. Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import can_head
from reader.core.library import Library

HEADLINE = "Oefening in de haven: de noodplanning werkte zoals voorzien"
TEXT = (
    "Bij de oefening van dinsdag werden drie scenario's doorlopen met de brandweer, de politie en de "
    "haven. Alle diensten waren binnen het halfuur ter plaatse."
)


def test_a_line_of_tags_run_together_over_the_date_is_no_headline(tmp_path: Path):
    page = tmp_path / "oefening.txt"
    head = "Naar de inhoud\nNieuws\nNoodplanning\nWaarschuwing van de inwonersSMS-Alarm\n08.05.2025"
    page.write_text(f"{head}\n{HEADLINE}\n{TEXT}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert (plan.title, plan.date) == (HEADLINE, dt.date(2025, 5, 8))
    assert [b.text for b in plan.blocks] == [TEXT]


@pytest.mark.parametrize("line", ["Waarschuwing van de inwonersSMS-Alarm", "Crisisbeheer NoodplanningRisicoanalyse"])
def test_tags_run_together_cannot_head(line: str):
    assert not can_head([RawBlock(line)], 0, "nl")


@pytest.mark.parametrize(
    "line",
    [
        "Oplichters misbruiken WhatsApp en LinkedIn om gegevens te vragen",
        "Lek in macOS en iPhone gedicht",
        "Nieuwe eHealth-dienst voor huisartsen",
        "De stad zet in op PowerPoint-vrije vergaderingen",
    ],
)
def test_a_brand_s_inner_capital_still_heads(line: str):
    assert can_head([RawBlock(line)], 0, "nl")
