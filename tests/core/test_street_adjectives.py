"""A Dutch street named after a city says the city as an adjective whose spelling moves ('Namen':
'Naamse', 'Brugge': 'Brugse', 'Mechelen': 'Mechelse'); the French names the city after 'de'. Trial T
(F5): 'rue de Namur 59' / 'Naamsestraat 59' was flagged 'Namur (expected: Namen)'."""

from __future__ import annotations

import pytest

from reader.core.review.names import name_findings
from reader.core.text.glossary import Glossary


def _both(nl: str, fr: str) -> tuple[object, object]:
    g = Glossary.load()
    return name_findings(nl, fr, nl, fr, "nl", "fr", g), name_findings(fr, nl, fr, nl, "fr", "nl", g)


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Het loket is open in de Naamsestraat 12.", "Le guichet est ouvert rue de Namur 12."),
        ("We verzamelen aan de Naamsepoort.", "Nous nous rassemblons à la porte de Namur."),
        ("Het loket is open aan de Brugsesteenweg 3.", "Le guichet est ouvert chaussée de Bruges 3."),
        ("Het loket is open aan de Mechelsesteenweg 3.", "Le guichet est ouvert chaussée de Malines 3."),
        ("Het loket is open aan de Leuvensesteenweg 3.", "Le guichet est ouvert chaussée de Louvain 3."),
        ("Het loket is open aan de Gentsesteenweg 3.", "Le guichet est ouvert chaussée de Gand 3."),
    ],
)
def test_a_street_on_a_citys_adjective_is_the_french_street_of_that_city(nl: str, fr: str) -> None:
    assert _both(nl, fr) == (None, None)


def test_a_street_of_another_city_is_still_flagged() -> None:
    nl = "Het loket is open in de Naamsestraat 12."
    fr = "Le guichet est ouvert rue de Louvain 12."
    lost, added = _both(nl, fr)
    assert lost is not None or added is not None
