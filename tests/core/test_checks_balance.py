"""Numbers that moved between blocks are a difference of order (a note); numbers that changed stay errors."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release

# Two sites described in the opposite order in the two versions, each with its own figures.
NL = (
    "Het agentschap opent twee tijdelijke centra voor wie nu geen plaats vindt.\n\n"
    "## Noord\n\n"
    "Het centrum in het noorden biedt 140 plaatsen en blijft open tot juni 2025.\n\n"
    "## Zuid\n\n"
    "Het centrum in het zuiden biedt 95 plaatsen en blijft open tot september 2025.\n"
)
FR_SWAPPED = (
    "L'agence ouvre deux centres temporaires pour ceux qui ne trouvent pas de place aujourd'hui.\n\n"
    "## Sud\n\n"
    "Le centre du sud offre 95 places et reste ouvert jusqu'en septembre 2025.\n\n"
    "## Nord\n\n"
    "Le centre du nord offre 140 places et reste ouvert jusqu'en juin 2025.\n"
)


def _flags(tmp_path: Path, nl: str, fr: str, severity: str = "warning") -> list[tuple[str, str | None]]:
    make_release(tmp_path, "2024-03-19-centra", nl, fr)
    report = check_release(Library.load(tmp_path).get("2024-03-19-centra"), "nl", "fr")
    order = {"info": 0, "warning": 1, "error": 2}
    return [
        (f.code, f.severity)
        for p in report.pairs
        for f in p.flags
        if f.code in ("number", "date") and order[f.severity or "error"] >= order[severity]
    ]


def test_sections_in_the_other_order_raise_no_number_error_only_notes(tmp_path: Path):
    assert _flags(tmp_path, NL, FR_SWAPPED) == []
    assert all(severity == "info" for _, severity in _flags(tmp_path / "again", NL, FR_SWAPPED, "info"))


def test_a_figure_changed_in_one_section_is_still_an_error(tmp_path: Path):
    changed = FR_SWAPPED.replace("140 places", "150 places")
    assert ("number", "error") in _flags(tmp_path, NL, changed)


def test_a_figure_stated_twice_on_one_side_and_once_on_the_other_is_still_an_error(tmp_path: Path):
    once_more = NL.replace("tot juni 2025.", "tot juni 2025, met 95 plaatsen extra in de zomer.")
    assert ("number", "error") in _flags(tmp_path, once_more, FR_SWAPPED)
