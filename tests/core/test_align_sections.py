"""Versions with as many section headings align section by section: heading faces heading, whatever
the paragraphs between them do (one split in three on one side, one left out on the other)."""

from __future__ import annotations

from reader.core.align import align_blocks
from reader.core.model import Block

NL = [
    Block("paragraph", "Het agentschap publiceert vandaag de cijfers van maart over 1.240 aanvragen."),
    Block("heading", "AANVRAGEN"),
    Block(
        "paragraph",
        "In maart kwamen 1.240 aanvragen binnen. Dat is 12% meer dan in februari. "
        "De meeste aanvragen kwamen uit Gent en Luik, samen 410.",
    ),
    Block("heading", "BESLISSINGEN"),
    Block("paragraph", "Het agentschap nam 980 beslissingen, waarvan 61% positief."),
    Block("heading", "WACHTTIJD"),
    Block("paragraph", "De gemiddelde wachttijd daalde tot 41 dagen."),
]
FR = [
    Block("paragraph", "L'agence publie aujourd'hui les chiffres de mars sur 1.240 demandes."),
    Block("heading", "DEMANDES"),
    Block("paragraph", "En mars, 1.240 demandes sont arrivées."),
    Block("paragraph", "C'est 12% de plus qu'en février."),
    Block("paragraph", "La plupart venaient de Gand et de Liège, 410 au total."),
    Block("heading", "DÉCISIONS"),
    Block("heading", "DÉLAI D'ATTENTE"),  # its section's paragraph left out: still a heading of its own
    Block("paragraph", "Le délai moyen est descendu à 41 jours."),
]


def test_heading_faces_heading_in_order():
    fr = [*FR[:6], Block("paragraph", "L'agence a pris 980 décisions, dont 61% positives."), *FR[6:]]
    pairs = align_blocks(NL, fr, "nl", "fr")
    headings = [(p.source, p.target) for p in pairs if "heading" in p.kinds or p.kind == "heading"]
    assert headings == [
        (["AANVRAGEN"], ["DEMANDES"]),
        (["BESLISSINGEN"], ["DÉCISIONS"]),
        (["WACHTTIJD"], ["DÉLAI D'ATTENTE"]),
    ]


def test_a_section_empty_on_one_side_leaves_its_blocks_facing_nothing():
    pairs = align_blocks(NL, FR, "nl", "fr")
    lone = [p.source for p in pairs if p.source and not p.target]
    assert lone == [["Het agentschap nam 980 beslissingen, waarvan 61% positief."]]
    assert (["WACHTTIJD"], ["DÉLAI D'ATTENTE"]) in [(p.source, p.target) for p in pairs]
