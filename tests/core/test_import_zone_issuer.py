"""A police zone and a university named over a release are its issuer (trial V: 'Lokale politie' was
taken under the zone's name 'Politiezone Leie-Schelde', which Dutch writes as one word, and 'Université
de Liège' over a release gave no issuer). Own words and made-up bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "De zone houdt in april elke zaterdag extra controles aan de schoolpoorten en op de fietsroutes.",
    "Wie zonder licht rijdt, krijgt eerst een waarschuwing en bij een tweede controle een boete van 58 euro.",
]
_CORPS = [
    "Le laboratoire a suivi pendant deux hivers 40 ruches dans la vallée de l'Ourthe.",
    "Les résultats paraîtront au printemps dans une revue consacrée aux insectes pollinisateurs.",
]


@pytest.mark.parametrize(
    ("head", "body", "issuer"),
    [
        (
            ["Politiezone Zandhoven-Noord", "Lokale politie", "PERSBERICHT", "Zandhoven, 2 april 2026"],
            _BODY,
            "Politiezone Zandhoven-Noord",
        ),
        (
            ["Hulpverleningszone Kempenrand", "PERSBERICHT", "Geel, 2 april 2026"],
            _BODY,
            "Hulpverleningszone Kempenrand",
        ),
        (
            ["Université de Namurville", "COMMUNIQUÉ DE PRESSE", "Namur, le 2 avril 2026"],
            _CORPS,
            "Université de Namurville",
        ),
    ],
)
def test_a_zone_or_a_university_heading_the_release_is_its_issuer(
    tmp_path: Path, head: list[str], body: list[str], issuer: str
) -> None:
    title = "Extra controles in april" if body is _BODY else "Des ruches suivies pendant deux hivers"
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join([*head, title, *body]) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.issuer == issuer and plan.title == title
