"""A basis point is a hundredth of a percentage point: '25 basispunten' is '0,25 point de
pourcentage' (a plain fact of finance in the three languages). Trial F, F5: the two were 'numbers
differ'. Pairs in our own words."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text.numbers import extract, unmatched


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "De herfinancieringsrente zakte met 25 basispunten.",
            "Le taux de refinancement a reculé de 0,25 point de pourcentage.",
        ),
        ("De rente ligt 0,5 procentpunt hoger.", "Le taux est supérieur de 50 points de base."),
        ("De marge kromp met 75 bp.", "La marge s'est réduite de 0,75 point de pourcentage."),
        ("De spread steeg met 10 basispunten.", "L'écart a augmenté de 10 pb."),
    ],
)
def test_basis_points_match_their_hundredth_in_points(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])


def test_english_basis_points_match_a_dutch_percentage_point() -> None:
    said = extract("rates were cut by 40 basis points", "en")
    assert unmatched(extract("de rente daalde met 0,4 procentpunt", "nl"), said) == ([], [])


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Dat is 25 basispunten lager dan in april.", "C'est 50 points de base de moins qu'en avril."),
        ("De rente daalde met 25 basispunten.", "Le taux a baissé de 0,5 point de pourcentage."),
        ("De rente daalde met 25 basispunten.", "Le taux a baissé de 25 points de pourcentage."),
    ],
)
def test_another_figure_of_basis_points_still_differs(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) != ([], [])


def test_basis_points_rising_against_falling_is_the_other_way() -> None:
    source, target = "De rente steeg met 25 basispunten.", "Le taux a baissé de 25 points de base."
    missing, extra = unmatched(extract(source, "nl"), extract(target, "fr"))
    pair = AlignedPair("paragraph", [source], [target])
    found = Checker("nl", "fr", None).check_pair(pair, target, list(missing), list(extra), source)
    assert any("the other way" in f.message for f in found)
