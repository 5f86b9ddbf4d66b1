"""The negation check's false 'meaning reversed?' flags on correct renderings, each a plain fact of
the languages (three trials of the thirty-first session), beside the reversals it must still flag."""

from __future__ import annotations

import pytest

from reader.core.review.negation import negation_findings


def _flagged(nl: str, fr: str) -> list[bool]:
    """Whether the pair is flagged, read either way (nl→fr and fr→nl)."""
    return [bool(negation_findings(nl, fr, "nl", "fr")), bool(negation_findings(fr, nl, "fr", "nl"))]


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        ("Geen bussen op zaterdag", "Pas de bus le samedi", False),
        (
            "De fietsers mogen door, maar niet harder dan 20 km/u.",
            "Les cyclistes passent, mais pas à plus de 20 km/h.",
            False,
        ),
        (
            "Een leraar moet lesgeven, geen tabellen invullen.",
            "Un enseignant doit enseigner, pas remplir des tableaux.",
            False,
        ),
        # the noun 'pas' (a step) and 'pas mal de' (many) negate nothing
        ("De markt ligt vlak bij het station.", "Le marché est à deux pas de la gare.", False),
        ("Er kwamen heel wat bezoekers.", "Il y avait pas mal de visiteurs.", False),
        ("Het bestuur zet een eerste stap.", "La direction fait un premier pas.", False),
        ("De bus rijdt niet op zondag.", "Le bus roule le dimanche, pas à pas.", True),
        # a negation lost is still flagged, either way
        ("De bus rijdt niet op zondag.", "Le bus roule le dimanche.", True),
        ("De bus rijdt op zondag.", "Pas de bus le dimanche.", True),
    ],
)
def test_french_pas_without_ne_negates(nl: str, fr: str, flagged: bool):
    """'Pas de trains ce week-end', 'mais pas à plus de 30 km/h': headlines and spoken French leave
    'ne' out, and the French negates all the same (false flags of three trials)."""
    assert _flagged(nl, fr) == [flagged, flagged]
