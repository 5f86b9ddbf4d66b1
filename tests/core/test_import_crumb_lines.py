"""A breadcrumb copied a crumb a line, from the home line down to a section the site names, is the
site's, never the headline (a regional government's page of trial C, thirty-second session, took
its middle crumb for it). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

HEADLINE = "Une aide nouvelle pour isoler les greniers des maisons anciennes"
TEXT = (
    "La Région accorde dès l'automne une aide aux propriétaires qui isolent le grenier d'une maison "
    "construite avant 1980."
)
MORE = "Les demandes se font en ligne, avec le devis d'un entrepreneur agréé et une photo du grenier."


def test_the_crumbs_between_home_and_the_site_s_section_are_the_site_s(tmp_path: Path):
    page = tmp_path / "aide.txt"
    crumbs = "Accueil\nLogement et énergie\nAides régionales\nActualités"
    page.write_text(f"{crumbs}\n{HEADLINE}\n{TEXT}\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path), date=dt.date(2025, 9, 1))
    assert plan.title == HEADLINE
    assert {"Logement et énergie", "Aides régionales"} <= set(plan.dropped)


def test_short_lines_after_home_that_no_section_of_the_site_closes_stay():
    page = [RawBlock("Accueil"), RawBlock("Isolation des greniers"), RawBlock(TEXT), RawBlock(MORE)]
    assert [b.text for b in drop_furniture(page)[0]] == ["Isolation des greniers", TEXT, MORE]
