"""Ways input went wrong that this session met (2026-12-01, eighth): pages of sites the project had
not seen, tried by a new user. Texts in our own words, in the shapes the pages had."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import planned

# A news page: its section link, the headline, the date, and under it (no blank line between) the
# photo's caption closing on its credit, then the text.
CREDITED_PHOTO = """Accueil

Un nouveau centre ouvre ses portes à Namur

17/03/2022
Le bâtiment vu de la rue (c) Belga
L'agence ouvre un centre de 300 places dans un ancien hôpital de la ville.

Les premiers résidents arrivent dans deux semaines, après une inspection des pompiers.
"""

# A statistics page: a headline that opens on its figure, then two one-word theme tags.
FIGURE_HEADLINE = """104.210 sterfgevallen in 2017

Bevolking
Sterfte

In 2017 stierven 104.210 mensen, tegenover 106.050 in het jaar ervoor.

Het sterftecijfer bleef dicht bij het gemiddelde van het voorbije decennium.
"""


def test_a_date_line_over_a_credited_caption_still_dates_the_page(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "fr.txt", CREDITED_PHOTO)
    assert plan.get("date") == "2022-03-17", plan
    assert plan["title"] == "Un nouveau centre ouvre ses portes à Namur"
    assert "Le bâtiment vu de la rue (c) Belga" not in " ".join(b["text"] for b in plan["blocks"])


def test_a_headline_that_opens_on_its_figure_is_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", FIGURE_HEADLINE, "--date", "2022-05-03")  # the page states none
    assert plan.get("title") == "104.210 sterfgevallen in 2017", plan
    texts = [b["text"] for b in plan["blocks"]]
    assert texts[0].startswith("In 2017 stierven") and "Sterfte" not in " ".join(texts)


# Monthly figures: the headline, one sentence, then sections in capitals of bulleted points, and the
# date alone closing the page.
FIGURES_UNDER_HEADINGS = """Cijfers over de opvang voor maart 2023

Het agentschap maakt de opvangcijfers van maart 2023 bekend.

AANVRAGEN

  • In maart kwamen 1.812 nieuwe aanvragen binnen, iets meer dan in februari.
  • De meeste aanvragers kwamen uit Syrië, Afghanistan en Burundi.

CAPACITEIT

  • Eind maart telde het netwerk 33.500 plaatsen, waarvan 96 % bezet.

11 april 2023
"""


def test_a_date_closing_a_page_of_bulleted_sections_makes_no_section_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", FIGURES_UNDER_HEADINGS)
    assert plan.get("title") == "Cijfers over de opvang voor maart 2023", plan
    assert plan["date"] == "2023-04-11"
    texts = [b["text"] for b in plan["blocks"]]
    assert texts[0] == "Het agentschap maakt de opvangcijfers van maart 2023 bekend."
    assert "AANVRAGEN" in texts


def test_the_federal_top_bar_in_its_french_wording_is_the_sites(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "Autres informations et services du gouvernement: www.belgium.be   Logo van de Belgische federale overheid\n\n"
        "Un faux message circule au nom du service\n\n"
        "Des courriels frauduleux invitent à payer une amende en ligne; le service n'envoie jamais de tels messages.\n"
    )
    plan = planned(run, tmp_path, "fr.txt", page, "--date", "2023-04-04")  # the page states none
    assert plan.get("title") == "Un faux message circule au nom du service", plan


def test_the_hour_on_a_press_release_kicker_is_no_issuer(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    page = (
        "COMMUNIQUE DE PRESSE - 12 janvier 2023, 16h30\n\n"
        "Le pic de pollution prend fin ce soir\n\n"
        "Les concentrations de particules fines sont retombées sous le seuil d'alerte dans toute la région.\n"
    )
    plan = planned(run, tmp_path, "fr.txt", page)
    assert plan.get("date") == "2023-01-12", plan
    assert "16h30" not in (plan.get("issuer") or "")


# A regional minister's page: an image's alt text, the headline ending on '!', the kicker and the
# date, each on a line of its own; in the other language the headline is also said again under the
# alt text.
EXCLAIMED = """DAYS abroad lisbon

Les journées bruxelloises partent à la conquête de Lisbonne et Porto !

communiqué de presse

12 octobre 2022

Chaque automne, la Région présente ses entreprises et ses institutions culturelles dans une grande ville européenne.

Cette année, une délégation de soixante personnes se rend au Portugal pendant quatre jours.
"""


def test_a_headline_ending_on_an_exclamation_is_the_headline_not_the_first_paragraph(run, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "fr.txt", EXCLAIMED)
    assert plan.get("title", "").startswith("Les journées bruxelloises partent"), plan
    assert plan["date"] == "2022-10-12"
    texts = [b["text"] for b in plan["blocks"]]
    assert texts[0].startswith("Chaque automne") and not any("Lisbonne et de Porto" in t for t in texts)


def test_a_headline_ending_on_an_exclamation_said_twice_around_an_image_line(run, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    headline = "Les journées bruxelloises partent à la conquête de Lisbonne et Porto !"
    page = f"{headline}\n\n" + EXCLAIMED
    plan = planned(run, tmp_path, "fr.txt", page)
    assert plan.get("title") == headline, plan
    assert plan["date"] == "2022-10-12"
    assert not any("Lisbonne et de Porto" in b["text"] for b in plan["blocks"])
