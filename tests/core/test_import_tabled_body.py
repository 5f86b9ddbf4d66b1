"""A body the table of official names holds (text/bilingual.yaml), named alone on a line above the
headline, is the page's issuer even when its text never names it again (trial B, F3: 'Sciensano'
alone over a weekly-figures page was dropped as a site line and the release had no issuer). A form
of that table that is a translated common noun ('Gewest' / 'Région' / 'Region') names no one. Texts
in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.official_names import official_name
from reader.core.library import Library

NL = [
    "Griepgolf lijkt over haar hoogtepunt heen",
    "Brussel, 3 december 2025",
    "Het aantal huisartsbezoeken voor griep daalde deze week voor het eerst sinds oktober.",
    "In de ziekenhuizen lagen 140 patiënten met griep, twaalf minder dan een week eerder.",
]
FR = [
    "La vague de grippe semble avoir passé son pic",
    "Bruxelles, le 3 décembre 2025",
    "Le nombre de consultations pour la grippe a baissé cette semaine pour la première fois depuis octobre.",
    "Les hôpitaux comptaient 140 patients grippés, douze de moins qu'une semaine plus tôt.",
]


@pytest.mark.parametrize(("name", "lines"), [("Sciensano", NL), ("Sciensano", FR), ("Rekenhof", NL)])
def test_a_tabled_body_alone_over_the_headline_is_the_issuer(tmp_path: Path, name: str, lines: list[str]):
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([name, *lines]) + "\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == lines[0]
    assert plan.issuer == name
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == lines[2:]


@pytest.mark.parametrize("line", ["Gewest", "Région", "Communautés"])
def test_a_translated_common_noun_of_the_table_names_no_body(line: str):
    assert official_name(line) == ""
