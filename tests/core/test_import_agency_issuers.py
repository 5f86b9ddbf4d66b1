"""An agency's name over its page is the issuer: 'Fedasil', 'Federale Pensioendienst' / 'Service
fédéral des Pensions', the French letterheads of Walloon agencies ('SPW …', 'AViQ - …'), which were
dropped as site lines while the Dutch ones were kept (trials A and H), and the Council of Ministers'
and the data protection authority's names alone over a page (trial L). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = "Vanaf oktober krijgen {n} gezinnen een brief met hun nieuwe bedrag, zo blijkt uit de cijfers van de dienst."
FR = "Dès octobre, {n} familles recevront un courrier indiquant leur nouveau montant, selon les chiffres du service."


@pytest.mark.parametrize(
    ("letterhead", "text", "issuer"),
    [
        ("Fedasil", NL, "Fedasil"),
        ("Federale Pensioendienst", NL, "Federale Pensioendienst"),
        ("Service fédéral des Pensions", FR, "Service fédéral des Pensions"),
        ("SPW Territoire et Logement", FR, "SPW Territoire et Logement"),
        ("AViQ - Agence pour une vie de qualité", FR, "AViQ"),
        # trial L: the federal Council of Ministers and the data protection authority, alone over
        # the headline, were dropped as site lines and the release had no issuer
        ("Ministerraad", NL, "Ministerraad"),
        ("Conseil des ministres", FR, "Conseil des ministres"),
        ("Gegevensbeschermingsautoriteit", NL, "Gegevensbeschermingsautoriteit"),
        ("Autorité de protection des données", FR, "Autorité de protection des données"),
    ],
)
def test_an_agency_s_letterhead_is_the_issuer(tmp_path: Path, letterhead: str, text: str, issuer: str):
    head = "Nieuwe bedragen vanaf oktober" if text is NL else "De nouveaux montants dès octobre"
    date = "Brussel, 2 september 2025" if text is NL else "Namur, le 2 septembre 2025"
    body = [text.format(n=n) for n in ("1.200", "3.400")]
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join([letterhead, head, date, *body]) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.issuer.startswith(issuer) and [b.text for b in plan.blocks if b.kind != "letterhead"] == body


@pytest.mark.parametrize(
    ("letterhead", "text", "issuer"),
    [
        # trial G (F6): the energy regulator's acronym alone on the first line was dropped as a site
        # line and the issuer left empty; the others, known before, alike
        ("CREG", NL, "CREG"),
        ("CREG", FR, "CREG"),
        ("Commissie voor de Regulering van de Elektriciteit en het Gas", NL, "Commissie voor de Regulering"),
        ("Commission de Régulation de l'Électricité et du Gaz", FR, "Commission de Régulation de l'Électricité"),
        ("RIZIV", NL, "RIZIV"),
        ("INAMI", FR, "INAMI"),
        ("BELSPO", FR, "BELSPO"),
    ],
)
def test_a_known_acronym_or_name_alone_on_the_first_line_is_the_issuer(
    tmp_path: Path, letterhead: str, text: str, issuer: str
):
    test_an_agency_s_letterhead_is_the_issuer(tmp_path, letterhead, text, issuer)
