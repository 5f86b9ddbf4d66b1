"""A speech addresses its audience on a line of its own ('Dames en heren,') and again between its
parts: trial U of the thirty-fourth session saw such a line taken for the headline (a short line of
the page's head said again below), the real headline then dropped as a site line above it, and both
salutations gone from the text. A salutation is the speech's text, never its headline, never dropped.
Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.furniture import line_key
from reader.core.importer.importer import plan_import
from reader.core.importer.learned import drop_learned
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

SPEECHES = {
    "nl": (
        "Toespraak van de burgemeester bij de opening van het nieuwe zwembad",
        "Gent, 3 mei 2026",
        [
            "De bouw heeft drie jaar geduurd en werd twee keer stilgelegd door de regen. Vandaag zwemmen "
            "de eerste klassen in een bad van vijftig meter.",
            "Ik dank de arbeiders die ook in de winter bleven werken. Zonder hen stonden we hier niet.",
            "Het zwembad blijft open tot tien uur 's avonds. Kinderen onder de twaalf jaar betalen niets.",
        ],
    ),
    "fr": (
        "Allocution de la bourgmestre à l'inauguration de la nouvelle piscine",
        "Namur, le 3 mai 2026",
        [
            "Le chantier a duré trois ans et s'est arrêté deux fois à cause de la pluie. Aujourd'hui, les "
            "premières classes nagent dans un bassin de cinquante mètres.",
            "Je remercie les ouvriers qui ont continué pendant l'hiver. Sans eux, nous ne serions pas ici.",
            "La piscine reste ouverte jusqu'à vingt-deux heures. Les enfants de moins de douze ans ne paient rien.",
        ],
    ),
    "en": (
        "Speech by the mayor at the opening of the new swimming pool",
        "Ghent, 3 May 2026",
        [
            "The works took three years and stopped twice because of the rain. Today the first classes "
            "swim in a fifty-metre pool.",
            "I thank the workers who kept working through the winter. Without them we would not be here.",
            "The pool stays open until ten in the evening. Children under twelve pay nothing.",
        ],
    ),
}
SALUTATIONS = [
    ("nl", "Dames en heren,"),
    ("nl", "Beste landgenoten,"),
    ("nl", "Mevrouw de Voorzitter,"),
    ("fr", "Mesdames et Messieurs,"),
    ("fr", "Chers compatriotes,"),
    ("en", "Ladies and gentlemen,"),
]


def _speech(tmp_path: Path, lang: str, salutation: str) -> tuple[Path, str, list[str]]:
    headline, dateline, parts = SPEECHES[lang]
    text = [salutation, parts[0], parts[1], salutation, parts[2]]
    page = tmp_path / "speech.txt"
    page.write_text("\n\n".join([headline, dateline, *text]) + "\n", encoding="utf-8")
    return page, headline, text


@pytest.mark.parametrize(("lang", "salutation"), SALUTATIONS)
def test_a_salutation_said_again_is_the_speech_text_not_its_headline(tmp_path: Path, lang: str, salutation: str):
    page, headline, text = _speech(tmp_path, lang, salutation)
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == headline
    assert [b.text for b in plan.blocks if b.kind != "letterhead"] == text  # nothing of the body lost
    assert all(b.kind == "paragraph" for b in plan.blocks)  # a salutation is no heading either
    assert plan.dropped == []


def test_a_salutation_is_never_taken_off_a_page_as_a_learned_site_line():
    """A page imported before the fix recorded 'Dames en heren,' as its site's: one such record
    taught every speech after it to drop its salutations."""
    blocks = [RawBlock("Een toespraak"), RawBlock("Dames en heren,"), RawBlock("Wij openen vandaag de brug.")]
    kept, dropped = drop_learned(blocks, {line_key("Dames en heren,"), line_key("Een toespraak")})
    assert [b.text for b in kept] == ["Dames en heren,", "Wij openen vandaag de brug."]
    assert dropped == ["Een toespraak"]
