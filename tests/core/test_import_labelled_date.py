"""A date line that names itself ('Datum: 2/9/2025', 'Date : 02/09/2025', French setting a space
before its colon) is the page's date line as 'Brussel, 2 september 2025' is: the line just over it
is the headline, the lines higher up are the site's or the issuer's (trial B: a French page took the
line above its headline for the headline). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.datelines import is_dateline
from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = [
    "Een dienst die voor u klaarstaat",
    "Nieuwe openingsuren voor het loket in de stationsbuurt",
    "{date}",
    "Vanaf oktober is het loket ook op zaterdagvoormiddag open, zo meldt de dienst.",
    "Wie een afspraak wil maken, kan dat voortaan ook online doen via de website.",
]
FR = [
    "Un service toujours à vos côtés",
    "Nouveaux horaires pour le guichet du quartier de la gare",
    "{date}",
    "Dès octobre, le guichet sera aussi ouvert le samedi matin, indique le service.",
    "Les rendez-vous peuvent désormais aussi être pris en ligne sur le site internet.",
]


@pytest.mark.parametrize(
    ("lines", "date", "lang"),
    [
        (NL, "Datum: 2/9/2025", "nl"),
        (NL, "Datum : 02/09/2025", "nl"),
        (FR, "Date : 02/09/2025", "fr"),
        (FR, "Date: 2 septembre 2025", "fr"),
    ],
)
def test_a_labelled_date_line_dates_the_page_under_its_headline(tmp_path: Path, lines: list[str], date: str, lang: str):
    assert is_dateline(date, lang)
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(lines).format(date=date) + "\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == lines[1]
    assert str(plan.date) == "2025-09-02"
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == lines[3:]


def test_a_label_and_more_words_is_no_date_line():
    """'Datum van de stemming: …' names another day than the page's: a line of the text."""
    assert not is_dateline("Datum van de stemming: 2/9/2025", "nl")
    assert not is_dateline("Date limite : 02/09/2025", "fr")
