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


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt"),
    [
        (
            "Tijdens de werken is fietsen niet toegelaten op de dijk.",
            "Pendant les travaux, le vélo est interdit sur la digue.",
            "nl",
            "fr",
        ),
        (
            "De eigenaars waren niet thuis toen de brand uitbrak.",
            "Les propriétaires étaient absents quand l'incendie a éclaté.",
            "nl",
            "fr",
        ),
        ("Het zwembad is volgende week niet toegankelijk.", "La piscine est fermée la semaine prochaine.", "nl", "fr"),
        ("De halte aan de kerk wordt vrijdag niet bediend.", "L'arrêt de l'église est supprimé vendredi.", "nl", "fr"),
        (
            "Wie niet zeker is van zijn inschrijving, belt het secretariaat.",
            "En cas de doute sur votre inscription, appelez le secrétariat.",
            "nl",
            "fr",
        ),
        ("Camping is not allowed in the dunes.", "Le camping est interdit dans les dunes.", "en", "fr"),
        ("Het museum is maandag niet open.", "The museum is closed on Monday.", "nl", "en"),
    ],
)
def test_a_negated_predicate_said_by_a_privative_word_is_no_reversal(
    source: str, target: str, src: str, tgt: str
) -> None:
    """Trial A: 'niet thuis waren' / 'étaient absents', 'niet toegelaten' / 'interdit', 'niet
    toegankelijk' / 'fermé' were 'the meaning reversed?'; French and English say a negated adjective
    or participle with one word of negative meaning."""
    assert negation_findings(source, target, src, tgt) == []
    assert negation_findings(target, source, tgt, src) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Het zwembad is niet open.", "La piscine est ouverte."),
        ("De brug is niet gesloten.", "Le pont est fermé."),  # the Dutch says the privative word itself
        ("De trein rijdt niet, de weg is dicht.", "Le train roule, la route est fermée."),  # no predicate negated
        ("Het plan is nog altijd niet uitgevoerd.", "Le plan a été mis en œuvre."),
        ("Fietsen is niet toegelaten en niemand mag er stoppen.", "Le vélo est interdit et on peut s'y arrêter."),
    ],
)
def test_a_negated_predicate_without_a_privative_word_is_still_flagged(source: str, target: str) -> None:
    assert negation_findings(source, target, "nl", "fr") != []
    assert negation_findings(target, source, "fr", "nl") != []
