"""A version whose own page names no issuer shows none: never the other language's issuer as its
own (trial B, F3: the French reader of a pair was headed with the Dutch agency's name, its French
letterhead dropped on import). A version with no page of its own (a translation) still shows the
release's. Pages in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library
from tests.two_writers import twice

NL = (
    "Federale Overheidsdienst Volksgezondheid\n\nNieuwe regels voor zonnebanken\n\nBrussel, 4 maart 2024\n\n"
    "Vanaf juni moeten zonnestudio's elke klant vooraf een vragenlijst laten invullen.\n\n"
    "Wie jonger is dan achttien jaar, mag geen gebruik meer maken van een zonnebank.\n"
)
FR = (
    "De nouvelles règles pour les bancs solaires\n\nBruxelles, le 4 mars 2024\n\n"
    "Dès juin, les centres de bronzage devront faire remplir un questionnaire à chaque client.\n\n"
    "Les personnes de moins de dix-huit ans ne pourront plus utiliser de banc solaire.\n"
)


def _pages(tmp_path: Path) -> tuple[Path, Path]:
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text(NL, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    return nl, fr


def test_a_version_whose_page_names_no_issuer_shows_none(tmp_path: Path):
    nl, fr = _pages(tmp_path)
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    release = apply_import(plan_import(nl, library), library)
    apply_import(plan_import(fr, library, release_id=release.id), library)
    again = Library.load(library.root).get(release.id)
    assert again.issuer_in("nl") == "Federale Overheidsdienst Volksgezondheid"
    assert again.issuer_in("fr") == ""
    assert again.own_issuer("fr") == ""
    assert again.to_json(with_blocks="fr")["issuer"] == ""


def test_twin_two_processes_adding_the_page_at_once_show_no_issuer_for_it(tmp_path: Path):
    nl, fr = _pages(tmp_path)
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    release = apply_import(plan_import(nl, library), library)
    argv = ["--library", str(library.root), "import", str(fr), "--release", release.id]
    codes = twice(argv)
    assert 0 in codes, codes
    again = Library.load(library.root).get(release.id)
    assert sorted(again.versions) == ["fr", "nl"]
    assert again.issuer_in("fr") == "" and again.issuer_in("nl") == "Federale Overheidsdienst Volksgezondheid"
