"""The 'check against delivery' notice over a speech ('Seul le texte prononcé fait foi', 'Het
gesproken woord geldt') is its letterhead's: trial U of the thirty-fourth session saw the French one
taken for the headline and the real headline for the issuer, and the Dutch 'Alleen het gesproken
woord telt' kept as the speech's first paragraph. Never headline, issuer or text; listed as dropped,
so the user can keep it. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

SPEECHES = {
    "nl": (
        "Toespraak van de Eerste Minister op het congres van de lokale besturen",
        "Leuven, 9 maart 2026",
        [
            "Dames en heren,",
            "Gemeenten dragen elke dag de zorg voor wegen, scholen en sporthallen. Vorig jaar kregen zij "
            "daarvoor 240 miljoen euro minder dan gepland.",
            "Daarom stel ik vandaag een nieuw fonds voor, dat elk jaar vóór 1 april uitbetaalt.",
        ],
    ),
    "fr": (
        "Discours du Premier ministre au congrès des pouvoirs locaux",
        "Liège, le 9 mars 2026",
        [
            "Mesdames et Messieurs,",
            "Les communes portent chaque jour la charge des routes, des écoles et des salles de sport. "
            "L'an dernier, elles ont reçu 240 millions d'euros de moins que prévu.",
            "C'est pourquoi je vous propose aujourd'hui un nouveau fonds, payé chaque année avant le 1er avril.",
        ],
    ),
    "en": (
        "Speech by the Prime Minister at the congress of local authorities",
        "Brussels, 9 March 2026",
        [
            "Ladies and gentlemen,",
            "Municipalities look after roads, schools and sports halls every day. Last year they received "
            "240 million euros less than planned.",
            "That is why today I propose a new fund, paid out every year before 1 April.",
        ],
    ),
}
NOTICES = [
    ("nl", "Het gesproken woord geldt"),
    ("nl", "Alleen het gesproken woord telt"),
    ("fr", "Seul le texte prononcé fait foi"),
    ("fr", "Le prononcé fait foi"),
    ("fr", "Seul le prononcé fait foi"),
    ("fr", "Texte prononcé – seul le prononcé fait foi"),
    ("fr", "(Seul le texte prononcé fait foi)"),
    ("nl", "Het gesproken woord geldt – Seul le texte prononcé fait foi"),
    ("en", "Check against delivery"),
    ("en", "Only the spoken word counts"),
]


@pytest.mark.parametrize("where", ["over the headline", "under the headline", "under the date line"])
@pytest.mark.parametrize(("lang", "notice"), NOTICES)
def test_the_spoken_word_notice_is_never_headline_issuer_or_text(tmp_path: Path, lang: str, notice: str, where: str):
    headline, dateline, text = SPEECHES[lang]
    head = {
        "over the headline": [notice, headline, dateline],
        "under the headline": [headline, notice, dateline],
        "under the date line": [headline, dateline, notice],
    }[where]
    page = tmp_path / "speech.txt"
    page.write_text("\n\n".join([*head, *text]) + "\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert (plan.title, plan.issuer) == (headline, "")
    assert [b.text for b in plan.blocks] == text
    assert plan.dropped == [notice]


def test_the_notice_the_user_keeps_stays_in_the_text(tmp_path: Path):
    headline, dateline, text = SPEECHES["fr"]
    page = tmp_path / "speech.txt"
    page.write_text(
        "\n\n".join([headline, dateline, "Seul le texte prononcé fait foi", *text]) + "\n", encoding="utf-8"
    )
    plan = plan_import(page, Library.load(tmp_path), keep=["Seul le texte prononcé fait foi"])
    assert plan.title == headline and "Seul le texte prononcé fait foi" in [b.text for b in plan.blocks]


def test_a_sentence_about_the_spoken_word_is_the_text():
    from reader.core.importer.furniture import is_furniture

    assert not is_furniture("Le texte prononcé par la ministre fait foi devant le tribunal.")
    assert not is_furniture("Het gesproken woord geldt, zei de voorzitter, maar de tekst blijft.")
