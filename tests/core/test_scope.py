"""A word that keeps a list open ('notamment', 'onder meer') dropped by the other side (own words)."""

from reader.core.review.analysis import Analyses
from reader.core.review.scope import scope_finding


def _scope(nl: str, fr: str) -> str | None:
    a = Analyses()
    s, t = a.of(nl, "nl"), a.of(fr, "fr")
    return scope_finding(s, t, s, t)


def test_an_open_list_word_dropped_is_said_from_either_side():
    nl = "Het fonds betaalt de opleiding en de begeleiding."
    fr = "Le fonds finance notamment la formation et l'accompagnement."
    found = _scope(nl, fr)
    assert found is not None and "notamment" in found and "Dutch" in found
    assert _scope("Het fonds betaalt onder meer de opleiding.", "Le fonds finance la formation.")


def test_the_other_side_answering_in_its_own_words_is_no_flag():
    fr = "Le fonds finance notamment la formation et l'accompagnement."
    assert _scope("Het fonds betaalt onder andere de opleiding en de begeleiding.", fr) is None
    assert _scope("Het fonds betaalt kosten zoals de opleiding en de begeleiding.", fr) is None
    assert _scope("Het fonds betaalt de opleiding.", "Le fonds finance la formation.") is None


def test_a_coordination_the_other_side_may_render_otherwise_is_a_note():
    from reader.core.review.structure import coordination_finding

    nl = "De cel steunt de kinder- en jeugdwerking."
    # no coordination at all: a member is lost, a warning
    found = coordination_finding(nl, "La cellule soutient le travail de jeunesse.", "nl", "fr")
    assert found is not None and "the French has no coordination" in found[0] and found[1] == 1.0
    # a hyphen coordinates two nouns too ('maladie-invalidité')
    assert (
        coordination_finding(
            "De ziekte- en invaliditeitsverzekering betaalt.", "L'assurance maladie-invalidité paie.", "nl", "fr"
        )
        is None
    )
    # the other side coordinates its clauses otherwise: only fewer coordinations, a note
    nl = "De cel steunt de kinder- en jeugdwerking en de ouders, en zij helpt de scholen."
    found = coordination_finding(nl, "La cellule soutient les enfants et les parents et aide les écoles.", "nl", "fr")
    assert found is not None and found[1] < 0.6
    # its only coordination joins the same months as this side's other one: still a warning
    nl = "In mei en juni steunt de cel de kinder- en jeugdwerking."
    found = coordination_finding(nl, "En mai et juin, la cellule soutient le travail de jeunesse.", "nl", "fr")
    assert found is not None and found[1] == 1.0


def test_a_list_in_brackets_that_lost_an_item():
    from reader.core.review.structure import inline_enumeration_finding

    nl = "De cijfers gelden voor alle weggebruikers (voetgangers, fietsers, bromfietsers en motorrijders)."
    fr = "Les chiffres valent pour tous les usagers (piétons, cyclistes et motocyclistes)."
    found = inline_enumeration_finding(nl, fr, "nl", "fr")
    assert found is not None and "3 items in brackets" in found
    same = "Les chiffres valent pour tous les usagers (piétons, cyclistes, cyclomotoristes, motocyclistes, …)."
    assert inline_enumeration_finding(nl, same, "nl", "fr") is None  # '…' is no item of its own
    assert inline_enumeration_finding(nl.replace(" en motorrijders", ", enz."), fr, "nl", "fr") is None
