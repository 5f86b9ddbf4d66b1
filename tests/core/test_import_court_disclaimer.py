"""A court's note under its press release, that the press office wrote it and it binds not the
court, is the site's (trial C's court page kept it as a paragraph). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "Het Hof verwerpt het beroep tegen de gemeentelijke belasting op leegstaande winkelpanden.",
    "Volgens het Hof mag een gemeente eigenaars belasten die een pand langer dan een jaar leeg laten staan.",
]


def _plan(tmp_path: Path, lines: list[str]) -> tuple[list[str], list[str]]:
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_the_press_office_s_disclaimer_under_the_release_is_dropped(tmp_path: Path):
    head = ["Het Hof verwerpt beroep tegen leegstandsbelasting", "Brussel, 3 maart 2025"]
    for note in (
        "Dit persbericht is geschreven door de persdienst en bindt het Hof niet. Het arrest staat online.",
        "Ce communiqué, rédigé par la cellule presse, ne lie pas la Cour.",
    ):
        texts, dropped = _plan(tmp_path, [*head, *_BODY, note])
        assert texts == _BODY and note in dropped, note


def test_a_sentence_of_the_text_on_what_binds_stays(tmp_path: Path):
    head = ["Het Hof verwerpt beroep tegen leegstandsbelasting", "Brussel, 3 maart 2025"]
    own = "Het advies van de gewestelijke commissie bindt de gemeente niet, oordeelt het Hof."
    texts, _ = _plan(tmp_path, [*head, *_BODY, own])
    assert texts[-1] == own
