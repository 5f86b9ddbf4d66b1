"""One command importing many releases written from one template (trial H: 600 releases, 841 files,
every file named nl.txt, fr.txt or en.txt in a folder of its own): a version joins the release whose
figures it gives again, never another of its date; the pairs given side by side are not left apart
because the template's other releases read alike; a note names the file as given when its name alone
is every folder's. Texts in our own words."""

from __future__ import annotations

import multiprocessing
from pathlib import Path


def _nl(day: int, amount: str, files: str) -> str:
    return (
        f"Nieuwe regels voor de sporthallen\n\nBrussel, {day} maart 2025\n\n"
        f"Op {day} maart 2025 heeft minister van Sport Nora Verbist een reeks plannen voorgesteld. "
        f"Er gaat {amount} naar de renovatie van de hallen.\n\n"
        f"Het gaat om {files} aanvragen die de administratie dit jaar afhandelt.\n\n"
        '"We maken de hallen klaar voor de toekomst", zegt Nora Verbist.\n'
    )


def _fr(day: int, amount: str, files: str) -> str:
    return (
        f"Nouvelles règles pour les halls sportifs\n\nBruxelles, le {day} mars 2025\n\n"
        f"Le {day} mars 2025, la ministre des Sports Nora Verbist a présenté une série de projets. "
        f"Un montant de {amount} va à la rénovation des halls.\n\n"
        f"Il s'agit de {files} demandes que l'administration traitera cette année.\n\n"
        "« Nous préparons les halls pour l'avenir », déclare Nora Verbist.\n"
    )


# (day, Dutch amount, French amount, Dutch count, French count): two weeks of one template, half
# of its releases in Dutch only (no French amount), some sharing a figure with a neighbour
SERIES = [
    (3, "4 miljoen euro", "4 millions d'euros", "1.200", "1 200"),
    (5, "40 miljoen euro", "40 millions d'euros", "350", "350"),
    (6, "7,5 miljoen euro", "7,5 millions d'euros", "2.750", "2 750"),
    (10, "75 miljoen euro", "75 millions d'euros", "480", "480"),
    (12, "4 miljoen euro", "4 millions d'euros", "3.100", "3 100"),
    (13, "12 miljoen euro", "12 millions d'euros", "1.200", "1 200"),
    (17, "120 miljoen euro", "120 millions d'euros", "620", "620"),
    (4, "9 miljoen euro", "", "1.500", ""),
    (7, "30 miljoen euro", "", "410", ""),
    (11, "4 miljoen euro", "", "2.750", ""),
    (14, "60 miljoen euro", "", "3.100", ""),
]
SERIES.sort()


def _series(tmp_path: Path) -> list[str]:
    """Each release in a folder of its own, its Dutch then its French, as trial H gave them."""
    names = []
    for day, nl_amount, fr_amount, nl_count, fr_count in SERIES:
        folder = tmp_path / "pages" / f"r{day:02d}"
        folder.mkdir(parents=True)
        (folder / "nl.txt").write_text(_nl(day, nl_amount, nl_count), encoding="utf-8")
        names.append(str(folder / "nl.txt"))
        if fr_amount:
            (folder / "fr.txt").write_text(_fr(day, fr_amount, fr_count), encoding="utf-8")
            names.append(str(folder / "fr.txt"))
    return names


def _folders(result_json: list[dict]) -> dict[str, set[str]]:
    """Each release written, with the folders its files came from."""
    out: dict[str, set[str]] = {}
    for said in result_json:
        if said.get("written"):
            out.setdefault(said["id"], set()).add(Path(said["file"]).parent.name)
    return out


def test_each_release_of_a_template_series_takes_its_own_french_and_no_other(run, tmp_path: Path):
    """Seven releases of one minister's template in two weeks: each French joins its own Dutch (the
    other releases' texts, as alike, left some pairs apart) and no release holds two folders' files."""
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_series(tmp_path), "--json")
    assert result.code == 0, result.err
    folders = _folders(result.json())
    assert sorted(len(f) for f in folders.values()) == [1] * len(SERIES), folders
    languages = {r["id"][8:10]: sorted(r["languages"]) for r in run(*lib, "list", "--json").json()}
    assert languages == {f"{day:02d}": ["fr", "nl"] if fr else ["nl"] for day, _, fr, _, _ in SERIES}
    # the note names the Dutch file as given: every folder's Dutch is 'nl.txt'
    assert "which " + str(tmp_path / "pages" / "r03" / "nl.txt") + " made in this command" in result.err


def _two_of_one_day(tmp_path: Path) -> tuple[Path, Path]:
    """A French release and the Dutch of another release of its date and template: other figures."""
    fr = tmp_path / "one" / "fr.txt"
    nl = tmp_path / "two" / "nl.txt"
    for path in (fr, nl):
        path.parent.mkdir(parents=True)
    fr.write_text(_fr(12, "15 millions d'euros", "23 500"), encoding="utf-8")
    nl.write_text(_nl(12, "1,5 miljoen euro", "235"), encoding="utf-8")
    return fr, nl


def test_the_dutch_of_another_release_of_the_same_day_is_not_joined(run, tmp_path: Path):
    """Given together, the only release of its date took the other's Dutch as its version (15
    millions / 23 500 beside 1,5 miljoen / 235): a release mixed of two, under one note."""
    fr, nl = _two_of_one_day(tmp_path)
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", str(fr), str(nl), "--json")
    assert result.code == 0, result.err
    first, second = result.json()
    assert first["new_release"] and second["new_release"] and first["id"] != second["id"]
    assert "added as the 'nl' version" not in result.err
    assert [sorted(r["languages"]) for r in run(*lib, "list", "--json").json()] == [["fr"], ["nl"]]


def _import_elsewhere(library: str, name: str) -> int:
    from reader.cli import main

    return main(["--library", library, "import", name])


def test_the_dutch_another_process_imported_first_is_not_joined_either(run, tmp_path: Path):
    """The twin: another process imported that Dutch page already, so the command finds its release
    in the library (a folder imported again); the French still does not join it."""
    fr, nl = _two_of_one_day(tmp_path)
    library = tmp_path / "lib"
    library.mkdir()
    (library / ".press-reader").touch()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_import_elsewhere, (str(library), str(nl))) == 0
    result = run("--library", str(library), "import", str(nl), str(fr), "--json")
    assert result.code == 0, result.err
    assert "added as the 'fr' version" not in result.err
    assert sorted(sorted(r["languages"]) for r in run("--library", str(library), "list", "--json").json()) == [
        ["fr"],
        ["nl"],
    ]
