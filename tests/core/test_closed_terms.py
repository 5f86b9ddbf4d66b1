"""A closed set's member changed is an error (trial A, F2: 'code geel' rendered 'code orange', 'Code
rood' / 'Code orange' in a headline and its body, 'federale fase' / 'phase provinciale' were never
flagged): review/closed_terms.py. Own words, made-up events."""

from __future__ import annotations

import pytest

from reader.core.review.checks import check_release
from reader.core.review.closed_terms import closed_term_findings
from tests.core.releases import paragraph_release


def _terms(nl: list[str], fr: list[str], src: str = "nl", tgt: str = "fr") -> list[tuple[str, str]]:
    report = check_release(paragraph_release(nl, fr), src, tgt)
    return [(f.severity or "", f.message) for p in report.pairs for f in p.flags if f.code == "term"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_changed_code_colour_is_an_error_naming_both(src: str, tgt: str) -> None:
    nl = [
        "Het weerinstituut kondigt code oranje af voor drie provincies. Elders in het land geldt code geel.",
        "De waarschuwing loopt tot zondagochtend.",
    ]
    fr = [
        "L'institut météo déclenche le code orange pour trois provinces. Ailleurs dans le pays, code orange.",
        "L'avertissement court jusqu'à dimanche matin.",
    ]
    flags = _terms(nl, fr, src, tgt)
    assert len(flags) == 1 and flags[0][0] == "error", flags
    assert "«code geel»" in flags[0][1] and "«code orange»" in flags[0][1]


def test_a_changed_emergency_phase_is_an_error() -> None:
    nl = ["De gouverneur heeft de federale fase afgekondigd na het lek in de opslagplaats."]
    fr = ["Le gouverneur a déclenché la phase provinciale après la fuite dans l'entrepôt."]
    assert [m for _, m in _terms(nl, fr)] == ["the emergency phase differs: «federale fase» / «phase provinciale»"]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Het instituut kondigt code rood af voor de kust.", "L'institut déclenche l'alerte rouge pour la côte."),
        ("De kleurcode geel blijft gelden tot vrijdag.", "La vigilance jaune reste en vigueur jusqu'à vendredi."),
        ("Een rode wagen en een gele bus raakten elkaar.", "Une voiture orange et un bus jaune se sont touchés."),
        ("De provinciale fase blijft van kracht.", "La phase provinciale reste en vigueur."),
        ("Code oranje geldt voor de provincie.", "La province reste en alerte."),  # said by one side only
    ],
)
def test_the_same_member_or_no_term_on_one_side_is_no_flag(nl: str, fr: str) -> None:
    assert _terms([nl], [fr]) == []
    assert _terms([nl], [fr], "fr", "nl") == []


def test_a_colour_the_other_block_states_elsewhere_is_a_slip_not_a_flag() -> None:
    """A sentence set against its neighbour's rendering: each member is in the other block."""
    found = closed_term_findings(
        "Code rood geldt aan zee.",
        "Le code orange vaut dans les terres.",
        "Code rood geldt aan zee. Code oranje geldt in het binnenland.",
        "Le code rouge vaut à la mer. Le code orange vaut dans les terres.",
        "nl",
        "fr",
    )
    assert found == []
