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
