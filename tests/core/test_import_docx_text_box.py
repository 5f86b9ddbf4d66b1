"""A Word text box, written as Word writes it: DrawingML in mc:Choice, the same text again in VML in
mc:Fallback for old readers (trial V: a box of figures was read twice, left out as said twice, and
came back twice with --keep). The choice is read once, as content, after the paragraph anchoring it.
Own words; the box's XML is cut down to what a reader meets on its way to the text."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.library import Library

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
BOX = ["Kort samengevat", "310 nieuwe bomen", "8 straten heraangelegd", "1,2 miljoen euro"]
LEAD = (
    "De gemeente Hoeveldonk plant dit najaar 310 nieuwe bomen in acht straten van de dorpskern, "
    "die tegelijk een nieuw wegdek en bredere voetpaden krijgen."
)
REST = "De werken beginnen op 6 oktober 2026 en duren tot de kerstvakantie, straat per straat."


def _box(lines: list[str]) -> str:
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>"
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def write_boxed(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Gemeente Hoeveldonk")
    document.add_paragraph("Hoeveldonk, 2 september 2026")
    document.add_paragraph("Hoeveldonk plant 310 bomen in de dorpskern", style="Title")
    lead = document.add_paragraph(LEAD)
    lead._p.append(parse_xml(_box(BOX)))  # anchored in the lead, as Word anchors a floating box
    document.add_paragraph(REST)
    document.save(str(path))
    return path


def _plan(tmp_path: Path, keep: list[str] | None = None):  # noqa: ANN202
    (tmp_path / "lib").mkdir(exist_ok=True)
    try:
        return plan_import(write_boxed(tmp_path / "bomen.docx"), Library.load(tmp_path / "lib"), keep=keep or [])
    except MissingFields as exc:
        return exc.plan


def test_a_text_box_is_read_once_as_content_after_the_paragraph_anchoring_it(tmp_path: Path):
    plan = _plan(tmp_path)
    texts = [" ".join(b.text.split()) for b in plan.blocks if b.kind != "letterhead"]
    assert texts[0] == LEAD and texts[-1] == REST
    assert [t for t in texts if t in BOX] == BOX
    assert not set(BOX) & set(plan.dropped)


def test_a_text_box_kept_by_the_user_is_there_once(tmp_path: Path):
    plan = _plan(tmp_path, keep=BOX)
    texts = [" ".join(b.text.split()) for b in plan.blocks]
    assert all(texts.count(line) == 1 for line in BOX)
