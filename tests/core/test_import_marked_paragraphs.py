"""A page that marks its paragraphs itself (blank lines in a text, a gap in a PDF): a line break
inside a block is a wrap's, even where a sentence ends a full line. Trial V's hard-wrapped page was
cut after '... en de Molenweg.', a sentence that happened to end at the column. Own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.importer.line_shapes import marks_paragraphs
from reader.core.library import Library
from tests.fixtures_gen import write_pdf_pages

# a column of 108 characters; the second paragraph's first sentence ends that column exactly
FIRST = [
    "Het waterbedrijf vervangt deze zomer vier kilometer oude leidingen onder de dorpskern van Hoeveldonk en de",
    "wijk rond het station, zodat de druk aan de kraan overal gelijk blijft.",
]
SECOND = [
    "Tijdens de werken blijft de doorgang voor fietsers en wandelaars open langs de Beekstraat en de Oude Baan.",
    "Bewoners krijgen begin juni een folder met de planning per straat. Op 4 juni 2026 om 20 uur is er een",
    "infoavond in de sporthal van het dorp.",
]
PAGE = ["Waterbedrijf vernieuwt leidingen in Hoeveldonk", "", "Hoeveldonk, 12 mei 2026", "", *FIRST, "", *SECOND, ""]


def _paragraphs(tmp_path: Path, path: Path) -> list[str]:
    (tmp_path / "lib").mkdir(exist_ok=True)
    try:
        plan = plan_import(path, Library.load(tmp_path / "lib"))
    except MissingFields as exc:
        plan = exc.plan
    return [b.text for b in plan.blocks if b.kind == "paragraph"]


def test_a_text_with_blank_lines_between_paragraphs_keeps_each_whole(tmp_path: Path):
    page = tmp_path / "leidingen.txt"
    page.write_text("\n".join(PAGE), encoding="utf-8")
    assert _paragraphs(tmp_path, page) == [" ".join(FIRST), " ".join(SECOND)]


def test_a_pdf_with_a_gap_between_paragraphs_keeps_each_whole(tmp_path: Path):
    page = write_pdf_pages(tmp_path / "leidingen.pdf", [PAGE])
    assert _paragraphs(tmp_path, page) == [" ".join(FIRST), " ".join(SECOND)]


def test_a_text_that_sets_only_its_sections_apart_marks_no_paragraphs():
    """Blank lines around a block of several paragraphs: its sentence ends at a line's end still cut it."""
    block = "\n".join([*FIRST[:1], "wijk rond het station.", SECOND[0], "Bewoners krijgen een folder.", "Meer volgt."])
    assert not marks_paragraphs(f"{block}\n\n{block}\n")
    assert marks_paragraphs("\n".join(PAGE))
