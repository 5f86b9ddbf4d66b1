"""A page whose only issuer is its owner's name over it, left out with the site's lines ('Statbel',
'BIPT', 'Banque nationale de Belgique', 'College van procureurs-generaal'), and which its text
names inside a sentence: that name is the issuer. Pages in our own words, in the shapes four
trials met (a statistics office, a regulator, a prosecutors' college, a transport company)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = """{owner}
Nieuws
Persberichten
Het aantal zonnepanelen op daken steeg vorig jaar sterk
14 maart 2025
Volgens {said} lag het aantal nieuwe installaties in 2024 een vijfde hoger dan een jaar eerder.
De stijging was het grootst in de provincies Limburg en Antwerpen.
Contact
"""

FRENCH = """{owner}
Accueil
Communiqués
Les ménages ont moins épargné au dernier trimestre
14 mars 2025
Selon la {said}, le taux d'épargne des ménages a reculé de deux points sur un an.
La baisse touche surtout les ménages les plus jeunes.
"""


def _issuer(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib")).issuer


@pytest.mark.parametrize(
    ("page", "owner", "said"),
    [
        (PAGE, "Statbel", "Statbel"),  # a brand: every language writes it alike
        (PAGE, "BIPT", "het BIPT"),  # an acronym
        (PAGE, "Federaal Planbureau", "het Federaal Planbureau"),
        (PAGE, "Rijksdienst voor Sociale Zekerheid (RSZ)", "de RSZ"),  # named by its acronym
        (PAGE, "College van procureurs-generaal", "het College van procureurs-generaal"),
        (FRENCH, "Banque nationale de Belgique", "Banque nationale de Belgique"),
    ],
)
def test_the_owners_name_over_the_page_is_the_issuer_when_the_text_names_it(
    tmp_path: Path, page: str, owner: str, said: str
):
    assert _issuer(tmp_path, page.format(owner=owner, said=said)) == owner


@pytest.mark.parametrize(
    ("owner", "said"),
    [
        ("Statbel", "de statistici"),  # the text does not name it: no owner speaking of itself
        ("Energie", "de minister van Energie"),  # a tag or a portfolio, a common noun: no issuer
        ("Nieuws", "het Nieuws"),
    ],
)
def test_a_menu_word_or_a_name_the_text_does_not_say_is_no_issuer(tmp_path: Path, owner: str, said: str):
    assert _issuer(tmp_path, PAGE.format(owner=owner, said=said)) == ""
