"""Streets named after a person, 'rue X' / 'Xstraat', read both ways (trial T, F2): a French street the
Dutch lacks is noted, one put in place of another is a warning, and the same street written each
language's way, given names before it or not, is no flag."""

from __future__ import annotations

import pytest

from reader.core.review.names import name_findings
from reader.core.review.thresholds import PLAUSIBLE
from reader.core.text.glossary import Glossary


def _both(fr: str, nl: str) -> tuple[tuple[str, float] | None, tuple[str, float] | None]:
    g = Glossary.load()
    return name_findings(fr, nl, fr, nl, "fr", "nl", g), name_findings(nl, fr, nl, fr, "nl", "fr", g)


@pytest.mark.parametrize(
    ("fr", "nl"),
    [
        (
            "Le pont reliera la rue Verhaegenbosch au boulevard Jules Mertens.",
            "De brug verbindt de Verhaegenboschstraat met de Jules Mertenslaan.",
        ),
        (
            "Le guichet, rue Léon Dufrasne 4, ouvre à neuf heures.",
            "Het loket, Léon Dufrasnestraat 4, opent om negen uur.",
        ),
        ("Le parc, quai Arthur Demol 9, ferme tard.", "Het park, Arthur Demolkaai 9, sluit laat."),
        ("On part de la place Royale vers l'avenue Louise.", "We vertrekken op het Koningsplein naar de Louizalaan."),
    ],
)
def test_the_same_street_each_languages_way_is_no_flag(fr: str, nl: str) -> None:
    assert _both(fr, nl) == (None, None)


def test_a_street_swapped_for_another_is_a_warning_both_ways() -> None:
    fr = "Le pont reliera la rue Verhaegenbosch au parc."
    nl = "De brug verbindt de Ninoofsesteenweg met het park."
    for found in _both(fr, nl):
        assert found is not None and found[1] >= PLAUSIBLE
        assert "rue Verhaegenbosch" in found[0] and "Ninoofsesteenweg" in found[0]


def test_a_french_street_the_dutch_lacks_is_noted() -> None:
    fr = "Le pont reliera la rue Verhaegenbosch au parc."
    nl = "De brug verbindt het park met de stad."
    for found in _both(fr, nl):
        assert found is not None and found[1] < PLAUSIBLE and "rue Verhaegenbosch" in found[0]
