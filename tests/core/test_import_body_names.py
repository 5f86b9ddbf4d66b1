"""A federal body whose name carries no word of an institution ('RIZIV', 'Federaal Planbureau',
'Regie der Gebouwen'), set alone over its page above the kicker, is the issuer: trial Y's pages of
five such bodies were left with none, the name among the site's lines. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = ("Persbericht", "Brussel, dinsdag 2 september 2025", "Nieuwe bedragen voor de terugbetaling vanaf oktober")
FR = ("Communiqué de presse", "Bruxelles, mardi 2 septembre 2025", "De nouveaux montants de remboursement dès octobre")
BODY_NL = "Vanaf oktober krijgen {n} gezinnen een brief met hun nieuwe bedrag, zo blijkt uit de cijfers."
BODY_FR = "Dès octobre, {n} familles recevront un courrier indiquant leur nouveau montant, selon les chiffres."


@pytest.mark.parametrize(
    ("letterhead", "dutch"),
    [
        ("RIZIV", True),
        ("INAMI", False),
        ("Federaal Planbureau", True),
        ("Bureau fédéral du Plan", False),
        ("Regie der Gebouwen", True),
        ("Régie des Bâtiments", False),
    ],
)
def test_a_body_s_name_over_its_page_is_the_issuer(tmp_path: Path, letterhead: str, dutch: bool):
    kicker, date, head = NL if dutch else FR
    body = [(BODY_NL if dutch else BODY_FR).format(n=n) for n in ("1.200", "3.400")]
    file = tmp_path / "page.txt"
    file.write_text(
        "\n".join([letterhead, kicker, date]) + "\n\n" + "\n\n".join([head, *body]) + "\n", encoding="utf-8"
    )
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.issuer == letterhead
