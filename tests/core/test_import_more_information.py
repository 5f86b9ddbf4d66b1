"""A 'more information' line closing the text that names the release's own page (a path past the
host) or a number alone is the release's, kept in both languages; the site's bare address under that
label, and a press officer's name and number, stay site lines. Trial R: 'Meer informatie:
www.hasselt.be/zwembad' and 'Plus d'informations : www…' were dropped as site lines. Town, pages
and numbers invented for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.furniture import is_furniture
from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGES = {
    "nl": (
        "Gemeente Voorbeeldrode\n\nNieuwe speeltuin in het stadspark\n\nVoorbeeldrode, 2 april 2025\n\n"
        "Het stadspark krijgt een nieuwe speeltuin met een klimrek, twee schommels en een zandbak voor kleuters.\n\n"
        "De werken beginnen op 14 april en duren zes weken.\n\n{line}\n"
    ),
    "fr": (
        "Commune de Voorbeeldrode\n\nUne nouvelle plaine de jeux dans le parc\n\nVoorbeeldrode, le 2 avril 2025\n\n"
        "Le parc accueille une nouvelle plaine de jeux avec un portique, deux balançoires et un bac à sable.\n\n"
        "Les travaux commencent le 14 avril et durent six semaines.\n\n{line}\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "Meer informatie: www.voorbeeldrode.be/speeltuin"),
        ("fr", "Plus d'informations : www.voorbeeldrode.be/plaine-de-jeux"),
        ("nl", "Voor meer informatie: https://www.voorbeeldrode.be/nl/stadspark"),
        ("nl", "Meer informatie: 012 34 56 78"),
    ],
)
def test_a_more_information_line_naming_the_releases_own_address_is_its_text(tmp_path: Path, lang: str, line: str):
    page = tmp_path / f"{lang}.txt"
    page.write_text(PAGES[lang].format(line=line), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2025, 4, 2))
    assert plan.blocks[-1].text == line, [b.text for b in plan.blocks]
    assert line not in plan.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Meer informatie: www.voorbeeldrode.be",
        "Plus d'informations : https://www.voorbeeldrode.be/fr",
        "Voor meer informatie: Koen Maes, woordvoerder, 0471 12 34 56",
        "Meer info: Koen Maes, 0471 12 34 56",
    ],
)
def test_the_sites_bare_address_and_a_press_officer_stay_site_lines(line: str):
    assert is_furniture(line)
