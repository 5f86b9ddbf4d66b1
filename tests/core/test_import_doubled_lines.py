"""A heading a site sets twice (for the eye and for a screen reader) comes out of the browser's copy
as two glued copies. Texts in our own words, in the shape of those pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.doubled import said_once
from reader.core.importer.importer import plan_import
from reader.core.library import Library


def test_a_headline_copied_twice_is_said_once(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Veiligheid op het werkVeiligheid op het werk\n\n"
        "Het aantal ongevallen op de werkvloer daalde vorig jaar voor het derde jaar op rij, zo blijkt uit "
        "de cijfers die de dienst vandaag bekendmaakt.\n\n"
        "Preventie loontPreventie loont\n\n"
        "Bedrijven die investeren in opleiding melden de minste ongevallen, en dat verschil groeit elk jaar.\n",
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2023, 5, 2))
    assert plan.title == "Veiligheid op het werk"
    assert [b.text for b in plan.blocks if b.text.startswith("Preventie")] == ["Preventie loont"]


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("Sécurité au travail et préventionSécurité au travail et prévention", "Sécurité au travail et prévention"),
        # the second copy mends a typo of the first: the first, as the page shows it first
        ("Werk en veiligheidheid in de havenWerk en veiligheid in de haven", "Werk en veiligheidheid in de haven"),
    ],
)
def test_two_glued_copies(line: str, once: str):
    assert said_once(line) == once


@pytest.mark.parametrize(
    "line",
    [
        "Tweetalige versie Eentalige versie",  # two links side by side, not one twice
        "De minister bevestigt het. De minister bevestigt het.",  # said twice on purpose, spaced
        "Bora Bora",
        "Rapport annuelRapport",  # too short to be a line said twice
    ],
)
def test_what_is_not_a_copy_stays(line: str):
    assert said_once(line) == line


# A page of several decisions, two of them closed by the same procedure line (trial B's Council of
# Ministers page lost the second one as the page's repeat); our own words.
DECISIONS = """Beslissingen van de regering

4 maart 2025

Nieuwe regels voor de verhuur van fietsen

De regering keurt een ontwerp goed dat de verhuurders van deelfietsen een vergunning oplegt.

Het ontwerp gaat voor advies naar de Raad van State binnen de maand.

Steun voor kleine bibliotheken

De regering trekt twee miljoen euro uit om de openingsuren van kleine bibliotheken te verlengen.

Het ontwerp gaat voor advies naar de Raad van State binnen de maand.

Benoeming bij de havendienst

De regering benoemt een nieuwe directeur voor een termijn van zes jaar.
"""


def test_a_closing_line_two_decisions_share_is_said_twice(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(DECISIONS, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    closing = "Het ontwerp gaat voor advies naar de Raad van State binnen de maand."
    assert [b.text for b in plan.blocks].count(closing) == 2, [b.text for b in plan.blocks]
    assert closing not in plan.dropped
