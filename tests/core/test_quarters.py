"""A quarter by its letter and number beside its year ('Q3 2025', French 'T3 2025', Dutch 'K3 2025')
is the quarter the words name ('derde kwartaal', 'troisième trimestre', 'third quarter'): trial F's
'T4 2025' against 'derde kwartaal 2025' in a headline, and 'Q3 2025' against 'T2 2025' in a table's
header, passed (F3). Pairs in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.text.numbers import extract, unmatched
from tests.core.test_checks import make_release


@pytest.mark.parametrize(
    ("nl", "other", "lang"),
    [
        ("de omzet in het derde kwartaal 2025", "le chiffre d'affaires au T3 2025", "fr"),
        ("de omzet in K3 2025", "le chiffre d'affaires au 3e trimestre 2025", "fr"),
        ("de omzet in Q3 2025", "le chiffre d'affaires au troisième trimestre 2025", "fr"),
        ("de omzet in het derde kwartaal van 2025", "turnover in Q3 2025", "en"),
    ],
)
def test_a_quarter_by_its_letter_is_the_quarter_in_words(nl: str, other: str, lang: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(other, lang)) == ([], [])


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("de omzet in het derde kwartaal 2025", "le chiffre d'affaires au T4 2025"),
        ("| Q3 2025 |", "| T2 2025 |"),
    ],
)
def test_another_quarter_differs(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) != ([], [])


def test_a_flat_named_t3_is_no_quarter() -> None:
    assert "ordinal" not in [q.kind for q in extract("un T3 de 70 m2 à louer", "fr")]


def test_a_quarter_changed_in_a_headline_and_a_table_header_is_flagged(tmp_path: Path) -> None:
    nl = "De verkoop daalde licht.\n\n| Regio | Q2 2025 | Q3 2025 |\n|---|---|---|\n| Noord | 12,4 | 11,9 |\n"
    fr = "Les ventes ont légèrement reculé.\n\n| Région | T2 2025 | T2 2025 |\n|---|---|---|\n| Nord | 12,4 | 11,9 |\n"
    make_release(
        tmp_path,
        "2024-03-19-verkoop",
        nl,
        fr,
        "Verkoop daalt in het derde kwartaal 2025",
        "Les ventes reculent au T4 2025",
    )
    report = check_release(Library.load(tmp_path).get("2024-03-19-verkoop"), "nl", "fr")
    flagged = {p.kind for p in report.pairs for f in p.flags if f.code == "number" and f.severity != "info"}
    assert flagged == {"title", "table"}, [(p.kind, [f.message for f in p.flags]) for p in report.pairs]
