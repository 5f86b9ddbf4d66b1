"""Ways input went wrong that this session's new users met (2026-12-01, third session): a search of
punctuation alone, names for `remove --restore` that point elsewhere, a pair whose Dutch page carries
the French headline. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import one_line_error


@pytest.mark.parametrize("query", ["(", ")", '"', "*", "-", "  "])
def test_a_search_of_punctuation_alone_is_refused_in_one_line(run, lib: Path, query: str):
    """It listed every release, as if all matched."""
    one_line_error(run("list", "--search", query), "no word or number to search for")


@pytest.mark.parametrize("name", ["../releases", "/etc", "a/b", ".."])
def test_restore_names_that_point_elsewhere_are_refused_in_one_line(run, lib: Path, name: str):
    one_line_error(run("remove", "--restore", name), "no removed release")


def test_remove_of_an_id_that_is_a_path_is_refused_and_moves_nothing(run, lib: Path):
    before = sorted(p.name for p in lib.iterdir())
    one_line_error(run("remove", "../x"), "not a release id")
    assert sorted(p.name for p in lib.iterdir()) == before


def test_a_dutch_page_carrying_the_french_headline_leaves_the_french_its_own(run, tmp_path: Path):
    """The French headline under the Dutch one was dropped there and learned as a site line; the
    French page, given in the same command, then lost its headline and was refused."""
    fr_title = "Un nouveau quai pour les péniches à Bruxelles"
    nl = f"Nieuwe kaai voor binnenschepen in Brussel\n\n{fr_title}\n\nBrussel, 3 maart 2025\n\n"
    nl += "De haven opent een kaai van 180 meter voor 12 binnenschepen.\n"
    fr = f"{fr_title}\n\n{fr_title}\n\nBruxelles, le 3 mars 2025\n\n"
    fr += "Le port ouvre un quai de 180 mètres pour 12 péniches.\n"
    (tmp_path / "nl.txt").write_text(nl, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(fr, encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    done = run(*lib, "import", str(tmp_path / "nl.txt"), str(tmp_path / "fr.txt"), "--json")
    assert done.code == 0, done.err
    assert done.json()[1]["title"] == fr_title
