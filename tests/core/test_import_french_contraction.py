"""French contracts a preposition with its article ('du' is 'de le', 'des' 'de les', 'au' 'à le'): a line
opening on a noun and 'du' ('Décisions du Collège provincial du Hainaut') is about the body, as Dutch's
'Beslissingen van de …' is, a headline, not the body's name over the page (trial A, F8: a German-speaking
Community digest took its letterhead and kicker for the headline and set its headline as a paragraph).
A kicker run after the letterhead's line ('Ministère - Communiqué de presse') is what the page is,
never part of whose it is. Pages in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.issuer import org_line
from reader.core.library import Library

PAGE = """Province de Hainaut
Greffe provincial - Communiqué de presse

Mons, le 2 octobre 2025

{headline}

Réuni ce jeudi, le Collège provincial a adopté les décisions suivantes, qui entrent en vigueur le mois prochain.

Sur proposition du Député Paul Lenoir, le Collège accorde 40 000 euros aux clubs sportifs de la province.
"""


@pytest.mark.parametrize(
    "headline", ["Décisions du Collège provincial du Hainaut", "Compte rendu des séances du Conseil provincial"]
)
def test_a_line_about_a_body_in_french_is_the_headline(tmp_path: Path, headline: str):
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(headline=headline), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == headline
    assert "Communiqué" not in plan.issuer and plan.issuer.startswith("Province de Hainaut")
    assert not any(b.text == headline for b in plan.blocks)


@pytest.mark.parametrize(
    "line", ["Cabinet du Ministre-Président", "Conseil des ministres", "Gouvernement de la Communauté française"]
)
def test_a_body_named_with_du_or_des_stays_a_name(line: str):
    assert org_line(line)


NAMED_TWICE = """Gouvernement de la Communauté française

{headline}

Réuni ce jeudi, le Gouvernement a adopté les décisions suivantes, qui entrent en vigueur le mois prochain.

Le Gouvernement accorde 40 000 euros aux clubs sportifs de la Communauté pour leurs vestiaires.
"""


@pytest.mark.parametrize(
    "headline",
    [
        "Décisions du Gouvernement de la Communauté française",
        "Priorités du Gouvernement de la Communauté française pour 2026",
    ],
)
def test_a_headline_about_the_body_under_its_name_is_the_headline(tmp_path: Path, headline: str):
    page = tmp_path / "page.txt"
    page.write_text(NAMED_TWICE.format(headline=headline), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2025, 10, 2))
    assert plan.title == headline
    assert plan.issuer == "Gouvernement de la Communauté française"
    assert not any(b.text == headline for b in plan.blocks)
