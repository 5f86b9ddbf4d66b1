"""Real-shaped pages (tests/fixtures/pages): pasted text, hard-wrapped text, saved HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reader.core.importer.furniture import drop_furniture, is_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.importer.readers import blocks_from_text, lines_are_paragraphs
from reader.core.library import Library
from tests.conftest import ROOT

PAGES = sorted(p for p in (ROOT / "tests" / "fixtures" / "pages").iterdir() if p.suffix != ".yaml")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_each_page_is_read_as_a_careful_reader_would(page: Path, tmp_path: Path):
    expected = yaml.safe_load(page.with_name(page.name.rsplit(".", 1)[0] + ".yaml").read_text(encoding="utf-8"))
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == expected["title"]
    assert plan.date.isoformat() == str(expected["date"])
    assert plan.language == expected["language"]
    assert plan.issuer == expected["issuer"]
    paragraphs = sum(1 for b in plan.blocks if b.kind in ("paragraph", "list_item", "quote"))
    assert abs(paragraphs - expected["paragraphs"]) <= 1


def test_pasted_lines_are_paragraphs_and_wrapped_lines_are_not():
    pasted = "Titel van het bericht\n" + "\n".join(
        f"Zin {i} is een volledige alinea van een bericht." for i in range(5)
    )
    wrapped = (
        "Een alinea die over\nmeerdere regels loopt\nen pas hier eindigt.\n\n"
        "Een tweede alinea die\nook doorloopt tot hier.\n"
    )
    assert lines_are_paragraphs(pasted) and len(blocks_from_text(pasted)) == 6
    assert not lines_are_paragraphs(wrapped) and len(blocks_from_text(wrapped)) == 2


def test_furniture_is_dropped_and_listed():
    blocks = [RawBlock(t) for t in ("Home", "Accueil > Actualités > Presse", "Le vrai titre", "Partager")]
    blocks += [RawBlock("Contact presse"), RawBlock("presse@example.be")]
    kept, dropped = drop_furniture(blocks)
    assert [b.text for b in kept] == ["Le vrai titre"]
    assert sorted(dropped) == sorted(
        ["Home", "Accueil > Actualités > Presse", "Partager", "Contact presse", "presse@example.be"]
    )
    assert not is_furniture("Print de folders af voor de vergadering van maandag.")


def test_footnote_markers_survive(tmp_path: Path):
    page = tmp_path / "voetnoot.txt"
    page.write_text(
        "Persbericht van de FOD Financiën\nBrussel, 3 mei 2022\nEen titel voor de test van voetnoten\n"
        "De belasting (*) daalt voor de laagste inkomens (**).\nDe maatregel geldt vanaf 1 juli.\n"
        "(**) tot 15.000 euro\n",
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.issuer == "FOD Financiën"
    texts = [b.text for b in plan.blocks]
    assert "De belasting (*) daalt voor de laagste inkomens (**)." in texts and "(**) tot 15.000 euro" in texts
