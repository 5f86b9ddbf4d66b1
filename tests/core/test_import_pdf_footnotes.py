"""A long report's footnotes (trial E): notes numbered past 99, alike but for their figures on every
page, one wrapped onto a second line. They are the text's: kept, together, after it; none read as a
footer every page repeats, none cut so that its last word stands alone as a paragraph ('weg.').
Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEAD: list[Run] = [
    *_lines(790, ["Federale Overheidsdienst Mobiliteit en Vervoer"], size=11),
    *_lines(760, ["Brussel, 12 mei 2026"]),
    *_lines(730, ["Nieuwe regels voor deelsteps op de stoep"], size=15),
]


def _page(k: int, first: int) -> list[Run]:
    """Page k: two paragraphs, each closing on a raised mark, and the two notes at its foot."""
    notes: list[Run] = []
    for n, mark in enumerate((first, first + 1)):
        notes += [
            (56, 112 - 24 * n, 6, str(mark), 3),
            (66, 110 - 24 * n, 8, f"Besluit van {mark} mei over de steps", 0),
        ]
        notes += [(66, 100 - 24 * n, 8, "en de fietsen op de stoep.", 0)]
    return [
        *(HEAD if k == 1 else []),
        (56, 680, 10, f"De gemeenten controleerden op pagina {k} in totaal 1.{k}20 steps die op de stoep", 0),
        (56, 666, 10, "stonden, vooral in de buurt van de stations en van de scholen", 0),
        (None, 666, 7, str(first), 4),
        (None, 666, 10, ".", 0),
        (56, 632, 10, f"Wie een step laat slingeren, betaalt voortaan {k}5 euro aan de gemeente", 0),
        (None, 632, 7, str(first + 1), 4),
        (None, 632, 10, ", ook als de step", 0),
        (56, 618, 10, "van een verhuurbedrijf is en niet van de gebruiker zelf.", 0),
        (280, 40, 8, f"Verslag | {k}", 0),
        *notes,
    ]


def test_footnotes_past_ninety_nine_and_alike_on_every_page_are_kept_whole_after_the_text(tmp_path: Path):
    pages = [_page(1, 97), _page(2, 99), _page(3, 101)]
    plan = _plan(tmp_path, _write(tmp_path / "steps.pdf", pages))
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    notes = [f"{m} Besluit van {m} mei over de steps en de fietsen op de stoep." for m in range(97, 103)]
    assert paragraphs[-6:] == notes
    assert "stations en van de scholen." in paragraphs[0] and "1.120 steps" in paragraphs[0]
    assert not any(p.startswith("en de fietsen") for p in paragraphs)
    assert not any("Besluit" in line for line in plan.dropped)
    assert {"Verslag | 2", "Verslag | 3"} <= set(plan.dropped)


def test_a_note_no_mark_calls_is_set_aside_as_before(tmp_path: Path):
    """'3 Wegen …' at a page's foot with no raised '3' in its text: a footer, not a note of the text."""
    page = [*_page(1, 1), (56, 60, 8, "3 Wegen en Verkeer, Koning Albert II-laan 20, 1000 Brussel", 0)]
    plan = _plan(tmp_path, _write(tmp_path / "steps.pdf", [page]))
    assert not any(b.text.startswith("3 Wegen") for b in plan.blocks)
