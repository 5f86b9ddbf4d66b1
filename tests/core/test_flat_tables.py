"""A table a browser copied cell by cell is one table block, whatever the layout around it; what only
looks like one (a contact block, a date line, a list ending in years) stays what it is."""

from __future__ import annotations

import pytest

from reader.core.body import table_rows
from reader.core.importer.readers import blocks_from_text

# A yearly budget, labels first and their amounts under them, one cell a line (blank lines between)
NL_CELLS = """Waterverbruik in de provinciehuizen

Brussel, 4 maart 2024

Het provinciebestuur maakte vandaag de kosten van het waterverbruik bekend.

Kosten

Begroting 2023

Realisatie 2023

Gebouwen

Groenbeheer

Schoonmaak

1.250.000 €

310.000 €

95.000 €

1.190.000 €

305.000 €

101.000 €

Het bestuur wil het verbruik de komende jaren verder doen dalen.
"""

# The French page of the same table: a row a line, its borders left as pipes
FR_ROWS = """Consommation d'eau dans les maisons provinciales
Bruxelles, le 4 mars 2024
L'administration provinciale a publié aujourd'hui le coût de la consommation d'eau.
Coûts |
Budget 2023 | Réalisation 2023 |
Bâtiments | 1.250.000 € | 1.190.000 € |
Espaces verts | 310.000 € | 305.000 € |
Nettoyage | 95.000 € | {cleaning} |
L'administration veut encore réduire la consommation dans les années à venir.
"""


def test_cells_one_a_line_are_one_table_between_the_paragraphs():
    blocks = blocks_from_text(NL_CELLS)
    kinds = [b.kind for b in blocks]
    assert kinds.count("table") == 1
    table = next(b for b in blocks if b.kind == "table")
    cells = [cell for row in table_rows(table.text) for cell in row]
    assert cells[0] == "Kosten" and cells[-1] == "101.000 €" and len(cells) == 12
    texts = [b.text for b in blocks if b.kind != "table"]
    assert texts[-1].startswith("Het bestuur wil")  # the paragraph after the table is its own
    assert any(t.startswith("Brussel, 4 maart 2024") for t in texts)  # the date line is never a cell


def test_rows_with_their_borders_are_one_table_of_cells():
    blocks = blocks_from_text(FR_ROWS.format(cleaning="101.000 €"))
    table = next(b for b in blocks if b.kind == "table")
    assert ["Bâtiments", "1.250.000 €", "1.190.000 €"] in table_rows(table.text)
    assert blocks[0].text.startswith("Consommation d'eau")  # the headline above stays a line of its own


@pytest.mark.parametrize(
    "text",
    [
        # a contact block: names, telephone numbers, addresses
        "Contact\n\nAnne Peeters\n02 287 41 11\nanne@example.be\n\nLuc Janssens\n0475 12 34 56\n"
        "luc@example.be\n\nSara Claes\n+32 2 555 66 77\n\nTom Maes\n063.608003\n",
        # a list whose items end in years
        "De plannen:\n\n• Een nieuwe brug tegen 2026\n• Een fietspad tegen 2027\n• Een station tegen 2028\n"
        "• Een park tegen 2030\n",
        # a page that opens on its date and time
        "12 maart\n2024\n\n14:30\n\nDe gemeente opent een nieuw loket.\n\nHet loket is open vanaf 2024.\n",
    ],
)
def test_what_only_looks_like_a_table_is_no_table(text: str):
    assert all(b.kind != "table" for b in blocks_from_text(text))


def test_a_dash_alone_is_an_empty_cell_not_a_list_item():
    text = "Centrum\n\nNoord\n\n-\n\n23\n\nZuid\n\n41\n\n38\n\nOost\n\n-\n\n12\n"
    blocks = blocks_from_text(text)
    assert [b.kind for b in blocks] == ["table"]


# A statistics page copied with no blank lines: its table a cell a line, falls with a minus sign.
FALLS = """Federale Overheidsdienst Statistiek
Huurprijzen dalen in de kustgemeenten
Brussel, 12 mei 2026
De gemiddelde huurprijs daalde in april in vier van de vijf kustgemeenten.
Gemeente
Maart
April
Verschil
Oostende
812
798
-1,7%
Knokke
1.105
1.090
-1,4%
Nieuwpoort
760
764
+0,5%
De dienst verwacht in de zomer opnieuw hogere prijzen.
"""


def test_a_table_of_falls_is_one_table_and_the_headline_stays(tmp_path):
    """A cell '-1,7%' was read as a list item ('-' a bullet), which broke the table: its cells, the
    lead and the headline ran together and the headline was dropped as a site line (a trial). A
    dash before a figure is its sign; '- 1,7%' with a space stays what a list writes."""
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    tables = [b for b in blocks_from_text(FALLS) if b.kind == "table"]
    assert len(tables) == 1 and "-1,7%" in tables[0].text and "+0,5%" in tables[0].text
    # read back into its rows: as wide as its head, a label then its figures
    assert table_rows(tables[0].text)[:2] == [
        ["Gemeente", "Maart", "April", "Verschil"],
        ["Oostende", "812", "798", "-1,7%"],
    ]
    page = tmp_path / "huur.txt"
    page.write_text(FALLS, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == "Huurprijzen dalen in de kustgemeenten"
    kinds = [b.kind for b in plan.blocks if b.kind != "letterhead"]
    assert kinds == ["paragraph", "table", "paragraph"]


def test_amounts_written_with_the_word_euro_are_a_table():
    """'1.420 euro', '95 euros': the ordinary way to write an amount in Dutch and French; cells so
    written were not figures, and the table came out a paragraph a cell (a trial)."""
    page = (
        "Bezoekers betalen minder\n\nBrussel, 3 juni 2025\n\nDe musea verlagen hun prijzen.\n\n"
        + "\n".join(["Ticket", "Oud", "Nieuw", "Volwassene", "14 euro", "12 euro", "Student", "8 euros", "6 euros"])
        + "\n\nDe nieuwe prijzen gelden vanaf juli.\n"
    )
    tables = [b for b in blocks_from_text(page) if b.kind == "table"]
    assert len(tables) == 1
    assert table_rows(tables[0].text) == [
        ["Ticket", "Oud", "Nieuw"],
        ["Volwassene", "14 euro", "12 euro"],
        ["Student", "8 euros", "6 euros"],
    ]
