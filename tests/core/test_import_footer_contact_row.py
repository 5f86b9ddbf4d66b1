"""A footer's row of links with 'Contact' among the site's own ('Contact · Mentions légales',
'Contact | Privacy') is a site line: trial C's medicines agency page kept it as a paragraph, since
'Contact' alone is a heading over a contact block and no site word. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.furniture import is_furniture
from reader.core.importer.importer import plan_import
from reader.core.library import Library

FR = [
    "Les pharmacies pourront délivrer dès lundi un nouveau test rapide pour la grippe saisonnière.",
    "Le test coûte 6 euros et donne un résultat en quinze minutes, selon l'agence.",
]


@pytest.mark.parametrize("line", ["Contact · Mentions légales", "Contact | Privacy", "Cookies · Contact · Disclaimer"])
def test_contact_in_a_row_of_the_site_s_links_is_a_site_line(line: str):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Contact", "Contact · Contact", "Prix · Contact", "Contact | Persdienst van de stad"])
def test_contact_alone_or_beside_no_site_word_is_not(line: str):
    assert not is_furniture(line)


def test_a_footer_row_with_contact_is_left_out_of_the_text(tmp_path: Path):
    file = tmp_path / "page.txt"
    page = ["Un test rapide pour la grippe en pharmacie", "Bruxelles, le 6 octobre 2025", *FR]
    file.write_text("\n\n".join([*page, "Contact · Mentions légales"]) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert [b.text for b in plan.blocks] == FR and "Contact · Mentions légales" in plan.dropped
