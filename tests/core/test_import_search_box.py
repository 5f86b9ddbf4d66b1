"""A site's search box label ('Zoek op de website', 'Rechercher sur le site web', 'Search the website')
is the site's line, never part of the letterhead or the issuer over it (trial B of the thirty-sixth
session, F7: a medicines agency's name came out as '…, Zoek op de website'). Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.furniture import is_furniture
from reader.core.importer.importer import plan_import
from reader.core.library import Library


@pytest.mark.parametrize(
    "line",
    ["Zoek op de website", "Zoeken in deze site", "Doorzoek de website", "Rechercher sur le site web",
     "Chercher dans ce site", "Search the website", "Search this site"],
)  # fmt: skip
def test_a_search_box_label_is_a_site_line(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Zoek de verschillen", "Rechercher un médecin", "Zoektocht op de website"])
def test_a_line_that_searches_for_something_else_is_no_search_box(line: str) -> None:
    assert not is_furniture(line)


def test_the_search_box_under_the_agency_s_name_is_no_part_of_its_issuer(tmp_path: Path) -> None:
    name = "Federaal Agentschap voor Scheepvaart en Havens"
    page = tmp_path / "page.txt"
    body = "Het agentschap sluit de sluis van Zeebrugge drie dagen voor onderhoud aan de deuren en de bruggen."
    head = f"{name}\nZoek op de website\n\nSluis van Zeebrugge drie dagen dicht\n\nDatum: 08/12/2026"
    page.write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.issuer == name and "Zoek op de website" in plan.dropped
