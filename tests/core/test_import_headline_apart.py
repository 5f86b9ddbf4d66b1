"""A headline that reads as a sentence, told by how the page sets it apart, and a kicker with its
date that a language guess must not turn into a letterhead. Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.library import Library

LONG = (
    "Het agentschap zet dit najaar twaalf inzamelpunten op in vijf gemeenten. Bewoners kunnen er "
    "grof huisvuil, oude toestellen en snoeiafval kwijt, telkens op zaterdag van negen tot vijf uur."
)
MORE = "De gemeenten kiezen zelf de plaats en maken de data bekend in hun infoblad."


def _plan(tmp_path: Path, text: str, **kwargs):  # noqa: ANN202
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), **kwargs)


@pytest.mark.parametrize(
    "headline",
    [
        "Het mobiele containerpark komt terug naar uw wijk!",
        "Wordt grof huisvuil binnenkort gratis opgehaald?",
        "De inzamelpunten zijn nog niet allemaal bekend.",
    ],
)
def test_a_first_line_set_apart_over_the_text_is_the_headline_whatever_its_mark(tmp_path: Path, headline: str):
    plan = _plan(tmp_path, f"{headline}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline
    assert [b.text for b in plan.blocks if b.kind == "paragraph"][0] == LONG


def test_a_lead_sentence_is_no_headline_and_the_headline_is_asked_for(tmp_path: Path):
    lead = "Op 2 september 2024, na een proefperiode van een jaar, opende het agentschap twee nieuwe punten."
    with pytest.raises(MissingFields) as failed:
        _plan(tmp_path, f"{lead}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert "title" in failed.value.missing


def test_a_kicker_with_its_date_is_no_half_of_a_letterhead(tmp_path: Path):
    text = f"De inzamelpunten gaan open in vijf gemeenten\n\n02/09/2024\n\nPERSBERICHT - 2 september 2024\n\n{LONG}\n"
    plan = _plan(tmp_path, text)
    assert plan.title == "De inzamelpunten gaan open in vijf gemeenten"
    assert plan.date == dt.date(2024, 9, 2)
    assert not [b for b in plan.blocks if b.kind == "letterhead"]


def test_a_headline_run_into_its_kicker_is_the_headline(tmp_path: Path):
    line = "Persbericht : Evaluatie van de inzamelpunten toont grote verschillen tussen de gemeenten"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == line


def test_a_kicker_with_its_issuer_is_still_a_kicker(tmp_path: Path):
    text = f"Persbericht - Agentschap Net Gemeente\n\nTwaalf nieuwe inzamelpunten dit najaar\n\n{LONG}\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2))
    assert plan.title == "Twaalf nieuwe inzamelpunten dit najaar"


def test_the_other_version_s_headline_on_this_page_is_dropped_and_listed(tmp_path: Path):
    nl = "Twaalf nieuwe inzamelpunten in vijf gemeenten dit najaar"
    fr = "Douze nouveaux points de collecte dans cinq communes cet automne"
    plan = _plan(tmp_path, f"{nl}\n\n{fr}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == nl
    assert fr in plan.dropped and all(fr not in b.text for b in plan.blocks)


def test_a_release_in_both_languages_keeps_its_lines_in_both(tmp_path: Path):
    fr_long = (
        "L'agence installe cet automne douze points de collecte dans cinq communes. Les habitants peuvent y "
        "déposer leurs encombrants, leurs vieux appareils et leurs déchets de taille, chaque samedi."
    )
    fr = "Douze nouveaux points de collecte dans cinq communes cet automne"
    text = f"Twaalf nieuwe inzamelpunten in vijf gemeenten\n\n{LONG}\n\n{fr}\n\n{fr_long}\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2))
    assert fr not in plan.dropped


def test_a_date_in_brackets_after_the_headline_dates_the_page_and_stays_in_it(tmp_path: Path):
    line = "Jaarverslag 2023 van de inzameldienst (04 maart 2024)"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n")
    assert plan.title == line and plan.date == dt.date(2024, 3, 4)


def test_a_headline_with_a_bracketed_aside_that_is_no_date_is_undated(tmp_path: Path):
    from reader.core.importer.datelines import run_in_date

    assert run_in_date("Jaarverslag van de inzameldienst (tweede uitgave)", "nl") is None


def test_a_page_that_sets_its_text_again_under_the_teaser_gives_headline_and_date(tmp_path: Path):
    headline = "Laatste overleg over de inzamelpunten onder Belgisch voorzitterschap van de Raad."
    teaser = "De minister betreurt dat er voorlopig geen akkoord is over het nieuwe plan van de gemeenten."
    whole = f"{headline} Brussel, 29/06/2007. {teaser} {MORE}"
    plan = _plan(tmp_path, f"{headline}\n{teaser}\n{teaser}\n{whole}\n")
    assert plan.title == headline and plan.date == dt.date(2007, 6, 29)
