"""Word releases as cabinets send them: a letterhead laid out in a table, a contact box in one, the
letterhead and date in the page header, numbered steps. Documents in our own words, in the shapes of
an import trial."""

from __future__ import annotations

from pathlib import Path

import docx

from reader.core.importer.importer import plan_import
from reader.core.library import Library

BODY = [
    "Vanaf 1 oktober kunnen huurders hun huurwaarborg volledig online laten registreren bij de bank van hun keuze.",
    "De regeling geldt voor alle nieuwe huurcontracten. Wie al een waarborg heeft, hoeft niets te doen.",
]


def _document(path: Path, letterhead_in_header: bool = False) -> Path:
    document = docx.Document()
    top = document.sections[0].header.paragraphs[0] if letterhead_in_header else None
    if top is not None:
        top.text = "Kabinet van de minister van Wonen"
        document.sections[0].header.add_paragraph("Brussel, 12 september 2025")
    else:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Kabinet van de minister van Wonen"
        table.cell(0, 1).text = "Koningsstraat 12 – 1000 Brussel"
        table.cell(1, 0).text = "Kenmerk: WO/2025/118"
        table.cell(1, 1).text = "Brussel, 12 september 2025"
    document.add_paragraph("Huurwaarborg voortaan volledig online", style="Title")
    for text in BODY:
        document.add_paragraph(text)
    document.add_paragraph("Zo gaat het:")
    for step in ("Kies een bank.", "Vul het formulier in.", "Onderteken met je identiteitskaart."):
        document.add_paragraph(step, style="List Number")
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "Perscontact"
    box.add_paragraph("Ann Peeters, woordvoerder")
    box.add_paragraph("pers@wonen.example")
    document.save(str(path))
    return path


def test_a_letterhead_table_is_the_letterhead_and_dates_the_release(tmp_path: Path):
    plan = plan_import(_document(tmp_path / "waarborg.docx"), Library.load(tmp_path))
    assert plan.title == "Huurwaarborg voortaan volledig online" and str(plan.date) == "2025-09-12"
    assert plan.issuer == "Kabinet van de minister van Wonen"
    assert not any(b.kind == "table" for b in plan.blocks)
    assert not any("|" in b.text or "PerscontactAnn" in b.text for b in plan.blocks)


def test_numbered_steps_keep_their_numbers(tmp_path: Path):
    plan = plan_import(_document(tmp_path / "waarborg.docx"), Library.load(tmp_path))
    assert [b.marker for b in plan.blocks if b.kind == "list_item"] == ["1.", "2.", "3."]


def test_a_letterhead_and_date_in_the_page_header_are_read(tmp_path: Path):
    """A cabinet's template: the import found no date and refused the document."""
    plan = plan_import(_document(tmp_path / "waarborg.docx", letterhead_in_header=True), Library.load(tmp_path))
    assert str(plan.date) == "2025-09-12" and plan.issuer == "Kabinet van de minister van Wonen"
