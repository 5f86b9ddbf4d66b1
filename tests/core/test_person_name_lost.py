"""A person's name one version gives and the other leaves out, keeping only the role: a fact a
reviewer must see (a trial's pairs: 'Lien X, woordvoerster' / 'la porte-parole' and 'auditeur
Marc X' / 'l'auditeur' passed unflagged). Fixtures in our own words, names invented."""

from __future__ import annotations

import pytest

from reader.core.review.names import name_findings
from reader.core.review.thresholds import PLAUSIBLE
from reader.core.text.glossary import Glossary


def _lost(source: str, target: str, src: str = "nl", tgt: str = "fr") -> tuple[str, float] | None:
    return name_findings(source, target, source, target, src, tgt, Glossary.load())


@pytest.mark.parametrize(
    ("nl", "fr", "name"),
    [
        (
            '"Het werk is af", zegt Ilse Verbrugghe, woordvoerster van de stad.',
            "« Le travail est terminé », déclare la porte-parole de la ville.",
            "Ilse Verbrugghe",
        ),
        (
            "Het dossier volgde het advies van auditeur Joris Claeskens.",
            "Le dossier a suivi l'avis de l'auditeur.",
            "Joris Claeskens",
        ),
    ],
)
def test_a_name_left_out_where_the_role_stays_is_a_warning(nl: str, fr: str, name: str) -> None:
    found = _lost(nl, fr)
    assert found is not None and name in found[0] and found[1] >= PLAUSIBLE, found


def test_a_name_before_its_title_from_french_too() -> None:
    fr = "« Tout est prêt », affirme Ilse Verbrugghe, la porte-parole de la ville."
    nl = '"Alles is klaar", zegt de woordvoerster van de stad.'
    found = _lost(fr, nl, "fr", "nl")
    assert found is not None and "Ilse Verbrugghe" in found[0] and found[1] >= PLAUSIBLE, found


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            '"Het werk is af", zegt Ilse Verbrugghe, woordvoerster van de stad.',
            "« Le travail est terminé », déclare Ilse Verbrugghe, porte-parole de la ville.",
        ),
        ('"Het werk is af", zegt de woordvoerster.', "« Le travail est terminé », déclare la porte-parole."),
        ("Het advies van de auditeur volgt later.", "L'avis de l'auditeur suit plus tard."),
        ("De steden Gent, Brugge en Kortrijk doen mee.", "Les villes de Gand, Bruges et Courtrai participent."),
    ],
)
def test_the_name_kept_or_a_role_without_a_name_on_both_sides_is_quiet(nl: str, fr: str) -> None:
    assert _lost(nl, fr) is None


def test_a_name_left_out_where_the_role_and_its_portfolio_stay_is_a_warning() -> None:
    """The role kept lowered a lost name to a note, hidden by default ('minister van Justitie
    Liesbeth X' / 'la ministre de la Justice' in a trial)."""
    nl = '"We beginnen morgen", verklaart minister van Justitie Hilde Cornelis.'
    fr = "« Nous commençons demain », déclare la ministre de la Justice."
    found = _lost(nl, fr)
    assert found is not None and "Hilde Cornelis" in found[0] and found[1] >= PLAUSIBLE, found
    named, role = fr.replace("Justice", "Justice Hilde Cornelis"), nl.replace(" Hilde Cornelis", "")
    found = _lost(named, role, "fr", "nl")
    assert found is not None and "Hilde Cornelis" in found[0] and found[1] >= PLAUSIBLE, found
