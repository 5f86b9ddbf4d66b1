"""The headline a PDF sets apart in larger type (trial V's table PDF: a department's line in small
type under the logo, 'Economische analyses en vooruitzichten', was taken as the headline over the
15-point one under the kicker). The run of larger type of four words or more that names no
institution is the headline; a logo of a word or three, or of several words naming an institution,
is not. Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEADLINE = "Waterschap legt drie nieuwe overstromingsgebieden aan langs de Dommel"
BODY = [
    *_lines(
        640,
        [
            "Het waterschap graaft dit najaar drie gebieden uit waar de rivier bij hoog water haar",
            "overschot kwijt kan, samen goed voor 42 hectare.",
        ],
    ),
    *_lines(
        600,
        [
            "De werken kosten 6,8 miljoen euro en duren tot het voorjaar van 2027, zodat de gebieden",
            "klaar zijn voor de volgende natte winter.",
        ],
    ),
    *_lines(560, ["Wandelaars kunnen de dijken ook tijdens de werken blijven gebruiken."]),
]


def _release(logo: list[Run]) -> list[Run]:
    return [
        *logo,
        (56, 775, 7, "Dienst studie en planning van het waterbeheer", 0),
        (400, 800, 7, "Dijkstraat 12", 0),
        (56, 740, 10, "Persbericht – 9 oktober 2026", 0),
        (56, 700, 15, HEADLINE, 0),
        *BODY,
    ]


def test_the_line_set_in_larger_type_is_the_headline_not_the_small_line_under_the_logo(tmp_path: Path):
    logo: list[Run] = [(56, 800, 18, "dommelwater.be", 0), (56, 786, 10, "Waterschap Dommeldal", 0)]
    plan = _plan(tmp_path, _write(tmp_path / "waterschap.pdf", [_release(logo)]))
    assert plan.title == HEADLINE
    assert plan.date.isoformat() == "2026-10-09"
    assert not any("Dienst studie" in b.text for b in plan.blocks if b.kind == "paragraph")


def test_a_logo_of_several_words_naming_an_institution_is_no_headline(tmp_path: Path):
    logo: list[Run] = [(56, 795, 18, "Provincie Oost-Vlaanderen Dienst Waterlopen", 0)]
    plan = _plan(tmp_path, _write(tmp_path / "waterschap.pdf", [_release(logo)]))
    assert plan.title == HEADLINE
