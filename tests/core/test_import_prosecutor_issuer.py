"""A prosecutor's office named over a release is its issuer (trial A, F1: 'Parket Limburg', 'Federaal
parket', 'Parquet du Hainaut – division Tournai' were dropped as site lines, the issuer left empty).
Own words and made-up cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_NL = [
    "Twee mannen van 41 en 29 jaar zijn dinsdag opgepakt na een reeks diefstallen van tuingereedschap.",
    "De onderzoeksrechter besliste woensdag over hun aanhouding; het onderzoek loopt verder.",
]
_FR = [
    "Deux hommes âgés de 41 et 29 ans ont été interpellés mardi après une série de vols d'outils de jardin.",
    "Le juge d'instruction a statué mercredi sur leur arrestation ; l'enquête se poursuit.",
]


@pytest.mark.parametrize(
    ("issuer", "body", "dateline", "title"),
    [
        ("Parket Limburg", _NL, "Hasselt, 3 maart 2026", "Twee verdachten opgepakt na diefstallen"),
        ("Federaal parket", _NL, "Brussel, 3 maart 2026", "Twee verdachten opgepakt na diefstallen"),
        ("Parquet fédéral", _FR, "Bruxelles, le 3 mars 2026", "Deux suspects interpellés après des vols"),
        (
            "Parquet du Hainaut – division Tournai",
            _FR,
            "Tournai, le 3 mars 2026",
            "Deux suspects interpellés après des vols",
        ),
        ("Arbeidsauditoraat Gent", _NL, "Gent, 3 maart 2026", "Twee verdachten opgepakt na diefstallen"),
    ],
)
def test_a_prosecutors_office_heading_the_release_is_its_issuer(
    tmp_path: Path, issuer: str, body: list[str], dateline: str, title: str
) -> None:
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join([issuer, title, dateline, *body]) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.issuer == issuer and plan.title == title
