"""A page of several items (a government's decisions, each under its title): a title longer than a
short subheading is still one when the paragraph under it opens as the other items' do (trial B's
Council of Ministers pages). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

LONG_TITLE = "Verlenging van de Belgische bijdrage aan de internationale waarnemingsmissie in het noorden van Mali"
ITEMS = f"""Beslissingen van de regering

De regering nam vandaag de volgende beslissingen over drie dossiers van verschillende ministers.

Nieuwe regels voor deelfietsen

Op voorstel van de minister van Mobiliteit keurt de regering een vergunning voor verhuurders van deelfietsen goed.

Steun voor kleine bibliotheken

Op voorstel van de minister van Cultuur trekt de regering twee miljoen euro uit voor langere openingsuren.

{LONG_TITLE}

Op voorstel van de minister van Defensie verlengt de regering de inzet van twaalf militairen tot volgend jaar.

Benoeming bij de havendienst

Op voorstel van de minister van Economie benoemt de regering een nieuwe directeur voor een termijn van zes jaar.
"""


def _kinds(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2025, 3, 4))
    return [(b.kind, b.text) for b in plan.blocks]


def test_a_long_item_title_over_an_item_s_usual_opening_is_a_heading(tmp_path: Path):
    kinds = _kinds(tmp_path, ITEMS)
    assert ("heading", LONG_TITLE) in kinds, kinds
    assert [k for k, _ in kinds].count("heading") == 4


def test_a_long_line_over_a_paragraph_opening_otherwise_stays_a_paragraph(tmp_path: Path):
    """The same line over a paragraph that opens unlike the items (no list of items there) is text."""
    text = ITEMS.replace(
        "Op voorstel van de minister van Defensie verlengt", "De twaalf militairen blijven dankzij deze beslissing"
    )
    kinds = _kinds(tmp_path, text)
    assert ("paragraph", LONG_TITLE) in kinds, kinds
