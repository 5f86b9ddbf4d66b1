"""Whole years said in months: twelve months are a year, so 'twaalf maanden' is 'un an' and '24 mois'
is 'twee jaar' (a trial's pair flagged 'twaalf' as a number lost). Fixtures in our own words."""

from __future__ import annotations

import pytest

from reader.core.text.numbers import extract, unmatched


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De gegevens blijven twaalf maanden bewaard.", "Les données sont gardées un an."),
        ("Na 24 maanden volgt een evaluatie.", "Une évaluation suit après deux ans."),
        ("Het contract loopt drie jaar.", "Le contrat court sur 36 mois."),
        ("De termijn is één jaar.", "Le délai est de douze mois."),
        ("Het project duurt 48 maanden.", "Le projet dure quatre années."),
    ],
)
def test_whole_years_and_their_months_are_one_figure_both_ways(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])
    assert unmatched(extract(fr, "fr"), extract(nl, "nl")) == ([], [])


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Na 36 maanden volgt een evaluatie.", "Une évaluation suit après deux ans."),
        ("De gegevens blijven twaalf maanden bewaard.", "Les données sont gardées onze mois."),
        ("Het contract loopt twee jaar.", "Le contrat court sur 18 mois."),
    ],
)
def test_months_that_are_not_those_years_still_differ(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) != ([], [])
