"""A headline whose subject is a minister named with a qualifier ('Vlaamse staatssecretaris Jan Van Damme stelt …
voor', 'La secrétaire d'État wallonne Marie Lenoir présente …') is a sentence: a title, a name, a verb. It is the
headline, never the issuer, whatever names it carries (trial A, F6: a Brussels pair stored its headline
as the issuer and the region's name as the title). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = """{region}
{kicker}

{headline}

{dateline}

{lead}
"""

CASES = [
    (
        "Vlaamse Overheid",
        "Persbericht",
        "Vlaamse staatssecretaris Jan Van Damme stelt bouwpremie voor",
        "Brussel, 9 oktober 2025",
        "Vlaams minister van Toerisme Jan Claes heeft vandaag het nieuwe bezoekerscentrum geopend. Het centrum "
        "ontving in de eerste week al 2.000 bezoekers.",
    ),
    (
        "Service public de Wallonie",
        "Communiqué de presse",
        "La secrétaire d'État wallonne Marie Lenoir présente la prime à la toiture",
        "Namur, le 9 octobre 2025",
        "La ministre wallonne du Tourisme Anne Martin a inauguré aujourd'hui le nouveau centre de visiteurs. "
        "Il a accueilli 2 000 visiteurs la première semaine.",
    ),
]


@pytest.mark.parametrize(("region", "kicker", "headline", "dateline", "lead"), CASES)
def test_a_minister_as_a_headline_subject_is_no_issuer(
    tmp_path: Path, region: str, kicker: str, headline: str, dateline: str, lead: str
):
    page = tmp_path / "page.txt"
    page.write_text(
        PAGE.format(region=region, kicker=kicker, headline=headline, dateline=dateline, lead=lead), encoding="utf-8"
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == headline
    assert plan.issuer == region
