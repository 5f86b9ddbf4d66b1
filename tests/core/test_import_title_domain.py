"""An HTML page whose only word of its owner is its title's site part, an official body's address
('… | nbb.be'), gets that body's name in the page's language (trial W, p15: the bank's name stood in
a header outside the page's text, and the release got no issuer). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.official_names import domain_owner
from reader.core.library import Library

FR = (
    "Le nombre de billets de cinquante euros retirés de la circulation a légèrement baissé au premier trimestre. "
    "Les faux repérés étaient surtout des copies grossières, selon les services de contrôle."
)


def _page(tmp_path: Path, site: str) -> Path:
    page = tmp_path / "billets.html"
    page.write_text(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>Billets retirés – premier trimestre | {site}</title></head><body>"
        "<header><a href='/'>Accueil</a></header><main><h1>Moins de billets retirés au premier trimestre</h1>"
        f"<p>Bruxelles, 14-04-2025</p><p>{FR}</p><p>{FR.replace('cinquante', 'vingt')}</p></main></body></html>",
        encoding="utf-8",
    )
    return page


def test_an_official_body_s_address_in_the_title_names_it(tmp_path: Path):
    assert plan_import(_page(tmp_path, "nbb.be"), Library.load(tmp_path)).issuer == "Banque nationale de Belgique"


def test_an_address_the_data_does_not_know_names_no_one(tmp_path: Path):
    assert plan_import(_page(tmp_path, "www.exemple-commune.be"), Library.load(tmp_path)).issuer == ""


@pytest.mark.parametrize(
    ("site", "language", "name"),
    [
        ("nbb.be", "nl", "Nationale Bank van België"),
        ("https://www.nbb.be/fr", "fr", "Banque nationale de Belgique"),
        ("NBB.BE", "de", "Nationale Bank van België"),  # a language the data lacks: its first name
        ("nbb.be.example", "fr", ""),
    ],
)
def test_an_address_s_owner(site: str, language: str, name: str):
    assert domain_owner(site, language) == name
