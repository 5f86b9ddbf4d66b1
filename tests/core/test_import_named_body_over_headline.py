"""A body the official names' data knows, set alone over the headline with its acronym, is the issuer,
never the headline (thirty-fourth session, trial R: a French page of the federal science policy took
that line for its title and ran the real headline into the lead). Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_CORPS = [
    "Le service ouvre un appel aux musées qui veulent photographier leurs herbiers anciens.",
    "Les dossiers sont attendus avant la fin de l'été et les projets retenus commencent en janvier.",
]


@pytest.mark.parametrize(
    "over", ["Politique scientifique fédérale (BELSPO)", "Politique scientifique fédérale", "Régie des Bâtiments"]
)
def test_a_known_body_over_the_headline_is_the_issuer(tmp_path: Path, over: str) -> None:
    title = "Un appel pour photographier les herbiers"
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join([over, "Communiqué de presse – 4 mars 2026", title, *_CORPS]) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.title == title and plan.issuer.startswith(over.split(" (")[0])
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == _CORPS  # the headline in no paragraph
