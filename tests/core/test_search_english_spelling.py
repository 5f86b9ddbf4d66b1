"""British and American spellings find each other in the English texts: 'Defense' found no
'Defence', 'Center' no 'Centre' (trial S, F6). The query asks for the other spelling; the index is
as it was. Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.search import SearchIndex
from reader.core.search_files import search_library
from reader.core.text.english_spelling import other_spellings
from tests.core.test_search import ids

BRITISH = "2025-02-10-british"
AMERICAN = "2025-02-11-american"


def _release(root: Path, rid: str, date: str, en: str) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {date}\nissuer: FOD Test\noriginal_language: nl\ntitles:\n  nl: Titel\n  en: Title\n"
        "languages:\n  nl:\n    provenance: official\n  en:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text("Een korte tekst over de stad.\n", encoding="utf-8")
    (folder / "en.md").write_text(en + "\n", encoding="utf-8")


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(
        library_dir,
        BRITISH,
        "2025-02-10",
        "The Defence staff open a training centre; the labour programme backs the digitalisation of the organisation.",
    )
    _release(
        library_dir,
        AMERICAN,
        "2025-02-11",
        "The Defense staff open a training center; the labor program backs the digitalization of the organization.",
    )
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


@pytest.mark.parametrize(
    "typed",
    ["Defense", "Defence", "centre", "Center", "digitalization", "digitalisation", "programme", "organization"],
)
@pytest.mark.parametrize("lang", [None, "en"])
def test_either_spelling_finds_both_releases(index: SearchIndex, typed: str, lang: str | None):
    assert {AMERICAN, BRITISH} <= set(ids(index.search(typed, lang=lang)))  # the bundled library's too


def test_labour_and_labor_find_each_other(index: SearchIndex):
    assert {AMERICAN, BRITISH} <= set(ids(index.search("labour")))
    assert {AMERICAN, BRITISH} <= set(ids(index.search("labor staff")))


def test_the_files_answer_alike_when_the_index_cannot(index: SearchIndex, library_dir: Path):
    found = search_library(Library.load(library_dir), "Defense")
    assert {AMERICAN, BRITISH} <= {h.listing["id"] for h in found}


def test_short_words_have_no_other_spelling():
    assert other_spellings("four") == other_spellings("here") == other_spellings("sense") == []
    assert other_spellings("defence") == ["defense"] and other_spellings("centres") == ["centers"]
