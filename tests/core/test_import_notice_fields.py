"""A notice's record of fields, a label a line over its value ('Service', 'Date de début', 'Date de
fin', 'Description'), is the site's filing of the page, never its headline nor its date (a city's
notice of works in trial C, thirty-second session: 'Date de fin' became the headline and the works'
start its date). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

TEXT = (
    "La rue du Moulin sera fermée à la circulation pendant trois semaines pour le remplacement des "
    "conduites d'eau sous la chaussée."
)
MORE = "Une déviation sera fléchée par la rue de la Gare et la place communale pendant toute la durée du chantier."


def test_a_notice_s_fields_are_dropped_and_its_publication_date_dates_it(tmp_path: Path):
    fields = "Service\nVoirie\nDate de début\n03/03/2025\nDate de fin\n21/03/2025\nDescription"
    headline = "Travaux de voirie rue du Moulin"
    page = tmp_path / "avis.txt"
    page.write_text(f"{headline}\nPublié le 14/02/2025\n{fields}\n{TEXT}\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == headline and plan.date == dt.date(2025, 2, 14)
    assert [b.text for b in plan.blocks] == [TEXT, MORE]
    assert {"Date de fin", "21/03/2025", "Description"} <= set(plan.dropped)


def test_the_dutch_labels_of_such_a_record_too(tmp_path: Path):
    fields = "Dienst\nWegen\nBegindatum\n03/03/2025\nEinddatum\n21/03/2025\nBeschrijving"
    text = "De Molenstraat gaat drie weken dicht voor nieuwe waterleidingen onder de rijweg, zo meldt de stad."
    page = tmp_path / "bericht.txt"
    page.write_text(f"Wegenwerken in de Molenstraat\nGepubliceerd op 14/02/2025\n{fields}\n{text}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == "Wegenwerken in de Molenstraat" and plan.date == dt.date(2025, 2, 14)
    assert [b.text for b in plan.blocks] == [text]


def test_a_publication_stamp_dates_the_page_over_a_bare_date_under_it(tmp_path: Path):
    """Without a record's labels around it, a date under 'Publié le …' is still no date of the page's."""
    headline = "Travaux de voirie rue du Moulin"
    page = tmp_path / "avis.txt"
    page.write_text(
        f"{headline}\n\nPublié le 14/02/2025\n\nVoirie\n\n03/03/2025\n\n{TEXT}\n\n{MORE}\n", encoding="utf-8"
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == headline and plan.date == dt.date(2025, 2, 14)
