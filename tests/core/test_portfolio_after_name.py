"""A minister's portfolio written after the name ('X, minister van Lokale Besturen'): the words of
a remit, which each language words its own way, not a person to find on the other side (trial A's
French-original pairs flagged 'Lokale Besturen' as a name the target added). Names and portfolios
invented, sentences in our own words."""

from __future__ import annotations

import pytest

from reader.core.review.names import name_findings
from reader.core.text.glossary import Glossary


def _said(source: str, target: str, src: str, tgt: str) -> tuple[str, float] | None:
    return name_findings(source, target, source, target, src, tgt, Glossary.load())


@pytest.mark.parametrize(
    ("fr", "nl"),
    [
        (
            "« Les digues tiendront », assure Odile Warnant, Ministre des Voies hydrauliques.",
            '"De dijken houden stand", verzekert Odile Warnant, minister van Bevaarbare Waterwegen.',
        ),
        (
            "Le texte a été présenté par Bram Delcourt, ministre du Patrimoine rural.",
            "De tekst werd voorgesteld door Bram Delcourt, minister voor Landelijk Erfgoed.",
        ),
        (
            "Odile Warnant, en charge des Voies hydrauliques, a visité le chantier.",
            "Odile Warnant, bevoegd voor Bevaarbare Waterwegen, bezocht de werf.",
        ),
    ],
)
def test_a_portfolio_after_the_name_is_no_name_either_way(fr: str, nl: str) -> None:
    for source, target, src, tgt in ((fr, nl, "fr", "nl"), (nl, fr, "nl", "fr")):
        assert _said(source, target, src, tgt) is None, (source, _said(source, target, src, tgt))


def test_a_person_after_a_portfolio_is_still_a_name_left_out() -> None:
    """'minister van Waterwegen Odile Warnant' is a portfolio, then a person: dropping the person
    stays a finding ('De Croo' after 'minister' is a name too: the preposition is lower case)."""
    nl = "Het plan komt van minister van Vaarwegen Odile Warnant."
    fr = "Le plan vient du ministre des Voies hydrauliques."
    found = _said(nl, fr, "nl", "fr")
    assert found is not None and "Odile Warnant" in found[0], found
    found = _said("Het plan komt van minister De Wulf.", "Le plan vient du ministre.", "nl", "fr")
    assert found is not None and "Wulf" in found[0], found
