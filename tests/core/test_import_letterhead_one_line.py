"""A bilingual letterhead set on one line, its two languages' names either side of a bar ('Regering van de
Duitstalige Gemeenschap | Gouvernement de la Communauté germanophone'), is the same two halves a
two-line letterhead is, each in its language, and the issuer is the page's language's half (trial A,
F8: stored whole as Dutch, and whole as the issuer). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL_NAME = "Regering van de Duitstalige Gemeenschap"
FR_NAME = "Gouvernement de la Communauté germanophone"

PAGES = {
    "nl": """{letterhead}

Nieuwe regels voor de schoolbussen in de hele Gemeenschap

Eupen, 3 oktober 2025

De regering keurt nieuwe regels goed voor de schoolbussen. Elke bus krijgt vanaf januari een begeleider.
""",
    "fr": """{letterhead}

Nouvelles règles pour les bus scolaires dans toute la Communauté

Eupen, le 3 octobre 2025

Le Gouvernement approuve de nouvelles règles pour les bus scolaires. Chaque bus aura un accompagnateur.
""",
}


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_one_line_bilingual_letterhead_is_two_halves(tmp_path: Path, lang: str):
    page = tmp_path / "page.txt"
    page.write_text(PAGES[lang].format(letterhead=f"{NL_NAME} | {FR_NAME}"), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    letterhead = [(b.lang, b.text) for b in plan.blocks if b.kind == "letterhead"]
    assert letterhead == [("nl", NL_NAME), ("fr", FR_NAME)]
    assert plan.issuer == (NL_NAME if lang == "nl" else FR_NAME)
