"""The list filtered on a language shows each release's title and issuer as that language's reader
sees them: French titles stood beside the Dutch issuer (a new user's trial)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library
from reader.core.search_files import read_release
from reader.tui.widgets.library_rows import listing_row

NL = (
    "FOD Financiën\n\nNieuwe aangifte voor zelfstandigen\n\nBrussel, 3 april 2025\n\n"
    "Vanaf mei dienen zelfstandigen hun aangifte voortaan volledig digitaal in, met een vooraf ingevulde versie.\n"
)
FR = (
    "SPF Finances\n\nNouvelle déclaration pour les indépendants\n\nBruxelles, le 3 avril 2025\n\n"
    "Dès mai, les indépendants introduisent leur déclaration entièrement en ligne, avec une version préremplie.\n"
)


def test_the_issuer_of_a_row_is_the_one_its_language_names(tmp_path: Path):
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    for name, text in (("nl.txt", NL), ("fr.txt", FR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    release = apply_import(plan_import(tmp_path / "nl.txt", library), library)
    apply_import(plan_import(tmp_path / "fr.txt", library, release_id=release.id, lang="fr"), library)
    read = read_release((release.id, str(tmp_path / "lib" / release.id), None))
    listing = json.loads(read.listing)
    assert listing_row(listing, "fr").issuer == "SPF Finances"
    assert listing_row(listing, "nl").issuer == listing_row(listing, None).issuer == "FOD Financiën"
    assert listing_row({k: v for k, v in listing.items() if k != "issuers"}, "fr").issuer == "FOD Financiën"
