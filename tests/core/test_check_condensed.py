"""Two sentences against one, the one much shorter: a sentence lost, or both said more briefly.
A lost sentence shares nothing with the other side; when each of the two shares a figure, a name
or a cognate with it, both were said and the length is only a note. Texts in our own words."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _omissions(nl: list[str], fr: list[str]) -> list[tuple[str, str]]:
    pair = AlignedPair("paragraph", nl, fr)
    source, target = pair.source_text, pair.target_text
    missing, extra = numbers.unmatched(numbers.extract(source, "nl"), numbers.extract(target, "fr"))
    flags = Checker("nl", "fr").check_pair(pair, target, missing, extra)
    return [(f.severity, f.message) for f in flags if f.code == "omission"]


def test_a_sentence_with_nothing_in_common_with_the_target_is_flagged_as_lost():
    nl = [
        "Met deze nieuwe regeling beschikt de dienst over voldoende opvangplaatsen tijdens de wintermaanden van 2026.",
        "Zodra de koude voorbij is, worden de extra bedden weer opgeborgen en keert het personeel terug naar huis.",
    ]
    fr = ["Grâce à ce nouveau régime, le service disposera de places d'accueil en suffisance pendant l'hiver 2026."]
    found = _omissions(nl, fr)
    assert found and found[0][0] in ("warning", "error"), found


def test_two_sentences_said_briefly_in_one_are_a_note():
    nl = [
        "Zoals eerder gezegd staan we voor een uitzonderlijke situatie in de regio.",
        "Het is belangrijk om deze periode met geduld, kalmte en solidariteit door te komen, samen met alle partners.",
    ]
    fr = ["Nous vivons dans la région une situation exceptionnelle, à traverser ensemble avec patience et solidarité."]
    found = _omissions(nl, fr)
    assert found and all(severity == "info" for severity, _ in found), found
    assert "said more briefly" in found[0][1]


def test_a_segment_empty_on_both_sides_is_no_omission():
    """A title neither version has (a page saved without its headline, both sides): nothing lost."""
    for kind in ("title", "paragraph"):
        flags = Checker("nl", "fr").check_pair(AlignedPair(kind, [""], [""]), "", [], [])
        assert flags == []


def test_a_short_sentence_lost_beside_a_long_one_is_flagged_though_the_ratio_is_chance():
    """The pair's length is within what chance gives (a four-word paragraph lost beside a long one):
    the sentence with nothing in common, the other side as long as the other sentence renders, is
    missing (three trials' pages dropped such a paragraph and nothing was said)."""
    nl = [
        "Ook de scholen krijgen bericht.",
        "De regeling werd vooraf besproken met de provincies en met de sociale partners van de sector.",
    ]
    fr = ["Le régime a été discuté au préalable avec les provinces et avec les partenaires sociaux du secteur."]
    found = _omissions(nl, fr)
    assert [severity for severity, _ in found] == ["warning"], found
    assert "Ook de scholen krijgen bericht." in found[0][1]


def test_a_sentence_added_beside_a_rendering_is_flagged_the_other_way():
    nl = ["De regeling werd vooraf besproken met de provincies en met de sociale partners van de sector."]
    fr = [
        "Le régime a été discuté au préalable avec les provinces et avec les partenaires sociaux du secteur.",
        "Les écoles seront aussi prévenues.",
    ]
    pair = AlignedPair("paragraph", nl, fr)
    flags = Checker("nl", "fr").check_pair(pair, pair.target_text, [], [])
    assert [(f.code, f.severity) for f in flags if f.code == "addition"] == [("addition", "warning")], flags


def test_two_paragraphs_rendered_as_one_are_no_lone_sentence():
    """Each sentence has something in common with the rendering, or the rendering is as long as
    both: a paragraph joined, nothing lost."""
    nl = ["De provincies krijgen bericht.", "De regeling werd besproken met de sociale partners van de sector."]
    fr = ["Les provinces sont prévenues et le régime a été discuté avec les partenaires sociaux du secteur."]
    assert not [m for _, m in _omissions(nl, fr) if "nothing in common" in m]
    short_tag = ["Lees meer.", "De regeling werd besproken met de provincies en met de sociale partners van de sector."]
    fr_one = ["Le régime a été discuté avec les provinces et avec les partenaires sociaux du secteur."]
    assert not [m for _, m in _omissions(short_tag, fr_one) if "nothing in common" in m]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            [
                "De inspecteurs bezochten vorig jaar 1.850 winkels in vier sectoren van de detailhandel.",
                "Die sectoren waren, in volgorde van grootte:",
            ],
            [
                "Les inspecteurs ont visité l'an dernier 1.850 magasins dans quatre secteurs du commerce de "
                "détail, à savoir, par ordre de taille :"
            ],
        ),
        (
            [
                "Volgens het agentschap veroorzaakte de vervuiling in 2022 4120 vroegtijdige sterfgevallen.",
                "In de steden is het verkeer daarvan de grootste oorzaak.",
            ],
            [
                "Selon l'agence, la pollution a causé 4 120 décès prématurés dans le pays en 2022, le trafic "
                "routier en étant dans les villes la plus grande cause."
            ],
        ),
    ],
)
def test_a_sentence_merged_into_its_neighbour_as_a_clause_is_no_lone_sentence(nl: list[str], fr: list[str]):
    """A lead-in or a second sentence rendered as a clause of the first ('…, à savoir :', '…, le trafic
    étant …') shares nothing, and the French was within the spread of the other sentence alone: a
    false 'missing?' (a checks trial, three such merges). The French is as long as both render."""
    assert not [m for _, m in _omissions(nl, fr) if "nothing in common" in m]


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        ("De aanbeveling is nog altijd niet uitgevoerd.", "La recommandation a entre-temps été mise en œuvre.", True),
        ("De lijsten moeten niet meteen worden verwijderd.", "Les listes doivent être retirées tout de suite.", True),
        (
            "De lijsten moeten niet meteen worden verwijderd.",
            "Les listes ne doivent pas être retirées tout de suite.",
            False,
        ),
        (
            "De dienst mocht alleen meepraten als het punt hem aanging.",
            "Le service ne pouvait participer que si le point le concernait.",
            False,
        ),
        (
            "Bij de hoogste inkomens is er nauwelijks verandering.",
            "Pour les revenus élevés, on n'observe guère de changement.",
            False,
        ),
        ("De opvang is er voor daklozen.", "L'accueil est destiné aux sans-abri.", False),
        ("De haven ontving meer schepen dan ooit.", "Le port a accueilli plus de navires que jamais.", False),
        # the other side negates by an affix: Dutch 'on-', 'niet-', '-loos'; French 'in-', 'non-'
        ("De inspecteurs kwamen onaangemeld langs.", "Les inspecteurs sont passés sans prévenir.", False),
        ("Ook niet-erkende opleidingen tellen mee.", "Les formations non reconnues comptent aussi.", False),
        ("Zij kregen ongevraagde reclame.", "Ils ont reçu de la publicité non désirée.", False),
        ("De bijstand is kosteloos.", "L'aide est fournie sans frais.", False),
        ("De gegevens zijn niet volledig.", "Les données sont incomplètes.", False),
        # ... which 'onder-' and 'ont-' are not
        ("De aanvraag wordt niet onderzocht.", "La demande est examinée.", True),
        ("Het dossier werd niet ontvangen.", "Le dossier a été reçu.", True),
    ],
)
def test_a_negation_one_version_says_and_the_other_lacks_is_flagged(nl: str, fr: str, flagged: bool):
    """The meaning reversed with no figure or name changed: two misses of a checks trial, in the
    shapes of an ombudsman's and a court's pairs. 'ne … que' (only), a near negation ('nauwelijks' /
    'ne … guère') and a compound ('sans-abri') are no negation lost."""
    from reader.core.review.negation import negation_findings

    for src, tgt, source, target in (("nl", "fr", nl, fr), ("fr", "nl", fr, nl)):
        found = negation_findings(source, target, src, tgt)
        assert bool(found) is flagged, (source, target, found)
        assert all(f.severity == "warning" for f in found)
