"""Ways input went wrong that this session met (2026-12-02, ninth): pages of regional, provincial,
municipal and federal sites the project had not seen, tried by two new users. Texts in our own
words, in the shapes the pages had; every write of these tests is a dry run (nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import planned

# An ombudsman's news item: the headline, the text, and closing it the site's publication stamp,
# its label ending on a colon and the date in figures.
CLOSING_STAMP = """Een nieuwe voorzitter voor de klachtendienst

De Kamer koos dinsdag een nieuwe voorzitter voor de federale klachtendienst, voor een termijn van zes jaar.

Zij neemt haar taak op zodra ze de eed heeft afgelegd bij de voorzitter van de Kamer.

gepost op: 14/05/2021
"""

# The same site: the last line a link behind an arrow, the stamp run onto its end with no space.
GLUED_STAMP = """Advies over de bescherming van melders

De commissie bespreekt een wetsvoorstel over wie misbruiken meldt binnen een overheidsdienst.

De dienst stelt voor de bescherming uit te breiden tot wie een melder bijstaat.

> Lees het volledige advies (pdf)gepost op: 09/03/2022
"""

# A regional campaign page: its headline, then the period the campaign runs, then the text.
CAMPAIGN_PERIOD = """Un printemps sans tondeuse dans les jardins wallons

Du 01/04/2019 au 31/05/2019

La région invite les habitants à laisser pousser une partie de leur pelouse pendant deux mois.

Plus de 150 communes participent à l'opération, qui en est à sa troisième édition.
"""

# A town's news item with no headline in the stored text: its stamp opens the page, the hour after.
STAMP_ON_TOP = """Gepubliceerd op dinsdag 6 maart 2018 09.15 u.
De gemeente legt dit voorjaar een nieuw fietspad aan langs de vaart, tussen de brug en de sluis.

De werken duren zes weken. Fietsers volgen in die tijd een omleiding langs de kerk.
"""

# Town pages: a skip link, a print link or a CMS's tools heading above the headline, and the link
# back to the news list run onto the last sentence.
SKIP_LINK = """{above}

Nieuwe speeltuin in het stadspark open

Het stadsbestuur opent zaterdag een speeltuin met toestellen voor kinderen tot twaalf jaar.

De speeltuin is elke dag open van 8 tot 20 uur.Terug naar alle nieuws
"""


def _texts(plan: dict) -> str:
    return "\n".join(b["text"] for b in plan["blocks"])


def test_a_publication_stamp_closing_the_page_dates_it(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", CLOSING_STAMP)
    assert plan.get("date") == "2021-05-14", plan
    assert "gepost op" not in _texts(plan)


def test_a_stamp_run_onto_a_link_dates_the_page_and_the_link_is_dropped(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", GLUED_STAMP)
    assert plan.get("date") == "2022-03-09", plan
    assert "Lees het volledige advies" not in _texts(plan)
    assert any("Lees het volledige advies" in line for line in plan["dropped"])  # listed, to keep it


def test_a_line_of_a_campaigns_period_is_no_date_line(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "fr.txt", CAMPAIGN_PERIOD)
    assert "error" in plan and "no date" in plan["error"], plan  # asked for, not taken from the span
    plan = planned(run, tmp_path, "fr.txt", CAMPAIGN_PERIOD, "--date", "2019-03-28")
    assert plan["title"] == "Un printemps sans tondeuse dans les jardins wallons"


def test_a_stamp_with_its_hour_is_the_date_line_never_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", STAMP_ON_TOP)
    assert "error" in plan and "no title" in plan["error"] and "no date" not in plan["error"], plan
    plan = planned(run, tmp_path, "nl.txt", STAMP_ON_TOP, "--title", "Fietspad langs de vaart")
    assert plan["date"] == "2018-03-06"
    assert not _texts(plan).startswith("Gepubliceerd")


@pytest.mark.parametrize("above", ["Naar inhoud", "Printvriendelijke versie"])
def test_a_site_link_above_the_headline_is_no_headline(run, tmp_path: Path, monkeypatch, above: str):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", SKIP_LINK.format(above=above), "--date", "2020-06-12")
    assert plan.get("title") == "Nieuwe speeltuin in het stadspark open", plan
    assert above not in _texts(plan)
    assert _texts(plan).endswith("van 8 tot 20 uur.")  # the link back to the list run onto it: dropped


# An agency's news page copied with its sub-heads run into the sentences after them, no space
# between: the end of a place's name, then the next sentence's first word.
GLUED_SUBHEAD = """Veertig gezinnen aangekomen in het opvangnetwerk

Maandag kwamen veertig gezinnen aan, na een selectie door de partners.Wonen in NederlandOver het algemeen blijven ze
zes weken in een centrum.

Daarna verhuizen ze naar een woning die een gemeente ter beschikking stelt.
"""


def test_a_sub_head_run_into_the_next_sentence_leaves_no_glued_word(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", GLUED_SUBHEAD, "--date", "2016-02-09")
    assert "NederlandOver" not in _texts(plan), plan
    assert "Nederland" in _texts(plan) and "Over het algemeen" in _texts(plan)


# A town's page built on a common CMS: a notice about the town hall's opening hours set over the
# site's tools and skip links, then its breadcrumb, then the release.
BANNER_ABOVE_CRUMBS = """Avertissement

Les guichets de la maison communale ne sont accessibles que sur rendez-vous jusqu'à nouvel ordre.

Outils personnels

Aller au contenu. | Aller à la navigation

Navigation
Vous êtes ici : Accueil / Ma commune / Actualités / Nouveau parc

Un nouveau parc ouvre derrière l'école communale

Le collège communal inaugure samedi un parc de deux hectares avec une plaine de jeux.

Les arbres plantés l'hiver dernier viennent des pépinières de la province.

Le parc est ouvert tous les jours de 8 à 20 heures.
"""

# A release whose page sets the breadcrumb under the text: nothing above it is the site's banner.
CRUMBS_BELOW = """Un nouveau parc ouvre derrière l'école communale

Le collège communal inaugure samedi un parc de deux hectares avec une plaine de jeux.

Les arbres plantés l'hiver dernier viennent des pépinières de la province.

Vous êtes ici : Accueil / Actualités

Contact
"""


def test_a_banner_above_the_breadcrumb_is_the_sites(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "fr.txt", BANNER_ABOVE_CRUMBS, "--date", "2020-10-27")
    assert plan.get("title") == "Un nouveau parc ouvre derrière l'école communale", plan
    texts = _texts(plan)
    for site in ("Avertissement", "sur rendez-vous", "Outils personnels", "Aller au contenu", "Navigation"):
        assert site not in texts
    assert any("sur rendez-vous" in line for line in plan["dropped"])  # listed, to keep it
    assert len(plan["blocks"]) == 3


def test_a_breadcrumb_under_the_text_drops_no_paragraph(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "fr.txt", CRUMBS_BELOW, "--date", "2020-10-27")
    assert plan.get("title") == "Un nouveau parc ouvre derrière l'école communale", plan
    assert len(plan["blocks"]) == 2
