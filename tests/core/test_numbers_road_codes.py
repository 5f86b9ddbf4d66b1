"""A road, ring or train-service label, a capital or two glued to a number ('N7', 'E17', 'R0', 'S3'),
is an identifier compared whole, and named whole on both sides (trial M, finding 1: 'N4' / 'N5',
'E40' / 'E42', 'R0' / 'R4', 'S8' / 'S9' gave no flag at any severity). Only against a label of the same
letters: a Belgian motorway has two numbers ('E40' is the 'A10'), and one version may give one, the
other version the other, or none. Sentences made up here."""

from __future__ import annotations

import pytest

from reader.core.review.figures import quantity_findings
from reader.core.text import numbers


def _flag(nl: str, fr: str) -> str | None:
    s, t = numbers.extract(nl, "nl"), numbers.extract(fr, "fr")
    missing, extra = numbers.unmatched(s, t)
    found = [f.message for f in quantity_findings(s, t, missing, extra) if f.code == "number"]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("nl", "fr", "said", "written"),
    [
        ("De N7 is dicht in Hamme.", "La N6 est fermée à Hamme.", "N7", "N6"),
        ("De E17 is dicht bij Gavere.", "L'E19 est fermée près de Gavere.", "E17", "E19"),
        ("De R0 is dicht bij Vilvoorde.", "Le R2 est fermé près de Vilvorde.", "R0", "R2"),
        ("De S3-trein rijdt niet.", "Le train S5 ne circule pas.", "S3", "S5"),
        ("De IC12 rijdt later.", "L'IC21 roule plus tard.", "IC12", "IC21"),
        # a motorway by its two numbers: each compared with its own kind
        ("De E42/A15 is dicht.", "L'E42/A16 est fermée.", "A15", "A16"),
        # a motorway's number of three digits is read as a code: the same road family all the same
        ("Op de E17 rijdt niemand.", "Personne ne roule sur l'E313.", "E17", "E313"),
    ],
)
def test_a_label_changed_is_named_whole_on_both_sides(nl: str, fr: str, said: str, written: str):
    assert _flag(nl, fr) == f"numbers differ: «{said}» not in the target; «{written}» not in the source"


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De N7 is dicht.", "La N7 est fermée."),
        ("De S3-trein rijdt niet.", "Le train S3 ne circule pas."),
        ("De E17 (A14) is dicht.", "L'E17 est fermée."),  # the motorway's other number, one side only
        ("De A14 is dicht.", "L'E17 est fermée."),  # the same road by its other number
        ("Tijdens COVID-19 vloog de F16 naar de G7.", "Pendant la COVID-19, le F-16 a volé vers le G7."),
        ("Een A4-blad en 5G.", "Une feuille A4 et la 5G."),
        ("De CO2-uitstoot en de H2-trein.", "Les émissions de CO₂ et le train à hydrogène."),
        ("Fijn stof (PM2,5) steeg met 30 km/u en 5 MW.", "Les particules (PM2,5) ont crû de 30 km/h et 5 MW."),
        ("In Q3 2026 stegen de kosten.", "Au T3 2026, les coûts ont augmenté."),
        ("Lotnummer K3817-4C van de N7.", "Numéro de lot K3817-4C de la N7."),
    ],
)
def test_the_same_label_or_other_names_are_no_flag(nl: str, fr: str):
    assert _flag(nl, fr) is None
