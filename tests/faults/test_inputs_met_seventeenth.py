"""Ways input went wrong that this session met (2026-12-02, eleventh): town and police-zone news
pages a new user copied from sites the project had not seen. Texts in our own words, in the shapes
the pages had; every write of these tests is a dry run (nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import planned

# A town's news item: its headline names the day a service changes, its stamp (a short month) under it.
SERVICE = """Het stadhuis opent opnieuw zonder afspraak vanaf 1 september 2021

18 aug 2021

Vanaf september kunt u weer zonder afspraak langskomen aan de loketten van het stadhuis.

De openingsuren blijven dezelfde als voor de zomer.
"""

# A police zone's item: its headline names the two days of a campaign, the page states no date.
CAMPAIGN = """{headline}

Onze patrouilles hebben tijdens het weekend meer dan honderd bestuurders gecontroleerd.

Drie bestuurders moesten hun rijbewijs afgeven.
"""


def test_a_date_a_headline_says_a_service_starts_on_is_not_the_pages_date(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", SERVICE)
    assert plan.get("date") == "2021-08-18", plan  # the stamp under it, not the day the change starts
    assert plan["title"].startswith("Het stadhuis opent")


@pytest.mark.parametrize(
    "headline",
    [
        "Controleweekend van 14 en 15 maart 2020",
        "Week-end de contrôles des 14 et 15/03/2020",
        "Nieuwe parkeerregels vanaf 1 april 2020",
        "Travaux jusqu'au 30 juin 2020",
    ],
)
def test_the_days_of_an_event_or_a_rule_in_a_headline_are_no_publication_date(
    run, tmp_path: Path, monkeypatch, headline: str
):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    name = "fr.txt" if "de " in headline.split()[1:3] or "Travaux" in headline else "nl.txt"
    plan = planned(run, tmp_path, name, CAMPAIGN.format(headline=headline))
    assert "no date" in plan.get("error", ""), plan  # asked, never taken from the headline


def test_a_dated_meeting_still_dates_the_page(run, tmp_path: Path, monkeypatch):
    """The guard: one day named by 'van' is the meeting's, as before."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", CAMPAIGN.format(headline="Gemeenteraad van 14 maart 2020"))
    assert plan.get("date") == "2020-03-14", plan


