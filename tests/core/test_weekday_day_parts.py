"""Dutch joins a weekday to a part of the day in one word: 'donderdagavond' is 'jeudi soir'. A
trial's pair read three French 'jeudi' against two Dutch weekdays and said one was not in the
source. Fixtures in our own words."""

from __future__ import annotations

import pytest

from reader.core.text.numbers import extract, unmatched


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "Van vrijdag 3 mei tot vrijdag 28 juni opent de bibliotheek elke vrijdagavond langer.",
            "Du vendredi 3 mai au vendredi 28 juin, la bibliothèque ouvre plus tard chaque vendredi soir.",
        ),
        ("De markt valt op zondagochtend.", "Le marché a lieu le dimanche matin."),
        ("Op dinsdagnamiddagen is het loket dicht.", "Le guichet est fermé le mardi après-midi."),
    ],
)
def test_a_weekday_joined_to_a_part_of_the_day_is_that_weekday(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])
    assert unmatched(extract(fr, "fr"), extract(nl, "nl")) == ([], [])


def test_another_weekday_joined_so_still_differs() -> None:
    missing, extra = unmatched(
        extract("Elke woensdagavond is er een rondleiding.", "nl"),
        extract("Une visite guidée a lieu chaque jeudi soir.", "fr"),
    )
    assert [q.text for q in missing] == ["woensdagavond"] and [q.text for q in extra] == ["jeudi"]
