"""A list one item short after its intro: the intro faces the other version's intro, the items their
own items, and the item missing is named (trial E, finding 9: the French intro 'Les … suivantes :' was
paired with the first Dutch item, every item after it one place off, and the only flag blamed the
Dutch intro). A list item is rendered as a list item: a block of items facing blocks of none pays as a
gap does (a plain fact of a rendering's structure, the one `list_ends` already holds to)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.align import align_blocks
from reader.core.library import Library
from reader.core.model import Block
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release

LEAD_NL = (
    "In 2025 verwerkte de dienst 18.240 aanvragen voor een parkeerkaart, 7,5 % meer dan een jaar eerder. "
    "Samen met de steden werkte de dienst een gezamenlijk plan uit. Voor 2027 is 12,3 miljoen euro extra voorzien. "
    "De nieuwe regeling ging van start op 3 februari 2025."
)
LEAD_FR = (
    "En 2025, le service a traité 18 240 demandes de carte de stationnement, soit 7,5 % de plus qu'un an "
    "auparavant. Avec les villes, le service a élaboré un plan commun. Pour 2027, 12,3 millions d'euros "
    "supplémentaires sont prévus. Le nouveau régime est entré en vigueur le lundi 3 février 2025."
)
INTRO = ("De voornaamste stappen waren:", "Les principales étapes étaient les suivantes :")
ITEMS_NL = [
    "een nieuw loket op het internet voor burgers",
    "een gedeeld register met de 10 provincies",
    "een proefproject met 40 slimme sensoren",
    "een affiche voor nieuwe bewoners",
]
ITEMS_FR = [
    "un nouveau guichet sur internet pour les citoyens",
    "un registre partagé avec les 10 provinces",
    "un projet pilote avec 40 capteurs intelligents",
    "une affiche pour les nouveaux habitants",
]
AFTER = ("6.3 Samenwerking", "6.3 Collaboration")


def _blocks(lead: str, intro: str, items: list[str], after: str) -> list[Block]:
    return [
        Block("paragraph", lead),
        Block("paragraph", intro),
        *(Block("list_item", t) for t in items),
        Block("heading", after),
    ]


@pytest.mark.parametrize("dropped", range(4))
@pytest.mark.parametrize("direction", ["nl-fr", "fr-nl"])
def test_the_intro_faces_the_intro_and_the_missing_item_faces_nothing(dropped: int, direction: str):
    nl = _blocks(LEAD_NL, INTRO[0], ITEMS_NL, AFTER[0])
    fr = _blocks(LEAD_FR, INTRO[1], ITEMS_FR[:dropped] + ITEMS_FR[dropped + 1 :], AFTER[1])
    pairs = align_blocks(nl, fr, "nl", "fr") if direction == "nl-fr" else align_blocks(fr, nl, "fr", "nl")
    faced = [(p.source, p.target) if direction == "nl-fr" else (p.target, p.source) for p in pairs]
    assert ([INTRO[0]], [INTRO[1]]) in faced
    assert ([LEAD_NL], [LEAD_FR]) in faced
    assert ([ITEMS_NL[dropped]], []) in faced
    for k, item in enumerate(ITEMS_NL):
        if k != dropped:
            assert ([item], [ITEMS_FR[k]]) in faced


def test_the_check_names_the_missing_item_and_not_the_intro(tmp_path: Path):
    nl = "\n\n".join([LEAD_NL, INTRO[0], "\n".join(f"- {t}" for t in ITEMS_NL), "## " + AFTER[0], "Tot slot nog dit."])
    fr = "\n\n".join([LEAD_FR, INTRO[1], "\n".join(f"- {t}" for t in ITEMS_FR[1:]), "## " + AFTER[1], "Enfin, ceci."])
    make_release(tmp_path, "2025-03-04-plan", nl, fr)
    report = check_release(Library.load(tmp_path).get("2025-03-04-plan"), "nl", "fr")
    said = [(p.source, f.code, f.message) for p in report.flagged for f in p.flags]
    assert any(code == "enumeration" and ITEMS_NL[0] in message for _, code, message in said), said
    assert not any(INTRO[0] in source for source, _, _ in said), said
