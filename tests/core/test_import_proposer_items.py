"""A digest's items each open on their title and the line naming the minister who proposed them
('Op voorstel van …', 'Sur proposition du …'): from the first such line on, the page is its items, and
nothing there is the headline, the issuer or a letterhead (trial A, finding 2: a Brussels digest's first
item became the issuer and a letterhead, its real headline a paragraph). Pages in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = """{letterhead}

Beslissingen van de Regering van de Duitstalige Gemeenschap

{first}

De regering keurt het ontwerp van een nieuwe fietsbrug over het kanaal goed. De werken starten in het voorjaar.

Subsidie voor jeugdhuizen
Op voorstel van gedeputeerde An Vos

De deputatie kent 120.000 euro toe aan twaalf jeugdhuizen voor hun werking en hun verbouwingen.
"""

FR = """{letterhead}

Décisions du Gouvernement de la Communauté germanophone

{first}

Le Gouvernement approuve le projet de rénovation de la salle des fêtes. Les travaux commencent au printemps.

Aide aux clubs sportifs
Sur proposition de la Députée Anne Martin

Le Collège accorde une aide de 40 000 euros aux clubs sportifs de la province pour leurs vestiaires.
"""


LETTERHEADS = {
    "nl": "Regering van de Duitstalige Gemeenschap",
    "fr": "Gouvernement de la Communauté germanophone",
    "both": "Regering van de Duitstalige Gemeenschap | Gouvernement de la Communauté germanophone",
}


@pytest.mark.parametrize("letterhead", ["own", "both"])
@pytest.mark.parametrize(
    ("page", "first", "headline", "item"),
    [
        (
            NL,
            "Nieuwe fietsbrug over het kanaal\nOp voorstel van minister-president Jan Claes",
            "Beslissingen van de Regering van de Duitstalige Gemeenschap",
            "Nieuwe fietsbrug over het kanaal",
        ),
        (
            NL,
            "Nieuwe fietsbrug over het kanaal\n\nOp voorstel van minister-president Jan Claes",
            "Beslissingen van de Regering van de Duitstalige Gemeenschap",
            "Nieuwe fietsbrug over het kanaal",
        ),
        (
            FR,
            "Rénovation de la salle des fêtes\nSur proposition du Ministre-Président Paul Lenoir",
            "Décisions du Gouvernement de la Communauté germanophone",
            "Rénovation de la salle des fêtes",
        ),
        (
            FR,
            "Rénovation de la salle des fêtes\n\nSur proposition du Ministre-Président Paul Lenoir",
            "Décisions du Gouvernement de la Communauté germanophone",
            "Rénovation de la salle des fêtes",
        ),
    ],
)
def test_the_first_item_and_its_proposer_stay_in_the_body(
    tmp_path: Path, page: str, first: str, headline: str, item: str, letterhead: str
):
    path = tmp_path / "page.txt"
    own = LETTERHEADS["nl" if page is NL else "fr"]
    path.write_text(page.format(first=first, letterhead=own if letterhead == "own" else LETTERHEADS["both"]), "utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(path, Library.load(tmp_path / "lib"), date=dt.date(2025, 10, 14))
    proposer = first.split("\n")[-1]
    assert plan.title == headline
    assert "voorstel" not in plan.issuer and "proposition" not in plan.issuer
    assert not any(proposer in b.text for b in plan.blocks if b.kind == "letterhead")
    body = " ".join(b.text for b in plan.blocks if b.kind != "letterhead")
    assert item in body and proposer in body
    assert body.index(item) < body.index("De regering keurt" if page is NL else "Le Gouvernement approuve")


UNTITLED = """Vlaamse Overheid
Besluiten van de Vlaamse Regering - vrijdag 10 oktober 2025
Op voorstel van minister-president Jan Claes
De Vlaamse Regering keurt het programma van de handelsmissies voor volgend jaar goed. Het
programma telt twintig missies en kost 1.200.000 euro.
Op voorstel van minister An Vos
De Vlaamse Regering kent 80.000 euro toe aan een campagne over veilig fietsen naar school. De
campagne loopt het hele schooljaar.
"""


def test_a_proposer_line_under_the_headline_opens_the_first_item(tmp_path: Path):
    """Items without titles: the formula right under the headline opens the first item, kept in the
    body (it was dropped as a site line, trial A, F1's single-page case), and the headline stays one."""
    path = tmp_path / "page.txt"
    path.write_text(UNTITLED, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(path, Library.load(tmp_path / "lib"))
    assert plan.title.startswith("Besluiten van de Vlaamse Regering")
    body = [b.text for b in plan.blocks if b.kind != "letterhead"]
    assert body[0] == "Op voorstel van minister-president Jan Claes"
    assert "Op voorstel van minister An Vos" in body
