"""The same figure as a floor on one side and a ceiling on the other ('meer dan' / 'près de'): the
number check sees the figure on both sides, the reader is told two things. Texts in our own words."""

from __future__ import annotations

import pytest

from reader.core.review.figures import opposite_bounds
from reader.core.text import numbers


def _said(nl: str, fr: str) -> str | None:
    return opposite_bounds(nl, fr, numbers.extract(nl, "nl"), numbers.extract(fr, "fr"), "nl", "fr")


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De stad plant meer dan 300 nieuwe bomen.", "La ville prévoit près de 300 nouveaux arbres."),
        (
            "Zonnepanelen dekken minstens de helft van het verbruik.",
            "Les panneaux couvrent au plus 50 % de la consommation.",
        ),
        ("Er komen hoogstens 40 deelnemers.", "Il y aura au moins 40 participants."),
        ("Niet meer dan 12 dossiers werden geweigerd.", "Plus de 12 dossiers ont été refusés."),
    ],
)
def test_a_floor_against_a_ceiling_is_flagged(nl: str, fr: str):
    said = _said(nl, fr)
    assert said is not None and "floor" in said and "ceiling" in said


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Er werden maar liefst 74 dossiers ingediend.", "Pas moins de 74 dossiers ont été introduits."),
        ("Ongeveer 175 militairen vertrekken.", "Environ 175 militaires partent."),
        ("Meer dan 300 bomen.", "Plus de 300 arbres."),
        ("Ruim 300 bomen worden geplant.", "300 arbres seront plantés."),  # a bound left out: how translators write
        ("Het duurt tot 2029.", "Cela dure jusqu'à 2029."),  # a year is a date, not a figure with a bound
    ],
)
def test_the_same_bound_an_emphasis_or_a_bound_left_out_is_not(nl: str, fr: str):
    assert _said(nl, fr) is None
