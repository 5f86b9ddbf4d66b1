"""Pages as a new user copied them from a browser, with no blank line between the site's lines and
the release: a menu run into the headline, a name line over it, a share line and a press contact
under the text. Texts in our own words."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.core.importer.importer import ImportPlan, plan_import
from reader.core.library import Library

TEXT = (
    "De federale regering maakt 4 miljoen euro vrij voor nieuwe sporthallen in de provincies. "
    "De eerste werven starten in september."
)


def _plan(tmp_path: Path, page: str) -> ImportPlan:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    return plan_import(path, Library.load(Path(tempfile.mkdtemp(dir=tmp_path))))


def test_a_menu_and_a_cookie_line_run_into_the_headline_are_left_out(tmp_path: Path):
    page = (
        "Menu\nHome\nNieuws\nPublicaties\nContact\nCookies: wij gebruiken cookies. Meer info | Ok\n"
        f"Nieuwe sporthallen in vijf provincies\n\nBrussel, 6 mei 2024\n\n{TEXT}\n"
    )
    plan = _plan(tmp_path, page)
    assert plan.title == "Nieuwe sporthallen in vijf provincies"
    assert {"Publicaties", "Contact", "Cookies: wij gebruiken cookies. Meer info | Ok"} <= set(plan.dropped)


def test_a_name_line_over_the_headline_is_the_issuer_not_part_of_the_title(tmp_path: Path):
    name = "Federale Overheidsdienst Binnenlandse Zaken"
    page = f"{name}\nNieuwe sporthallen in vijf provincies\n\nBrussel, 6 mei 2024\n\n{TEXT}\n"
    plan = _plan(tmp_path, page)
    assert plan.title == "Nieuwe sporthallen in vijf provincies"
    assert plan.issuer == "Federale Overheidsdienst Binnenlandse Zaken"


def test_a_title_wrapped_over_two_lines_stays_one_title(tmp_path: Path):
    page = (
        "Federale regering maakt vier miljoen euro vrij voor\nnieuwe sporthallen in vijf provincies\n\n"
        f"Brussel, 6 mei 2024\n\n{TEXT}\n"
    )
    plan = _plan(tmp_path, page)
    assert plan.title == "Federale regering maakt vier miljoen euro vrij voor nieuwe sporthallen in vijf provincies"


def test_a_share_line_and_a_press_contact_under_the_text_are_left_out(tmp_path: Path):
    page = (
        f"Nieuwe sporthallen in vijf provincies\n\nBrussel, 6 mei 2024\n\n{TEXT}\n\n"
        "Deel dit bericht: Facebook | X | LinkedIn | E-mail\nPerscontact: An Smet, 02 123 45 67, pers@example.be\n"
    )
    plan = _plan(tmp_path, page)
    assert [b.text for b in plan.blocks] == [TEXT]
    assert "Perscontact: An Smet, 02 123 45 67, pers@example.be" in plan.dropped  # listed: --keep brings it back
    french = f"Nouvelles salles de sport\n\nBruxelles, le 6 mai 2024\n\n{TEXT}\n\nPartagez cet article :\nFacebook X\n"
    assert [b.text for b in _plan(tmp_path, french).blocks] == [TEXT]


# A regional portal's head, copied without one blank line: its menu, the menu again as a breadcrumb
# whose last crumb is the page's short title, a label, the date, then the headline and the lead.
PORTAL_NL = (
    "Naar de inhoud\nVlaanderen\nMenu\nZoeken\nHome\nOver Vlaanderen\nVlaamse Regering\nNieuws\n"
    "Home\nVlaamse Regering\nNieuws\nNieuwe sporthallen\nPersbericht\nDinsdag 6 mei 2025\n"
    "Vlaanderen maakt 4 miljoen euro vrij voor nieuwe sporthallen in vijf provincies\n"
    f"{TEXT}\n\nDe aanvragen lopen tot het najaar.\n"
)
PORTAL_FR = (
    "Aller au contenu\nFlandre\nMenu\nRechercher\nAccueil\nÀ propos de la Flandre\nGouvernement flamand\n"
    "Actualités\nAccueil\nGouvernement flamand\nActualités\nNouvelles salles de sport\nCommuniqué de presse\n"
    "Mardi 6 mai 2025\nLa Flandre dégage 4 millions d'euros pour de nouvelles salles de sport dans cinq provinces\n"
    "Le gouvernement fédéral libère 4 millions d'euros pour de nouvelles salles de sport dans les provinces. "
    "Les premiers chantiers débutent en septembre.\n\nLes demandes sont ouvertes jusqu'à l'automne.\n"
)


def test_a_portal_head_in_one_block_gives_the_headline_under_its_date_not_the_last_crumb(tmp_path: Path):
    """The head and its date in one block read as a paragraph: no title, no date, the menu in the
    text (French); or the breadcrumb's last crumb taken for the headline (Dutch). A trial's pages."""
    for page, headline, crumb in (
        (
            PORTAL_NL,
            "Vlaanderen maakt 4 miljoen euro vrij voor nieuwe sporthallen in vijf provincies",
            "Nieuwe sporthallen",
        ),
        (
            PORTAL_FR,
            "La Flandre dégage 4 millions d'euros pour de nouvelles salles de sport dans cinq provinces",
            "Nouvelles salles de sport",
        ),
    ):
        plan = _plan(tmp_path, page)
        assert plan.title == headline
        assert str(plan.date) == "2025-05-06"
        texts = [b.text for b in plan.blocks if b.kind != "letterhead"]  # the government's name: its issuer
        assert not any("Menu" in t or crumb == t for t in texts), texts
        assert texts[0].startswith(("De federale", "Le gouvernement")) and len(texts) == 2


def test_a_short_line_over_a_date_is_still_the_headline_when_nothing_under_it_says_more(tmp_path: Path):
    page = f"Home\nNieuws\nNieuwe sporthallen in vijf provincies\nDinsdag 6 mei 2025\n{TEXT}\n"
    assert _plan(tmp_path, page).title == "Nieuwe sporthallen in vijf provincies"


def test_a_headline_naming_a_day_over_the_dateline_is_the_headline(tmp_path: Path):
    """'… opent op 1 maart 2027' was taken for the date line: the page dated to the day it names,
    its headline the issuer's name and the real dateline dropped as a site line (a trial)."""
    page = (
        "FOD Financiën\nNieuwe loketten openen op 1 maart 2027\nBrussel, 20 februari 2027\n\n"
        f"{TEXT}\n\nDe aanvragen lopen tot het najaar.\n"
    )
    plan = _plan(tmp_path, page)
    assert (plan.title, str(plan.date)) == ("Nieuwe loketten openen op 1 maart 2027", "2027-02-20")
