"""A conjunction of another language left in a translation ('A et B' in Dutch): a word the
translator did not render. Texts in our own words, in the shapes of real pages."""

from __future__ import annotations

import pytest

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.checks import check_release
from reader.core.review.identical import foreign_conjunction
from tests.core.releases import paragraph_release


def _untranslated(nl: list[str], fr: list[str], src: str, tgt: str) -> list[str]:
    report = check_release(paragraph_release(nl, fr), src, tgt)
    return [f.message for p in report.pairs for f in p.flags if f.code == "untranslated"]


def test_two_names_joined_by_the_french_word_in_the_dutch_version_are_flagged():
    nl = ["De jury bestaat uit drie leden: Anna Peeters, Marc Dubois et Lotte Janssens."]
    fr = ["Le jury compte trois membres : Anna Peeters, Marc Dubois et Lotte Janssens."]
    said = _untranslated(nl, fr, "fr", "nl")
    assert said and "Dubois et Lotte" in said[0]
    assert not _untranslated(nl, fr, "nl", "fr")  # 'et' is the French version's own word


@pytest.mark.parametrize(
    "text",
    [
        "Twee nieuwe middelen worden terugbetaald: ALFAMYCINE® et BETAVIR®.",
        "Het aandeel daalde (2020: 4,1% et 2021: 3,9%) en bleef laag.",
    ],
)
def test_names_and_figures_joined_by_et_in_dutch(text: str):
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Zij werd benoemd tot Officier in de Orde van Kunsten et des Lettres.",  # a French name's own 'et'
        "Overleg met de Conseil économique et social van het Waalse Gewest.",
        "Volgens Janssens et al. neemt het aantal gevallen toe.",
        "Het rapport van «Liberté et Patrie» verscheen in mei.",  # a title in quotes
        "De Union des Villes et Communes de Wallonie reageert positief.",  # a French name kept whole
        "Het advies van l'Office Wallon et Bruxellois is gunstig.",
        "De raad en het comité kwamen samen.",
    ],
)
def test_a_french_name_or_a_citation_is_no_leftover(text: str):
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl") is None


def test_no_french_target_is_read_for_a_dutch_word():
    """'en' is a French word too ('en 2020'): a French version is never read for it."""
    assert foreign_conjunction(SegmentAnalysis("Les villes de Gand en Anvers ont signé.", "fr"), "fr") is None
