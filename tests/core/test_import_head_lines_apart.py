"""The site's lines over a headline, left out, are listed a line each in the page's order: a block of
header lines with menu labels between them was listed as one line, its lines run together, after the
footer's (trial M, F8). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_PAGE = """Samen op weg in de regio
Fietsbureau Noorderkempen
Zoeken
Menu
Home
Nieuws
Routes en omleidingen
Home / Nieuws / Noorderkempen

Fietsbrug over het kanaal in Dessel twee weken dicht

dinsdag 6 april 2027

Het fietsbureau vernieuwt het wegdek van de fietsbrug in Dessel. De brug is van 12 tot 23 april dicht voor iedereen.

Fietsers volgen een omleiding via de sluis van Mol. Die is met gele borden aangeduid.

Deel deze pagina
Facebook
Contact
"""


def test_each_header_line_left_out_is_listed_apart_in_page_order(tmp_path: Path):
    file = tmp_path / "page.txt"
    file.write_text(_PAGE, encoding="utf-8")
    dropped = plan_import(file, Library.load(tmp_path)).dropped
    head = ["Samen op weg in de regio", "Fietsbureau Noorderkempen", "Routes en omleidingen"]
    assert all(line in dropped for line in head), dropped
    assert not any("\n" in line or len(line) > 40 for line in dropped), dropped
    order = [dropped.index(line) for line in [*head, "Deel deze pagina"]]
    assert order == sorted(order), dropped
