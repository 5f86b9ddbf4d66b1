"""A figure with an SI unit of mass, volume or length is compared as the quantity it states: '85 µg'
against '85 mg' is a thousandfold error, '0,25 kg' against '250 g' the same weight (trial B, finding
2: the first passed, the second was flagged). The prefixes are plain facts of SI; the unit names come
from CLDR (babel). Sentences made up here."""

from __future__ import annotations

import pytest

from reader.core.review.figures import quantity_findings
from reader.core.text import numbers


def _flag(nl: str, fr: str) -> str | None:
    """The number flag's message on the pair, None for none."""
    s, t = numbers.extract(nl, "nl"), numbers.extract(fr, "fr")
    missing, extra = numbers.unmatched(s, t)
    found = [f.message for f in quantity_findings(s, t, missing, extra) if f.code == "number"]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("nl", "fr", "message"),
    [
        (
            "Een dosis bevat minder dan 85 µg werkzame stof.",
            "Une dose contient moins de 85 mg de substance active.",
            "numbers differ: «85 µg» not in the target; «85 mg» not in the source",
        ),
        (
            "Een flacon bevat ten hoogste 10 ml.",
            "Un flacon contient au maximum 10 l.",
            "numbers differ: «10 ml» not in the target; «10 l» not in the source",
        ),
        (
            "Het gehalte bedraagt 40 µg/kg.",
            "La teneur est de 40 mg/kg.",
            "numbers differ: «40 µg/kg» not in the target; «40 mg/kg» not in the source",
        ),
        (
            "De afstand is 3 km.",
            "La distance est de 3 m.",
            "numbers differ: «3 km» not in the target; «3 m» not in the source",
        ),
        (
            "Een dosis van 5 milligram.",
            "Une dose de 5 microgrammes.",
            "numbers differ: «5 milligram» not in the target; «5 microgrammes» not in the source",
        ),
    ],
)
def test_a_prefix_changed_is_a_number_flag_naming_both_quantities(nl: str, fr: str, message: str):
    assert _flag(nl, fr) == message


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Een pot van 0,25 kg.", "Un pot de 250 g."),
        ("Een pot van 0,5 kg.", "Un pot de 500 g."),
        ("Een worst van 1 kg.", "Une saucisse de 1 000 g."),
        ("Een verpakking van 250 ml.", "Un emballage de 0,25 l."),
        ("Een fles van 75 cl.", "Une bouteille de 0,75 litre."),
        ("Een dosis van 100 microgram.", "Une dose de 100 µg."),
        ("Een oplossing van 20 mg/ml.", "Une solution de 20 mg/mL."),
        ("Een oplossing van 20 mg/ml.", "Une solution de 20 g/l."),
        ("Een strook van 1,5 m.", "Une bande de 150 cm."),
        # a unit said on one side only is the same figure (the other leaves it to the context)
        ("Tussen 10 en 20 mg per dag.", "Entre 10 mg et 20 mg par jour."),
        ("Een pot van 500 g.", "Un pot de 500."),
        # a range's first end takes its last end's unit
        ("Van 0,5 tot 1 kg.", "De 500 à 1 000 g."),
        # 'km/u' and 'km/h' are one speed; a unit over something other than a unit is its first part
        ("Maximaal 30 km/u.", "Au maximum 30 km/h."),
        ("Een siroop van 120 mg/5 ml.", "Un sirop de 120 mg/5 ml."),
        # '5G', 'm²' and 'min' are no grams, metres or metres
        ("Het 5G-netwerk dekt 40 m² in 5 min.", "Le réseau 5G couvre 40 m² en 5 min."),
    ],
)
def test_an_equal_quantity_in_another_unit_is_no_flag(nl: str, fr: str):
    assert _flag(nl, fr) is None


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Een pot van 0,25 kg.", "Un pot de 250 g."),
        ("Een verpakking van 250 ml.", "Un emballage de 0,25 l."),
        ("Een dosis van 100 microgram.", "Une dose de 100 µg."),
    ],
)
def test_the_other_way_too(nl: str, fr: str):
    s, t = numbers.extract(fr, "fr"), numbers.extract(nl, "nl")
    assert numbers.unmatched(s, t) == ([], [])
