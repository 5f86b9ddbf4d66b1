"""A place swapped for another is named on both sides, what the target lost and what it wrote
instead, also where the new place is hyphenated (trial M, finding 9: 'Halle' / 'Braine-le-Comte' and
'Antwerpen' / 'Courtrai-Wevelgem' said only '… not found'). The official names of a municipality are
the glossary's ("'s-Gravenbrakel" is Braine-le-Comte); a hyphenated capitalised name whose first part is a
known place is a place (an airport 'Kortrijk-Wevelgem', a station 'Brussel-Zuid'), present where the
other side names that place. Sentences made up here."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _names(source: str, target: str, src: str = "nl", tgt: str = "fr") -> list[str]:
    pair = AlignedPair("paragraph", [source], [target])
    missing, extra = numbers.unmatched(numbers.extract(source, src), numbers.extract(target, tgt))
    found = Checker(src, tgt, None).check_pair(pair, target, list(missing), list(extra), source)
    return [f.message for f in found if f.code == "name"]


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt", "message"),
    [
        (
            "De nieuwe bus rijdt elk uur tussen Aalst en Ronse, ook op zondag.",
            "Le nouveau bus relie chaque heure Alost et Braine-le-Comte, même le dimanche.",
            "nl",
            "fr",
            "not found in the target: Ronse (expected: Renaix); in the target but not in the source: Braine-le-Comte",
        ),
        (
            "Le nouveau bus relie chaque heure Alost et Renaix, même le dimanche.",
            "De nieuwe bus rijdt elk uur tussen Aalst en 's-Gravenbrakel, ook op zondag.",
            "fr",
            "nl",
            "not found in the target: Renaix (expected: Ronse); in the target but not in the source: 's-Gravenbrakel",
        ),
        (
            "De kleine luchthavens van Luik en Oostende blijven deze winter open.",
            "Les petits aéroports de Courtrai-Wevelgem et d'Ostende restent ouverts cet hiver.",
            "nl",
            "fr",
            "not found in the target: Luik (expected: Liège); in the target but not in the source: Courtrai-Wevelgem",
        ),
    ],
)
def test_a_place_swapped_is_named_on_both_sides(source: str, target: str, src: str, tgt: str, message: str):
    assert _names(source, target, src, tgt) == [message]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De bus rijdt elk uur naar 's-Gravenbrakel.", "Le bus roule chaque heure vers Braine-le-Comte."),
        ("De luchthaven Kortrijk-Wevelgem blijft open.", "L'aéroport de Courtrai-Wevelgem reste ouvert."),
        ("De luchthaven Kortrijk-Wevelgem blijft open.", "L'aéroport de Wevelgem reste ouvert."),
        ("De treinen stoppen in Brussel-Zuid en Gent-Sint-Pieters.", "Les trains desservent Bruxelles-Midi et Gand."),
    ],
)
def test_the_same_place_in_each_language_is_no_flag(nl: str, fr: str):
    assert _names(nl, fr) == []
    assert _names(fr, nl, "fr", "nl") == []
