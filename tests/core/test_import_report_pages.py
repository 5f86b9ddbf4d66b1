"""Pages of an annual report copied from an agency's site: the report's name ('Jaarverslag 2021',
'RAPPORT ANNUEL 2021', 'ABC - ACTIVITEITENVERSLAG 2021') stands over every page of it, as a
letterhead over a release, and the page's own headline comes under it. Alone above the text, the
report's name is the headline. Texts in our own words, in the shape of those pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.issuer import publication_name
from reader.core.importer.plan import MissingFields
from reader.core.library import Library

BODY_NL = (
    "Het voorbije jaar vroeg veel van onze medewerkers. De inspecties gingen door, de meldingen namen toe "
    "en toch bleef de dienstverlening op peil dankzij een nieuwe planning."
)
BODY_FR = (
    "L'année écoulée a beaucoup demandé à nos équipes. Les inspections ont continué, les signalements ont "
    "augmenté et le service est pourtant resté de qualité grâce à un nouveau planning."
)


def _plan(tmp_path: Path, text: str):  # noqa: ANN202
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2022, 6, 1))


@pytest.mark.parametrize(
    ("report", "headline", "body"),
    [
        ("JAARVERSLAG 2021", "Een jaar van aanpassen", BODY_NL),
        ("Jaarverslagen", "Woord vooraf van de voorzitter", BODY_NL),
        ("RAPPORT ANNUEL 2021", "Une année d'adaptation", BODY_FR),
        ("Rapports annuels", "Avant-propos de la présidente", BODY_FR),
        ("ABC - Rapport d'activités 2020-2021", "Une année d'adaptation", BODY_FR),
    ],
)
def test_the_reports_name_over_the_page_is_not_its_headline(tmp_path: Path, report: str, headline: str, body: str):
    plan = _plan(tmp_path, f"{report}\n\n{headline}\n\n{body}\n")
    assert plan.title == headline


def test_a_site_address_with_its_www_opens_a_logo_line_not_a_headline(tmp_path: Path):
    page = (
        "www.abc-agentschap.be       ABC - ACTIVITEITENVERSLAG 2021\nAgentschap voor de controle van speelgoed\n"
        f"\n2021 – Een jaar van aanpassen\n\n{BODY_NL}\n"
    )
    assert _plan(tmp_path, page).title == "2021 – Een jaar van aanpassen"


@pytest.mark.parametrize("report", ["Activiteitenverslag 2021", "Rapport d'activité 2021"])
def test_the_reports_name_alone_above_the_text_is_the_headline(tmp_path: Path, report: str):
    body = BODY_NL if report.startswith("A") else BODY_FR
    assert _plan(tmp_path, f"{report}\n\n{body}\n").title == report


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Jaarverslag 2019-2020", True),
        ("annual report 2020", True),
        ("XYZ – Rapport annuel 2008", True),
        ("Jaarverslag 2010 van de ombudsman", False),  # what the report is about: a headline
        ("Rapport annuel : les chiffres de 2020", False),
        ("Voorstelling van het jaarverslag", False),
    ],
)
def test_what_counts_as_a_reports_name(line: str, named: bool):
    assert publication_name(line) is named


def test_a_line_opening_in_lowercase_continues_a_sentence_and_is_no_headline(tmp_path: Path):
    """A page copied from the middle of its text: a list, then the clause that goes on after it.
    A headline opens on a capital or a figure; here the page has none to offer."""
    page = (
        "Wie vanaf volgend jaar een parkeerkaart wil, kan die aanvragen voor:\n"
        "- een wagen op eigen naam;\n- een wagen van de werkgever;\n"
        "moet dat online doen via:\n- het loket van de gemeente;\n- de website van de stad.\n"
        f"{BODY_NL}\n"
    )
    with pytest.raises(MissingFields) as raised:
        _plan(tmp_path, page)
    assert "no title found" in raised.value.reason


@pytest.mark.parametrize("headline", ["eHealth-platform opent een nieuw loket", "3 vragen over de nieuwe kaart"])
def test_a_headline_may_open_on_a_brand_in_lowercase_or_a_figure(tmp_path: Path, headline: str):
    assert _plan(tmp_path, f"{headline}\n\n{BODY_NL}\n").title == headline


def test_a_written_questions_author_is_its_issuer_and_its_addressee_is_not(tmp_path: Path):
    """A parliament's written question: its number, its author and day, and whom it is put to. The
    line 'aan de minister …' names the addressee (the preposition says so), never the issuer."""
    page = (
        "Schriftelijke vraag nr. 7-123\n\nvan Anna Voorbeeld (Partij) d.d. 12 maart 2021\n\n"
        "aan de minister van Mobiliteit\n\n"
        "Fietspaden - Onderhoud - Budget\n\n"
        "Hoeveel kilometer fietspad werd vorig jaar hersteld, en welk budget werd daarvoor vrijgemaakt door de "
        "federale overheid en de gewesten samen?\n"
    )
    page_path = tmp_path / "vraag.txt"
    page_path.write_text(page, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page_path, Library.load(tmp_path / "lib"))
    assert plan.issuer == "Anna Voorbeeld"
    assert plan.date == dt.date(2021, 3, 12)
    assert "aan de minister van Mobiliteit" in plan.dropped
    assert all("aan de minister" not in b.text for b in plan.blocks)


@pytest.mark.parametrize("headline", ["Au moniteur : trois nouvelles lois publiées", "Aan de slag met de nieuwe app"])
def test_a_headline_opening_on_a_preposition_is_no_addressee(tmp_path: Path, headline: str):
    body = BODY_FR if headline.startswith("Au") else BODY_NL
    assert _plan(tmp_path, f"{headline}\n\n{body}\n").title == headline


@pytest.mark.parametrize(
    "session",
    ["Zitting 2020-2021", "Session 2020-2021", "Zittingsperiode: 19/24 Zitting: 20/21 Datum antwoord: 01/12/2020"],
)
def test_a_parliaments_session_line_is_what_the_page_is_filed_under(tmp_path: Path, session: str):
    page = f"{session}\n\nVraag over de fietspaden langs het kanaal\n\n{BODY_NL}\n"
    plan = _plan(tmp_path, page)
    assert plan.title == "Vraag over de fietspaden langs het kanaal"
    assert all(session not in b.text for b in plan.blocks)
