"""A headline however long and whatever its last mark, set over the page's date line with the text
under that. Pages in our own words, in the shapes of an import trial."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEADLINE_OVER_DATE = """Federale Overheidsdienst Financiën
Home
Nieuws
{headline}
Gepubliceerd op 3 februari 2026
Vanaf maart kunnen zelfstandigen hun voorafbetalingen ook via een app regelen.
De oude papieren formulieren blijven nog tot het einde van het jaar geldig.
"""


@pytest.mark.parametrize(
    "headline",
    [
        "De FOD Financiën vereenvoudigt de voorafbetalingen voor alle zelfstandigen in het land.",
        "“Met deze app besparen zelfstandigen elk kwartaal tijd en papier, zonder een enkel formulier.”",
    ],
)
def test_a_long_sentence_over_the_date_line_is_the_headline(tmp_path: Path, headline: str):
    """Ten words and a final period (or a quoted sentence of sixteen) read as the lead: the site's
    name over it became the headline and the release's id (an import trial). A page sets its date
    under its headline, whatever that headline's length or last mark."""
    page = tmp_path / "page.txt"
    page.write_text(HEADLINE_OVER_DATE.format(headline=headline), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == headline
    assert plan.issuer == "Federale Overheidsdienst Financiën"
    assert [b.text for b in plan.blocks if b.kind == "paragraph"][0].startswith("Vanaf maart")
