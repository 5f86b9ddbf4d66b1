"""A list inside a list item keeps its nesting, from Word and from a web page, through the library's
Markdown and back (trial V, D5: the two places under the first item came out as items of the one
list, beside it). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.body import parse_markdown, to_markdown
from reader.core.importer.importer import plan_import
from reader.core.library import Library
from reader.core.model import Block
from tests.two_writers import twice

TITLE = "Het zwembad sluit in juni drie weken voor onderhoud"
ITEMS = [
    (0, "in het grote bad:"),
    (1, "nieuwe tegels op de bodem"),
    (1, "een nieuwe filter voor het water"),
    (0, "in de kleedkamers: nieuwe kastjes;"),
    (0, "aan de ingang: een bredere deur."),
]


def _docx(path: Path, by: str) -> Path:
    """Sub-items as Word writes them: the built-in 'List Bullet 2' style, or a level of the list's own
    numbering (w:ilvl 1 in the paragraph's w:numPr)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph("Zwevegem, 3 mei 2027")
    document.add_paragraph("Het gemeentelijke zwembad blijft van 1 tot en met 21 juni dicht. Er wordt gewerkt:")
    for level, text in ITEMS:
        style = "List Bullet 2" if level and by == "style" else "List Bullet"
        paragraph = document.add_paragraph(text, style=style)
        if level and by == "ilvl":
            numbered = OxmlElement("w:numPr")
            ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
            ilvl.set(qn("w:val"), "1")
            num.set(qn("w:val"), "1")
            numbered.extend([ilvl, num])
            paragraph._p.get_or_add_pPr().append(numbered)
    document.add_paragraph("Abonnementen worden met drie weken verlengd, zonder dat de houder iets hoeft te doen.")
    document.save(str(path))
    return path


PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Zwembad | Gemeente</title></head>
<body><main><article><h1>{title}</h1><p><time datetime="2027-05-03">3 mei 2027</time></p>
<p>Het gemeentelijke zwembad blijft van 1 tot en met 21 juni dicht. Er wordt op drie plaatsen gewerkt,
zodat het bad na de zomer weer jaren meekan:</p>
<ul><li>in het grote bad:<ul><li>nieuwe tegels op de bodem</li><li>een nieuwe filter voor het water</li></ul></li>
<li>in de kleedkamers: nieuwe kastjes;</li><li>aan de ingang: een bredere deur.</li></ul>
<p>Abonnementen worden met drie weken verlengd, zonder dat de houder iets hoeft te doen of te vragen.</p>
</article></main></body></html>"""


def _listed(blocks: list[Block]) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in blocks if b.kind == "list_item"]


@pytest.mark.parametrize("by", ["style", "ilvl"])
def test_a_word_sub_list_keeps_its_level(tmp_path: Path, by: str):
    plan = plan_import(_docx(tmp_path / "zwembad.docx", by), Library.load(tmp_path))
    assert _listed(plan.blocks) == ITEMS


def test_a_web_page_sub_list_keeps_its_level(tmp_path: Path):
    (tmp_path / "zwembad.html").write_text(PAGE.format(title=TITLE), encoding="utf-8")
    plan = plan_import(tmp_path / "zwembad.html", Library.load(tmp_path))
    assert _listed(plan.blocks) == ITEMS


def test_the_markdown_indents_a_sub_item_under_its_item_and_reads_it_back():
    blocks = [Block("paragraph", "Er wordt gewerkt:")]
    blocks += [Block("list_item", text, level=level, marker="1." if not level else "-") for level, text in ITEMS]
    text = to_markdown(blocks)
    assert "1. in het grote bad:\n   - nieuwe tegels op de bodem\n   - een nieuwe filter" in text
    assert parse_markdown(text) == blocks


def test_an_item_s_wrapped_line_indented_less_than_its_text_is_still_its_text():
    """As before nesting was read: a hand's ' - ' under an item, short of its text, runs on."""
    assert _listed(parse_markdown("- de bodem en\n - de wanden\n\n- de deur")) == [
        (0, "de bodem en - de wanden"),
        (0, "de deur"),
    ]


@pytest.mark.parametrize("writers", ["one", "two at once"])
def test_the_library_keeps_the_nesting_and_shows_it(run, tmp_path: Path, writers: str):  # noqa: ANN001
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", str(_docx(tmp_path / "zwembad.docx", "style"))]
    if writers == "one":
        assert run(*argv).code == 0
    else:  # two imports of one document at once: one release, nested as when one runs alone
        assert twice(argv) == [0, 0]
    (folder,) = [p for p in lib.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert _listed(Library.load(lib).get(folder.name).versions["nl"].blocks) == ITEMS
    shown = run("--library", str(lib), "show", folder.name).out
    assert "  - in het grote bad:\n    - nieuwe tegels op de bodem\n    - een nieuwe filter" in shown
    levels = [b.get("level", 0) for b in run("--library", str(lib), "show", folder.name, "--json").json()["blocks"]]
    assert levels.count(1) == 2
