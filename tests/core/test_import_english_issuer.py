"""An official body's name as a page's first line is its issuer, not a site line (trial K: 'Statbel'
and 'Nationale Bank van België' / 'National Bank of Belgium' over Dutch and English pages were left
out with the site's lines and the release had no issuer; an English page's 'Flemish Government' or
'Constitutional Court' was its issuer and was listed among the site lines too). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

DUTCH = """{owner}

Aantal nieuwe bedrijven stijgt licht in het voorjaar

Brussel, 3 maart 2025

{said} telde in februari vier procent meer oprichtingen dan een jaar eerder.

Vooral in de bouw en de horeca kwamen er zaken bij.
"""

ENGLISH = """{owner}

Number of new businesses rises slightly in spring

Brussels, 3 March 2025

{said} counted four percent more start-ups in February than a year earlier.

Most of the new firms are in building and in hotels and restaurants.
"""


def _plan(tmp_path: Path, text: str):  # noqa: ANN202 - the importer's plan
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"))


@pytest.mark.parametrize(
    ("page", "owner", "said"),
    [
        (DUTCH, "Statbel", "Statbel"),  # a brand opening the sentence is still the name
        (DUTCH, "Nationale Bank van België", "De Nationale Bank"),
        (ENGLISH, "Statbel", "Statbel"),
        (ENGLISH, "National Bank of Belgium", "The National Bank"),
        (ENGLISH, "Flemish Government", "The Flemish Government"),
        (ENGLISH, "Constitutional Court", "The Court"),
        (ENGLISH, "Walloon Government", "The government"),
    ],
)
def test_an_official_body_over_the_page_is_its_issuer_not_a_site_line(tmp_path: Path, page: str, owner: str, said: str):
    plan = _plan(tmp_path, page.format(owner=owner, said=said))
    assert plan.issuer == owner
    assert owner not in plan.site_lines


def test_a_capitalised_word_opening_sentences_is_still_no_issuer(tmp_path: Path):
    """A menu word over the page that the text opens a sentence with is a common noun, not a brand."""
    plan = _plan(tmp_path, DUTCH.format(owner="Nieuws", said="Nieuws: het bureau"))
    assert plan.issuer != "Nieuws"
