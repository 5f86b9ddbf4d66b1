"""Pipe tables as pages are often copied or converted: outer pipes left out (as GitHub-flavoured
Markdown allows), lines one per paragraph around them, a caption above, a source under, and two
tables back to back. Each is a table block, never paragraphs or a heading; the rule is no site line.
Texts in our own words (the shape of a real page of indicators, 2026-12-01)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.body import table_rows
from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = "\n".join(
    [
        "Ontvangsten van de dienst in 2023",
        "Het aandeel van de eigen ontvangsten steeg licht tegenover het jaar voordien.",
        "Ontvangsten per soort - in duizend euro",
        "Soort | 2022 | 2023 | |",
        "---|---|---|---|",
        "Belastingen | 41.250 | 43.800 | |",
        "Retributies | 2.115 | 2.240 | |",
        "Totaal | 43.365 |",
        "Andere ontvangsten | Rente | 310 |",
        "---|---|---|",
        "Verkoop van gebouwen | 1.020 | |",
        "Totaal | 1.330 |",
        "Bron: eigen boekhouding van de dienst, geraadpleegd op 31/03/2024.",
        "De cijfers voor 2024 volgen in het volgende verslag.",
    ]
)


def test_loose_pipe_tables_are_tables(tmp_path: Path) -> None:
    page = tmp_path / "ontvangsten.txt"
    page.write_text(PAGE + "\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2024, 4, 2))
    kinds = [b.kind for b in plan.blocks]
    assert kinds.count("table") == 2 and "heading" not in kinds
    first, second = (table_rows(b.text) for b in plan.blocks if b.kind == "table")
    assert first[0][:3] == ["Soort", "2022", "2023"] and first[-1][:2] == ["Totaal", "43.365"]
    assert second[0] == ["Andere ontvangsten", "Rente", "310"] and second[-1][:2] == ["Totaal", "1.330"]
    assert not [line for line in plan.dropped if "---" in line]
    texts = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert "Ontvangsten per soort - in duizend euro" in texts  # the caption stays text
    assert any(t.startswith("De cijfers voor 2024") for t in texts)


def test_a_head_of_long_labels_set_with_the_table_s_borders_is_its_head(tmp_path):
    """'Gewest | Aantal stations | Nieuwe plaatsen | Budget (euro)' has eight words: it became a
    paragraph, and the first row the table's head (a long review's trial). Our own words."""
    from reader.core.importer.flat_tables import flat_table

    lines = [
        "De plaatsen worden zo verdeeld.",
        "Provincie | Aantal nieuwe loketten | Extra personeel | Budget (euro)",
        "Antwerpen | 4 | 12 | 1.200.000",
        "Limburg | 2 | 6 | 600.000",
        "Namen | 3 | 9 | 900.000",
        "Totaal | 9 | 27 | 2.700.000",
    ]
    assert flat_table(lines) == (1, 6)
