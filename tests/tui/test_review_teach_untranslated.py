"""`d` on an 'untranslated' flag whose words are a name ('«Routes et Ponts»: the conjunction is not
Nederlands') offers 'the same name', as on a name flag: the mobility trial's reviewer could only
ignore it per release, never teach it once for all. Taught, the check reads the glossary and the
flag is gone from every later check."""

from __future__ import annotations

from pathlib import Path

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.checks import CheckedPair, Finding
from reader.core.review.identical import foreign_conjunction
from reader.core.text.glossary import Glossary
from reader.tui.controllers.review_teach import choices, guess, same

TEXT = "De directie Routes et Ponts van het gewest start de werken."


def _pair(message: str) -> CheckedPair:
    source = "La direction Routes et Ponts de la région lance les travaux."
    return CheckedPair(1, "paragraph", source, TEXT, "1-1", [Finding("untranslated", message, "warning")])


def test_d_offers_the_same_name_for_a_name_left_as_it_is(tmp_path: Path):
    pair = _pair("«Routes et Ponts»: the conjunction is not Nederlands, a word left from another version?")
    offered = dict(choices(pair))
    assert offered["same"].startswith("These two are the same name")
    assert "ignore:untranslated" in offered
    assert guess(pair) == "Routes et Ponts = Routes et Ponts"
    path = tmp_path / "glossary.yaml"
    same(path, guess(pair), "fr", "nl")
    assert foreign_conjunction(SegmentAnalysis(TEXT, "nl"), "nl", Glossary.load(path)) is None


def test_no_name_is_offered_for_figures_or_a_whole_segment():
    figures = _pair("«4,1% et 2021: 3,9%»: the conjunction is not Nederlands, a word left from another version?")
    assert "same" not in dict(choices(figures))
    whole = _pair("the target is identical to the source")
    assert "same" not in dict(choices(whole))
