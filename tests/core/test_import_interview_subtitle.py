"""A line introducing an interview ('Interview met staatssecretaris … Tom Vanderlinden') names whom
the page asks, not who issues it: trial U of the thirty-fourth session saw it taken for the issuer,
on both versions (an office's title in it). It is the interview's subtitle: the headline above it
stays the headline, and the line stays in the text. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGES = {
    "nl": (
        "\u201eElke bibliotheek wordt een leerplek\u201d",
        "Interview met minister van Cultuur Lotte Vermeiren",
        "Antwerpen, 12 februari 2026",
        "Minister Lotte Vermeiren stelde maandag haar plan voor de openbare bibliotheken voor. Wij vroegen "
        "haar wat er verandert voor wie er elke week komt lezen.",
        "Wat verandert er voor de lezers? Vanaf september blijven veertig bibliotheken ook op zondag open. "
        "Er komen leesclubs voor wie het Nederlands nog leert.",
    ),
    "fr": (
        "« Chaque bibliothèque deviendra un lieu d'apprentissage »",
        "Entretien avec la ministre de la Culture Lotte Vermeiren",
        "Anvers, le 12 février 2026",
        "La ministre Lotte Vermeiren a présenté lundi son plan pour les bibliothèques publiques. Nous lui "
        "avons demandé ce qui change pour ceux qui y viennent lire chaque semaine.",
        "Qu'est-ce qui change pour les lecteurs ? Dès septembre, quarante bibliothèques ouvriront aussi le "
        "dimanche. Des clubs de lecture accueilleront ceux qui apprennent le français.",
    ),
    "en": (
        "'Every library becomes a place to learn'",
        "Interview with the Minister of Culture Lotte Vermeiren",
        "Antwerp, 12 February 2026",
        "Minister Lotte Vermeiren presented her plan for the public libraries on Monday. We asked her what "
        "changes for those who come to read every week.",
        "What changes for readers? From September, forty libraries will also open on Sundays. Reading "
        "clubs will welcome those still learning the language.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_line_introducing_an_interview_is_its_subtitle_not_its_issuer(tmp_path: Path, lang: str):
    headline, subtitle, dateline, lead, text = PAGES[lang]
    page = tmp_path / "interview.txt"
    page.write_text("\n\n".join([headline, subtitle, dateline, lead, text]) + "\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert (plan.title, plan.issuer) == (headline, "")
    assert [b.text for b in plan.blocks] == [subtitle, lead, text]
    assert plan.dropped == []


def test_an_issuer_line_over_an_interview_is_still_the_issuer(tmp_path: Path):
    headline, subtitle, dateline, lead, text = PAGES["nl"]
    page = tmp_path / "interview.txt"
    office = "Kabinet van de minister van Cultuur"
    page.write_text("\n\n".join([office, headline, subtitle, dateline, lead, text]) + "\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == headline and plan.issuer.startswith("Kabinet van de minister van Cultuur")
    assert subtitle in [b.text for b in plan.blocks]
