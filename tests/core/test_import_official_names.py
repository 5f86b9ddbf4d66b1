"""A city's, a province's, a parliament's, a court's or a government's official name over a page is
its issuer (trial C: seven such pages imported with none, the name among the site's lines), and an
agency's acronym set before its full name in its logo link too. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.official_names import official_name
from reader.core.library import Library

NL = (
    "Het speelplein aan de vaart gaat deze zomer elke werkdag open van tien tot vijf uur, meldt de dienst jeugd. "
    "Kinderen tot twaalf jaar kunnen er gratis terecht."
)
FR = (
    "La plaine de jeux du canal ouvrira cet été chaque jour ouvrable de dix à dix-sept heures, annonce le service. "
    "Les enfants de moins de douze ans y entrent gratuitement."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Persruimte Stad Brugge", "Stad Brugge"),
        ("Stad Sint-Niklaas › Nieuws", "Stad Sint-Niklaas"),
        ("provincie Limburg", "Provincie Limburg"),
        ("VILLE DE NAMUR", "Ville de Namur"),
        ("Ville de La Louvière", "Ville de La Louvière"),
        ("KAMER VAN VOLKSVERTEGENWOORDIGERS", "Kamer van volksvertegenwoordigers"),
        ("CHAMBRE DES REPRÉSENTANTS DE BELGIQUE", "Chambre des représentants"),
        ("Gouvernement de Wallonie du 3 mars 2025", "Gouvernement de Wallonie"),
        ("Cour constitutionnelle - Communiqué", "Cour constitutionnelle"),
        ("Vlaamse Regering", "Vlaamse Regering"),
        # a sentence about a city, or a common noun, names no issuer
        ("Stad Brugge opent een nieuw zwembad aan de rand van de binnenstad", ""),
        ("stad en land", ""),
        ("Nieuws", ""),
    ],
)
def test_an_official_name_on_a_line(line: str, name: str):
    assert official_name(line) == name


def test_a_page_under_a_city_s_press_room_banner_is_the_city_s(tmp_path: Path):
    page = tmp_path / "speelplein.txt"
    page.write_text(
        f"Persruimte Stad Brugge\nNieuws\nZoeken\nSpeelplein aan de vaart open in de zomer\n12 juni 2025\n{NL}\n",
        encoding="utf-8",
    )
    assert plan_import(page, Library.load(tmp_path)).issuer == "Stad Brugge"


def test_an_html_page_s_title_names_its_court(tmp_path: Path):
    page = tmp_path / "hof.html"
    page.write_text(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        "<title>Cour constitutionnelle - Communiqué arrêt 40/2025</title></head><body>"
        "<header><a href='/'>Cour constitutionnelle</a></header><main><h1>La plaine de jeux du canal rouvre</h1>"
        f"<p>Bruxelles, le 12 juin 2025</p><p>{FR}</p><p>{FR.replace('canal', 'parc')}</p></main></body></html>",
        encoding="utf-8",
    )
    assert plan_import(page, Library.load(tmp_path)).issuer == "Cour constitutionnelle"


def test_an_acronym_set_before_its_agency_s_name_is_named_by_the_text(tmp_path: Path):
    page = tmp_path / "agence.md"
    text = "L'AGPS rappelle que la plaine de jeux du canal ouvrira cet été chaque jour ouvrable, annonce-t-elle."
    page.write_text(
        "[AGPS - Agence générale des plaines et des squares](/fr)\n\n# La plaine de jeux du canal rouvre\n\n"
        f"12/06/2025\n\n{text}\n\n{FR}\n",
        encoding="utf-8",
    )
    assert plan_import(page, Library.load(tmp_path)).issuer.startswith("AGPS - Agence générale")
