"""A letterhead line naming a body is the page's issuer, never a site line: trial B (thirty-fifth
session, B-4) lost 'Enabel – <what it is>' in three languages, and the Council presidency's French
name while its English and Dutch ones stayed. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.furniture import line_key
from reader.core.importer.importer import plan_import
from reader.core.importer.issuer import org_line
from reader.core.importer.learned import drop_learned
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

PAGES = {
    "en": (
        "Enabel – Belgian development agency",
        "New wells for twelve villages\n\nBrussels, 4 February 2026\n\n"
        "The agency will dig wells in twelve villages this year, with the help of local builders.\n\n"
        "Each well serves about four hundred people, the agency says.",
    ),
    "fr": (
        "Enabel – Agence belge de développement",
        "De nouveaux puits pour douze villages\n\nBruxelles, le 4 février 2026\n\n"
        "L'agence creusera des puits dans douze villages cette année, avec des artisans du pays.\n\n"
        "Chaque puits sert environ quatre cents personnes, selon l'agence.",
    ),
    "nl": (
        "Enabel – Belgisch ontwikkelingsagentschap",
        "Nieuwe putten voor twaalf dorpen\n\nBrussel, 4 februari 2026\n\n"
        "Het agentschap slaat dit jaar putten in twaalf dorpen, samen met bouwers uit de streek.\n\n"
        "Elke put bedient zowat vierhonderd mensen, zegt het agentschap.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_body_s_name_and_what_it_is_over_a_page_is_its_issuer(tmp_path: Path, lang: str):
    letterhead, rest = PAGES[lang]
    page = tmp_path / f"page_{lang}.txt"
    page.write_text(f"{letterhead}\n\n{rest}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == letterhead and letterhead not in plan.dropped


def test_the_presidency_s_french_name_over_a_page_is_its_issuer(tmp_path: Path):
    name = "Présidence belge du Conseil de l'Union européenne"
    page = tmp_path / "page_fr.txt"
    page.write_text(f"{name}\n\n{PAGES['fr'][1]}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == name and name not in plan.dropped


def test_a_name_learned_as_a_site_line_before_stays_on_the_next_page():
    """A library that left the line out once (before this fix) recorded it as the site's."""
    name = PAGES["en"][0]
    blocks = [RawBlock(name), RawBlock("New wells for twelve villages")]
    kept, dropped = drop_learned(blocks, {line_key(name)})
    assert name not in dropped and kept[0].text == name


@pytest.mark.parametrize(
    "line", ["Gent – Nieuw loket voor de dienst", "Enabel – lance un programme", "Brussel – de werken starten vandaag"]
)
def test_a_headline_after_a_place_and_a_dash_names_no_body(line: str):
    assert not org_line(line)
