"""A city named in one language finds the releases that name it in another (trial A, thirty-fifth
session: 'Mons' missed a Dutch-only page on 'Bergen'), and a capitalised name never finds the
compounds that end in its letters ('Aken' found 'woninginbraken'). Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.search import SearchIndex
from reader.core.search_files import search_library
from reader.core.search_places import other_names
from tests.core.test_search import ids

DUTCH = "2025-03-10-bergen"
FRENCH = "2025-03-11-courtrai"
BREAKS = "2025-03-12-inbraken"


def _release(root: Path, rid: str, lang: str, title: str, body: str) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: Politie\noriginal_language: {lang}\ntitles:\n  {lang}: {title}\n"
        f"languages:\n  {lang}:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / f"{lang}.md").write_text(body + "\n", encoding="utf-8")


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(library_dir, DUTCH, "nl", "Wegwerkzaamheden", "In Bergen en Doornik gaan de wegwerkzaamheden door.")
    _release(
        library_dir, FRENCH, "fr", "Contrôles", "La police de Courtrai et d'Aix-la-Chapelle contrôle la frontière."
    )
    _release(library_dir, BREAKS, "nl", "Inbraken", "Het aantal woninginbraken daalde dit jaar.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize(
    ("typed", "found"), [("Mons", DUTCH), ("Tournai", DUTCH), ("Kortrijk", FRENCH), ("Aken", FRENCH)]
)
def test_a_city_in_one_language_finds_the_release_that_names_it_in_another(index: SearchIndex, typed: str, found: str):
    assert found in ids(index.search(typed))
    assert found in ids(index.search(typed, lang=found and ("nl" if found == DUTCH else "fr")))


def test_a_capitalised_name_finds_no_compound_ending_in_it(index: SearchIndex):
    assert BREAKS not in ids(index.search("Aken"))
    assert BREAKS in ids(index.search("inbraken"))  # a word typed in lower case still finds its compounds


def test_a_word_in_lower_case_is_a_word_not_a_name(index: SearchIndex):
    assert other_names("mons") == () and "Bergen" in other_names("Mons")
    assert DUTCH not in ids(index.search("mons"))


def test_the_files_answer_alike_when_the_index_cannot(index: SearchIndex, library_dir: Path):
    assert DUTCH in {h.listing["id"] for h in search_library(Library.load(library_dir), "Mons")}
    assert FRENCH in {h.listing["id"] for h in search_library(Library.load(library_dir), "Kortrijk")}


def test_a_hit_whose_words_are_in_its_body_too_has_a_snippet_of_its_body(library_dir: Path, tmp_path: Path):
    """Trial R (R-3): FTS5's snippet() took the headline for 'Mons' and 'Bergen' (the name's other
    languages widen the query), and a snippet that was the title again was emptied: `Bergen` gave no
    snippet where `bergen` gave one. A snippet is the body's; none only for a match in a title alone."""
    _release(library_dir, "2025-04-01-brug", "nl", "Brug in Bergen", "De stad Bergen legt een nieuwe brug.")
    both = library_dir / "2025-04-02-markt"
    _release(library_dir, both.name, "nl", "Markt in Bergen", "Op de markt van Bergen staan kramen.")
    (both / "fr.md").write_text("Au marché de Mons, des étals.\n", encoding="utf-8")
    yaml = (both / "release.yaml").read_text(encoding="utf-8")
    yaml = yaml.replace("languages:\n", "  fr: Marché à Mons\nlanguages:\n", 1) + "  fr:\n    provenance: official\n"
    (both / "release.yaml").write_text(yaml, encoding="utf-8")
    _release(library_dir, "2025-04-03-titel", "nl", "Nieuws uit Bergen", "Een tekst zonder de naam van de stad.")
    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    for typed in ("Bergen", "bergen", "Mons"):
        snippets = {h.listing["id"]: h.snippet for h in index.search(typed)}
        assert snippets["2025-04-01-brug"] == "De stad **Bergen** legt een nieuwe brug.", typed
        assert "Bergen" in snippets["2025-04-02-markt"] or "Mons" in snippets["2025-04-02-markt"], typed
        assert snippets.get("2025-04-03-titel", "") == "", typed  # in the title only: the title shows it
    assert index.search("Mons", lang="fr")[0].snippet == "Au marché de **Mons,** des étals."  # its language's body
