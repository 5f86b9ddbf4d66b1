"""A Dutch plural whose stem changes and its singular find each other (trial H: 'energieprijs' found
22 of 63 releases, the others saying 'energieprijzen'; 'asielaanvraag' none saying 'asielaanvragen')."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from reader.core.text.dutch_number import other_number
from reader.core.text.fts import fts_query
from tests.core.test_search import _release, ids

PLURAL = "2024-06-03-meervoud"
SINGULAR = "2024-06-04-enkelvoud"
COMPOUND = "2024-06-05-samenstelling"


@pytest.mark.parametrize(
    ("word", "others"),
    [
        ("tuinprijs", ["tuinprijzen"]),  # s is z before -en
        ("tuinprijzen", ["tuinprijs"]),
        ("bedankbrief", ["bedankbrieven"]),  # f is v
        ("bedankbrieven", ["bedankbrief"]),
        ("bouwaanvraag", ["bouwaanvragen"]),  # aa closed, a open
        ("bouwaanvragen", ["bouwaanvrag", "bouwaanvraag"]),  # 'bedrag' or 'aanvraag': both tried
        ("dakbazen", ["dakbaas"]),  # z after a, the a long: closed, aa
        ("bazen", []),  # too short a plural: 'maken', 'geven' are verbs
        ("ijsbaas", ["ijsbazen"]),  # the two at once
        ("voetbalzakken", ["voetbalzak"]),  # a doubled consonant
        ("waar", []),  # short words stay as typed: not 'waren'
        ("jaar", []),
        ("hervorming", []),  # its plural begins with it: the start of the word finds it already
        ("2350", []),
        ("a1b2c3d4", []),
    ],
)
def test_the_other_number_by_the_rules_of_dutch_spelling(word: str, others: list[str]):
    assert other_number(word) == others


def test_only_in_the_dutch_texts_and_never_for_another_language():
    assert fts_query("tuinprijzen") == '("tuinprijzen"* OR {title_nl body_nl} : ("tuinprijs"))'
    assert fts_query("tuinprijzen", lang="fr") == '{title_fr body_fr} : ("tuinprijzen"*)'
    assert fts_query('"tuinprijzen"') == '"tuinprijzen"'  # quoted: that word only


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, PLURAL, "2024-06-03", "FOD Wonen", "De bouwaanvragen en de tuinprijzen stijgen.")
    _release(library_dir, SINGULAR, "2024-06-04", "FOD Wonen", "Een bouwaanvraag en een tuinprijs.")
    _release(library_dir, COMPOUND, "2024-06-05", "FOD Wonen", "De huurprijzen en de huurprijs dalen.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize("typed", ["bouwaanvraag", "bouwaanvragen", "tuinprijs", "tuinprijzen", "tuinprijzen*"])
def test_a_singular_finds_the_plural_and_the_other_way(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [SINGULAR, PLURAL]


def test_a_head_finds_the_compounds_of_its_other_number_too(index: SearchIndex, library_dir: Path):
    _release(library_dir, "2024-06-06-alleen", "2024-06-06", "FOD Wonen", "Alleen de huurprijzen stijgen.")
    index.update()
    assert ids(index.search("prijs")) == ["2024-06-06-alleen", COMPOUND, SINGULAR, PLURAL]
    assert "**tuinprijs**" in index.search("tuinprijzen")[0].snippet
