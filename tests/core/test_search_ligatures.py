"""A ligature typed as its two letters: 'oeuvre' finds 'œuvre' and the other way (trial H: a Belgian
AZERTY keyboard has no œ, and 'Crevecoeur' found none of the 93 releases 'Crèvecœur' found)."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.search import SearchIndex
from reader.core.search_files import search_library
from reader.core.text.fts import fts_query, plain_snippet
from tests.core.test_search import _release, ids

FIRST = "2024-03-04-cinema"
SECOND = "2024-03-05-mosaique"


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, FIRST, "2024-03-04", "SPF Culture", "Het plan start.", "La mise en œuvre de Mme Brœckvaux.")
    _release(library_dir, SECOND, "2024-03-05", "SPF Culture", "Een tekst.", "Le chef-d'oeuvre de Mme Broeckvaux.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize("typed", ["oeuvre", "œuvre", "ŒUVRE", "OEuvre", "Broeckvaux", "Brœckvaux", "broeck*"])
def test_a_ligature_and_its_two_letters_find_each_other(index: SearchIndex, typed: str):
    assert ids(index.search(typed)) == [SECOND, FIRST]


def test_the_snippet_shows_the_ligature_as_written(index: SearchIndex):
    assert "**œuvre**" in index.search("oeuvre", lang="fr")[-1].snippet
    assert plain_snippet("La mise en œuvre du plan.", fts_query("oeuvre")) == "La mise en **œuvre** du plan."


def test_the_files_answer_alike_when_the_index_cannot(index: SearchIndex, library_dir: Path):
    found = search_library(Library.load(library_dir), "Broeckvaux")
    assert sorted(h.listing["id"] for h in found) == [FIRST, SECOND]


def _rewrite(library: str, cache: str) -> None:
    """Another process rewrites the first release without its ligature and updates the index."""
    fr = Path(library) / FIRST / "fr.md"
    time.sleep(0.01)
    fr.write_text("Un autre texte, un brouillon plus long.\n", encoding="utf-8")
    os.utime(fr.parent)
    SearchIndex(Path(library), Path(cache)).update()


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_a_release_rewritten_leaves_no_ligature_behind(index: SearchIndex, library_dir: Path, tmp_path: Path, writer):  # noqa: ANN001
    """The index is given the text spelled out, and a changed release is taken out of it as it was
    given (given the stored text, FTS5 kept the old words: a release found by a word it no longer has)."""
    assert ids(index.search("oeuvre")) == [SECOND, FIRST]
    if writer == "this":
        _rewrite(str(library_dir), str(tmp_path / "search"))
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            pool.apply(_rewrite, (str(library_dir), str(tmp_path / "search")))
    index.update()
    assert ids(index.search("oeuvre")) == [SECOND]
    assert ids(index.search("Broeckvaux")) == [SECOND]
    assert ids(index.search("brouillon")) == [FIRST]


def test_an_index_of_the_version_before_is_built_again(index: SearchIndex, library_dir: Path, tmp_path: Path):
    """An index holding 'œuvre' as written (version 7) would never answer 'oeuvre': it is rebuilt."""
    index.close()
    with sqlite3.connect(index.path) as conn:
        conn.execute("PRAGMA user_version=7")
    again = SearchIndex(library_dir, tmp_path / "search")
    again.update()
    assert ids(again.search("oeuvre")) == [SECOND, FIRST]
