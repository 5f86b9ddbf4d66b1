"""An official body's address alone over a page is its issuer when the page names no other: a Brussels
body that signs with its address ('perspective.brussels', 'urban.brussels', 'parking.brussels') was
dropped as a site line and the issuer left empty (trial T, F8). Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.two_writers import twice

PAGE = (
    "{line}\n\nNieuwe fietsstraten in de Vijfhoek\n\nBrussel, 9 maart 2026\n\n"
    "Vanaf 1 april worden vier straten in de Vijfhoek fietsstraten. Auto's mogen er niet sneller dan 30 km/u.\n\n"
    "De plannen liggen tot 20 maart ter inzage in het gemeentehuis.\n"
)


def _library(tmp_path: Path, line: str) -> tuple[Path, Path]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    page = tmp_path / "fietsstraten.txt"
    page.write_text(PAGE.format(line=line), encoding="utf-8")
    return lib, page


@pytest.mark.parametrize("line", ["perspective.brussels", "urban.brussels", "parking.brussels", "www.urban.brussels"])
def test_an_official_address_alone_over_the_page_is_its_issuer(run, tmp_path: Path, line: str):  # noqa: ANN001
    lib, page = _library(tmp_path, line)
    done = run("--library", str(lib), "import", str(page), "--json")
    assert done.code == 0 and "no issuer line found" not in done.err, done.err
    assert done.json()["issuer"] == line.removeprefix("www.")


def test_an_unknown_address_is_no_issuer(run, tmp_path: Path):  # noqa: ANN001
    lib, page = _library(tmp_path, "fietsen.example.org")
    done = run("--library", str(lib), "import", str(page), "--json")
    assert done.json()["issuer"] == "" and "no issuer line found" in done.err


def test_twin_two_processes_importing_the_page_at_once_make_one_release_with_its_issuer(run, tmp_path: Path):  # noqa: ANN001
    lib, page = _library(tmp_path, "urban.brussels")
    assert twice(["--library", str(lib), "import", str(page)]) == [0, 0]  # the second skips it
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["issuer"] == "urban.brussels"
