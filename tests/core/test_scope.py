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
