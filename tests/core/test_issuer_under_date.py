"""An institution's name on the line under the page's date, the headline above both: the issuer, as
a portal sets it (an official's trial: 14 of 37 pages had none). Under a date with no headline above
it, the line is the headline. Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

TOP = "Naar de inhoud\nHome  Nieuws  Contact\n\nPersbericht\n\n"
BODY = (
    "Vanaf volgend jaar kunnen gepensioneerden hun dossier volledig online raadplegen. "
    "De nieuwe toepassing toont ook de verwachte betaaldatum."
)

HEADLINES = {
    "nl": "Een nieuwe toepassing voor gepensioneerden",
    "fr": "Signaler un message suspect devient plus simple",
    "en": "A new application for pensioners",
}


@pytest.mark.parametrize(
    ("issuer", "lang", "date", "body"),
    [
        ("Federale Pensioendienst", "nl", "14 maart 2023", BODY),
        ("Vlaamse Regering", "nl", "2 mei 2024", BODY),
        ("Rijksinstituut voor de Sociale Verzekeringen der Zelfstandigen", "nl", "3 juni 2024", BODY),
        (
            "Centre pour la Cybersécurité Belgique",
            "fr",
            "17 octobre 2023",
            "Les citoyens peuvent désormais signaler un message suspect en un clic. "
            "Le service transmet chaque signalement aux équipes concernées.",
        ),
        (
            "Federal Pension Service",
            "en",
            "4 June 2024",
            "Pensioners can now read their file online. The new application also shows the expected payment date.",
        ),
    ],
)
def test_the_name_under_the_date_is_the_issuer(tmp_path: Path, issuer: str, lang: str, date: str, body: str):
    page = tmp_path / "page.txt"
    headline = HEADLINES[lang]
    page.write_text(f"{TOP}{headline}\n\n{date}\n{issuer}\n\n{body}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == issuer
    assert plan.title == headline
    assert [b.text for b in plan.blocks] == [body]


def test_under_a_date_with_nothing_above_the_line_is_the_headline(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(f"14 maart 2023\nNieuw bezoekerscentrum in het stadspark\n\n{BODY}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == "Nieuw bezoekerscentrum in het stadspark" and plan.issuer == ""
