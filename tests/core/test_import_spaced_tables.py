"""A table set with spaces in a text file: its columns lined up, a row per line. Read as prose its
figures ran into one paragraph (a new user's trial); it is one table block, its caption and the
text around it paragraphs. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.body import table_rows
from reader.core.importer.importer import plan_import
from reader.core.importer.spaced_tables import spaced_table
from reader.core.library import Library

PAGE = """Nieuwe premies voor warmtepompen

Gent, 3 maart 2025

De provincie verdeelt de premies dit jaar als volgt over de drie soorten toestellen.

Toestel            Premie      Aanvragen
Lucht-water        2.500 euro     1.240
Bodem-water        4.000 euro       310
Hybride            1.500 euro        85

De aanvragen lopen tot eind juni, via het loket van de gemeente.
"""


def test_a_table_lined_up_with_spaces_is_one_table_block(tmp_path: Path):
    page = tmp_path / "premies.txt"
    page.write_text(PAGE, encoding="utf-8")
    plan = plan_import(page, _empty(tmp_path))
    kinds = [b.kind for b in plan.blocks]
    assert kinds == ["paragraph", "table", "paragraph"], kinds
    rows = table_rows(plan.blocks[1].text)
    assert rows[0] == ["Toestel", "Premie", "Aanvragen"] and rows[2] == ["Bodem-water", "4.000 euro", "310"]


def _empty(tmp_path: Path) -> Library:
    (tmp_path / "lib").mkdir()
    return Library.load(tmp_path / "lib")


def test_a_list_with_its_markers_apart_or_a_stray_run_of_spaces_is_no_table():
    listed = ["•   het eerste punt van de lijst", "•   het tweede punt van de lijst"]
    numbered = ["1.    een eerste maatregel voor de gezinnen", "2.    een tweede maatregel voor de scholen"]
    prose = ["De minister zei   dat het plan klaar is.", "Het gaat om een groot bedrag voor de gemeenten."]
    apart = ["Naam         Rol", "Een erg lange zin die niet in een kolom past      en nog iets"]
    for lines in (listed, numbered, prose, apart):
        assert spaced_table(lines) is None, lines


def test_a_timetable_of_periods_and_amounts_in_words_of_scale_is_a_table():
    """Its figures are year ranges and amounts with 'miljoen': none a bare number, and the table was
    read as prose (a long-release trial's 'Tabel 2')."""
    lines = [
        "Fase                     Periode               Budget",
        "Oproep                   januari - maart       -",
        "Eerste schijf            2027-2028             21,4 miljoen euro",
        "Tweede schijf            2029-2030             27,2 miljoen euro",
    ]
    assert spaced_table(lines) == (0, 4)
