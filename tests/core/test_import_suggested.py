"""Which release an imported page is offered as a language version of: never one that only shares its
date, and also one whose version in the page's language a machine wrote (an official page arriving
after `translate --all`). Two trials; pages in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library
from reader.core.model import Block, Provenance

NL = """Defensie zoekt 2.800 nieuwe collega's

Brussel, 14 januari 2025

Defensie wil dit jaar 2.800 nieuwe militairen en burgers aanwerven.
Minister Jan Peeters stelt de campagne voor in Leopoldsburg.

De kandidaten kunnen zich tot 30 juni inschrijven.
"""
FR = """La Défense recherche 2.800 nouveaux collègues

Bruxelles, le 14 janvier 2025

La Défense veut recruter cette année 2.800 nouveaux militaires et civils.
Le ministre Jan Peeters présente la campagne à Bourg-Léopold.

Les candidats peuvent s'inscrire jusqu'au 30 juin.
"""
OTHER = """Un nouveau portail pour les indépendants

Bruxelles, le 14 janvier 2025

Le SPF Economie ouvre un portail où les indépendants trouvent leurs formulaires en ligne.

Le portail est accessible sans inscription.
"""


def _library(tmp_path: Path) -> tuple[Library, str]:
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    page = tmp_path / "nl.txt"
    page.write_text(NL, encoding="utf-8")
    release = apply_import(plan_import(page, library), library)
    return library, release.id


def test_a_page_that_only_shares_the_date_is_offered_no_release(tmp_path: Path):
    library, _rid = _library(tmp_path)
    page = tmp_path / "other.txt"
    page.write_text(OTHER, encoding="utf-8")
    plan = plan_import(page, library, preview=True)
    assert plan.suggested_release is None


def test_the_official_page_after_a_machine_rendering_is_offered_that_release(tmp_path: Path):
    library, rid = _library(tmp_path)
    release = library.get(rid)
    machine = [Block("paragraph", "La Défense cherche 2.800 nouveaux collègues cette année.")]
    library.save_version(release, "fr", machine, Provenance("machine", engine="argos"), "La Défense cherche", None)
    page = tmp_path / "fr.txt"
    page.write_text(FR, encoding="utf-8")
    plan = plan_import(page, library, preview=True)
    assert plan.suggested_release == rid


def test_a_post_edited_version_of_a_replaced_text_is_to_be_reviewed_not_translated_again():
    """`translate --save` refuses a post-edited version: advising it was a dead end (a trial)."""
    from reader.core.validation import redo

    assert "translate" in redo("r", "nl", "en", "machine") and "--save" in redo("r", "nl", "en", "machine")
    said = redo("r", "nl", "en", "post-edited")
    assert "check r --source nl --target en" in said and "--save" not in said
