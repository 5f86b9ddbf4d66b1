"""A long document's cover page: its issuer at the top, a kicker, the headline in large type over
several lines and its date line at the foot (trial E: the page's most used size was the headline's,
so the date line read as a margin under the 'text' and moved to the body's end, the import refused
'no date line found', and nothing was set apart as the headline). A page set mostly in display type
is read at the document's text size. Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ImportFailed
from reader.core.importer.pdf import pdf_text
from reader.core.importer.pdf_pages import Piece, set_apart
from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEADLINE = "Provincie opent vier nieuwe fietsbruggen over het kanaal"
BODY = [
    "De provincie heeft dit jaar vier nieuwe bruggen voor fietsers en voetgangers gebouwd over het kanaal.",
    "Samen kostten ze 18,6 miljoen euro, waarvan de helft uit Europese middelen kwam.",
    "De bruggen verbinden de woonwijken aan de oostkant met de scholen en de werkgebieden aan de overkant.",
    "Het aantal fietsers op de oude brug in het centrum daalde daardoor met een derde.",
]


def _cover(date_line: str) -> list[Run]:
    return [
        *_lines(780, ["Provinciebestuur Scheldeland"], size=12),
        *_lines(640, ["Persdossier"], size=14),
        *_lines(600, ["Provincie opent vier nieuwe", "fietsbruggen over het", "kanaal"], size=26, step=32),
        *_lines(150, [date_line], size=11),
        (295, 40, 8, "1", 0),
    ]


def _body(number: int, lines: list[str]) -> list[Run]:
    heading = _lines(780, [f"{number - 1}. Bruggen en wegen"], size=13)
    runs = [*heading, *_lines(760, lines[:2]), *_lines(720, lines[2:])]
    return [(380, 810, 8, "Persdossier Fietsbruggen", 0), *runs, (295, 40, 8, str(number), 0)]


def test_a_cover_gives_the_headline_and_the_date(tmp_path: Path):
    pages = [
        _cover("Wijkstad, 9 maart 2026"),
        *(_body(n, [f"{line[:-1]} ({n}0 %)." for line in BODY]) for n in range(2, 6)),
    ]
    path = _write(tmp_path / "dossier.pdf", pages)
    text, _aside, headlines = pdf_text(path, 10**6, lambda: ImportFailed(path, "too much"))
    assert headlines[0] == HEADLINE
    # the date line stays at the head, not moved after the body, where a table or a note may end it
    assert text.index("Wijkstad, 9 maart 2026") < text.index("Bruggen en wegen")
    plan = _plan(tmp_path, path)
    assert plan.title == HEADLINE
    assert plan.date is not None and plan.date.isoformat() == "2026-03-09"
    assert not [b.text for b in plan.blocks if "9 maart 2026" in b.text or b.text == HEADLINE]
    assert plan.blocks[0].text.endswith("Bruggen en wegen")


def test_the_largest_type_is_set_apart_first_each_size_a_run_of_its_own():
    pieces = [
        Piece(780, 12, "Provinciale Dienst voor Mobiliteit en Wegen"),
        Piece(640, 14, "Persdossier van de provincie"),
        Piece(600, 26, "Provincie opent vier nieuwe"),
        Piece(568, 26, "fietsbruggen over het kanaal"),
        Piece(150, 10, "Wijkstad, 9 maart 2026"),
    ]
    assert set_apart(pieces, 10.0) == [
        "Provincie opent vier nieuwe fietsbruggen over het kanaal",
        "Persdossier van de provincie",
        "Provinciale Dienst voor Mobiliteit en Wegen",
    ]