def test_a_publication_stamp_closing_the_page_dates_it_and_is_no_paragraph(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = CAMPAIGN.format(headline="Meer controles op de weg") + "\nGepubliceerd op dinsdag 17 maart 2020 09.40 u.\n"
    plan = planned(run, tmp_path, "nl.txt", page)
    assert plan.get("date") == "2020-03-17", plan
    assert all("Gepubliceerd" not in b["text"] for b in plan["blocks"]), plan["blocks"]
    assert len(plan["blocks"]) == 2


def test_the_headline_said_again_at_the_foot_of_the_page_is_no_paragraph(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    more = "".join(f"\nOp de {n}e controlepost stopten we elke wagen die voorbijkwam.\n" for n in range(2, 12))
    page = CAMPAIGN.format(headline="Meer controles op de weg") + more + "\nMeer controles op de weg\n"
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2020-03-17")
    assert plan["title"] == "Meer controles op de weg"
    assert len(plan["blocks"]) == 12 and plan["blocks"][-1]["text"].startswith("Op de 11e"), plan["blocks"]
    assert "Meer controles op de weg" in plan["dropped"]


@pytest.mark.parametrize("counter", ["0", "48213"])
def test_a_bare_counter_closing_the_page_is_the_sites(run, tmp_path: Path, monkeypatch, counter: str):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = CAMPAIGN.format(headline="Meer controles op de weg") + f"\n{counter}\n"
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2020-03-17")
    assert len(plan["blocks"]) == 2 and counter in plan["dropped"], plan


def test_a_figure_standing_alone_inside_the_text_is_kept(run, tmp_path: Path, monkeypatch):
    """The guard: an infographic's figure over its words is the text's."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "Meer controles op de weg\n\nDit jaar controleerden we:\n\n1250\n\n"
        "bestuurders op alcohol.\n\nDat zijn er meer dan vorig jaar.\n"
    )
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2020-03-17")
    assert any(b["text"].strip() == "1250" or "1250" in b["text"] for b in plan["blocks"]), plan


@pytest.mark.parametrize(
    "download",
    [
        "PDF - 212 Kb",
        "(318.5 kB)",
        "bijlage: verslag_2023.pdf58,2 Kb(pdf)",
        "| Fichier attaché | Taille |\n|---|---|\n| Liste des projets_1.pdf | 61.4 Ko |",
    ],
)
def test_a_downloads_size_line_is_the_sites(run, tmp_path: Path, monkeypatch, download: str):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = CAMPAIGN.format(headline="Meer controles op de weg") + f"\n{download}\n"
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2020-03-17")
    assert [b["text"][:10] for b in plan["blocks"]] == ["Onze patro", "Drie bestu"], plan["blocks"]


# A regional agency's news item as its portal copies: a loading notice and the trail, then the headline.
PORTAL = """Gedaan met laden. U bevindt zich op: Home Nieuws Jaarverslag 2023

Jaarverslag van de Dienst 2023

Op 4 maart stelde de dienst zijn jaarverslag voor aan het parlement.

Het aantal klachten daalde met een tiende.
"""


def test_a_portals_loading_notice_and_trail_are_no_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", PORTAL, "--date", "2024-03-04")
    assert plan["title"] == "Jaarverslag van de Dienst 2023", plan
    assert len(plan["blocks"]) == 2


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Suivez la comète du 12 mai 2024", "fr.txt"),
        ("Volg de opening van 3 mei 2024", "nl.txt"),
    ],
)
def test_an_events_day_in_a_headline_with_its_article_is_no_publication_date(
    run, tmp_path: Path, monkeypatch, headline: str, name: str
):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    body = (
        "\nDe stad nodigt iedereen uit.\n\nDe toegang is gratis.\n"
        if name == "nl.txt"
        else ("\nLa ville invite tout le monde.\n\nL'entrée est gratuite.\n")
    )
    plan = planned(run, tmp_path, name, headline + "\n" + body)
    assert "no date" in plan.get("error", ""), plan


# A utility's newsroom page: the text, its contact card (a name and a role a line), its closing line.
CARD = """De werken aan de riolering starten in juni

Vanaf juni legt het bedrijf nieuwe leidingen in drie straten van het centrum.

De bewoners krijgen volgende week een brief met de omleidingen.

Contacteer ons
Lies Vermeulen Projectleider
Tom Claes Woordvoerder

Het bedrijf zuivert het afvalwater van meer dan driehonderd gemeenten en legt daarvoor leidingen aan.
"""


def test_a_newsrooms_contact_card_is_the_sites(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", CARD, "--date", "2024-05-02")
    texts = [b["text"] for b in plan["blocks"]]
    assert not any("Vermeulen" in t or "Claes" in t for t in texts), texts
    assert "Tom Claes Woordvoerder" in plan["dropped"] and len(texts) == 3


def test_a_name_and_a_role_without_a_press_role_is_kept(run, tmp_path: Path, monkeypatch):
    """The guard: a signature under a letter ('Lies Vermeulen Projectleider') is the release's."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = CARD.replace("Tom Claes Woordvoerder\n", "").replace("Contacteer ons\n", "")
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2024-05-02")
    assert any("Lies Vermeulen" in b["text"] for b in plan["blocks"]), plan["blocks"]


def test_a_kickers_quoted_subject_is_no_issuer_and_is_not_lost(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "Communiqué de presse - « Manger local »\n\nLa Région lance une campagne pour les produits de saison.\n\n"
        "Elle dure trois mois.\n"
    )
    plan = planned(run, tmp_path, "fr.txt", page, "--date", "2024-05-02")
    assert "Manger local" not in (plan.get("issuer") or ""), plan
    assert "Manger local" in plan["title"] or any("Manger local" in b["text"] for b in plan["blocks"]), plan


def test_a_records_fields_a_line_each_stay_lines(run, tmp_path: Path, monkeypatch):
    """A technical sheet one version sets as a block of 'Label: value' lines (a buildings agency's
    pair): each field is a line of its own, as the other version's paragraphs are."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "Nieuwe vleugel voor het stadsarchief\n\nDe werken aan de nieuwe vleugel zijn begonnen.\n\nFiche\n\n"
        "Eigenaar: de stad\nAannemer: nv Bouwwerken Peeters\n"
        "Termijn: mei 2024 – juni 2025\nKostprijs: 2,1 miljoen euro\n"
    )
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2024-05-02")
    texts = [b["text"] for b in plan["blocks"]]
    assert texts[-4:] == [
        "Eigenaar: de stad",
        "Aannemer: nv Bouwwerken Peeters",
        "Termijn: mei 2024 – juni 2025",
        "Kostprijs: 2,1 miljoen euro",
    ], texts


@pytest.mark.parametrize(
    ("page", "name", "title"),
    [
        (
            "De Fiets-ID\n\nWaarom een Fiets-ID?\n\nMet een Fiets-ID vindt de politie een gestolen fiets terug.\n",
            "nl.txt",
            "De Fiets-ID",
        ),
        (
            "Skip to content\n\nVélo Info\n\nQu'est-ce que VÉLO-Info ?\n\nVélo-Info vous prévient des travaux.\n",
            "fr.txt",
            "Vélo Info",
        ),
    ],
)
def test_a_topic_over_a_question_about_it_is_the_headline(
    run, tmp_path: Path, monkeypatch, page: str, name: str, title: str
):
    """Two towns' pages: a short topic, then its first section's question; the topic heads the page."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, name, page, "--date", "2024-05-02")
    assert plan["title"] == title, plan
    assert plan["blocks"][0]["text"].endswith("?"), plan["blocks"]  # the question stays, as the text's first line


def test_a_german_style_day_with_its_full_stop_dates_the_page(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = "12. mars 2023\n\nCollecte des sapins ce samedi\n\nLa commune collecte les sapins devant chaque maison.\n"
    plan = planned(run, tmp_path, "fr.txt", page)
    assert plan.get("date") == "2023-03-12", plan
    assert plan["title"] == "Collecte des sapins ce samedi"


def test_a_credited_caption_and_a_players_loading_line_are_the_sites(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "Les frelons reviennent\n\nLe printemps ramène les frelons dans les jardins, où ils construisent leurs "
        "nids dans les haies et sous les toits des abris.\n\n"
        "Un nid dans une haie. © iStock / Jean Dupuis\n\nChargement en cours\n\n"
        "Appelez les pompiers si vous voyez un nid.\n"
    )
    plan = planned(run, tmp_path, "fr.txt", page, "--date", "2024-05-02")
    assert [b["text"][:10] for b in plan["blocks"]] == ["Le printem", "Appelez le"], plan["blocks"]


def test_a_one_word_tag_over_a_question_headline_stays_a_tag(run, tmp_path: Path, monkeypatch):
    """The guard: 'KERSTBOOM' over 'Waar naartoe met je kerstboom?' is a tag over the headline (a town's)."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = "FIETS\n\nWaar laat je je oude fiets?\n\nHet recyclagepark neemt oude fietsen gratis aan.\n"
    plan = planned(run, tmp_path, "nl.txt", page, "--date", "2024-05-02")
    assert plan["title"] == "Waar laat je je oude fiets?", plan
