"""A long document's table of contents is left out as one listed block (trial E: a PDF's dot-leader
lines became headings and paragraphs and their page numbers a one-column table; a Word typed contents
stayed as paragraphs; a contents line became the release's title and id). Own words; the PDFs are
built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.readers import blocks_from_text
from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEADLINE = "Nieuwe veerdiensten over de Schelde vanaf het voorjaar"
ENTRIES = [("1. Veerdiensten", 3), ("1.1 Dienstregeling", 3), ("1.2 Tarieven", 4), ("2. Vooruitzichten", 5)]
BODY = [
    "De provincie legt vanaf april drie nieuwe veerboten in tussen de beide oevers van de rivier.",
    "De boten varen elk halfuur, van zes uur 's ochtends tot middernacht, ook in het weekend.",
    "Fietsers en voetgangers varen gratis mee; voor bromfietsen geldt een klein tarief.",
]


def _contents_page() -> list[Run]:
    runs: list[Run] = [(56, 790, 16, "Inhoud", 0)]
    for k, (entry, page) in enumerate(ENTRIES):
        y = 760 - 16 * k
        runs += [(56, y, 10, f"{entry} {'.' * 60}", 0), (520, y, 10, f" {page}", 0)]
    return runs


def _first_page() -> list[Run]:
    return [
        *_lines(790, ["Provinciebestuur Scheldeland"], size=11),
        *_lines(760, ["Wijkstad, 3 februari 2026"]),
        *_lines(730, [HEADLINE], size=15),
        *_lines(700, BODY[:1]),
    ]


def test_a_pdf_contents_page_is_one_dropped_block_not_headings_nor_a_table(tmp_path: Path):
    pages = [_first_page(), _contents_page(), [*_lines(790, ["1. Veerdiensten"], size=13), *_lines(760, BODY[1:])]]
    plan = _plan(tmp_path, _write(tmp_path / "dossier.pdf", pages))
    assert plan.title == HEADLINE
    assert not [b.text for b in plan.blocks if "...." in b.text or b.kind == "table" or b.text == "Inhoud"]
    listed = [line for line in plan.dropped if line.startswith("Inhoud | ")]
    assert len(listed) == 1 and "1.2 Tarieven" in listed[0] and listed[0].endswith(" 5")
    assert any(b.text == "1. Veerdiensten" for b in plan.blocks)  # the heading itself stays


def test_a_word_typed_contents_under_its_title_is_dropped(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Provinciebestuur Scheldeland")
    document.add_paragraph(HEADLINE, style="Title")
    document.add_paragraph("Wijkstad, 3 februari 2026")
    document.add_paragraph("Inhoudstafel", style="Heading 1")
    for entry, page in ENTRIES:
        document.add_paragraph(f"{entry}\t{page}")
    document.add_paragraph("1. Veerdiensten", style="Heading 1")
    for text in BODY:
        document.add_paragraph(text)
    document.save(str(tmp_path / "nota.docx"))
    plan = _plan(tmp_path, tmp_path / "nota.docx")
    assert plan.title == HEADLINE
    assert [b.text for b in plan.blocks if b.text.startswith(("1.1", "1.2", "2.", "Inhoud"))] == []
    assert [line for line in plan.dropped if line.startswith("Inhoudstafel | 1. Veerdiensten 3 | ")]


def test_word_contents_styles_are_dropped_without_a_title(tmp_path: Path):
    document = docx.Document()
    toc = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Provinciebestuur Scheldeland")
    document.add_paragraph(HEADLINE, style="Title")
    document.add_paragraph("Wijkstad, 3 februari 2026")
    for entry, page in ENTRIES:
        document.add_paragraph(f"{entry}\t{page}", style=toc)
    for text in BODY:
        document.add_paragraph(text)
    document.save(str(tmp_path / "nota.docx"))
    plan = _plan(tmp_path, tmp_path / "nota.docx")
    assert [b.text for b in plan.blocks if b.text.startswith(("1.", "2."))] == []
    assert [line for line in plan.dropped if "1.2 Tarieven" in line]


def test_lines_ending_on_figures_with_no_leader_nor_title_stay():
    text = (
        "Het aantal overtochten per gemeente:\n\nWijkstad 12\nOeverdam 15\nZandhoven 20\n\nDat is meer dan vorig jaar."
    )
    blocks, dropped = drop_furniture(blocks_from_text(text))
    assert dropped == []
    assert "Zandhoven 20" in "\n".join(b.text for b in blocks)


def test_a_kept_contents_stays():
    entries = "1. Veerdiensten ....... 3\n1.1 Dienstregeling ....... 3\n2. Vooruitzichten ....... 5"
    text = f"Inhoud\n{entries}\n\nDe provincie legt boten in."
    blocks, dropped = drop_furniture(blocks_from_text(text))
    assert len(dropped) == 1 and dropped[0].startswith("Inhoud | 1. Veerdiensten ....... 3")
    blocks, dropped = drop_furniture(blocks_from_text(text), keep=dropped)
    assert not [line for line in dropped if " | " in line]
    assert "Vooruitzichten ....... 5" in "\n".join(b.text for b in blocks)
