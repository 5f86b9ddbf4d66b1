"""The issuer's 'About' paragraph closing a release ('Over Stad X', 'À propos de …') is the
newsroom's boilerplate, not the release (trial C: a city's press room page kept it as two
paragraphs). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "La Ville ouvre en septembre une deuxième ludothèque, dans l'ancienne école du quartier des Prés.",
    "Elle prêtera près de 1.500 jeux et accueillera les familles quatre après-midi par semaine.",
    "Les travaux d'aménagement ont coûté 380.000 euros, dont la moitié à charge de la Région.",
]
_ABOUT = "La Ville de Wavre compte 35.000 habitants. Elle soutient la vie associative et culturelle de ses quartiers."


def _plan(tmp_path: Path, lines: list[str], keep: list[str] | None = None) -> tuple[list[str], list[str]]:
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path), keep=keep or [])
    return [b.text for b in plan.blocks], plan.dropped


def test_an_about_section_closing_the_page_is_dropped_with_the_contact_under_it(tmp_path: Path):
    head = ["Une deuxième ludothèque aux Prés", "12 juin 2025"]
    contact = ["Informations pour la presse", "Service communication", "presse@wavre.example"]
    texts, dropped = _plan(tmp_path, [*head, *_BODY, "À propos de la Ville de Wavre", _ABOUT, *contact])
    assert texts == _BODY and _ABOUT in dropped and "À propos de la Ville de Wavre" in dropped
    # the contact above it, the section last: dropped all the same
    texts, _ = _plan(tmp_path, [*head, *_BODY, *contact, "À propos de la Ville de Wavre", _ABOUT])
    assert texts == _BODY
    # kept by the user, it stays
    texts, _ = _plan(tmp_path, [*head, *_BODY, "À propos de la Ville de Wavre", _ABOUT], keep=[_ABOUT])
    assert texts[-1] == _ABOUT


def test_a_closing_section_about_something_else_stays(tmp_path: Path):
    head = ["Une deuxième ludothèque aux Prés", "12 juin 2025"]
    # a section of the text (no name after 'à propos de'), and a name the paragraph never says
    own = "Le bâtiment date de 1910 et sera isolé par l'intérieur pour garder sa façade de briques."
    for heading in ("À propos du bâtiment", "À propos de Wavre Sud"):
        texts, _ = _plan(tmp_path, [*head, *_BODY, heading, own])
        assert texts[-1] == own, heading


def test_an_about_heading_run_into_its_paragraph_is_the_same_section(tmp_path: Path):
    # trial V: 'À propos d'X : X est …' as one paragraph, in a PDF's letterhead shape, stayed while the
    # heading on a line of its own went; 'd'', 'du', 'des' are 'de' elided or contracted (French)
    head = ["Une deuxième ludothèque aux Prés", "12 juin 2025"]
    about = "Le Port de Wavre gère les quais du canal. Le Port de Wavre emploie 40 personnes."
    for run_in in (
        f"À propos d'Ecoludo : Ecoludo prête des jeux aux écoles. {_ABOUT}",
        f"À propos du Port de Wavre : {about}",
        f"Over Ecoludo: Ecoludo leent spellen uit aan scholen in de hele provincie. {_ABOUT}",
        f"About Ecoludo: Ecoludo lends games to schools across the province. {_ABOUT}",
    ):
        texts, dropped = _plan(tmp_path, [*head, *_BODY, run_in])
        assert texts == _BODY and run_in in dropped, run_in
    # a paragraph of the text opening on 'À propos de' something it never names again stays
    own = "À propos du Parc : la commune y plantera vingt arbres fruitiers cet automne."
    texts, _ = _plan(tmp_path, [*head, *_BODY, own])
    assert texts[-1] == own


def test_an_about_section_naming_the_institution_in_full_under_its_acronym_is_dropped(tmp_path: Path):
    # trial B (F7): 'À propos de l'AFSCA' over a paragraph naming the agency in full, never by its
    # acronym, stayed as the release's last heading and paragraph; an acronym is its name's initials
    head = ["Une deuxième ludothèque aux Prés", "12 juin 2025"]
    for heading, about in (
        (
            "À propos de l'OLW",
            "L'Office des ludothèques de Wallonie soutient les ludothèques publiques et forme leurs animateurs.",
        ),
        ("Over de DSV", "De Dienst voor Speelgoed en Vrije tijd ondersteunt de openbare spelotheken in het land."),
    ):
        texts, dropped = _plan(tmp_path, [*head, *_BODY, heading, about])
        assert texts == _BODY and heading in dropped and about in dropped, (heading, texts)
    # a paragraph whose words spell no acronym of the heading stays
    own = "Le bâtiment date de 1910 et sera isolé par l'intérieur pour garder sa façade de briques."
    texts, _ = _plan(tmp_path, [*head, *_BODY, "À propos de l'OLW", own])
    assert texts[-1] == own
