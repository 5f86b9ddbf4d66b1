"""A body's name kept in its own language inside the other version is a name, not a word left
untranslated: 'De SPW Mobilité et Infrastructures en de Sofico …' was flagged "«Mobilité et
Infrastructures»: the conjunction is not Nederlands" (a mobility trial, on every such release). The
'et' stands inside a run of capitalised words that goes on from an acronym (the body's: 'SPW', 'SPF')
or from a name the glossary knows, or the words are a name the reviewer taught ('the same name').
Two names of a list joined by 'et' ('Marc Dubois et Lotte Janssens') are still a leftover."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.checks import check_release
from reader.core.review.identical import foreign_conjunction
from reader.core.text.glossary import Glossary
from tests.core.releases import paragraph_release


@pytest.mark.parametrize(
    "text",
    [
        "De SPW Mobilité et Infrastructures en de stad vernieuwen de brug over de Maas.",
        "Het SPW Intérieur et Action sociale keurde het dossier goed.",
    ],
)
def test_a_name_going_on_from_an_acronym_keeps_its_et(text: str):
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl") is None


@pytest.mark.parametrize(
    "text",
    [
        "De jury bestaat uit Anna Peeters, Marc Dubois et Lotte Janssens.",
        "Twee middelen worden terugbetaald: ALFAMYCINE® et BETAVIR®.",
        # an acronym before figures joined by 'et' is no name
        "Het aandeel van de NMBS (2020: 4,1% et 2021: 3,9%) bleef laag.",
    ],
)
def test_a_list_left_as_it_was_is_still_flagged(text: str):
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl")


def _glossary(tmp_path: Path, text: str) -> Glossary:
    user = tmp_path / "glossary.yaml"
    user.write_text(text, encoding="utf-8")
    return Glossary.load(user)


def test_a_name_taught_as_the_same_name_is_no_leftover(tmp_path: Path):
    """'d' → 'the same name' on the flag writes the words to the user's glossary: read by the check."""
    text = "De directie Routes et Ponts van het gewest start de werken."
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl", _glossary(tmp_path, "nl: {}\n"))
    taught = _glossary(tmp_path, "nl:\n  Routes et Ponts: [Routes et Ponts]\n")
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl", taught) is None


def test_a_name_going_on_from_a_known_body_keeps_its_et(tmp_path: Path):
    """A body the glossary names, its division's words after it: the division's name goes on from it."""
    glossary = _glossary(tmp_path, "nl:\n  Waalse Overheidsdienst: [Service public de Wallonie]\n")
    text = "De Service public de Wallonie Mobilité et Infrastructures leidt de werf."
    assert foreign_conjunction(SegmentAnalysis(text, "nl"), "nl", glossary) is None


def test_the_release_check_reads_the_body_name_as_a_name():
    nl = ["De SPW Mobilité et Infrastructures en de stad vernieuwen de brug over de Maas."]
    fr = ["Le SPW Mobilité et Infrastructures et la ville renouvellent le pont sur la Meuse."]
    report = check_release(paragraph_release(nl, fr), "fr", "nl")
    assert [f.message for p in report.pairs for f in p.flags if f.code == "untranslated"] == []
