"""A table row one version lacks is flagged by name, though its figures recur in other rows: trial F's
French table without one sector's row (its two figures stood, swapped, in another row) was 0
flagged (C14). Rows moved, a totals row, a merged header and a figure changed in place are no loss."""

from __future__ import annotations

import pytest

from reader.core.model import Block
from reader.core.review.checks import Finding, check_release
from tests.core.releases import block_release

NL_LEAD = "De politie telde vorig jaar minder fietsdiefstallen in de meeste provincies."
FR_LEAD = "La police a compté moins de vols de vélos l'an dernier dans la plupart des provinces."

# Thefts per thousand bikes; Limburg's figures are Antwerpen's, swapped
NL_ROWS = ["| Provincie | 2023 | 2024 |", "| Antwerpen | 3,4 | 2,8 |", "| Limburg | 2,8 | 3,4 |"]
NL_ROWS += ["| Namen | 1,9 | 2,6 |", "| Luik | 2,6 | 1,9 |"]
FR_ROWS = ["| Province | 2023 | 2024 |", "| Anvers | 3,4 | 2,8 |", "| Limbourg | 2,8 | 3,4 |"]
FR_ROWS += ["| Namur | 1,9 | 2,6 |", "| Liège | 2,6 | 1,9 |"]


def _table(rows: list[str]) -> str:
    """A pipe table as the library writes it: its header, the separator, the rows."""
    width = rows[0].count("|") - 1
    return "\n".join([rows[0], "|" + "|".join(["---"] * width) + "|", *rows[1:]])


def _row_flags(nl_rows: list[str], fr_rows: list[str], src: str = "nl") -> list[Finding]:
    """The omission and addition flags on the table's segment, checked from `src`."""
    nl = [Block("paragraph", NL_LEAD), Block("table", _table(nl_rows))]
    fr = [Block("paragraph", FR_LEAD), Block("table", _table(fr_rows))]
    report = check_release(block_release(nl, fr), src, "fr" if src == "nl" else "nl")
    (table,) = [p for p in report.pairs if p.kind == "table"]
    return [f for f in table.flags if f.code in ("omission", "addition")]


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_row_whose_figures_recur_is_missed_by_name_either_way(src: str):
    fr_rows = [r for r in FR_ROWS if "Limbourg" not in r]
    (flag,) = _row_flags(NL_ROWS, fr_rows, src)
    assert flag.code == ("omission" if src == "nl" else "addition")
    assert "the row «Limburg | 2,8 | 3,4» has no counterpart" in flag.message
    assert ("has 5 rows, the target's 4" if src == "nl" else "has 4 rows, the target's 5") in flag.message
    assert flag.severity == "error"  # a row of figures


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_rows_in_another_order_are_no_loss(src: str):
    moved = [FR_ROWS[0], FR_ROWS[3], FR_ROWS[1], FR_ROWS[4], FR_ROWS[2]]
    assert _row_flags(NL_ROWS, moved, src) == []


TOTALS_NL = ["| Sector | Vacatures | Ingevuld |", "| Zorg | 120 | 95 |", "| Onderwijs | 95 | 120 |"]
TOTALS_NL += ["| Logistiek | 40 | 40 |", "| Totaal | 255 | 255 |"]
TOTALS_FR = ["| Secteur | Postes vacants | Pourvus |", "| Soins | 120 | 95 |", "| Enseignement | 95 | 120 |"]
TOTALS_FR += ["| Logistique | 40 | 40 |", "| Total | 255 | 255 |"]


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_table_with_a_totals_row(src: str):
    assert _row_flags(TOTALS_NL, TOTALS_FR, src) == []
    (flag,) = _row_flags(TOTALS_NL, [r for r in TOTALS_FR if "Enseignement" not in r], src)
    assert "«Onderwijs | 95 | 120»" in flag.message
    (flag,) = _row_flags([r for r in TOTALS_NL if "Totaal" not in r], TOTALS_FR, src)
    assert "«Total | 255 | 255»" in flag.message and flag.code == ("addition" if src == "nl" else "omission")


# 'Inwoners' spans both year columns: its second cell is empty, the years on a header row of their own
MERGED_NL = ["| Gemeente | Inwoners | |", "| | 2014 | 2024 |", "| Aalst | 83 000 | 88 000 |"]
MERGED_NL += ["| Kortrijk | 88 000 | 83 000 |", "| Ieper | 35 000 | 35 000 |"]
MERGED_FR = ["| Commune | Habitants | |", "| | 2014 | 2024 |", "| Alost | 83 000 | 88 000 |"]
MERGED_FR += ["| Courtrai | 88 000 | 83 000 |", "| Ypres | 35 000 | 35 000 |"]


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_table_with_a_merged_header(src: str):
    assert _row_flags(MERGED_NL, MERGED_FR, src) == []
    (flag,) = _row_flags(MERGED_NL, [r for r in MERGED_FR if "Courtrai" not in r], src)
    assert "«Kortrijk | 88 000 | 83 000»" in flag.message and "Gemeente" not in flag.message


def test_a_figure_changed_in_place_is_the_figures_flag_alone():
    """A row rendered in its place with one figure changed ('Soins' shares no letters with 'Zorg'):
    the figures' check says it; no row is lost."""
    changed = [r.replace("| Soins | 120 | 95 |", "| Soins | 120 | 59 |") for r in TOTALS_FR]
    assert _row_flags(TOTALS_NL, changed) == []


def test_a_row_of_words_alone_is_a_warning():
    nl = [
        "| Dienst | Loket |",
        "| Burgerzaken | Stadhuis |",
        "| Milieu | Technisch centrum |",
        "| Cultuur | Bibliotheek |",
    ]
    fr = ["| Service | Guichet |", "| Population | Hôtel de ville |", "| Culture | Bibliothèque |"]
    (flag,) = _row_flags(nl, fr)
    assert "«Milieu | Technisch centrum»" in flag.message and flag.severity == "warning"


def test_two_tables_of_other_rows_name_three_rows_and_count_the_rest():
    nl = ["| Wijk | Bomen |", *(f"| Wijk {n} | {n}0{n} |" for n in range(1, 7))]
    fr = ["| Quartier | Arbres |", "| Centre | 990 |"]
    (flag,) = [f for f in _row_flags(nl, fr) if f.code == "omission"]
    assert "«Wijk 3 | 303» and 3 more" in flag.message


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_word_every_label_shares_pairs_no_rows(src: str):
    """'Regio' / 'Région' is in every label: the row lost is the one whose own word has no counterpart."""
    nl = [
        "| Regio | Scholen | Klassen |",
        "| Regio Noord | 12 | 14 |",
        "| Regio Oost | 9 | 11 |",
        "| Regio Zuid | 7 | 8 |",
    ]
    fr = ["| Région | Écoles | Classes |", "| Région Nord | 12 | 14 |", "| Région Sud | 7 | 9 |"]
    (flag,) = _row_flags(nl, fr, src)
    assert "«Regio Oost | 9 | 11»" in flag.message
