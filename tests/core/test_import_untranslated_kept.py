"""A paragraph a rendering left in the original's language is the release's text, kept for the
'untranslated' check: trial J's French page closing on (or holding between two short lines) a Dutch
sentence had it 'left out as site lines'. Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEAD = "La bibliothèque communale rouvre ses portes\n\nLiège, le 4 mars 2026\n\n"
LEAD = (
    "Après huit mois de travaux, la bibliothèque communale accueille de nouveau ses lecteurs dans "
    "une salle agrandie, avec un coin pour les enfants et douze postes informatiques."
)
SHORT = "Le prêt reste gratuit pour tous."
QUOTE = "« Nous voulions un lieu ouvert à chacun », explique l'échevine de la culture, ravie du résultat."
DUTCH = "De leeszaal blijft voortaan ook op zondagvoormiddag open voor alle bezoekers."


def _blocks(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    page = tmp_path / "fr.txt"
    page.write_text(text, encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path), date=dt.date(2026, 3, 4))
    return [b.text for b in plan.blocks], plan.dropped


def test_a_last_paragraph_left_in_the_other_language_is_kept(tmp_path: Path):
    kept, dropped = _blocks(tmp_path, f"{HEAD}{LEAD}\n\n{QUOTE}\n\n{DUTCH}\n")
    assert kept == [LEAD, QUOTE, DUTCH] and DUTCH not in dropped


def test_one_between_a_short_line_and_a_paragraph_is_kept(tmp_path: Path):
    kept, dropped = _blocks(tmp_path, f"{HEAD}{LEAD}\n\n{SHORT}\n\n{DUTCH}\n\n{QUOTE}\n")
    assert kept == [LEAD, SHORT, DUTCH, QUOTE] and DUTCH not in dropped


def test_the_other_version_s_headline_under_the_text_is_still_the_site_s(tmp_path: Path):
    """No full stop, as a headline has none: the site's line, dropped and listed."""
    headline = "Gemeentelijke bibliotheek opent opnieuw de deuren"
    kept, dropped = _blocks(tmp_path, f"{HEAD}{LEAD}\n\n{QUOTE}\n\n{headline}\n")
    assert kept == [LEAD, QUOTE] and headline in dropped
