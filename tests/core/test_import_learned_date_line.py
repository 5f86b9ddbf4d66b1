"""A line holding the page's date is never dropped as a learned site line: a court's pages set their
day on a line of their own ('Chambre française du …'), which an import lists among the page's site
lines once it has read the date from it, and the next page of that day lost its only date to it
('no date line found', trial D of the thirty-sixth session, finding 4). Own words and bodies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.furniture import line_key
from reader.core.importer.importer import plan_import
from reader.core.importer.learned import drop_learned
from reader.core.importer.raw import RawBlock
from reader.core.library import Library
from reader.core.model import Block, Provenance

DAY_LINE = "Zuidelijke kamer van 3 april 2025"
BODY = "Het college onderzocht de premies voor zonnepanelen en bezorgde zijn verslag aan het parlement van het gewest."


def test_a_learned_line_holding_a_date_stays_on_the_page() -> None:
    blocks = [RawBlock("Onze loketten"), RawBlock("Premies voor zonnepanelen"), RawBlock(DAY_LINE), RawBlock(BODY)]
    kept, dropped = drop_learned(blocks, {line_key(DAY_LINE), line_key("Onze loketten")})
    assert dropped == ["Onze loketten"] and DAY_LINE in [b.text for b in kept]


def test_a_page_dated_by_a_line_its_site_showed_before_keeps_its_date(tmp_path: Path) -> None:
    library = Library.load(tmp_path)
    for day in (1, 2, 3):  # three releases of one issuer showing the line: learned as the site's
        body = [
            Block("paragraph", f"Verslag {day}: het college meldt {day} nieuwe controles."),
            Block("paragraph", DAY_LINE),
        ]
        date = dt.date(2025, 4, day)
        library.create_release(
            f"2025-04-0{day}-c{day}", date, "College", "nl", f"Verslag {day}", body, Provenance("official")
        )
    page = tmp_path / "page.txt"
    page.write_text(f"Premies voor zonnepanelen in het zuiden\n\n{DAY_LINE}\n\n{BODY}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path), preview=True)
    assert plan.date == dt.date(2025, 4, 3) and plan.title == "Premies voor zonnepanelen in het zuiden"
