"""A month named without a day: 'in juni' rendered 'en juillet' is a changed date; a month only one
side names is left alone (a paraphrase, or a page's own date glued to its lead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.review.months import month_change, months_named
from tests.core.test_checks import make_release

NL = (
    "Het nieuwe zwembad van de gemeente opent in juni de deuren voor het publiek.\n\n"
    "De werken aan het dak lopen nog tot eind augustus, zegt de schepen van sport."
)


def _flags(tmp_path: Path, fr: str) -> list[tuple[str, str]]:
    make_release(tmp_path, "2025-03-01-zwembad", NL, fr)
    report = check_release(Library.load(tmp_path).get("2025-03-01-zwembad"), "nl", "fr")
    return [(f.code, f.message) for p in report.pairs for f in p.flags if f.severity != "info"]


@pytest.mark.parametrize(("month", "flagged"), [("juillet", True), ("juin", False)], ids=["changed", "same"])
def test_a_month_changed_in_the_rendering_is_a_date_flag(tmp_path: Path, month: str, flagged: bool):
    fr = (
        f"La nouvelle piscine communale ouvre ses portes au public en {month}.\n\n"
        "Les travaux de la toiture se poursuivent jusqu'à fin août, selon l'échevin des sports."
    )
    said = [m for code, m in _flags(tmp_path, fr) if code == "date"]
    assert bool(said) is flagged, said
    if flagged:
        assert said == ["months differ: «juni» not in the target; «juillet» not in the source"]


def test_a_month_only_one_side_names_or_a_verb_is_no_month():
    assert month_change("De zaal opent deze maand.", "La salle ouvre en juin.", "nl", "fr") == ""
    assert month_change("Vanaf 1 januari 2017.", "Publié le 20 juillet 2016. Dès le 1erjanvier 2017.", "nl", "fr") == ""
    assert months_named("Applicants may apply in May.", "en") == {5: "May"}
    assert months_named("à partir du 1erjanvier", "fr") == {1: "janvier"}


def test_a_season_changed_in_the_rendering_is_a_date_flag():
    """'in het najaar van 2026' rendered 'au printemps 2026' passed: the year agrees (a translator's trial)."""
    from reader.core.review.months import seasons_named

    changed = month_change(
        "De evaluatie volgt in het najaar van 2026.", "L'évaluation suivra au printemps 2026.", "nl", "fr"
    )
    assert changed == "seasons differ: «najaar» not in the target; «printemps» not in the source"
    assert month_change("De evaluatie volgt in het najaar.", "L'évaluation suivra à l'automne.", "nl", "fr") == ""
    assert month_change("Dit voorjaar start de bouw.", "La construction débute au printemps.", "nl", "fr") == ""
    # 'a été' is the participle, 'the fall of' a collapse: no season
    assert seasons_named("Le projet a été approuvé en conseil.", "fr") == {}
    assert seasons_named("After the fall of the cabinet, in the fall of 2026.", "en") == {"autumn": "fall"}
    assert seasons_named("cet été et l'hiver prochain", "fr") == {"summer": "été", "winter": "hiver"}
