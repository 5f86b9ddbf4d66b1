"""A paragraph that lost (or gained) a whole sentence in the other version is still the rendering of
its counterpart: the two paragraphs face each other and only the lost sentence faces nothing (trial
L, p04: the French paragraph one sentence short was set with the paragraph before it as a 1-2, the
Dutch paragraph left alone, and the review showed an addition, a 'meaning reversed?' on two
unrelated sentences and both Dutch sentences as missing)."""

from __future__ import annotations

from reader.core.align import align_blocks, align_sentences
from reader.core.model import Block

NL = [
    Block("paragraph", "De gemeenteraad van Hasselt heeft op 3 maart 2026 het nieuwe mobiliteitsplan goedgekeurd."),
    Block(
        "paragraph",
        "Het plan voorziet in drie nieuwe fietsstraten rond het station en een lagere snelheid in de "
        "woonwijken, waar voortaan overal dertig kilometer per uur geldt.",
    ),
    Block(
        "paragraph",
        "De bewoners werden vooraf bevraagd. De stad verwerkte de opmerkingen van 412 inwoners in een "
        "aangepaste versie van het ontwerp, dat in de zomer op drie avonden werd voorgesteld.",
    ),
    Block(
        "paragraph",
        "De schepen Mobiliteit verwacht dat de werken in oktober beginnen. Zij verwijst daarbij ook naar de "
        "subsidie van 2,4 miljoen euro die de Vlaamse regering op 19 januari 2026 toekende voor de "
        "heraanleg van de Kempische Steenweg en de Kuringersteenweg.",
    ),
    Block("paragraph", "Het volledige plan staat vanaf maandag op de website van de stad."),
]
FR = [
    Block("paragraph", "Le 3 mars 2026, le conseil communal de Hasselt a approuvé le nouveau plan de mobilité."),
    Block(
        "paragraph",
        "Le plan prévoit trois nouvelles rues cyclables autour de la gare et une vitesse réduite dans les "
        "quartiers résidentiels, où trente kilomètres par heure s'appliqueront partout.",
    ),
    Block(
        "paragraph",
        "Les habitants ont été consultés au préalable. La ville a intégré les remarques de 412 habitants "
        "dans une version adaptée du projet, présentée l'été lors de trois soirées.",
    ),
    # the second sentence (the subsidy of 19 January) is left out of the French
    Block("paragraph", "L'échevine de la Mobilité s'attend à ce que les travaux débutent en octobre."),
    Block("paragraph", "Le plan complet sera disponible dès lundi sur le site de la ville."),
]
LOST = NL[3].text.split(". ", 1)[1]


def _pairs(source: list[Block], target: list[Block], src: str, tgt: str) -> list[tuple[list[str], list[str]]]:
    return [(p.source, p.target) for p in align_blocks(source, target, src, tgt)]


def test_a_paragraph_one_sentence_short_faces_its_counterpart_not_the_paragraph_before():
    pairs = _pairs(NL, FR, "nl", "fr")
    assert pairs == [([n.text], [f.text]) for n, f in zip(NL, FR, strict=True)]


def test_only_the_lost_sentence_faces_nothing():
    rows = align_sentences(align_blocks(NL, FR, "nl", "fr"), "nl", "fr")
    assert [r.source for r in rows if not r.target] == [[LOST]]
    assert all(r.source for r in rows)  # no French sentence shown as added


def test_read_the_other_way_the_sentence_is_an_addition_and_the_paragraphs_still_face():
    assert _pairs(FR, NL, "fr", "nl") == [([f.text], [n.text]) for n, f in zip(NL, FR, strict=True)]
    rows = align_sentences(align_blocks(FR, NL, "fr", "nl"), "fr", "nl")
    assert [r.target for r in rows if not r.source] == [[LOST]]


def test_a_paragraph_the_other_version_split_in_two_is_still_set_with_both_halves():
    split = [
        *FR[:3],
        Block("paragraph", "L'échevine de la Mobilité s'attend à ce que les travaux débutent en octobre."),
        Block(
            "paragraph",
            "Elle renvoie aussi au subside de 2,4 millions d'euros que le gouvernement flamand a octroyé "
            "le 19 janvier 2026 pour le réaménagement de la Kempische Steenweg et de la Kuringersteenweg.",
        ),
        FR[4],
    ]
    pairs = _pairs(NL, split, "nl", "fr")
    assert ([NL[3].text], [split[3].text, split[4].text]) in pairs
    assert ([NL[2].text], [split[2].text]) in pairs
