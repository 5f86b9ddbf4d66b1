"""'this year' said on both sides renders itself, not a year the other side left out: trial F's
'aanslagjaar 2026 … dit jaar' against 'exercice d'imposition 2025 … cette année' (in a release of 2026)
lost its 2026 to 'cette année', and the flag said only '«2025» not in the source' though the
source says 2025 too (F8). Pairs in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release


def _messages(tmp_path: Path, rid: str, nl: str, fr: str) -> list[str]:
    make_release(tmp_path, rid, nl, fr)
    report = check_release(Library.load(tmp_path).get(rid), "nl", "fr")
    return [f.message for p in report.pairs for f in p.flags if f.code == "number"]


def test_a_year_changed_beside_this_year_said_on_both_sides_is_named(tmp_path: Path) -> None:
    nl = "De premie geldt voor aanslagjaar 2024 (inkomsten 2023). Dit jaar komen er 300 aanvragen.\n"
    fr = "La prime vaut pour l'exercice d'imposition 2023 (revenus 2023). Cette année, 300 demandes sont attendues.\n"
    said = _messages(tmp_path, "2024-03-19-premie", nl, fr)
    assert any("«2024» not in the target" in m and "«2023» not in the source" in m for m in said), said


def test_this_year_said_on_one_side_still_stands_for_the_year(tmp_path: Path) -> None:
    nl = "De premie geldt in 2024 voor 300 aanvragen.\n"
    fr = "Cette année, la prime vaut pour 300 demandes.\n"
    assert _messages(tmp_path, "2024-03-19-premie", nl, fr) == []
