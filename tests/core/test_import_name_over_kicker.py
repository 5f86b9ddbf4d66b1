"""A name on the page's first line over its kicker ('Antwerpen Cultuur' / 'Persbericht') says whose
release the page is, however the name's words read: the page's issuer and letterhead, never a site line
(trial A, F7: a Brussels administration's name was dropped so and the release had no issuer, as
prosecutors' offices had been before their words were listed one by one). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = """{name}
{kicker}

{headline}

{dateline}

{lead}
"""

CASES = [
    (
        "Antwerpen Cultuur",
        "Persbericht",
        "Nieuwe openingsuren voor de stadsbibliotheken vanaf oktober",
        "Antwerpen, 3 oktober 2025",
        "De stadsbibliotheken gaan vanaf oktober ook op zondag open. Ze zijn dan open van 10 tot 17 uur.",
    ),
    (
        "Liège Culture",
        "Communiqué de presse",
        "Nouveaux horaires pour les bibliothèques de la ville dès octobre",
        "Liège, le 3 octobre 2025",
        "Les bibliothèques de la ville ouvriront aussi le dimanche dès octobre, de 10 à 17 heures.",
    ),
]


@pytest.mark.parametrize(("name", "kicker", "headline", "dateline", "lead"), CASES)
def test_a_name_over_the_kicker_is_the_issuer(
    tmp_path: Path, name: str, kicker: str, headline: str, dateline: str, lead: str
):
    page = tmp_path / "page.txt"
    page.write_text(
        PAGE.format(name=name, kicker=kicker, headline=headline, dateline=dateline, lead=lead), encoding="utf-8"
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == headline
    assert plan.issuer == name
    assert name not in plan.dropped
