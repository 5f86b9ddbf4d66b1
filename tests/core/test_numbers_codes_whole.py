"""A lot or product code that mixes letters and digits, its parts joined by a hyphen or a space, is one
identifier compared whole on both sides, and the flag names it whole (trial B, finding 4: 'L2431-5B'
reported as «5», '26-318-B' / '26-318-8' as «8», 'GV 2630 A' / 'GV 2630 B' not at all, an EAN's last
digit lost in rounding). Codes made up here."""

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
    ("nl", "fr", "message"),
    [
        (
            "Lotnummer K3817-4C.",
            "Numéro de lot K3817-7C.",
            "numbers differ: «K3817-4C» not in the target; «K3817-7C» not in the source",
        ),
        (
            "Lotnummer 37-492-C.",
            "Numéro de lot 37-492-6.",
            "numbers differ: «37-492-C» not in the target; «37-492-6» not in the source",
        ),
        (
            "Lotnummer TR 4518 C.",
            "Numéro de lot TR 4518 D.",
            "numbers differ: «TR 4518 C» not in the target; «TR 4518 D» not in the source",
        ),
        (
            "EAN-code 5412345678901.",
            "Code EAN 5412345678902.",
            "numbers differ: «5412345678901» not in the target; «5412345678902» not in the source",
        ),
    ],
)
def test_a_code_changed_anywhere_is_named_whole(nl: str, fr: str, message: str):
    assert _flag(nl, fr) == message


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Lotnummer K3817-4C.", "Numéro de lot K3817-4C."),
        ("Lotnummer TR 4518 C.", "Numéro de lot TR 4518 C."),
        ("Lotnummer 37-492-C.", "Numéro de lot 37-492-C."),
        ("EAN-code 5412345678901.", "Code EAN 5412345678901."),
        (
            "Tijdens COVID-19 reed lijn 36 volgens artikel 5.",
            "Pendant la COVID-19, la ligne 36 roulait selon l'article 5.",
        ),
        ("Op 14-06-2028 om 14.30 uur.", "Le 14/06/2028 à 14h30."),
        ("Van 2019-2020 tot WK 2026.", "De 2019-2020 à la Coupe du monde 2026."),
        ("Bel 02-123-45-67.", "Appelez le 02 123 45 67."),
    ],
)
def test_the_same_code_or_ordinary_figures_are_no_flag(nl: str, fr: str):
    assert _flag(nl, fr) is None
