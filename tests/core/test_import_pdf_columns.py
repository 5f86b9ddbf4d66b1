"""A release printed in two columns, Dutch on the left and French on the right (trial G's p3): read
line by line across the page its halves ran into each other, the headlines and datelines were read
as a letterhead and the file was refused, without a headline or a date line. Each column is now
read whole, the left one first, and the file is told bilingual as a Word or PDF release set one
language after the other is. The PDF is built by hand, as tests/core/test_import_pdf_print.py does."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _plan, _write


def _column(x: float, y: float, paragraphs: list[list[str]], size: float = 10.5) -> list[Run]:
    """Paragraphs of narrow lines, 14 points apart, 22 between paragraphs (a print layout's leading
    and space after, as a word processor sets a body text)."""
    runs: list[Run] = []
    for lines in paragraphs:
        for line in lines:
            runs.append((x, y, size, line, 0))
            y -= 14
        y -= 8
    return runs


LEFT: list[Run] = [
    (80, 760, 11, "STAD OOSTERVELDE", 0),
    (80, 740, 10.5, "Oostervelde, 3 maart 2026", 0),
    (80, 716, 13, "Nieuwe fietsenstalling aan het", 0),
    (80, 700, 13, "station opent in april", 0),
    *_column(
        80,
        676,
        [
            [
                "De stad bouwt onder het stationsplein",
                "een stalling voor 1.800 fietsen, met",
                "een eigen ingang voor bakfietsen.",
            ],
            ["De werken kosten 3,2 miljoen euro en", "worden voor de helft door het gewest", "betaald."],
            ["Wie er zijn fiets laat staan, betaalt", "de eerste 24 uur niets."],
        ],
    ),
]
RIGHT: list[Run] = [
    (320, 760, 11, "VILLE D'OOSTERVELDE", 0),
    (320, 740, 10.5, "Oostervelde, le 3 mars 2026", 0),
    (320, 716, 13, "Un nouveau parking vélos ouvre à", 0),
    (320, 700, 13, "la gare en avril", 0),
    *_column(
        320,
        676,
        [
            [
                "La ville construit sous la place de",
                "la gare un parking pour 1.800 vélos,",
                "avec une entrée pour les vélos cargos.",
            ],
            ["Les travaux coûtent 3,2 millions", "d'euros, dont la moitié est payée par", "la région."],
            ["Les cyclistes qui y laissent leur vélo", "ne paient rien pendant les 24 premières heures."],
        ],
    ),
]


def test_a_page_in_two_columns_is_read_a_column_after_the_other(tmp_path: Path):
    # drawn line by line across the page, as a layout program fills a two-column table
    runs = [run for pair in zip(LEFT, RIGHT, strict=True) for run in pair]
    plan = _plan(tmp_path, _write(tmp_path / "tweetalig.pdf", [runs]))
    assert plan.title == "Nieuwe fietsenstalling aan het station opent in april"
    assert plan.language == "nl" and plan.date.isoformat() == "2026-03-03"
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == (
        "De stad bouwt onder het stationsplein een stalling voor 1.800 fietsen, met een eigen ingang voor bakfietsen."
    )
    assert "De werken kosten 3,2 miljoen euro en worden voor de helft door het gewest betaald." in paragraphs
    assert not any("stationsplein" in p and "place de" in p for p in paragraphs)  # no line of both halves
    assert any("bilingual document?" in w and "'fr'" in w for w in plan.warnings)


def test_a_table_on_a_page_is_no_second_column(tmp_path: Path):
    """A few rows with text on both sides among lines across the page: the page is read as before."""
    rows: list[Run] = []
    for k in range(3):  # a row's cells one after the other
        rows += [(80, 500 - 14 * k, 10.5, f"Ligging {k}", 0), (320, 500 - 14 * k, 10.5, f"{100 + k} plaatsen", 0)]
    text = [
        (80, 700 - 14 * k, 10.5, f"Een zin over de nieuwe stalling die over de hele breedte loopt, regel {k}.", 0)
        for k in range(8)
    ]
    head: list[Run] = [(80, 760, 11, "STAD OOSTERVELDE", 0), (80, 740, 10.5, "Oostervelde, 3 maart 2026", 0)]
    plan = _plan(tmp_path, _write(tmp_path / "tabel.pdf", [[*head, (80, 720, 14, "Een stalling", 0), *text, *rows]]))
    said = " ".join(b.text for b in plan.blocks)
    assert said.index("regel 7") < said.index("Ligging 0") < said.index("100 plaatsen") < said.index("Ligging 1")
