"""A paragraph the column break cut (trial V's two-column release: 'Le budget annuel du dispositif |
s'élève à 465 000 euros' came out as two paragraphs): a column ending without a sentence's end and
the next opening on a lower-case letter are one paragraph, whether the PDF draws a column after the
other or line by line across the page. Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_import_pdf_print import Run, _plan, _write

HEAD: list[Run] = [
    (50, 790, 16, "GEMEENTE WILGENDAAL", 0),
    (50, 750, 10, "Wilgendaal, 4 februari 2026", 0),
    (50, 720, 15, "Gemeente opent twee nieuwe speelpleinen aan de rand van het dorp", 0),
]
LEFT = [
    ["De gemeente legt dit voorjaar twee speelpleinen", "aan, een aan de vijver en een naast de school."],
    ["Beide pleinen krijgen een klimrek, een zandbak", "en een zitbank voor de ouders die er wachten."],
    ["De werken duren zes weken en de aannemer", "begint op het plein aan de vijver. Het geheel"],
]
RIGHT = [
    ["kost de gemeente 310.000 euro, waarvan een", "derde uit een subsidie van de provincie komt."],
    ["Buurtbewoners konden vorig jaar mee kiezen", "welke toestellen er komen te staan."],
    ["Het tweede plein volgt na de zomer, zodra", "de nieuwe riolering in de straat ligt."],
]


def _column(x: float, paragraphs: list[list[str]]) -> list[Run]:
    runs: list[Run] = []
    y = 680.0
    for lines in paragraphs:
        for line in lines:
            runs.append((x, y, 10, line, 0))
            y -= 13
        y -= 6
    return runs


@pytest.mark.parametrize("drawn", ["column after column", "line by line across"])
def test_a_sentence_the_column_break_cut_is_one_paragraph(tmp_path: Path, drawn: str):
    left, right = _column(50, LEFT), _column(310, RIGHT)
    if drawn == "column after column":
        body = [*left, *right]
    else:  # a row of the left column, then the row beside it
        body = [run for pair in zip(left, right, strict=True) for run in pair]
    plan = _plan(tmp_path, _write(tmp_path / "speelpleinen.pdf", [[*HEAD, *body]]))
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert (
        "De werken duren zes weken en de aannemer begint op het plein aan de vijver. Het geheel kost de"
        " gemeente 310.000 euro, waarvan een derde uit een subsidie van de provincie komt." in paragraphs
    )
    assert paragraphs[-2] == "Buurtbewoners konden vorig jaar mee kiezen welke toestellen er komen te staan."


def test_a_column_ending_its_sentence_stays_a_paragraph_apart(tmp_path: Path):
    """The right column opening on a capital after a sentence's end is a paragraph of its own."""
    left = _column(50, LEFT[:2])
    right = _column(310, RIGHT[1:2])
    plan = _plan(tmp_path, _write(tmp_path / "speelpleinen.pdf", [[*HEAD, *left, *right]]))
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert paragraphs[-2:] == [
        "Beide pleinen krijgen een klimrek, een zandbak en een zitbank voor de ouders die er wachten.",
        "Buurtbewoners konden vorig jaar mee kiezen welke toestellen er komen te staan.",
    ]
