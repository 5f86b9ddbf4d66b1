"""Tables: read from text and HTML, kept in the body format, checked and translated cell by cell."""

from __future__ import annotations

from pathlib import Path

from reader.core.align import AlignedPair
from reader.core.body import parse_markdown, table_rows, table_text, to_markdown
from reader.core.importer.html import extract_html
from reader.core.importer.readers import blocks_from_text
from reader.core.model import Block
from reader.core.review.checks import Checker
from reader.core.text import numbers


def test_tab_separated_rows_become_one_table_and_numbers_stay_apart():
    text = (
        "Het aantal controles per gewest.\n\n"
        "Gewest\t2023\t2024\nVlaanderen\t886\t105\nWallonië\t1.204\t98\n\nEen slotzin."
    )
    blocks = blocks_from_text(text)
    assert [b.kind for b in blocks] == ["", "table", ""]
    rows = table_rows(blocks[1].text)
    assert rows[1] == ["Vlaanderen", "886", "105"]
    values = [q.value for q in numbers.extract(blocks[1].text, "nl") if q.kind == "number"]
    assert "886" in values and "105" in values and "886105" not in values


def test_an_html_data_table_is_a_table_and_a_layout_table_is_not():
    page = (
        "<html><body><main><h1>Titel</h1><p>Een inleiding die lang genoeg is om de hoofdinhoud te zijn, "
        "met nog wat woorden erbij zodat de pagina echt tekst heeft om te lezen.</p>"
        "<table><tr><th>Gewest</th><th>2024</th></tr><tr><td>Vlaanderen</td><td>886</td></tr>"
        "<tr><td>Wallonië</td><td>105</td></tr></table></main></body></html>"
    )
    blocks, _ = extract_html(page, Path("page.html"))
    table = next(b for b in blocks if b.kind == "table")
    assert table_rows(table.text) == [["Gewest", "2024"], ["Vlaanderen", "886"], ["Wallonië", "105"]]


def test_the_body_format_keeps_a_table_and_escapes_pipes():
    text = table_text([["Naam", "Waarde"], ["a | b", "1"]])
    body = to_markdown([Block("paragraph", "Voor."), Block("table", text), Block("paragraph", "| geen tabel")])
    again = parse_markdown(body)
    assert [b.kind for b in again] == ["paragraph", "table", "paragraph"]
    assert table_rows(again[1].text)[1] == ["a | b", "1"] and again[2].text == "| geen tabel"


def test_a_number_that_differs_in_a_table_is_flagged():
    source = table_text([["Gewest", "2024"], ["Vlaanderen", "886"]])
    target = table_text([["Région", "2024"], ["Flandre", "868"]])
    missing, extra = numbers.unmatched(numbers.extract(source, "nl"), numbers.extract(target, "fr"))
    flags = Checker("nl", "fr").check_pair(AlignedPair("table", [source], [target]), target, missing, extra)
    assert [f.code for f in flags] == ["number"] and "886" in flags[0].message


def test_a_table_is_translated_cell_by_cell_and_keeps_its_shape(installed_packages, tmp_path: Path):
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine

    text = table_text([["Gewest", "Aantal"], ["Vlaanderen", "886"], ["Wallonië", "105"]])
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1)
    result = engine.translate_blocks([Block("table", text)], "nl", "en")
    assert result.complete
    block = result.to_blocks()[0]
    rows = table_rows(block.text)
    assert block.kind == "table" and [len(r) for r in rows] == [2, 2, 2]
    assert [r[1] for r in rows[1:]] == ["886", "105"]  # numbers pass through untouched
