"""'Not exceed' is an upper bound said with a negation: 'ne peut pas dépasser 5 g' says what 'ten
hoogste 5 g' says (trial B, finding 8: a false 'meaning reversed?' both ways). The other side's
upper-bound word matches the negated exceed-verb; a negation that reverses stays flagged. Sentences
made up here."""

from __future__ import annotations

import pytest

from reader.core.review.negation import negation_findings


def _flagged(source: str, target: str, src: str, tgt: str) -> list[bool]:
    """Whether the pair is flagged, read either way."""
    return [bool(negation_findings(source, target, src, tgt)), bool(negation_findings(target, source, tgt, src))]


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt"),
    [
        ("Een zakje mag ten hoogste 5 g zout bevatten.", "Un sachet ne peut pas dépasser 5 g de sel.", "nl", "fr"),
        ("De dosis is maximaal 2 tabletten per dag.", "La dose ne doit pas excéder 2 comprimés par jour.", "nl", "fr"),
        ("De dosis is hoogstens 2 tabletten per dag.", "La dose ne peut dépasser 2 comprimés par jour.", "nl", "fr"),
        ("De waarde mag 3 mg niet overschrijden.", "La valeur est de 3 mg au maximum.", "nl", "fr"),
        ("De kosten mogen 40 euro niet overtreffen.", "Les frais s'élèvent à 40 euros au plus.", "nl", "fr"),
        ("Le volume ne dépasse pas 2 litres.", "The volume is at most 2 litres.", "fr", "en"),
        ("The dose must not exceed 4 mg.", "De dosis bedraagt ten hoogste 4 mg.", "en", "nl"),
        ("Ne pas dépasser la dose de 4 mg.", "Neem maximaal 4 mg.", "fr", "nl"),
    ],
)
def test_not_exceed_is_an_upper_bound(source: str, target: str, src: str, tgt: str):
    assert _flagged(source, target, src, tgt) == [False, False]


@pytest.mark.parametrize(
    ("source", "target", "src", "tgt"),
    [
        # no upper-bound word on the other side: the negation is lost
        ("Un sachet ne peut pas dépasser 5 g de sel.", "Een zakje bevat 5 g zout.", "fr", "nl"),
        # another negation beside the exceed-verb is still the meaning reversed
        (
            "Le sachet ne contient pas de sel et ne dépasse pas 5 g.",
            "Het zakje bevat zout en weegt ten hoogste 5 g.",
            "fr",
            "nl",
        ),
        # an exceed-verb with no negation is no bound, and 'ten hoogste' alone negates nothing
        ("Un sachet ne contient pas 5 g de sel.", "Een zakje bevat ten hoogste 5 g zout.", "fr", "nl"),
    ],
)
def test_a_negation_other_than_not_exceed_is_still_flagged(source: str, target: str, src: str, tgt: str):
    assert _flagged(source, target, src, tgt) == [True, True]
