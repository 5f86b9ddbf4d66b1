"""What a page dropped is kept in release.yaml for every file of a pair and of a `--release` import
(trial M, F3): the French page's press contact line, naming a Dutch-named spokesperson, read as
Dutch by the language guess and was recorded nowhere, while the Dutch page's went to
`source.files.nl.site_lines`. Texts in our own words."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import yaml

NL = [
    "Nieuwe fietsstallingen aan vier stations",
    "Brussel, 3 maart 2026",
    "Vanaf april staan er 1.200 extra plaatsen voor fietsen klaar aan vier stations in het land.",
    "De werken kosten 2,4 miljoen euro en duren tot het einde van de zomer.",
    "Contact pers: Wout Verbiest, woordvoerder, 0499 11 22 33, pers@voorbeeld.example",
]
FR = [
    "De nouveaux parkings vélos dans quatre gares",
    "Bruxelles, le 3 mars 2026",
    "Dès avril, 1 200 places supplémentaires pour les vélos seront prêtes dans quatre gares du pays.",
    "Les travaux coûtent 2,4 millions d'euros et dureront jusqu'à la fin de l'été.",
    "Contact presse : Wout Verbiest, porte-parole, 0499 11 22 33, pers@voorbeeld.example",
]
EN = [
    "New bicycle parking at four stations",
    "Brussels, 3 March 2026",
    "From April, 1,200 extra places for bicycles will be ready at four stations across the country.",
    "The works cost 2.4 million euros and last until the end of the summer.",
    "Press contact: Wout Verbiest, spokesperson, 0499 11 22 33, pers@voorbeeld.example",
]


def _page(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _files(library: Path) -> dict:
    (record,) = [p for p in library.glob("*/release.yaml") if "fietsstallingen" in p.parent.name]
    return yaml.safe_load(record.read_text(encoding="utf-8"))["source"]["files"]


def test_each_file_of_a_pair_keeps_what_it_dropped(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    nl, fr = _page(tmp_path, "velo_nl.txt", NL), _page(tmp_path, "velo_fr.txt", FR)
    assert run("import", str(nl), str(fr)).code == 0
    files = _files(lib)
    assert files["nl"]["site_lines"] == [NL[-1]]
    assert files["fr"]["site_lines"] == [FR[-1]]


def _import_elsewhere(library: str, path: str, release: str) -> int:
    from reader.cli import main

    return main(["--library", library, "import", path, "--release", release])


def test_two_versions_imported_at_once_each_keep_what_they_dropped(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    """Two processes add a version each to one release: neither write loses the other's record."""
    assert run("import", str(_page(tmp_path, "velo_nl.txt", NL))).code == 0
    release = next(p.parent.name for p in lib.glob("*/release.yaml") if "fietsstallingen" in p.parent.name)
    fr, en = _page(tmp_path, "velo_fr.txt", FR), _page(tmp_path, "velo_en.txt", EN)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        jobs = [pool.apply_async(_import_elsewhere, (str(lib), str(p), release)) for p in (fr, en)]
        assert [job.get(timeout=120) for job in jobs] == [0, 0]
    files = _files(lib)
    assert files["fr"]["site_lines"] == [FR[-1]] and files["en"]["site_lines"] == [EN[-1]]
    assert files["nl"]["site_lines"] == [NL[-1]]
