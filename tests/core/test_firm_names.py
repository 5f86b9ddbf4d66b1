"""A firm's name changed in one word or one letter where both versions name it is a warning naming
both: trial F's cloned-firm notice had 'Halvorsen Asset Partners' / 'Halvorsen Asset Management' as a
note only and 'Veltronix Capital' / 'Veltronics Capital' not at all (F2). Names made up here."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.review.firm_names import firm_spelled
from tests.core.test_checks import make_release


@pytest.mark.parametrize(
    ("nl", "fr", "pair"),
    [
        (
            "De oplichters gebruiken de naam van Marvelle Asset Partners, een erkende firma.",
            "Les escrocs utilisent le nom de Marvelle Asset Management, une société agréée.",
            ("Marvelle Asset Partners", "Marvelle Asset Management"),
        ),
        (
            "De FSMA waarschuwt voor Quorvane Capital, een frauduleuze firma.",
            "La FSMA met en garde contre Quorvanne Capital, une société frauduleuse.",
            ("Quorvane Capital", "Quorvanne Capital"),
        ),
        (
            "De FSMA waarschuwt voor Trellix Markets, een kloon.",
            "La FSMA met en garde contre Trellics Markets, un clone.",
            ("Trellix Markets", "Trellics Markets"),
        ),
    ],
)
def test_a_firm_named_otherwise_in_one_word_is_a_warning(tmp_path: Path, nl: str, fr: str, pair: tuple[str, str]):
    assert firm_spelled(nl, fr) == [pair]
    make_release(tmp_path, "2024-03-19-firma", nl + "\n", fr + "\n")
    report = check_release(Library.load(tmp_path).get("2024-03-19-firma"), "nl", "fr")
    flags = [(f.severity, f.message) for p in report.pairs for f in p.flags if f.code == "name"]
    assert flags == [("warning", f"spelled differently: «{pair[0]}» / «{pair[1]}»")], flags


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De boete treft Quorvane Capital NV in Gent.", "L'amende frappe Quorvane Capital SA à Gand."),
        ("Volgens Quorvane Capital klopt dat.", "Selon Quorvane Capital, c'est exact."),
        ("Het gaat om Dravelo Group in Luik.", "Il s'agit de Dravelo Groupe à Liège."),
        ("Quorvane Capital kreeg een boete.", "Quorvane Capital a reçu une amende."),
    ],
)
def test_a_legal_form_or_a_generic_word_rendered_is_the_same_firm(nl: str, fr: str):
    assert firm_spelled(nl, fr) == []


def test_an_adjective_in_the_other_language_is_no_other_firm() -> None:
    assert firm_spelled("de Centrale Investment Group", "the Central Investment Group") == []
