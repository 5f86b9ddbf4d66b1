"""A name matched whole covers its parts (trial S, F2 and F5): no flag on a word of a name the
other side renders whole, whether the official data or the user's glossary knows the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.review.names import name_findings
from reader.core.text.glossary import Glossary

_HEALTH = "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu"


def _both(nl: str, other: str, lang: str, glossary: Glossary) -> tuple[object, object]:
    return (
        name_findings(nl, other, nl, other, "nl", lang, glossary),
        name_findings(other, nl, other, nl, lang, "nl", glossary),
    )


@pytest.mark.parametrize(
    "english",
    [
        "FPS Health, Food Chain Safety and Environment",
        "Federal Public Service (FPS) Health, Food Chain Safety and Environment",
    ],
)
def test_the_health_services_official_english_names_match_its_dutch_name(english: str) -> None:
    nl = f"Volgens de {_HEALTH} zijn de stalen in orde."
    en = f"According to the {english}, the samples are in order."
    assert _both(nl, en, "en", Glossary.load()) == (None, None)
    wrong = "According to the FPS Finance, the samples are in order."
    assert name_findings(nl, wrong, nl, wrong, "nl", "en", Glossary.load()) is not None


@pytest.mark.parametrize(
    ("nl", "other", "lang"),
    [
        ("De Nationale Loterij betaalt de helft.", "The National Lottery pays half.", "en"),
        ("De Nationale Loterij betaalt de helft.", "La Loterie Nationale paie la moitié.", "fr"),
        ("Het FAGG schorst de verkoop.", "The FAMHP suspends the sale.", "en"),
        ("Het FAGG schorst de verkoop.", "L'AFMPS suspend la vente.", "fr"),
    ],
)
def test_official_names_of_the_lottery_and_the_medicines_agency(nl: str, other: str, lang: str) -> None:
    assert _both(nl, other, lang, Glossary.load()) == (None, None)


def test_a_users_whole_name_covers_its_words(tmp_path: Path) -> None:
    mine = tmp_path / "glossary.yaml"
    mine.write_text(
        "nl:\n  'Dienst Kustwering, Duinen en Havens': ['Coastal Defence, Dunes and Harbours Office']\n",
        encoding="utf-8",
    )
    glossary = Glossary.load(extra=mine)
    nl = "De Dienst Kustwering, Duinen en Havens herstelt de dijk."
    en = "The Coastal Defence, Dunes and Harbours Office repairs the dike."
    assert _both(nl, en, "en", glossary) == (None, None)
