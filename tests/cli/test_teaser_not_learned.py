"""A 'Lees ook' teaser names another release's headline: left out of its page, never learned as the
site's, or the page it names loses its headline when imported next (a reader's trial)."""

from pathlib import Path

import pytest

from tests.conftest import second_process

HEAD = "Naar de inhoud\nHome  Nieuws  Contact\n\n"
FOOT = "\n\nDeel dit bericht\nFacebook  X  LinkedIn\n\n{teaser}\u00a9 2025 Provinciebestuur | Privacy | Cookies\n"
FIRST = (
    HEAD + "Nieuwe fietsbrug over het kanaal geopend\n\n3 maart 2025\n\n"
    "De provincie heeft vandaag een fietsbrug van tachtig meter over het kanaal in gebruik genomen. "
    "Fietsers besparen zo een omweg van vier kilometer naar het station.\n\n"
    "De werken duurden veertien maanden en kostten 6,2 miljoen euro."
    + FOOT.format(teaser="Lees ook\nSubsidie voor deelfietsen in kleine gemeenten\n\n")
)
SECOND = (
    HEAD + "Subsidie voor deelfietsen in kleine gemeenten\n\n10 maart 2025\n\n"
    "Gemeenten met minder dan twintigduizend inwoners krijgen voortaan steun om deelfietsen aan te bieden. "
    "Het budget bedraagt twee miljoen euro per jaar.\n\n"
    "Aanvragen kunnen tot eind mei worden ingediend bij de provincie." + FOOT.format(teaser="")
)


@pytest.mark.parametrize("twin", [False, True], ids=["one process", "a second process first"])
def test_the_page_a_teaser_names_keeps_its_headline(run, library_dir: Path, tmp_path: Path, twin: bool) -> None:
    first, second = tmp_path / "brug.txt", tmp_path / "deelfietsen.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    lib = ("--library", str(library_dir))
    if twin:
        second_process(*lib, "import", str(first), "--issuer", "Provincie")
    else:
        assert run(*lib, "import", str(first), "--issuer", "Provincie").code == 0
    result = run(*lib, "import", str(second), "--issuer", "Provincie", "--json")
    assert result.code == 0, result.err
    assert result.json()["title"] == "Subsidie voor deelfietsen in kleine gemeenten"
