"""A section one version lacks (an item of a Council of Ministers' page left out of the French, trial
B): its heading faces nothing and is flagged, and the next section's heading faces its heading, never
the missing section's heading nor its last paragraph. Texts in our own words."""

from __future__ import annotations

from reader.core.align import align_blocks
from reader.core.model import Block

H, P = "heading", "paragraph"
NL = [
    (H, "Nieuwe regels voor deelfietsen"),
    (P, "Op voorstel van de minister van Mobiliteit keurt de regering een vergunning voor verhuurders goed."),
    (P, "De vergunning geldt vanaf 1 maart 2026 in de hele provincie."),
    (H, "Steun voor kleine bibliotheken"),
    (P, "Op voorstel van de minister van Cultuur trekt de regering 2 miljoen euro uit voor langere openingsuren."),
    (P, "Het ontwerp gaat voor advies naar de Raad van State."),
    (H, "Benoeming bij de havendienst van Oostende"),
    (P, "Op voorstel van de minister van Economie benoemt de regering Els Maes tot directeur voor 6 jaar."),
    (H, "Onderhoud van de kustwegen"),
    (P, "Op voorstel van de minister van Openbare Werken keurt de regering 14 werven langs de kust goed."),
]
FR = [
    (H, "Nouvelles règles pour les vélos partagés"),
    (P, "Sur proposition du ministre de la Mobilité, le gouvernement approuve une licence pour les loueurs."),
    (P, "La licence s'applique à partir du 1er mars 2026 dans toute la province."),
    (H, "Nomination au service des ports d'Ostende"),
    (P, "Sur proposition du ministre de l'Économie, le gouvernement nomme Els Maes directrice pour 6 ans."),
    (H, "Entretien des routes côtières"),
    (P, "Sur proposition du ministre des Travaux publics, le gouvernement approuve 14 chantiers le long de la côte."),
]


def _blocks(rows: list[tuple[str, str]]) -> list[Block]:
    return [Block(kind, text, level=2 if kind == H else 0) for kind, text in rows]  # type: ignore[arg-type]


def test_a_heading_faces_a_heading_or_nothing():
    pairs = align_blocks(_blocks(NL), _blocks(FR), "nl", "fr")
    faced = {tuple(p.source): tuple(p.target) for p in pairs}
    assert faced[("Steun voor kleine bibliotheken",)] == ()  # the missing section's heading: alone
    assert faced[("Benoeming bij de havendienst van Oostende",)] == ("Nomination au service des ports d'Ostende",)
    assert faced[("Het ontwerp gaat voor advies naar de Raad van State.",)] == ()
    for pair in pairs:  # a heading never shares a pair with a paragraph
        kinds = set(pair.kinds) | set(pair.target_kinds)
        assert not (H in kinds and P in kinds), pair
