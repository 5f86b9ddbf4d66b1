"""A number typed with its groups finds that number, never the tail of a larger one (trial A, 36th
session: `850.000` listed a release on 1.850.000 euros, `250.000` one on 1.250.000, though the README
says a number finds that number only). Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from tests.core.test_search import _release, ids

SMALL = "2024-05-01-klein"
LARGE = "2024-05-02-groot"
SPACED = "2024-05-03-espace"


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, SMALL, "2024-05-01", "FOD Economie", "De subsidie bedraagt 850.000 euro.")
    _release(library_dir, LARGE, "2024-05-02", "FOD Economie", "De subsidie bedraagt 1.850.000 euro, 3.250,5 ton.")
    _release(library_dir, SPACED, "2024-05-03", "SPF Economie", "Le subside atteint 12 850 000 euros.", "Un texte.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize("typed", ["850.000", "850 000", "850000", "subsidie 850.000"])
def test_a_grouped_number_is_never_the_tail_of_a_larger_one(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [SMALL]


def test_a_grouped_number_is_never_the_head_of_a_larger_one(index: SearchIndex):
    assert ids(index.search("1.850")) == []  # 1.850.000 holds no 1.850
    assert ids(index.search("1.850.000")) == [LARGE]
    assert ids(index.search("250,5")) == []  # nor 3.250,5 a 250,5
    assert ids(index.search("3250,5")) == [LARGE]


def test_the_larger_number_is_still_found_whole_and_with_a_limit(index: SearchIndex):
    assert ids(index.search("12 850 000")) == [SPACED]
    assert ids(index.search("850.000", limit=1)) == [SMALL]
    assert set(ids(index.search("850.000*"))) == {SMALL}  # a prefix asks for the number's start
