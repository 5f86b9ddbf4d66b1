"""A contact card's label ('Contact presse', 'Perscontact') goes with the card under it: left alone, it
read as the release's last paragraph (trial B, F7). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "La Ville ouvre en septembre une deuxième ludothèque, dans l'ancienne école du quartier des Prés.",
    "Elle prêtera près de 1.500 jeux et accueillera les familles quatre après-midi par semaine.",
    "Les travaux d'aménagement ont coûté 380.000 euros, dont la moitié à charge de la Région.",
]


def _plan(tmp_path: Path, lines: list[str]) -> tuple[list[str], list[str]]:
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_a_contact_label_over_a_card_goes_with_the_card(tmp_path: Path):
    # a long paragraph under the card keeps the contact block from closing the page: the card goes alone
    head = ["Une deuxième ludothèque aux Prés", "12 juin 2025"]
    after = (
        "Les familles intéressées peuvent s'inscrire dès le 1er septembre à l'accueil de la maison communale, "
        "sur présentation d'une carte d'identité et d'une preuve de domicile dans la commune ou dans une "
        "commune voisine ayant signé la convention."
    )
    for card in (
        ["Contact presse\nJeanne Lambert\nPorte-parole\n+32 10 23 45 67\njeanne.lambert@wavre.example"],
        ["Contact presse", "Jeanne Lambert\nPorte-parole\n+32 10 23 45 67"],
    ):
        texts, dropped = _plan(tmp_path, [*head, *_BODY, *card, after])
        assert texts == [*_BODY, after] and "Contact presse" in dropped, (card, texts)
