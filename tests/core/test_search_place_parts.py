"""A station or place of hyphenated parts, named in one language, finds the page naming it in
another (trial M, 36th session: 'Bruxelles-Midi' missed a Dutch-only page on 'Brussel-Zuid' though
'Bruxelles' alone found it; 'Pays-Bas' missed 'Nederland'), part by part where the whole is not
known; and a saint's name is one in any of its abbreviations (trial C, F9: 'St. Vith' and
'Sint-Vith' found nothing, 'Sankt Vith' and 'Saint-Vith' did). Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from reader.core.search_places import other_names
from tests.core.test_search import ids
from tests.core.test_search_places import _release

DUTCH = "2025-05-02-stations"
FRENCH = "2025-05-03-gares"
GERMAN = "2025-05-04-eifel"


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(
        library_dir,
        DUTCH,
        "nl",
        "Werken",
        "Minder treinen in Brussel-Zuid, Antwerpen-Centraal en Gent-Sint-Pieters, ook naar Nederland.",
    )
    _release(library_dir, FRENCH, "fr", "Travaux", "Des trains en moins à Bruxelles-Central et à Leeuw-Saint-Pierre.")
    _release(library_dir, GERMAN, "fr", "Travaux", "La route vers Saint-Vith est fermée.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize(
    "typed", ["Bruxelles-Midi", "Anvers-Central", "Gand-Saint-Pierre", "Pays-Bas", "Niederlande", "Brussels-South"]
)
def test_a_hyphenated_name_finds_the_page_naming_it_in_another_language(index: SearchIndex, typed: str):
    found = ids(index.search(typed))
    assert DUTCH in found and FRENCH not in found and GERMAN not in found  # the seed names Nederland too


@pytest.mark.parametrize("typed", ["Brussel-Centraal", "Sint-Pieters-Leeuw"])
def test_and_the_other_way(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [FRENCH]


@pytest.mark.parametrize("typed", ["St. Vith", "Sint-Vith", "St-Vith", "Sankt Vith", "Saint-Vith", "Sint Vith"])
def test_a_saint_is_a_saint_in_each_abbreviation(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [GERMAN]


def test_parts_stay_in_a_row_and_a_name_not_known_part_by_part_is_itself(index: SearchIndex):
    assert ids(index.search("Bruxelles-Nord")) == []  # a city's station that no page names
    assert ids(index.search("Centraal-Antwerpen")) == []
    assert "Brussel-Zuid" in other_names("Bruxelles-Midi")
