"""Searching a reference to a judgment or a file, and a bare number (trial L; own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from tests.core.test_search import _release, ids


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, "2026-01-05-arrest", "2026-01-05", "GwH", "Het Hof verwijst naar zijn arrest 61/2024.")
    _release(library_dir, "2026-01-06-boete", "2026-01-06", "GBA", "Een boete van 61 000 euro, dossier DOS-2024-0711.")
    _release(library_dir, "2026-01-07-punt", "2026-01-07", "GBA", "Een boete van 61.000 euro, beslist in 2024.")
    _release(library_dir, "2026-01-08-zaak", "2026-01-08", "GwH", "Het Hof stelt een vraag in zaak C-208/25.")
    _release(library_dir, "2026-01-09-dossiers", "2026-01-09", "Unia", "Unia opende 61 dossiers, waarvan 208 in 2025.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


def test_a_number_written_with_a_slash_is_one_reference(index: SearchIndex):
    assert ids(index.search("61/2024")) == ["2026-01-05-arrest"]
    assert ids(index.search("arrest 61/2024")) == ["2026-01-05-arrest"]
    assert ids(index.search("C-208/25")) == ["2026-01-08-zaak"]
    assert ids(index.search("C\u2011208/25")) == ["2026-01-08-zaak"]


def test_a_bare_number_is_never_a_group_of_a_larger_one(index: SearchIndex):
    """The README: a number finds that number only. '61' found the fines of 61 000 and 61.000 euros."""
    assert ids(index.search("61")) == ["2026-01-09-dossiers", "2026-01-05-arrest"]
    assert ids(index.search("boete 61")) == []
    assert ids(index.search("000")) == []
    assert ids(index.search("208")) == ["2026-01-09-dossiers", "2026-01-08-zaak"]
    assert ids(index.search("61", limit=1)) == ["2026-01-09-dossiers"]
    assert ids(index.search('"61"')) != ids(index.search("61"))  # quoted: the word as the index holds it


def test_a_number_in_groups_is_still_found_as_typed(index: SearchIndex):
    assert ids(index.search("61 000")) == ["2026-01-07-punt", "2026-01-06-boete"]
    assert ids(index.search("61.000")) == ["2026-01-07-punt", "2026-01-06-boete"]
