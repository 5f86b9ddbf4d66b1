"""A digest's headline that carries its meeting's date ('Besluiten van de Provincieraad van dinsdag
… 2025', '… - séance du … 2025') is the headline and, when no other line dates the page, gives the
release its date (trial A, finding 4: such headlines were either taken for a kicker's date line and
lost, or kept with the page refused for want of a date). Pages in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.datelines import meeting_dated
from reader.core.importer.importer import plan_import
from reader.core.library import Library

DIGEST = """{letterhead}

{headline}

{item}
{proposer}

{text}
"""

CASES = [
    (
        "Provinciebestuur Limburg",
        "Besluiten van de Deputatie van dinsdag 14 oktober 2025",
        "Nieuwe fietsbrug over het kanaal",
        "Op voorstel van gedeputeerde Jan Claes",
        "De deputatie keurt het ontwerp van een fietsbrug goed. De werken starten in het voorjaar en duren een jaar.",
        dt.date(2025, 10, 14),
    ),
    (
        "Province de Namur",
        "Communiqué de presse du Collège provincial - séance du 9 octobre 2025",
        "Rénovation de la salle des fêtes",
        "Sur proposition du Député Paul Lenoir",
        "Le Collège approuve le projet de rénovation de la salle des fêtes. Les travaux commencent au printemps.",
        dt.date(2025, 10, 9),
    ),
    (
        "Province de Liège",
        "Collège provincial de Liège - décisions du mercredi 8 octobre 2025",
        "Aide aux clubs sportifs",
        "Sur proposition de la Députée Anne Martin",
        "Le Collège accorde une aide de 40 000 euros aux clubs sportifs de la province pour leurs vestiaires.",
        dt.date(2025, 10, 8),
    ),
]


@pytest.mark.parametrize(("letterhead", "headline", "item", "proposer", "text", "day"), CASES)
def test_a_headline_dated_by_its_meeting_dates_the_page_and_stays_the_headline(
    tmp_path: Path, letterhead: str, headline: str, item: str, proposer: str, text: str, day: dt.date
):
    page = tmp_path / "page.txt"
    page.write_text(
        DIGEST.format(letterhead=letterhead, headline=headline, item=item, proposer=proposer, text=text),
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == headline
    assert plan.date == day


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Suivez l'éclipse solaire du 25 octobre 2026 en direct", "fr"),  # an event's day
        ("Kom naar de opening van zaterdag 3 mei 2025", "nl"),
        ("Inschrijvingen van 3 mei 2025 tot 10 juni 2025", "nl"),  # a span
        ("Persbericht van 24 september 2025", "nl"),  # a kicker's date: names no meeting
    ],
)
def test_an_event_a_span_or_a_kicker_is_no_meeting(line: str, lang: str):
    assert not meeting_dated(line, lang)
