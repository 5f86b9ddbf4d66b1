"""A negation said another way on the other side (trials S, F3 and U, F4): an exclusion ('zonder' /
'excluding' / 'hors'), a verb that carries the negation ('negeren' / 'ne respectent pas'), and an
answer word ('Non.' / 'Nee.') that negates no sentence: none is the meaning reversed."""

from __future__ import annotations

import pytest

from reader.core.review.negation import negation_findings


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt"),
    [
        ("De kerninflatie zonder energie bleef stabiel.", "Core inflation excluding energy held steady.", "nl", "en"),
        ("Le prix sans frais reste bas.", "The price except fees stays low.", "fr", "en"),
        ("De prijs zonder kosten blijft laag.", "Le prix hors frais reste bas.", "nl", "fr"),
        ("Le prix sans frais reste bas.", "De prijs exclusief kosten blijft laag.", "fr", "nl"),
        ("Tous sans les enfants.", "Iedereen behalve de kinderen.", "fr", "nl"),
        ("Alle gemeenten zonder de hoofdstad.", "Toutes les communes à l'exception de la capitale.", "nl", "fr"),
        ("Les firmes qui ne respectent pas la règle paient.", "Firma's die de regel negeren, betalen.", "fr", "nl"),
        ("Firms that do not follow the rule pay.", "Les firmes qui ignorent la règle paient.", "en", "fr"),
        ("Hij wil niet tekenen.", "Il refuse de signer.", "nl", "fr"),
        (
            "Anna Claes : Non, mais il faut le préparer.",
            "Anna Claes: Nee, maar we moeten het voorbereiden.",
            "fr",
            "nl",
        ),
        ("Non.", "Nee.", "fr", "nl"),
        ("No!", "Nee!", "en", "nl"),
    ],
)
def test_a_negation_said_otherwise_is_no_reversal(source: str, target: str, src: str, tgt: str) -> None:
    assert negation_findings(source, target, src, tgt) == []
    assert negation_findings(target, source, tgt, src) == []


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt"),
    [
        ("Le dossier n'est pas complet.", "Het dossier is volledig.", "fr", "nl"),
        ("Non, le dossier n'est pas complet.", "Nee, het dossier is volledig.", "fr", "nl"),
        ("We werken zonder pauze.", "We work with a break.", "nl", "en"),
        ("There is no fee.", "Er is een vergoeding.", "en", "nl"),
    ],
)
def test_a_negation_lost_is_still_flagged(source: str, target: str, src: str, tgt: str) -> None:
    assert negation_findings(source, target, src, tgt) != []
