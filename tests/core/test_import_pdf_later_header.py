"""A running header that first stands on page 2, a page's number set on its own, a heading last on a
page (trial V: a court of audit's three pages; 'Persbericht ... – 27 mei 2026' over '2 / 3' landed
inside the sentence the page break cut and became the issuer; 'Aanbevelingen' last on page 2 was
glued onto the paragraph opening page 3). Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEADER = "Nieuwsbrief Stadsarchief – 3 maart 2026"


def _frame(page: int) -> list[Run]:
    """From page 2 on: the header and its page number; on every page, the page's number at its foot."""
    head: list[Run] = [(56, 810, 8, HEADER, 0), (480, 810, 8, f"{page} / 3", 0)] if page > 1 else []
    return [*head, (56, 30, 7, f"pagina {page} van 3", 0)]


ONE = [
    *_lines(790, ["Stadsarchief Hoeveldonk"], size=14),
    *_lines(760, ["Hoeveldonk, 3 maart 2026"]),
    *_lines(730, ["Stadsarchief opent een nieuwe leeszaal voor onderzoekers"], size=15),
    *_lines(
        700,
        [
            "Het stadsarchief verhuist zijn leeszaal naar de oude brandweerkazerne aan de Vaart, waar",
            "twintig plaatsen voor onderzoekers klaarstaan.",
        ],
    ),
    *_lines(80, ["De verhuizing van de oude registers begon in januari en de laatste dozen komen volgens de"]),
]
TWO = [
    *_lines(760, ["planning eind april aan, zodat de zaal in mei volledig kan openen."]),
    *_lines(
        730,
        [
            "Bezoekers reserveren hun plaats voortaan online, een dag op voorhand, en kunnen er tot",
            "tien stukken tegelijk inkijken.",
        ],
    ),
    *_lines(100, ["Openingsuren"], size=12),
]
THREE = [
    *_lines(
        760,
        [
            "De leeszaal is open van dinsdag tot zaterdag, telkens van negen tot vijf uur, en op de eerste",
            "zondag van de maand in de voormiddag.",
        ],
    ),
    *_lines(720, ["Het archief vraagt wie oude foto's van de kazerne bewaart, ze te laten inscannen."]),
]


def _imported(tmp_path: Path):  # noqa: ANN202
    return _plan(tmp_path, _write(tmp_path / "archief.pdf", [_frame(1) + ONE, _frame(2) + TWO, _frame(3) + THREE]))


def test_a_header_from_page_two_on_is_set_aside_and_the_cut_sentence_is_one(tmp_path: Path):
    plan = _imported(tmp_path)
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert (
        "laatste dozen komen volgens de planning eind april aan, zodat de zaal in mei volledig kan openen."
        in paragraphs[1]
    )
    assert not any("Nieuwsbrief" in p or "/ 3" in p or "pagina" in p for p in paragraphs)
    assert {HEADER, "2 / 3", "3 / 3", "pagina 2 van 3"} <= set(plan.dropped)
    assert plan.issuer != HEADER


def test_a_heading_last_on_its_page_stands_apart_from_the_paragraph_opening_the_next(tmp_path: Path):
    texts = [(b.kind, b.text) for b in _imported(tmp_path).blocks]
    heading = next(i for i, (_kind, text) in enumerate(texts) if text.startswith("Openingsuren"))
    assert texts[heading][1] == "Openingsuren" and texts[heading + 1][1].startswith("De leeszaal is open")
