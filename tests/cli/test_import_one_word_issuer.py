"""A known institution's one-word name alone over a page is its issuer: 'Defensie' was read as the
article 'De' and a common noun 'fensie', and the import said 'no issuer line found' (trial S, 8b).
Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.issuer import common_noun
from tests.two_writers import twice

PAGE = (
    "Defensie\n\nOefening met helikopters boven de Kempen\n\nBrussel, 4 februari 2026\n\n"
    "Van 9 tot 13 februari vliegen helikopters van de Luchtcomponent laag boven de Kempen. Ze oefenen "
    "vooral 's avonds.\n\nOmwonenden kunnen met vragen terecht bij het onthaal van de basis.\n"
)


def _library(tmp_path: Path) -> tuple[Path, Path]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    page = tmp_path / "helikopters.txt"
    page.write_text(PAGE, encoding="utf-8")
    return lib, page


def test_a_one_word_name_alone_over_the_page_is_its_issuer(run, tmp_path: Path):  # noqa: ANN001
    lib, page = _library(tmp_path)
    done = run("--library", str(lib), "import", str(page), "--json")
    assert done.code == 0 and "no issuer line found" not in done.err, done.err
    assert done.json()["issuer"] == "Defensie"


@pytest.mark.parametrize("said", ["De stad", "het parlement", "La ville", "l'agence", "The government"])
def test_an_article_and_a_lowercase_noun_is_still_a_common_noun(said: str):
    assert common_noun(said)


@pytest.mark.parametrize("name", ["Defensie", "Delhaize", "Lesotho"])
def test_a_name_that_starts_with_an_article_s_letters_is_none(name: str):
    assert not common_noun(name)


def test_twin_two_processes_importing_the_page_at_once_make_one_release_with_its_issuer(run, tmp_path: Path):  # noqa: ANN001
    lib, page = _library(tmp_path)
    assert twice(["--library", str(lib), "import", str(page)]) == [0, 0]  # the second skips it
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["issuer"] == "Defensie"
