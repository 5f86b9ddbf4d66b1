"""A body's acronym, a dash and the name it stands for ('AFSCA - Agence fédérale pour la sécurité
de la chaîne alimentaire'): the acronym's letters are the initials of the name's words, its small
words aside, so the line is a body's name, the page's issuer; never a headline, never a site line
(trial B: a food agency's and a medicines agency's French letterheads, dropped or taken for the
headline, while their Dutch twins were kept). Texts in our own words; the names are the bodies'."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.issuer import org_line, spelled_out
from reader.core.library import Library

FR = [
    "Rappel de trois lots de biscuits aux noisettes",
    "Bruxelles, le 2 septembre 2025",
    "Le fabricant rappelle les paquets de 200 g vendus dans les supérettes du pays.",
    "Les clients peuvent rapporter le produit au point de vente, où il sera remboursé.",
]
NL = [
    "Terugroeping van drie loten hazelnootkoekjes",
    "Brussel, 2 september 2025",
    "De fabrikant roept de pakjes van 200 g terug die in buurtwinkels werden verkocht.",
    "Klanten kunnen het product terugbrengen naar het verkooppunt, waar het wordt terugbetaald.",
]


@pytest.mark.parametrize(
    ("letterhead", "lines"),
    [
        ("AFSCA - Agence fédérale pour la sécurité de la chaîne alimentaire", FR),
        ("AFMPS - Agence fédérale des médicaments et des produits de santé", FR),
        ("FAVV - Federaal Agentschap voor de Veiligheid van de Voedselketen", NL),
        ("Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA)", FR),
    ],
)
def test_an_acronym_and_the_name_it_spells_over_a_page_is_its_issuer(tmp_path: Path, letterhead: str, lines: list[str]):
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([letterhead, *lines]) + "\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == lines[0]
    assert plan.issuer == letterhead
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == lines[2:]


@pytest.mark.parametrize(
    ("acronym", "name", "spelled"),
    [
        ("CREG", "Commission de Régulation de l'Électricité et du Gaz", True),
        ("FAMHP", "Federal Agency for Medicines and Health Products", True),
        ("FAGG", "Federaal Agentschap voor Geneesmiddelen en Gezondheidsproducten", True),
        # a headline after a brand's name: its words spell nothing
        ("SNCB", "Les trains roulent normalement ce week-end", False),
        ("ABC", "Une analyse des besoins", False),
        ("FAVV", "Federaal Agentschap voor de Veiligheid van de Voedselketen en meer", False),
    ],
)
def test_an_acronym_is_spelled_by_the_initials_of_its_name(acronym: str, name: str, spelled: bool):
    assert spelled_out(acronym, name) is spelled


def test_a_headline_after_an_acronym_is_no_body_s_name():
    assert not org_line("SNCB - Les trains roulent normalement ce week-end")
