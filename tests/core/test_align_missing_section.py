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


# (Dutch heading, French heading, Dutch paragraph, French paragraph): a faithful page of seven items
ITEMS = [
    (
        "Nieuwe regels voor deelfietsen",
        "Nouvelles règles pour les vélos partagés",
        "Op voorstel van de minister van Mobiliteit keurt de regering een vergunning voor 40 verhuurders goed.",
        "Sur proposition du ministre de la Mobilité, le gouvernement approuve une licence pour 40 loueurs.",
    ),
    (
        "Steun voor kleine bibliotheken",
        "Soutien aux petites bibliothèques",
        "Op voorstel van de minister van Cultuur trekt de regering 2 miljoen euro uit voor langere openingsuren.",
        "Sur proposition du ministre de la Culture, le gouvernement dégage 2 millions pour ouvrir plus longtemps.",
    ),
    (
        "Benoeming bij de havendienst van Oostende",
        "Nomination au service des ports d'Ostende",
        "Op voorstel van de minister van Economie benoemt de regering Els Maes tot directeur voor 6 jaar.",
        "Sur proposition du ministre de l'Économie, le gouvernement nomme Els Maes directrice pour 6 ans.",
    ),
    (
        "Onderhoud van de kustwegen",
        "Entretien des routes côtières",
        "Op voorstel van de minister van Openbare Werken keurt de regering 14 werven langs de kust goed.",
        "Sur proposition du ministre des Travaux publics, le gouvernement approuve 14 chantiers le long de la côte.",
    ),
    (
        "Consulaat in Dakar",
        "Consulat à Dakar",
        "Op voorstel van de minister van Buitenlandse Zaken opent de regering op 1 mei 2027 in Dakar een consulaat.",
        "Sur proposition du ministre des Affaires étrangères, le gouvernement ouvre à Dakar le 1er mai 2027.",
    ),
    (
        "Vorstverlet in de bouw",
        "Chômage pour gel dans la construction",
        "Op voorstel van de minister van Werk verlengt de regering de regeling tot 31 maart 2028.",
        "Sur proposition du ministre de l'Emploi, le gouvernement prolonge le régime jusqu'au 31 mars 2028.",
    ),
    (
        "Kalender van de begrotingscontrole",
        "Calendrier du contrôle budgétaire",
        "Op voorstel van de minister van Begroting legt de regering de kalender vast: verslag op 5 maart 2027.",
        "Sur proposition du ministre du Budget, le gouvernement fixe le calendrier : rapport le 5 mars 2027.",
    ),
]


def test_headings_read_as_paragraphs_on_one_side_leave_the_page_aligned_whole():
    """Nothing is missing: two French item headings were read as paragraphs (an import's slip), so
    the French has two headings fewer and sections holding two items each. No section is lacking, and
    every block keeps a partner (a faithful Council pair went from one flag to twenty, trial B)."""
    nl = [Block(kind, text, level=2 if kind == H else 0) for h, _, p, _ in ITEMS for kind, text in ((H, h), (P, p))]
    fr = [
        Block(kind, text, level=2 if kind == H else 0)
        for k, (_, h, _, p) in enumerate(ITEMS)
        for kind, text in ((P if k in (4, 5) else H, h), (P, p))
    ]
    pairs = align_blocks(nl, fr, "nl", "fr")
    assert [(p.source, p.target) for p in pairs if not (p.source and p.target)] == []
