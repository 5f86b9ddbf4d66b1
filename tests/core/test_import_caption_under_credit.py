"""A photo's caption set under its credit ('Photo : <agency>' / a short line saying what it shows),
with only the site's lines after it, is the site's: trial C's health institute page kept it as a
paragraph. A heading under a credit, with more text after it, stays. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

FR = [
    "Les centres de tri ont reçu 12 000 tonnes de verre de plus que l'an dernier, selon l'agence régionale.",
    "La collecte en porte-à-porte sera étendue à six nouvelles communes à partir du mois de mars.",
]
HEAD = ["Plus de verre trié que jamais", "Namur, le 14 janvier 2026"]


def _plan(tmp_path: Path, lines: list[str]):  # noqa: ANN202 - an ImportPlan
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join([*HEAD, *lines]) + "\n", encoding="utf-8")
    return plan_import(file, Library.load(tmp_path))


def test_a_caption_under_its_credit_closing_the_page_is_the_site_s(tmp_path: Path):
    plan = _plan(tmp_path, [*FR, "Photo : Studio Vermeulen\nUn ouvrier vide un conteneur de bouteilles", "Imprimer"])
    assert [b.text for b in plan.blocks] == FR
    assert "Un ouvrier vide un conteneur de bouteilles" in plan.dropped


def test_a_heading_under_a_credit_over_more_text_stays(tmp_path: Path):
    plan = _plan(tmp_path, [FR[0], "Photo : Studio Vermeulen\nLes prochaines étapes", FR[1]])
    assert "Les prochaines étapes" in [b.text for b in plan.blocks]
    assert FR[1] in [b.text for b in plan.blocks]
