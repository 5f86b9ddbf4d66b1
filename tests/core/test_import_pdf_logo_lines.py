"""A logo that names its body on two lines of a PDF's letterhead names the issuer (trial V, P1: a
province's 'provincie' over its name in capitals, the address column drawn between the two, imported
with no issuer). Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.pdf_logo import logo_joined
from reader.core.importer.pdf_pages import Piece
from reader.core.library import Library
from tests.core.test_import_pdf_print import Run, _lines, _plan, _write
from tests.two_writers import twice

HEADLINE = "Gemeente legt een nieuw wandelpad aan langs de oude spoorweg naar Munkzwalm"


def _page(upper: str = "gemeente", lower: str = "ZWALM", beside: float = 56) -> list[Run]:
    return [
        (56, 800, 10, upper, 0),
        (440, 804, 8, "Gemeentehuis", 0),  # the address column, drawn between the logo's two lines
        (440, 793, 8, "Zuidlaan 36", 0),
        (beside, 782, 18, lower, 0),
        (440, 782, 8, "9630 Zwalm", 0),
        *_lines(730, ["PERSBERICHT"], size=14),
        *_lines(712, ["Zwalm, 8 juli 2027"]),
        *_lines(685, [HEADLINE], size=15),
        *_lines(
            650,
            [
                "Het college keurde gisteren de plannen goed voor een wandelpad van 2,3 kilometer op de",
                "bedding van de vroegere lijn. De werken beginnen in september en kosten 410.000 euro.",
            ],
        ),
        *_lines(
            610,
            [
                "Langs het pad komen zes banken en een schuilhut. Honden zijn welkom aan de leiband, fietsers",
                "nemen de weg ernaast, die in het voorjaar een nieuwe laag asfalt krijgt.",
            ],
        ),
    ]


def test_a_logo_on_two_lines_names_the_issuer_and_stays_letterhead(tmp_path: Path):
    plan = _plan(tmp_path, _write(tmp_path / "wandelpad.pdf", [_page()]))
    assert plan.issuer == "Gemeente Zwalm"
    assert plan.title == HEADLINE
    assert [b.text for b in plan.blocks if b.kind == "letterhead"] == ["gemeente ZWALM"]
    assert [b.text[:14] for b in plan.blocks if b.kind == "paragraph"] == ["Het college ke", "Langs het pad "]


@pytest.mark.parametrize(
    ("upper", "lower", "beside"),
    [
        ("Dienst", "COMMUNICATIE", 56),  # two lines stacked that name no body the data knows
        ("gemeente", "ZWALM", 250),  # a word under a word, the second far to the right: no logo
    ],
)
def test_two_short_lines_are_joined_only_stacked_and_naming_a_body(upper: str, lower: str, beside: float):
    pieces = [Piece(y, size, text, x) for x, y, size, text, _rise in _page(upper, lower, beside)]
    assert logo_joined(pieces) == pieces


@pytest.mark.parametrize("writers", ["one", "two at once"])
def test_the_release_keeps_the_logo_s_issuer(tmp_path: Path, writers: str):
    from reader.cli import main

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", str(_write(tmp_path / "wandelpad.pdf", [_page()]))]
    if writers == "one":
        assert main(argv) == 0
    else:  # two imports of the page at once: one release, its issuer as when one runs alone
        assert twice(argv) == [0, 0]
    (release,) = Library.load(lib).releases
    assert release.issuer == "Gemeente Zwalm"
