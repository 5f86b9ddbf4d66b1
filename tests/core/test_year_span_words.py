"""A span of years in one Latin-formed word is a number (trial B: 'a five-year programme' against 'un
programme quinquennal' was 'numbers differ'): 'quinquennal' = 'five-year' = 'vijfjarig'. Own words."""

from __future__ import annotations

import pytest

from reader.core.text import numbers


def _left(a: str, la: str, b: str, lb: str) -> tuple[list[str], list[str]]:
    missing, extra = numbers.unmatched(numbers.extract(a, la), numbers.extract(b, lb))
    return [q.text for q in missing], [q.text for q in extra]


@pytest.mark.parametrize(
    ("en", "fr", "nl"),
    [
        ("a five-year plan for the ports", "un plan quinquennal pour les ports", "een vijfjarig plan voor de havens"),
        ("two-year contracts", "des contrats biennaux", "tweejarige contracten"),
        ("a triennial review", "un examen triennal", "een driejarige evaluatie"),
        ("a ten-year guarantee", "une garantie décennale", "een tienjarige waarborg"),
    ],
)
def test_a_latin_formed_span_of_years_is_its_number(en: str, fr: str, nl: str) -> None:
    assert _left(en, "en", fr, "fr") == ([], [])
    assert _left(nl, "nl", fr, "fr") == ([], [])
    assert _left(fr, "fr", nl, "nl") == ([], [])


def test_another_span_is_still_reported_on_the_side_that_counts() -> None:
    assert _left("een driejarig plan voor de havens", "nl", "un plan quinquennal pour les ports", "fr") == (
        ["driejarig"],
        [],
    )
