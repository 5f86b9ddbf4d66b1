"""A French elided word ('l'', 'd'', 'qu'') is searched for with the word it is joined to, as one phrase
(trial H: 'l'Etat' unquoted gave 71 hits, 44 of them a "secrétaire d'État" with an 'l'' elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from reader.core.text.fts import fts_query
from tests.core.test_search import _release, ids

OF_THE_STATE = "2024-09-02-budget"
TYPOGRAPHIC = "2024-09-03-vote"
SECRETARY = "2024-09-04-visite"


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("l'Etat", '"l Etat"*'),
        ("l\u2019État", '"l État"*'),  # the typographic apostrophe, as a word processor writes it
        ("jusqu'au bout", '"jusqu au" AND "bout"*'),  # qu' after letters too
        ("qu'il", '"qu il"'),  # a short word stays exact, as alone
        ("aujourd'hui", '"aujourd"* AND "hui"*'),  # no elided word: as before
    ],
)
def test_an_elided_word_and_its_word_are_one_phrase(typed: str, query: str):
    assert fts_query(typed) == query


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, OF_THE_STATE, "2024-09-02", "SPF Budget", "Een tekst.", "Le budget de l'État est voté.")
    _release(library_dir, TYPOGRAPHIC, "2024-09-03", "SPF Budget", "Een tekst.", "Le vote de l\u2019État a lieu.")
    _release(
        library_dir, SECRETARY, "2024-09-04", "SPF Budget", "Een tekst.", "La secrétaire d'État donne l'avis du groupe."
    )
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize("typed", ["l'Etat", "l\u2019etat", "L'ÉTAT", "l'Eta*", '"l\'État"'])
def test_l_etat_finds_the_state_not_every_secretary_of_state(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [TYPOGRAPHIC, OF_THE_STATE]


def test_d_etat_finds_the_secretary(index: SearchIndex):
    assert ids(index.search("d'État")) == [SECRETARY]
    assert index.search("d'Etat")[0].snippet == "La secrétaire **d'État** donne l'avis du groupe."
