"""Text copied from a PDF viewer: one line per printed line, no blank lines (trial G, a parliament's
release in both languages, copied half by half)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.library import Library

NL = """Provinciale Raad van Limburg
Persdienst
PERSBERICHT
Hasselt, dinsdag 3 maart 2026
Provincieraad keurt plan voor de herinrichting van
oude kleiputten tot natuurgebied goed
De provincieraad heeft gisteren het plan goedgekeurd om vier oude kleiputten langs de Maas om te
vormen tot een natuurgebied met wandelpaden, een vogelkijkhut en een kleine speelzone voor kinderen.
De werken beginnen in het najaar en duren ongeveer twee jaar, zodat het gebied in de zomer van 2028
open kan gaan voor wandelaars en fietsers uit de hele streek.
De gedeputeerde wees erop dat de omwonenden tijdens drie infoavonden hun mening konden geven.
"""

FR = """Conseil provincial du Luxembourg
Service de presse
COMMUNIQUÉ DE PRESSE
Arlon, mardi 3 mars 2026
Le conseil provincial approuve le plan de réaménagement des
anciennes carrières en réserve naturelle
Le conseil provincial a approuvé hier le plan visant à transformer quatre anciennes carrières le
long de la Semois en réserve naturelle, avec des sentiers, un observatoire et une petite plaine de jeux.
Les travaux commenceront à l'automne et dureront environ deux ans, de sorte que le site pourra
ouvrir aux promeneurs et aux cyclistes de toute la région durant l'été 2028.
Le député a souligné que les riverains avaient pu donner leur avis lors de trois soirées.
"""


def _plan(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    try:
        return plan_import(path, Library.load(tmp_path / "lib"))
    except MissingFields as exc:
        return exc.plan


@pytest.mark.parametrize(
    ("text", "title", "first"),
    [
        (
            NL,
            "Provincieraad keurt plan voor de herinrichting van oude kleiputten tot natuurgebied goed",
            "De provincieraad",
        ),
        (
            FR,
            "Le conseil provincial approuve le plan de réaménagement des anciennes carrières en réserve naturelle",
            "Le conseil provincial a approuvé",
        ),
    ],
    ids=["nl", "fr"],
)
def test_a_headline_wrapped_over_two_lines_is_one_headline(tmp_path: Path, text: str, title: str, first: str):
    """The first line ends on 'van' / 'des', which end no headline: the second line finishes it."""
    plan = _plan(tmp_path, text)
    assert plan.title == title
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith(first)


def test_a_lowercase_line_finishing_the_headline_is_its_rest(tmp_path: Path):
    text = NL.replace("herinrichting van\noude", "herinrichting\nvan oude")
    plan = _plan(tmp_path, text)
    assert plan.title == "Provincieraad keurt plan voor de herinrichting van oude kleiputten tot natuurgebied goed"


def test_a_headline_ending_on_a_separable_particle_is_whole_and_a_byline_under_it_stays_apart(tmp_path: Path):
    """'... loopt op' ends its headline (Dutch separable verbs end on 'op', 'aan', 'in'), and 'door
    Jan Peeters' under it is who wrote it, not the headline's rest."""
    wrapped = "Provincieraad keurt plan voor de herinrichting van\noude kleiputten tot natuurgebied goed"
    plan = _plan(tmp_path, NL.replace(wrapped, "Aantal bezoekers van de kleiputten loopt op"))
    assert plan.title == "Aantal bezoekers van de kleiputten loopt op"
    plan = _plan(tmp_path, NL.replace(wrapped, "Aantal bezoekers van de kleiputten\ndoor Jan Peeters"))
    assert plan.title == "Aantal bezoekers van de kleiputten"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [(NL, "Provinciale Raad van Limburg"), (FR, "Conseil provincial du Luxembourg")],
    ids=["nl", "fr"],
)
def test_a_press_service_under_its_institution_makes_the_institution_the_issuer(tmp_path: Path, text: str, issuer: str):
    """'Persdienst' / 'Service de presse' alone is the service of the institution named above it."""
    plan = _plan(tmp_path, text)
    assert plan.issuer == issuer
    letterhead = [b.text for b in plan.blocks if b.kind == "letterhead"]
    assert letterhead == ["\n".join(text.split("\n")[:2])]


def test_a_press_service_with_no_institution_above_it_is_still_the_issuer(tmp_path: Path):
    plan = _plan(tmp_path, NL.replace("Provinciale Raad van Limburg\n", ""))
    assert plan.issuer == "Persdienst"
