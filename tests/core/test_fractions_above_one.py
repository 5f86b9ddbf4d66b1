"""A fraction whose numerator is above one, in words, is the same number in Dutch, French and
English (a plain fact of the three): 'twee vijfde' / 'deux cinquièmes' / 'two fifths'.

Thirty-third session: 'un cinquième' matched 'een vijfde', but 'deux cinquièmes' and 'two fifths'
were read as the bare count 'deux' / 'two', flagged against 'twee vijfde'. From a fifth to a tenth
the denominator is the ordinal word; a rank stays a rank ('een zesde ronde', 'un dixième mandat').
"""

from __future__ import annotations

import pytest

from reader.core.text.numbers import extract, unmatched


@pytest.mark.parametrize(
    ("nl", "other", "lang"),
    [
        ("twee vijfde van de fietsers", "deux cinquièmes des cyclistes", "fr"),
        ("twee vijfde van de fietsers", "two fifths of the cyclists", "en"),
        ("tweevijfde van de fietsers", "deux cinquièmes des cyclistes", "fr"),
        ("drie kwart van de loketten", "trois quarts des guichets", "fr"),
        ("driekwart van de loketten", "three quarters of the counters", "en"),
        ("twee derde van de bussen", "two thirds of the buses", "en"),
        ("tweederde van de bussen", "deux tiers des bus", "fr"),
        ("zeven tiende van de aanvragen", "sept dixièmes des demandes", "fr"),
        ("zeven tiende van de aanvragen", "seven tenths of the requests", "en"),
        ("een tiende van de aanvragen", "un dixième des demandes", "fr"),
        ("40 % van de fietsers", "deux cinquièmes des cyclistes", "fr"),
    ],
)
def test_a_fraction_above_one_part_matches_across_languages(nl: str, other: str, lang: str):
    assert unmatched(extract(nl, "nl"), extract(other, lang)) == ([], [])


@pytest.mark.parametrize(
    ("nl", "other", "lang"),
    [
        ("drie vijfde van de fietsers", "deux cinquièmes des cyclistes", "fr"),
        ("drie vijfde van de fietsers", "two fifths of the cyclists", "en"),
        ("drie kwart van de loketten", "deux tiers des guichets", "fr"),
        ("zeven tiende van de aanvragen", "six dixièmes des demandes", "fr"),
    ],
)
def test_another_numerator_is_flagged(nl: str, other: str, lang: str):
    assert unmatched(extract(nl, "nl"), extract(other, lang)) != ([], [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("er komt een zesde ronde", "nl", [("ordinal", "6")]),
        ("un dixième mandat commence", "fr", [("ordinal", "10")]),
        ("the tenth meeting", "en", [("ordinal", "10")]),
        ("de vijftiende editie", "nl", [("ordinal", "15")]),
        ("in de achttiende eeuw", "nl", [("ordinal", "18")]),
        ("un huitième de finale", "fr", [("ordinal", "8")]),
    ],
)
def test_a_rank_stays_a_rank(text: str, lang: str, expected: list[tuple[str, str]]):
    assert [(q.kind, q.value) for q in extract(text, lang)] == expected
