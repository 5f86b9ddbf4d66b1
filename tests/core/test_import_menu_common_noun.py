"""A menu's label of an article and a lowercase noun over a page ('Het parlement', 'La ville') is
a common noun, never the issuer: trial C's parliament page got issuer 'parlement' from it, where
the parliament's name stood in its logo's line. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = [
    "Het Vlaams Parlement stelt op zaterdag 4 oktober 2025 zijn zalen open voor wie wil kijken.",
    "Gidsen leiden groepen van twintig bezoekers rond, elk halfuur vanaf 10 uur.",
]


@pytest.mark.parametrize(
    "head",
    [
        ["Logo Vlaams Parlement", "Het parlement", "Agenda", "Pers", "Een open dag in het parlement",
         "Brussel, 12 september 2025"],
        # its language switch and a back link under it, a kicker's date line: read as a letterhead
        ["Logo Vlaams Parlement", "Het parlement", "Agenda", "Pers", "FR", "NL", "Terug",
         "Een open dag in het parlement", "PERSBERICHT – 12 september 2025"],
    ],
)  # fmt: skip
def test_a_menu_s_common_noun_over_a_page_is_no_issuer(tmp_path: Path, head: list[str]):
    file = tmp_path / "page.txt"
    file.write_text("\n".join(head) + "\n" + "\n\n".join(NL) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.issuer == "Vlaams Parlement"
    assert [b.text for b in plan.blocks if b.kind not in ("letterhead",)] == NL


@pytest.mark.parametrize("line", ["Het parlement", "De stad", "La ville", "Le gouvernement", "the council"])
def test_an_article_and_a_lowercase_noun_are_a_common_noun(line: str):
    from reader.core.importer.issuer import common_noun

    assert common_noun(line)


@pytest.mark.parametrize("line", ["Het Vlaams Parlement", "La Chambre", "Stad Gent", "Ministerraad", "De Lijn"])
def test_a_name_is_no_common_noun(line: str):
    from reader.core.importer.issuer import common_noun

    assert not common_noun(line)
