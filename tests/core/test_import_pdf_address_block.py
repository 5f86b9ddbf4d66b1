"""A letterhead's address block is letterhead, never the headline; a headline over two lines is one
(trial V: two PDFs of a rail manager took '1060 Bruxelles', then its street, for the headline, and
the French headline's second line, set apart by its larger leading, was left out as a site line).
Own words; the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import can_head
from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

HEADLINE = ["La Régie des ports remet en service l'écluse de Marchienne-au-Pont après", "dix semaines de travaux"]
PAGE: list[Run] = [
    *_lines(795, ["RÉGIE DES PORTS"], size=18),
    (440, 798, 8, "Quai des Bateliers 14", 0),
    (440, 787, 8, "6030 Marchienne", 0),
    (440, 776, 8, "T 071 00 00 00", 0),
    *_lines(745, ["COMMUNIQUÉ DE PRESSE"], size=13),
    *_lines(716, ["Charleroi, le 9 avril 2026"]),
    *_lines(690, HEADLINE, size=15, step=19),
    *_lines(
        640,
        [
            "L'écluse rouvre ce lundi aux bateaux de commerce, après le remplacement de ses deux portes et",
            "de leurs moteurs. Le chantier a coûté 4,1 millions d'euros.",
        ],
    ),
    *_lines(
        600,
        [
            "Les bateaux de plaisance pourront l'emprunter à partir du 1er mai, selon l'horaire habituel de la",
            "saison, de huit heures à dix-neuf heures.",
        ],
    ),
]


def test_the_headline_over_two_lines_is_the_headline_and_the_address_is_not(tmp_path: Path):
    plan = _plan(tmp_path, _write(tmp_path / "ecluse.pdf", [PAGE]))
    assert plan.title == " ".join(HEADLINE)
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("L'écluse rouvre") and not any("dix semaines" in p for p in paragraphs)
    assert "dix semaines de travaux" not in plan.dropped


@pytest.mark.parametrize(
    "line",
    ["1060 Bruxelles", "2018 Antwerpen", "Place Marcel Broodthaers 2", "Koningin Elisabethlei 22", "Kunstlaan 47-49"],
)
def test_a_line_of_an_address_block_cannot_be_the_headline(line: str):
    assert not can_head([RawBlock(line)], 0, "nl")


@pytest.mark.parametrize(
    "line", ["Ronde van de markt 2", "2026 wordt een goed jaar voor de haven", "Meer reizigers in 2026"]
)
def test_a_headline_that_holds_a_number_can_still_be_one(line: str):
    assert can_head([RawBlock(line)], 0, "nl")
