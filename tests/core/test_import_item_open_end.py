"""A list item wrapped after a word no phrase ends on ('… avec les' / 'Régions') reads on onto the
next line, even when that line opens on a capital (trial E: a two-column PDF's bullet became an item
plus a heading 'Régions'). An article or a preposition last on a line is a plain fact of the
languages (wrap.OPEN_WORDS): the phrase goes on. Own words; the PDFs are built as
test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEAD: list[Run] = [
    *_lines(790, ["Service public fédéral Intérieur"], size=11),
    *_lines(760, ["Bruxelles, le 4 mai 2026"]),
    *_lines(730, ["Quatre mesures pour raccourcir les files aux guichets"], size=15),
    *_lines(
        700,
        [
            "Le service a traité cette année un nombre record de dossiers, surtout au",
            "printemps et en automne, quand les demandes des particuliers et des",
            "entreprises arrivent en même temps aux guichets des bureaux régionaux.",
        ],
    ),
    *_lines(650, ["Le plan compte quatre mesures :"]),
]


def _item(y: float, first: str, wrapped: str) -> list[Run]:
    return [(56, y, 10, f"• {first}", 0), (66, y - 14, 10, wrapped, 0)]


def _release(second_line: str) -> list[list[Run]]:
    return [
        [
            *HEAD,
            *_item(636, "une formation pour les agents des", "Communes"),
            *_item(608, "un accord de coopération avec la", "Flandre et la Wallonie"),
            *_item(580, "un guichet en ligne pour les", second_line),
            *_lines(540, ["Le budget total atteint 12 millions d'euros sur deux ans, financés par l'État."]),
        ]
    ]


def test_an_item_wrapped_after_an_article_reads_on_over_a_capital(tmp_path: Path):
    plan = _plan(tmp_path, _write(tmp_path / "plan.pdf", _release("entreprises")))
    assert [b.text for b in plan.blocks if b.kind == "list_item"] == [
        "une formation pour les agents des Communes",
        "un accord de coopération avec la Flandre et la Wallonie",
        "un guichet en ligne pour les entreprises",
    ]
    assert not [b for b in plan.blocks if b.kind == "heading"]
